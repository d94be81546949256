from __future__ import annotations

import io
import re

from fastapi.testclient import TestClient
from pypdf import PdfReader

from leakaid.cases.synthetic import sms_backup_xml
from leakaid.web.app import create_app


def token(client):
    return client.cookies.get("leakaid_csrf")


def make_case(client) -> int:
    r = client.post(
        "/cases",
        data={"csrf": token(client), "title": "快递泄露", "leaked": ["phone", "id_number"], "source": "express",
              "organization": "某某快递", "happening": ["spam_sms", "fraud_attempts"], "police": "not_yet"},
        follow_redirects=False,
    )
    assert r.status_code == 303, r.text
    return int(r.headers["location"].rsplit("/", 1)[1])


def test_index_and_wizard_in_chinese(client):
    r = client.get("/")
    assert r.status_code == 200 and "我的案件" in r.text and "htmx.min.js" in r.text
    assert client.get("/static/htmx.min.js").status_code == 200
    r = client.get("/cases/new")
    assert "哪些信息泄露了" in r.text and "身份证号码" in r.text


def test_flow_plan_import_senders_steps_pdf(client):
    cid = make_case(client)
    page = client.get(f"/cases/{cid}").text
    assert "行动计划" in page and "到派出所报案" in page and "法律依据" in page
    xml = sms_backup_xml(30).encode()
    r = client.post(f"/cases/{cid}/import", data={"csrf": token(client)},
                    files={"file": ("sms-backup.xml", io.BytesIO(xml), "text/xml")}, follow_redirects=False)
    assert r.status_code == 303
    assert "已导入 30 条记录" in client.get(r.headers["location"]).text
    page = client.get(f"/cases/{cid}").text
    assert "骚扰来源排行" in page and "138****8001" in page and "13800138001" not in page
    assert "13800138001" in client.get(f"/cases/{cid}?reveal=1").text
    # htmx step update returns the fragment
    r = client.post(f"/cases/{cid}/steps/police_report", data={"csrf": token(client), "status": "done"},
                    headers={"HX-Request": "true"})
    assert r.status_code == 200 and r.text.lstrip().startswith("<li") and "已完成" in r.text
    data = client.get(f"/cases/{cid}.json").json()
    assert next(s for s in data["plan"] if s["key"] == "police_report")["status"] == "done"
    assert data["senders"][0]["count"] == 5
    r = client.get(f"/cases/{cid}/documents/police.pdf")
    assert r.status_code == 200 and r.headers["content-type"] == "application/pdf"
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(r.content)).pages)
    assert "报案材料" in text and "某某快递" in text
    assert client.get(f"/cases/{cid}/documents/deletion.docx").status_code == 200
    assert client.get(f"/cases/{cid}/export.zip").content[:2] == b"PK"
    r = client.get(f"/cases/{cid}/verify")
    assert r.status_code == 200 and "校验通过" in r.text
    assert "涉嫌洗钱" in client.get(f"/cases/{cid}/timeline").text


def test_evidence_upload_and_note(client):
    cid = make_case(client)
    r = client.post(f"/cases/{cid}/evidence", data={"csrf": token(client), "note": "截图"},
                    files={"file": ("shot.png", io.BytesIO(b"png"), "image/png")}, follow_redirects=False)
    assert r.status_code == 303
    client.post(f"/cases/{cid}/evidence", data={"csrf": token(client), "note": "电话记录备注"})
    page = client.get(f"/cases/{cid}").text
    assert "shot.png" in page and "电话记录备注" in page


def test_csrf_required(client):
    r = client.post("/cases", data={"title": "x"})
    assert r.status_code == 403 and "安全校验失败" in r.text
    r = client.post("/cases", data={"title": "x", "csrf": "forged"})
    assert r.status_code == 403


def test_chinese_error_pages(client):
    r = client.get("/no/such/page")
    assert r.status_code == 404 and "找不到页面" in r.text
    r = client.get("/cases/999")
    assert r.status_code == 404 and "案件 999 不存在" in r.text
    r = client.get("/cases/abc")
    assert r.status_code in (404, 422) and "<html" in r.text
    assert client.get("/cases/999.json").json()["ok"] is False
    r = client.post("/cases", data={"csrf": token(client), "title": ""})
    assert r.status_code == 400 and "标题不能为空" in r.text


def test_bad_import_file_and_size_limit(client):
    cid = make_case(client)
    r = client.post(f"/cases/{cid}/import", data={"csrf": token(client)},
                    files={"file": ("evil.xml", io.BytesIO(b'<!DOCTYPE x [<!ENTITY a "b">]><smses/>'), "text/xml")})
    assert r.status_code == 400 and "无法导入" in r.text
    big = io.BytesIO(b"x" * (200 * 1024))
    r = client.post(f"/cases/{cid}/evidence", data={"csrf": token(client)}, files={"file": ("big.bin", big, "x/y")})
    assert r.status_code == 413 and "文件太大" in r.text


