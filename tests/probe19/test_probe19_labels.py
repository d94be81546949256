# ruff: noqa
"""Label checks for probe19 (data only: the detector is never run here)."""

from __future__ import annotations

import copy
import importlib.util
import json
import re
from collections import Counter
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
DATA = HERE / "probe19.jsonl"

_spec = importlib.util.spec_from_file_location("build_probe19", HERE / "build_probe19.py")
B = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(B)


@pytest.fixture(scope="module")
def records():
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def fresh():
    return B.build(return_registry=True)


def test_sizes_and_genres(records):
    assert len(records) == 300
    assert Counter(r["genre"] for r in records) == B.GENRE_SIZES
    for r in records:
        assert set(r) == {"id", "genre", "text", "spans"}


def test_ids(records):
    seen = Counter()
    for r in records:
        m = re.fullmatch(r"probe19-(typed_lines|forms|chats|traps19)-(\d{3})", r["id"])
        assert m, r["id"]
        assert m.group(1) == r["genre"]
        seen[r["genre"]] += 1
        assert int(m.group(2)) == seen[r["genre"]]


def test_type_counts(records):
    c = Counter(t for r in records for _, _, t in r["spans"])
    assert set(c) == {"ADDRESS", "PERSON"}
    assert 280 <= c["ADDRESS"] <= 340
    assert c["PERSON"] >= 100
    for genre in ("typed_lines", "forms", "chats"):
        assert all(any(t == "ADDRESS" for _, _, t in r["spans"]) for r in records if r["genre"] == genre), genre
    # typed_lines: exactly one address per document
    assert all(sum(t == "ADDRESS" for _, _, t in r["spans"]) == 1 for r in records if r["genre"] == "typed_lines")


def test_spans_revalidate_sorted_no_overlap(records):
    for r in records:
        text, spans = r["text"], r["spans"]
        assert spans == sorted(spans), r["id"]
        end = -1
        for s, e, t in spans:
            assert isinstance(s, int) and isinstance(e, int)
            assert 0 <= s < e <= len(text), r["id"]
            assert s >= end, f"{r['id']}: overlap"
            end = e
            v = text[s:e]
            assert not B._edge_bad(v[0]) and not B._edge_bad(v[-1]), (r["id"], v)
            assert B.VALIDATORS[t](v), (r["id"], t, v)


def test_traps_empty(records):
    for r in records:
        if r["genre"] == "traps19":
            assert r["spans"] == [], r["id"]


def test_identical_rebuild(fresh):
    records, _reg, _counties = fresh
    assert B.dumps(records) == DATA.read_bytes()


def test_build_rejects_bad_labels(fresh):
    records, reg, counties = fresh
    B.check(records, reg, counties)  # sanity: the real corpus passes

    def broken(mutate):
        recs = copy.deepcopy(records)
        mutate(recs)
        with pytest.raises(ValueError):
            B.check(recs, reg, counties)

    first_addr = next(i for i, r in enumerate(records) if r["genre"] == "typed_lines")
    first_trap = next(i for i, r in enumerate(records) if r["genre"] == "traps19")

    def drop_label(recs):  # a generated address left unlabelled
        recs[first_addr]["spans"] = [sp for sp in recs[first_addr]["spans"] if sp[2] != "ADDRESS"]

    def trap_span(recs):
        recs[first_trap]["spans"] = [[0, 2, "PERSON"]]

    def overlap(recs):
        s, e, _t = next(sp for sp in recs[first_addr]["spans"] if sp[2] == "ADDRESS")
        recs[first_addr]["spans"] = sorted(recs[first_addr]["spans"] + [[s, s + 3, "PERSON"]])

    def wrong_type(recs):
        for sp in recs[first_addr]["spans"]:
            if sp[2] == "ADDRESS":
                sp[2] = "PERSON"

    for m in (drop_label, trap_span, overlap, wrong_type):
        broken(m)
