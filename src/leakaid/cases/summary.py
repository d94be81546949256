"""Case summary shared by ``leakaid case show --json``, the web app and its ``.json`` view."""

from __future__ import annotations

from typing import Any

from leakaid.cases import service
from leakaid.cases.plan import load_rules
from leakaid.store import Store


def mask(value: str) -> str:
    """Display mask: phone 3+4, e-mail first 2 of the local part, anything else first 3 + last 2."""
    if "@" in value:
        local, _, domain = value.partition("@")
        return f"{local[:2]}***@{domain}"
    if value.isdigit() and len(value) == 11:
        return f"{value[:3]}****{value[-4:]}"
    if len(value) <= 5:
        return value[:1] + "*" * (len(value) - 1)
    return f"{value[:3]}{'*' * (len(value) - 5)}{value[-2:]}"


def case_summary(store: Store, cid: int, reveal: bool = False, senders_limit: int = 20) -> dict[str, Any]:
    with store.session() as s:
        case = service.get_case(s, cid)
        title, created, answers = case.title, case.created_at, service.answers_of(case)
    items = service.plan(store, cid)
    show = (lambda v: v) if reveal else mask
    senders = service.senders(store, cid, senders_limit)
    for row in senders:
        row["sender"] = show(row["sender"])
    rules = load_rules()
    labelled = {}
    for q in rules.questions:
        v = answers.get(q.key)
        labelled[q.key] = [q.option_label(x) for x in v] if isinstance(v, list) else (q.option_label(v) if v else "")
    return {
        "id": cid,
        "title": title,
        "created_at": created.isoformat(),
        "answers": answers,
        "answers_labels": labelled,
        "progress": {st: sum(1 for i in items if i.status == st) for st in ("todo", "doing", "done", "not_applicable")},
        "next": [{"key": i.step.key, "title": i.step.title, "urgency": i.step.urgency_label, "status": i.status}
                 for i in service.what_next(items)],
        "senders": senders,
        "stats": service.message_stats(store, cid),
        "evidence": service.list_evidence(store, cid),
    }
