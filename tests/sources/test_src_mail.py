from __future__ import annotations

import base64
from email.message import EmailMessage
from email.policy import SMTP

from srcfixtures import EMAIL, ID_CARD, MOBILE, MOBILE2, has_chinese, make_pdf, read_all, read_until_error

from leakaid.errors import SourceError
from leakaid.sources import SourceWarning


def gbk_mail() -> bytes:
    # declared gb2312 but uses 喆 (GBK only), as many mail clients do
    body = f"张三 喆 你好，我的手机是 {MOBILE}。\n身份证 {ID_CARD}\n"
    assert not _encodable(body, "gb2312")
    subject = "=?gb2312?B?" + base64.b64encode("报名表 喆".encode("gbk")).decode() + "?="
    return (
        f"From: =?utf-8?B?{base64.b64encode('张三'.encode()).decode()}?= <{EMAIL}>\r\n"
        f"To: li.si@example.cn\r\n"
        f"Subject: {subject}\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=gb2312\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\n"
    ).encode() + base64.encodebytes(body.encode("gbk"))


def _encodable(s: str, enc: str) -> bool:
    try:
        s.encode(enc)
    except UnicodeEncodeError:
        return False
    return True


def parts(segs):
    return [(s.location.part, s.location.line, s.location.row, s.hint, s.text) for s in segs]


def test_eml_headers_and_gbk_body_declared_gb2312(write) -> None:
    segs = read_all(write("m.eml", gbk_mail()))
    assert parts(segs) == [
        ("header:From", None, None, "From", f"张三 <{EMAIL}>"),
        ("header:To", None, None, "To", "li.si@example.cn"),
        ("header:Subject", None, None, "Subject", "报名表 喆"),
        ("body", 1, None, None, f"张三 喆 你好，我的手机是 {MOBILE}。\n身份证 {ID_CARD}\n"),
    ]


def multipart_mail() -> bytes:
    msg = EmailMessage()
    msg["From"] = EMAIL
    msg["Reply-To"] = "王五 <wang.wu@example.cn>"
    msg["Subject"] = "名单"
    msg.set_content(f"见附件，电话 {MOBILE}")
    msg.add_alternative(f"<html><body><p>电话 <b>{MOBILE}</b></p><script>x='{MOBILE2}'</script></body></html>", subtype="html")
    msg.add_attachment(f"姓名,手机号\n李四,{MOBILE2}\n".encode("gbk"), maintype="text", subtype="csv", filename="名单.csv")
    msg.add_attachment(make_pdf([f"tel {MOBILE}"]), maintype="application", subtype="pdf", filename="r.pdf")
    msg.add_attachment(b"\x89PNG\r\n\x1a\n" + b"\0" * 50, maintype="image", subtype="png", filename="id.png")
    return msg.as_bytes(policy=SMTP)


def test_eml_multipart_html_and_attachments(write) -> None:
    segs, err = read_until_error(write("m.eml", multipart_mail()))
    got = parts(segs)
    assert got[:3] == [
        ("header:From", None, None, "From", EMAIL),
        ("header:Reply-To", None, None, "Reply-To", "王五 <wang.wu@example.cn>"),
        ("header:Subject", None, None, "Subject", "名单"),
    ]
    assert ("body", 1, None, None, f"见附件，电话 {MOBILE}\n") in got
    html = [s for s in segs if s.location.part == "body:html"]
    assert [s.text for s in html] == ["电话 ", MOBILE]  # script skipped
    assert html[1].joined and html[0].location.line == 1
    csv_cells = [s for s in segs if s.location.part == "attachment:名单.csv"]
    assert [(s.location.row, s.location.column, s.hint, s.text) for s in csv_cells][-1] == (2, 2, "手机号", MOBILE2)
    pdf = [s for s in segs if s.location.part == "attachment:r.pdf"]
    assert pdf[0].location.page == 1 and MOBILE in pdf[0].text
    assert isinstance(err, SourceWarning) and "id.png" in err.message and "不支持" in err.message


def test_mbox_message_index(write) -> None:
    one = b"From a@example.com Mon Jan  1 00:00:00 2024\n" + gbk_mail().replace(b"\r\n", b"\n") + b"\n"
    two = (
        b"From b@example.com Mon Jan  1 00:00:00 2024\nFrom: b@example.com\nSubject: hi\n\n"
        b">From the desk of 13800000000\n"
    )
    segs = read_all(write("box.mbox", one + two))
    assert {s.location.row for s in segs} == {1, 2}
    assert ("header:From", None, 2, "From", "b@example.com") in parts(segs)
    assert [s.text for s in segs if s.location.row == 2 and s.location.part == "body"] == [
        "From the desk of 13800000000\n"
    ]


def test_corrupt_eml_and_mbox(write) -> None:
    _, err = read_until_error(write("bad.eml", b"\x00\x01\x02\x03\x04" * 300))
    assert type(err) is SourceError and has_chinese(err.message)
    _, err = read_until_error(write("nohdr.eml", "这不是邮件，没有任何邮件头"))
    assert type(err) is SourceError and "邮件" in err.message
    _, err = read_until_error(write("bad.mbox", "no from line here\n"))
    assert type(err) is SourceError and "mbox" in err.message


def test_eml_sniffed_without_extension(write) -> None:
    segs = read_all(write("message", gbk_mail()))
    assert segs[0].location.part == "header:From"


def test_body_declared_utf8_but_gbk(write) -> None:
    raw = (
        b"From: a@example.com\r\nSubject: x\r\nContent-Type: text/plain; charset=utf-8\r\n"
        b"Content-Transfer-Encoding: 8bit\r\n\r\n" + f"收件人张三，电话 {MOBILE}\r\n".encode("gbk")
    )
    segs = read_all(write("w.eml", raw))
    assert segs[-1].text == f"收件人张三，电话 {MOBILE}\n" and segs[-1].location.part == "body"
