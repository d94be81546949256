"""Property tests for every validator: generated valid values pass, one-character corruptions of
checksummed values fail, any text never makes a validator raise, and the engine finds every
generated value on its own and next to Chinese text."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from leakaid import scan_text
from leakaid.detect.validators import (
    bank_card,
    cn_ric,
    email,
    hk_macao_permit,
    ip,
    landline,
    mobile,
    passport,
    plate,
    qq,
    wechat,
)
from leakaid.synth import values as fake

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)
CASES = [
    (cn_ric, fake.fake_id_card, "ID_CARD", "身份证"),
    (mobile, fake.fake_mobile, "MOBILE", "手机"),
    (landline, fake.fake_landline, "LANDLINE", "电话"),
    (bank_card, fake.fake_bank_card, "BANK_CARD", "卡号"),
    (email, fake.fake_email, "EMAIL", "邮箱"),
    (plate, fake.fake_plate, "PLATE", "车牌"),
    (passport, fake.fake_passport, "PASSPORT", "护照号"),
    (hk_macao_permit, fake.fake_hk_macao_permit, "HK_MACAO_PERMIT", "港澳通行证"),
    (qq, fake.fake_qq, "QQ", "QQ"),
    (wechat, fake.fake_wechat, "WECHAT", "微信"),
    (ip, fake.fake_ip, "IP", "IP"),
]


@settings(max_examples=40, deadline=None)
@given(SEEDS)
def test_generated_values_validate_and_are_found(seed: int) -> None:
    for module, make, type_, cue in CASES:
        value = make(random.Random(seed))
        assert module.is_valid(value), (type_, value)
        text = f"{cue}：{value}，谢谢"
        found = {(text[f.start : f.end], f.type) for f in scan_text(text, types=[type_])}
        assert (value, type_) in found, (type_, value, found)


@settings(max_examples=60, deadline=None)
@given(SEEDS, st.integers(min_value=0, max_value=17), st.integers(min_value=1, max_value=9))
def test_any_single_digit_change_breaks_an_id(seed: int, pos: int, delta: int) -> None:
    value = fake.fake_id_card(random.Random(seed))
    ch = value[pos]
    if not ch.isdigit():
        return
    broken = value[:pos] + str((int(ch) + delta) % 10) + value[pos + 1 :]
    assert not cn_ric.checksum_ok(broken)
    assert scan_text(f"身份证 {broken}", types=["ID_CARD"]) == []


@settings(max_examples=60, deadline=None)
@given(SEEDS, st.integers(min_value=0, max_value=18), st.integers(min_value=1, max_value=9))
def test_any_single_digit_change_breaks_a_card(seed: int, pos: int, delta: int) -> None:
    value = fake.fake_bank_card(random.Random(seed))
    pos %= len(value)
    broken = value[:pos] + str((int(value[pos]) + delta) % 10) + value[pos + 1 :]
    assert not bank_card.is_valid(broken)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_validators_never_raise(text: str) -> None:
    for module, *_ in CASES:
        assert module.is_valid(text) in (True, False)
        assert isinstance(module.compact(text), str)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_engine_never_raises_and_offsets_are_in_range(text: str) -> None:
    for f in scan_text(text):
        assert 0 <= f.start < f.end <= len(text)
