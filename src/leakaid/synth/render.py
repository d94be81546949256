"""Written forms of plain values: separators, country prefixes, full-width and Chinese-numeral digits.

Gold-span rule: the span covers the *whole written form* (prefix ``+86``/``0086``/``(+86)``,
separators, parentheses around an area code) — exactly the string returned here. A landline
extension is not part of the span (see ``render_extension``).
"""

from __future__ import annotations

import datetime as _dt
import random

__all__ = [
    "FULLWIDTH",
    "render_bank_card",
    "render_birthdate",
    "render_gps",
    "render_id_card",
    "render_extension",
    "render_landline",
    "render_mobile",
    "to_chinese_numerals",
    "to_fullwidth",
]

FULLWIDTH = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")
_NUMERALS_PLAIN = ("零", "一", "二", "三", "四", "五", "六", "七", "八", "九")
_NUMERALS_SPOKEN = ("〇", "幺", "两", "三", "四", "五", "六", "拐", "八", "九")  # 幺=1, 两=2, 拐=7


def to_fullwidth(s: str) -> str:
    return s.translate(FULLWIDTH)


def to_chinese_numerals(digits: str, rng: random.Random) -> str:
    """Each digit as a Chinese numeral; a per-number style mixes 一/幺, 二/两, 七/拐, 零/〇."""
    p_spoken = rng.choice((0.0, 0.0, 0.5, 1.0))
    out = []
    for ch in digits:
        d = ord(ch) - 48
        out.append(_NUMERALS_SPOKEN[d] if rng.random() < p_spoken else _NUMERALS_PLAIN[d])
    return "".join(out)


def _group(s: str, sizes: tuple[int, ...], sep: str) -> str:
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


def render_mobile(digits: str, rng: random.Random, *, style: str | None = None) -> str:
    """``13812345678`` → one of: plain, 3-4-4 with ``-``/space/``.``, ``+86``/``0086``/``(+86)``, full-width, numerals."""
    if style is None:
        style = rng.choices(
            ("plain", "prefix", "dash", "space", "dot", "fullwidth", "numerals", "mixed"),
            weights=(55, 8, 8, 8, 5, 6, 5, 5),
        )[0]
    if style == "plain":
        return digits
    if style == "prefix":
        prefix = rng.choice(("+86", "+86 ", "+86-", "0086", "0086 ", "(+86)", "(+86) ", "+86 "))
        if rng.random() < 0.6:
            return prefix + digits
        if not prefix.endswith((" ", "-", ")")):
            prefix += " "
        return prefix + _group(digits, (3, 4, 4), rng.choice(" -"))
    if style == "dash":
        return _group(digits, (3, 4, 4), "-")
    if style == "space":
        return _group(digits, (3, 4, 4), " ")
    if style == "dot":
        return _group(digits, (3, 4, 4), ".")
    if style == "fullwidth":
        return to_fullwidth(digits if rng.random() < 0.7 else _group(digits, (3, 4, 4), "－"))
    if style == "numerals":
        return to_chinese_numerals(digits, rng)
    # mixed: a separator style people use to dodge filters
    return _group(digits, rng.choice(((3, 4, 4), (3, 3, 5), (4, 4, 3))), rng.choice(("_", "/", "—", " - ")))


def render_landline(value: str, rng: random.Random) -> str:
    """``010-12345678`` → ``010-…``, ``010 …``, ``(010)…``, ``（010）…``, ``010…`` or ``+86-10-…``.

    An extension (``010-12345678-8021``) is dropped here: gold spans cover the number only, and
    ``render_extension`` writes the extension as unlabelled text after it.
    """
    parts = value.split("-")
    code, local = parts[0], parts[1]
    style = rng.choices(
        ("dash", "space", "paren", "fwparen", "plain", "prefix"), weights=(50, 15, 10, 8, 12, 5)
    )[0]
    if style == "dash":
        return f"{code}-{local}"
    if style == "space":
        return f"{code} {local}"
    if style == "paren":
        return f"({code}){local}"
    if style == "fwparen":
        return f"（{code}）{local}"
    if style == "plain":
        return code + local
    return f"+86-{code[1:]}-{local}"


def render_extension(value: str, rng: random.Random) -> str:
    """The extension part of ``010-12345678-8021`` as written after the number (``转8021``), or ''."""
    parts = value.split("-")
    if len(parts) < 3:
        return ""
    return rng.choice(("-", "转", " 转 ", "-", " ext.")) + parts[2]


def render_id_card(value: str, rng: random.Random, *, style: str | None = None) -> str:
    """18/15-digit ID → plain (80%), 6-8-4 groups, groups of 4, full-width, or lower-case ``x``."""
    if style is None:
        style = rng.choices(("plain", "group", "group4", "fullwidth", "lowerx"), weights=(80, 8, 3, 5, 4))[0]
    if style == "group" and len(value) == 18:
        return _group(value, (6, 8, 4), rng.choice((" ", "-")))
    if style == "group4" and len(value) == 18:
        return _group(value, (4, 4, 4, 4, 2), " ")
    if style == "fullwidth":
        return to_fullwidth(value)
    if style == "lowerx":
        return value.replace("X", "x")
    return value


def render_bank_card(value: str, rng: random.Random) -> str:
    """Card number → plain (65%) or groups of 4 separated by space/dash, or full-width."""
    r = rng.random()
    if r < 0.65:
        return value
    if r < 0.92:
        return _group(value, (4,) * 5, rng.choice((" ", " ", "-")))
    return to_fullwidth(value)


def render_birthdate(d: _dt.date, rng: random.Random, *, traditional: bool = False) -> str:
    """``1990-05-17`` / ``1990年5月17日`` / ``19900517`` / ``1990/05/17`` / ``1990.05.17``."""
    r = rng.random()
    if r < 0.3:
        return f"{d:%Y-%m-%d}"
    if r < 0.65:
        return f"{d.year}年{d.month}月{d.day}日"
    if r < 0.8:
        return f"{d:%Y%m%d}"
    if r < 0.9:
        return f"{d:%Y/%m/%d}"
    return f"{d:%Y.%m.%d}"


def render_gps(lat: float, lon: float, rng: random.Random) -> str:
    """A decimal-degree pair: ``lat,lon``, ``lat, lon`` or longitude first (map-API order)."""
    r = rng.random()
    la, lo = f"{lat:.6f}", f"{lon:.6f}"
    if r < 0.3:
        return f"{la},{lo}"
    if r < 0.55:
        return f"{la}, {lo}"
    if r < 0.75:
        return f"{lo},{la}"
    if r < 0.9:
        return f"N{la}, E{lo}"
    return f"{la[:-2]},{lo[:-2]}"
