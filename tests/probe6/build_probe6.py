"""Build probe 6: leaked-data files in the formats dumps really come in, with a manifest.

Deterministic (fixed seeds, fixed zip timestamps): running it twice gives byte-identical files.

    python tests/probe6/build_probe6.py [OUT_DIR]     # default: tests/probe6/files/

``manifest.json`` lists, per file, every personal value in order of occurrence as ``[type, value]``
(``values``: the 13 structured types) and, separately, ``names``: PERSON / ADDRESS values that sit under a
姓名 / 地址 header (or an equivalent key). A value occurring twice is listed twice (multiset).
Values are written exactly as they appear in the file after decoding (charset, JSON string escapes,
HTML entities, MIME transfer encodings, XLSX cell value rendered with ``str``).
All data is fake.
"""

from __future__ import annotations

import base64
import csv
import io
import json
import quopri
import sys
import zipfile
from email.header import Header
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fakedata import Fake  # noqa: E402

HERE = Path(__file__).resolve().parent
FIXED_ZIP_TIME = (2024, 1, 1, 0, 0, 0)


class File:
    def __init__(self, name: str, kind: str, encoding: str, text_like: bool, note: str = "") -> None:
        self.name, self.kind, self.encoding, self.text_like, self.note = name, kind, encoding, text_like, note
        self.values: list[list[str]] = []
        self.names: list[list[str]] = []
        self.names_basis = ""

    def v(self, typ: str, value: str) -> str:
        self.values.append([typ, value])
        return value

    def n(self, typ: str, value: str) -> str:
        self.names.append([typ, value])
        return value

    def meta(self) -> dict:
        d = {"name": self.name, "kind": self.kind, "encoding": self.encoding, "text_like": self.text_like,
             "note": self.note, "values": _group(self.values)}
        if self.names_basis:
            d["names_basis"] = self.names_basis
            d["names"] = _group(self.names)
        return d


