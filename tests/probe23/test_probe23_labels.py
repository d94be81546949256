# ruff: noqa
"""Label checks for probe23 (data only; the detector is not run here)."""

import collections
import importlib.util
import json
import os
import re

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("build_probe23", os.path.join(HERE, "build_probe23.py"))
B = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(B)

with open(os.path.join(HERE, "probe23.jsonl"), encoding="utf-8") as _f:
    RAW = _f.read()
DOCS = [json.loads(line) for line in RAW.splitlines()]


def test_sizes_and_genres():
    assert len(DOCS) == sum(n for _, n in B.GENRE_COUNTS) == 260
    counts = collections.Counter(d["genre"] for d in DOCS)
    assert dict(counts) == dict(B.GENRE_COUNTS)
    assert all(30 <= n <= 34 for n in counts.values())
    n_spans = sum(len(d["spans"]) for d in DOCS)
    assert 1000 <= n_spans <= 1500
    types = collections.Counter(s[2] for d in DOCS for s in d["spans"])
    assert set(types) == set(B.TYPES)


def test_ids_and_keys():
    ids = [d["id"] for d in DOCS]
    assert len(set(ids)) == len(ids)
    for d in DOCS:
        assert set(d) == {"id", "genre", "text", "spans"}
        assert re.fullmatch(r"probe23-%s-\d{3}" % re.escape(d["genre"]), d["id"])


def test_spans_revalidate_and_do_not_overlap():
    for d in DOCS:
        text, prev = d["text"], 0
        assert d["spans"] == sorted(d["spans"])
        for s, e, typ in d["spans"]:
            assert 0 <= s < e <= len(text)
            assert s >= prev, d["id"]
            prev = e
            val = text[s:e]
            assert B.VALIDATORS[typ](val), (d["id"], typ, val)
            assert not B.edge_bad(val, typ, True) and not B.edge_bad(val, typ, False), (d["id"], val)


def test_traps_empty_and_no_unlabelled_values():
    for d in DOCS:
        if d["genre"] in B.TRAP_GENRES:
            assert d["spans"] == [], d["id"]
        chars = list(d["text"])
        for s, e, _ in d["spans"]:
            chars[s:e] = "#" * (e - s)
        assert B.find_leaks("".join(chars)) == [], d["id"]


def test_identical_rebuild():
    assert B.build() == RAW
