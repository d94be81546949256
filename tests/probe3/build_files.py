"""Build tests/probe3/files/: small real files with known (fake) values, plus manifest.json.

Deterministic: a fixed seed, fixed ZIP timestamps and document properties for XLSX/DOCX,
``date: none`` for the Typst PDF, a fixed MIME boundary and Date for the e-mail, so a
rebuild is byte-identical. ``expected`` lists (type, value) with the value as it reads after
the file's own decoding (charset, XLSX number → digits, HTML tags removed, QP decoded).

Usage: python tests/probe3/build_files.py [--check]
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
import re
import sys
import zipfile
from email import charset as email_charset
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.text import MIMEText
from email.utils import formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import values as pv  # noqa: E402

SEED = 3_2026_1125
OUT = HERE / "files"
FIXED_ZIP_TIME = (2024, 3, 1, 9, 0, 0)
CJK_FONT_DIRS = ["/usr/share/fonts/opentype/noto", "/usr/share/fonts/truetype/noto"]


class Values:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def mobile(self) -> str:
        return pv.gen_mobile(self.rng)

    def id(self, birth: dt.date | None = None) -> tuple[str, dt.date]:
        return pv.gen_id(self.rng, birth)

    def card(self) -> str:
        return pv.gen_card(self.rng)

    def email(self) -> str:
        return pv.gen_email(self.rng)

    def landline(self) -> str:
        a, loc = pv.gen_landline(self.rng)
        return f"{a}-{loc}"

    def qq(self) -> str:
        return pv.gen_qq(self.rng)

    def wechat(self) -> str:
        return pv.gen_wechat(self.rng)

    def ip(self) -> str:
        return pv.gen_ip(self.rng)

    def plate(self, ne: bool = False) -> str:
        return pv.gen_plate(self.rng, ne)

    def passport(self) -> str:
        return pv.gen_passport(self.rng)

    def hkm(self) -> str:
        return pv.gen_hkm(self.rng)

    def gps(self) -> str:
        lat, lon = pv.gen_gps(self.rng)
        return f"{lat},{lon}"


NAMES = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄婷", "周杰", "吴昊"]


def dash(m: str) -> str:
    return f"{m[:3]}-{m[3:7]}-{m[7:]}"


def sp4(d: str) -> str:
    return " ".join(d[i:i + 4] for i in range(0, len(d), 4))


# ---------------------------------------------------------------- deterministic ZIP (xlsx/docx)

def _normalise_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2024-03-01T09:00:00Z", body)
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, body)
    return out.getvalue()


# ---------------------------------------------------------------- the files

def f_csv_gbk(v: Values) -> tuple[bytes, list]:
    exp, rows = [], [["姓名", "手机号", "身份证号", "银行卡号", "邮箱"]]
    for i in range(4):
        m, (idn, _), c, e = v.mobile(), v.id(), v.card(), v.email()
        rows.append([NAMES[i], m, idn, c, e])
        exp += [["MOBILE", m], ["ID_CARD", idn], ["BANK_CARD", c], ["EMAIL", e]]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    return buf.getvalue().encode("gbk"), exp


def f_csv_bom(v: Values) -> tuple[bytes, list]:
    exp, rows = [], [["订单号", "收件人", "联系电话", "车牌", "备注"]]
    for i in range(4):
        m = dash(v.mobile()) if i % 2 else v.mobile()
        p = v.plate(ne=i == 3)
        order = "2024" + "".join(v.rng.choice("0123456789") for _ in range(16))
        rows.append([order, NAMES[i + 3], m, p, "放门口，到了打电话"])
        exp += [["MOBILE", m], ["PLATE", p]]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"), exp


def f_tsv(v: Values) -> tuple[bytes, list]:
    exp, lines = [], ["姓名\t护照号\t港澳通行证\tQQ\t微信号"]
    for i in range(3):
        p, h, q, w = v.passport(), v.hkm(), v.qq(), v.wechat()
        lines.append(f"{NAMES[i + 5]}\t{p}\t{h}\t{q}\t{w}")
        exp += [["PASSPORT", p], ["HK_MACAO_PERMIT", h], ["QQ", q], ["WECHAT", w]]
    return ("\n".join(lines) + "\n").encode("utf-8"), exp


def f_xlsx(v: Values) -> tuple[bytes, list]:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "员工"
    ws.append(["姓名", "手机", "身份证号", "出生日期", "邮箱"])
    exp = []
    for i in range(4):
        m = v.mobile()
        idn, birth = v.id()
        e = v.email()
        ws.append([NAMES[i], int(m), idn, dt.datetime(birth.year, birth.month, birth.day), e])
        ws.cell(row=i + 2, column=2).number_format = "0"  # phone stored as a number
        ws.cell(row=i + 2, column=4).number_format = "yyyy-mm-dd"
        exp += [["MOBILE", m], ["ID_CARD", idn], ["BIRTHDATE", birth.isoformat()], ["EMAIL", e]]
    ws2 = wb.create_sheet("登录记录")
    ws2.append(["时间", "登录IP", "QQ号", "备注"])
    for i in range(3):
        ip, q = v.ip(), v.qq()
        ws2.append([f"2024-03-0{i + 1} 10:1{i}:00", ip, int(q), "正常"])
        exp += [["IP", ip], ["QQ", q]]
    ws2.append(["2024-03-05 08:00:00", "192.168.1.20", None, "内网"])
    wb.properties.creator = "probe3"
    wb.properties.created = wb.properties.modified = dt.datetime(2024, 3, 1, 9, 0, 0)
    buf = io.BytesIO()
    wb.save(buf)
    return _normalise_zip(buf.getvalue()), exp


def f_docx(v: Values) -> tuple[bytes, list]:
    import docx

    d = docx.Document()
    d.core_properties.author = "probe3"
    d.core_properties.created = d.core_properties.modified = dt.datetime(2024, 3, 1, 9, 0, 0)
    exp = []
    idn, _ = v.id()
    m, c, land = v.mobile(), v.card(), v.landline()
    d.add_heading("借款合同", level=1)
    d.add_paragraph(f"甲方（出借人）：{NAMES[0]}，身份证号码：{idn}，联系电话：{m}。")
    d.add_paragraph(f"乙方收款账户：{sp4(c)}（中国工商银行），单位电话：{land}。")
    exp += [["ID_CARD", idn], ["MOBILE", m], ["BANK_CARD", sp4(c)], ["LANDLINE", land]]
    t = d.add_table(rows=1, cols=3)
    for cell, h in zip(t.rows[0].cells, ["联系人", "手机", "邮箱"], strict=True):
        cell.text = h
    for i in range(3):
        m2, e = v.mobile(), v.email()
        row = t.add_row().cells
        row[0].text, row[1].text, row[2].text = NAMES[i + 1], m2, e
        exp += [["MOBILE", m2], ["EMAIL", e]]
    d.add_paragraph("本合同一式两份，合同编号 HT202403010015，金额 50000.00 元。")
    buf = io.BytesIO()
    d.save(buf)
    return _normalise_zip(buf.getvalue()), exp


def f_pdf(v: Values) -> tuple[bytes | None, list]:
    try:
        import typst
    except ImportError:
        return None, []
    fonts = [p for p in CJK_FONT_DIRS if Path(p).is_dir()]
    if not fonts:
        return None, []
    idn, _ = v.id()
    m, e, c = v.mobile(), v.email(), v.card()
    ip = v.ip()
    e_typst = e.replace("@", "\\@")  # '@' starts a reference in Typst markup
    src = (
        '#set document(date: none)\n#set page(width: 160mm, height: auto, margin: 10mm)\n'
        '#set text(font: "Noto Sans CJK SC", size: 10pt)\n'
        "= 客户投诉登记表\n\n"
        f"姓名：{NAMES[2]}\n\n身份证号：{idn}\n\n手机：{m}\n\n电子邮箱：{e_typst}\n\n"
        f"退款银行卡：{c}\n\n登录 IP：{ip}\n\n受理编号 TS20240301-0042，热线 95588。\n"
    )
    pdf = typst.compile(src.encode("utf-8"), font_paths=fonts, ignore_system_fonts=True)
    return pdf, [["ID_CARD", idn], ["MOBILE", m], ["EMAIL", e], ["BANK_CARD", c], ["IP", ip]]


def f_eml(v: Values) -> tuple[bytes, list]:
    sender, rcpt = v.email(), v.email()
    m, idn = v.mobile(), v.id()[0]
    q, m2 = v.qq(), v.mobile()
    body = (f"您好：\n\n我是{NAMES[4]}，我的身份证号 {idn} 被人冒用办理了贷款。\n"
            f"请回电 {dash(m)}，谢谢。\n\n此致\n{NAMES[4]}\n")
    cs = email_charset.Charset("gbk")
    cs.body_encoding = email_charset.QP
    msg = MIMEMultipart(boundary="====probe3-boundary====")
    msg["From"] = formataddr((str(Header(NAMES[4], "utf-8")), sender))
    msg["To"] = rcpt
    msg["Subject"] = Header("个人信息被冒用的投诉", "utf-8")
    msg["Date"] = "Fri, 01 Mar 2024 09:00:00 +0800"
    part = MIMENonMultipart("text", "plain")
    part.set_payload(body, cs)  # sets charset="gbk" and Content-Transfer-Encoding: quoted-printable
    msg.attach(part)
    att = MIMEText(f"联系人清单\n{NAMES[5]} 手机 {m2} QQ {q}\n", "plain", "utf-8")
    att.add_header("Content-Disposition", "attachment", filename="contacts.txt")
    msg.attach(att)
    data = msg.as_bytes()
    exp = [["EMAIL", sender], ["EMAIL", rcpt], ["ID_CARD", idn], ["MOBILE", dash(m)], ["MOBILE", m2], ["QQ", q]]
    return data, exp


def f_html(v: Values) -> tuple[bytes, list]:
    m1, m2, m3, e, land = v.mobile(), v.mobile(), v.mobile(), v.email(), v.landline()
    idn = v.id()[0]
    html = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>门店联系方式 &amp; 售后</title>
<style>.tel {{ color: #c00; }}</style></head>
<body>
<h1>联系我们&nbsp;&mdash;&nbsp;售后服务</h1>
<p>店长手机：<span class="tel">{m1}</span>&nbsp;&nbsp;座机：{land}</p>
<p>客服邮箱&lt;{e}&gt;，工作日 9:00&ndash;18:00</p>
<table border="1"><tr><th>姓名</th><th>身份证号</th><th>电话</th></tr>
<tr><td>{NAMES[6]}</td><td>{idn}</td><td>{m2[:3]}<b>{m2[3:7]}</b>{m2[7:]}</td></tr></table>
<div class="card" data-phone="{m3}">店员名片</div>
<p>全国热线 400-820-8820，版本 v2.3.10.1</p>
</body></html>
"""
    exp = [["MOBILE", m1], ["LANDLINE", land], ["EMAIL", e], ["ID_CARD", idn], ["MOBILE", m2], ["MOBILE", m3]]
    return html.encode("utf-8"), exp


