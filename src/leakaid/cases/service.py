"""Case operations used by the CLI and the web app: intake, plan progress, evidence, verification."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import case as sa_case
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from leakaid.cases import ledger
from leakaid.cases.plan import STATUSES, Step, build_plan, load_rules, validate_answers
from leakaid.errors import ConfigError, LeakaidError
from leakaid.store import Store
from leakaid.store.models import Case, Evidence, ImportBatch, LedgerEntry, Message, StepProgress

MAX_TITLE = 200


class NotFoundError(LeakaidError):
    """A case (or item) that does not exist or belongs to someone else."""


# ---------------------------------------------------------------------------- cases


def create_case(store: Store, title: str, answers: Mapping[str, Any] | None = None, owner_id: int | None = None) -> int:
    title = (title or "").strip()
    if not title:
        raise ConfigError("案件标题不能为空。")
    clean = validate_answers(answers or {})
    with store.session() as s:
        case = Case(
            title=title[:MAX_TITLE],
            answers_json=json.dumps(clean, ensure_ascii=False, sort_keys=True),
            owner_id=owner_id,
            created_at=ledger.now(),
            ledger_count=0,
            ledger_head="",
        )
        s.add(case)
        s.flush()
        ledger.append(s, case.id, "answers", "case", ledger.answers_hash(case))
        return case.id


def get_case(s: Session, case_id: int, owner_id: int | None = None) -> Case:
    case = s.get(Case, case_id)
    if case is None or (owner_id is not None and case.owner_id != owner_id):
        raise NotFoundError(f"案件 {case_id} 不存在。")
    return case


def list_cases(store: Store, owner_id: int | None = None) -> list[dict[str, Any]]:
    with store.session() as s:
        q = select(Case).order_by(Case.id)
        if owner_id is not None:
            q = q.where(Case.owner_id == owner_id)
        return [{"id": c.id, "title": c.title, "created_at": ledger.iso(c.created_at)} for c in s.scalars(q)]


def update_answers(store: Store, case_id: int, answers: Mapping[str, Any], owner_id: int | None = None) -> None:
    clean = validate_answers(answers)
    with store.session() as s:
        case = get_case(s, case_id, owner_id)
        case.answers_json = json.dumps(clean, ensure_ascii=False, sort_keys=True)
        s.flush()
        ledger.append(s, case.id, "answers", "case", ledger.answers_hash(case))


def answers_of(case: Case) -> dict[str, Any]:
    return json.loads(case.answers_json)


# ---------------------------------------------------------------------------- plan


@dataclass
class PlanItem:
    step: Step
    status: str = "todo"
    note: str = ""
    started_at: datetime | None = None
    done_at: datetime | None = None

    def to_dict(self) -> dict[str, Any]:
        s = self.step
        return {
            "key": s.key,
            "title": s.title,
            "urgency": s.urgency,
            "urgency_label": s.urgency_label,
            "status": self.status,
            "note": self.note,
            "started_at": ledger.iso(self.started_at),
            "done_at": ledger.iso(self.done_at),
            "why": s.why,
            "how": list(s.how),
            "basis": [{"cite": b.cite, "quote": b.quote} for b in s.basis],
            "practice": s.practice,
        }


def plan(store: Store, case_id: int, owner_id: int | None = None) -> list[PlanItem]:
    with store.session() as s:
        case = get_case(s, case_id, owner_id)
        progress = {p.step_key: p for p in s.scalars(select(StepProgress).where(StepProgress.case_id == case_id))}
        items = []
        for step in build_plan(answers_of(case)):
            p = progress.get(step.key)
            items.append(
                PlanItem(step, p.status, p.note, p.started_at, p.done_at) if p else PlanItem(step)
            )
        return items


def what_next(items: list[PlanItem], limit: int = 3) -> list[PlanItem]:
    """Steps in progress first, then the most urgent open ones."""
    open_items = [i for i in items if i.status in ("doing", "todo")]
    open_items.sort(key=lambda i: (i.status != "doing", i.step.urgency))
    return open_items[:limit]


def set_step(
    store: Store, case_id: int, step_key: str, status: str, note: str | None = None, owner_id: int | None = None
) -> None:
    if status not in STATUSES:
        raise ConfigError(f"状态必须是 {'、'.join(STATUSES)} 之一。")
    load_rules().step(step_key)  # raises for an unknown key
    with store.session() as s:
        get_case(s, case_id, owner_id)
        sp = s.scalars(
            select(StepProgress).where(StepProgress.case_id == case_id, StepProgress.step_key == step_key)
        ).first()
        t = ledger.now()
        if sp is None:
            sp = StepProgress(case_id=case_id, step_key=step_key, status="todo", note="", updated_at=t)
            s.add(sp)
        sp.status = status
        if note is not None:
            sp.note = note[:2000]
        if status == "doing" and sp.started_at is None:
            sp.started_at = t
        if status == "done":
            sp.started_at = sp.started_at or t
            sp.done_at = t
        elif status in ("todo", "doing"):
            sp.done_at = None
        sp.updated_at = t
        s.flush()
        ledger.append(s, case_id, "step", step_key, ledger.step_hash(sp))


# ---------------------------------------------------------------------------- evidence


def _safe_name(name: str) -> str:
    base = os.path.basename(name.replace("\\", "/")).strip() or "未命名"
    return "".join(ch for ch in base if ch.isprintable())[:255]


def store_blob(store: Store, stream: BinaryIO, max_bytes: int | None = None) -> tuple[str, int]:
    """Copy ``stream`` into the content-addressed blob store; return (sha256, size)."""
    store.blob_dir.mkdir(parents=True, exist_ok=True)
    h = hashlib.sha256()
    size = 0
    fd, tmp = tempfile.mkstemp(dir=store.blob_dir, prefix=".incoming-")
    try:
        with os.fdopen(fd, "wb") as out:
            while chunk := stream.read(1 << 20):
                size += len(chunk)
                if max_bytes is not None and size > max_bytes:
                    raise ConfigError(f"文件太大：超过上限 {max_bytes // (1 << 20)} MB。")
                h.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        sha = h.hexdigest()
        target = store.blob_path(sha)
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists():
            os.unlink(tmp)
        else:
            os.replace(tmp, target)
            os.chmod(target, 0o444)
        return sha, size
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _add_evidence(s: Session, case_id: int, kind: str, filename: str, sha: str, size: int, note: str) -> Evidence:
    ev = Evidence(
        case_id=case_id, kind=kind, filename=filename, sha256=sha, size=size, note=note[:5000], added_at=ledger.now()
    )
    s.add(ev)
    s.flush()
    ledger.append(s, case_id, "evidence", str(ev.id), ledger.evidence_hash(ev))
    return ev


def add_file(
    store: Store,
    case_id: int,
    stream: BinaryIO,
    filename: str,
    note: str = "",
    owner_id: int | None = None,
    max_bytes: int | None = None,
) -> dict[str, Any]:
    with store.session() as s:
        get_case(s, case_id, owner_id)
    sha, size = store_blob(store, stream, max_bytes)
    with store.session() as s:
        get_case(s, case_id, owner_id)
        ev = _add_evidence(s, case_id, "file", _safe_name(filename), sha, size, note)
        return evidence_dict(ev)


def add_path(store: Store, case_id: int, path: Path, note: str = "") -> dict[str, Any]:
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise ConfigError(f"无法读取文件 {path}：{exc.strerror}") from exc
    with fh:
        return add_file(store, case_id, fh, path.name, note)


def add_note(store: Store, case_id: int, text: str, owner_id: int | None = None) -> dict[str, Any]:
    text = text.strip()
    if not text:
        raise ConfigError("备注内容不能为空。")
    sha = hashlib.sha256(text.encode()).hexdigest()
    with store.session() as s:
        get_case(s, case_id, owner_id)
        return evidence_dict(_add_evidence(s, case_id, "note", "", sha, len(text.encode()), text))


def evidence_dict(ev: Evidence) -> dict[str, Any]:
    return {
        "id": ev.id,
        "kind": ev.kind,
        "filename": ev.filename,
        "sha256": ev.sha256,
        "size": ev.size,
        "note": ev.note,
        "added_at": ledger.iso(ev.added_at),
    }


def list_evidence(store: Store, case_id: int, owner_id: int | None = None) -> list[dict[str, Any]]:
    with store.session() as s:
        get_case(s, case_id, owner_id)
        rows = s.scalars(select(Evidence).where(Evidence.case_id == case_id).order_by(Evidence.id))
        return [evidence_dict(e) for e in rows]


# ---------------------------------------------------------------------------- analysis views


def senders(store: Store, case_id: int, limit: int = 20, owner_id: int | None = None) -> list[dict[str, Any]]:
    """Counterparts of incoming/missed messages grouped (count, first/last contact, tags); most suspicious first.

    Ordered by the number of tagged messages (fraud, extortion, collection, marketing), then by count.
    """
    with store.session() as s:
        get_case(s, case_id, owner_id)
        q = (
            select(
                Message.sender,
                func.count(Message.id),
                func.min(Message.sent_at),
                func.max(Message.sent_at),
                func.sum(sa_case((Message.tags != "", 1), else_=0)),
            )
            .where(Message.case_id == case_id, Message.direction != "out")
            .group_by(Message.sender)
            .order_by(
                func.sum(sa_case((Message.tags != "", 1), else_=0)).desc(), func.count(Message.id).desc(),
                Message.sender,
            )
            .limit(limit)
        )
        out = []
        for sender, count, first, last, tagged in s.execute(q):
            kinds = dict(
                s.execute(
                    select(Message.kind, func.count(Message.id))
                    .where(Message.case_id == case_id, Message.sender == sender, Message.direction != "out")
                    .group_by(Message.kind)
                ).all()
            )
            tags: dict[str, int] = {}
            for (t,) in s.execute(
                select(Message.tags).where(
                    Message.case_id == case_id, Message.sender == sender, Message.tags != ""
                )
            ):
                for tag in t.split(","):
                    tags[tag] = tags.get(tag, 0) + 1
            out.append(
                {
                    "sender": sender,
                    "count": int(count),
                    "sms": int(kinds.get("sms", 0)),
                    "calls": int(kinds.get("call", 0)),
                    "emails": int(kinds.get("email", 0)),
                    "first": ledger.iso(first),
                    "last": ledger.iso(last),
                    "tagged": int(tagged or 0),
                    "tags": dict(sorted(tags.items(), key=lambda kv: -kv[1])),
                }
            )
        return out


def timeline(store: Store, case_id: int, limit: int = 200, owner_id: int | None = None) -> list[dict[str, Any]]:
    """Incoming messages in time order (oldest first), tagged ones and calls included."""
    with store.session() as s:
        get_case(s, case_id, owner_id)
        q = (
            select(Message)
            .where(Message.case_id == case_id, Message.direction != "out")
            .order_by(Message.sent_at, Message.id)
            .limit(limit)
        )
        return [
            {
                "id": m.id,
                "kind": m.kind,
                "direction": m.direction,
                "sender": m.sender,
                "sent_at": ledger.iso(m.sent_at),
                "subject": m.subject,
                "body": m.body,
                "duration": m.duration,
                "tags": [t for t in m.tags.split(",") if t],
                "entities": json.loads(m.entities_json),
            }
            for m in s.scalars(q)
        ]


def message_stats(store: Store, case_id: int) -> dict[str, Any]:
    with store.session() as s:
        total = s.scalar(select(func.count(Message.id)).where(Message.case_id == case_id)) or 0
        tag_counts: dict[str, int] = {}
        for (t,) in s.execute(select(Message.tags).where(Message.case_id == case_id, Message.tags != "")):
            for tag in t.split(","):
                tag_counts[tag] = tag_counts.get(tag, 0) + 1
        imports = [
            {"id": b.id, "format": b.format, "count": b.count, "imported_at": ledger.iso(b.imported_at)}
            for b in s.scalars(select(ImportBatch).where(ImportBatch.case_id == case_id).order_by(ImportBatch.id))
        ]
        return {"messages": int(total), "tags": tag_counts, "imports": imports}


# ---------------------------------------------------------------------------- verification


@dataclass
class VerifyResult:
    ok: bool
    problems: list[str]
    checked: dict[str, int]
    head: str

    def to_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "problems": self.problems, "checked": self.checked, "head": self.head}


def _file_sha(path: Path) -> str | None:
    try:
        h = hashlib.sha256()
        with path.open("rb") as fh:
            while chunk := fh.read(1 << 20):
                h.update(chunk)
        return h.hexdigest()
    except OSError:
        return None


def import_digest(s: Session, import_id: int) -> tuple[str, int]:
    """Hash over the rows of one import batch in id order, and the row count."""
    h = hashlib.sha256()
    n = 0
    q = (
        select(
            Message.kind, Message.direction, Message.sender, Message.sent_at, Message.subject,
            Message.body, Message.duration, Message.tags, Message.entities_json,
        )
        .where(Message.import_id == import_id)
        .order_by(Message.id)
        .execution_options(yield_per=5000)
    )
    for row in s.execute(q):
        h.update(ledger.message_hash(tuple(row)).encode())
        n += 1
    return h.hexdigest(), n


def verify(store: Store, case_id: int, owner_id: int | None = None) -> VerifyResult:
    """Recompute the hash chain, every row hash and every evidence file hash of a case."""
    problems: list[str] = []
    checked = {"entries": 0, "evidence": 0, "files": 0, "imports": 0, "messages": 0, "steps": 0}
    with store.session() as s:
        case = get_case(s, case_id, owner_id)
        entries = list(s.scalars(select(LedgerEntry).where(LedgerEntry.case_id == case_id).order_by(LedgerEntry.seq)))
        prev = ledger.GENESIS
        latest: dict[tuple[str, str], str] = {}
        for i, e in enumerate(entries, start=1):
            checked["entries"] += 1
            if e.seq != i:
                problems.append(f"哈希链缺少第 {i} 条记录（记录被删除）。")
                break
            if e.prev_hash != prev:
                problems.append(f"哈希链第 {e.seq} 条与前一条不衔接（记录被修改或删除）。")
            if ledger.entry_hash(e.prev_hash, e.seq, e.kind, e.ref, e.content_hash, e.created_at) != e.entry_hash:
                problems.append(f"哈希链第 {e.seq} 条的内容被修改。")
            prev = e.entry_hash
            latest[(e.kind, e.ref)] = e.content_hash
        if case.ledger_count != len(entries) or (entries and case.ledger_head != entries[-1].entry_hash):
            problems.append("哈希链末尾的记录被删除或替换（与案件记录的链头不一致）。")

        if latest.get(("answers", "case")) != ledger.answers_hash(case):
            problems.append("案件标题或问卷答案被修改。")

        ev_rows = {str(e.id): e for e in s.scalars(select(Evidence).where(Evidence.case_id == case_id))}
        for ref, ev in ev_rows.items():
            checked["evidence"] += 1
            if latest.get(("evidence", ref)) != ledger.evidence_hash(ev):
                problems.append(f"证据 #{ref} 的记录被修改（或未经登记被加入）。")
            if ev.kind == "note":
                if hashlib.sha256(ev.note.encode()).hexdigest() != ev.sha256:
                    problems.append(f"备注 #{ref} 的内容被修改。")
                continue
            checked["files"] += 1
            actual = _file_sha(store.blob_path(ev.sha256))
            if actual is None:
                problems.append(f"证据文件 #{ref}（{ev.filename}）丢失。")
            elif actual != ev.sha256:
                problems.append(f"证据文件 #{ref}（{ev.filename}）的内容被修改（哈希值不符）。")
        for kind, ref in latest:
            if kind == "evidence" and ref not in ev_rows:
                problems.append(f"证据 #{ref} 的记录被删除。")

        batches = {str(b.id): b for b in s.scalars(select(ImportBatch).where(ImportBatch.case_id == case_id))}
        for ref, b in batches.items():
            checked["imports"] += 1
            if latest.get(("import", ref)) != ledger.import_hash(b):
                problems.append(f"导入批次 #{ref} 的记录被修改。")
            dig, n = import_digest(s, b.id)
            checked["messages"] += n
            if n != b.count:
                problems.append(f"导入批次 #{ref} 应有 {b.count} 条消息，现有 {n} 条（消息被删除或添加）。")
            elif dig != b.digest:
                problems.append(f"导入批次 #{ref} 中的消息内容被修改。")
        for kind, ref in latest:
            if kind == "import" and ref not in batches:
                problems.append(f"导入批次 #{ref} 被删除。")

        steps = {p.step_key: p for p in s.scalars(select(StepProgress).where(StepProgress.case_id == case_id))}
        for key, sp in steps.items():
            checked["steps"] += 1
            if latest.get(("step", key)) != ledger.step_hash(sp):
                problems.append(f"步骤“{key}”的进度记录被修改。")
        for kind, ref in latest:
            if kind == "step" and ref not in steps:
                problems.append(f"步骤“{ref}”的进度记录被删除。")
        return VerifyResult(not problems, problems, checked, case.ledger_head)


def copy_blob(store: Store, sha: str, target: Path) -> None:
    shutil.copyfile(store.blob_path(sha), target)
