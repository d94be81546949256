"""Hash chain per case: every answers change, evidence item, import batch and step change is an entry.

``entry_hash = sha256(prev_hash | seq | kind | ref | content_hash | created_at)``; the case row keeps the count
and head so that dropping the newest entries is detected as well.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from leakaid.store.models import Case, Evidence, ImportBatch, LedgerEntry, StepProgress

GENESIS = "0" * 64


def now() -> datetime:
    """Current UTC time without microseconds (stored naive, identical on SQLite and PostgreSQL)."""
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def iso(value: datetime | None) -> str:
    return value.isoformat() if value else ""


def digest(obj: Any) -> str:
    data = json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    return hashlib.sha256(data).hexdigest()


def entry_hash(prev: str, seq: int, kind: str, ref: str, content_hash: str, created_at: datetime) -> str:
    return digest([prev, seq, kind, ref, content_hash, iso(created_at)])


def answers_hash(case: Case) -> str:
    return digest({"title": case.title, "answers": json.loads(case.answers_json)})


def evidence_hash(ev: Evidence) -> str:
    return digest([ev.id, ev.kind, ev.filename, ev.sha256, ev.size, ev.note, iso(ev.added_at)])


def import_hash(batch: ImportBatch) -> str:
    return digest([batch.id, batch.evidence_id, batch.format, batch.count, batch.digest, iso(batch.imported_at)])


def step_hash(sp: StepProgress) -> str:
    return digest([sp.step_key, sp.status, sp.note, iso(sp.started_at), iso(sp.done_at), iso(sp.updated_at)])


def message_hash(row: tuple) -> str:
    """Row hash of a message given as (kind, direction, sender, sent_at, subject, body, duration, tags, entities)."""
    kind, direction, sender, sent_at, subject, body, duration, tags, entities = row
    return digest([kind, direction, sender, iso(sent_at), subject, body, int(duration), tags, entities])


def append(session: Session, case_id: int, kind: str, ref: str, content_hash: str) -> LedgerEntry:
    """Append one entry in the caller's transaction (the case row is locked on PostgreSQL)."""
    # The no-op UPDATE takes the write lock first (SQLite) / the row lock (PostgreSQL); then re-read the case so
    # that a stale copy in the session can never produce a duplicate sequence number.
    session.execute(
        update(Case).where(Case.id == case_id).values(ledger_count=Case.ledger_count),
        execution_options={"synchronize_session": False},
    )
    case = session.execute(
        select(Case).where(Case.id == case_id).with_for_update().execution_options(populate_existing=True)
    ).scalar_one()
    seq = case.ledger_count + 1
    prev = case.ledger_head or GENESIS
    created = now()
    entry = LedgerEntry(
        case_id=case_id,
        seq=seq,
        kind=kind,
        ref=ref,
        content_hash=content_hash,
        prev_hash=prev,
        entry_hash=entry_hash(prev, seq, kind, ref, content_hash, created),
        created_at=created,
    )
    session.add(entry)
    case.ledger_count = seq
    case.ledger_head = entry.entry_hash
    return entry
