"""Server-side login sessions of ``--auth`` mode.

The cookie holds a random token; the database holds only its SHA-256, the user and an expiry. Logging
out deletes the row, so a copied cookie stops working at once; an expired row is refused and purged.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from sqlalchemy import delete, select

from leakaid.store.models import LoginSession

LIFETIME = timedelta(hours=12)


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def start(store, user_id: int, now: datetime | None = None) -> str:  # noqa: ANN001
    """A new session for ``user_id``; returns the cookie token. Expired sessions are purged on the way."""
    now = now or datetime.now()
    token = secrets.token_urlsafe(32)
    with store.session() as s:
        s.execute(delete(LoginSession).where(LoginSession.expires_at <= now))
        s.add(LoginSession(token_hash=_hash(token), user_id=user_id, created_at=now, expires_at=now + LIFETIME))
    return token


def user_of(store, token: str | None, now: datetime | None = None) -> int | None:  # noqa: ANN001
    """The user a cookie token signs in, or None (unknown, logged out or expired)."""
    if not token or len(token) > 128:
        return None
    now = now or datetime.now()
    with store.session() as s:
        row = s.scalars(select(LoginSession).where(LoginSession.token_hash == _hash(token))).first()
        if row is None or row.expires_at <= now:
            return None
        return row.user_id


def end(store, token: str | None) -> None:  # noqa: ANN001
    if token:
        with store.session() as s:
            s.execute(delete(LoginSession).where(LoginSession.token_hash == _hash(token)))
