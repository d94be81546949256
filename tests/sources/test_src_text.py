from __future__ import annotations

import codecs
import tracemalloc

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from srcfixtures import ID_CARD, MOBILE, has_chinese, read_all, read_until_error

from leakaid.errors import SourceError
from leakaid.sources import SourceWarning, UnsupportedSource, detect_encoding, read_segments, text
from leakaid.sources.common import ByteSource

SAMPLE = f"姓名：张三\n手机：{MOBILE}\n身份证：{ID_CARD}\n地址：北京市东城区某某路1号\n"


def expected_pos(full: str, offset: int) -> tuple[int, int]:
    before = full[:offset]
    return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("gbk", "gb18030"),
        ("gb2312", "gb18030"),
        ("gb18030", "gb18030"),
        ("utf-16", "utf-16"),  # Python writes a BOM
        ("utf-16-be", "utf-16-be"),  # no BOM: found by the NUL pattern
        ("utf-32", "utf-32"),
    ],
)
def test_encodings_detected_and_decoded(write, encoding: str, expected: str) -> None:
    p = write("a.txt", SAMPLE, encoding)
    assert detect_encoding(p) == expected
    segs = read_all(p)
    assert [s.text for s in segs] == [SAMPLE]
    assert segs[0].location.line == 1 and segs[0].location.column == 1 and not segs[0].joined


def test_gb18030_four_byte_characters(write) -> None:
    s = "生僻字：𠀀𪚥 和 GBK 以外的字 \u3400\n" * 3
    p = write("a.log", s, "gb18030")
    assert detect_encoding(p) == "gb18030"
    assert "".join(x.text for x in read_all(p)) == s


def test_utf16_bom_le_and_be(write) -> None:
    for bom, enc in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        p = write("u.txt", bom + SAMPLE.encode(enc))
        assert "".join(s.text for s in read_all(p)) == SAMPLE


def test_big5_is_not_read_as_gb18030(write) -> None:
    s = "繁體中文測試，這個檔案是臺灣的編碼。電話號碼與身份證號碼應該被偵測。\n" * 3
    p = write("tw.txt", s, "big5")
    assert detect_encoding(p) == "cp950"
    assert read_all(p)[0].text == s


def test_ascii_head_then_gbk_later_in_big_file(write) -> None:
    head = "INFO request ok 200\n" * 10_000  # ~200 KB of ASCII: beyond the head sample
    tail = "用户 张三 手机号 13812345678 登录\n" * 100
    p = write("big.log", head + tail, "gbk")
    assert detect_encoding(p) == "gb18030"
    assert "".join(s.text for s in read_all(p)) == head + tail


def test_damaged_utf8_is_replaced_and_reported(write) -> None:
    good = ("这是一个正常的 UTF-8 文件，包含中文。\n" * 20).encode()
    p = write("bad.txt", good[:50] + b"\xff\xfe\xfd" + good[50:])
    segs, err = read_until_error(p)
    assert isinstance(err, SourceWarning)
    assert "utf-8" in err.message and "替换" in err.message
    assert "正常的" in segs[0].text and "\ufffd" in segs[0].text


def test_invalid_byte_after_detection_window_switches_to_replacement(write, monkeypatch) -> None:
    monkeypatch.setattr(text, "SAMPLE_BYTES", 1024)
    body = ("中文内容" * 50 + "\n").encode() * 20
    p = write("late.txt", body + b"\xc3(\n" + body)  # \xc3( is invalid UTF-8
    segs, err = read_until_error(p)
    assert isinstance(err, SourceWarning) and "替换" in err.message
    joined = "".join(s.text for s in segs)
    assert joined.count("中文内容") == 2 * 50 * 20


def test_chunks_are_joined_with_exact_positions(monkeypatch) -> None:
    monkeypatch.setattr(text, "READ_BYTES", 7)  # splits multi-byte characters across reads
    full = "".join(f"第{i}行：手机{MOBILE}\n" for i in range(80))
    src = ByteSource.from_bytes("mem.txt", full.encode("utf-8"), ".txt")
    segs = list(text.read_text(src, chunk_chars=160))  # lines are <= 20 = 160 // 8 chars
    assert len(segs) > 5
    assert "".join(s.text for s in segs) == full
    assert [s.joined for s in segs] == [False] + [True] * (len(segs) - 1)
    offset = 0
    for s in segs:
        assert (s.location.line, s.location.column) == expected_pos(full, offset)
        offset += len(s.text)
    # near a newline the cut lands just after it: the next chunk starts a line
    assert all(s.location.column == 1 for s in segs)


def test_chunk_without_newline_cuts_hard_and_keeps_column(monkeypatch) -> None:
    monkeypatch.setattr(text, "READ_BYTES", 5)
    full = "头" + "中" * 100 + "\n尾巴"
    src = ByteSource.from_bytes("mem.txt", full.encode("gb18030"), ".txt")
    segs = list(text.read_text(src, chunk_chars=30))
    assert "".join(s.text for s in segs) == full
    assert segs[1].location.line == 1 and segs[1].location.column == 31
    last = segs[-1]
    assert (last.location.line, last.location.column) == expected_pos(full, len(full) - len(last.text))


