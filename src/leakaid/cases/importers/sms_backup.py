"""Android "SMS Backup & Restore" XML (``<smses>`` and ``<calls>`` files).

Parsed as hostile input: defusedxml forbids DTDs, entities and external references; the file is streamed with
``iterparse`` and every finished element is dropped, so memory stays flat for any file size.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from typing import BinaryIO

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from leakaid.cases.importers.base import MAX_BODY, Record, from_epoch_ms
from leakaid.errors import SourceError

# SMS Backup & Restore type codes
_SMS_DIRECTION = {"1": "in", "2": "out", "3": "out", "4": "out", "5": "out", "6": "out"}
_CALL_DIRECTION = {"1": "in", "2": "out", "3": "missed", "4": "in", "5": "missed", "6": "missed", "7": "in"}


_PAIR = re.compile(rb"&#(5[5-6]\d{3});&#(5[6-7]\d{3});")
_LONE = re.compile(rb"&#(5[5-7]\d{3});")
_TAIL = 16  # longest partial "&#55357;&#5683" that may straddle a chunk boundary


def _fix_refs(data: bytes) -> bytes:
    """Turn UTF-16 surrogate pairs written as two character references (as the app writes emoji, which XML
    forbids) into one valid reference; lone surrogates become U+FFFD."""

    def pair(m: re.Match[bytes]) -> bytes:
        hi, lo = int(m.group(1)), int(m.group(2))
        if 0xD800 <= hi <= 0xDBFF and 0xDC00 <= lo <= 0xDFFF:
            return b"&#%d;" % (0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00))
        return m.group(0)

    data = _PAIR.sub(pair, data)
    return _LONE.sub(lambda m: b"&#65533;" if 0xD800 <= int(m.group(1)) <= 0xDFFF else m.group(0), data)


def _safe_cut(data: bytes) -> int:
    """A split point that keeps the last ``_TAIL`` bytes back and never splits a reference or a surrogate pair."""
    cut = max(0, len(data) - _TAIL)
    amp = data.rfind(b"&", max(0, cut - 8), cut)
    if amp != -1 and b";" not in data[amp:cut]:
        cut = amp
    for m in _PAIR.finditer(data, max(0, cut - _TAIL), min(len(data), cut + _TAIL)):
        if m.start() < cut < m.end():
            cut = m.start()
    return cut


class _RefFixer(io.RawIOBase):
    """Streaming wrapper applying ``_fix_refs`` chunk by chunk (a short tail is carried over)."""

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw
        self._carry = b""
        self._out = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buf) -> int:  # noqa: ANN001
        while not self._out:
            chunk = self._raw.read(1 << 16)
            if not chunk:
                self._out, self._carry = _fix_refs(self._carry), b""
                break
            data = self._carry + chunk
            cut = _safe_cut(data)
            self._out, self._carry = _fix_refs(data[:cut]), data[cut:]
        n = min(len(buf), len(self._out))
        buf[:n] = self._out[:n]
        self._out = self._out[n:]
        return n


def _text(value: str | None) -> str:
    if not value or value == "null":
        return ""
    return value[:MAX_BODY]


def _duration(value: str | None) -> int:
    try:
        return max(0, min(int(value or 0), 10**7))
    except ValueError:
        return 0


def parse(stream: BinaryIO, name: str = "备份文件") -> Iterator[Record]:
    depth = 0
    root = None
    try:
        for event, elem in iterparse(_RefFixer(stream), events=("start", "end"), forbid_dtd=True):
            if event == "start":
                depth += 1
                if root is None:
                    root = elem
                    if elem.tag not in ("smses", "calls"):
                        raise SourceError(name, f"不是 SMS Backup & Restore 备份文件（根元素是 <{elem.tag}>）。")
                continue
            depth -= 1
            if depth != 1:  # only direct children of the root are records; nested parts stay until their parent ends
                continue
            a = elem.attrib
            if elem.tag == "sms":
                yield Record(
                    "sms", _SMS_DIRECTION.get(a.get("type", ""), "other"), a.get("address", ""),
                    from_epoch_ms(a.get("date")), _text(a.get("body")), _text(a.get("subject")),
                )
            elif elem.tag == "call":
                yield Record(
                    "call", _CALL_DIRECTION.get(a.get("type", ""), "other"), a.get("number", ""),
                    from_epoch_ms(a.get("date")), "", "", _duration(a.get("duration")),
                )
            elif elem.tag == "mms":
                texts = [
                    p.get("text", "") for p in elem.iter("part") if p.get("ct") == "text/plain" and p.get("text")
                ]
                box = a.get("msg_box", "1")
                yield Record(
                    "sms", "in" if box == "1" else "out", a.get("address", ""), from_epoch_ms(a.get("date")),
                    _text("\n".join(texts)), _text(a.get("sub")),
                )
            root.clear()  # drop finished records: constant memory
    except DefusedXmlException as exc:
        raise SourceError(name, "文件包含被禁止的 XML 结构（DTD 或实体），出于安全原因拒绝解析。") from exc
    except SyntaxError as exc:  # xml.etree.ElementTree.ParseError
        raise SourceError(name, f"XML 格式错误：{exc}。文件可能不完整或已损坏。") from exc
