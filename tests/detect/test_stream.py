"""Chunked scanning finds every entity exactly once, whatever the chunk boundaries."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from leakaid.detect.engine import Engine

ENGINE = Engine(types=["MOBILE", "ID_CARD", "EMAIL", "BANK_CARD", "IP", "QQ", "LANDLINE"])
TEXT = (
    "客户资料：手机 138-1234-5678，身份证 11010519491231002X；邮箱 zw@163.com。"
    "卡号 6222 0202 0011 2345 679，登录IP为1.2.3.4，QQ：123456789，电话 010-62345678。"
) * 5


def _chunks(text: str, cuts: list[int]) -> list[str]:
    points = sorted({c % (len(text) + 1) for c in cuts})
    out, last = [], 0
    for p in points:
        out.append(text[last:p])
        last = p
    out.append(text[last:])
    return out


def _key(f):
    return (f.start, f.end, f.type)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=10_000), max_size=12), st.integers(min_value=24, max_value=90))
def test_stream_equals_whole_text(cuts: list[int], overlap: int) -> None:
    whole = [_key(f) for f in ENGINE.scan(TEXT)]
    streamed = [_key(f) for f in ENGINE.scan_stream(_chunks(TEXT, cuts), overlap=overlap)]
    assert streamed == whole


def test_every_single_cut_point() -> None:
    whole = [_key(f) for f in ENGINE.scan(TEXT)]
    assert len(whole) == 35
    for cut in range(0, 200):
        parts = [TEXT[:cut], TEXT[cut:]]
        assert [_key(f) for f in ENGINE.scan_stream(parts, overlap=32)] == whole


def test_tiny_chunks() -> None:
    whole = [_key(f) for f in ENGINE.scan(TEXT)]
    parts = [TEXT[i : i + 7] for i in range(0, len(TEXT), 7)]
    assert [_key(f) for f in ENGINE.scan_stream(parts, overlap=40)] == whole
