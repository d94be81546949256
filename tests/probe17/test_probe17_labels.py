# ruff: noqa
"""Label checks for the blind probe ``probe17`` (data only; the detector is not run here)."""

from __future__ import annotations

import importlib.util
import json
import re
from collections import Counter
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
NAME = "probe17"
GENRES = {"ocr_pdf", "work_orders", "payroll_bank", "game_trade", "anti_fraud", "education_exam", "dating", "traps17"}
TYPES = {"ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "PLATE", "PASSPORT", "HK_MACAO_PERMIT", "IP", "QQ",
         "WECHAT", "GPS", "BIRTHDATE"}


def _load_builder():
    spec = importlib.util.spec_from_file_location(f"_{NAME}_builder", HERE / f"build_{NAME}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def builder():
    return _load_builder()


@pytest.fixture(scope="module")
def records():
    with open(HERE / f"{NAME}.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def test_size_and_genres(records):
    assert 270 <= len(records) <= 290
    counts = Counter(r["genre"] for r in records)
    assert set(counts) == GENRES
    for genre, n in counts.items():
        assert 32 <= n <= 36, (genre, n)


def test_ids(records):
    ids = [r["id"] for r in records]
    assert len(set(ids)) == len(ids)
    for r in records:
        assert set(r) == {"id", "genre", "text", "spans"}
        m = re.fullmatch(rf"{NAME}-([a-z_0-9]+)-(\d{{3}})", r["id"])
        assert m and m.group(1) == r["genre"], r["id"]


def test_span_count_and_types(records):
    types = Counter(t for r in records for _, _, t in r["spans"])
    assert set(types) == TYPES
    assert sum(types.values()) >= 900


def test_spans_sorted_no_overlap_no_edges(records):
    for r in records:
        prev = -1
        for s, e, t in r["spans"]:
            assert isinstance(s, int) and isinstance(e, int)
            assert 0 <= s < e <= len(r["text"]), r["id"]
            assert s >= prev, (r["id"], s)
            prev = e
            v = r["text"][s:e]
            assert v == v.strip(), (r["id"], v)
            assert v[-1].isalnum(), (r["id"], v)


def test_spans_revalidate(records, builder):
    for r in records:
        for s, e, t in r["spans"]:
            v = r["text"][s:e].replace("\r\n", "\n")
            assert builder.VALIDATORS[t](v), (r["id"], t, v)


def test_traps_have_no_spans(records):
    for r in records:
        if r["genre"] == "traps17":
            assert r["spans"] == [], r["id"]


def test_full_document_checks(records, builder):
    # cue words, span edges, leak check of the unlabelled remainder
    for r in records:
        builder.check_doc(r)


def test_identical_rebuild(builder):
    data = builder.serialise(builder.build())
    assert data == (HERE / f"{NAME}.jsonl").read_bytes()


@pytest.mark.parametrize(
    "rec",
    [
        # span does not validate (bad ID check character)
        {"id": "x", "genre": "ocr_pdf", "text": "身份证 110101199001011235", "spans": [[4, 22, "ID_CARD"]]},
        # overlapping spans
        {"id": "x", "genre": "dating", "text": "手机 13812345678", "spans": [[3, 14, "MOBILE"], [5, 14, "MOBILE"]]},
        # trailing whitespace inside the span
        {"id": "x", "genre": "dating", "text": "手机 13812345678 ", "spans": [[3, 15, "MOBILE"]]},
        # trap document with a span
        {"id": "x", "genre": "traps17", "text": "手机 13812345678", "spans": [[3, 14, "MOBILE"]]},
        # unlabelled mobile / e-mail / public IP left in the text
        {"id": "x", "genre": "dating", "text": "电话 138-1234-5678", "spans": []},
        {"id": "x", "genre": "dating", "text": "mail a.b@163.com", "spans": []},
        {"id": "x", "genre": "dating", "text": "ip 114.114.115.115", "spans": []},
        # QQ without a cue word
        {"id": "x", "genre": "dating", "text": "号码 12345678", "spans": [[3, 11, "QQ"]]},
    ],
)
def test_check_doc_rejects(rec, builder):
    with pytest.raises(ValueError):
        builder.check_doc(rec)
