"""Redaction: mask, keyed hash, consistent pseudonyms, remove, tag — then verify the output.

>>> from leakaid.redact import Policy, redact_text
>>> redact_text("手机 138-1234-5678", policy=Policy()).text
'手机 138-****-5678'
"""

from __future__ import annotations

from leakaid.redact.core import Redactor, RedactResult, Replacement, redact_text
from leakaid.redact.files import FileReport, detect_format, redact_file, verify_file
from leakaid.redact.keys import load_key
from leakaid.redact.mask import MASK_RULES
from leakaid.redact.policy import OPERATORS, Policy, load_policy

__all__ = [
    "MASK_RULES",
    "OPERATORS",
    "FileReport",
    "Policy",
    "RedactResult",
    "Redactor",
    "Replacement",
    "detect_format",
    "load_key",
    "load_policy",
    "redact_file",
    "redact_text",
    "verify_file",
]
