# ruff: noqa: N802, N812, B905 — a blind probe builder kept as its author wrote it
"""Label checks for probe12 (never the detector's score)."""
from __future__ import annotations

import collections
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_probe12 as B  # noqa: E402

GENRES = {"contracts", "police_report", "school", "medical", "hr", "chat_group", "traps12"}


@pytest.fixture(scope="module")
def docs():
    return [json.loads(line) for line in (HERE / "probe12.jsonl").read_text(encoding="utf-8").splitlines()]


def test_sizes_and_genres(docs):
    assert 200 <= len(docs) <= 240
    counts = collections.Counter(d["genre"] for d in docs)
    assert set(counts) == GENRES
    assert all(n >= 30 for n in counts.values())


def test_ids(docs):
    ids = [d["id"] for d in docs]
    assert len(set(ids)) == len(ids)
    for d in docs:
        assert re.fullmatch(rf"p12-{d['genre']}-\d{{3}}", d["id"])


def test_spans_valid(docs):
    for d in docs:
        B.validate(d)  # offsets, labels, overlap, edge whitespace/punctuation, empty traps


def test_traps_empty_and_others_have_both_types(docs):
    types = collections.defaultdict(set)
    for d in docs:
        if d["genre"] == "traps12":
            assert d["spans"] == []
        else:
            assert d["spans"], d["id"]
        types[d["genre"]] |= {lab for _, _, lab in d["spans"]}
    for g in GENRES - {"traps12"}:
        assert types[g] == {"PERSON", "ADDRESS"}


def test_person_spans_follow_conventions(docs):
    for d in docs:
        for s, e, lab in d["spans"]:
            if lab != "PERSON":
                continue
            name = d["text"][s:e]
            assert 2 <= len(name.replace("·", "")) <= 9, name
            assert not re.search(r"先生|女士|老师|经理|某|\*|@|[（）()]", name), name
            if "·" not in name:
                assert 2 <= len(name) <= 4, name


def test_address_spans_follow_conventions(docs):
    for d in docs:
        for s, e, lab in d["spans"]:
            if lab != "ADDRESS":
                continue
            addr = d["text"][s:e]
            assert re.search(r"[路街道巷村组号室]|大道", addr), addr
            assert not addr.startswith(("住", "址", "地址")), addr
            assert "*" not in addr and "邮编" not in addr, addr
            assert not re.search(r"\d$", addr) or re.search(r"\d+-\d+-\d+$", addr), addr


def test_rebuild_identical():
    assert B.render(B.build()) == (HERE / "probe12.jsonl").read_bytes()
    r = subprocess.run([sys.executable, str(HERE / "build_probe12.py"), "--check"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


def test_validate_rejects_bad_spans():
    bad = {"id": "x", "genre": "hr", "text": "姓名：张三 ", "spans": [[3, 6, "PERSON"]]}
    with pytest.raises(ValueError):
        B.validate(bad)
    overlap = {"id": "x", "genre": "hr", "text": "张三李四", "spans": [[0, 3, "PERSON"], [2, 4, "PERSON"]]}
    with pytest.raises(ValueError):
        B.validate(overlap)
