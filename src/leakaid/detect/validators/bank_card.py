"""Bank card numbers (PAN): 16–19 digits (15 for AmEx), Luhn check, issuer from the BIN table.

>>> is_valid("6222 0202 0011 2345 679")
True
"""

from __future__ import annotations

from leakaid.detect.validators._util import clean, is_ascii_digits
from leakaid.detect.validators.checksums import luhn_is_valid


def compact(value: str) -> str:
    return clean(value)


def is_valid(value: object) -> bool:
    """Luhn-valid, of a card length, and issued by a known bank or card scheme."""
    if not isinstance(value, str):
        return False
    v = compact(value)
    if not is_ascii_digits(v) or not 15 <= len(v) <= 19 or not luhn_is_valid(v):
        return False
    from leakaid.detect import tables

    return tables.bank_of(v) is not None or tables.scheme_of(v) is not None


def info(value: str) -> dict[str, str]:
    from leakaid.detect import tables

    v = compact(value)
    if not is_valid(v):
        raise ValueError("invalid card number")
    b = tables.bank_of(v)
    out = {"scheme": tables.scheme_of(v) or ""}
    if b is not None:
        out.update({"bank": b.bank, "kind": b.kind, "bin": b.bin})
    return out
