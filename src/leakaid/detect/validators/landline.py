"""Mainland China fixed-line numbers: area code (010, 02x, 0xxx) + 7 or 8 digit local number.

>>> is_valid("0755-88881234")
True
"""

from __future__ import annotations

from leakaid.detect.validators._util import clean, is_ascii_digits


def compact(value: str) -> str:
    """Digits only; a +86/0086 prefix is replaced by the trunk prefix 0."""
    v = clean(value).lstrip("+")
    if v.startswith("0086"):
        v = "0" + v[4:]
    elif v.startswith("86") and len(v) in (11, 12, 13):
        v = "0" + v[2:]
    return v


def split(value: str) -> tuple[str, str] | None:
    """(area code, local number) of a valid number, or None."""
    from leakaid.detect import tables

    v = compact(value)
    if not is_ascii_digits(v) or not v.startswith("0") or not 10 <= len(v) <= 12:
        return None
    area = tables.landline_area(v)
    if area is None:
        return None
    local = v[len(area.code):]
    # Local numbers never start with 0; real ones rarely with 1, but test data often do, so only 0 is refused.
    if len(local) not in (7, 8) or local[0] == "0":
        return None
    if local.startswith(("400", "800")) and len(local) == 7:
        return None
    return area.code, local


def is_valid(value: object) -> bool:
    return isinstance(value, str) and split(value) is not None


def info(value: str) -> dict[str, str]:
    from leakaid.detect import tables

    parts = split(value)
    if parts is None:
        raise ValueError("invalid landline number")
    area = tables.landline_area(parts[0] + parts[1])
    assert area is not None
    return {"area_code": area.code, "province": area.province, "city": area.city}
