"""Mainland China mobile numbers (11 digits, number segments allocated by MIIT).

>>> is_valid("+86 138-1234-5678")
True
>>> info("13812345678")["carrier"]
'中国移动'
"""

from __future__ import annotations

from leakaid.detect.validators._util import clean, is_ascii_digits


def compact(value: str) -> str:
    """Digits only, with a +86 / 0086 / 86 country prefix removed."""
    v = clean(value).lstrip("+")
    if len(v) == 15 and v.startswith("0086"):
        v = v[4:]
    elif len(v) == 13 and v.startswith("86"):
        v = v[2:]
    return v


def is_valid(value: object) -> bool:
    """An 11-digit number in an allocated mobile segment."""
    if not isinstance(value, str):
        return False
    v = compact(value)
    if len(v) != 11 or not is_ascii_digits(v) or v[0] != "1":
        return False
    from leakaid.detect import tables

    return tables.mobile_carrier(v) is not None


def info(value: str) -> dict[str, str]:
    from leakaid.detect import tables

    v = compact(value)
    if not is_valid(v):
        raise ValueError("invalid mobile number")
    return {"carrier": tables.mobile_carrier(v) or "", "kind": tables.mobile_kind(v) or "mobile", "region": "中国大陆"}
