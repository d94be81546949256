"""Importers: detect the format, store the source file as evidence, insert all messages in ONE transaction.

Either the whole file is imported (messages, import batch, evidence row and their hash-chain entries commit
together) or nothing is: a crash or ``kill -9`` half way leaves the database as it was before.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from leakaid.cases import analyze, ledger
from leakaid.cases.importers.base import Record
from leakaid.cases.service import _add_evidence, _safe_name, get_case, store_blob
from leakaid.errors import ConfigError, SourceError
from leakaid.store import Store
from leakaid.store.models import Evidence, ImportBatch, Message

FORMATS = ("sms-backup", "eml", "mbox", "csv")
FORMAT_LABELS = {"sms-backup": "SMS Backup & Restore 备份", "eml": "电子邮件 (.eml)", "mbox": "邮箱 (.mbox)",
                 "csv": "CSV 通话 / 短信记录"}
BATCH = 2000
_MESSAGES = Message.__table__


@dataclass
class ImportResult:
    import_id: int
    evidence_id: int
    format: str
    count: int
    sha256: str
    skipped: int = 0  # messages already in the case (backups are cumulative)

    def to_dict(self) -> dict:
        return {"import_id": self.import_id, "evidence_id": self.evidence_id, "format": self.format,
                "count": self.count, "skipped": self.skipped, "sha256": self.sha256}


def _dedup_key(kind: str, direction: str, sender: str, sent_at, body: str, duration: int) -> bytes:
    return hashlib.blake2b(f"{kind}|{direction}|{sender}|{ledger.iso(sent_at)}|{duration}|{body}".encode(),
                           digest_size=16).digest()


def _existing_keys(s, case_id: int) -> set[bytes]:
    q = (
        select(Message.kind, Message.direction, Message.sender, Message.sent_at, Message.body, Message.duration)
        .where(Message.case_id == case_id)
        .execution_options(yield_per=5000)
    )
    return {_dedup_key(*row) for row in s.execute(q)}


def detect_format(path: Path) -> str:
    """Format by content first (the first bytes), then by extension."""
    try:
        with path.open("rb") as fh:
            head = fh.read(4096)
    except OSError as exc:
        raise ConfigError(f"无法读取文件 {path}：{exc.strerror}") from exc
    text = head.lstrip(b"\xef\xbb\xbf").lstrip()
    lowered = text.lower()
    if lowered.startswith(b"<?xml") or lowered.startswith(b"<smses") or lowered.startswith(b"<calls"):
        if b"<smses" in lowered or b"<calls" in lowered or lowered.startswith(b"<?xml"):
            return "sms-backup"
    if text.startswith(b"From "):
        return "mbox"
    suffix = path.suffix.lower()
    if suffix == ".eml" or any(text.startswith(h) for h in (b"Received:", b"Return-Path:", b"From:", b"MIME-Version:",
                                                            b"Delivered-To:", b"Message-ID:", b"Date:", b"Subject:")):
        return "eml"
    if suffix == ".mbox":
        return "mbox"
    if suffix in (".csv", ".tsv", ".txt"):
        return "csv"
    raise SourceError(str(path), "无法识别文件格式；支持 SMS Backup & Restore 的 XML、.eml、.mbox 和 CSV。")


def records(path: Path, fmt: str) -> Iterator[Record]:
    if fmt == "sms-backup":
        from leakaid.cases.importers import sms_backup

        with path.open("rb") as fh:
            yield from sms_backup.parse(fh, path.name)
    elif fmt == "eml":
        from leakaid.cases.importers import email_import

        with path.open("rb") as fh:
            yield from email_import.parse_eml(fh)
    elif fmt == "mbox":
        from leakaid.cases.importers import email_import

        yield from email_import.parse_mbox(path)
    elif fmt == "csv":
        from leakaid.cases.importers import csv_log

        yield from csv_log.parse(path)
    else:
        raise ConfigError(f"不支持的格式“{fmt}”；可用：{'、'.join(FORMATS)}。")


def _row(case_id: int, import_id: int, r: Record) -> dict:
    text = f"{r.subject}\n{r.body}" if r.subject else r.body
    tags = ",".join(analyze.tags_of(text))
    ents = json.dumps(analyze.entities(text), ensure_ascii=False, separators=(",", ":"))
    return {
        "case_id": case_id, "import_id": import_id, "kind": r.kind, "direction": r.direction,
        "sender": analyze.normalise_sender(r.sender), "sent_at": r.sent_at, "subject": r.subject, "body": r.body,
        "duration": r.duration, "tags": tags, "entities_json": ents,
    }


def import_file(
    store: Store,
    case_id: int,
    path: Path,
    fmt: str | None = None,
    *,
    filename: str | None = None,
    owner_id: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> ImportResult:
    """Import ``path`` into case ``case_id`` atomically. ``progress(n)`` is called after each flushed batch."""
    path = Path(path)
    fmt = fmt or detect_format(path)
    if fmt not in FORMATS:
        raise ConfigError(f"不支持的格式“{fmt}”；可用：{'、'.join(FORMATS)}。")
    with store.session() as s:
        get_case(s, case_id, owner_id)
    with path.open("rb") as fh:
        sha, size = store_blob(store, fh)
    h = hashlib.sha256()
    count = skipped = 0
    with store.session() as s:  # one transaction for the whole file
        get_case(s, case_id, owner_id)
        earlier = s.scalars(
            select(Evidence.id).where(Evidence.case_id == case_id, Evidence.kind == "import", Evidence.sha256 == sha)
        ).first()
        if earlier is not None:
            raise ConfigError(f"这个文件已经导入过（证据 #{earlier}），为避免重复计数，不再导入。")
        seen = _existing_keys(s, case_id)
        ev = _add_evidence(s, case_id, "import", _safe_name(filename or path.name), sha, size,
                           f"导入的{FORMAT_LABELS[fmt]}")
        batch = ImportBatch(case_id=case_id, evidence_id=ev.id, format=fmt, count=0, digest="",
                            imported_at=ledger.now())
        s.add(batch)
        s.flush()
        pending: list[dict] = []
        for rec in records(path, fmt):
            key = _dedup_key(rec.kind, rec.direction, analyze.normalise_sender(rec.sender), rec.sent_at, rec.body,
                             rec.duration)
            if key in seen:
                skipped += 1
                continue
            seen.add(key)
            row = _row(case_id, batch.id, rec)
            h.update(ledger.message_hash((row["kind"], row["direction"], row["sender"], row["sent_at"], row["subject"],
                                          row["body"], row["duration"], row["tags"], row["entities_json"])).encode())
            pending.append(row)
            count += 1
            if len(pending) >= BATCH:
                s.execute(_MESSAGES.insert(), pending)
                pending = []
                if progress:
                    progress(count)
        if pending:
            s.execute(_MESSAGES.insert(), pending)
        if count == 0:
            if skipped:
                raise ConfigError(f"文件中的 {skipped} 条记录都已在本案件中，没有新内容可导入。")
            raise SourceError(path.name, "文件中没有找到任何短信、通话或邮件。")
        batch.count = count
        batch.digest = h.hexdigest()
        s.flush()
        ledger.append(s, case_id, "import", str(batch.id), ledger.import_hash(batch))
        result = ImportResult(batch.id, ev.id, fmt, count, sha, skipped)
    if progress:
        progress(-1)  # committed
    return result
