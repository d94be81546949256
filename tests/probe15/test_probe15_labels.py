# ruff: noqa
"""Label checks for the blind PERSON / ADDRESS probe ``probe15`` (no detector is run here)."""

from __future__ import annotations

import copy
import importlib.util
import json
import re
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
NAME = "probe15"
JSONL = HERE / f"{NAME}.jsonl"


def _load_builder():
    spec = importlib.util.spec_from_file_location(f"{NAME}_build", HERE / f"build_{NAME}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


B = _load_builder()


@pytest.fixture(scope="module")
def built():
    docs, g = B.build()
    return docs, g


@pytest.fixture(scope="module")
def records():
    with JSONL.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def test_rebuild_is_byte_identical(built):
    docs, _ = built
    assert JSONL.read_bytes() == B.dumps(docs).encode("utf-8")


def test_sizes_and_genres(records):
    expected = dict(B.GENRES)
    assert set(expected) == {"orders", "lodging_property", "judgments", "news_posts", "gov_lists", "hr_school", "mixed_messy", "traps15"}
    counts = {}
    for r in records:
        counts[r["genre"]] = counts.get(r["genre"], 0) + 1
    assert counts == expected
    assert 250 <= len(records) <= 270
    for g, n in counts.items():
        assert 30 <= n <= 34, g
    types = {}
    for r in records:
        for _, _, t in r["spans"]:
            types[t] = types.get(t, 0) + 1
    assert set(types) == {"PERSON", "ADDRESS"}
    assert 900 <= types["PERSON"] <= 1250
    assert 350 <= types["ADDRESS"] <= 480


def test_record_shape_and_ids(records):
    seen = set()
    per_genre = {}
    for r in records:
        assert list(r) == ["id", "genre", "text", "spans"]
        assert re.fullmatch(rf"{NAME}-{re.escape(r['genre'])}-\d{{3}}", r["id"]), r["id"]
        assert r["id"] not in seen
        seen.add(r["id"])
        per_genre[r["genre"]] = per_genre.get(r["genre"], 0) + 1
        assert r["id"].endswith(f"-{per_genre[r['genre']]:03d}")
        assert isinstance(r["text"], str) and r["text"]


def test_spans_sorted_no_overlap_no_edges(records):
    for r in records:
        spans = r["spans"]
        assert spans == sorted(spans), r["id"]
        prev = -1
        for s, e, t in spans:
            assert t in ("PERSON", "ADDRESS")
            assert 0 <= s < e <= len(r["text"])
            assert s >= prev, r["id"]
            prev = e
            frag = r["text"][s:e]
            assert frag == frag.strip(), (r["id"], frag)
            assert frag[0] not in B.EDGE_BAD and frag[-1] not in B.EDGE_BAD, (r["id"], frag)


def test_spans_revalidate(records, built):
    _, g = built
    for r in records:
        B.validate_spans(r["text"], r["spans"], r["genre"], g.names, g.addr_norm, g.addr_starts)


def test_traps_have_no_spans(records):
    traps = [r for r in records if r["genre"] == B.TRAP_GENRE]
    assert traps
    assert all(r["spans"] == [] for r in traps)


def test_no_generated_value_left_unlabelled(built):
    docs, g = built
    B.leftover_check(docs, g)


def test_leftover_guard_catches_a_dropped_span(built):
    docs, g = built
    for kind in ("PERSON", "ADDRESS"):
        d2 = copy.deepcopy(docs)
        victim = next(d for d in d2 if d["genre"] == "mixed_messy" and any(t == kind for _, _, t in d["spans"]))
        victim["spans"] = [s for s in victim["spans"] if s[2] != kind]
        with pytest.raises(B.ProbeError):
            B.leftover_check(d2, g)


def test_validators_reject_bad_spans(built):
    _, g = built
    name = next(iter(g.names))
    with pytest.raises(B.ProbeError):
        B.validate_person(name[0] + "先生", g.names)
    with pytest.raises(B.ProbeError):
        B.validate_address("浙江省杭州市", g.addr_norm, g.addr_starts)
    with pytest.raises(B.ProbeError):
        B.validate_spans("王先生", [[0, 3, "PERSON"]], B.TRAP_GENRE, g.names, g.addr_norm, g.addr_starts)
