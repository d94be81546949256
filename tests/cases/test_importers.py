from __future__ import annotations

import io
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from leakaid.cases import analyze, service
from leakaid.cases.importers import detect_format, import_file, sms_backup
from leakaid.cases.synthetic import sms_backup_xml, write_sms_backup
from leakaid.errors import SourceError

SRC = Path(__file__).resolve().parents[2] / "src"


def test_sms_backup_messages(tmp_path):
    recs = list(sms_backup.parse(io.BytesIO(sms_backup_xml(12).encode())))
    assert len(recs) == 12
    assert recs[0].kind == "sms" and recs[0].direction == "in" and recs[0].sender == "13800138001"
    assert recs[0].sent_at.isoformat() == "2024-04-24T23:06:40"


def test_sms_backup_calls_and_mms():
    calls = list(sms_backup.parse(io.BytesIO(sms_backup_xml(0, calls=5).encode())))
    assert len(calls) == 5 and all(r.kind == "call" for r in calls)
    assert {r.direction for r in calls} <= {"in", "missed"}
    mms = (
        '<smses count="1"><mms date="1714000000000" msg_box="1" address="+8613800138001" sub="null">'
        '<parts><part ct="application/smil" text="x"/><part ct="text/plain" text="彩信正文"/></parts>'
        "<addrs><addr address=\"+8613800138001\" type=\"137\"/></addrs></mms></smses>"
    )
    (r,) = sms_backup.parse(io.BytesIO(mms.encode()))
    assert r.body == "彩信正文" and r.direction == "in"


@pytest.mark.parametrize(
    "doc",
    [
        # billion laughs
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>'
        '<smses><sms body="&lol2;"/></smses>',
        # external entity
        '<?xml version="1.0"?><!DOCTYPE s [<!ENTITY x SYSTEM "file:///etc/passwd">]><smses><sms body="&x;"/></smses>',
        # truncated
        '<smses count="2"><sms address="1" body="a"/><sms address="2" bo',
        # wrong root
        "<html><body>hi</body></html>",
    ],
)
def test_hostile_xml_rejected_and_nothing_imported(store, tmp_path, doc):
    cid = service.create_case(store, "t")
    p = tmp_path / "bad.xml"
    p.write_text(doc, encoding="utf-8")
    with pytest.raises(SourceError):
        import_file(store, cid, p, "sms-backup")
    assert service.message_stats(store, cid)["messages"] == 0
    assert service.list_evidence(store, cid) == []
    assert service.verify(store, cid).ok


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=300))
def test_random_bytes_only_raise_source_error(data):
    try:
        list(sms_backup.parse(io.BytesIO(b"<smses>" + data)))
    except SourceError:
        pass


def test_huge_body_truncated():
    doc = f'<smses><sms address="1" date="1" type="1" body="{"长" * 50_000}"/></smses>'
    (r,) = sms_backup.parse(io.BytesIO(doc.encode()))
    assert len(r.body) == 20_000


def test_import_analyses_messages(store, tmp_path):
    cid = service.create_case(store, "t")
    p = tmp_path / "sms.xml"
    p.write_text(sms_backup_xml(60), encoding="utf-8")
    res = import_file(store, cid, p)
    assert res.count == 60 and res.format == "sms-backup"
    top = service.senders(store, cid)
    assert top[0]["count"] == 10 and top[0]["first"] < top[0]["last"]
    assert top[-1]["sender"] == "13700137999" and top[-1]["tagged"] == 0  # tagged senders rank first
    assert sum(s["count"] for s in top) == 60
    stats = service.message_stats(store, cid)
    assert set(stats["tags"]) == {"fraud", "loan_collection", "extortion", "marketing"}
    tl = service.timeline(store, cid)
    urls = [e for m in tl for e in m["entities"] if e[0] == "URL"]
    assert urls and urls[0][1] == "https://shop.example.cn/sale"
    phones = [e for m in tl for e in m["entities"] if e[0] == "LANDLINE"]
    assert phones and phones[0][1] == "010-58880000"


def test_tags_are_explained():
    assert analyze.explain_tags("你的网贷已逾期，请还款") == {"loan_collection": ["网贷", "逾期", "还款"]}
    assert analyze.tags_of("明天开会") == []
    assert analyze.tags_of("不转账就把照片发给你家人，后果自负") == ["extortion"]


def test_normalise_sender():
    assert analyze.normalise_sender("+86 138-0013-8001") == "13800138001"
    assert analyze.normalise_sender("008613800138001") == "13800138001"
    assert analyze.normalise_sender("Spam@Example.COM") == "spam@example.com"
    assert analyze.normalise_sender("") == "（未知）"


def test_eml_and_mbox(store, tmp_path):
    msg = (
        "From: =?utf-8?b?5a6i5pyN?= <kefu@scam.example.com>\nTo: me@example.org\nSubject: 退款通知\n"
        "Date: Wed, 01 May 2024 10:00:00 +0800\nContent-Type: text/plain; charset=utf-8\n\n"
        "您的订单可以退款，请点击 http://refund.example.top/a 并提供验证码。\n"
    )
    eml = tmp_path / "a.eml"
    eml.write_text(msg, encoding="utf-8")
    assert detect_format(eml) == "eml"
    mbox = tmp_path / "box"
    msg2 = msg.replace("01 May 2024", "02 May 2024")
    msg3 = msg.replace("01 May 2024", "03 May 2024")
    mbox.write_text("From x@y Wed May  1 10:00:00 2024\n" + msg2 + "\nFrom x@y Thu May  2 10:00:00 2024\n" + msg3,
                    encoding="utf-8")
    assert detect_format(mbox) == "mbox"
    cid = service.create_case(store, "t")
    assert import_file(store, cid, eml).count == 1
    assert import_file(store, cid, mbox).count == 2
    (top,) = service.senders(store, cid)
    assert top["sender"] == "kefu@scam.example.com" and top["emails"] == 3
    m = service.timeline(store, cid)[0]
    assert m["subject"] == "退款通知" and m["sent_at"] == "2024-05-01T02:00:00" and "fraud" in m["tags"]