def f_jsonl(v: Values) -> tuple[bytes, list]:
    lines, exp = [], []
    for i in range(4):
        m, q, w, ip = v.mobile(), v.qq(), v.wechat(), v.ip()
        rec = {"event": "register", "ts": 1709254800000 + i * 1000, "client": {"ip": ip, "ua": "Mozilla/5.0"},
               "user": {"nick": f"user{i}", "profile": {"mobile": m, "contact": {"qq": int(q), "wechat": w}}}}
        if i == 2:
            idn, birth = v.id()
            rec["user"]["profile"]["idCard"] = idn
            rec["user"]["profile"]["birthday"] = birth.isoformat()
            exp += [["ID_CARD", idn], ["BIRTHDATE", birth.isoformat()]]
        lines.append(json.dumps(rec, ensure_ascii=False))
        exp += [["MOBILE", m], ["QQ", q], ["WECHAT", w], ["IP", ip]]
    return ("\n".join(lines) + "\n").encode("utf-8"), exp


def f_json(v: Values) -> tuple[bytes, list]:
    m, e, c = v.mobile(), v.email(), v.card()
    p, g = v.plate(), v.gps()
    lat, lon = g.split(",")
    data = {"order": {"id": "DD20240301000123", "receiver": {"name": NAMES[7], "phone": m, "email": e},
                      "payment": {"cardNo": c, "amount": 299.0},
                      "delivery": {"plate": p, "location": {"lat": float(lat), "lng": float(lon)}}}}
    exp = [["MOBILE", m], ["EMAIL", e], ["BANK_CARD", c], ["PLATE", p]]
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8"), exp


