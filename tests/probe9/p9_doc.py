"""Document builder and value formatting for probe 9 (span offsets are Python str offsets)."""

from __future__ import annotations

import datetime
import random

from p9_values import to_fullwidth


class Doc:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[list] = []
        self.lookalikes = 0
        self.pos = 0

    def add(self, *items: object) -> Doc:
        for it in items:
            if isinstance(it, V):
                self.spans.append([self.pos, self.pos + len(it.s), it.typ])
                s = it.s
            elif isinstance(it, L):
                self.lookalikes += 1
                s = it.s
            else:
                s = str(it)
            self.parts.append(s)
            self.pos += len(s)
        return self

    @property
    def text(self) -> str:
        return "".join(self.parts)


class V:
    """A labelled value."""

    def __init__(self, typ: str, s: str) -> None:
        self.typ, self.s = typ, s


class L:
    """A look-alike (unlabelled on purpose, counted)."""

    def __init__(self, s: str) -> None:
        self.s = s


def fmt_mobile(rng: random.Random, m: str, intl_ok: bool = True) -> str:
    k = rng.randrange(12 if intl_ok else 8)
    if k in (0, 1, 2, 3):
        return m
    if k == 4:
        return f"{m[:3]} {m[3:7]} {m[7:]}"
    if k == 5:
        return f"{m[:3]}-{m[3:7]}-{m[7:]}"
    if k == 6:
        return to_fullwidth(m)
    if k == 7:
        return f"{m[:3]} {m[3:7]}{m[7:]}" if rng.random() < 0.3 else m
    if k == 8:
        return f"+86 {m}"
    if k == 9:
        return f"+86-{m[:3]}-{m[3:7]}-{m[7:]}"
    if k == 10:
        return f"(+86){m}"
    return f"0086 {m}"


def fmt_id(rng: random.Random, i: str) -> str:
    k = rng.randrange(10)
    if k <= 4:
        return i
    if k == 5:
        return f"{i[:6]} {i[6:14]} {i[14:]}"
    if k == 6:
        return i.lower() if i.endswith("X") else f"{i[:6]} {i[6:10]} {i[10:14]} {i[14:]}"
    if k == 7:
        return to_fullwidth(i)
    if k == 8:
        return " ".join(i[j:j + 4] for j in range(0, 18, 4))
    return i


def fmt_card(rng: random.Random, c: str) -> str:
    k = rng.randrange(6)
    if k <= 2:
        return c
    if k == 3:
        return " ".join(c[j:j + 4] for j in range(0, len(c), 4))
    if k == 4:
        return "-".join(c[j:j + 4] for j in range(0, len(c), 4))
    return to_fullwidth(c)


def fmt_landline(rng: random.Random, ac: str, local: str) -> str:
    k = rng.randrange(6)
    if k <= 2:
        return f"{ac}-{local}"
    if k == 3:
        return f"{ac}-{local[:4]} {local[4:]}"
    if k == 4:
        return f"{ac} {local}"
    return f"+86-{ac[1:]}-{local}"


def fmt_birth(rng: random.Random, d: datetime.date, style: int | None = None) -> str:
    style = rng.randrange(6) if style is None else style
    if style == 0:
        return f"{d.year}年{d.month}月{d.day}日"
    if style == 1:
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == 2:
        return d.isoformat()
    if style == 3:
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == 4:
        return f"{d.year}/{d.month}/{d.day}"
    return d.strftime("%Y%m%d")


def fmt_gps(rng: random.Random, lat: float, lon: float, dec: int) -> str:
    k = rng.randrange(4)
    if k == 0:
        return f"{lat:.{dec}f}, {lon:.{dec}f}"
    if k == 1:
        return f"{lat:.{dec}f},{lon:.{dec}f}"
    if k == 2:
        return f"N{lat:.{dec}f}, E{lon:.{dec}f}"
    return f"{lat:.{dec}f}°N, {lon:.{dec}f}°E"
