"""Checks of probe 4 itself (labels, offsets, determinism).  Never the detector's score."""

from __future__ import annotations

import importlib.util
import json
import re
from collections import Counter
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
JSONL = HERE / "probe4.jsonl"
GENRES = {"waybill", "form", "csv", "court", "chat", "traditional", "traps4"}
TYPES = {"PERSON", "ADDRESS"}


def _load_builder():
    spec = importlib.util.spec_from_file_location("build_probe4", HERE / "build_probe4.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def docs() -> list[dict]:
    return [json.loads(line) for line in JSONL.read_text(encoding="utf-8").splitlines()]


def test_committed_file_equals_fresh_build():
    builder = _load_builder()
    assert JSONL.read_text(encoding="utf-8") == builder.dumps(builder.build()), (
        "run: python tests/probe4/build_probe4.py"
    )


def test_build_is_deterministic():
    builder = _load_builder()
    assert builder.dumps(builder.build()) == builder.dumps(builder.build())


def test_size_and_genres(docs):
    assert len(docs) >= 300
    counts = Counter(d["genre"] for d in docs)
    assert set(counts) == GENRES
    assert all(n >= 40 for n in counts.values()), counts
    assert len({d["id"] for d in docs}) == len(docs)


def test_record_shape(docs):
    for d in docs:
        assert set(d) == {"id", "genre", "text", "spans"}
        assert isinstance(d["text"], str) and d["text"]


def test_offsets_types_and_no_overlap(docs):
    for d in docs:
        text, spans = d["text"], d["spans"]
        last_end = -1
        for start, end, typ in sorted(spans):
            assert typ in TYPES, (d["id"], typ)
            assert 0 <= start < end <= len(text), (d["id"], start, end)
            assert start >= last_end, f"overlap in {d['id']}"
            last_end = end
            value = text[start:end]
            assert value == value.strip(), (d["id"], value)  # no edge whitespace
            assert not re.search(r"[，。,;；：:\"|\t\n]", value), (d["id"], value)


def test_every_genre_but_traps_has_both_types(docs):
    for genre in GENRES - {"traps4"}:
        types = Counter(t for d in docs if d["genre"] == genre for _s, _e, t in d["spans"])
        assert types["PERSON"] >= 40 and types["ADDRESS"] >= 40, (genre, types)


def test_traps_have_no_spans(docs):
    traps = [d for d in docs if d["genre"] == "traps4"]
    assert len(traps) >= 40
    assert all(d["spans"] == [] for d in traps)


def test_person_values_follow_conventions(docs):
    for d in docs:
        for s, e, t in d["spans"]:
            if t != "PERSON":
                continue
            v = d["text"][s:e]
            assert 2 <= len(v.replace("\u3000", "")) <= 12, v
            assert not re.search(r"[某*＊X×○]|先生|女士|[0-9]", v), v  # masked or titled names are never labelled


def test_address_values_have_a_locator(docs):
    locator = re.compile(r"[0-9][号號弄室樓F]|[0-9]组|[0-9]栋|[0-9]幢|\d+-\d+-\d+|村\d")
    for d in docs:
        for s, e, t in d["spans"]:
            if t == "ADDRESS":
                v = d["text"][s:e]
                assert locator.search(v), (d["id"], v)
                assert not re.match(r"\d", v), (d["id"], v)  # postcode stays outside


def test_masked_names_present_but_unlabelled(docs):
    masked = re.compile(r"[王李张刘陈杨黄赵吴周][某*][某*]?")
    hits = 0
    for d in docs:
        for m in masked.finditer(d["text"]):
            hits += 1
            assert not any(s <= m.start() < e for s, e, _t in d["spans"]), (d["id"], m.group())
    assert hits >= 20
