"""法释〔2017〕10号 第五条/第六条 thresholds: every item, boundaries (以上 = ≥), insiders, ×10, proceeds."""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path

import pytest

from leakaid.assess.law import CRIMINAL_LAW_253_1, PENALTIES, Facts, cite, ratio_of, verdict

FACTS_FILE = Path("/work/shared/legal/LEGAL_FACTS.md")


def c(a3: int = 0, a4: int = 0, a5: int = 0) -> dict[str, int]:
    return {"art5_1_3": a3, "art5_1_4": a4, "art5_1_5": a5}


def met(v, ref: str) -> bool:
    return next(ln for ln in v.lines if ln.cite == ref).met


@pytest.mark.parametrize(("counts", "item", "tier"), [
    (c(a3=50), 3, "serious"), (c(a3=49), 3, "below"),
    (c(a4=500), 4, "serious"), (c(a4=499), 4, "below"),
    (c(a5=5000), 5, "serious"), (c(a5=4999), 5, "below"),
])
def test_single_category_exactly_at_and_one_below(counts, item, tier):
    v = verdict(counts)
    assert v.tier == tier
    assert met(v, f"法释〔2017〕10号第五条第一款第{'三四五'[item - 3]}项") is (tier == "serious")


def test_mixed_categories_proportional_item_6():
    v = verdict(c(a3=25, a4=250))  # 0.5 + 0.5 = 1
    assert v.ratio == 1
    assert v.tier == "serious"
    assert met(v, cite(5, 1, 6))
    assert not met(v, cite(5, 1, 3)) and not met(v, cite(5, 1, 4))
    below = verdict(c(a3=24, a4=250, a5=49))  # 0.48 + 0.5 + 0.0098
    assert below.ratio < 1 and below.tier == "below"
    assert verdict(c(a3=10, a4=200, a5=2000)).ratio == Fraction(1)  # 0.2+0.4+0.4


def test_item_6_not_used_when_a_single_item_is_met():
    v = verdict(c(a3=50, a5=100))
    assert met(v, cite(5, 1, 3)) and not met(v, cite(5, 1, 6))


def test_ratio_formula():
    assert ratio_of(c(1, 1, 1)) == Fraction(1, 50) + Fraction(1, 500) + Fraction(1, 5000)


@pytest.mark.parametrize(("counts", "tier"), [
    (c(a3=25), "serious"), (c(a3=24), "below"), (c(a4=250), "serious"), (c(a4=249), "below"),
    (c(a5=2500), "serious"), (c(a5=2499), "below"), (c(a3=12, a4=130), "serious"),  # 0.24+0.26 = 0.5
])
def test_insider_half_item_8(counts, tier):
    v = verdict(counts, Facts(insider=True))
    assert v.tier == tier
    assert met(v, cite(5, 1, 8)) is (tier == "serious")
    assert verdict(counts).tier == "below"  # the same data without insider status
    assert "从重处罚" in v.penalty["insider"]


def test_insider_proceeds_half():
    assert verdict(c(), Facts(insider=True, proceeds=Fraction(2500))).tier == "serious"
    assert verdict(c(), Facts(insider=True, proceeds=Fraction(2499))).tier == "below"


@pytest.mark.parametrize(("counts", "tier"), [
    (c(a3=500), "especially_serious"), (c(a3=499), "serious"),
    (c(a4=5000), "especially_serious"), (c(a4=4999), "serious"),
    (c(a5=50000), "especially_serious"), (c(a5=49999), "serious"),
    (c(a3=250, a4=2500), "especially_serious"),  # ratio 10
    (c(a3=249, a4=2500), "serious"),
])
def test_times_ten_art5_2_3(counts, tier):
    v = verdict(counts)
    assert v.tier == tier
    assert met(v, cite(5, 2, 3)) is (tier == "especially_serious")
    assert v.penalty["applicable"].endswith(PENALTIES[tier])


