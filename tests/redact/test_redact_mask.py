"""The masking house rules, per type, and that masked values are not detected again."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import leakaid
from leakaid.detect.finding import TYPES
from leakaid.redact.mask import MASK_RULES, address_prefix, mask_value
from leakaid.synth import render as rd
from leakaid.synth import values as sv


@pytest.mark.parametrize(
    ("type_", "value", "expected"),
    [
        ("MOBILE", "13812345678", "138****5678"),
        ("MOBILE", "138-1234-5678", "138-****-5678"),
        ("MOBILE", "138 1234 5678", "138 **** 5678"),
        ("MOBILE", "+86 138 1234 5678", "+86 138 **** 5678"),
        ("MOBILE", "１３８１２３４５６７８", "１３８＊＊＊＊５６７８"),
        ("MOBILE", "幺三八一二三四五六七八", "幺三八＊＊＊＊五六七八"),
        ("MOBILE", "+852 9123 4567", "+852 **** 4567"),
        ("ID_CARD", "11010519491231002X", "110105********002X"),
        ("ID_CARD", "110105 19491231 002X", "110105 ******** 002X"),
        ("ID_CARD", "110105491231002", "110105*****1002"),
        ("BANK_CARD", "6222021234567890123", "***************0123"),
        ("BANK_CARD", "6222 0212 3456 7890", "**** **** **** 7890"),
        ("EMAIL", "zhangsan@example.com", "z***@example.com"),
        ("EMAIL", "zhangsan＠example.com", "z***＠example.com"),
        ("EMAIL", "zhangsan (at) qq.com", "z*** (at) qq.com"),
        ("PERSON", "张三丰", "张**"),
        ("PERSON", "张三", "张*"),
        ("PERSON", "欧阳娜娜", "欧***"),
        ("PERSON", "阿依古丽·买买提", "阿***·***"),
        ("ADDRESS", "北京市海淀区中关村大街1号", "北京市海淀区****"),
        ("ADDRESS", "广西壮族自治区南宁市青秀区民族大道100号", "广西壮族自治区南宁市青秀区****"),
        ("ADDRESS", "浙江省杭州市西湖区文三路90号", "浙江省杭州市西湖区****"),
        ("ADDRESS", "中关村大街1号", "****"),
        ("LANDLINE", "010-12345678", "010-******78"),
        ("LANDLINE", "0755-8888 6666", "0755-**** **66"),
        ("LANDLINE", "+86 10 1234 5678", "+86 10 **** **78"),
        ("PASSPORT", "E12345678", "E******78"),
        ("HK_MACAO_PERMIT", "C12345678", "C******78"),
        ("QQ", "123456789", "12*****89"),
        ("QQ", "12345", "1***5"),
        ("QQ", "1234567", "12****7"),
        ("WECHAT", "zhang_wei88", "zh*******88"),
        ("IP", "203.0.113.5", "203.0.*.*"),
        ("IP", "2001:db8:85a3::8a2e:370:7334", "2001:db8:*::*:*:*"),
        ("PLATE", "京A12345", "京*****5"),
        ("PLATE", "京A·12345", "京*·****5"),
        ("PLATE", "粤BD12345", "粤******5"),
        ("GPS", "39.904211, 116.407395", "39.9, 116.4"),
        ("GPS", "39°54'15\"N, 116°24'29\"E", "39°**'**\"N, 116°**'**\"E"),
        ("BIRTHDATE", "1990-05-12", "1990-**-**"),
        ("BIRTHDATE", "1990年5月12日", "1990年*月**日"),
        ("BIRTHDATE", "19900512", "1990****"),
    ],
)
def test_house_rules(type_: str, value: str, expected: str) -> None:
    assert mask_value(type_, value) == expected


def test_id_card_one_plus_one() -> None:
    assert mask_value("ID_CARD", "11010519491231002X", {"id_card_mask": "1+1"}) == "1****************X"


def test_every_type_has_a_documented_rule() -> None:
    assert set(MASK_RULES) == set(TYPES)
    doc = (Path(__file__).resolve().parents[2] / "docs" / "redact.md").read_text(encoding="utf-8")
    for t in TYPES:
        assert f"`{t}`" in doc, t


def test_address_prefix() -> None:
    assert address_prefix("上海市浦东新区张江镇1号") == "上海市浦东新区"
    assert address_prefix("北京市海淀区") == "北京市"


def test_mask_never_returns_the_value(rng: random.Random) -> None:
    gens = {
        "MOBILE": lambda: sv.fake_mobile(rng),
        "ID_CARD": lambda: sv.fake_id_card(rng),
        "BANK_CARD": lambda: sv.fake_bank_card(rng),
        "EMAIL": lambda: sv.fake_email(rng),
        "PERSON": lambda: sv.fake_person(rng),
        "ADDRESS": lambda: sv.fake_address(rng),
        "LANDLINE": lambda: sv.fake_landline(rng),
        "PASSPORT": lambda: sv.fake_passport(rng),
        "HK_MACAO_PERMIT": lambda: sv.fake_hk_macao_permit(rng),
        "QQ": lambda: sv.fake_qq(rng),
        "WECHAT": lambda: sv.fake_wechat(rng),
        "IP": lambda: sv.fake_ip(rng),
        "PLATE": lambda: sv.fake_plate(rng),
    }
    for t, gen in gens.items():
        for _ in range(50):
            v = gen()
            assert mask_value(t, v) != v, (t, v)


_CUES = {
    "MOBILE": "手机号：",
    "ID_CARD": "身份证号：",
    "BANK_CARD": "银行卡号：",
    "EMAIL": "邮箱：",
    "LANDLINE": "电话：",
    "PASSPORT": "护照号码：",
    "HK_MACAO_PERMIT": "港澳通行证号码：",
    "QQ": "QQ号：",
    "WECHAT": "微信号：",
    "PLATE": "车牌号：",
    "IP": "登录IP：",
}


def test_masked_values_are_not_detected_again(rng: random.Random) -> None:
    """Masks like 138****5678 must not look like personal information to the engine."""
    gens = {
        "MOBILE": lambda: rd.render_mobile(sv.fake_mobile(rng), rng),
        "ID_CARD": lambda: sv.fake_id_card(rng),
        "BANK_CARD": lambda: rd.render_bank_card(sv.fake_bank_card(rng), rng),
        "EMAIL": lambda: sv.fake_email(rng),
        "LANDLINE": lambda: sv.fake_landline(rng),
        "PASSPORT": lambda: sv.fake_passport(rng),
        "HK_MACAO_PERMIT": lambda: sv.fake_hk_macao_permit(rng),
        "QQ": lambda: sv.fake_qq(rng),
        "WECHAT": lambda: sv.fake_wechat(rng),
        "PLATE": lambda: sv.fake_plate(rng),
        "IP": lambda: sv.fake_ip(rng, v6=False),
    }
    problems = []
    for t, gen in gens.items():
        for _ in range(30):
            v = gen()
            text = f"{_CUES[t]}{v}"
            found = [f for f in leakaid.scan_text(text) if f.type == t]
            if not found:
                continue  # the engine does not see this written form; nothing to mask
            masked = f"{_CUES[t]}{mask_value(t, v)}"
            again = [f.type for f in leakaid.scan_text(masked) if f.type in _CUES]
            if again:
                problems.append((t, mask_value(t, v), again))
    assert not problems, problems[:10]


@settings(max_examples=80, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), kind=st.sampled_from(["MOBILE", "ID_CARD", "BANK_CARD", "LANDLINE"]))
def test_mask_keeps_separators_and_length(seed: int, kind: str) -> None:
    r = random.Random(seed)
    value = {
        "MOBILE": lambda: rd.render_mobile(sv.fake_mobile(r), r),
        "ID_CARD": lambda: rd.render_id_card(sv.fake_id_card(r), r),
        "BANK_CARD": lambda: rd.render_bank_card(sv.fake_bank_card(r), r),
        "LANDLINE": lambda: rd.render_landline(sv.fake_landline(r), r),
    }[kind]()
    masked = mask_value(kind, value)
    assert len(masked) == len(value)
    for a, b in zip(value, masked, strict=True):
        if a != b:
            assert b in "*＊"  # only significant characters turn into stars
            assert a not in " -–—./()（）+＋"
    assert masked != value
