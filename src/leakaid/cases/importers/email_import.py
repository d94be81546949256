"""E-mail: a single ``.eml`` message or an ``.mbox`` mailbox (streamed message by message)."""

from __future__ import annotations

import email
import html
import re
from collections.abc import Iterator
from email import policy
from email.message import EmailMessage
from email.utils import parseaddr, parsedate_to_datetime
from pathlib import Path
from typing import BinaryIO

from leakaid.cases.importers.base import MAX_BODY, Record, to_utc_naive

_TAG = re.compile(r"<[^>]{0,2000}>")


def _body(msg: EmailMessage) -> str:
    try:
        part = msg.get_body(preferencelist=("plain", "html"))
        if part is None:
            return ""
        text = part.get_content()
        if part.get_content_type() == "text/html":
            text = html.unescape(_TAG.sub(" ", text))
        return re.sub(r"[ \t]+", " ", text).strip()[:MAX_BODY]
    except (LookupError, ValueError, AssertionError, KeyError):
        return ""


def _record(msg: EmailMessage) -> Record:
    _name, addr = parseaddr(str(msg.get("From", "")))
    try:
        sent = to_utc_naive(parsedate_to_datetime(str(msg.get("Date", ""))))
    except (TypeError, ValueError, IndexError):
        sent = None
    return Record("email", "in", addr or str(msg.get("From", ""))[:255], sent, _body(msg), str(msg.get("Subject", ""))[:500])


def parse_eml(stream: BinaryIO) -> Iterator[Record]:
    yield _record(email.message_from_binary_file(stream, policy=policy.default))


def parse_mbox(path: Path) -> Iterator[Record]:
    """Split on ``From `` lines ourselves so that the file is streamed, never loaded whole."""
    buf: list[bytes] = []
    with path.open("rb") as fh:
        for line in fh:
            if line.startswith(b"From ") and buf:
                yield _record(email.message_from_bytes(b"".join(buf), policy=policy.default))
                buf = []
            if line.startswith(b"From ") and not buf:
                buf.append(b"")  # separator line itself is not part of the message
                continue
            if line.startswith(b">From "):
                line = line[1:]
            buf.append(line)
    if buf and any(buf):
        yield _record(email.message_from_bytes(b"".join(buf), policy=policy.default))
