# ruff: noqa
"""Label checks of blind probe 18 (no detector is run here)."""
import collections
import importlib.util
import json
import re
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("build_probe18", HERE / "build_probe18.py")
B = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(B)

RECS = [json.loads(x) for x in (HERE / "probe18.jsonl").read_text(encoding="utf-8").splitlines()]
MANIFEST = json.loads((HERE / "files" / "manifest.json").read_text(encoding="utf-8"))


def test_sizes_and_genres():
    assert 95 <= len(RECS) <= 105
    by = collections.Counter(r["genre"] for r in RECS)
    assert set(by) == set(B.GENRES)
    assert all(14 <= n <= 18 for n in by.values()), by
    n_spans = sum(len(r["spans"]) for r in RECS)
    assert 550 <= n_spans <= 800, n_spans
    types = collections.Counter(s[2] for r in RECS for s in r["spans"])
    assert set(types) == set(B.TYPES), types


def test_ids():
    ids = [r["id"] for r in RECS]
    assert len(ids) == len(set(ids))
    for r in RECS:
        assert re.fullmatch(rf"probe18-{r['genre']}-\d{{3}}", r["id"]), r["id"]
        assert set(r) == {"id", "genre", "text", "spans"}


@pytest.mark.parametrize("rec", RECS, ids=[r["id"] for r in RECS])
def test_spans(rec):
    # re-validates every span per type, sorted/no overlap, no surrounding whitespace/punctuation,
    # traps empty, and nothing that should be labelled left in the unlabelled text
    assert rec["spans"] == sorted(rec["spans"])
    B.validate_doc(rec)


def test_traps_empty():
    traps = [r for r in RECS if r["genre"] == "traps18"]
    assert len(traps) >= 14 and all(r["spans"] == [] for r in traps)


def test_manifest_shape():
    assert set(MANIFEST) == {"files", "skipped"}
    names = [f["name"] for f in MANIFEST["files"]]
    assert len(names) == len(set(names)) and 28 <= len(names) <= 32
    on_disk = {p.name for p in (HERE / "files").iterdir()} - {"manifest.json"}
    assert set(names) == on_disk
    for f in MANIFEST["files"]:
        assert set(f) == {"name", "format", "expected"}
        assert f["name"].endswith("." + f["format"])
        for item in f["expected"]:
            assert isinstance(item, list) and len(item) == 2 and item[0] in B.TYPES and isinstance(item[1], str)
    for s in MANIFEST["skipped"]:
        assert set(s) == {"name", "note"} and s["name"] in names and s["note"]
    assert len(MANIFEST["skipped"]) in (3, 4)
    fmts = {f["format"] for f in MANIFEST["files"]}
    assert {"xlsx", "docx", "csv", "tsv", "json", "jsonl", "html", "eml", "md", "log", "txt", "pdf"} <= fmts
    total = sum(len(f["expected"]) for f in MANIFEST["files"])
    assert 700 <= total <= 950, total


@pytest.mark.parametrize("entry", MANIFEST["files"], ids=[f["name"] for f in MANIFEST["files"]])
def test_manifest_values_in_files(entry):
    data = (HERE / "files" / entry["name"]).read_bytes()
    # re-reads the file with the same libraries (openpyxl, python-docx, lxml, email, pypdf); each expected value
    # must occur exactly as often as listed; no unlisted mobile/ID/card/e-mail/public IP in the extracted text
    B.check_file(entry["name"], data, entry["expected"])