def test_csv_gbk_call_log(store, tmp_path):
    p = tmp_path / "calls.csv"
    p.write_bytes("号码,时间,类型,时长\n13800138001,2024-05-01 10:00:00,未接来电,0\n"
                  "13800138001,2024-05-02 11:00:00,来电,35\n".encode("gb18030"))
    assert detect_format(p) == "csv"
    cid = service.create_case(store, "t")
    assert import_file(store, cid, p).count == 2
    tl = service.timeline(store, cid)
    assert [m["direction"] for m in tl] == ["missed", "in"] and tl[1]["duration"] == 35
    assert tl[0]["sent_at"] == "2024-05-01T02:00:00"  # Beijing time stored as UTC


def test_csv_without_number_column(store, tmp_path):
    p = tmp_path / "x.csv"
    p.write_text("a,b\n1,2\n", encoding="utf-8")
    cid = service.create_case(store, "t")
    with pytest.raises(SourceError, match="找不到号码列"):
        import_file(store, cid, p)


def test_kill_9_mid_import_leaves_no_half_batch(store, tmp_path):
    cid = service.create_case(store, "t")
    small = tmp_path / "small.xml"
    small.write_text(sms_backup_xml(10), encoding="utf-8")
    import_file(store, cid, small)  # committed before the crash
    big = write_sms_backup(tmp_path / "big.xml", 30_000)
    script = textwrap.dedent(
        f"""
        import sys, time
        from pathlib import Path
        from leakaid.store import Store
        from leakaid.cases.importers import import_file
        def progress(n):
            print(n, flush=True)
            if n >= 4000:
                time.sleep(60)  # hold the open transaction until the parent kills us
        import_file(Store.open({str(store.data_dir)!r}), {cid}, Path({str(big)!r}), progress=progress)
        """
    )
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, env=env)
    try:
        for line in proc.stdout:
            if int(line) >= 4000:
                break
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    with sqlite3.connect(store.data_dir / "leakaid.sqlite3") as con:
        assert con.execute("select count(*) from messages").fetchone()[0] == 10
        assert con.execute("select count(*) from imports").fetchone()[0] == 1
    assert service.verify(store, cid).ok
    # and the store still works afterwards (the big file was never recorded as imported)
    res = import_file(store, cid, big)
    assert (res.count, res.skipped) == (29_990, 10)  # the first 10 messages were already imported


def test_emoji_surrogate_pair_references_are_repaired():
    """The app writes emoji as two surrogate character references, which strict XML parsers reject."""
    body = "你好&#55357;&#56832;再见&#55357;" + "x" * 70_000 + "&#55357;&#56832;"
    doc = f'<smses count="1"><sms address="1" date="1714000000000" type="1" body="{body}"/></smses>'
    # pad so that the pair straddles the 64 KiB chunk boundary in some positions
    for pad in (0, 3, 7, 11):
        data = (" " * pad + doc).encode()
        (r,) = sms_backup.parse(io.BytesIO(data))
        assert r.body.startswith("你好😀再见\ufffd")


def test_concurrent_appends_keep_the_chain_intact(store):
    import threading

    cid = service.create_case(store, "t")
    errors = []

    def worker(k):
        try:
            for i in range(15):
                service.add_note(store, cid, f"备注 {k}-{i}")
        except Exception as exc:  # pragma: no cover - the assertion below reports it
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    res = service.verify(store, cid)
    assert res.ok and res.checked["entries"] == 46


@pytest.mark.parametrize("k", [1, 2, 3, 5, 7, 8, 9, 13])
def test_ref_fixer_handles_any_chunk_boundary(k, monkeypatch):
    class Short(io.BytesIO):
        def read(self, n=-1):
            return super().read(k)

    data = b'<a b="x&#55357;&#56832;y&#56832;z&#20320;"/>' * 3
    out = sms_backup._RefFixer(Short(data)).read()
    assert out == sms_backup._fix_refs(data)
    assert b"&#128512;" in out and b"&#65533;" in out and b"&#20320;" in out


def test_same_file_twice_refused_and_overlapping_backups_deduplicated(store, tmp_path):
    from leakaid.errors import ConfigError

    cid = service.create_case(store, "t")
    first = tmp_path / "sms-1.xml"
    first.write_text(sms_backup_xml(20), encoding="utf-8")
    assert import_file(store, cid, first).count == 20
    with pytest.raises(ConfigError, match="已经导入过"):
        import_file(store, cid, first)
    later = tmp_path / "sms-2.xml"  # a later, cumulative backup: the first 20 again plus 10 new
    later.write_text(sms_backup_xml(30), encoding="utf-8")
    res = import_file(store, cid, later)
    assert (res.count, res.skipped) == (10, 20)
    assert service.message_stats(store, cid)["messages"] == 30
    assert service.verify(store, cid).ok
