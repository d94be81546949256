from __future__ import annotations

import json

import pytest
from srcfixtures import EMAIL, ID_CARD, MOBILE, has_chinese, read_all, read_until_error

from leakaid.errors import SourceError
from leakaid.sources import SourceWarning, jsonfile


def leaves(segs):
    return [(s.location.field, s.hint, s.text, s.location.part, s.location.line or s.location.row) for s in segs]


def test_json_paths_hints_and_number_digits(write) -> None:
    doc = (
        '{"users": [{"name": "张三", "phone": 13812345678, "id": "' + ID_CARD + '"},'
        ' {"name": "李四", "phones": [15923456789, "  "], "score": 1.50, "big": 1.3812345678E10,'
        ' "ok": true, "none": null}],'
        ' "联系人": {"邮箱": "' + EMAIL + '"}, "a b": "x", "' + MOBILE + '": "v"}'
    )
    segs = read_all(write("d.json", doc))
    assert leaves(segs) == [
        ("$.users[0].name", "name", "张三", None, None),
        ("$.users[0].phone", "phone", MOBILE, None, None),
        ("$.users[0].id", "id", ID_CARD, None, None),
        ("$.users[1].name", "name", "李四", None, None),
        ("$.users[1].phones[0]", "phones", "15923456789", None, None),
        ("$.users[1].score", "score", "1.50", None, None),
        ("$.users[1].big", "big", "1.3812345678E10", None, None),
        ("$.联系人.邮箱", "邮箱", EMAIL, None, None),
        ('$["a b"]', "a b", "x", None, None),
        (f'$["{MOBILE}"]', None, MOBILE, "key", None),
        (f'$["{MOBILE}"]', MOBILE, "v", None, None),
    ]
    assert all(type(s.text) is str for s in segs)


def test_jsonl_line_numbers_and_bad_line_warning(write) -> None:
    data = f'{{"phone": "{MOBILE}"}}\n\n{{"phone": 1380000\n{{"email": "{EMAIL}"}}\n'
    segs, err = read_until_error(write("d.jsonl", data))
    assert leaves(segs) == [
        ("$.phone", "phone", MOBILE, None, 1),
        (None, None, '{"phone": 1380000', None, 3),  # scanned as plain text
        ("$.email", "email", EMAIL, None, 4),
    ]
    assert [(s.location.row, s.location.line, s.location.column) for s in segs] == [(1, None, None), (None, 3, 1), (4, None, None)]
    assert isinstance(err, SourceWarning) and "第 3 行" in err.message


def test_json_file_holding_json_lines(write) -> None:
    segs = read_all(write("x.json", '{"a": "1"}\n{"a": "2"}\n'))
    assert [(s.text, s.location.row, s.location.line) for s in segs] == [("1", 1, None), ("2", 2, None)]


def test_gbk_json(write) -> None:
    segs = read_all(write("g.json", json.dumps({"姓名": "张三"}, ensure_ascii=False), "gbk"))
    assert leaves(segs) == [("$.姓名", "姓名", "张三", None, None)]


def test_bad_json_is_read_as_text_with_a_chinese_warning(write) -> None:
    segs, err = read_until_error(write("bad.json", '{"a": [1, 2,\n  "b" "c"], "tel": "13812345678"}'))
    assert type(err) is SourceWarning and "第 2 行" in err.message and "纯文本" in err.message and has_chinese(err.message)
    assert any("13812345678" in s.text for s in segs)  # nothing is lost: the text is still scanned


def test_truncated_json(write) -> None:
    segs, err = read_until_error(write("t.json", '{"users": [{"phone": "13812345678'))
    assert type(err) is SourceWarning and "JSON 格式错误" in err.message
    assert any("13812345678" in s.text for s in segs)


def test_deeply_nested_json(write) -> None:
    segs, err = read_until_error(write("deep.json", "[" * 200_000 + '"13812345678"' + "]" * 200_000))
    assert type(err) is SourceWarning and "嵌套" in err.message
    assert any("13812345678" in s.text for s in segs)


def test_deep_but_legal_nesting_is_walked_without_recursion(write) -> None:
    segs = read_all(write("d.json", "[" * 500 + '"x"' + "]" * 500))
    assert segs[0].text == "x" and segs[0].location.field == "$" + "[0]" * 500


def test_json_size_limit(write, monkeypatch) -> None:
    monkeypatch.setattr(jsonfile, "MAX_JSON_BYTES", 100)
    with pytest.raises(SourceError, match="JSON 文件过大"):
        read_all(write("big.json", '{"a": "' + "x" * 200 + '"}'))


def test_sniffed_json_without_extension(write) -> None:
    assert leaves(read_all(write("export", f'{{"tel": "{MOBILE}"}}'))) == [("$.tel", "tel", MOBILE, None, None)]
    # looks like JSON but is not: read as text
    segs = read_all(write("notes", f"{{ 电话 {MOBILE}"))
    assert segs[0].text == f"{{ 电话 {MOBILE}" and segs[0].location.line == 1


def test_binary_junk_jsonl(write) -> None:
    _, err = read_until_error(write("x.jsonl", bytes(range(256)) * 10))
    assert type(err) is SourceError and has_chinese(err.message)


def test_jsonl_huge_line_is_refused(write, monkeypatch) -> None:
    from leakaid.sources import text

    monkeypatch.setattr(text, "MAX_LINE_CHARS", 1000)
    segs, err = read_until_error(write("x.jsonl", '{"a": "1"}\n{"b": "' + "x" * 5000))  # no line end
    assert [s.text for s in segs] == ["1"]
    assert type(err) is SourceError and "超过" in err.message
