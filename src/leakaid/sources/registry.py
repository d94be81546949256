"""Choose a reader by extension, then by content sniffing; wrap every failure in SourceError."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Iterator

from leakaid.errors import SourceError
from leakaid.sources.base import Segment
from leakaid.sources.common import ByteSource, SourceWarning, UnsupportedSource
from leakaid.sources.text import looks_binary, os_error_message

__all__ = ["EXTENSIONS", "SUPPORTED_EXTENSIONS", "reader_for", "read_source"]

Reader = Callable[..., Iterator[Segment]]

# extension → reader kind
EXTENSIONS: dict[str, str] = {
    **dict.fromkeys(
        (".txt", ".text", ".log", ".md", ".markdown", ".sql", ".xml", ".yaml", ".yml", ".ini", ".conf", ".cfg",
         ".properties", ".vcf", ".srt", ".rtf", ".tex"),
        "text",
    ),
    ".csv": "table",
    ".tsv": "table",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".docx": "docx",
    ".pdf": "pdf",
    ".eml": "eml",
    ".mbox": "mbox",
}
SUPPORTED_EXTENSIONS: frozenset[str] = frozenset(EXTENSIONS)
_TEXT_KINDS = frozenset({"text", "table", "json", "jsonl", "html", "eml", "mbox"})

# magic numbers of common binary formats we do not read
_BINARY_MAGIC = {
    b"\x89PNG": "PNG 图片",
    b"\xff\xd8\xff": "JPEG 图片",
    b"GIF8": "GIF 图片",
    b"BM": None,  # too short to trust alone
    b"\x1f\x8b": "gzip 压缩包",
    b"7z\xbc\xaf": "7z 压缩包",
    b"Rar!": "RAR 压缩包",
    b"\x7fELF": "可执行文件",
    b"MZ": None,
    b"SQLite format 3": "SQLite 数据库",
    b"\xd0\xcf\x11\xe0": "旧版 Office/WPS 文件（.doc/.xls/.wps，请另存为 .docx/.xlsx）或加密的 Office 文件",
    b"RIFF": "音视频/图片文件",
    b"%!PS": "PostScript 文件",
}
_EMAIL_HEAD = re.compile(
    rb"^(?:(?:Return-Path|Received|From|To|Subject|Date|Message-ID|MIME-Version|Delivered-To|X-[\w-]+):[^\n]*\r?\n)",
    re.I,
)


def _kind_by_content(src: ByteSource) -> str:
    head = src.head(8192)
    if head.lstrip(b"\x00\t\r\n ").startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        try:
            with src.open() as f, zipfile.ZipFile(f) as zf:
                names = set(zf.namelist())
        except zipfile.BadZipFile as e:
            raise UnsupportedSource(src.name, "不支持的文件类型（损坏的 ZIP 压缩包）") from e
        if "xl/workbook.xml" in names:
            return "xlsx"
        if "word/document.xml" in names:
            return "docx"
        raise UnsupportedSource(src.name, "不支持的文件类型（ZIP 压缩包，请先解压）")
    for magic, label in _BINARY_MAGIC.items():
        if label and head.startswith(magic):
            raise UnsupportedSource(src.name, f"不支持的文件类型（{label}）")
    if looks_binary(head):
        raise UnsupportedSource(src.name, "不支持的文件类型（二进制文件）")
    if head.startswith(b"From "):
        return "mbox"
    if _EMAIL_HEAD.match(head) and re.search(rb"^(?:From|Subject|Message-ID|Received):", head, re.I | re.M):
        return "eml"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if stripped.startswith((b"<!doctype html", b"<html")):
        return "html"
    if stripped.startswith((b"{", b"[")):
        return "json?"
    return "text"


def _kind(src: ByteSource) -> str:
    kind = EXTENSIONS.get(src.suffix)
    if kind is None:
        return _kind_by_content(src)
    if kind in _TEXT_KINDS and looks_binary(src.head(8192)):
        raise SourceError(src.name, "文件内容是二进制数据而不是文本，可能已损坏或扩展名不对")
    return kind


def reader_for(src: ByteSource) -> Reader:
    """A callable ``(src, *, max_bytes=None, depth=0) -> Iterator[Segment]`` for this source."""
    kind = _kind(src)
    return lambda s, *, max_bytes=None, depth=0: _run(kind, s, max_bytes, depth)


def _run(kind: str, src: ByteSource, max_bytes: int | None, depth: int) -> Iterator[Segment]:
    from leakaid.sources import htmlfile, jsonfile, mail, office, pdf, table, text

    if kind == "text":
        return text.read_text(src, max_bytes=max_bytes)
    if kind == "table":
        return table.read_table(src, max_bytes=max_bytes)
    if kind == "json":
        return _json_or_text(src, max_bytes, warn=True)
    if kind == "json?":  # sniffed, not named .json: plain text if it does not parse
        return _json_or_text(src, max_bytes)
    if kind == "jsonl":
        return jsonfile.read_jsonl(src, max_bytes=max_bytes)
    if kind == "html":
        return htmlfile.read_html(src, max_bytes=max_bytes)
    if kind in ("xlsx", "docx") and not src.head(4).startswith(b"PK"):
        # not a ZIP at all: Word and Excel also "save as" HTML or text under these names — read what it is
        try:
            actual = _kind_by_content(src)
        except SourceError:  # binary (an encrypted or old Office file …): the Office reader says what it is
            actual = kind
        if actual in ("html", "text", "json?", "eml"):
            note = f"扩展名是 .{kind}，但内容不是 Office 文件（按{_KIND_NAMES.get(actual, '纯文本')}读取）"
            return _then_warn(_run(actual, src, max_bytes, depth), src, note)
    if kind == "xlsx":
        return office.read_xlsx(src, max_bytes=max_bytes)
    if kind == "docx":
        return office.read_docx(src, max_bytes=max_bytes)
    if kind == "pdf":
        return pdf.read_pdf(src, max_bytes=max_bytes)
    if kind == "eml":
        return mail.read_eml(src, max_bytes=max_bytes, depth=depth)
    if kind == "mbox":
        return mail.read_mbox(src, max_bytes=max_bytes, depth=depth)
    raise UnsupportedSource(src.name, "不支持的文件类型")  # pragma: no cover


_KIND_NAMES = {"html": " HTML ", "eml": "电子邮件", "json?": " JSON "}


def _then_warn(segments: Iterator[Segment], src: ByteSource, note: str) -> Iterator[Segment]:
    """Every segment, then a SourceWarning with ``note`` (the file was read another way than its name says)."""
    yield from segments
    raise SourceWarning(src.name, note)


def _json_or_text(src: ByteSource, max_bytes: int | None, *, warn: bool = False) -> Iterator[Segment]:
    """JSON, or plain text when it does not parse (``warn``: a file named .json says so afterwards)."""
    from leakaid.sources import jsonfile, text

    it = jsonfile.read_json(src, max_bytes=max_bytes)
    try:
        first = next(it)
    except StopIteration:
        return
    except SourceError as e:
        if type(e) is SourceError:  # did not parse (or nests too deep to parse): scan it as text
            yield from text.read_text(src, max_bytes=max_bytes)
            if warn:
                raise SourceWarning(src.name, f"{e.message}；已按纯文本扫描") from e
            return
        raise
    yield first
    yield from it


def read_source(src: ByteSource, *, max_bytes: int | None = None) -> Iterator[Segment]:
    """Read any supported source; every failure surfaces as a SourceError (or subclass)."""
    try:
        reader = reader_for(src)
        yield from reader(src, max_bytes=max_bytes)
    except SourceError:
        raise
    except OSError as e:
        raise SourceError(src.name, os_error_message(e)) from e
    except MemoryError as e:
        raise SourceError(src.name, "内存不足，文件过大") from e
    except RecursionError as e:
        raise SourceError(src.name, "文件结构嵌套过深，无法解析") from e
    except UnicodeError as e:
        raise SourceError(src.name, "文件编码无法识别") from e
    except Exception as e:  # a parser bug or hostile input must not become a traceback
        raise SourceError(src.name, f"读取失败（{type(e).__name__}），文件可能已损坏") from e
