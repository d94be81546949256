"""RIC (居民身份证号码, PRC Resident Identity Card number; GB 11643-1999).

18 characters: a 6-digit GB/T 2260 region code, the birth date YYYYMMDD, a
3-digit sequence number (odd = male) and a MOD 11-2 check character. Legacy
15-digit numbers (issued until 1999) have a YYMMDD date in the 20th century and
no check character.

A region code that was retired, or created after the birth date, is still a real
ID (people keep their number when divisions change), so any code ever issued is
accepted (see ``leakaid.detect.tables``).

>>> is_valid("11010519491231002X")
True
>>> info("11010519491231002X")["sex"]
'女'
"""

from __future__ import annotations

import datetime as _dt

from leakaid.detect.validators._util import clean, is_ascii_digits
from leakaid.detect.validators.checksums import gb11643_check_char

_MIN_YEAR = 1880


def compact(value: str) -> str:
    """Strip separators and fold full-width characters; upper-case the check character."""
    return clean(value).upper()


def _birth_date(value: str) -> _dt.date | None:
    if len(value) == 18:
        y, m, d = int(value[6:10]), int(value[10:12]), int(value[12:14])
    else:
        y, m, d = 1900 + int(value[6:8]), int(value[8:10]), int(value[10:12])
    try:
        born = _dt.date(y, m, d)
    except ValueError:
        return None
    if born.year < _MIN_YEAR or born > _dt.date.today():
        return None
    return born


def _region_ok(code: str) -> bool:
    from leakaid.detect import tables

    return tables.region(code) is not None


def checksum_ok(value: str) -> bool:
    """True when an 18-character number has the right GB 11643 check character (no other checks)."""
    return (
        len(value) == 18
        and is_ascii_digits(value[:17])
        and value[17] in "0123456789X"
        and gb11643_check_char(value[:17]) == value[17]
    )


def is_valid(value: object) -> bool:
    """Region code ever issued, a real birth date, and (18-digit) the right check character."""
    v = compact(value) if isinstance(value, str) else ""
    if len(v) == 18:
        if not checksum_ok(v):
            return False
    elif len(v) == 15:
        if not is_ascii_digits(v):
            return False
    else:
        return False
    return _birth_date(v) is not None and _region_ok(v[:6])


def info(value: str) -> dict[str, str]:
    """Region, birth date (ISO) and sex encoded in a valid number."""
    from leakaid.detect import tables

    v = compact(value)
    if not is_valid(v):
        raise ValueError("invalid ID number")
    born = _birth_date(v)
    assert born is not None
    seq_digit = int(v[16] if len(v) == 18 else v[14])
    region = tables.region(v[:6])
    return {
        "region_code": v[:6],
        "region": region.name if region else "",
        "birth_date": born.isoformat(),
        "sex": "男" if seq_digit % 2 else "女",
        "format": "18位" if len(v) == 18 else "15位(旧)",
    }
