"""Build files/ (small documents in real formats) and files/manifest.json. Byte-identical rebuilds.

    python tests/probe7/build_files.py             # write files/
    python tests/probe7/build_files.py --check     # rebuild into a temporary directory and compare

manifest.json: {"files": [{"name", "format", "expected": [[TYPE, value-as-it-reads-after-decoding], ...]}],
                "skipped": []}
"""

from __future__ import annotations

import base64
import datetime as dt
import email
import io
import json
import random
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from p7_common import name, pv  # noqa: E402

FILES = HERE / "files"
FIXED_ZIP_TIME = (2024, 1, 1, 0, 0, 0)
FIXED_ISO = "2024-01-01T00:00:00Z"


class Exp:
    """Collects the expected values of one file."""

    def __init__(self) -> None:
        self.items: list[list[str]] = []

    def __call__(self, typ: str, value: str) -> str:
        if not pv.validate(typ, value):
            raise ValueError(f"expected value does not validate: {typ} {value!r}")
        self.items.append([typ, value])
        return value


def _normalise_zip(data: bytes) -> bytes:
    """Rewrite an OOXML zip with fixed timestamps (entry dates and docProps/core.xml)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms)", rb"\g<1>" + FIXED_ISO.encode() + rb"\2", body)
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, body)
    return out.getvalue()


# ---------------------------------------------------------------- one builder per file


def f_xlsx(rng):
    import openpyxl

    e = Exp()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "员工花名册"
    ws.append(["序号", "姓名", "手机", "身份证号", "出生日期", "工资卡号", "邮箱", "入职日期", "月薪"])
    for i in range(1, 7):
        born = pv.birth_date(rng, 1965, 2001)
        mob = pv.mobile(rng)
        idn = pv.id_card(rng, born)
        e("MOBILE", mob), e("ID_CARD", idn), e("BIRTHDATE", f"{born:%Y-%m-%d}")
        card = e("BANK_CARD", pv.bank_card(rng))
        mail = e("EMAIL", pv.email(rng))
        hired = dt.date(rng.randint(2012, 2023), rng.randint(1, 12), rng.randint(1, 28))
        ws.append([i, name(rng), int(mob), idn, dt.datetime(born.year, born.month, born.day), card, mail,
                   dt.datetime(hired.year, hired.month, hired.day), rng.randint(6000, 40000) + 0.5])
        ws.cell(row=i + 1, column=5).number_format = "yyyy-mm-dd"
        ws.cell(row=i + 1, column=8).number_format = "yyyy-mm-dd"
    ws2 = wb.create_sheet("车辆")
    ws2.append(["车位", "车牌号", "车主电话", "QQ"])
    for _ in range(3):
        p = e("PLATE", pv.plate(rng))
        mob = e("MOBILE", pv.mobile(rng))
        q = e("QQ", pv.qq(rng))
        ws2.append([f"B1-{rng.randint(1, 200):03d}", p, int(mob), int(q)])
    wb.properties.creator = "probe7"
    wb.properties.created = dt.datetime(2024, 1, 1)
    wb.properties.modified = dt.datetime(2024, 1, 1)
    buf = io.BytesIO()
    wb.save(buf)
    return _normalise_zip(buf.getvalue()), e.items


def f_csv_equals(rng):
    e = Exp()
    rows = ["客户编号,姓名,手机,身份证号,银行卡号,邮箱,余额"]
    for _ in range(6):
        rows.append(f'{rng.randint(100000, 999999)},{name(rng)},="{e("MOBILE", pv.mobile(rng))}",="{e("ID_CARD", pv.id_card(rng))}",'
                    f'="{e("BANK_CARD", pv.bank_card(rng))}",{e("EMAIL", pv.email(rng))},"{rng.randint(1000, 999999):,}.00"')
    return ("\ufeff" + "\r\n".join(rows) + "\r\n").encode("utf-8"), e.items


def f_pandas_csv(rng):
    e = Exp()
    rows = [",姓名,手机号,身份证号,出生日期,备注"]
    for i in range(6):
        born = pv.birth_date(rng)
        mob = e("MOBILE", pv.mobile(rng))
        if i % 3 == 2:
            idn = pv.id_card(rng, born)
            idtxt = f"{idn[0]}.{idn[1:6]}E+17"  # scientific notation: unreadable, not expected
        else:
            idtxt = e("ID_CARD", pv.id_card(rng, born))
        rows.append(f"{i},{name(rng)},{mob}.0,{idtxt},{e('BIRTHDATE', f'{born:%Y-%m-%d}')} 00:00:00,{rng.choice(['', 'VIP', '已注销'])}")
    return ("\n".join(rows) + "\n").encode("utf-8"), e.items


def f_gb18030(rng):
    e = Exp()
    born = pv.birth_date(rng, 1970, 1999)
    a, loc = pv.landline(rng, "020")
    m = pv.mobile(rng)
    text = (f"客户回访记录（GB18030 编码）\r\n"
            f"客户：{name(rng)}，出生日期：{e('BIRTHDATE', pv.fmt_date(born, 2))}\r\n"
            f"身份证：{e('ID_CARD', pv.id_card(rng, born))}\r\n"
            f"手机：{e('MOBILE', m[:3] + '-' + m[3:7] + '-' + m[7:])}　座机：{e('LANDLINE', f'{a}-{loc}')}\r\n"
            f"微信：{e('WECHAT', pv.wechat(rng))}　邮箱：{e('EMAIL', pv.email(rng))}\r\n"
            f"车牌：{e('PLATE', pv.plate(rng))}　备注：客户要求删除其个人信息，已登记工单 GD{rng.randint(10 ** 8, 10 ** 9)}。\r\n"
            f"罕用字测试：𠮷野家　䶮　㐂\r\n")
    return text.encode("gb18030"), e.items


def f_big5(rng):
    e = Exp()
    born = pv.birth_date(rng, 1975, 2000)
    text = (f"澳門旅客登記表（Big5 編碼）\n"
            f"旅客姓名：{name(rng, True)}\n出生日期：{e('BIRTHDATE', f'{born:%Y-%m-%d}')}\n"
            f"護照號碼：{e('PASSPORT', pv.passport(rng))}\n"
            f"往來港澳通行證：{e('HK_MACAO_PERMIT', pv.hk_permit(rng))}\n"
            f"澳門手提電話：{e('MOBILE', '+853 ' + pv.mo_mobile(rng))}\n"
            f"內地手機：{e('MOBILE', pv.mobile(rng))}\n"
            f"電郵：{e('EMAIL', pv.email(rng))}\n")
    return text.encode("big5"), e.items


def f_sql(rng):
    e = Exp()
    lines = ["-- MySQL dump 10.13  Distrib 8.0.36", "-- Host: 10.20.30.40    Database: shop", "",
             "DROP TABLE IF EXISTS `customer`;",
             "CREATE TABLE `customer` (",
             "  `id` int NOT NULL,",
             "  `real_name` varchar(20) DEFAULT NULL COMMENT '真实姓名',",
             "  `tel` varchar(20) DEFAULT NULL COMMENT '手机号',",
             "  `cert_no` varchar(18) DEFAULT NULL COMMENT '身份证号码',",
             "  `card` varchar(19) DEFAULT NULL COMMENT '银行卡号',",
             "  `reg_ip` varchar(45) DEFAULT NULL COMMENT '注册IP',",
             "  `amount` decimal(12,2) DEFAULT NULL COMMENT '消费金额',",
             "  PRIMARY KEY (`id`)",
             ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='客户表';", "",
             "LOCK TABLES `customer` WRITE;",
             "INSERT INTO `customer` (`id`, `real_name`, `tel`, `cert_no`, `card`, `reg_ip`, `amount`) VALUES "]
    vals = []
    for i in range(5):
        ip = e("IP", pv.public_ipv4(rng) if i % 2 else pv.public_ipv6(rng))
        vals.append(f"({1001 + i},'{name(rng)}','{e('MOBILE', pv.mobile(rng))}','{e('ID_CARD', pv.id_card(rng))}',"
                    f"'{e('BANK_CARD', pv.bank_card(rng))}','{ip}',{rng.randint(1, 99999)}.{rng.randint(10, 99)})")
    lines[-1] += ",".join(vals) + ";"
    lines += ["UNLOCK TABLES;", "-- Dump completed on 2024-03-01 12:00:00", ""]
    return "\n".join(lines).encode("utf-8"), e.items


def f_xml(rng):
    e = Exp()
    parts = ['<?xml version="1.0" encoding="UTF-8"?>', "<orders>"]
    for _ in range(3):
        a, loc = pv.landline(rng)
        parts += [f'  <order no="{rng.randint(10 ** 15, 10 ** 16 - 1)}">',
                  f"    <receiver>{name(rng)}</receiver>",
                  f"    <mobile>{e('MOBILE', pv.mobile(rng))}</mobile>",
                  f"    <tel>{e('LANDLINE', f'({a}){loc}')}</tel>",
                  f"    <email>{e('EMAIL', pv.email(rng))}</email>",
                  f"    <plate>{e('PLATE', (p := pv.plate(rng))[:2] + '·' + p[2:])}</plate>",
                  "  </order>"]
    parts.append("</orders>")
    return ("\n".join(parts) + "\n").encode("utf-8"), e.items


def f_yaml(rng):
    e = Exp()
    lat, lon = pv.gps(rng, "深圳", 6)
    text = (f"# 门店配置\nstore:\n  name: 南山旗舰店\n  manager:\n    name: {name(rng)}\n"
            f"    mobile: '{e('MOBILE', pv.mobile(rng))}'\n    wechat: {e('WECHAT', pv.wechat(rng))}\n"
            f"    qq: \"{e('QQ', pv.qq(rng))}\"\n    email: {e('EMAIL', pv.email(rng))}\n"
            f"  location: \"{e('GPS', f'{lat},{lon}')}\"\n  wifi_gateway: 192.168.31.1\n"
            f"  public_ip: {e('IP', pv.public_ipv4(rng))}\n  app_version: 3.12.0\n")
    return text.encode("utf-8"), e.items


def f_docx(rng):
    import docx

    e = Exp()
    doc = docx.Document()
    doc.core_properties.author = "probe7"
    doc.core_properties.created = dt.datetime(2024, 1, 1)
    doc.core_properties.modified = dt.datetime(2024, 1, 1)
    doc.core_properties.last_modified_by = "probe7"
    doc.add_heading("个人信息处理委托协议（附件一：联系人名单）", level=1)
    born = pv.birth_date(rng, 1970, 1995)
    doc.add_paragraph(f"甲方联系人：{name(rng)}，身份证号 {e('ID_CARD', pv.id_card(rng, born))}，"
                      f"出生日期 {e('BIRTHDATE', pv.fmt_date(born, 2))}，手机 {e('MOBILE', pv.mobile(rng))}。")
    t = doc.add_table(rows=1, cols=4)
    for c, h in zip(t.rows[0].cells, ["姓名", "手机", "邮箱", "收款账号"], strict=True):
        c.text = h
    for _ in range(4):
        r = t.add_row().cells
        r[0].text = name(rng)
        r[1].text = e("MOBILE", pv.mobile(rng))
        r[2].text = e("EMAIL", pv.email(rng))
        r[3].text = e("BANK_CARD", pv.bank_card(rng))
    a, loc = pv.landline(rng, "0571")
    doc.add_paragraph(f"乙方客服电话：{e('LANDLINE', f'{a}-{loc}')}；合同编号 HT{rng.randint(10 ** 9, 10 ** 10)}；签订日期 2024年3月1日。")
    buf = io.BytesIO()
    doc.save(buf)
    return _normalise_zip(buf.getvalue()), e.items


def f_html(rng):
    e = Exp()
    rows = []
    for _ in range(4):
        born = pv.birth_date(rng)
        rows.append(f"<tr><td>{name(rng)}</td><td>{e('MOBILE', pv.mobile(rng))}</td>"
                    f"<td>{e('BIRTHDATE', f'{born:%Y/%m/%d}')}</td><td>{e('ID_CARD', pv.id_card(rng, born))}</td>"
                    f"<td><b>{e('EMAIL', pv.email(rng))}</b></td></tr>")
    html = ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>会员名单</title></head><body>\n"
            "<table border=\"1\">\n<tr><th>姓名</th><th>手机</th><th>出生日期</th><th>身份证号</th><th>邮箱</th></tr>\n"
            + "\n".join(rows) + "\n</table>\n<p>导出时间 2024-03-01 09:00 · 共4条 · 页面版本 v2.1.0</p>\n</body></html>\n")
    return html.encode("utf-8"), e.items


def f_jsonl(rng):
    e = Exp()
    lines = []
    for i in range(6):
        rec = {"ts": f"2024-03-0{i + 1}T08:{10 + i}:00+08:00", "level": "INFO", "event": "login",
               "user": {"uid": rng.randint(10 ** 6, 10 ** 8), "phone": e("MOBILE", pv.mobile(rng))},
               "client": {"ip": e("IP", pv.public_ipv4(rng)) if i % 3 else f"10.1.{i}.{rng.randint(2, 250)}",
                          "ua": "okhttp/4.9.3"}}
        if i % 2 == 0:
            lat, lon = pv.gps(rng, None, 5)
            rec["geo"] = e("GPS", f"{lat},{lon}")
        lines.append(json.dumps(rec, ensure_ascii=False))
    return ("\n".join(lines) + "\n").encode("utf-8"), e.items


def f_eml(rng):
    e = Exp()
    body = (f"{name(rng)}您好：\n\n您在本平台登记的信息如下，请核对：\n"
            f"手机：{e('MOBILE', '+86 ' + pv.mobile(rng))}\n"
            f"身份证号：{e('ID_CARD', pv.id_card(rng))}\n"
            f"护照号码：{e('PASSPORT', pv.passport(rng))}\n"
            f"港澳通行证：{e('HK_MACAO_PERMIT', pv.hk_permit(rng))}\n"
            f"备用邮箱：{e('EMAIL', pv.email(rng))}\n\n如有疑问请回复本邮件。\n")
    b64 = base64.b64encode(body.encode("utf-8")).decode()
    b64 = "\r\n".join(b64[i:i + 76] for i in range(0, len(b64), 76))
    sender = e("EMAIL", "service@" + rng.choice(["hzlk-tech.com.cn", "jinfeng-wuye.com"]))
    to = e("EMAIL", pv.email(rng))
    subj = "=?UTF-8?B?" + base64.b64encode("个人信息核对通知".encode()).decode() + "?="
    msg = (f"From: {sender}\r\nTo: {to}\r\nSubject: {subj}\r\nDate: Fri, 01 Mar 2024 09:00:00 +0800\r\n"
           "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=\"utf-8\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
           + b64 + "\r\n")
    return msg.encode("ascii"), e.items


def f_trip_json(rng):
    e = Exp()
    lat1, lon1 = pv.gps(rng, "北京", 6)
    lat2, lon2 = pv.gps(rng, "北京", 6)
    obj = {"orderId": str(rng.randint(10 ** 17, 10 ** 18 - 1)) + "A",
           "passenger": {"name": name(rng), "mobile": e("MOBILE", pv.mobile(rng)), "idCard": e("ID_CARD", pv.id_card(rng))},
           "driver": {"plate": e("PLATE", pv.plate(rng, nev=True)), "phone": e("MOBILE", pv.mobile(rng))},
           "route": {"from": e("GPS", f"{lat1},{lon1}"), "to": e("GPS", f"{lat2}, {lon2}")},
           "fare": {"total": f"{rng.randint(20, 200)}.{rng.randint(10, 99)}", "currency": "CNY"}}
    return (json.dumps(obj, ensure_ascii=False, indent=2) + "\n").encode("utf-8"), e.items


def f_traps(rng):
    text = ("仅含易混淆内容，不含个人信息\n"
            f"IMEI: 86{rng.randint(10 ** 12, 10 ** 13 - 1)}\nMAC: 3C:22:FB:{rng.randint(10, 99)}:AB:CD\n"
            f"内网: 192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}  文档地址: 203.0.113.{rng.randint(1, 254)}  2001:db8::{rng.randint(1, 999)}\n"
            f"运单号 SF{rng.randint(10 ** 12, 10 ** 13 - 1)}  订单号 {rng.randint(10 ** 15, 10 ** 16 - 1)}\n"
            f"手机 138****{rng.randint(1000, 9999)}  身份证 110105********{rng.randint(1000, 9999)}\n"
            f"坐标 39.908, 116.397  版本 v5.{rng.randint(0, 9)}.{rng.randint(0, 9)}  热线 400-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}\n"
            f"签约日期 {rng.randint(1980, 2000)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}  金额 ¥{rng.randint(1, 99)},{rng.randint(100, 999)},{rng.randint(100, 999)}.00\n")
    return text.encode("utf-8"), []


BUILDERS = [
    ("roster.xlsx", "xlsx", f_xlsx), ("export_excel.csv", "csv (UTF-8 BOM, =\"…\" cells)", f_csv_equals),
    ("pandas_export.csv", "csv (pandas floats)", f_pandas_csv), ("callback_gb18030.txt", "txt (GB18030)", f_gb18030),
    ("macau_big5.txt", "txt (Big5, Traditional)", f_big5), ("shop_dump.sql", "sql", f_sql), ("orders.xml", "xml", f_xml),
    ("store.yaml", "yaml", f_yaml), ("agreement.docx", "docx (table)", f_docx), ("members.html", "html (table)", f_html),
    ("login_events.jsonl", "jsonl", f_jsonl), ("notice.eml", "eml (base64 UTF-8 body)", f_eml),
    ("trip.json", "json (nested)", f_trip_json), ("traps_only.txt", "txt (no personal data)", f_traps),
]


def build_all() -> dict[str, bytes]:
    out, manifest = {}, {"files": [], "skipped": []}
    for fname, fmt, fn in BUILDERS:
        data, expected = fn(random.Random(f"probe7-files|{fname}"))
        out[fname] = data
        manifest["files"].append({"name": fname, "format": fmt, "expected": expected})
    out["manifest.json"] = (json.dumps(manifest, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    return out


# ---------------------------------------------------------------- decoding (used by the label tests)


def decoded_text(path: Path) -> str:
    """The text of a file as a reader would see it (only to check that every expected value is in it)."""
    suf = path.suffix
    if suf == ".xlsx":
        import openpyxl

        wb = openpyxl.load_workbook(path)
        cells = []
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    if isinstance(v, dt.datetime):
                        v = v.date().isoformat()
                    cells.append("" if v is None else str(v))
        return "\t".join(cells)
    if suf == ".docx":
        import docx

        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            parts += [c.text for row in t.rows for c in row.cells]
        return "\n".join(parts)
    raw = path.read_bytes()
    if suf == ".eml":
        msg = email.message_from_bytes(raw)
        return str(msg["From"]) + "\n" + str(msg["To"]) + "\n" + msg.get_payload(decode=True).decode("utf-8")
    if "gb18030" in path.name:
        return raw.decode("gb18030")
    if "big5" in path.name:
        return raw.decode("big5")
    return raw.decode("utf-8-sig")


def main(argv: list[str]) -> int:
    built = build_all()
    if "--check" in argv:
        diff = [n for n, b in built.items() if not (FILES / n).exists() or (FILES / n).read_bytes() != b]
        if diff:
            print("differs:", diff, file=sys.stderr)
            return 1
        print(f"ok: {len(built)} files identical")
        return 0
    FILES.mkdir(exist_ok=True)
    for n, b in built.items():
        (FILES / n).write_bytes(b)
    print(f"wrote {len(built)} files to {FILES}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
