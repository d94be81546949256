"""QQ numbers: 5 to 11 digits, not starting with 0. The shape is weak evidence on its own, so the
engine reports one only next to a QQ cue word or in a QQ column.

>>> is_valid("123456789"), is_valid("0123")
(True, False)
"""

from __future__ import annotations

from leakaid.detect.validators._util import clean, is_ascii_digits


def compact(value: str) -> str:
    return clean(value)


def is_valid(value: object) -> bool:
    if not isinstance(value, str):
        return False
    v = compact(value)
    return is_ascii_digits(v) and 5 <= len(v) <= 11 and v[0] != "0"


def info(value: str) -> dict[str, str]:
    if not is_valid(value):
        raise ValueError("invalid QQ number")
    return {"length": str(len(compact(value)))}
