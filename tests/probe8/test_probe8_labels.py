"""Checks of probe 8's labels and files only — never of the detector's score."""

from __future__ import annotations

import csv
import email
import importlib.util
import io
import json
import re
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter
from email import policy
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
GENRES = ["waybill", "form", "table_text", "keyed", "traditional", "hard_fields", "traps8"]


def _load(name: str, filename: str):
    spec = importlib.util.spec_from_file_location(name, HERE / filename)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def docs() -> list[dict]:
    return [json.loads(line) for line in (HERE / "probe8.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def manifest() -> dict:
    return json.loads((HERE / "files" / "manifest.json").read_text(encoding="utf-8"))


def _edge_ok(ch: str) -> bool:
    return not (ch.isspace() or unicodedata.category(ch)[0] in "PSZ" or ch in "*＊")


def test_sizes_and_genres(docs):
    assert 280 <= len(docs) <= 330
    counts = Counter(d["genre"] for d in docs)
    assert set(counts) == set(GENRES)
    assert all(counts[g] >= 35 for g in GENRES), counts
    ids = [d["id"] for d in docs]
    assert len(set(ids)) == len(ids)
    for d in docs:
        assert re.fullmatch(rf"p8-{d['genre']}-\d{{3}}", d["id"]), d["id"]


def test_spans_are_well_formed(docs):
    for d in docs:
        text, prev_end = d["text"], 0
        for s, e, label in d["spans"]:
            assert label in ("PERSON", "ADDRESS")
            assert 0 <= s < e <= len(text)
            assert s >= prev_end, (d["id"], "overlap or unsorted")
            prev_end = e
            value = text[s:e]
            assert _edge_ok(value[0]) and _edge_ok(value[-1]), (d["id"], value)


def test_genre_contents(docs):
    for g in GENRES:
        labels = Counter(sp[2] for d in docs if d["genre"] == g for sp in d["spans"])
        if g == "traps8":
            assert not labels
        else:
            assert labels["PERSON"] >= 35 and labels["ADDRESS"] >= 35, (g, labels)
            assert all(d["spans"] for d in docs if d["genre"] == g)


def test_labelling_rules(docs):
    for d in docs:
        for s, e, label in d["spans"]:
            v = d["text"][s:e]
            assert "*" not in v and "某" not in v, v  # masked values are never labelled
            if label == "PERSON":
                assert not re.search(r"(先生|女士|小姐|收|老师)$", v), v
                assert "：" not in v and ":" not in v, v
                core = v.replace("·", "").replace("\u3000", "")
                assert 2 <= len(core) <= 12 and ("·" in v or len(core) <= 4), v
            else:
                assert not v[0].isdigit(), v  # a postcode before the address stays outside
                assert re.search(r"[号號组组村弄室楼樓座栋棟幢]|\d$", v), v
                assert len(v) >= 6, v


def test_compound_minority_traditional_present(docs):
    persons = [d["text"][s:e] for d in docs for s, e, t in d["spans"] if t == "PERSON"]
    for sur in ["欧阳", "司马", "上官", "诸葛", "慕容"]:
        assert any(p.startswith(sur) for p in persons), sur
    assert sum("·" in p for p in persons) >= 10
    trad = [d for d in docs if d["genre"] == "traditional"]
    addrs = [d["text"][s:e] for d in trad for s, e, t in d["spans"] if t == "ADDRESS"]
    for city in ["臺北市", "新北市", "香港", "澳門"]:
        assert any(city in a for a in addrs), city


def test_probe_rebuild_identical():
    mod = _load("p8_build_probe8", "build_probe8.py")
    assert mod.render(mod.build()) == (HERE / "probe8.jsonl").read_bytes()


def test_files_rebuild_identical():
    mod = _load("p8_build_files", "build_files.py")
    built = mod.build()
    on_disk = {p.name for p in (HERE / "files").iterdir()}
    assert on_disk == set(built)
    for name, data in built.items():
        assert (HERE / "files" / name).read_bytes() == data, name


def _decoded_text(path: Path, fmt: str) -> str:
    raw = path.read_bytes()
    if fmt == "csv":
        if raw.startswith(b"\xef\xbb\xbf"):
            text = raw.decode("utf-8-sig")
        elif "big5" in path.name:
            text = raw.decode("big5")
        else:
            text = raw.decode("gbk")
        rows = list(csv.reader(io.StringIO(text)))
        assert len(rows) > 3
        return "\n".join("\t".join(r) for r in rows)
    if fmt == "xlsx":
        import openpyxl

        wb = openpyxl.load_workbook(io.BytesIO(raw), read_only=True)
        return "\n".join(
            str(c) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for c in row if c
        )
    if fmt == "docx":
        import docx

        doc = docx.Document(io.BytesIO(raw))
        parts = [p.text for p in doc.paragraphs]
        parts += [c.text for t in doc.tables for row in t.rows for c in row.cells]
        return "\n".join(parts)
    if fmt == "json":
        return json.dumps(json.loads(raw.decode("utf-8")), ensure_ascii=False)
    if fmt == "jsonl":
        return "\n".join(
            json.dumps(json.loads(x), ensure_ascii=False) for x in raw.decode("utf-8").splitlines()
        )
    if fmt == "xml":
        return "\n".join(ET.fromstring(raw).itertext())
    if fmt == "eml":
        msg = email.message_from_bytes(raw, policy=policy.default)
        return msg.get_body(("plain",)).get_content()
    if fmt == "html":
        import html

        return html.unescape(raw.decode("utf-8"))
    if fmt == "sql":
        return raw.decode("utf-8")
    raise AssertionError(fmt)


def test_manifest_values_present(manifest):
    files = manifest["files"]
    assert 10 <= len(files) <= 12
    fmts = {f["format"] for f in files}
    assert {"csv", "xlsx", "docx", "html", "json", "jsonl", "sql", "xml", "eml"} <= fmts
    for f in files:
        path = HERE / "files" / f["name"]
        assert path.stat().st_size < 50_000, f["name"]
        types = {t for t, _ in f["expected"]}
        assert types == {"PERSON", "ADDRESS"}, f["name"]
        text = _decoded_text(path, f["format"])
        for t, value in f["expected"]:
            assert t in ("PERSON", "ADDRESS")
            assert value and value == value.strip()
            assert value in text, (f["name"], value)
