"""Whatever the bytes, a reader yields segments or raises SourceError: never another exception."""

from __future__ import annotations

import io
from functools import cache

import docx
import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from srcfixtures import MOBILE, make_pdf

from leakaid.errors import SourceError
from leakaid.sources import read_bytes_segments

EXTS = [".txt", ".csv", ".tsv", ".json", ".jsonl", ".html", ".xlsx", ".docx", ".pdf", ".eml", ".mbox", ""]


@cache
def valid_files() -> dict[str, bytes]:
    out = {}
    wb = openpyxl.Workbook()
    wb.active.append(["手机", 13812345678])
    buf = io.BytesIO()
    wb.save(buf)
    out[".xlsx"] = buf.getvalue()
    d = docx.Document()
    d.add_paragraph(MOBILE)
    buf = io.BytesIO()
    d.save(buf)
    out[".docx"] = buf.getvalue()
    out[".pdf"] = make_pdf([f"tel {MOBILE}"])
    out[".eml"] = f"From: a@example.com\nSubject: x\nContent-Type: text/plain; charset=gbk\n\n{MOBILE}\n".encode()
    out[".json"] = b'{"a": [1, "x", {"b": 13812345678}]}'
    out[".csv"] = "姓名,手机\n张三,13812345678\n".encode("gbk")
    out[".html"] = b"<html><body><p>x</p></body></html>"
    return out


def consume(data: bytes, ext: str) -> None:
    try:
        for seg in read_bytes_segments("f" + ext, data, suffix=ext):
            assert isinstance(seg.text, str)
    except SourceError as e:
        assert e.message and any("\u4e00" <= ch <= "\u9fff" for ch in e.message)
        # the catch-all wrapper's message means a failure nobody anticipated
        assert not e.message.startswith("读取失败（"), (ext, e.message, e.__cause__)


@settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=600), st.sampled_from(EXTS))
def test_random_bytes(data: bytes, ext: str) -> None:
    consume(data, ext)


@settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(valid_files())), st.data())
def test_damaged_valid_files(ext: str, data: st.DataObject) -> None:
    good = valid_files()[ext]
    cut = data.draw(st.integers(min_value=0, max_value=len(good)))
    pos = data.draw(st.integers(min_value=0, max_value=max(0, len(good) - 1)))
    junk = data.draw(st.binary(min_size=1, max_size=8))
    damaged = good[:pos] + junk + good[pos + len(junk) : cut] if cut > pos else good[:cut]
    consume(damaged, ext)
