"""Percent-encoded text (logged URLs, query strings, form bodies) decoded with a map back to the original.

``kw=%E8%81%94%E7%B3%BB+173%207458%209860`` reads as ``kw=联系 173 7458 9860``; the engine scans the decoded
text and maps each finding back, so its span covers the value as written (``173%207458%209860``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

# a run of URL characters holding at least one %XX escape
_RUN = re.compile(r"[^\s\"'<>`]*%[0-9A-Fa-f]{2}[^\s\"'<>`]*")
_ESCAPES = re.compile(r"(?:%[0-9A-Fa-f]{2})+")


class Decoded(NamedTuple):
    text: str  # the decoded run
    starts: list[int]  # original offset where each decoded character begins
    ends: list[int]  # … and ends

    def span(self, a: int, b: int) -> tuple[int, int]:
        """The original span of decoded characters [a, b)."""
        return self.starts[a], self.ends[b - 1]


def decode(text: str, base: int = 0) -> Decoded:
    """Decode %XX escapes (UTF-8; bytes that do not decode stay as written) and '+' as a space."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for m in _ESCAPES.finditer(text):
        _plain(text, pos, m.start(), base, out, starts, ends)
        raw = bytes.fromhex(m.group().replace("%", ""))
        i = 0  # byte index inside the escape run; each byte is 3 characters of the original
        while i < len(raw):
            ch, size = _utf8_char(raw, i)
            if ch is None:  # not UTF-8: keep the escape itself
                for k in range(3):
                    out.append(text[m.start() + 3 * i + k])
                    starts.append(base + m.start() + 3 * i + k)
                    ends.append(base + m.start() + 3 * i + k + 1)
                i += 1
                continue
            out.append(ch)
            starts.append(base + m.start() + 3 * i)
            ends.append(base + m.start() + 3 * (i + size))
            i += size
        pos = m.end()
    _plain(text, pos, len(text), base, out, starts, ends)
    return Decoded("".join(out), starts, ends)


def _plain(text: str, a: int, b: int, base: int, out: list[str], starts: list[int], ends: list[int]) -> None:
    for i in range(a, b):
        out.append(" " if text[i] == "+" else text[i])
        starts.append(base + i)
        ends.append(base + i + 1)


def _utf8_char(raw: bytes, i: int) -> tuple[str | None, int]:
    lead = raw[i]
    size = 1 if lead < 0x80 else 2 if 0xC2 <= lead < 0xE0 else 3 if 0xE0 <= lead < 0xF0 else 4 if 0xF0 <= lead < 0xF5 else 0
    if size == 0 or i + size > len(raw):
        return None, 1
    try:
        return raw[i : i + size].decode("utf-8"), size
    except UnicodeDecodeError:
        return None, 1


def encoded_runs(text: str) -> Iterator[Decoded]:
    """Every run of URL characters with %XX escapes in it, decoded (offsets into ``text``)."""
    for m in _RUN.finditer(text):
        yield decode(m.group(), m.start())