def test_auth_mode_isolates_users(store):
    with TestClient(create_app(store, auth=True)) as c1, TestClient(create_app(store, auth=True)) as c2:
        assert c1.get("/", follow_redirects=False).status_code == 303
        for c, name in ((c1, "alice"), (c2, "bob")):
            c.get("/login")
            r = c.post("/login", data={"csrf": c.cookies.get("leakaid_csrf"), "username": name,
                                       "password": "correct horse", "action": "register"}, follow_redirects=False)
            assert r.status_code == 303, r.text
        cid = make_case(c1)
        assert c1.get(f"/cases/{cid}").status_code == 200
        assert c2.get(f"/cases/{cid}").status_code == 404
        assert "快递泄露" not in c2.get("/").text
        c3 = TestClient(create_app(store, auth=True))
        c3.get("/login")
        r = c3.post("/login", data={"csrf": c3.cookies.get("leakaid_csrf"), "username": "alice",
                                    "password": "wrong password", "action": "login"})
        assert r.status_code == 400 and "不正确" in r.text
        r = c3.post("/login", data={"csrf": c3.cookies.get("leakaid_csrf"), "username": "alice",
                                    "password": "correct horse", "action": "login"}, follow_redirects=False)
        assert r.status_code == 303
        assert c3.get(f"/cases/{cid}").status_code == 200
        hashes = [u for u in store.engine.connect().exec_driver_sql("select password_hash from users")]
        assert all(h[0].startswith("$argon2") for h in hashes)
        assert not re.search("correct horse", str(hashes))


def test_chunked_upload_without_length_is_limited(client):
    cid = make_case(client)
    boundary = "leakaidboundary"
    head = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{token(client)}\r\n"
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.bin\"\r\n"
            "Content-Type: application/octet-stream\r\n\r\n").encode()

    def body():
        yield head
        for _ in range(40):
            yield b"x" * 8192
        yield f"\r\n--{boundary}--\r\n".encode()

    r = client.post(f"/cases/{cid}/evidence", content=body(),
                    headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    assert r.status_code == 413 and "超过上限" in r.text


def test_imported_content_is_escaped(client):
    cid = make_case(client)
    csv_data = "号码,时间,内容\n13800138001,2024-05-01 10:00,<script>alert(1)</script>逾期\n".encode()
    r = client.post(f"/cases/{cid}/import", data={"csrf": token(client)},
                    files={"file": ("log.csv", io.BytesIO(csv_data), "text/csv")}, follow_redirects=False)
    assert r.status_code == 303
    html = client.get(f"/cases/{cid}/timeline").text
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_rules_page_and_tag_explanations(client):
    r = client.get("/rules")
    assert r.status_code == 200 and "安全账户" in r.text and "个人信息保护法》第四十七条" in r.text
    cid = make_case(client)
    client.post(f"/cases/{cid}/import", data={"csrf": token(client)},
                files={"file": ("s.xml", io.BytesIO(sms_backup_xml(6).encode()), "text/xml")})
    html = client.get(f"/cases/{cid}/timeline").text
    assert "催收（网贷、逾期、还款、紧急联系人）" in html


def test_edit_answers_changes_the_plan(client):
    cid = make_case(client)
    assert "立即拨打110报警" not in client.get(f"/cases/{cid}").text
    assert "有人威胁我的人身安全" in client.get(f"/cases/{cid}/answers").text
    r = client.post(f"/cases/{cid}/answers", data={"csrf": token(client), "happening": ["threats"]},
                    follow_redirects=False)
    assert r.status_code == 303
    assert "立即拨打110报警" in client.get(f"/cases/{cid}").text
    assert "校验通过" in client.get(f"/cases/{cid}/verify").text


def test_auth_sessions_end_on_logout_and_expire(store):
    from datetime import datetime, timedelta

    from sqlalchemy import select, update

    from leakaid.store.models import LoginSession

    with TestClient(create_app(store, auth=True)) as c:
        c.get("/login")
        r = c.post("/login", data={"csrf": c.cookies.get("leakaid_csrf"), "username": "carol",
                                   "password": "long enough pw", "action": "register"}, follow_redirects=False)
        assert r.status_code == 303
        cookie = c.cookies.get("leakaid_session")
        assert c.get("/", follow_redirects=False).status_code == 200
        with store.session() as s:  # only a hash of the token is stored
            hashes = s.scalars(select(LoginSession.token_hash)).all()
        assert cookie not in hashes and len(hashes) == 1
        # expiry: the same cookie is refused once the row has expired
        with store.session() as s:
            s.execute(update(LoginSession).values(expires_at=datetime.now() - timedelta(seconds=1)))
        assert c.get("/", follow_redirects=False).status_code == 303
        c.cookies.clear()
        c.get("/login")
        c.post("/login", data={"csrf": c.cookies.get("leakaid_csrf"), "username": "carol",
                               "password": "long enough pw", "action": "login"}, follow_redirects=False)
        cookie = c.cookies.get("leakaid_session")
        assert c.get("/", follow_redirects=False).status_code == 200
        c.post("/logout", data={"csrf": c.cookies.get("leakaid_csrf")}, follow_redirects=False)
    # a copy of the cookie taken before logout no longer signs anyone in
    with TestClient(create_app(store, auth=True)) as thief:
        thief.cookies.set("leakaid_session", cookie)
        assert thief.get("/", follow_redirects=False).status_code == 303
