"""Checks of probe 5 itself (case folders, expected.json, fake-data validity, determinism).  Never leakaid's results."""

from __future__ import annotations

import importlib.util
import json
import re
import tempfile
from fractions import Fraction
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"
TIERS = {"below", "serious", "especially_serious"}
COUNT_KEYS = {"art5_1_3", "art5_1_4", "art5_1_5"}
EXCLUDED_KEYS = {"invalid", "duplicate", "unidentifiable"}  # documented in docs/assess.md (JSON output)
FLAG_OPTIONS = {"--used-for-crime", "--severe-harm", "--lawful-business"}


def _load_builder():
    spec = importlib.util.spec_from_file_location("build_probe5", HERE / "build_probe5.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


builder = _load_builder()


def _case_dirs() -> list[Path]:
    return sorted(p for p in CASES.iterdir() if p.is_dir())


@pytest.fixture(scope="module")
def cases() -> list[tuple[Path, dict]]:
    return [(d, json.loads((d / "expected.json").read_text(encoding="utf-8"))) for d in _case_dirs()]


def test_at_least_30_cases(cases):
    assert len(cases) >= 30


def test_every_case_has_inputs_and_expected(cases):
    for d, exp in cases:
        assert exp["id"] == d.name
        assert exp["intent"].strip()
        assert 1 <= len(exp["files"]) <= 3, d.name
        on_disk = {p.name for p in d.iterdir()} - {"expected.json"}
        assert on_disk == set(exp["files"]), d.name
        for name in exp["files"]:
            assert (d / name).stat().st_size > 0, (d.name, name)
        assert isinstance(exp["options"], list) and all(isinstance(o, str) for o in exp["options"])


def test_expected_fields_and_basis(cases):
    for d, exp in cases:
        assert exp["basis"] in ("law", "doc"), d.name
        assert exp["law"], d.name  # every case names the provision it tests
        e = exp["expected"]
        assert set(e) <= {"tier", "counts", "excluded"}, d.name
        assert e["tier"] in TIERS, d.name
        assert set(e.get("counts", {})) <= COUNT_KEYS, d.name
        assert set(e.get("excluded", {})) <= EXCLUDED_KEYS, d.name
        assert all(isinstance(v, int) and v >= 0 for v in [*e.get("counts", {}).values(),
                                                           *e.get("excluded", {}).values()])


def test_tier_follows_from_counts(cases):
    """Self-consistency: the expected tier is the probe's own reading of 第五条 applied to the expected counts."""
    for d, exp in cases:
        opts = exp["options"]
        if FLAG_OPTIONS & set(opts) or "counts" not in exp["expected"]:
            continue
        c = exp["expected"]["counts"]
        proceeds = Fraction(opts[opts.index("--proceeds") + 1]) if "--proceeds" in opts else 0
        want = builder.tier(c["art5_1_3"], c["art5_1_4"], c["art5_1_5"], insider="--insider" in opts,
                            proceeds=proceeds)
        assert exp["expected"]["tier"] == want, d.name


def test_threshold_pairs_are_present(cases):
    ids = {d.name for d, _ in cases}
    for pair in [("art3_bankcard_50", "art3_bankcard_49"), ("art4_lodging_500", "art4_lodging_499"),
                 ("art5_phone_name_5000", "art5_phone_name_4999"), ("mixed_30_200", "mixed_30_199"),
                 ("x10_art3_500_sql", "x10_art3_499_sql"), ("insider_art3_25", "insider_art3_24"),
                 ("proceeds_5000", "proceeds_4999_99"), ("exclusions_at_50", "exclusions_at_49")]:
        assert set(pair) <= ids


def test_check_digit_helpers():
    assert builder.id_check_digit("11010519491231002") == "X"  # GB 11643 standard example
    assert builder.luhn_ok("79927398713")
    assert not builder.luhn_ok("79927398710")
    g = builder.Gen("self-test")
    for _ in range(200):
        assert builder.id_ok(g.idno())
        assert builder.luhn_ok(g.card())
        assert not builder.id_ok(g.id_bad_check())
        assert not builder.id_ok(g.id_bad_date())
        assert not builder.id_ok(g.id_bad_region())
        assert not builder.luhn_ok(g.card_bad_luhn())
        assert g.phone()[:3] in builder.MOBILE_PREFIXES


ID_RE = re.compile(r"(?<!\d)\d{17}[\dXx](?!\d)")
CARD_RE = re.compile(r"(?<!\d)62\d{14}(?:\d{3})?(?!\d)")
PHONE_RE = re.compile(r"(?<!\d)1\d{10}(?!\d)")


def _text(path: Path) -> str:
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("gbk")


def test_fake_values_valid_where_no_invalid_expected(cases):
    """In cases that expect no invalid record, every ID / card / phone in the text inputs is valid."""
    checked = 0
    for d, exp in cases:
        if exp["expected"].get("excluded", {}).get("invalid", None) != 0:
            continue
        for name in exp["files"]:
            if name.endswith(".xlsx"):
                continue
            text = _text(d / name)
            for m in ID_RE.findall(text):
                if m.startswith("62"):
                    continue  # a 18-digit string starting with 62 cannot be a bank card of ours (16/19), skip
                assert builder.id_ok(m), (d.name, m)
                checked += 1
            for m in CARD_RE.findall(text):
                assert builder.luhn_ok(m), (d.name, m)
            for m in PHONE_RE.findall(text):
                assert m[:3] in builder.MOBILE_PREFIXES, (d.name, m)
    assert checked > 0


def test_committed_cases_equal_fresh_build():
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "cases"
        builder.write(builder.build(), out)
        assert builder.snapshot(out) == builder.snapshot(CASES), "run: python tests/probe5/build_probe5.py"


def test_build_is_deterministic():
    with tempfile.TemporaryDirectory() as tmp:
        a, b = Path(tmp) / "a", Path(tmp) / "b"
        builder.write(builder.build(), a)
        builder.write(builder.build(), b)
        assert builder.snapshot(a) == builder.snapshot(b)
