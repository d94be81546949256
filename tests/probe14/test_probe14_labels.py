# ruff: noqa
"""Label checks for the probe14 data set (machine text: URLs, HTTP, logs, code, exports, intl, network).

These tests only check the labelled data itself; they never run the detector.
"""

from __future__ import annotations

import importlib.util
import json
import re
from collections import Counter
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
NAME = "probe14"
GENRES = ["urls", "http", "app_logs", "config_code", "exports", "intl", "network", "traps14"]
TYPES = {"ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "PLATE", "PASSPORT", "HK_MACAO_PERMIT", "IP", "QQ",
         "WECHAT", "GPS", "BIRTHDATE"}


def _load_builder():
    spec = importlib.util.spec_from_file_location(f"build_{NAME}", HERE / f"build_{NAME}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def builder():
    return _load_builder()


@pytest.fixture(scope="module")
def raw() -> str:
    return (HERE / f"{NAME}.jsonl").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def recs(raw):
    return [json.loads(line) for line in raw.splitlines()]


def test_size_and_genres(recs):
    assert 270 <= len(recs) <= 290
    counts = Counter(r["genre"] for r in recs)
    assert set(counts) == set(GENRES)
    for g in GENRES:
        assert 32 <= counts[g] <= 36, (g, counts[g])


def test_ids(recs):
    ids = [r["id"] for r in recs]
    assert len(ids) == len(set(ids))
    per_genre = Counter()
    for r in recs:
        assert set(r) == {"id", "genre", "text", "spans"}
        per_genre[r["genre"]] += 1
        assert r["id"] == f"{NAME}-{r['genre']}-{per_genre[r['genre']]:03d}"


def test_spans_well_formed(recs):
    for r in recs:
        text, spans = r["text"], r["spans"]
        assert spans == sorted(spans), r["id"]
        prev = -1
        for s, e, t in spans:
            assert t in TYPES, (r["id"], t)
            assert 0 <= s < e <= len(text), (r["id"], s, e)
            assert s >= prev, f"{r['id']}: overlap at {s}"
            prev = e
            val = text[s:e]
            assert val == val.strip(), (r["id"], val)
            assert "\n" not in val and "\r" not in val, (r["id"], val)


def test_spans_revalidate_and_no_leaks(recs, builder):
    for r in recs:
        builder.check_doc(r)  # validators, cue words, punctuation edges, overlap, unlabelled-leak scan
        for s, e, t in r["spans"]:
            assert builder.validate(r["text"][s:e], t), (r["id"], r["text"][s:e], t)


def test_traps_empty(recs):
    traps = [r for r in recs if r["genre"] == "traps14"]
    assert traps
    assert all(r["spans"] == [] for r in traps)


def test_type_coverage(recs):
    counts = Counter(t for r in recs for _, _, t in r["spans"])
    assert set(counts) == TYPES, TYPES - set(counts)
    assert sum(counts.values()) >= 900
    for t in TYPES:
        assert counts[t] >= 15, (t, counts[t])


def test_positive_genres_have_spans(recs):
    for r in recs:
        if r["genre"] != "traps14":
            assert r["spans"], r["id"]


def test_leak_scan_catches_planted_values(builder):
    # the unlabelled-text scan must notice the obvious cases it exists for
    assert builder.leaks("call 138-1234-5678 now")
    assert builder.leaks("mail zhang.wei@163.com")
    assert builder.leaks("from 58.20.31.7 port 22")
    assert not builder.leaks("version 1.2.3.4 on 10.0.0.1 and 192.168.1.1")
    assert not builder.leaks("id=13812345678901234567 ts=1715932800123")


def test_identical_rebuild(raw, builder):
    assert builder.serialize(builder.build()) == raw
