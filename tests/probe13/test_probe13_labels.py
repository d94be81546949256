# ruff: noqa: N812, UP031
"""Label checks for probe13 only (never the detector's score)."""

import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build_probe13 as B  # noqa: E402
import p13_values as V  # noqa: E402

TYPES = set(V.VALIDATORS)


def _docs():
    with open(B.OUT, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def test_sizes_genres_ids():
    docs = _docs()
    assert 270 <= len(docs) <= 290
    genres = collections.Counter(d["genre"] for d in docs)
    assert set(genres) == set(B.GENRES)
    assert all(32 <= n <= 36 for n in genres.values()), genres
    assert len({d["id"] for d in docs}) == len(docs)
    assert all(d["id"].startswith("p13-%s-" % d["genre"]) for d in docs)
    assert all(set(d) == {"id", "genre", "text", "spans"} for d in docs)


def test_span_totals_and_every_type():
    docs = _docs()
    per_type = collections.Counter(t for d in docs for _, _, t in d["spans"])
    assert sum(per_type.values()) >= 900
    assert set(per_type) == TYPES, TYPES - set(per_type)
    assert all(n >= 10 for n in per_type.values()), per_type


def test_traps_empty_others_labelled():
    for d in _docs():
        if d["genre"] == "traps13":
            assert d["spans"] == [], d["id"]
        else:
            assert d["spans"], d["id"]


def test_spans_revalidate_no_overlap_no_accidents():
    for d in _docs():
        assert all(t in TYPES for _, _, t in d["spans"])
        assert B.check_doc(d) == [], d["id"]


def test_no_masked_or_keycap_value_labelled():
    for d in _docs():
        for s, e, t in d["spans"]:
            v = d["text"][s:e]
            assert "*" not in v and "\u20e3" not in v, (d["id"], v, t)


def test_rebuild_identical():
    with open(B.OUT, encoding="utf-8") as f:
        assert f.read() == B.build()