def f_log(v: Values) -> tuple[bytes, list]:
    exp, lines = [], []
    for i in range(3):
        ip = v.ip()
        lines.append(f'{ip} - - [01/Mar/2024:10:0{i}:12 +0800] "GET /api/v1/user?id={1000 + i} HTTP/1.1" 200 512 "-" "okhttp/4.9.3"')
        exp.append(["IP", ip])
    m, e = v.mobile(), v.email()
    lines.append(f"2024-03-01 10:05:33.120 INFO  [auth] sms code sent to phone={m} ip=10.2.3.4")
    lines.append(f"2024-03-01 10:05:40.002 WARN  [mail] bounce for {e}, retry=3")
    lines.append("2024-03-01 10:06:00.000 DEBUG [core] build 7.12.0.344 commit 9f2c4e1a7b hash=5d41402abc4b2a76b9719d911017c592")
    exp += [["MOBILE", m], ["EMAIL", e]]
    return ("\n".join(lines) + "\n").encode("utf-8"), exp


def f_md(v: Values) -> tuple[bytes, list]:
    rows, exp = [], []
    for i in range(3):
        m, q = v.mobile(), v.qq()
        rows.append(f"| {NAMES[i]} | {m} | {q} |")
        exp += [["MOBILE", m], ["QQ", q]]
    w, land = v.wechat(), v.landline()
    text = ("# 班级通讯录\n\n> 仅供班级内部使用，请勿外传。\n\n| 姓名 | 手机 | QQ |\n|---|---|---|\n" + "\n".join(rows)
            + f"\n\n班主任微信：`{w}`，办公室电话 **{land}**。\n\nQQ群：712345678（家长群）\n")
    exp += [["WECHAT", w], ["LANDLINE", land]]
    return text.encode("utf-8"), exp


