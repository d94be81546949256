"""CSRF double-submit tokens, signed session cookies and argon2 password hashes for the web app."""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

CSRF_COOKIE = "leakaid_csrf"
SESSION_COOKIE = "leakaid_session"


def load_secret(data_dir: Path) -> bytes:
    """Per-installation secret (created once, mode 0600) used to sign session cookies."""
    path = data_dir / "secret.key"
    if not path.exists():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(secrets.token_bytes(32))
    return path.read_bytes()


def new_token() -> str:
    return secrets.token_urlsafe(32)


def tokens_match(a: str | None, b: str | None) -> bool:
    return bool(a) and bool(b) and hmac.compare_digest(a, b)


def sign_session(secret: bytes, user_id: int) -> str:
    nonce = secrets.token_hex(8)
    mac = hmac.new(secret, f"{user_id}.{nonce}".encode(), hashlib.sha256).hexdigest()
    return f"{user_id}.{nonce}.{mac}"


def read_session(secret: bytes, value: str | None) -> int | None:
    if not value or value.count(".") != 2:
        return None
    uid, nonce, mac = value.split(".")
    good = hmac.new(secret, f"{uid}.{nonce}".encode(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(good, mac) or not uid.isdigit():
        return None
    return int(uid)


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
