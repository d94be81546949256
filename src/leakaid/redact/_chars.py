"""Internal: character classes and written forms shared by the mask and pseudonym operators.

A value such as ``１３８-1234 5678`` or ``幺三八…`` has *significant* characters (digits,
letters) and *separators*. Operators change significant characters only and write each
new character in the style of the one it replaces (ASCII, full-width, Chinese numeral).
"""

from __future__ import annotations

import unicodedata

from leakaid.detect.normalize import NUMERAL_DIGITS, decode_numerals, fold

__all__ = [
    "canonical",
    "digit_value",
    "is_sig",
    "render",
    "restyle",
    "sig_positions",
    "star_for",
]

_CN_DIGITS = "〇一二三四五六七八九"
_CN_FINANCIAL = "零壹贰叁肆伍陆柒捌玖"


def is_fullwidth(ch: str) -> bool:
    return "\uff01" <= ch <= "\uff5e"


def digit_value(ch: str) -> str | None:
    """The ASCII digit a character stands for (ASCII, full-width or Chinese numeral), else None."""
    if "0" <= ch <= "9":
        return ch
    if "\uff10" <= ch <= "\uff19":
        return chr(ord(ch) - 0xFEE0)
    return NUMERAL_DIGITS.get(ch)


def is_sig(ch: str, *, letters: bool = True) -> bool:
    """Digits of any style, and (optionally) ASCII or full-width letters."""
    if digit_value(ch) is not None:
        return True
    if letters:
        f = fold(ch)
        return f.isascii() and f.isalpha()
    return False


def sig_positions(value: str, *, letters: bool = True) -> list[int]:
    return [i for i, ch in enumerate(value) if is_sig(ch, letters=letters)]


def star_for(ch: str) -> str:
    """``*`` for narrow characters, ``＊`` where the original was full-width or a Chinese numeral."""
    if is_fullwidth(ch) or ch in NUMERAL_DIGITS:
        return "＊"
    return "*"


def restyle(template: str, new: str) -> str:
    """Write ASCII character ``new`` in the style of ``template`` (full-width, Chinese numeral, case)."""
    if is_fullwidth(template):
        return chr(ord(new) + 0xFEE0) if "!" <= new <= "~" else new
    if template in NUMERAL_DIGITS and new.isdigit():
        table = _CN_FINANCIAL if template in _CN_FINANCIAL else _CN_DIGITS
        out = table[int(new)]
        if template == "幺" and new == "1":
            out = "幺"
        if template == "零" and new == "0":
            out = "零"
        return out
    if template.isalpha() and template.isascii() and new.isalpha():
        return new.lower() if template.islower() else new.upper()
    return new


def render(original: str, positions: list[int], new_chars: str) -> str:
    """Put ``new_chars`` (ASCII) at ``positions`` of ``original``, each in the style of the old one."""
    if len(positions) != len(new_chars):
        raise ValueError("length mismatch")
    out = list(original)
    for pos, ch in zip(positions, new_chars, strict=True):
        out[pos] = restyle(original[pos], ch)
    return "".join(out)


def sig_text(value: str, *, letters: bool = True) -> str:
    """The significant characters as ASCII (digits decoded, letters folded, upper-cased)."""
    out = []
    for ch in value:
        d = digit_value(ch)
        if d is not None:
            out.append(d)
        elif letters and is_sig(ch):
            out.append(fold(ch).upper())
    return "".join(out)


_DIGIT_TYPES = frozenset({"MOBILE", "LANDLINE", "BANK_CARD", "ID_CARD", "QQ", "PASSPORT", "HK_MACAO_PERMIT"})


def canonical(type_: str, value: str) -> str:
    """A normalised form, so that ``138-1234-5678`` and ``+86 13812345678`` hash alike."""
    if type_ in _DIGIT_TYPES:
        s = sig_text(value)
        if type_ == "MOBILE":
            if len(s) == 13 and s.startswith("86"):
                s = s[2:]
            elif len(s) == 15 and s.startswith("0086"):
                s = s[4:]
        return s
    v = unicodedata.normalize("NFKC", value)
    v = "".join(v.split())
    if type_ in ("EMAIL", "IP", "WECHAT"):
        v = v.lower()
    if type_ == "PLATE":
        v = v.upper().replace("·", "").replace("-", "").replace(".", "")
    if type_ in ("BIRTHDATE", "GPS"):
        v = decode_numerals(v)
    return v