@settings(max_examples=60, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("ab1中文𠀀\n\r ")), max_size=400),
    st.integers(min_value=4, max_value=50),
    st.sampled_from(["utf-8", "gb18030", "utf-16"]),
)
def test_chunking_property(s: str, chunk: int, enc: str) -> None:
    src = ByteSource.from_bytes("p.txt", s.encode(enc), ".txt")
    old = text.READ_BYTES
    text.READ_BYTES = 3
    try:
        segs = list(text.read_text(src, chunk_chars=chunk))
    except SourceWarning:  # tiny samples may be ambiguous; decoding is tested elsewhere
        return
    finally:
        text.READ_BYTES = old
    got = "".join(x.text for x in segs)
    if enc != "utf-16" and got != s:  # a short sample can be valid in two encodings
        return
    assert got == s
    offset = 0
    for x in segs:
        assert (x.location.line, x.location.column) == expected_pos(s, offset)
        offset += len(x.text)


def test_large_file_reads_in_flat_memory(write) -> None:
    line = f"2024-01-01 用户 手机 {MOBILE} 登录成功 abcdefghijklmnopqrstuvwxyz\n"
    data = (line * (24_000_000 // len(line.encode()))).encode()
    p = write("huge.log", data)
    tracemalloc.start()
    try:
        n = chars = 0
        for seg in read_segments(p):
            n += 1
            chars += len(seg.text)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert n >= 10 and chars == len(data.decode())
    assert peak < 16 << 20, peak  # whole file would be ~24 MB bytes + ~50 MB str


def test_max_bytes_truncates_with_warning(write) -> None:
    full = "一二三四五六七八九十\n" * 100
    p = write("a.txt", full)
    segs, err = read_until_error(p)
    assert err is None
    segs = []
    with pytest.raises(SourceWarning, match="只读取了前 100 字节"):
        for s in read_segments(p, max_bytes=100):
            segs.append(s)
    # 3 lines of 31 bytes, then 2 whole characters of the next 7 bytes; the cut character is dropped
    assert "".join(s.text for s in segs) == full[:35]


def test_empty_file_yields_nothing(write) -> None:
    assert read_all(write("empty.txt", b"")) == []


def test_binary_junk_with_txt_extension_is_an_error(write) -> None:
    p = write("junk.txt", bytes(range(256)) * 20)
    _, err = read_until_error(p)
    assert type(err) is SourceError and has_chinese(err.message)


def test_unknown_extension_text_and_binary(write) -> None:
    p = write("notes.dat", "联系人 张三 " + MOBILE)
    assert read_all(p)[0].text.endswith(MOBILE)
    png = write("photo.bin", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    with pytest.raises(UnsupportedSource, match="不支持的文件类型"):
        read_all(png)
    with pytest.raises(UnsupportedSource, match="不支持的文件类型"):
        read_all(write("blob", bytes(range(256)) * 8))


def test_missing_file_and_directory(tmp_path) -> None:
    with pytest.raises(SourceError, match="文件不存在"):
        read_all(tmp_path / "nope.txt")
    with pytest.raises(SourceError, match="目录"):
        read_all(tmp_path)
    with pytest.raises(SourceError, match="文件不存在"):
        detect_encoding(tmp_path / "nope.txt")


def test_gbk_after_long_ascii_between_sample_windows(write, monkeypatch) -> None:
    monkeypatch.setattr(text, "SAMPLE_BYTES", 256)
    monkeypatch.setattr(text, "READ_BYTES", 4096)
    head = "GET /index.html 200 OK\n" * 2000  # all samples fall into ASCII
    gbk = "用户张三手机13812345678\n"
    data = (head + gbk + head).encode("gbk")
    p = write("mixed.log", data)
    assert detect_encoding(p) == "utf-8"  # what the samples show
    segs = read_all(p)  # no warning: the reader switched to GB18030 cleanly
    assert "".join(s.text for s in segs) == head + gbk + head


def test_head_sample_without_newline_cut_inside_a_character(write, monkeypatch) -> None:
    monkeypatch.setattr(text, "SAMPLE_BYTES", 1000)
    s = "中" * 5000  # 3 bytes each: 1000 is not a multiple of 3, no newline anywhere
    p = write("one_line.txt", s)
    assert detect_encoding(p) == "utf-8"
    assert "".join(x.text for x in read_all(p)) == s  # and no SourceWarning


def test_damaged_gbk_is_still_gbk(write) -> None:
    good = ("这是一个国标编码的文件，包含中文和手机号 13812345678。\n" * 20).encode("gbk")
    p = write("gbk_bad.txt", good[:4] + b"\xff" + good[5:])  # damage one Chinese character
    assert detect_encoding(p) == "gb18030"
    segs, err = read_until_error(p)
    assert isinstance(err, SourceWarning) and "gb18030" in err.message
    assert segs[0].text.count("13812345678") == 20
