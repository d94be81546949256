"""Build files/ — small structured files with labelled PERSON / ADDRESS values, and files/manifest.json.

    python tests/probe8/build_files.py           # writes files/
    python tests/probe8/build_files.py --check   # rebuilds in memory and compares byte for byte

Rebuilds are byte-identical: XLSX/DOCX archives are rewritten with fixed timestamps and fixed document dates,
the e-mail has a fixed Date and Message-ID.
"""

from __future__ import annotations

import csv
import html
import io
import json
import random
import re
import sys
import zipfile
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import p8_gen as g  # noqa: E402

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
SEED = 8080808
FIXED_ZIP_TIME = (2024, 1, 1, 0, 0, 0)
FIXED_DATE = "2024-01-01T00:00:00Z"


class Expected:
    """Distinct (type, value) pairs of one file, in order of first appearance."""

    def __init__(self) -> None:
        self.items: list[list[str]] = []

    def p(self, v: str) -> str:
        return self._add("PERSON", v)

    def a(self, v: str) -> str:
        return self._add("ADDRESS", v)

    def _add(self, t: str, v: str) -> str:
        if [t, v] not in self.items:
            self.items.append([t, v])
        return v


def _normalize_zip(data: bytes) -> bytes:
    """Rewrite an OOXML archive with fixed entry times and fixed document dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(
                    rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)",
                    rb"\g<1>" + FIXED_DATE.encode() + rb"\g<3>",
                    body,
                )
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, body)
    return out.getvalue()


def _csv_bytes(rows: list[list[str]], encoding: str) -> bytes:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    return buf.getvalue().encode(encoding)


def _big5_ok(*values: str) -> bool:
    try:
        for v in values:
            v.encode("big5")
    except UnicodeEncodeError:
        return False
    return True


def build() -> dict[str, bytes]:
    rng = random.Random(SEED)
    out: dict[str, bytes] = {}
    manifest = []

    def add(name: str, fmt: str, data: bytes, exp: Expected, note: str) -> None:
        out[name] = data
        manifest.append({"name": name, "format": fmt, "note": note, "expected": exp.items})

    # 1. CSV, UTF-8 with BOM
    e = Expected()
    rows = [["姓名", "手机", "收货地址", "昵称", "城市"]]
    for _ in range(12):
        rows.append(
            [
                e.p(g.person(rng)),
                g.phone(rng),
                e.a(g.address(rng)),
                rng.choice(g.NICKNAMES),
                g.region_only(rng)[1],
            ]
        )
    add(
        "customers_utf8bom.csv",
        "csv",
        b"\xef\xbb\xbf" + _csv_bytes(rows, "utf-8"),
        e,
        "UTF-8 with BOM; 昵称 and 城市 columns are not labelled",
    )

    # 2. CSV, GBK
    e = Expected()
    rows = [["收货人", "联系电话", "详细地址", "公司名称", "备注"]]
    for _ in range(12):
        rows.append(
            [
                e.p(g.person(rng)),
                g.phone(rng, False),
                e.a(g.address(rng)),
                g.company(rng),
                rng.choice(g.NOTES),
            ]
        )
    add("orders_gbk.csv", "csv", _csv_bytes(rows, "gbk"), e, "GBK; 公司名称 and 备注 are not labelled")

    # 3. CSV, Big5 (traditional script)
    e = Expected()
    rows = [["姓名", "電話", "地址", "暱稱"]]
    while len(rows) < 9:
        name = g.trad_person(rng)
        _pc, addr = g.tw_address(rng)
        if rng.random() < 0.3:
            addr = g.hk_address(rng)
        if not _big5_ok(name, addr):
            continue
        rows.append(
            [
                e.p(name),
                f"09{rng.randint(10000000, 99999999)}",
                e.a(addr),
                rng.choice(["小魚", "阿傑", "胖虎"]),
            ]
        )
    add("contacts_big5.csv", "csv", _csv_bytes(rows, "big5"), e, "Big5, traditional script, Taiwan/Hong Kong")

    # 4. XLSX
    import openpyxl

    e = Expected()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "会员"
    ws.append(["客户名称", "电话", "家庭住址", "用户名", "省份"])
    for _ in range(10):
        ws.append(
            [
                e.p(g.person(rng)),
                g.phone(rng),
                e.a(g.address(rng)),
                rng.choice(g.USERNAMES),
                g.region_only(rng)[0],
            ]
        )
    ws2 = wb.create_sheet("紧急联系人")
    ws2.append(["会员编号", "紧急联系人", "关系", "通讯地址"])
    for r in range(5):
        ws2.append(
            [f"M{1000 + r}", e.p(g.person(rng)), rng.choice(["父亲", "母亲", "配偶"]), e.a(g.address(rng))]
        )
    wb.properties.creator = "probe8"
    buf = io.BytesIO()
    wb.save(buf)
    add(
        "members.xlsx",
        "xlsx",
        _normalize_zip(buf.getvalue()),
        e,
        "two sheets; 用户名 and 省份 are not labelled",
    )

    # 5. DOCX with a table
    import docx

    e = Expected()
    doc = docx.Document()
    doc.add_heading("房屋租赁登记表", level=1)
    t = doc.add_table(rows=0, cols=4)
    for label1, label2 in [("出租人", "联系电话"), ("承租人", "联系电话")]:
        cells = t.add_row().cells
        cells[0].text, cells[1].text, cells[2].text, cells[3].text = (
            label1,
            e.p(g.person(rng)),
            label2,
            g.phone(rng),
        )
    cells = t.add_row().cells
    cells[0].text, cells[1].text = "房屋坐落", e.a(g.address(rng, "estate"))
    cells = t.add_row().cells
    cells[0].text, cells[1].text = "承租人户籍地址", e.a(g.address(rng, "village"))
    doc.add_paragraph("经办人：" + e.p(g.person(rng)))
    doc.add_paragraph(f"出租方单位：{g.company(rng)}")
    doc.core_properties.author = "probe8"
    buf = io.BytesIO()
    doc.save(buf)
    add("rental_form.docx", "docx", _normalize_zip(buf.getvalue()), e, "table: label cell, value cell")

    # 6. HTML table
    e = Expected()
    trs = []
    for _ in range(8):
        trs.append(
            f"<tr><td>{html.escape(e.p(g.person(rng)))}</td><td>{g.phone(rng)}</td>"
            f"<td>{html.escape(e.a(g.address(rng)))}</td><td>{g.company(rng)}</td></tr>"
        )
    page = (
        '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>员工通讯录</title></head>\n'
        "<body>\n<table>\n<thead><tr><th>姓名</th><th>手机</th><th>现住址</th><th>公司名称</th></tr></thead>\n<tbody>\n"
        + "\n".join(trs)
        + "\n</tbody>\n</table>\n</body></html>\n"
    )
    add("staff.html", "html", page.encode("utf-8"), e, "公司名称 column is not labelled")

    # 7. JSON
    e = Expected()
    recs = []
    for r in range(8):
        recs.append(
            {
                "id": r + 1,
                "realName": e.p(g.person(rng)),
                "nickName": rng.choice(g.NICKNAMES),
                "mobile": g.phone(rng),
                "address": {"city": g.region_only(rng)[1], "detail": e.a(g.address(rng))},
                "companyName": g.company(rng),
            }
        )
    add(
        "receivers.json",
        "json",
        (json.dumps({"data": recs}, ensure_ascii=False, indent=2) + "\n").encode("utf-8"),
        e,
        "address.detail is labelled, address.city is not",
    )

    # 8. JSONL
    e = Expected()
    lines = []
    for r in range(10):
        lines.append(
            json.dumps(
                {
                    "ts": f"2024-03-{r + 10:02d}T10:00:00",
                    "event": "order_created",
                    "consignee": e.p(g.person(rng)),
                    "consignee_addr": e.a(g.address(rng)),
                    "shop": rng.choice(["老街坊麻辣烫", "阳光数码", "一品鲜面馆"]),
                },
                ensure_ascii=False,
            )
        )
    add("orders.jsonl", "jsonl", ("\n".join(lines) + "\n").encode("utf-8"), e, "one event per line")

    # 9. SQL dump: the only hint for the columns xm / dz is the COMMENT
    e = Expected()
    sql = [
        "-- MySQL dump (synthetic)",
        "DROP TABLE IF EXISTS `t_cust`;",
        "CREATE TABLE `t_cust` (",
        "  `id` int NOT NULL AUTO_INCREMENT,",
        "  `xm` varchar(32) DEFAULT NULL COMMENT '姓名',",
        "  `sjh` varchar(16) DEFAULT NULL COMMENT '手机号',",
        "  `dz` varchar(255) DEFAULT NULL COMMENT '地址',",
        "  `nc` varchar(32) DEFAULT NULL COMMENT '昵称',",
        "  `gs` varchar(64) DEFAULT NULL COMMENT '公司名称',",
        "  PRIMARY KEY (`id`)",
        ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;",
        "",
        "INSERT INTO `t_cust` VALUES ",
    ]
    vals = []
    for r in range(10):
        vals.append(
            f"({r + 1},'{e.p(g.person(rng))}','{g.phone(rng, False)}','{e.a(g.address(rng))}',"
            f"'{rng.choice(g.NICKNAMES)}','{g.company(rng)}')"
        )
    sql[-1] += ",".join(vals) + ";"
    add(
        "dump.sql",
        "sql",
        ("\n".join(sql) + "\n").encode("utf-8"),
        e,
        "columns named by pinyin initials; COMMENT says 姓名/地址",
    )

    # 10. XML
    e = Expected()
    xs = ['<?xml version="1.0" encoding="UTF-8"?>', "<orders>"]
    for _ in range(6):
        xs += [
            f'  <order no="{rng.randint(10**9, 10**10)}">',
            f"    <receiverName>{e.p(g.person(rng))}</receiverName>",
            f"    <receiverAddress>{e.a(g.address(rng))}</receiverAddress>",
            f"    <senderName>{e.p(g.person(rng))}</senderName>",
            f"    <city>{g.region_only(rng)[1]}</city>",
            "  </order>",
        ]
    xs.append("</orders>")
    add("orders.xml", "xml", ("\n".join(xs) + "\n").encode("utf-8"), e, "<city> is not labelled")

    # 11. EML shipping notice
    e = Expected()
    rp, sp = e.p(g.person(rng)), e.p(g.person(rng))
    ra, sa = e.a(g.address(rng)), e.a(g.address(rng))
    msg = EmailMessage(policy=SMTP)
    msg["From"] = "notice@express.example.com"
    msg["To"] = "customer@example.com"
    msg["Subject"] = "您的包裹已发货"
    msg["Date"] = "Mon, 01 Jan 2024 09:00:00 +0800"
    msg["Message-ID"] = "<p8-shipping-0001@express.example.com>"
    body = (
        f"尊敬的客户，您好！\n\n您的订单已发货，信息如下：\n运单号：{g.tracking(rng)}\n"
        f"收件人：{rp}\n收件电话：{g.phone(rng, True)}\n收件地址：{ra}\n"
        f"寄件人：{sp}\n寄件地址：{sa}\n\n如有疑问请回复本邮件。\n{g.company(rng)} 客服中心\n"
    )
    msg.set_content(body, charset="utf-8")
    add(
        "shipping_notice.eml", "eml", msg.as_bytes(), e, "UTF-8 body (transfer-encoded by the e-mail library)"
    )

    manifest_bytes = (json.dumps({"files": manifest}, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    out["manifest.json"] = manifest_bytes
    return out


def main(argv: list[str]) -> int:
    built = build()
    if "--check" in argv:
        bad = [n for n, b in built.items() if not (FILES / n).exists() or (FILES / n).read_bytes() != b]
        extra = sorted({p.name for p in FILES.iterdir()} - set(built)) if FILES.exists() else []
        print("files/: identical" if not bad and not extra else f"files/: DIFFERS {bad} extra={extra}")
        return 0 if not bad and not extra else 1
    FILES.mkdir(exist_ok=True)
    for n, b in built.items():
        (FILES / n).write_bytes(b)
    print(f"wrote {len(built)} files to {FILES}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
