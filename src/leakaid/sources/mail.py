"""E-mail (.eml) and mailboxes (.mbox), stdlib ``email`` with ``policy.default``.

Location ``part``: ``header:From`` (also To, Cc, Bcc, Reply-To, Sender, Subject), ``body``
(text/plain, ``line``/``column`` relative to the decoded body), ``body:html`` (visible text,
``line``/``column`` relative to the HTML source of that part), ``attachment:<name>`` for
attachments of a supported type (read by the matching reader; its own part, if any, follows
after ``/``, and its row/column/page/sheet are kept). In a mailbox ``row`` is the 1-based
message index (for attachments inside a mailbox the index moves into the part:
``message:<n>/attachment:<name>``).

Charsets: declared gb2312/gbk are decoded as GB18030 (mail clients routinely declare gb2312
for GBK text); a wrong or missing charset falls back to UTF-8 → GB18030 → charset-normalizer.
"""

from __future__ import annotations

import codecs
import io
import re
from collections.abc import Iterator
from email import policy
from email.header import decode_header
from email.message import EmailMessage, Message
from email.parser import BytesParser
from pathlib import PurePosixPath
from typing import IO

from leakaid.errors import SourceError
from leakaid.sources.base import Location, Segment
from leakaid.sources.common import ByteSource, SourceWarning, UnsupportedSource
from leakaid.sources.htmlfile import html_text_segments
from leakaid.sources.text import _detect

__all__ = ["decode_bytes", "read_eml", "read_mbox"]

HEADERS = {h.lower(): h for h in ("From", "To", "Cc", "Bcc", "Reply-To", "Sender", "Subject")}
MAX_EML_BYTES = 512 << 20
MAX_ATTACHMENT_DEPTH = 3
_GB = frozenset({"gb2312", "gbk", "gb18030", "euc_cn", "hz"})


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, bool]:
    """Decode ``data`` trying the declared charset first; returns (text, replaced)."""
    if declared:
        try:
            enc = codecs.lookup(declared.strip().strip('"')).name
        except LookupError:
            enc = None
        if enc in _GB:
            enc = "gb18030"
        if enc:
            try:
                return data.decode(enc), False
            except UnicodeDecodeError:
                pass
    enc, confident = _detect(io.BytesIO(data))
    return data.decode(enc, "strict" if confident else "replace"), not confident


def _decode_header(raw: str) -> str:
    raw = re.sub(r"\r?\n(?=[ \t])", "", raw)
    out = []
    try:
        parts = decode_header(raw)
    except Exception:
        parts = [(raw, None)]
    for chunk, cs in parts:
        if isinstance(chunk, str):
            chunk = chunk.encode("utf-8", "surrogateescape")
        out.append(decode_bytes(chunk, cs)[0])
    return "".join(out).strip()


class _Ctx:
    def __init__(self, src: ByteSource, depth: int, max_bytes: int | None) -> None:
        self.src = src
        self.depth = depth
        self.max_bytes = max_bytes
        self.notes: list[str] = []


def _message(msg: Message, base: Location, ctx: _Ctx, index: int | None) -> Iterator[Segment]:
    for name, raw in msg.raw_items():
        canon = HEADERS.get(name.lower())
        if canon is None:
            continue
        value = _decode_header(str(raw))
        if value:
            yield Segment(value, base.with_(part=f"header:{canon}"), hint=canon)
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        filename = part.get_filename()
        if filename or part.get_content_disposition() == "attachment":
            yield from _attachment(part, filename, base, ctx, index)
            continue
        if ctype not in ("text/plain", "text/html"):
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes) or not payload.strip():
            continue
        text, replaced = decode_bytes(payload, part.get_content_charset())
        text = text.replace("\r\n", "\n")  # transport line ends, not content
        if replaced:
            ctx.notes.append("邮件正文中有无法解码的字节，已替换为 �")
        if ctype == "text/plain":
            yield Segment(text, base.with_(part="body", line=1, column=1))
        else:
            yield from html_text_segments(text, base.with_(part="body:html"))


