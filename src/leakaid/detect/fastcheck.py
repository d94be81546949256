"""Hot-path checks for the engine, on ASCII digit strings already cut out of the text.

They implement the same rules as ``leakaid.detect.validators`` (the reference,
tested against each other in ``tests/test_fastcheck.py``) with C-level builtins
instead of per-character Python loops.
"""

from __future__ import annotations

import datetime as _dt
from operator import mul

from leakaid.detect import tables

_W = bytes((7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2))
_W_OFFSET = 48 * sum(_W)
_CHECK = "10X98765432"
_DAYS = (0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_THIS_YEAR = _dt.date.today().year
# Luhn: digits in doubled positions map to the digit sum of their double.
_DOUBLE = bytes.maketrans(b"0123456789", b"0246813579")


def date_ok(y: int, m: int, d: int) -> bool:
    if not (1880 <= y <= _THIS_YEAR and 1 <= m <= 12 and 1 <= d <= _DAYS[m]):
        return False
    if m == 2 and d == 29 and not (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)):
        return False
    return y < _THIS_YEAR or _dt.date(y, m, d) <= _dt.date.today()


def id18_check_ok(d: str) -> bool:
    """GB 11643 check character of an 18-character ID (digits, last may be 'X')."""
    b = d.encode("ascii")
    total = sum(map(mul, b[:17], _W)) - _W_OFFSET
    return _CHECK[total % 11] == d[17]


def id18_ok(d: str) -> bool:
    """Check character, a real birth date, and a region code ever issued."""
    return (
        id18_check_ok(d)
        and date_ok(int(d[6:10]), int(d[10:12]), int(d[12:14]))
        and d[:6] in tables.region_codes()
    )


def id15_ok(d: str) -> bool:
    return date_ok(1900 + int(d[6:8]), int(d[8:10]), int(d[10:12])) and d[:6] in tables.region_codes()


def luhn_ok(d: str) -> bool:
    b = d.encode("ascii")
    n = len(b)
    plain = b[n - 1 :: -2]
    doubled = b[n - 2 :: -2].translate(_DOUBLE) if n > 1 else b""
    return (sum(plain) + sum(doubled) - 48 * n) % 10 == 0


def ipv4_public(parts: list[str]) -> bool | None:
    """True for a public IPv4 address, False for a reserved one, None if it is not an address."""
    try:
        a, b, c, d = (int(p) for p in parts)
    except ValueError:
        return None
    if a > 255 or b > 255 or c > 255 or d > 255 or any(len(p) > 1 and p[0] == "0" for p in parts):
        return None
    if a in (0, 10, 127) or a >= 224:
        return False
    if (a == 169 and b == 254) or (a == 172 and 16 <= b <= 31) or (a == 192 and b == 168):
        return False
    if a == 100 and 64 <= b <= 127:  # carrier-grade NAT
        return False
    if (a == 192 and b == 0 and c in (0, 2)) or (a == 198 and b in (18, 19)) or (a == 198 and b == 51 and c == 100):
        return False
    return not (a == 203 and b == 0 and c == 113)
