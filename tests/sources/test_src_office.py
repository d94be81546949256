from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import docx
import openpyxl
import pytest
from srcfixtures import EMAIL, ID_CARD, MOBILE, MOBILE2, has_chinese, read_all, read_until_error

from leakaid.errors import SourceError
from leakaid.sources import SourceWarning, common
from leakaid.sources.common import render_number


def make_xlsx(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "用户"
    ws.append(["姓名", "手机号", "身份证号", "生日"])
    ws.append(["张三", 13812345678.0, ID_CARD, dt.datetime(1990, 3, 7)])
    ws.append(["李四", 15923456789, None, None])
    ws2 = wb.create_sheet("备注")
    ws2["B3"] = EMAIL
    ws2["A5"] = 1.10101199003071e17  # an 18-digit ID typed as a number loses its tail in Excel
    wb.save(path)
    return path


def test_xlsx_cells_sheets_headers_and_numbers(tmp_path: Path) -> None:
    segs = read_all(make_xlsx(tmp_path / "u.xlsx"))
    got = [(s.location.sheet, s.location.row, s.location.column, s.location.field, s.hint, s.text) for s in segs]
    assert got == [
        ("用户", 1, 1, None, None, "姓名"),
        ("用户", 1, 2, None, None, "手机号"),
        ("用户", 1, 3, None, None, "身份证号"),
        ("用户", 1, 4, None, None, "生日"),
        ("用户", 2, 1, "姓名", "姓名", "张三"),
        ("用户", 2, 2, "手机号", "手机号", MOBILE),
        ("用户", 2, 3, "身份证号", "身份证号", ID_CARD),
        ("用户", 2, 4, "生日", "生日", "1990-03-07"),
        ("用户", 3, 1, "姓名", "姓名", "李四"),
        ("用户", 3, 2, "手机号", "手机号", MOBILE2),
        ("备注", 3, 2, None, None, EMAIL),
        ("备注", 5, 1, None, None, "110101199003071000"),
    ]


@pytest.mark.parametrize(
    ("value", "text"),
    [(13812345678.0, MOBILE), (42, "42"), (0.5, "0.5"), (1e-7, "0.0000001"), (-0.0, "0"), (6.2e21, "6200000000000000000000")],
)
def test_render_number(value, text) -> None:
    assert render_number(value) == text


def make_docx(path: Path) -> Path:
    d = docx.Document()
    d.add_paragraph("报案人：张三")
    d.add_paragraph("")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text = "姓名"
    t.cell(0, 1).text = "手机号"
    t.cell(1, 0).text = "李四"
    t.cell(1, 1).text = MOBILE
    d.add_paragraph(f"邮箱 {EMAIL}")
    d.sections[0].header.paragraphs[0].text = f"内部资料 {MOBILE2}"
    d.sections[0].footer.paragraphs[0].text = "第 1 页"
    d.save(path)
    return path


def test_docx_paragraphs_tables_headers_footers(tmp_path: Path) -> None:
    segs = read_all(make_docx(tmp_path / "r.docx"))
    got = [(s.location.part, s.location.line, s.location.row, s.location.column, s.hint, s.text) for s in segs]
    assert got == [
        ("body", 1, None, 1, None, "报案人：张三"),
        ("table:1", None, 1, 1, None, "姓名"),
        ("table:1", None, 1, 2, None, "手机号"),
        ("table:1", None, 2, 1, "姓名", "李四"),
        ("table:1", None, 2, 2, "手机号", MOBILE),
        ("body", 3, None, 1, None, f"邮箱 {EMAIL}"),
        ("header:1", None, None, None, None, f"内部资料 {MOBILE2}"),
        ("footer:1", None, None, None, None, "第 1 页"),
    ]


@pytest.mark.parametrize("kind", ["xlsx", "docx"])
def test_truncated_zip_is_a_chinese_error(tmp_path: Path, kind: str) -> None:
    good = make_xlsx(tmp_path / "g.xlsx") if kind == "xlsx" else make_docx(tmp_path / "g.docx")
    bad = tmp_path / f"bad.{kind}"
    bad.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    _, err = read_until_error(bad)
    assert type(err) is SourceError and has_chinese(err.message) and kind.upper() in err.message


@pytest.mark.parametrize("kind", ["xlsx", "docx"])
def test_garbage_and_zip_without_parts(tmp_path: Path, kind: str) -> None:
    p = tmp_path / f"x.{kind}"
    p.write_bytes(b"this is not a zip file at all" * 10)
    segs, err = read_until_error(p)  # text under an Office name: read as text, and said so
    assert type(err) is SourceWarning and "不是 Office 文件" in err.message and has_chinese(err.message)
    assert "not a zip" in "".join(s.text for s in segs)
    p.write_bytes(b"<html><body><p>\xe6\x89\x8b\xe6\x9c\xba 13812345678</p></body></html>")  # Word's "save as HTML"
    segs, err = read_until_error(p)
    assert type(err) is SourceWarning and "HTML" in err.message and any("13812345678" in s.text for s in segs)
    p.write_bytes(b"PK\x03\x04" + b"\x00" * 40)  # a broken ZIP stays an error
    _, err = read_until_error(p)
    assert type(err) is SourceError and has_chinese(err.message)
    with zipfile.ZipFile(p, "w") as zf:
        zf.writestr("hello.txt", "hi")
    _, err = read_until_error(p)
    assert type(err) is SourceError and "无法打开" in err.message


def test_encrypted_office_file(tmp_path: Path) -> None:
    p = tmp_path / "enc.xlsx"
    p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    _, err = read_until_error(p)
    assert type(err) is SourceError and "加密" in err.message


def test_zip_bomb_ratio_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
        zf.writestr("xl/worksheets/sheet1.xml", b"\0" * (12 << 20))
    _, err = read_until_error(p)
    assert type(err) is SourceError and "压缩炸弹" in err.message


def test_zip_bomb_total_is_refused(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(common, "MAX_ZIP_TOTAL", 1000)
    _, err = read_until_error(make_docx(tmp_path / "r.docx"))
    assert type(err) is SourceError and "解压后过大" in err.message


@pytest.mark.parametrize("kind", ["xlsx", "docx"])
def test_doctype_in_xml_part_is_refused(tmp_path: Path, kind: str) -> None:
    good = make_xlsx(tmp_path / "g.xlsx") if kind == "xlsx" else make_docx(tmp_path / "g.docx")
    target = "xl/workbook.xml" if kind == "xlsx" else "word/document.xml"
    evil = tmp_path / f"evil.{kind}"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(evil, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == target:
                decl, _, rest = data.partition(b"?>") if data.startswith(b"<?xml") else (b"", b"", data)
                data = decl + _ + b'<!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>' + rest
            dst.writestr(info, data)
    _, err = read_until_error(evil)
    assert type(err) is SourceError and "DTD" in err.message


def test_xlsx_sniffed_without_extension(tmp_path: Path) -> None:
    p = make_xlsx(tmp_path / "u.xlsx").rename(tmp_path / "export_download")
    assert any(s.text == MOBILE and s.location.sheet == "用户" for s in read_all(p))


def test_doctype_hidden_after_long_comment_is_refused(tmp_path: Path) -> None:
    good = make_docx(tmp_path / "g.docx")
    evil = tmp_path / "evil.docx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(evil, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                decl, sep, rest = data.partition(b"?>")
                data = decl + sep + b"<!-- <a> " + b" " * 100_000 + b'--><!DOCTYPE x [<!ENTITY a SYSTEM "file:///etc/passwd">]>' + rest
            dst.writestr(info, data)
    _, err = read_until_error(evil)
    assert type(err) is SourceError and "DTD" in err.message