def _group(pairs: list[list[str]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for t, v in pairs:
        out.setdefault(t, []).append(v)
    return out


def _dump_manifest(manifest: dict) -> str:
    """Readable yet compact: one line per type list."""
    lines = ["{", f' "probe": {json.dumps(manifest["probe"])},', f' "seed": {manifest["seed"]},',
             f' "format": {json.dumps(manifest["format"], ensure_ascii=False)},', ' "files": [']
    for i, fm in enumerate(manifest["files"]):
        lines.append("  {")
        items = list(fm.items())
        for j, (k, v) in enumerate(items):
            end = "," if j < len(items) - 1 else ""
            if isinstance(v, dict):
                lines.append(f"   {json.dumps(k)}: {{")
                sub = list(v.items())
                for m, (t, vals) in enumerate(sub):
                    lines.append(f"    {json.dumps(t)}: {json.dumps(vals, ensure_ascii=False)}"
                                 + ("," if m < len(sub) - 1 else ""))
                lines.append("   }" + end)
            else:
                lines.append(f"   {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}{end}")
        lines.append("  }" + ("," if i < len(manifest["files"]) - 1 else ""))
    lines += [" ]", "}"]
    return "\n".join(lines) + "\n"


def _csv_text(rows: list[list[str]], delimiter: str = ",", newline: str = "\n") -> str:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator=newline, quoting=csv.QUOTE_MINIMAL)
    w.writerows(rows)
    return buf.getvalue()


def build(out: Path) -> list[dict]:
    out.mkdir(parents=True, exist_ok=True)
    for p in out.iterdir():
        if p.is_file():
            p.unlink()
    fk = Fake(20240606)
    files: list[File] = []

    def write(f: File, data: bytes) -> None:
        (out / f.name).write_bytes(data)
        files.append(f)

    # 1. ---- account dump: 手机号----密码----QQ, no header
    f = File("01_qq_dump.txt", "dash4-noheader", "utf-8", True, "手机号----密码----QQ, 300 lines, no header")
    lines = [f"{f.v('MOBILE', fk.mobile())}----{fk.password()}----{f.v('QQ', fk.qq())}" for _ in range(300)]
    write(f, ("\n".join(lines) + "\n").encode())

    # 2. ---- dump: email----password----mobile, some numeric @qq.com addresses
    f = File("02_mail_dump.txt", "dash4-noheader", "utf-8", True,
             "邮箱----密码----手机号; one in five e-mails is <digits>@qq.com (EMAIL only, no QQ expected)")
    lines = []
    for i in range(200):
        em = f.v("EMAIL", fk.email(numeric_qq=i % 5 == 0))
        lines.append(f"{em}----{fk.password()}----{f.v('MOBILE', fk.mobile())}")
    write(f, ("\r\n".join(lines) + "\r\n").encode())

    # 3. ---- dump with a Chinese header, GBK
    f = File("03_dash_header_gbk.txt", "dash4-header", "gbk", True, "GBK, header 姓名----身份证号----手机号----地址")
    f.names_basis = "header 姓名/地址"
    lines = ["姓名----身份证号----手机号----地址"]
    for _ in range(120):
        lines.append("----".join([f.n("PERSON", fk.person()), f.v("ID_CARD", fk.id_card()),
                                   f.v("MOBILE", fk.mobile()), f.n("ADDRESS", fk.address())]))
    write(f, ("\r\n".join(lines) + "\r\n").encode("gbk"))

    # 4. | separated with header
    f = File("04_pipe_header.txt", "pipe-header", "utf-8", True, "| with header incl. 固定电话, 邮箱, 注册IP")
    f.names_basis = "header 姓名"
    lines = ["用户ID|姓名|手机号|固定电话|邮箱|注册IP|注册时间"]
    for i in range(150):
        lines.append("|".join([str(100000 + i * 7), f.n("PERSON", fk.person()), f.v("MOBILE", fk.mobile()),
                               f.v("LANDLINE", fk.landline()), f.v("EMAIL", fk.email()), f.v("IP", fk.ip()),
                               f"2019-0{1 + i % 9}-1{i % 10} 1{i % 10}:2{i % 10}:33"]))
    write(f, ("\n".join(lines) + "\n").encode())

    # 5. | separated, no header
    f = File("05_pipe_noheader.log", "pipe-noheader", "utf-8", True,
             "| without header: id_card|mobile|bank_card|ip|timestamp_ms|private_ip")
    lines = []
    for i in range(150):
        lines.append("|".join([f.v("ID_CARD", fk.id_card()), f.v("MOBILE", fk.mobile()),
                               f.v("BANK_CARD", fk.bank_card()), f.v("IP", fk.ip()),
                               str(1700000000000 + i * 86413), fk.private_ip()]))
    write(f, ("\n".join(lines) + "\n").encode())

    # 6. CSV with header, UTF-8 BOM
    f = File("06_customers_bom.csv", "csv-header", "utf-8-sig", True,
             "UTF-8 BOM, header 姓名,手机,身份证号,银行卡号,邮箱,出生日期,地址; quoted addresses with commas")
    f.names_basis = "header 姓名/地址"
    rows = [["姓名", "手机", "身份证号", "银行卡号", "邮箱", "出生日期", "地址"]]
    for i in range(150):
        born = fk.birth()
        addr = fk.address()
        if i % 10 == 0:
            addr = addr.replace("号", "号,", 1) + "(近地铁站)"
        rows.append([f.n("PERSON", fk.person()), f.v("MOBILE", fk.mobile()), f.v("ID_CARD", fk.id_card(born)),
                     f.v("BANK_CARD", fk.bank_card()), f.v("EMAIL", fk.email()),
                     f.v("BIRTHDATE", f"{born:%Y-%m-%d}"), f.n("ADDRESS", addr)])
    write(f, _csv_text(rows, newline="\r\n").encode("utf-8-sig"))

    # 7. CSV without header, with a trap column (order no.) and plates
    f = File("07_noheader.csv", "csv-noheader", "utf-8", True,
             "no header: order_no(20 digits, trap),mobile,id_card,plate,qq,amount")
    rows = []
    for i in range(150):
        order = f"2024{(i * 7919) % 10**16:016d}"
        rows.append([order, f.v("MOBILE", fk.mobile()), f.v("ID_CARD", fk.id_card()), f.v("PLATE", fk.plate()),
                     f.v("QQ", fk.qq()), f"{(i * 37) % 5000}.{i % 100:02d}"])
    write(f, _csv_text(rows).encode())

    # 8. CSV with quoted multi-line cells and "" escapes
    f = File("08_quoted_multiline.csv", "csv-header-quoted", "utf-8", True,
             'header; remarks with "" escapes and embedded newlines; 微信号, QQ号 columns')
    f.names_basis = "header 姓名/收货地址"
    rows = [["编号", "姓名", "微信号", "QQ号", "手机号码", "收货地址", "备注"]]
    for i in range(100):
        remark = ['客户说"别打电话"', "第一行\n第二行", "", "加急, 周末送达", '他说:"好的"\n已确认'][i % 5]
        rows.append([f"A{i:04d}", f.n("PERSON", fk.person()), f.v("WECHAT", fk.wechat()), f.v("QQ", fk.qq()),
                     f.v("MOBILE", fk.mobile()), f.n("ADDRESS", fk.address()), remark])
    write(f, _csv_text(rows).encode())

    # 9. MySQL dump, extended insert: one very long line
    f = File("09_mysqldump.sql", "sql-mysql", "utf-8", True,
             "mysqldump: CREATE TABLE with COMMENT '姓名'/'地址', one INSERT of 400 rows on a single line, "
             "backslash escapes in nick/remark, md5 passwords, reg_ip")
    f.names_basis = "CREATE TABLE column COMMENT '姓名'/'地址' (label call)"
    tuples = []
    for i in range(400):
        nick = ["Tom\\'s", "小\\\\猫", "a,b", "(笑)", "ok"][i % 5]
        remark = ["VIP", "说\\'别打\\'", "line1\\nline2", "", "含,逗号"][i % 5]
        tuples.append(
            f"({i + 1},'{nick}','{f.n('PERSON', fk.person())}','{f.v('MOBILE', fk.mobile())}',"
            f"'{f.v('ID_CARD', fk.id_card())}','{f.v('EMAIL', fk.email())}',{f.v('QQ', fk.qq())},"
            f"'{fk.md5ish()}','{f.v('IP', fk.ip())}','{f.n('ADDRESS', fk.address())}','{remark}',"
            f"{1600000000 + i * 977})")
    sql = ("-- MySQL dump 10.13  Distrib 5.7.40, for Linux (x86_64)\n--\n-- Host: 127.0.0.1    Database: shop\n"
           "-- Server version\t5.7.40-log\n\n/*!40101 SET NAMES utf8mb4 */;\n\nDROP TABLE IF EXISTS `users`;\n"
           "CREATE TABLE `users` (\n  `id` int(11) NOT NULL AUTO_INCREMENT,\n"
           "  `nick` varchar(64) DEFAULT NULL COMMENT '昵称',\n  `real_name` varchar(32) DEFAULT NULL COMMENT '姓名',\n"
           "  `mobile` varchar(20) DEFAULT NULL COMMENT '手机号',\n  `id_card` varchar(18) DEFAULT NULL COMMENT '身份证号',\n"
           "  `email` varchar(128) DEFAULT NULL COMMENT '邮箱',\n  `qq` bigint(20) DEFAULT NULL COMMENT 'QQ',\n"
           "  `password` char(32) NOT NULL,\n  `reg_ip` varchar(45) DEFAULT NULL,\n"
           "  `address` varchar(255) DEFAULT NULL COMMENT '地址',\n  `remark` text,\n  `created` int(11) NOT NULL,\n"
           "  PRIMARY KEY (`id`)\n) ENGINE=InnoDB AUTO_INCREMENT=401 DEFAULT CHARSET=utf8mb4;\n\n"
           "LOCK TABLES `users` WRITE;\n/*!40000 ALTER TABLE `users` DISABLE KEYS */;\n"
           f"INSERT INTO `users` VALUES {','.join(tuples)};\n"
           "/*!40000 ALTER TABLE `users` ENABLE KEYS */;\nUNLOCK TABLES;\n\n-- Dump completed on 2024-01-01 00:00:00\n")
    write(f, sql.encode())

    # 10. PostgreSQL style: INSERT with column list, '' escapes; then a COPY block
    f = File("10_pgdump.sql", "sql-postgres", "utf-8", True,
             "INSERT INTO public.customers (name, phone, ...) per row with '' escapes, then COPY ... FROM stdin (TSV)")
    f.names_basis = "column list name/address (label call: English column names, no 姓名 header)"
    parts = ["--\n-- PostgreSQL database dump\n--\n\nSET client_encoding = 'UTF8';\n\n"]
    for i in range(80):
        remark = ["it''s ok", "", "O''Neil 先生", "a, b", "x"][i % 5]
        parts.append(
            f"INSERT INTO public.customers (id, name, phone, landline, id_no, bank_card, address, remark) VALUES "
            f"({i + 1}, '{f.n('PERSON', fk.person())}', '{f.v('MOBILE', fk.mobile())}', "
            f"'{f.v('LANDLINE', fk.landline())}', '{f.v('ID_CARD', fk.id_card())}', "
            f"'{f.v('BANK_CARD', fk.bank_card())}', '{f.n('ADDRESS', fk.address())}', '{remark}');\n")
    parts.append("\nCOPY public.logins (id, user_id, ip, email, plate, created_at) FROM stdin;\n")
    for i in range(80):
        parts.append(f"{i + 1}\t{i + 1}\t{f.v('IP', fk.ip())}\t{f.v('EMAIL', fk.email())}\t"
                     f"{f.v('PLATE', fk.plate())}\t2023-0{1 + i % 9}-1{i % 10} 08:00:00+08\n")
    parts.append("\\.\n\n--\n-- PostgreSQL database dump complete\n--\n")
    write(f, "".join(parts).encode())

    # 11. JSON array, nested objects, pretty printed, numbers as numbers
    f = File("11_customers.json", "json-array", "utf-8", True,
             "JSON array, indent=2, nested profile/contact/bank, mobile & qq stored as JSON numbers, "
             "gps as 'lat,lon' string, birthday 1990/05/12")
    f.names_basis = "keys 姓名 / 地址 (Chinese keys inside nested objects)"
    arr = []
    for i in range(80):
        born = fk.birth()
        mob = fk.mobile()
        rec = {"id": i + 1,
               "profile": {"姓名": f.n("PERSON", fk.person()), "idCard": f.v("ID_CARD", fk.id_card(born)),
                           "birthday": f.v("BIRTHDATE", f"{born:%Y/%m/%d}"),
                           "contact": {"mobile": int(f.v("MOBILE", mob)), "email": f.v("EMAIL", fk.email()),
                                       "qq": int(f.v("QQ", fk.qq())), "wechat": f.v("WECHAT", fk.wechat())}},
               "bank": {"cardNo": f.v("BANK_CARD", fk.bank_card()), "bankName": "某银行"},
               "addresses": [{"地址": f.n("ADDRESS", fk.address()), "default": True}],
               "lastLogin": {"ip": f.v("IP", fk.ip()), "gps": f.v("GPS", fk.gps()), "ts": 1700000000123 + i}}
        arr.append(rec)
    write(f, (json.dumps(arr, ensure_ascii=False, indent=2) + "\n").encode())

    # 12. JSON on a single very long line, ensure_ascii (\\uXXXX escapes)
    f = File("12_oneline_ascii.json", "json-oneline", "utf-8", True,
             "one ~90 KB line, Python json.dumps default (ensure_ascii → \\uXXXX), 300 records")
    f.names_basis = "key 姓名 (written as \\u59d3\\u540d escapes)"
    arr = []
    for _ in range(300):
        arr.append({"姓名": f.n("PERSON", fk.person()), "phone": f.v("MOBILE", fk.mobile()),
                    "id_card": f.v("ID_CARD", fk.id_card()), "email": f.v("EMAIL", fk.email())})
    write(f, json.dumps({"code": 0, "data": {"list": arr, "total": 300}}).encode())

    # 13. JSONL, nested, with trap numbers
    f = File("13_orders.jsonl", "jsonl", "utf-8", True,
             "JSONL orders: nested buyer/receiver/device, order_id 19 digits & trade_no (traps), plate, passport")
    f.names_basis = "keys 姓名 / 地址 inside receiver"
    lines = []
    for i in range(200):
        rec = {"order_id": f"{1700000000000000000 + i * 1234567}", "trade_no": f"4200001{i:012d}",
               "buyer": {"uid": 880000 + i, "mobile": f.v("MOBILE", fk.mobile()),
                         "vip": {"qq": f.v("QQ", fk.qq())}},
               "receiver": {"姓名": f.n("PERSON", fk.person()), "tel": f.v("MOBILE", fk.mobile()),
                            "地址": f.n("ADDRESS", fk.address())},
               "device": {"ip": f.v("IP", fk.ip()), "lan_ip": fk.private_ip(),
                          "ua": "Mozilla/5.0 Chrome/120.0.6099.109 Safari/537.36"},
               "amount": round((i * 13.7) % 900, 2)}
        if i % 4 == 0:
            rec["car"] = {"plate": f.v("PLATE", fk.plate())}
        if i % 5 == 0:
            rec["traveller"] = {"passport": f.v("PASSPORT", fk.passport())}
        lines.append(json.dumps(rec, ensure_ascii=False))
    write(f, ("\n".join(lines) + "\n").encode())

    # 14. TSV exported from Excel: GBK, CRLF, header, rarer types
    f = File("14_excel_export_gbk.tsv", "tsv-header", "gbk", True,
             "Excel 'Text (tab delimited)' export: GBK, CRLF; 护照号码, 港澳通行证号, 车牌号, 经纬度, 出生日期, 微信号")
    f.names_basis = "header 姓名/家庭地址"
    rows = [["序号", "姓名", "出生日期", "护照号码", "港澳通行证号", "车牌号", "微信号", "经纬度", "家庭地址"]]
    for i in range(100):
        rows.append([str(i + 1), f.n("PERSON", fk.person()), f.v("BIRTHDATE", f"{fk.birth():%Y-%m-%d}"),
                     f.v("PASSPORT", fk.passport()), f.v("HK_MACAO_PERMIT", fk.hk_permit()),
                     f.v("PLATE", fk.plate()), f.v("WECHAT", fk.wechat()), f.v("GPS", fk.gps()),
                     f.n("ADDRESS", fk.address())])
    write(f, _csv_text(rows, delimiter="\t", newline="\r\n").encode("gbk"))

    # 15. 2,000 records, one per line
    f = File("15_big_2000.csv", "csv-header-big", "utf-8", True, "2,000 records, header, 10 columns")
    f.names_basis = "header 姓名/地址"
    rows = [["序号", "姓名", "性别", "手机", "身份证", "邮箱", "QQ", "注册IP", "注册时间", "地址"]]
    for i in range(2000):
        rows.append([str(i + 1), f.n("PERSON", fk.person()), "男女"[i % 2], f.v("MOBILE", fk.mobile()),
                     f.v("ID_CARD", fk.id_card()), f.v("EMAIL", fk.email()), f.v("QQ", fk.qq()),
                     f.v("IP", fk.ip()), f"2020-{1 + i % 12:02d}-{1 + i % 28:02d} 12:{i % 60:02d}:00",
                     f.n("ADDRESS", fk.address())])
    write(f, _csv_text(rows).encode())

    # 16. mixed CRLF / LF
    f = File("16_mixed_newlines.txt", "pipe-header-mixed-eol", "utf-8", True,
             "| with header, lines alternately end in CRLF and LF, a few CR-less blank lines")
    f.names_basis = "header 姓名"
    out_s = "姓名|手机号|银行卡号|邮箱\r\n"
    for i in range(120):
        eol = "\r\n" if i % 3 else "\n"
        out_s += "|".join([f.n("PERSON", fk.person()), f.v("MOBILE", fk.mobile()),
                           f.v("BANK_CARD", fk.bank_card()), f.v("EMAIL", fk.email())]) + eol
        if i % 40 == 39:
            out_s += "\n"
    write(f, out_s.encode())

    # 17. UTF-16 LE with BOM, CSV
    f = File("17_utf16_bom.csv", "csv-header-utf16", "utf-16", True, "UTF-16 LE with BOM, CRLF, header")
    f.names_basis = "header 姓名"
    rows = [["姓名", "手机号", "身份证号", "固定电话", "车牌号"]]
    for _ in range(80):
        rows.append([f.n("PERSON", fk.person()), f.v("MOBILE", fk.mobile()), f.v("ID_CARD", fk.id_card()),
                     f.v("LANDLINE", fk.landline()), f.v("PLATE", fk.plate())])
    write(f, _csv_text(rows, newline="\r\n").encode("utf-16"))

    # 18. server log
    f = File("18_app.log", "log", "utf-8", True,
             "app log: key=value, JSON fragments, version strings, private IPs, ms timestamps, trace ids")
    lines = []
    for i in range(200):
        ts = f"2024-03-{1 + i % 28:02d} 0{i % 10}:1{i % 6}:{i % 60:02d}.{i % 1000:03d}"
        kind = i % 4
        if kind == 0:
            lines.append(f"{ts} INFO  [auth] login ok phone={f.v('MOBILE', fk.mobile())} ip={f.v('IP', fk.ip())} "
                         f"lan={fk.private_ip()} ua=\"Chrome/121.0.6167.85\" trace={1710000000000 + i}")
        elif kind == 1:
            lines.append(f"{ts} WARN  [pay] bind card failed cardNo={f.v('BANK_CARD', fk.bank_card())} "
                         f"idNo={f.v('ID_CARD', fk.id_card())} code=E1002 ver=v2.3.{i % 9}.1")
        elif kind == 2:
            lines.append(f"{ts} DEBUG [geo] "
                         + json.dumps({"user": {"email": f.v("EMAIL", fk.email())},
                                       "loc": f.v("GPS", fk.gps()), "ip": f.v("IP", fk.ip())}))
        else:
            lines.append(f"{ts} INFO  [im] bind wechat={f.v('WECHAT', fk.wechat())} qq={f.v('QQ', fk.qq())} "
                         f"tel={f.v('LANDLINE', fk.landline())} cost={i % 97}ms")
    write(f, ("\n".join(lines) + "\n").encode())

    # 19. XLSX with phone numbers stored as numbers
    f = File("19_members.xlsx", "xlsx", "xlsx", False,
             "sheet 会员: 手机号 and QQ stored as integers, 身份证号/银行卡号 as text, 邮箱; second sheet 备注 with "
             "free text")
    f.names_basis = "header 姓名/地址"
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "会员"
    ws.append(["姓名", "手机号", "身份证号", "银行卡号", "邮箱", "QQ", "地址"])
    for _ in range(100):
        ws.append([f.n("PERSON", fk.person()), int(f.v("MOBILE", fk.mobile())), f.v("ID_CARD", fk.id_card()),
                   f.v("BANK_CARD", fk.bank_card()), f.v("EMAIL", fk.email()), int(f.v("QQ", fk.qq())),
                   f.n("ADDRESS", fk.address())])
    ws2 = wb.create_sheet("备注")
    ws2.append(["说明"])
    for _ in range(10):
        ws2.append([f"客户来电 {f.v('MOBILE', fk.mobile())}，要求退款"])
    import datetime as _dt
    wb.properties.created = wb.properties.modified = _dt.datetime(2024, 1, 1)
    buf = io.BytesIO()
    wb.save(buf)
    write(f, _fixed_zip(buf.getvalue()))

    # 20. HTML customer list
    f = File("20_customers.html", "html", "utf-8", False,
             "HTML table with <th> headers, phones written 138-1234-5678 / 138 1234 5678, one e-mail column "
             "written with &#64; or inside a mailto link, &nbsp; in the footer")
    f.names_basis = "th 姓名/地址"
    rows_html = []
    for i in range(60):
        m = fk.mobile()
        mshown = f"{m[:3]}-{m[3:7]}-{m[7:]}" if i % 2 else f"{m[:3]} {m[3:7]} {m[7:]}"
        em = fk.email()
        if i % 3 == 0:
            em_html = em.replace("@", "&#64;")
        elif i % 3 == 1:
            em_html = f'<a href="mailto:{em}">{em}</a>'
        else:
            em_html = em
        rows_html.append(
            f"    <tr><td>{i + 1}</td><td>{f.n('PERSON', fk.person())}</td><td>{f.v('MOBILE', mshown)}</td>"
            f"<td>{f.v('ID_CARD', fk.id_card())}</td><td>{em_html}</td>"
            f"<td>{f.n('ADDRESS', fk.address())}</td></tr>")
        f.v("EMAIL", em)
        if i % 3 == 1:
            f.v("EMAIL", em)   # the mailto: href is a second occurrence in the file (label call)
    html_rows = rows_html
    html = ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head><meta charset=\"utf-8\"><title>客户名单</title>\n"
            "<style>td{padding:2px}</style></head>\n<body>\n<h1>VIP 客户名单（内部）</h1>\n"
            "<table border=\"1\">\n  <thead><tr><th>序号</th><th>姓名</th><th>电话</th><th>身份证号</th>"
            "<th>邮箱</th><th>地址</th></tr></thead>\n  <tbody>\n" + "\n".join(html_rows)
            + "\n  </tbody>\n</table>\n<p>导出时间：2024-01-01&nbsp;10:00</p>\n</body>\n</html>\n")
    write(f, html.encode())

    # 21. .eml: GBK quoted-printable body + base64 CSV attachment
    f = File("21_leak_notice.eml", "eml", "mime", False,
             "headers with personal From/To/Cc addresses (display names RFC 2047), Message-ID on a company "
             "domain (not labelled), text/plain GBK quoted-printable body, text/csv base64 UTF-8 attachment")
    f.names_basis = "attachment header 姓名/地址"
    frm, to, cc = fk.email(), fk.email(), fk.email()
    for e in (frm, frm, to, cc):   # Return-Path and From both carry the sender
        f.v("EMAIL", e)
    body_lines = ["您好：", "", "以下是昨天投诉的客户信息，请尽快回访：", ""]
    for _ in range(8):
        body_lines.append(f"手机：{f.v('MOBILE', fk.mobile())}  身份证：{f.v('ID_CARD', fk.id_card())}  "
                          f"银行卡：{f.v('BANK_CARD', fk.bank_card())}")
    body_lines += ["", f"有问题请联系我，电话 {f.v('LANDLINE', fk.landline())}，QQ {f.v('QQ', fk.qq())}。", "", "谢谢"]
    body = "\r\n".join(body_lines) + "\r\n"
    qp = quopri.encodestring(body.encode("gbk")).decode("ascii")
    att_rows = [["姓名", "手机号", "地址"]]
    for _ in range(20):
        att_rows.append([f.n("PERSON", fk.person()), f.v("MOBILE", fk.mobile()), f.n("ADDRESS", fk.address())])
    att_b64 = base64.encodebytes(_csv_text(att_rows, newline="\r\n").encode()).decode("ascii").replace("\n", "\r\n")
    from_name = Header("客服小刘", "utf-8").encode()
    to_name = Header("售后组", "utf-8").encode()
    subj = Header("客户名单（请勿外传）", "utf-8").encode()
    eml = (f"Return-Path: <{frm}>\r\nMessage-ID: <20240101093000.4f2a9c@mail.shop-example.com>\r\n"
           f"Date: Mon, 1 Jan 2024 09:30:00 +0800\r\nFrom: {from_name} <{frm}>\r\nTo: {to_name} <{to}>\r\n"
           f"Cc: {cc}\r\nSubject: {subj}\r\nMIME-Version: 1.0\r\n"
           "Content-Type: multipart/mixed; boundary=\"----=_Part_0_12345.67890\"\r\n\r\n"
           "This is a multi-part message in MIME format.\r\n\r\n------=_Part_0_12345.67890\r\n"
           "Content-Type: text/plain; charset=\"gbk\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
           f"{qp}\r\n------=_Part_0_12345.67890\r\n"
           "Content-Type: text/csv; charset=\"utf-8\"; name=\"list.csv\"\r\nContent-Transfer-Encoding: base64\r\n"
           "Content-Disposition: attachment; filename*=utf-8''%E5%AE%A2%E6%88%B7.csv\r\n\r\n"
           f"{att_b64}\r\n------=_Part_0_12345.67890--\r\n")
    write(f, eml.encode("ascii"))

    # 22. , CSV with header in GB18030-only? keep GBK-compatible; plain GBK comma CSV with landline/plate
    f = File("22_gbk_vehicle.csv", "csv-header-gbk", "gbk", True,
             "GBK CSV (no BOM), header 车主姓名,车牌号,联系电话(landline or mobile),身份证号,住址")
    f.names_basis = "header 车主姓名/住址 (label call: not literally 姓名/地址)"
    rows = [["车主姓名", "车牌号", "联系电话", "身份证号", "住址"]]
    for i in range(100):
        tel = f.v("LANDLINE", fk.landline()) if i % 3 == 0 else f.v("MOBILE", fk.mobile())
        rows.append([f.n("PERSON", fk.person()), f.v("PLATE", fk.plate()), tel, f.v("ID_CARD", fk.id_card()),
                     f.n("ADDRESS", fk.address())])
    write(f, _csv_text(rows, newline="\r\n").encode("gbk"))

    # 23. plain dump of text records, key:value per line blocks (bank KYC leak)
    f = File("23_kyc_blocks.txt", "text-blocks", "utf-8", True,
             "blocks of 姓名：/证件号码：/护照：/港澳通行证：/手机：/开户账号：/IP：/坐标：/生日： separated by ----- lines")
    f.names_basis = "cue 姓名：/住址： on each block (label call: cue, not a header)"
    blocks = []
    for _ in range(60):
        born = fk.birth()
        blocks.append("\n".join([
            f"姓名：{f.n('PERSON', fk.person())}",
            f"证件号码：{f.v('ID_CARD', fk.id_card(born))}",
            f"生日：{f.v('BIRTHDATE', f'{born.year}年{born.month}月{born.day}日')}",
            f"护照：{f.v('PASSPORT', fk.passport())}",
            f"港澳通行证：{f.v('HK_MACAO_PERMIT', fk.hk_permit())}",
            f"手机：{f.v('MOBILE', fk.mobile())}",
            f"开户账号：{f.v('BANK_CARD', fk.bank_card())}",
            f"登录IP：{f.v('IP', fk.ip())}",
            f"坐标：{f.v('GPS', fk.gps())}",
            f"住址：{f.n('ADDRESS', fk.address())}"]))
    write(f, ("\n-----\n".join(blocks) + "\n").encode())

    manifest = {"probe": "probe6", "seed": 20240606,
                "format": "values/names: {TYPE: [value, ...]} in order of occurrence; a repeated value is listed "
                          "once per occurrence (multiset)",
                "files": [x.meta() for x in files]}
    (out / "manifest.json").write_text(_dump_manifest(manifest), encoding="utf-8")
    return manifest["files"]


def _fixed_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps and order so the xlsx is byte-for-byte reproducible."""
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re
                content = re.sub(rb"<dcterms:(created|modified)([^>]*)>[^<]*<",
                                 rb"<dcterms:\1\2>2024-01-01T00:00:00Z<", content)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, content)
    return buf.getvalue()


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "files"
    meta = build(target)
    total = sum(len(v) for m in meta for v in m["values"].values())
    names = sum(len(v) for m in meta for v in m.get("names", {}).values())
    print(f"{len(meta)} files, {total} structured values, {names} names/addresses -> {target}")
