# ruff: noqa: UP031, N812, B007
"""Label checks for probe11 only (never the detector's score)."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build_probe11 as B  # noqa: E402
import p11_values as V  # noqa: E402

TYPES = set(V.VALIDATORS)


def _docs():
    with open(os.path.join(HERE, "probe11.jsonl"), encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def test_sizes_and_genres():
    docs = _docs()
    assert 230 <= len(docs) <= 260
    genres = collections.Counter(d["genre"] for d in docs)
    assert set(genres) == {"contracts", "education", "payroll", "enforcement", "tw_hk_shop", "social", "traps11"}
    assert all(n >= 30 for n in genres.values())
    assert len({d["id"] for d in docs}) == len(docs)
    assert all(d["id"].startswith("p11-%s-" % d["genre"]) for d in docs)


def test_traps_have_no_spans_and_others_do():
    for d in _docs():
        if d["genre"] == "traps11":
            assert d["spans"] == []
        else:
            assert d["spans"], d["id"]


def test_spans_revalidate_no_overlap_no_accidents():
    for d in _docs():
        assert all(t in TYPES for _, _, t in d["spans"])
        assert B.check_doc(d) == [], d["id"]


def test_rebuild_identical():
    with open(B.OUT, "rb") as f:
        assert f.read() == B.build().encode("utf-8")
