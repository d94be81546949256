"""The native pre-pass (``_skim.c``) against the pure-Python engine: same findings, always.

The engine runs each recogniser either over the whole text (reference, no C module) or only inside the
windows the pre-pass returns. Every test here scans with both and compares the full findings.
"""

from __future__ import annotations

import importlib.util
import os
import random
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from leakaid.detect import skim
from leakaid.detect.engine import Engine
from leakaid.detect.finding import STRUCTURED_TYPES, TYPES
from leakaid.detect.normalize import fold
from leakaid.detect.tabular import TableIndex
from leakaid.synth import generate_doc


def test_native_module_is_built() -> None:
    """CI must run the native path: a missing compiler would otherwise fall back silently."""
    assert skim.available(), "leakaid.detect._skim is not built (pip install -e . needs gcc and Python headers)"


@contextmanager
def native(on: bool) -> Iterator[None]:
    old = skim.set_enabled(on)
    try:
        yield
    finally:
        skim.set_enabled(old)


def both(text: str, types: frozenset[str] | tuple[str, ...] = STRUCTURED_TYPES, hint: str | None = None) -> tuple[list, list]:
    with native(False):
        ref = Engine(types)._scan(text, hint)
    with native(True):
        got = Engine(types)._scan(text, hint)
    return ref, got


def assert_same(text: str, **kw: object) -> None:
    ref, got = both(text, **kw)  # type: ignore[arg-type]
    assert got == ref, f"native differs on {text!r}"


@pytest.mark.parametrize("sparse", [False, True])
def test_generated_documents(sparse: bool) -> None:
    n = 40 if sparse else 400
    for i in range(n):
        assert_same(generate_doc(7, i, sparse=sparse).text)


def _load(name: str) -> ModuleType:
    """Another test module of this folder (tests are not a package), for its hand-written texts."""
    spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name(name + ".py"))
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_hand_written_documents_and_cases() -> None:
    cases = _load("test_engine_cases")
    texts = [d[1] for d in _load("test_realistic_documents").DOCS] + [c if isinstance(c, str) else c[0] for c in cases.FOUND + cases.SILENT]
    assert len(texts) > 50
    for text in texts:
        assert_same(text)
        assert_same(text, hint="QQ")


# Fragments that exercise every window kind and its edges: digit runs with separators and prefixes,
# dotted quads, hex and colons, decimals, numerals, plates, cue words in both scripts, table delimiters.
FRAGMENTS = [
    "0", "1", "5", "9", "13812345678", "11010519491231002X", "6222020200112345679", "0755", "88881234", "010",
    "12345", "123456789", "8.8.8.8", "192.168.1.1", "61.135.169.121", "1.2.3.4.5", "2001:db8::1", "240e:3a1::5",
    "::1", ":", "::", "39.9042", "116.4074", "N", "E", "S", "-", " ", "  ", "\t", "/", "_", ".", ",", "，", ";", "|",
    "----", "\n", "\n\n", "+", "+86", "(", ")", "（", "）", "(010)", "+852", "00", "x", "X", "ip", "IP", "v", "a", "Q",
    "@", "a@b.cn", "qq", "QQ", "扣扣", "企鹅", "q号", "手机", "手機", "电话", "身份证", "卡号", "微信", "wx", "wxid",
    "护照", "通行证", "出生", "生日", "订单号", "版本", "一三八", "幺", "零", "二", "五六七八九", "京A", "粤B", "D",
    "12345", "F", "·", "１３８", "－", "　", "2024-05-10", "1987年3月3日", "E10", "G1", "E12345678", "C12345678",
    "你好", "的", "姓名", "备注",
]


@settings(max_examples=int(os.environ.get("SKIM_EXAMPLES", "400")), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=40))
def test_random_texts(parts: list[str]) -> None:
    assert_same("".join(parts))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=30), st.sampled_from(["QQ号", "微信", "出生日期", None]))
def test_random_texts_with_hint(parts: list[str], hint: str | None) -> None:
    assert_same("".join(parts), hint=hint)


def test_random_tables() -> None:
    """Tables whose columns are voted (QQ, birth dates, cards) with and without headers and cue words."""
    rng = random.Random(5)
    for _ in range(60):
        delim = rng.choice([",", "\t", "|", "----", ";"])
        header = rng.random() < 0.5
        rows = []
        if header:
            rows.append(delim.join(rng.sample(["姓名", "手机", "QQ号", "微信号", "生日", "备注", "积分", "wxid"], 4)))
        for _ in range(rng.randint(2, 12)):
            cells = [
                rng.choice(["张三", "李四", "abc_123"]),
                rng.choice(["13812345678", "13912345678", "12345", "a@b.cn", ""]),
                str(rng.randint(10000, 99999999999)),
                rng.choice(["1990-01-02", "19851231", "wx_abc123", "E12345678", "x"]),
            ]
            rows.append(delim.join(cells))
        text = "\n".join(rows)
        if rng.random() < 0.3:
            text = "说明文字 " + text + "\n\n结尾 123456"
        assert_same(text)


def test_full_width_fold_matches() -> None:
    chars = [chr(c) for c in range(0xFF00, 0xFF66)] + ["\u3000", "\u00a0", "\u2010", "\u2015", "\u2212", "\ufe63", "\u30fc", "·", "。", "a", "中", "😀"]
    rng = random.Random(1)
    for _ in range(300):
        t = "".join(rng.choice(chars) for _ in range(rng.randint(0, 30)))
        with native(True):
            assert skim.fold(t) == fold(t)
    big = "１" * 5000 + "，" * 5000  # more than 4096 runs: the Python fold's other branch
    assert skim.fold(big) == fold(big)


