from __future__ import annotations

import pytest
from srcfixtures import EMAIL, ID_CARD, MOBILE, MOBILE2, has_chinese, read_all, read_until_error

from leakaid.errors import SourceError
from leakaid.sources import SourceWarning
from leakaid.sources.table import sniff_delimiter


def cells(segs):
    return [(s.location.row, s.location.column, s.location.field, s.hint, s.text) for s in segs]


def test_csv_with_chinese_header_gbk(write) -> None:
    p = write("users.csv", f"姓名,手机号,QQ号\n张三,{MOBILE},12345678\n李四,{MOBILE2},\n", "gbk")
    segs = read_all(p)
    assert cells(segs) == [
        (1, 1, None, None, "姓名"),
        (1, 2, None, None, "手机号"),
        (1, 3, None, None, "QQ号"),
        (2, 1, "姓名", "姓名", "张三"),
        (2, 2, "手机号", "手机号", MOBILE),
        (2, 3, "QQ号", "QQ号", "12345678"),
        (3, 1, "姓名", "姓名", "李四"),
        (3, 2, "手机号", "手机号", MOBILE2),
    ]
    assert all(s.location.path == str(p) and s.location.line is None for s in segs)


def test_leak_dump_separator_without_header(write) -> None:
    p = write("dump.csv", f"{MOBILE}----{ID_CARD}----张三\n{MOBILE2}----110101199003070000----李四\n")
    segs = read_all(p)
    assert cells(segs)[:3] == [(1, 1, None, None, MOBILE), (1, 2, None, None, ID_CARD), (1, 3, None, None, "张三")]
    assert cells(segs)[3] == (2, 1, None, None, MOBILE2)


def test_leak_dump_separator_with_english_header(write) -> None:
    p = write("dump.csv", f"phone----email\n{MOBILE}----{EMAIL}\n")
    assert cells(read_all(p))[2:] == [(2, 1, "phone", "phone", MOBILE), (2, 2, "email", "email", EMAIL)]


def test_tsv_quotes_ragged_rows_and_nul(write) -> None:
    data = f'name\tphone\n"张\t三"\t{MOBILE}\textra\n王五\n"多\n行"\t{MOBILE2}\x00\n'
    segs = read_all(write("t.tsv", data))
    got = cells(segs)[2:]
    assert got == [
        (2, 1, "name", "name", "张\t三"),
        (2, 2, "phone", "phone", MOBILE),
        (2, 3, None, None, "extra"),
        (3, 1, "name", "name", "王五"),
        (4, 1, "name", "name", "多\n行"),
        (4, 2, "phone", "phone", MOBILE2),
    ]


def test_header_guess_without_known_words(write) -> None:
    p = write("x.csv", f"甲,乙\nfoo,{MOBILE}\nbar,{MOBILE2}\n")
    assert cells(read_all(p))[2] == (2, 1, "甲", "甲", "foo")
    p2 = write("y.csv", f"foo,{MOBILE}\nbar,{MOBILE2}\n")
    assert cells(read_all(p2))[0] == (1, 1, None, None, "foo")


@pytest.mark.parametrize(
    ("lines", "sep"),
    [
        (["a|b|c", "1|2|3"], "|"),
        (["a;b;c", "1;2;3"], ";"),
        (["a,b", "1,2", "3,4"], ","),
        (["a\tb,c", "1\t2,3"], "\t"),
        (["u----p", "x----y"], "----"),
        (["a||b||c", "1||2||3"], "||"),
        (["only one column", "another"], None),
    ],
)
def test_sniff_delimiter(lines, sep) -> None:
    assert sniff_delimiter(lines) == sep


def test_one_megabyte_row(write) -> None:
    big = "x" * (1 << 20)
    segs = read_all(write("big.csv", f"a,b\n{big},{MOBILE}\n"))
    assert segs[2].text == big and segs[3].text == MOBILE and segs[3].location.row == 2


def test_utf16_csv(write) -> None:
    segs = read_all(write("w.csv", f"手机\n{MOBILE}\n", "utf-16"))
    assert cells(segs)[-1] == (2, 1, "手机", "手机", MOBILE)


def test_binary_junk_with_csv_extension(write) -> None:
    _, err = read_until_error(write("junk.csv", bytes(range(256)) * 40))
    assert type(err) is SourceError and has_chinese(err.message)


def test_runaway_quote_is_a_clear_error(write, monkeypatch) -> None:
    from leakaid.sources import table

    monkeypatch.setattr(table, "FIELD_LIMIT", 1000)
    import csv

    old = csv.field_size_limit(1000)
    try:
        segs, err = read_until_error(write("q.csv", "a,b\n1,2\n3,\"" + "x" * 5000 + "\n"))
    finally:
        csv.field_size_limit(old)
    assert [s.text for s in segs][-1] == "2"
    assert type(err) is SourceError and "第 3 条记录附近" in err.message


def test_undecodable_bytes_give_warning_after_cells(write) -> None:
    good = "姓名,手机号\n" + "".join(f"张三{i},{MOBILE}\n" for i in range(30))
    data = good.encode() + b"\xff\xfe,\xfa\n"
    segs, err = read_until_error(write("m.csv", data))
    assert isinstance(err, SourceWarning) and "替换" in err.message
    assert sum(1 for s in segs if s.text == MOBILE) == 30


def test_lone_carriage_returns(write) -> None:
    segs = read_all(write("mac.csv", f"姓名,手机\r张三,{MOBILE}\r李四,{MOBILE2}\r"))
    assert cells(segs)[-1] == (3, 2, "手机", "手机", MOBILE2)
    segs = read_all(write("stray.csv", f"a,b\nx\ry,{MOBILE}\n"))
    assert [s.text for s in segs] == ["a", "b", "x", "y", MOBILE]


def test_headerless_columns_get_their_vote(tmp_path):
    """Without a header a column of dates next to mobile numbers is a birth-date column (the engine's vote)."""
    import random
    import sys
    from collections import Counter
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "assess"))
    import assessgen as gen

    from leakaid.scan import scan_file

    rng = random.Random(3)
    rows = [f"{gen.mobile(rng)},{rng.choice(['1975', '1988', '1990'])}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}" for _ in range(20)]
    path = tmp_path / "noheader.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    found = Counter(lf.finding.type for lf in scan_file(path))
    assert found["MOBILE"] == 20 and found["BIRTHDATE"] == 20, found
    dates_only = tmp_path / "dates.csv"  # no personal column beside them: dates stay dates
    dates_only.write_text("\n".join(r.split(",")[1] + ",备注" for r in rows) + "\n", encoding="utf-8")
    assert not any(lf.finding.type == "BIRTHDATE" for lf in scan_file(dates_only))
