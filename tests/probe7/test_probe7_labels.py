"""Checks of probe 7's labels only (never of the detector's score)."""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build_probe7  # noqa: E402
from p7_common import load_sibling, pv  # noqa: E402

build_files = load_sibling("p7_build_files", "build_files.py")
while str(HERE) in sys.path:  # do not shadow other probes' modules of the same names (values, build_files)
    sys.path.remove(str(HERE))

DOCS = [json.loads(line) for line in (HERE / "probe7.jsonl").read_text(encoding="utf-8").splitlines()]
MANIFEST = json.loads((HERE / "files" / "manifest.json").read_text(encoding="utf-8"))


def test_sizes_and_genres():
    assert 280 <= len(DOCS) <= 330
    counts = collections.Counter(d["genre"] for d in DOCS)
    assert set(counts) == {"excel_quirks", "traditional", "legal_text", "records", "config_code", "travel", "traps7"}
    assert all(n >= 40 for n in counts.values()), counts
    assert len({d["id"] for d in DOCS}) == len(DOCS)
    for d in DOCS:
        assert d["id"].startswith(f"p7-{d['genre']}-")
        assert set(d) == {"id", "genre", "text", "spans"}


def test_every_type_is_present():
    types = collections.Counter(t for d in DOCS for _, _, t in d["spans"])
    assert set(types) == set(pv.TYPES), types


def test_traps_have_no_spans():
    traps = [d for d in DOCS if d["genre"] == "traps7"]
    assert len(traps) >= 40 and all(d["spans"] == [] for d in traps)


def test_spans_revalidate_no_overlap_no_accidents():
    bad = {d["id"]: p for d in DOCS if (p := build_probe7.problems(d))}
    assert not bad, bad


def test_no_masked_value_is_labelled():
    for d in DOCS:
        for s, e, _ in d["spans"]:
            assert "*" not in d["text"][s:e] and "×" not in d["text"][s:e]


def test_excel_prefixes_and_suffixes_stay_outside():
    for d in DOCS:
        t = d["text"]
        for s, e, _ in d["spans"]:
            assert not t[s:e].startswith(("'", '="', "\t")) and not t[s:e].endswith(".0")


def test_rebuild_identical():
    assert build_probe7.serialise(build_probe7.build()) == (HERE / "probe7.jsonl").read_bytes()


def test_files_rebuild_identical_and_small():
    built = build_files.build_all()
    for name, data in built.items():
        assert (HERE / "files" / name).read_bytes() == data, name
        assert len(data) < 50_000, name
    assert 12 <= len(MANIFEST["files"]) <= 15 and MANIFEST["skipped"] == []


@pytest.mark.parametrize("entry", MANIFEST["files"], ids=lambda e: e["name"])
def test_manifest_files_exist_and_expected_values_are_in_them(entry):
    path = HERE / "files" / entry["name"]
    assert path.exists()
    text = build_files.decoded_text(path)
    rest = text
    for typ, value in entry["expected"]:
        assert typ in pv.TYPES and pv.validate(typ, value), (typ, value)
        assert value in rest, (typ, value)
        rest = rest.replace(value, "■", 1)
    # nothing valid left unexpected (file-level accident check)
    for _typ, value in entry["expected"]:
        rest = rest.replace(value, "■")
    assert pv.accidents(rest) == [], pv.accidents(rest)
