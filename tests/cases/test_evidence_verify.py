from __future__ import annotations

import io
import os
import sqlite3

import pytest

from leakaid.cases import service
from leakaid.cases.importers import import_file
from leakaid.cases.synthetic import sms_backup_xml


@pytest.fixture
def full_case(store, tmp_path, answers):
    cid = service.create_case(store, "快递信息泄露", answers)
    ev = service.add_file(store, cid, io.BytesIO(b"screenshot-bytes"), "截图1.png", "骚扰短信截图")
    service.add_note(store, cid, "2024-05-01 接到自称快递客服的电话")
    backup = tmp_path / "sms.xml"
    backup.write_text(sms_backup_xml(30), encoding="utf-8")
    imp = import_file(store, cid, backup)
    service.set_step(store, cid, "collect_evidence", "doing")
    service.set_step(store, cid, "collect_evidence", "done", note="已导出短信")
    assert service.verify(store, cid).ok
    return store, cid, ev, imp


def db(store):
    return sqlite3.connect(store.data_dir / "leakaid.sqlite3")


def problems(store, cid):
    res = service.verify(store, cid)
    assert not res.ok
    return " ".join(res.problems)


def test_content_addressed_storage_and_dedup(store):
    cid = service.create_case(store, "t")
    a = service.add_file(store, cid, io.BytesIO(b"same"), "a.png")
    b = service.add_file(store, cid, io.BytesIO(b"same"), "../../etc/b.png")
    assert a["sha256"] == b["sha256"] == "0967115f2813a3541eaef77de9d9d5773f1c0c04314b0bbfe4ff3b3b1c55b5d5"
    assert b["filename"] == "b.png"  # path parts stripped
    assert store.blob_path(a["sha256"]).read_bytes() == b"same"
    assert len(list(store.blob_dir.rglob("*"))) == 2  # one shard dir + one blob
    assert a["added_at"]


def test_upload_limit(store):
    cid = service.create_case(store, "t")
    with pytest.raises(Exception, match="文件太大"):
        service.add_file(store, cid, io.BytesIO(b"x" * 3000), "big.bin", max_bytes=1000)
    assert service.list_evidence(store, cid) == []


def test_tampered_evidence_file(full_case):
    store, cid, ev, _ = full_case
    p = store.blob_path(ev["sha256"])
    os.chmod(p, 0o644)
    p.write_bytes(b"edited")
    assert "内容被修改" in problems(store, cid)


def test_deleted_evidence_file(full_case):
    store, cid, ev, _ = full_case
    store.blob_path(ev["sha256"]).unlink()
    assert "丢失" in problems(store, cid)


def test_modified_evidence_row(full_case):
    store, cid, ev, _ = full_case
    with db(store) as con:
        con.execute("update evidence set note='别的说明' where id=?", (ev["id"],))
    assert f"证据 #{ev['id']} 的记录被修改" in problems(store, cid)


def test_modified_note_text(full_case):
    store, cid, _, _ = full_case
    with db(store) as con:
        con.execute("update evidence set note='改过的备注' where kind='note'")
    assert "备注" in problems(store, cid)


def test_deleted_evidence_row(full_case):
    store, cid, ev, _ = full_case
    with db(store) as con:
        con.execute("delete from evidence where id=?", (ev["id"],))
    assert "记录被删除" in problems(store, cid)


def test_modified_message_row(full_case):
    store, cid, _, _ = full_case
    with db(store) as con:
        con.execute("update messages set body='无害内容' where id=3")
    assert "消息内容被修改" in problems(store, cid)


def test_deleted_message_row(full_case):
    store, cid, _, _ = full_case
    with db(store) as con:
        con.execute("delete from messages where id=5")
    assert "现有 29 条" in problems(store, cid)


def test_inserted_message_row(full_case):
    store, cid, _, imp = full_case
    with db(store) as con:
        con.execute(
            "insert into messages (case_id, import_id, kind, direction, sender, subject, body, duration, tags,"
            " entities_json) values (?, ?, 'sms', 'in', '1', '', 'x', 0, '', '[]')",
            (cid, imp.import_id),
        )
    assert "现有 31 条" in problems(store, cid)


def test_modified_import_row(full_case):
    store, cid, _, _ = full_case
    with db(store) as con:
        con.execute("update imports set format='csv'")
    assert "导入批次" in problems(store, cid)


def test_modified_step_row(full_case):
    store, cid, _, _ = full_case
    with db(store) as con:
        con.execute("update step_progress set done_at='2020-01-01 00:00:00'")
    assert "进度记录被修改" in problems(store, cid)


def test_deleted_step_row(full_case):
    store, cid, _, _ = full_case
    with db(store) as con:
        con.execute("delete from step_progress")
    assert "进度记录被删除" in problems(store, cid)


def test_modified_answers(full_case):
    store, cid, _, _ = full_case
    with db(store) as con:
        con.execute("update cases set title='别的标题'")
    assert "问卷答案被修改" in problems(store, cid)


def test_deleted_ledger_entry_in_middle(full_case):
    store, cid, _, _ = full_case
    with db(store) as con:
        con.execute("delete from ledger where seq=2")
    assert "哈希链缺少第 2 条" in problems(store, cid)


def test_deleted_last_ledger_entry(full_case):
    store, cid, _, _ = full_case
    with db(store) as con:
        con.execute("delete from ledger where seq=(select max(seq) from ledger)")
    assert "末尾" in problems(store, cid)


def test_edited_ledger_entry(full_case):
    store, cid, _, _ = full_case
    with db(store) as con:
        con.execute("update ledger set created_at='2000-01-01 00:00:00' where seq=1")
    assert "第 1 条的内容被修改" in problems(store, cid)


def test_step_progress_dates_and_what_next(store, answers):
    cid = service.create_case(store, "t", answers)
    service.set_step(store, cid, "report_12321", "doing")
    service.set_step(store, cid, "change_passwords", "done")
    service.set_step(store, cid, "bank_freeze", "not_applicable")
    items = {i.step.key: i for i in service.plan(store, cid)}
    assert items["change_passwords"].done_at and items["change_passwords"].started_at
    assert items["report_12321"].started_at and items["report_12321"].done_at is None
    nxt = [i.step.key for i in service.what_next(list(items.values()))]
    assert nxt[0] == "report_12321"  # in progress first
    assert "change_passwords" not in nxt and "bank_freeze" not in nxt
    service.set_step(store, cid, "change_passwords", "todo")
    assert {i.step.key: i for i in service.plan(store, cid)}["change_passwords"].done_at is None
    assert service.verify(store, cid).ok


def test_bad_step_and_status(store):
    cid = service.create_case(store, "t")
    with pytest.raises(Exception, match="状态必须是"):
        service.set_step(store, cid, "warn_family", "finished")
    with pytest.raises(Exception, match="没有名为"):
        service.set_step(store, cid, "no_such", "done")


def test_owner_isolation(store):
    cid = service.create_case(store, "t", owner_id=None)
    with pytest.raises(service.NotFoundError):
        service.plan(store, cid, owner_id=99)