def test_insider_times_ten_is_five_times():
    assert verdict(c(a3=250), Facts(insider=True)).tier == "especially_serious"
    assert verdict(c(a3=249), Facts(insider=True)).tier == "serious"
    assert verdict(c(a5=25000), Facts(insider=True)).tier == "especially_serious"


@pytest.mark.parametrize(("yuan", "tier"), [
    (5000, "serious"), (4999, "below"), (Fraction(49999), "serious"), (50000, "especially_serious"),
])
def test_proceeds_item_7(yuan, tier):
    v = verdict(c(), Facts(proceeds=Fraction(yuan)))
    assert v.tier == tier
    assert met(v, cite(5, 1, 7)) is (tier != "below")
    assert "一倍以上五倍以下" in v.penalty["fine"] and str(int(yuan) * 5) in v.penalty["fine"]


@pytest.mark.parametrize(("flag", "ref", "tier"), [
    ("used_for_crime", cite(5, 1, 1), "serious"),
    ("knowing_crime_use", cite(5, 1, 2), "serious"),
    ("prior_sanction", cite(5, 1, 9), "serious"),
    ("other_serious", cite(5, 1, 10), "serious"),
    ("severe_harm", cite(5, 2, 1), "especially_serious"),
    ("major_loss_or_impact", cite(5, 2, 2), "especially_serious"),
    ("other_especially_serious", cite(5, 2, 4), "especially_serious"),
])
def test_non_numeric_triggers(flag, ref, tier):
    v = verdict(c(), Facts(**{flag: True}))
    assert v.tier == tier and met(v, ref)


def test_art6_lawful_business_purchase():
    assert verdict(c(a5=100000), Facts(lawful_business_purchase=True)).tier == "below"
    assert verdict(c(a5=10), Facts(lawful_business_purchase=True, business_profit=Fraction(50000))).tier == "serious"
    assert verdict(c(a5=10), Facts(lawful_business_purchase=True, business_profit=Fraction(49999))).tier == "below"
    assert verdict(c(a5=10), Facts(lawful_business_purchase=True, prior_sanction=True)).tier == "serious"
    # resold, or sensitive categories present: 第五条 applies (第六条第二款)
    assert verdict(c(a5=5000), Facts(lawful_business_purchase=True, resold=True)).tier == "serious"
    assert verdict(c(a3=50, a5=5), Facts(lawful_business_purchase=True)).tier == "serious"


def test_every_item_line_cites_article_and_item():
    v = verdict(c(a3=1), Facts(insider=True, proceeds=Fraction(1)))
    for ln in v.lines:
        assert ln.cite.startswith("法释〔2017〕10号第") and ln.cite.endswith("项")
    kinds = {d["kind"] for d in v.citations()}
    assert "interpretation" in kinds
    for d in v.citations():
        if d["kind"] == "interpretation":
            assert "「解释/适用说明」" in d["text"]


def test_penalty_and_quotes_match_legal_facts_verbatim():
    text = FACTS_FILE.read_text(encoding="utf-8") if FACTS_FILE.exists() else None
    if text is None:
        pytest.skip("LEGAL_FACTS.md not available")
    for para in CRIMINAL_LAW_253_1.values():
        assert para in text
    from leakaid.assess.law import ART5_1, ART5_2, ART6_1, ART11

    for d in (ART5_1, ART5_2, ART6_1, ART11):
        for t in d.values():
            assert t in text, t
    th = json.loads((FACTS_FILE.parent / "thresholds.json").read_text(encoding="utf-8"))
    assert th["penalties_art253_1"]["serious"] == PENALTIES["serious"]
    assert th["penalties_art253_1"]["especially_serious"] == PENALTIES["especially_serious"]


def test_cite_numbers():
    assert cite(5, 1, 3) == "法释〔2017〕10号第五条第一款第三项"
    assert cite(11, 2) == "法释〔2017〕10号第十一条第二款"
    assert cite(12) == "法释〔2017〕10号第十二条"