def test_all_types_same() -> None:
    text = "收件人：张三 13812345678 北京市朝阳区建国路88号 微信 wx_abc123 出生 1990-01-02 IP 61.135.169.121"
    assert_same(text, types=TYPES)


def test_windows_are_small_on_logs() -> None:
    """The point of the pre-pass: a log full of numbers leaves almost nothing for the regexes."""
    line = '172.18.208.247 - - [07/Jan/2024:09:32:22 +0800] "GET /login HTTP/1.1" 200 50617 "-" "Mozilla/5.0 (KHTML, like Gecko)"\n'
    sk = skim.skim(line * 100)
    assert sk is not None
    assert sk.num == [] and sk.ipv4 == [] and sk.gps == [] and sk.qq == []


def test_table_answers_do_not_depend_on_query_order() -> None:
    text = "a,b\tc\n1,2\t3\n4,5\t6\n7,8\t9\nx|y\n"
    positions = list(range(len(text)))
    first = TableIndex(text)
    expect = [first.column_kind(p) for p in positions]
    rng = random.Random(3)
    for _ in range(20):
        rng.shuffle(positions)
        idx = TableIndex(text)
        got = {p: idx.column_kind(p) for p in positions}
        assert [got[p] for p in range(len(text))] == expect


def test_wechat_column_found_without_other_values() -> None:
    """A header names the column: its cells are found even when nothing else in the table is a candidate."""
    text = "用户名,微信号,备注\nzhangsan,wx_abc123,无\nlisi,wxid_88k2ss,无\nwangwu,abc-12345,无\n"
    for on in (False, True):
        with native(on):
            found = [(text[f.start : f.end], f.type) for f in Engine(["WECHAT"])._scan(text, None)]
        assert ("wx_abc123", "WECHAT") in found and ("wxid_88k2ss", "WECHAT") in found


CUE_FRAGMENTS = [
    "手机", "手机号", "手機號", "电话", "联系电话", "tel", "Tel.", "TEL", "hotel", "phone", "userPhone", "qq", "QQ",
    "qq.com", "@qq", "QQ号", "q号", "wx", "wxid", "WeChat", "微信", "微信同号", "身份证", "身份证号", "id card", "ID Card",
    "ID No", "idcard", "卡号", "银行卡", "bank", "Bank", "banking", "订单", "订单号", "单号", "order", "Order", "sn", "SN",
    "version", "ver", "出生", "出生日期", "birth", "Birthday", "dob", "DOB", "ip", "IP", "IPv4", "zip", "a", "A", "b", "x",
    " ", "：", ":", "1", "2", "\n", "。", "的", "号", ".", "-", "_", "@", "E-mail", "e-mail", "mail", "email", "Email",
]


@settings(max_examples=int(os.environ.get("SKIM_EXAMPLES", "400")), deadline=None)
@given(st.lists(st.sampled_from(CUE_FRAGMENTS), min_size=0, max_size=25), st.booleans())
def test_cue_words_native_and_python_agree(parts: list[str], whole: bool) -> None:
    from leakaid.detect.cues import cue_hits

    text = "".join(parts)
    for start, end in ((0, len(text)), (len(text) // 3, len(text)), (0, len(text) // 2)):
        with native(True):
            got = cue_hits(text, start, end, whole)
        with native(False):
            ref = cue_hits(text, start, end, whole)
        assert got == ref, text


def test_cue_words_at_the_end_of_a_text_are_found() -> None:
    """pyahocorasick's iter_long (used before) lost a word at the end of its input when a longer word was
    still possible there: in "gplat" the "lat" (GPS) after the unfinished "gps"."""
    from leakaid.detect.cues import cue_hits

    for on in (False, True):
        with native(on):
            assert cue_hits("gplat", whole_words=False) == ([5], ["GPS"])
            assert cue_hits("请加qq") == ([4], ["QQ"])
            assert cue_hits("hotel phone") == ([11], ["PHONE"])  # 'tel' inside 'hotel' is no cue


@settings(max_examples=int(os.environ.get("SKIM_EXAMPLES", "300")), deadline=None)
@given(st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=60))
def test_any_text_same_and_no_crash(text: str) -> None:
    """Arbitrary Unicode, astral characters, NUL and lone surrogates included."""
    assert_same(text)
    from leakaid.detect.cues import cue_hits

    with native(True):
        got = cue_hits(text)
    with native(False):
        ref = cue_hits(text)
    assert got == ref


MARK_FRAGMENTS = ["<", "/", "</", "INSER", "T", "insert", "Insert", "stdin", "std", "in", "REPLACE", "E", "t", "n",
                  "＜", "／", " ", "\n", "值", "<qq>", "123456", "INSERT INTO t VALUES (1,'x');"]


@settings(max_examples=int(os.environ.get("SKIM_EXAMPLES", "300")), deadline=None)
@given(st.lists(st.sampled_from(MARK_FRAGMENTS), min_size=0, max_size=20))
def test_markup_and_sql_flags_match_the_python_checks(parts: list[str]) -> None:
    from leakaid.detect import sqltext

    text = fold("".join(parts))
    sk = skim.skim(text)
    assert sk is not None
    assert sk.has_markup == ("</" in text)
    assert sk.has_sql == sqltext.might_hold_sql(text)
