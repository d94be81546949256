"""WeChat IDs (微信号): 6–20 characters, a letter first, then letters, digits, '_' or '-';
``wxid_`` system IDs too. Reported only next to a WeChat cue word or in a WeChat column.

>>> is_valid("zhang_wei88"), is_valid("wxid_abc123def456")
(True, True)
"""

from __future__ import annotations

import re

from leakaid.detect.normalize import fold

PATTERN = r"(?:wxid_[A-Za-z0-9]{6,22}|[A-Za-z][A-Za-z0-9_\-]{5,19})"
_RE = re.compile(PATTERN)


def compact(value: str) -> str:
    return fold(value).strip() if isinstance(value, str) else ""


def is_valid(value: object) -> bool:
    return isinstance(value, str) and _RE.fullmatch(compact(value)) is not None


def info(value: str) -> dict[str, str]:
    if not is_valid(value):
        raise ValueError("invalid WeChat ID")
    return {"system_id": "是" if compact(value).startswith("wxid_") else "否"}