def f_utf16(v: Values) -> tuple[bytes, list]:
    m, w, c = v.mobile(), v.wechat(), v.card()
    text = (f"2024-03-01 20:11:02 糖糖妈\r\n我手机 {m}，微信 {w}\r\n"
            f"2024-03-01 20:12:40 老王\r\n好的，定金转你卡上 {sp4(c)}\r\n")
    return b"\xff\xfe" + text.encode("utf-16-le"), [["MOBILE", m], ["WECHAT", w], ["BANK_CARD", sp4(c)]]


def f_gb18030(v: Values) -> tuple[bytes, list]:
    m, idn = v.mobile(), v.id()[0]
    text = f"报案材料\n报案人身份证：{idn}\n联系电话：{m}\n经过：对方冒充客服，以退款为名骗取验证码。\n"
    return text.encode("gb18030"), [["ID_CARD", idn], ["MOBILE", m]]


def f_traps(v: Values) -> tuple[bytes, list]:
    text = ("订单号 202403011234567890123，运单 SF1400123456789，中通 73100012345678\n"
            "客服 400-820-8820 / 95588，内网 192.168.10.8，网关 10.0.0.1\n"
            "版本 v3.2.1.1024，sha1 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12\n"
            "双色球 03 09 14 22 27 31 + 08，价格 ¥1399.00\n")
    return text.encode("utf-8"), []


FILES = [
    ("customers_gbk.csv", f_csv_gbk, "CSV, GBK"),
    ("orders_utf8bom.csv", f_csv_bom, "CSV, UTF-8 with BOM"),
    ("passports.tsv", f_tsv, "TSV, UTF-8"),
    ("roster.xlsx", f_xlsx, "XLSX, two sheets, phone and QQ stored as numbers (number format 0), birth date as a date"),
    ("contract.docx", f_docx, "DOCX, paragraphs and a table"),
    ("complaint.pdf", f_pdf, "PDF with a text layer (Typst, Noto Sans CJK)"),
    ("complaint.eml", f_eml, "EML, GBK quoted-printable body, UTF-8 attachment contacts.txt, addresses in From/To"),
    ("store.html", f_html, "HTML with entities, a number split by <b>, a data-phone attribute"),
    ("events.jsonl", f_jsonl, "JSONL, nested objects, QQ as a JSON number"),
    ("order.json", f_json, "JSON, nested"),
    ("access.log", f_log, "nginx access log + application log"),
    ("classlist.md", f_md, "Markdown table and inline code"),
    ("chat_utf16.txt", f_utf16, "UTF-16LE with BOM, CRLF"),
    ("report_gb18030.txt", f_gb18030, "GB18030 text"),
    ("traps.txt", f_traps, "look-alikes only: nothing to find"),
]


def build() -> tuple[dict[str, bytes], dict]:
    v = Values(SEED)
    blobs, manifest = {}, {"files": [], "skipped": []}
    for name, fn, desc in FILES:
        data, exp = fn(v)
        if data is None:
            manifest["skipped"].append({"name": name, "reason": "typst or a CJK font is not available"})
            continue
        assert len(data) < 50_000, name
        blobs[name] = data
        manifest["files"].append({"name": name, "format": desc, "expected": exp})
    return blobs, manifest


def main(argv: list[str]) -> int:
    blobs, manifest = build()
    mtext = json.dumps(manifest, ensure_ascii=False, indent=1) + "\n"
    if "--check" in argv:
        bad = [n for n, b in blobs.items() if not (OUT / n).exists() or (OUT / n).read_bytes() != b]
        if (OUT / "manifest.json").read_text(encoding="utf-8") != mtext:
            bad.append("manifest.json")
        print("files are up to date" if not bad else f"differ from a fresh build: {bad}")
        return 1 if bad else 0
    OUT.mkdir(exist_ok=True)
    for n, b in blobs.items():
        (OUT / n).write_bytes(b)
    (OUT / "manifest.json").write_text(mtext, encoding="utf-8")
    print(f"wrote {len(blobs)} files + manifest.json to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