def _attachment(part: Message, filename: str | None, base: Location, ctx: _Ctx, index: int | None) -> Iterator[Segment]:
    from leakaid.sources.registry import reader_for  # late: registry imports this module

    name = (filename or "未命名附件").replace("/", "_")
    data = part.get_payload(decode=True)
    if not isinstance(data, bytes) or not data:
        return
    suffix = PurePosixPath(name).suffix.lower()
    if part.get_content_type().startswith("text/") and not suffix:
        suffix = ".txt"
    inner_src = ByteSource.from_bytes(ctx.src.name, data, suffix)
    prefix = f"attachment:{name}" if index is None else f"message:{index}/attachment:{name}"
    if ctx.depth >= MAX_ATTACHMENT_DEPTH:
        ctx.notes.append(f"附件 {name} 嵌套过深，未扫描")
        return
    try:
        reader = reader_for(inner_src)
        for seg in reader(inner_src, max_bytes=ctx.max_bytes, depth=ctx.depth + 1):
            loc = seg.location
            inner_part = f"{prefix}/{loc.part}" if loc.part else prefix
            yield Segment(seg.text, loc.with_(part=inner_part), seg.hint, seg.joined)
    except UnsupportedSource:
        ctx.notes.append(f"附件 {name} 的类型不支持，未扫描")
    except SourceError as e:
        ctx.notes.append(f"附件 {name}：{e.message}")
    except Exception as e:  # a hostile attachment must not stop the rest of the mail
        ctx.notes.append(f"附件 {name} 读取失败（{type(e).__name__}）")


def read_eml(src: ByteSource, *, max_bytes: int | None = None, depth: int = 0) -> Iterator[Segment]:
    limit = min(MAX_EML_BYTES, max_bytes) if max_bytes is not None else MAX_EML_BYTES
    if (size := src.size()) > limit:
        raise SourceError(src.name, f"邮件文件过大（{size >> 20} MiB，上限 {limit >> 20} MiB）")
    with src.open() as f:
        data = f.read()
    msg = _parse(src, data)
    ctx = _Ctx(src, depth, max_bytes)
    yield from _message(msg, Location(src.name), ctx, None)
    _finish(ctx)


def _parse(src: ByteSource, data: bytes) -> EmailMessage:
    if b":" not in data[:4096]:
        raise SourceError(src.name, "不是有效的邮件文件（没有邮件头）")
    try:
        msg = BytesParser(policy=policy.default).parsebytes(data)
    except Exception as e:
        raise SourceError(src.name, "邮件解析失败，文件可能已损坏") from e
    if not isinstance(msg, EmailMessage) or not msg.keys():
        raise SourceError(src.name, "不是有效的邮件文件（没有邮件头）")
    return msg


def _finish(ctx: _Ctx) -> None:
    if ctx.notes:
        unique = list(dict.fromkeys(ctx.notes))
        raise SourceWarning(ctx.src.name, "；".join(unique[:10]) + ("……" if len(unique) > 10 else ""))


def _split_mbox(f: IO[bytes], max_bytes: int | None, ctx: _Ctx) -> Iterator[bytes]:
    """Messages of an mbox file, one at a time (a line starting with ``From `` after a blank line)."""
    buf: list[bytes] = []
    prev_blank = True
    read = 0
    for line in f:
        read += len(line)
        if line.startswith(b"From ") and prev_blank:
            if buf:
                yield b"".join(buf)
            buf = []
        else:
            if line.startswith(b">From "):
                line = line[1:]
            buf.append(line)
        prev_blank = not line.strip()
        if max_bytes is not None and read >= max_bytes:
            if f.read(1):
                ctx.notes.append(f"只读取了前 {max_bytes} 字节（超过大小上限）")
            break
    if buf and any(b.strip() for b in buf):
        yield b"".join(buf)


def read_mbox(src: ByteSource, *, max_bytes: int | None = None, depth: int = 0) -> Iterator[Segment]:
    if not src.head(5).startswith(b"From "):
        raise SourceError(src.name, "不是有效的 mbox 邮箱文件（应以 “From ” 行开头）")
    ctx = _Ctx(src, depth, max_bytes)
    with src.open() as f:
        for index, data in enumerate(_split_mbox(f, max_bytes, ctx), 1):
            try:
                msg = _parse(src, data)
            except SourceError as e:
                ctx.notes.append(f"第 {index} 封邮件：{e.message}")
                continue
            yield from _message(msg, Location(src.name, row=index), ctx, index)
    _finish(ctx)
