# ruff: noqa
"""Label checks for the blind probe ``probe22`` (no detector is run here)."""
import importlib.util
import json
from collections import Counter
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
NAME = "probe22"


def _load_builder():
    spec = importlib.util.spec_from_file_location(f"build_{NAME}", HERE / f"build_{NAME}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


B = _load_builder()
DOCS = [json.loads(line) for line in (HERE / f"{NAME}.jsonl").read_text(encoding="utf-8").splitlines()]


def test_size_and_genres():
    assert len(DOCS) == sum(n for _, n in B.GENRES) == 260
    counts = Counter(d["genre"] for d in DOCS)
    assert counts == {g: n for g, n in B.GENRES}
    assert all(30 <= n <= 34 for n in counts.values())
    assert sum(len(d["spans"]) for d in DOCS) >= 800


def test_ids_unique_and_well_formed():
    ids = [d["id"] for d in DOCS]
    assert len(set(ids)) == len(ids)
    for d in DOCS:
        assert set(d) == {"id", "genre", "text", "spans"}
        pre, num = d["id"].rsplit("-", 1)
        assert pre == f"{NAME}-{d['genre']}" and len(num) == 3 and num.isdigit()


def test_spans_sorted_non_overlapping_and_valid():
    for d in DOCS:
        spans = d["spans"]
        assert spans == sorted(spans, key=lambda s: (s[0], s[1]))
        for (s1, e1, _), (s2, _, _) in zip(spans, spans[1:]):
            assert e1 <= s2, d["id"]
        B.check_doc(d)  # re-validates values, edges, cues, and unlabelled leaks


def test_types_known_and_all_present():
    types = Counter(t for d in DOCS for _, _, t in d["spans"])
    assert set(types) <= B.TYPES
    assert set(types) == B.TYPES


def test_traps_are_empty():
    traps = [d for d in DOCS if d["genre"] in B.TRAP_GENRES]
    assert len(traps) >= 30
    assert all(d["spans"] == [] for d in traps)
    assert all(d["spans"] for d in DOCS if d["genre"] not in B.TRAP_GENRES)


def test_checker_raises_on_bad_docs():
    good = next(d for d in DOCS if d["spans"])
    s, e, t = good["spans"][0]
    bad = dict(good, spans=[[s, e + 1, t]] + good["spans"][1:])
    with pytest.raises(ValueError):
        B.check_doc(bad)
    with pytest.raises(ValueError):
        B.check_doc(dict(good, spans=[]))  # values left unlabelled leak
    with pytest.raises(ValueError):
        B.check_doc({"id": "x", "genre": "traps22", "text": "電話 13812345678", "spans": [[3, 14, "MOBILE"]]})
    with pytest.raises(ValueError):
        body = "622202123456789012"
        card = body + B.luhn.calc_check_digit(body)
        B.check_doc({"id": "x", "genre": "traps22", "text": f"卡號 {card} 完", "spans": []})


def test_identical_rebuild():
    assert B.build() == (HERE / f"{NAME}.jsonl").read_bytes()
