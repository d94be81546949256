"""The record every importer yields, and time helpers (stored as naive UTC)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

BEIJING = timezone(timedelta(hours=8))
MAX_BODY = 20_000  # characters kept per message; hostile files may carry megabyte bodies


@dataclass(slots=True)
class Record:
    kind: str  # sms|call|email
    direction: str  # in|out|missed|other
    sender: str
    sent_at: datetime | None
    body: str = ""
    subject: str = ""
    duration: int = 0


def from_epoch_ms(value: str | None) -> datetime | None:
    try:
        ms = int(value or "")
    except ValueError:
        return None
    if not 0 < ms < 32503680000000:  # before year 3000
        return None
    return datetime.fromtimestamp(ms / 1000, UTC).replace(tzinfo=None, microsecond=0)


def to_utc_naive(dt: datetime | None, assume: timezone = BEIJING) -> datetime | None:
    """Aware datetimes are converted; naive ones are taken as Beijing time."""
    if dt is None:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=assume)
    return dt.astimezone(UTC).replace(tzinfo=None, microsecond=0)


def beijing(dt: datetime | None) -> str:
    """Display form in Beijing time, e.g. ``2024-05-01 13:45``."""
    if dt is None:
        return ""
    return (dt.replace(tzinfo=UTC).astimezone(BEIJING)).strftime("%Y-%m-%d %H:%M")
