"""PRC passports: E + 8 digits, E + letter + 7 digits (e-passports since 2017), G + 8 digits (older),
and D/S/P(E) diplomatic, service and public-affairs passports; Hong Kong SAR passports K + 8 digits.

>>> is_valid("E12345678"), is_valid("EA1234567")
(True, True)
"""

from __future__ import annotations

import re

from leakaid.detect.normalize import fold

PATTERN = r"(?:E[A-HJ-NP-Z0-9][0-9]{7}|G[0-9]{8}|[DSP]E?[0-9]{7}|K[0-9]{8})"
_RE = re.compile(PATTERN)


def compact(value: str) -> str:
    return fold(value).replace(" ", "").upper() if isinstance(value, str) else ""


def is_valid(value: object) -> bool:
    return isinstance(value, str) and _RE.fullmatch(compact(value)) is not None


def info(value: str) -> dict[str, str]:
    v = compact(value)
    if not is_valid(v):
        raise ValueError("invalid passport number")
    kind = {"E": "普通护照(电子)", "G": "普通护照(旧版)", "D": "外交护照", "S": "公务护照", "P": "公务普通护照", "K": "香港特区护照"}[v[0]]
    return {"kind": kind}
