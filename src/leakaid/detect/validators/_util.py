"""Internal helpers for the validator modules."""

from __future__ import annotations

from leakaid.detect.normalize import fold

_SEPARATORS = " -./()\t"


def clean(value: object, *, keep: str = "") -> str:
    """Fold full-width characters and drop separators; non-strings become ''."""
    if not isinstance(value, str):
        return ""
    folded = fold(value).strip()
    return "".join(ch for ch in folded if ch not in _SEPARATORS or ch in keep)


def is_ascii_digits(s: str) -> bool:
    return bool(s) and s.isascii() and s.isdigit()
