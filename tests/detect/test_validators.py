"""Validators: the stdnum-style contract, worked examples, and properties (hypothesis)."""

from __future__ import annotations

import importlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from leakaid.detect import fastcheck
from leakaid.detect.validators import checksums, cn_ric

MODULES = ["cn_ric", "mobile", "landline", "bank_card", "email", "plate", "passport", "hk_macao_permit", "ip", "qq", "wechat"]
JUNK = [None, 1, 3.5, b"138", "", " ", "€", "3²", "⑱", "١٢٣", "\x00", "1" * 10_000, "138-", "--", "X" * 18]


@pytest.mark.parametrize("name", MODULES)
def test_is_valid_never_raises_on_junk(name: str) -> None:
    mod = importlib.import_module(f"leakaid.detect.validators.{name}")
    for junk in JUNK:
        assert mod.is_valid(junk) in (True, False)


@pytest.mark.parametrize("name", MODULES)
def test_info_raises_value_error_on_invalid(name: str) -> None:
    mod = importlib.import_module(f"leakaid.detect.validators.{name}")
    with pytest.raises(ValueError):
        mod.info("not a valid value")


def test_gb11643_worked_example() -> None:
    # GB 11643-1999 appendix example: 11010519491231002 → X
    assert checksums.gb11643_check_char("11010519491231002") == "X"
    assert cn_ric.is_valid("11010519491231002X")
    assert not cn_ric.is_valid("110105194912310021")


def test_luhn_worked_example() -> None:
    # ISO/IEC 7812-1 example number 7992739871 → check digit 3
    assert checksums.luhn_check_digit("7992739871") == "3"
    assert checksums.luhn_is_valid("79927398713")
    assert not checksums.luhn_is_valid("79927398710")


def test_retired_and_newer_region_codes_are_real_ids() -> None:
    body = "412723199010050012"  # 商水县 code, retired; still printed on real cards
    assert cn_ric.is_valid(body)
    body2 = "120116" + "19800101" + "123"  # 滨海新区 (2009) for someone born in 1980
    assert cn_ric.is_valid(body2 + checksums.gb11643_check_char(body2))
    assert cn_ric.info(body2 + checksums.gb11643_check_char(body2))["region"].endswith("滨海新区")


def test_legacy_15_digit() -> None:
    assert cn_ric.is_valid("110105491231002")
    assert cn_ric.info("110105491231002")["birth_date"] == "1949-12-31"
    assert not cn_ric.is_valid("110105491331002")  # month 13


@given(st.text(alphabet="0123456789", min_size=17, max_size=17))
def test_generated_ids_validate_iff_date_and_region(body: str) -> None:
    full = body + checksums.gb11643_check_char(body)
    assert fastcheck.id18_check_ok(full)
    assert fastcheck.id18_ok(full) == cn_ric.is_valid(full)


@given(st.text(alphabet="0123456789", min_size=1, max_size=25))
def test_luhn_fast_path_matches_reference(digits: str) -> None:
    assert fastcheck.luhn_ok(digits) == checksums.luhn_is_valid(digits)
    full = digits + checksums.luhn_check_digit(digits)
    assert checksums.luhn_is_valid(full) and fastcheck.luhn_ok(full)


@given(st.text(alphabet="0123456789", min_size=17, max_size=17), st.sampled_from("0123456789X"))
def test_any_wrong_check_char_is_rejected(body: str, ch: str) -> None:
    right = checksums.gb11643_check_char(body)
    assert fastcheck.id18_check_ok(body + ch) == (ch == right)


@given(st.lists(st.integers(0, 300), min_size=4, max_size=4))
def test_ipv4_fast_path_matches_ipaddress(parts: list[int]) -> None:
    from leakaid.detect.validators import ip

    s = ".".join(map(str, parts))
    fast = fastcheck.ipv4_public([str(p) for p in parts])
    if any(p > 255 for p in parts):
        assert fast is None
    else:
        assert bool(fast) == ip.is_valid(s)


def test_mobile_segments_and_carriers() -> None:
    from leakaid.detect.validators import mobile

    assert mobile.info("13912345678")["carrier"] == "中国移动"
    assert mobile.info("+86 186 1234 5678")["carrier"] == "中国联通"
    assert mobile.info("18912345678")["carrier"] == "中国电信"
    assert not mobile.is_valid("12012345678")  # 120 is not a mobile segment
    assert not mobile.is_valid("1381234567")


def test_plate_rules() -> None:
    from leakaid.detect.validators import plate

    assert plate.is_valid("京A12345") and plate.is_valid("粤BD12345") and plate.is_valid("沪A12345D")
    assert not plate.is_valid("京AABCDE")  # letters only: an English word, not a plate
    assert not plate.is_valid("京I12345")  # I is never used
    assert plate.info("粤BD12345")["new_energy"] == "是"
