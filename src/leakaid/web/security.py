"""CSRF double-submit tokens and argon2 password hashes for the web app (sessions: ``sessions.py``)."""

from __future__ import annotations

import hmac
import secrets

CSRF_COOKIE = "leakaid_csrf"
SESSION_COOKIE = "leakaid_session"


def new_token() -> str:
    return secrets.token_urlsafe(32)


def tokens_match(a: str | None, b: str | None) -> bool:
    return bool(a) and bool(b) and hmac.compare_digest(a, b)


def hash_password(password: str) -> str:
    from argon2 import PasswordHasher

    return PasswordHasher().hash(password)


def check_password(stored: str, password: str) -> bool:
    from argon2 import PasswordHasher
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return PasswordHasher().verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False
