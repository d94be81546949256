"""Checks of the probe3 labels and files only — never of the detector's score."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest
from stdnum import luhn
from stdnum.cn import ric

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build_files  # noqa: E402
import build_probe3  # noqa: E402
import values as pv  # noqa: E402

DOCS = [json.loads(line) for line in (HERE / "probe3.jsonl").read_text(encoding="utf-8").splitlines()]
MANIFEST = json.loads((HERE / "files" / "manifest.json").read_text(encoding="utf-8"))


def test_size_and_genres():
    assert len(DOCS) >= 250
    genres = Counter(d["genre"] for d in DOCS)
    assert set(genres) == {"evasive", "sms_chat", "ocr_messy", "crlf_zw", "social", "traps3"}
    assert min(genres.values()) >= 30
    assert len({d["id"] for d in DOCS}) == len(DOCS)


def test_every_type_present():
    types = Counter(t for d in DOCS for *_, t in d["spans"])
    assert set(types) == set(build_probe3.TYPES)


@pytest.mark.parametrize("doc", DOCS, ids=[d["id"] for d in DOCS])
def test_spans_valid(doc):
    text, prev_end = doc["text"], -1
    for s, e, t in sorted(doc["spans"]):
        assert 0 <= s < e <= len(text)
        assert s >= prev_end, "overlapping spans"
        prev_end = e
        val = text[s:e]
        assert val == val.strip() and not re.search(r"[\u200b\ufeff\r\n\t\u00a0\u3000]", val)
        assert t in build_probe3.TYPES
        assert pv.value_ok(t, val, ric.is_valid), (t, val)
        d = pv.digits_only(val)
        if t == "ID_CARD":
            assert ric.is_valid(d.upper())
        if t == "BANK_CARD":
            assert luhn.is_valid(d)
        if t == "MOBILE":  # a prefix is attached, the rest is a valid mainland mobile
            assert pv.mobile_ok(d[-11:]) and d[:-11] in ("", "86", "0086")
    if doc["genre"] == "traps3":
        assert doc["spans"] == []


@pytest.mark.parametrize("doc", DOCS, ids=[d["id"] for d in DOCS])
def test_no_unlabelled_valid_value(doc):
    assert build_probe3.accidental(doc["text"], doc["spans"]) == []


def test_crlf_genre_has_its_characters():
    crlf = [d["text"] for d in DOCS if d["genre"] == "crlf_zw"]
    assert all("\r\n" in t for t in crlf)
    assert sum(t.startswith("\ufeff") for t in crlf) >= 10
    assert any("\u200b" in t for t in crlf) and any("\u3000" in t for t in crlf) and any("\u00a0" in t for t in crlf)


def test_committed_probe_equals_fresh_build():
    fresh = build_probe3.dumps(build_probe3.build())
    assert (HERE / "probe3.jsonl").read_text(encoding="utf-8") == fresh


def test_committed_files_equal_fresh_build():
    blobs, manifest = build_files.build()
    assert manifest == MANIFEST
    for name, data in blobs.items():
        assert (HERE / "files" / name).read_bytes() == data, name


def test_manifest_files_exist_and_are_small():
    assert len(MANIFEST["files"]) >= 12
    for entry in MANIFEST["files"]:
        p = HERE / "files" / entry["name"]
        assert p.is_file() and p.stat().st_size < 50_000
        for t, val in entry["expected"]:
            assert t in build_probe3.TYPES
            assert pv.value_ok(t, val, ric.is_valid), (entry["name"], t, val)


def test_manifest_values_are_in_the_decoded_files():
    """Plain-text formats: every expected value occurs in the decoded text as often as listed."""
    enc = {"customers_gbk.csv": "gbk", "orders_utf8bom.csv": "utf-8-sig", "chat_utf16.txt": "utf-16",
           "report_gb18030.txt": "gb18030"}
    for entry in MANIFEST["files"]:
        name = entry["name"]
        if name.rsplit(".", 1)[-1] in ("xlsx", "docx", "pdf", "eml", "html"):
            continue
        text = (HERE / "files" / name).read_text(encoding=enc.get(name, "utf-8"))
        for val, n in Counter(v for _, v in entry["expected"]).items():
            assert text.count(val) >= n, (name, val)
