"""The real files of the blind probes (tests/probe3/files, tests/probe7/files, tests/probe18/files) as a regression
guard: every expected (type, value) is found, few extra ones, and every reader error is one the manifest expects.
`python bench/probe18_eval.py` prints the per-file table."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

import leakaid
from leakaid.detect.finding import STRUCTURED_TYPES
from leakaid.errors import SourceError

TESTS = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(("probe", "max_fn", "max_fp"), [("probe3", 0, 0), ("probe7", 0, 0), ("probe18", 1, 12)])
def test_probe_files(probe: str, max_fn: int, max_fp: int) -> None:
    root = TESTS / probe / "files"
    manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    skipped = {s["name"] for s in manifest.get("skipped", [])}
    fn = fp = 0
    for entry in manifest["files"]:
        gold = Counter((t, v) for t, v in entry["expected"])
        found: Counter[tuple[str, str]] = Counter()
        try:
            for lf in leakaid.scan_file(root / entry["name"], types=sorted(STRUCTURED_TYPES)):
                found[(lf.type, lf.text)] += 1
        except SourceError:
            assert entry["name"] in skipped, entry["name"]  # only the broken files may complain
        fn += sum((gold - found).values())
        fp += sum((found - gold).values())
    assert fn <= max_fn and fp <= max_fp, (fn, fp)
