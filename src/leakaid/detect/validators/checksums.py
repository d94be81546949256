"""Check-digit algorithms, each written once (Luhn; GB 11643 / ISO 7064 MOD 11-2)."""

from __future__ import annotations

_GB11643_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_GB11643_CHARS = "10X98765432"


def luhn_is_valid(digits: str) -> bool:
    """True when an ASCII digit string passes the Luhn (ISO/IEC 7812-1) check.

    >>> luhn_is_valid("79927398713")
    True
    """
    if not digits or not digits.isascii() or not digits.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i & 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_check_digit(digits: str) -> str:
    """The Luhn check digit to append to ``digits``.

    >>> luhn_check_digit("7992739871")
    '3'
    """
    if not digits.isascii() or not digits.isdigit():
        raise ValueError("digits only")
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if not i & 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def gb11643_check_char(first17: str) -> str:
    """The GB 11643-1999 check character (ISO 7064 MOD 11-2) for 17 ID digits.

    >>> gb11643_check_char("11010519491231002")
    'X'
    """
    if len(first17) != 17 or not first17.isascii() or not first17.isdigit():
        raise ValueError("17 ASCII digits expected")
    total = sum((ord(c) - 48) * w for c, w in zip(first17, _GB11643_WEIGHTS, strict=True))
    return _GB11643_CHARS[total % 11]
