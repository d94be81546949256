# ruff: noqa: UP031, N812
"""Label checks for tests/probe10 (never the detector's score)."""
import collections
import json
import os
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build_probe10 as B  # noqa: E402
import p10_values as V  # noqa: E402


@pytest.fixture(scope="module")
def docs():
    with open(B.OUT, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def test_sizes_and_genres(docs):
    assert len(docs) >= 275
    genres = collections.Counter(d["genre"] for d in docs)
    assert set(genres) == set(B.GENRES)
    assert all(n >= 35 for n in genres.values())
    assert len({d["id"] for d in docs}) == len(docs)
    assert all(d["id"].startswith("p10-%s-" % d["genre"]) for d in docs)


def test_types_present(docs):
    types = collections.Counter(t for d in docs for _, _, t in d["spans"])
    assert set(types) == set(V.VALIDATORS)


def test_spans_validate_and_do_not_overlap(docs):
    for d in docs:
        assert B.check_doc(d) == [], d["id"]


def test_traps_have_no_spans(docs):
    traps = [d for d in docs if d["genre"] == "traps10"]
    assert len(traps) >= 35 and all(not d["spans"] for d in traps)


def test_checker_catches_planted_leaks():
    idn, m = V.id_card(__import__("random").Random(1)), "13812345678"
    for text in (idn, m, V.to_fullwidth(m), "138 1234 5678", "a@b.cn", "8.8.8.8", "2408:8000::1"):
        assert B.check_doc({"genre": "x", "text": "x " + text + " y", "spans": []}), text


def test_rebuild_is_byte_identical():
    with open(B.OUT, "rb") as f:
        assert f.read() == B.serialize(B.build())
