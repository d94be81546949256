"""Travel permits: 往来港澳通行证 (C + 8 characters since 2014, W + 8 digits before) and
港澳居民来往内地通行证 (H = Hong Kong, M = Macao, 8 or 10 digits).

>>> is_valid("C12345678"), is_valid("H1234567801")
(True, True)
"""

from __future__ import annotations

import re

from leakaid.detect.normalize import fold

PATTERN = r"(?:C[A-HJ-NP-Z0-9][0-9]{7}|W[0-9]{8}|[HM][0-9]{8}(?:[0-9]{2})?)"
_RE = re.compile(PATTERN)


def compact(value: str) -> str:
    return fold(value).replace(" ", "").upper() if isinstance(value, str) else ""


def is_valid(value: object) -> bool:
    return isinstance(value, str) and _RE.fullmatch(compact(value)) is not None


def info(value: str) -> dict[str, str]:
    v = compact(value)
    if not is_valid(v):
        raise ValueError("invalid permit number")
    kind = {"C": "往来港澳通行证", "W": "往来港澳通行证(旧版)", "H": "港澳居民来往内地通行证(香港)",
            "M": "港澳居民来往内地通行证(澳门)"}[v[0]]
    return {"kind": kind}
