"""Android "SMS Backup & Restore" XML (``<smses>`` and ``<calls>`` files).

Parsed as hostile input: defusedxml forbids DTDs, entities and external references; the file is streamed with
``iterparse`` and every finished element is dropped, so memory stays flat for any file size.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from leakaid.cases.importers.base import MAX_BODY, Record, from_epoch_ms
from leakaid.errors import SourceError

# SMS Backup & Restore type codes
_SMS_DIRECTION = {"1": "in", "2": "out", "3": "out", "4": "out", "5": "out", "6": "out"}
_CALL_DIRECTION = {"1": "in", "2": "out", "3": "missed", "4": "in", "5": "missed", "6": "missed", "7": "in"}


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
        for event, elem in iterparse(stream, events=("start", "end"), forbid_dtd=True):
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
