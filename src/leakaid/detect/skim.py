"""The engine's native pre-pass (``_skim``, C): where each recogniser can possibly match.

``skim(norm)`` reads the folded text once and returns the windows each recogniser needs to look at
(see ``_skim.c`` for what each list holds). The recognisers accept these windows and find in them exactly
what they find on the whole text; without the C module (no compiler at install time) ``skim`` returns
None and the engine runs every recogniser over the whole text. Tests compare the two paths.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from leakaid.detect import cues as C  # noqa: N812
from leakaid.detect import native
from leakaid.detect.normalize import FOLD_MAP, NUMERAL_DIGITS
from leakaid.detect.validators.plate import PROVINCES

PREFIX_CHARS = "+()（）"  # a +86 / (+86) / (010) prefix can only sit right before a run after one of these
RARE_WORDS = C.RARE_SPELLINGS


class Skim(NamedTuple):
    num: list[int]  # flat [a0, b0, a1, b1, …]: digit runs that can hold a value other than QQ
    qq: list[int]  # digit runs in which only a QQ number can be, on lines where one is possible
    qq_other: list[int]  # such runs on other lines: a QQ number there needs the segment's hint
    ipv4: list[int]  # [s0, e0, …]: public dotted quads at the start of their run
    ipv6: list[int]  # runs of hex digits and colons with "::" or ≥7 colons
    gps: list[int]  # lines with a decimal of ≥4 decimals
    numerals: list[int]  # runs of Chinese numerals
    plates: list[int]  # positions of province characters followed by a plate letter
    qqlog: list[int]  # lines with "(12345…)" (QQ chat-log headers)
    rare: list[int]  # [s0, e0, word0, …]: rare cue words, word = index into RARE_WORDS
    docno: list[int]  # positions of 证件 / 證件
    born: list[int]  # positions of 日生
    broken: list[int]  # line breaks with a digit before and a digit after (numbers.broken_lines)
    has_qq_cue: bool
    has_json: bool  # '"key":' somewhere
    has_markup: bool  # "</" somewhere (markup.element_values)
    has_sql: bool  # a word that opens SQL statements (sqltext.might_hold_sql)
    has_symsep: bool  # a symbol between two digits (numbers.symbol_separated: 1🌸3🌸8…, 175|4081|5758)
    has_percent: bool  # a %XX escape (urlenc)
    has_at_spelled: bool  # "at)" "at]" "at）" … (patterns.written_at_emails)
    has_keyed_log: bool  # "Parameters:", "Row:", "form-data;" (keyed_logs)


def _init() -> None:
    mod = native.built()
    if mod is not None:
        mod.init(dict(FOLD_MAP), PROVINCES, "".join(NUMERAL_DIGITS), PREFIX_CHARS, list(RARE_WORDS))


_init()
available = native.available
set_enabled = native.set_enabled


def skim(norm: str) -> Skim | None:
    """The windows of every recogniser, or None when the C module is off."""
    mod = native.module()
    return None if mod is None else Skim(*mod.skim(norm))


def fold(text: str) -> str | None:
    """The native fold, or None when the C module is off."""
    mod = native.module()
    return None if mod is None else mod.fold(text)


def finditer_in(rx: re.Pattern[str], text: str, windows: list[int] | None) -> Iterator[re.Match[str]]:
    """``rx.finditer`` over the whole text, or over each window [a, b) with one character of look-ahead."""
    if windows is None:
        yield from rx.finditer(text)
        return
    n = len(text)
    for i in range(0, len(windows), 2):
        yield from rx.finditer(text, windows[i], min(n, windows[i + 1] + 1))


def matches_at(rx: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """What ``rx.finditer`` finds, given every position a match can start at."""
    end = 0
    for p in starts:
        if p >= end:
            m = rx.match(text, p)
            if m is not None:
                end = m.end()
                yield m
