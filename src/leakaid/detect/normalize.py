"""One-to-one character normalisation, so offsets in the normalised text equal offsets in the original.

Full-width ASCII (``１３８``, ``＠``, ``．``), ideographic space and dash look-alikes are
folded to ASCII; Chinese numerals are decoded separately (``decode_numerals``)
because ``一`` is also an ordinary word.
"""

from __future__ import annotations

import re

_FOLD: dict[int, int] = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}  # full-width ASCII block
_FOLD.update(
    {
        0x3000: 0x20,  # ideographic space
        0x00A0: 0x20,  # no-break space
        0x2010: 0x2D, 0x2011: 0x2D, 0x2012: 0x2D, 0x2013: 0x2D, 0x2014: 0x2D, 0x2015: 0x2D,  # dashes
        0x2212: 0x2D, 0xFE63: 0x2D, 0x30FC: 0x2D,
        0x00B7: 0xB7,  # keep middle dot (plates, minority names)
        0x3002: 0x3002,  # keep 。 (a sentence end, not a decimal point)
    }
)

# Characters that need folding. Chinese text is full of full-width punctuation (，：（）), so folding is done
# piecewise around the few characters that matter when there are few of them.
# The class leaves out ，：；！？（） (U+FF0C FF1A FF1B FF01 FF1F FF08 FF09): ubiquitous, and never part of a value.
_FOLD_CLASS = "[\uff02-\uff07\uff0a\uff0b\uff0d-\uff19\uff1c-\uff1e\uff20-\uff5e\u3000\u00a0\u2010-\u2015\u2212\ufe63\u30fc]"
_NEEDS_FOLD = re.compile(_FOLD_CLASS + _FOLD_CLASS + "*")
_IN_CLASS = re.compile(_FOLD_CLASS)
# What fold() changes: only the characters of the class (the native fold in _skim.c gets this map).
FOLD_MAP: dict[int, int] = {k: v for k, v in _FOLD.items() if k != v and _IN_CLASS.fullmatch(chr(k))}

NUMERAL_DIGITS: dict[str, str] = {
    "〇": "0", "零": "0", "○": "0", "洞": "0",
    "一": "1", "幺": "1", "壹": "1",
    "二": "2", "两": "2", "兩": "2", "贰": "2", "貳": "2",
    "三": "3", "叁": "3", "參": "3",
    "四": "4", "肆": "4",
    "五": "5", "伍": "5",
    "六": "6", "陆": "6", "陸": "6",
    "七": "7", "拐": "7", "柒": "7",
    "八": "8", "捌": "8",
    "九": "9", "勾": "9", "玖": "9",
}
_NUMERAL_TABLE = str.maketrans(NUMERAL_DIGITS)


def fold(text: str) -> str:
    """Fold full-width forms and dash look-alikes to ASCII, keeping the length unchanged.

    >>> fold("１３８－１２３４")
    '138-1234'
    """
    pieces: list[str] = []
    last = 0
    for i, m in enumerate(_NEEDS_FOLD.finditer(text)):
        if i > 4096:  # dense full-width text: one C-level pass is cheaper
            return text.translate(FOLD_MAP)
        s, e = m.span()
        pieces.append(text[last:s])
        pieces.append(m.group().translate(FOLD_MAP))
        last = e
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


def decode_numerals(text: str) -> str:
    """Map Chinese numerals (一/幺/〇/零/两/拐 …) to ASCII digits one to one.

    >>> decode_numerals("幺三八")
    '138'
    """
    return text.translate(_NUMERAL_TABLE)


def digits_only(text: str) -> str:
    """The ASCII digits (and a trailing X) of ``text`` after folding: ``'138-1234 5678'`` → ``'13812345678'``."""
    folded = fold(text)
    return "".join(ch for ch in folded if "0" <= ch <= "9" or ch in "Xx").upper()
