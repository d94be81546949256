from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from leakaid.cases.plan import build_plan, load_rules, validate_answers
from leakaid.errors import ConfigError

SHARED = Path("/work/shared/legal")


def keys(answers):
    return [s.key for s in build_plan(validate_answers(answers))]


def test_no_answers_gives_only_general_steps():
    assert keys({}) == ["warn_family", "dont_worry"]


def test_threats_call_110_first():
    k = keys({"happening": ["threats"]})
    assert k[0] == "call_110"
    assert "police_report" in k


def test_bank_card_leak_freezes_card_and_checks_cards():
    k = keys({"leaked": ["bank_card"]})
    assert k[0] == "bank_freeze"
    assert "check_bank_cards" in k
    assert "check_sim_cards" not in k


def test_id_number_leak_checks_sims_cards_credit_and_network_id():
    k = keys({"leaked": ["id_number"]})
    for key in ("check_sim_cards", "check_bank_cards", "credit_report", "network_id"):
        assert key in k


def test_passwords_leak_changes_passwords():
    assert keys({"leaked": ["passwords"]})[0] == "change_passwords"


def test_spam_only_reports_12321_but_no_police():
    k = keys({"happening": ["spam_sms"]})
    assert "report_12321" in k and "block_harassment" in k
    assert "police_report" not in k


def test_police_report_replaced_when_already_reported_or_refused():
    assert "police_report" not in keys({"happening": ["fraud_attempts"], "police": "reported"})
    assert "police_followup" in keys({"happening": ["fraud_attempts"], "police": "reported"})
    refused = keys({"happening": ["fraud_attempts"], "police": "refused"})
    assert "police_refused" in refused and "police_report" not in refused


def test_business_source_gives_12315_and_deletion():
    k = keys({"source": "online_shop"})
    assert "report_12315" in k and "deletion_request" in k
    assert "civil_suit" not in k  # needs a named organisation
    assert "civil_suit" in keys({"source": "online_shop", "organization": "某商城"})


def test_posted_online_takedown_and_12377():
    k = keys({"happening": ["posted_online"]})
    assert "takedown" in k and "report_12377" in k


def test_loans_opened_urgent_dispute():
    k = keys({"happening": ["loans_opened"]})
    assert k[:2] == ["bank_freeze", "loan_dispute"]


def test_plan_sorted_by_urgency():
    steps = build_plan(validate_answers({"leaked": ["id_number", "passwords"], "happening": ["extortion"]}))
    assert [s.urgency for s in steps] == sorted(s.urgency for s in steps)


def test_every_step_reachable_and_well_formed():
    rules = load_rules()
    everything = {q.key: [o[0] for o in q.options] for q in rules.questions if q.kind == "multi"}
    reachable = set()
    for q in rules.questions:
        for opt in q.options:
            reachable |= set(keys({q.key: [opt[0]] if q.kind == "multi" else opt[0]}))
    reachable |= set(keys({**everything, "organization": "x", "police": "reported"}))
    reachable |= set(keys({"organization": "x"}))
    assert reachable == {s.key for s in rules.steps}
    for s in rules.steps:
        assert s.why and s.how and 1 <= s.urgency <= 5
        assert s.basis or s.practice, s.key  # every step says its legal basis or that it is practice


def test_unknown_answers_rejected_in_chinese():
    with pytest.raises(ConfigError, match="未知的问题"):
        validate_answers({"nope": 1})
    with pytest.raises(ConfigError, match="没有选项"):
        validate_answers({"leaked": ["dna"]})


def _norm(s: str) -> str:
    return re.sub(r"\s+", "", s)


@pytest.mark.skipif(not (SHARED / "laws" / "articles.jsonl").exists(), reason="shared law texts not available")
def test_every_quote_is_exact_in_its_article():
    """Quotes must be character-exact: from the law texts when we have them, else from LEGAL_FACTS.md."""
    articles = {}
    for line in (SHARED / "laws" / "articles.jsonl").open(encoding="utf-8"):
        d = json.loads(line)
        articles[(d["law"], d["article"])] = _norm(d["text"])
    facts = _norm((SHARED / "LEGAL_FACTS.md").read_text(encoding="utf-8"))
    laws_in_corpus = {law for law, _ in articles}
    for step in load_rules().steps:
        for b in step.basis:
            if b.law in laws_in_corpus:
                assert _norm(b.quote) in articles[(b.law, b.article)], (step.key, b.cite)
            else:
                assert _norm(b.quote) in facts, (step.key, b.cite)
                assert _norm(b.article) in facts or b.article[1:-1] in facts, (step.key, b.cite)
