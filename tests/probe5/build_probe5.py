"""Build probe 5: small leaked-dump cases for ``leakaid assess`` with expected results from the law and the docs.

    python tests/probe5/build_probe5.py            # (re)write tests/probe5/cases/
    python tests/probe5/build_probe5.py --check    # compare a fresh build with the committed cases, write nothing
    python tests/probe5/build_probe5.py --out DIR  # write somewhere else

Written without reading ``src/leakaid/assess/`` or ``tests/assess/``.  Every expected number is derived here from
法释〔2017〕10号 第五条、第六条、第十一条 (text in /work/shared/legal/LEGAL_FACTS.md §1.2) and from docs/assess.md.
Each case folder holds 1–3 input files and ``expected.json``:

    {"id", "intent", "files": [...], "options": [...],
     "expected": {"tier", "counts": {"art5_1_3", "art5_1_4", "art5_1_5"}, "excluded": {...}},
     "basis": "law" | "doc", "law": [...], "doc": [...]}

``basis`` is "law" when the rule that decides the case is in the text of the law (a threshold, ×10, one half,
违法所得, 第十一条 exclusions) and "doc" when it is one of leakaid's documented interpretations (「解释/适用说明」:
the proportional formula, one invalid identifier drops the record, normalised de-duplication, column → category
mapping, most-sensitive-category counting, ``--category``).  Fields the author is unsure of are left out.

All values are fake: names are random combinations, ID numbers use real region codes, real dates and the
GB 11643 check digit, mobile numbers real segments, bank cards Chinese BINs with a Luhn check digit.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import re
import shutil
import sys
import tempfile
import zipfile
import zlib
from datetime import date, datetime, timedelta
from fractions import Fraction
from pathlib import Path

HERE = Path(__file__).resolve().parent
CASES_DIR = HERE / "cases"

# ---------------------------------------------------------------------------------------------------------------
# Legal thresholds (法释〔2017〕10号 第五条) — the probe's own reference, from the text, not from leakaid.
# ---------------------------------------------------------------------------------------------------------------
T3, T4, T5 = 50, 500, 5000  # 第一款第三、四、五项
PROCEEDS = 5000  # 第一款第七项
X10 = 10  # 第二款第三项
HALF = Fraction(1, 2)  # 第一款第八项


def ratio(n3: int, n4: int, n5: int) -> Fraction:
    """第一款第六项 “按相应比例合计” as documented: n3/50 + n4/500 + n5/5000 (exact)."""
    return Fraction(n3, T3) + Fraction(n4, T4) + Fraction(n5, T5)


def tier(n3: int, n4: int, n5: int, *, insider: bool = False, proceeds: Fraction | int = 0) -> str:
    factor = HALF if insider else Fraction(1)
    r = ratio(n3, n4, n5)
    p = Fraction(proceeds)
    if r >= X10 * factor or p >= X10 * PROCEEDS * factor:
        return "especially_serious"
    if r >= factor or p >= PROCEEDS * factor:
        return "serious"
    return "below"


# ---------------------------------------------------------------------------------------------------------------
# Fake but valid identifiers
# ---------------------------------------------------------------------------------------------------------------
# Real county-level codes (GB/T 2260): 北京东城、朝阳、海淀; 上海黄浦、浦东; 广州天河; 深圳南山; 杭州西湖; 南京玄武;
# 成都锦江; 武汉武昌; 济南历下.
REGIONS = ["110101", "110105", "110108", "310101", "310115", "440106", "440305", "330106", "320102", "510104",
           "420106", "370102"]
# Allocated mobile segments (China Mobile 138/139/150/187, Unicom 186/155, Telecom 189/133).
MOBILE_PREFIXES = ["138", "139", "150", "187", "186", "155", "189", "133"]
BAD_SEGMENT = "154"  # never allocated to any operator
# Chinese debit-card BINs with their card length: ICBC 622202 (19), ABC 622848 (19), CCB 621700 (19), CMB 622588 (16).
BINS = [("622202", 19), ("622848", 19), ("621700", 19), ("622588", 16)]
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈")
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国文辉力宇浩凯俊峰鑫琳雪梅晨欣怡佳雨")


def id_check_digit(body17: str) -> str:
    return ID_CHECK[sum(int(c) * w for c, w in zip(body17, ID_WEIGHTS, strict=True)) % 11]


def luhn_check_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:  # these positions are doubled once the check digit is appended
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    return luhn_check_digit(number[:-1]) == number[-1]


def id_ok(number: str) -> bool:
    if len(number) != 18 or number[:6] not in REGIONS:
        return False
    try:
        date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return False
    return id_check_digit(number[:17]) == number[17].upper()


class Gen:
    """Deterministic generator of unique fake people for one case."""

    def __init__(self, seed: str) -> None:
        self.rng = random.Random(zlib.crc32(seed.encode("utf-8")))
        self.used: set[str] = set()

    def _unique(self, make) -> str:  # noqa: ANN001
        while True:
            value = make()
            if value not in self.used:
                self.used.add(value)
                return value

    def name(self) -> str:
        rng = self.rng
        return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2, 2])))

    def phone(self, prefix: str | None = None) -> str:
        return self._unique(lambda: (prefix or self.rng.choice(MOBILE_PREFIXES)) + f"{self.rng.randrange(10**8):08d}")

    def birth(self) -> str:
        return (date(1960, 1, 1) + timedelta(days=self.rng.randrange(365 * 45))).strftime("%Y%m%d")

    def idno(self, *, want_x: bool = False) -> str:
        while True:
            body = self.rng.choice(REGIONS) + self.birth() + f"{self.rng.randrange(1000):03d}"
            number = body + id_check_digit(body)
            if (number.endswith("X") or not want_x) and number not in self.used:
                self.used.add(number)
                return number

    def card(self) -> str:
        def make() -> str:
            bin_, length = self.rng.choice(BINS)
            body = bin_ + "".join(str(self.rng.randrange(10)) for _ in range(length - len(bin_) - 1))
            return body + luhn_check_digit(body)

        return self._unique(make)

    # --- deliberately invalid values (each still unique) ---
    def id_bad_check(self) -> str:
        good = self.idno()
        wrong = [c for c in ID_CHECK if c != good[-1]]
        return good[:17] + self.rng.choice(wrong)

    def id_bad_date(self, mmdd: str = "0230") -> str:
        body = self.rng.choice(REGIONS) + str(self.rng.randrange(1965, 2000)) + mmdd + f"{self.rng.randrange(1000):03d}"
        return body + id_check_digit(body)

    def id_bad_region(self) -> str:
        body = "990101" + self.birth() + f"{self.rng.randrange(1000):03d}"  # no province 99 was ever published
        return body + id_check_digit(body)

    def phone_bad_segment(self) -> str:
        return self.phone(BAD_SEGMENT)

    def card_bad_luhn(self) -> str:
        good = self.card()
        return good[:-1] + str((int(good[-1]) + 1 + self.rng.randrange(9)) % 10)

    # --- category values (free text, no identifiers in them) ---
    def location(self) -> str:
        d = date(2023, 1, 1) + timedelta(days=self.rng.randrange(365))
        lon = 116.2 + self.rng.random() * 0.4
        lat = 39.8 + self.rng.random() * 0.2
        return f"{d.isoformat()} {self.rng.randrange(24):02d}:{self.rng.randrange(60):02d} 经度{lon:.5f} 纬度{lat:.5f}"

    def comm_content(self) -> str:
        return self.rng.choice(["明天下午三点老地方见", "合同我看过了，周五前签字", "钱已经转过去了，注意查收",
                                "孩子今天发烧了，晚点回家", "别告诉别人我换工作的事"])

    def credit(self) -> str:
        return f"征信查询{self.rng.randrange(1, 9)}次；近24个月逾期{self.rng.randrange(0, 4)}次；信用评分{self.rng.randrange(550, 800)}"

    def balance(self) -> str:
        return f"{self.rng.randrange(100, 900000)}.{self.rng.randrange(100):02d}"

    def lodging(self) -> str:
        hotel = self.rng.choice(["如家酒店(国贸店)", "汉庭酒店(西湖店)", "锦江之星(天河店)", "全季酒店(南山店)"])
        d = date(2023, 1, 1) + timedelta(days=self.rng.randrange(365))
        return f"{hotel} {d.isoformat()}入住 {self.rng.randrange(1, 5)}晚 房号{self.rng.randrange(101, 999)}"

    def call_record(self) -> str:
        d = date(2023, 1, 1) + timedelta(days=self.rng.randrange(365))
        kind = self.rng.choice(["主叫", "被叫"])
        return f"{d.isoformat()} {self.rng.randrange(24):02d}:{self.rng.randrange(60):02d} {kind} 通话时长{self.rng.randrange(5, 900)}秒"

    def health(self) -> str:
        return self.rng.choice(["高血压二级", "2型糖尿病", "乙肝表面抗原阳性", "抑郁症复诊", "孕12周产检", "哮喘"])

    def transaction(self) -> str:
        d = date(2023, 1, 1) + timedelta(days=self.rng.randrange(365))
        item = self.rng.choice(["手机壳", "婴儿奶粉", "保健品", "机票", "电动牙刷"])
        return f"{d.isoformat()} 购买{item} 实付{self.rng.randrange(10, 3000)}.{self.rng.randrange(100):02d}元 已签收"

    def note(self) -> str:
        return self.rng.choice(["客户要求加急", "老客户", "回访已完成", "需要发票", "周末联系"])

    def shuffle(self, rows: list) -> list:
        rows = list(rows)
        self.rng.shuffle(rows)
        return rows


# ---------------------------------------------------------------------------------------------------------------
# File writers (deterministic bytes)
# ---------------------------------------------------------------------------------------------------------------
def delimited(rows: list[list[str]], *, header: list[str] | None = None, delim: str = ",",
              encoding: str = "utf-8", newline: str = "\n") -> bytes:
    lines = ([delim.join(header)] if header else []) + [delim.join(r) for r in rows]
    for line in lines:
        assert all(delim not in cell for cell in line.split(delim)), line
    return (newline.join(lines) + newline).encode(encoding)


def jsonl(objs: list[dict]) -> bytes:
    return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objs).encode("utf-8")


FIXED_DT = datetime(2024, 1, 1, 0, 0, 0)


def xlsx(sheets: list[tuple[str, list[str], list[list]]]) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for title, header, rows in sheets:
        ws = wb.create_sheet(title)
        ws.append(header)
        for r in rows:
            ws.append(r)
    wb.properties.creator = "probe5"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    raw = io.BytesIO()
    wb.save(raw)
    # openpyxl stamps the zip entries with the current time: rewrite them with a fixed one.
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = data.decode("utf-8")
                # modified is written as "now" by openpyxl regardless of the property
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(<)", r"\g<1>2024-01-01T00:00:00Z\2", text)
                data = text.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            zout.writestr(zi, data)
    return out.getvalue()


def sql_quote(value: str | None) -> str:
    if value is None:
        return "NULL"
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def mysql_dump(table: str, columns: list[tuple[str, str]], rows: list[list], *, batch: int = 100,
               quote=sql_quote) -> bytes:  # noqa: ANN001
    cols = ",\n".join(f"  `{c}` {t}" for c, t in columns)
    out = [
        "-- MySQL dump 10.13  Distrib 5.7.40, for Linux (x86_64)",
        "/*!40101 SET NAMES utf8mb4 */;",
        f"DROP TABLE IF EXISTS `{table}`;",
        f"CREATE TABLE `{table}` (\n{cols}\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;",
        f"LOCK TABLES `{table}` WRITE;",
    ]
    for i in range(0, len(rows), batch):
        chunk = rows[i : i + batch]
        values = ",".join("(" + ",".join(str(v) if isinstance(v, int) else quote(v) for v in r) + ")" for r in chunk)
        out.append(f"INSERT INTO `{table}` VALUES {values};")
    out.append("UNLOCK TABLES;")
    return ("\n".join(out) + "\n").encode("utf-8")


# ---------------------------------------------------------------------------------------------------------------
# Cases
# ---------------------------------------------------------------------------------------------------------------
class Case:
    def __init__(self, cid: str, intent: str, *, basis: str, law: list[str], doc: list[str] | None = None) -> None:
        assert basis in ("law", "doc")
        self.cid, self.intent, self.basis, self.law, self.doc = cid, intent, basis, law, doc or []
        self.files: dict[str, bytes] = {}
        self.options: list[str] = []
        self.expected: dict = {}
        self.g = Gen(cid)

    def expect(self, n3: int, n4: int, n5: int, *, insider: bool = False, proceeds: str | None = None,
               tier_: str | None = None, counts: bool = True, **excluded: int) -> None:
        t = tier_ or tier(n3, n4, n5, insider=insider, proceeds=Fraction(proceeds) if proceeds else 0)
        self.expected = {"tier": t}
        if counts:
            self.expected["counts"] = {"art5_1_3": n3, "art5_1_4": n4, "art5_1_5": n5}
        if excluded:
            self.expected["excluded"] = dict(excluded)

    def to_json(self) -> dict:
        return {"id": self.cid, "intent": self.intent, "files": list(self.files), "options": self.options,
                "expected": self.expected, "basis": self.basis, "law": self.law, "doc": self.doc}


BUILDERS = []


def case(fn):  # noqa: ANN001, ANN201
    BUILDERS.append(fn)
    return fn


L3 = "法释〔2017〕10号 第五条第一款第三项：行踪轨迹信息、通信内容、征信信息、财产信息五十条以上"
L4 = "第五条第一款第四项：住宿信息、通信记录、健康生理信息、交易信息等…五百条以上"
L5 = "第五条第一款第五项：第三项、第四项规定以外的公民个人信息五千条以上"
L6 = "第五条第一款第六项：数量未达到第三项至第五项规定标准，但是按相应比例合计达到有关数量标准的"
L7 = "第五条第一款第七项：违法所得五千元以上"
L8 = "第五条第一款第八项：履行职责或者提供服务过程中获得…达到第三项至第七项规定标准一半以上"
LX = "第五条第二款第三项：数量或者数额达到前款第三项至第八项规定标准十倍以上 → 情节特别严重"
L11_1 = "第十一条第一款：非法获取后又出售或者提供的，条数不重复计算"
L11_2 = "第十一条第二款：向不同单位或者个人分别出售、提供同一公民个人信息的，条数累计计算"
L11_3 = "第十一条第三款：批量信息根据查获的数量直接认定，但是有证据证明信息不真实或者重复的除外"
L6B = "第六条：为合法经营活动而非法购买、收受第三项、第四项以外的信息，获利五万元以上（或前科、其他）才是情节严重"
GE = "“以上”含本数 (docs/assess.md: “以上”按 ≥ 处理：恰好 50 条即达到)"
D_MAP3 = "docs/assess.md 类别表：银行卡号（金融账户）/位置/轨迹/通信内容/征信/余额等财产 → 第三项"
D_MAP4 = "docs/assess.md 类别表：住宿、通话/短信记录、健康生理、订单/快递/交易 → 第四项"
D_MAP5 = "docs/assess.md 类别表：姓名、证件号、手机号、邮箱、住址、账号 → 第五项"
D_RATIO = "docs/assess.md：第六项按 n(三)/50 + n(四)/500 + n(五)/5000 ≥ 1，精确分数（「解释/适用说明」）"
D_ONCE = "docs/assess.md：一条记录只计一次，计入它非空字段中最敏感的类别"
D_INVALID = "docs/assess.md：记录中任何一个经校验的标识无效即整条排除（身份证校验位/日期/地区码、手机号段、Luhn/BIN）"
D_DUP = ("docs/assess.md：重复 = 同一人、同一信息；已分类列规范化（去空白、NULL、大小写的 x、手机号分隔符）后哈希，"
         "与列的顺序无关；同一人但信息不同不算重复")
D_FILES = "docs/assess.md：默认多个文件视为同一批信息，跨文件去重；--separate-sales 时各文件内部去重后累计"
D_CAT = "docs/assess.md：--category 列名或列序号=art5_1_3|art5_1_4|art5_1_5|none 覆盖某列"
D_X10 = "docs/assess.md：第二款第三项 500 / 5000 / 50000 条，合计 ≥ 10，50000 元；内部人员 250 / 2500 / 25000 条，合计 ≥ 5，25000 元"
D_INSIDER = "docs/assess.md：--insider：25 / 250 / 2500 条，合计 ≥ 0.5，2500 元"
D_UNID = "docs/assess.md：不能识别个人 = 没有任何可识别个人的字段（第一条），排除并计入 excluded.unidentifiable"


def people(c: Case, n: int, *, card: bool = False, idno: bool = False) -> list[dict]:
    out = []
    for _ in range(n):
        p = {"name": c.g.name(), "phone": c.g.phone()}
        if idno:
            p["id"] = c.g.idno()
        if card:
            p["card"] = c.g.card()
        out.append(p)
    return out


# ---- single categories, 第三项 -----------------------------------------------------------------------------------
def _bank(cid: str, n: int, intent: str) -> Case:
    c = Case(cid, intent, basis="law", law=[L3, GE], doc=[D_MAP3])
    rows = [[p["name"], p["phone"], p["card"]] for p in people(c, n, card=True)]
    c.files["dump.csv"] = delimited(rows, header=["姓名", "手机号", "银行卡号"])
    c.expect(n, 0, 0, invalid=0, duplicate=0, unidentifiable=0)
    return c


@case
def art3_bankcard_50() -> Case:
    return _bank("art3_bankcard_50", 50, "50 条银行卡号（财产信息/金融账户）恰好达到第三项 50 条")


@case
def art3_bankcard_49() -> Case:
    return _bank("art3_bankcard_49", 49, "49 条银行卡号，差一条未达到第三项；49/50 < 1 也不满足第六项")


def _art3_text_column(cid: str, header: str, make: str, intent: str, *, delim: str = ",",
                      encoding: str = "utf-8", fname: str = "dump.csv", newline: str = "\n") -> Case:
    c = Case(cid, intent, basis="law", law=[L3, GE], doc=[D_MAP3])
    rows = [[p["name"], p["phone"], getattr(c.g, make)()] for p in people(c, 50)]
    c.files[fname] = delimited(rows, header=["姓名", "手机号", header], delim=delim, encoding=encoding,
                               newline=newline)
    c.expect(50, 0, 0, invalid=0, duplicate=0, unidentifiable=0)
    return c


@case
def art3_location_50() -> Case:
    return _art3_text_column("art3_location_50", "行踪轨迹", "location",
                             "50 条行踪轨迹（时间+经纬度）+ 手机号，第三项恰好 50 条")


@case
def art3_comm_content_50_pipe() -> Case:
    return _art3_text_column("art3_comm_content_50_pipe", "通信内容", "comm_content",
                             "50 条通信内容（聊天原文），`|` 分隔，第三项恰好 50 条", delim="|", fname="dump.txt")


@case
def art3_credit_50_tsv() -> Case:
    return _art3_text_column("art3_credit_50_tsv", "征信记录", "credit",
                             "50 条征信信息，制表符分隔，第三项恰好 50 条", delim="\t", fname="dump.tsv")


@case
def art3_property_50_gbk() -> Case:
    return _art3_text_column("art3_property_50_gbk", "账户余额", "balance",
                             "50 条财产信息（账户余额），GBK 编码 CRLF，第三项恰好 50 条", encoding="gbk",
                             newline="\r\n")


# ---- single categories, 第四项 -----------------------------------------------------------------------------------
def _art4(cid: str, n: int, header: str, make: str, intent: str, fmt: str = "csv") -> Case:
    c = Case(cid, intent, basis="law", law=[L4, GE], doc=[D_MAP4])
    ps = people(c, n)
    vals = [getattr(c.g, make)() for _ in ps]
    if fmt == "csv":
        c.files["dump.csv"] = delimited([[p["name"], p["phone"], v] for p, v in zip(ps, vals, strict=True)],
                                        header=["姓名", "手机号", header])
    elif fmt == "jsonl":
        c.files["dump.jsonl"] = jsonl([{"姓名": p["name"], "手机号": p["phone"], header: v}
                                       for p, v in zip(ps, vals, strict=True)])
    else:
        c.files["dump.xlsx"] = xlsx([("订单", ["姓名", "手机号", header],
                                      [[p["name"], p["phone"], v] for p, v in zip(ps, vals, strict=True)])])
    c.expect(0, n, 0, invalid=0, duplicate=0, unidentifiable=0)
    return c


@case
def art4_lodging_500() -> Case:
    return _art4("art4_lodging_500", 500, "住宿记录", "lodging", "500 条住宿信息（开房记录），第四项恰好 500 条")


@case
def art4_lodging_499() -> Case:
    return _art4("art4_lodging_499", 499, "住宿记录", "lodging",
                 "499 条住宿信息，差一条未达第四项；499/500 < 1")


@case
def art4_call_records_500() -> Case:
    return _art4("art4_call_records_500", 500, "通话记录", "call_record",
                 "500 条通信记录（通话详单：时间、主被叫、时长），第四项恰好 500 条")


@case
def art4_health_500_jsonl() -> Case:
    return _art4("art4_health_500_jsonl", 500, "健康状况", "health",
                 "500 条健康生理信息（诊断），JSON Lines，第四项恰好 500 条", fmt="jsonl")


@case
def art4_transaction_500_xlsx() -> Case:
    return _art4("art4_transaction_500_xlsx", 500, "交易记录", "transaction",
                 "500 条交易信息（网购订单），XLSX，第四项恰好 500 条", fmt="xlsx")


@case
def law_term_header_property_50() -> Case:
    return _art3_text_column("law_term_header_property_50", "财产信息", "balance",
                             "表头就是第三项的法定用语“财产信息”（值为账户余额），50 条 → 情节严重")


@case
def law_term_header_comm_records_500() -> Case:
    return _art4("law_term_header_comm_records_500", 500, "通信记录", "call_record",
                 "表头就是第四项的法定用语“通信记录”（值为通话详单），500 条 → 情节严重")


@case
def law_term_header_health_500() -> Case:
    return _art4("law_term_header_health_500", 500, "健康生理信息", "health",
                 "表头就是第四项的法定用语“健康生理信息”（值为诊断），500 条 → 情节严重")


# ---- 第五项 ---------------------------------------------------------------------------------------------------------
def _art5(cid: str, n: int, intent: str) -> Case:
    c = Case(cid, intent, basis="law", law=[L5, GE], doc=[D_MAP5])
    rows = [[p["phone"], p["name"]] for p in people(c, n)]
    c.files["dump.txt"] = delimited(rows, delim="----")
    c.expect(0, 0, n, invalid=0, duplicate=0, unidentifiable=0)
    return c


@case
def art5_phone_name_5000() -> Case:
    return _art5("art5_phone_name_5000", 5000,
                 "5000 条“手机号----姓名”（无表头，`----` 分隔），第五项恰好 5000 条；首行不得被当作表头")


@case
def art5_phone_name_4999() -> Case:
    return _art5("art5_phone_name_4999", 4999, "4999 条“手机号----姓名”，差一条未达第五项")


# ---- 第六项：按比例合计 ----------------------------------------------------------------------------------------------
def _mixed(cid: str, n3: int, n4: int, n5: int, intent: str, *, options: list[str] | None = None,
           insider: bool = False, law_extra: list[str] | None = None) -> Case:
    c = Case(cid, intent, basis="doc", law=[L6, *(law_extra or [])], doc=[D_RATIO, D_ONCE, D_MAP3, D_MAP4])
    rows = []
    for p in people(c, n3, card=True, idno=True):
        rows.append([p["name"], p["phone"], p["id"], p["card"], ""])
    for p in people(c, n4, idno=True):
        rows.append([p["name"], p["phone"], p["id"], "", c.g.lodging()])
    for p in people(c, n5, idno=True):
        rows.append([p["name"], p["phone"], p["id"], "", ""])
    c.files["dump.csv"] = delimited(c.g.shuffle(rows), header=["姓名", "手机号", "身份证号", "银行卡号", "住宿记录"])
    c.options = list(options or [])
    c.expect(n3, n4, n5, insider=insider, invalid=0, duplicate=0, unidentifiable=0)
    return c


@case
def mixed_30_200() -> Case:
    return _mixed("mixed_30_200", 30, 200, 0, "30 条第三项 + 200 条第四项：单项都未达到，30/50 + 200/500 = 1 → 第六项")


@case
def mixed_30_199() -> Case:
    return _mixed("mixed_30_199", 30, 199, 0, "30 + 199：30/50 + 199/500 = 0.998 < 1 → 未达到")


@case
def mixed_25_0_2500() -> Case:
    return _mixed("mixed_25_0_2500", 25, 0, 2500, "25 条第三项 + 2500 条第五项：0.5 + 0.5 = 1 → 第六项")


@case
def mixed_three_way_exact() -> Case:
    return _mixed("mixed_three_way_exact", 20, 200, 1000,
                  "三类都有：20/50 + 200/500 + 1000/5000 = 0.4 + 0.4 + 0.2 = 1（精确分数，浮点会得 0.9999…）")


@case
def mixed_three_way_below() -> Case:
    return _mixed("mixed_three_way_below", 20, 200, 999, "20 + 200 + 999：比例合计 0.9998 < 1 → 未达到")


@case
def mixed_x10_300_2000() -> Case:
    return _mixed("mixed_x10_300_2000", 300, 2000, 0,
                  "300 条第三项 + 2000 条第四项：6 + 4 = 10 → 按比例合计达到十倍 → 情节特别严重（第二款第三项）",
                  law_extra=[LX])


@case
def insider_mixed_15_100() -> Case:
    return _mixed("insider_mixed_15_100", 15, 100, 0,
                  "--insider：15/50 + 100/500 = 0.5 → 达到第八项（第三至第六项标准的一半）",
                  options=["--insider"], insider=True, law_extra=[L8])


# ---- 一条记录只计一次（最敏感类别） ----------------------------------------------------------------------------------
def _once(cid: str, n: int, intent: str) -> Case:
    c = Case(cid, intent, basis="doc", law=[L3, L6, GE], doc=[D_ONCE, D_MAP3, D_MAP4, D_MAP5])
    rows = [[p["name"], p["phone"], p["id"], p["card"], c.g.lodging(), c.g.health()]
            for p in people(c, n, card=True, idno=True)]
    c.files["dump.csv"] = delimited(rows, header=["姓名", "手机号", "身份证号", "银行卡号", "住宿记录", "健康状况"])
    c.expect(n, 0, 0, invalid=0, duplicate=0, unidentifiable=0)
    return c


@case
def once_most_sensitive_49() -> Case:
    return _once("once_most_sensitive_49", 49,
                 "49 条，每条同时有银行卡号（三）、住宿和健康（四）、姓名/身份证/手机（五）：只计入第三项 49 条 → 未达到；"
                 "若重复计入三类则 0.98 + 0.098 + 0.0098 > 1 会误判为情节严重")


@case
def once_most_sensitive_50() -> Case:
    return _once("once_most_sensitive_50", 50, "同上 50 条：第三项恰好 50 条，第四、五项为 0")


# ---- 情节特别严重（×10） ----------------------------------------------------------------------------------------------
def _sql_bank(cid: str, n: int, intent: str) -> Case:
    c = Case(cid, intent, basis="law", law=[L3, LX, GE], doc=[D_MAP3, D_X10])
    rows = [[i + 1, p["name"], p["phone"], p["id"], p["card"]]
            for i, p in enumerate(people(c, n, card=True, idno=True))]
    c.files["dump.sql"] = mysql_dump("member", [("id", "int(11) NOT NULL AUTO_INCREMENT"),
                                                ("real_name", "varchar(32) DEFAULT NULL"),
                                                ("mobile", "varchar(20) DEFAULT NULL"),
                                                ("id_card", "varchar(18) DEFAULT NULL"),
                                                ("bank_card", "varchar(32) DEFAULT NULL")], rows)
    c.expect(n, 0, 0, invalid=0, duplicate=0)
    return c


@case
def x10_art3_500_sql() -> Case:
    return _sql_bank("x10_art3_500_sql", 500, "MySQL 转储 500 条银行卡号：第三项标准十倍 → 情节特别严重")


@case
def x10_art3_499_sql() -> Case:
    return _sql_bank("x10_art3_499_sql", 499, "MySQL 转储 499 条银行卡号：未达十倍，仍为情节严重")


# ---- 内部人员（第八项） ------------------------------------------------------------------------------------------------
def _insider_bank(cid: str, n: int, intent: str, *, insider: bool = True) -> Case:
    c = Case(cid, intent, basis="law", law=[L3, L8, GE] + ([LX] if n >= 249 else []), doc=[D_MAP3, D_INSIDER])
    rows = [[p["phone"], p["card"], p["name"]] for p in people(c, n, card=True)]
    c.files["dump.csv"] = delimited(rows, header=["手机号", "银行卡号", "姓名"])
    c.options = ["--insider"] if insider else []
    c.expect(n, 0, 0, insider=insider, invalid=0, duplicate=0, unidentifiable=0)
    return c


@case
def insider_art3_25() -> Case:
    return _insider_bank("insider_art3_25", 25, "--insider，25 条银行卡号 = 50 的一半 → 情节严重（第八项）")


@case
def insider_art3_24() -> Case:
    return _insider_bank("insider_art3_24", 24, "--insider，24 条 < 25 → 未达到")


@case
def no_insider_art3_25() -> Case:
    return _insider_bank("no_insider_art3_25", 25, "对照：同样 25 条，不加 --insider → 未达到", insider=False)


@case
def insider_x10_250() -> Case:
    return _insider_bank("insider_x10_250", 250, "--insider，250 条 = 第八项标准（25）的十倍 → 情节特别严重")


@case
def insider_x10_249() -> Case:
    return _insider_bank("insider_x10_249", 249, "--insider，249 条：未达 250，仍为情节严重")


@case
def insider_art5_2500() -> Case:
    c = Case("insider_art5_2500", "--insider，2500 条“手机号\\t姓名”（无表头 TSV）= 5000 的一半 → 情节严重",
             basis="law", law=[L5, L8, GE], doc=[D_MAP5, D_INSIDER])
    rows = [[p["phone"], p["name"]] for p in people(c, 2500)]
    c.files["dump.tsv"] = delimited(rows, delim="\t")
    c.options = ["--insider"]
    c.expect(0, 0, 2500, insider=True, invalid=0, duplicate=0, unidentifiable=0)
    return c


# ---- 违法所得（第七项） --------------------------------------------------------------------------------------------------
def _proceeds(cid: str, amount: str, intent: str, *, insider: bool = False, n3: int = 0) -> Case:
    law = [L7, GE] + ([L8] if insider else []) + ([LX] if Fraction(amount) >= 25000 else [])
    c = Case(cid, intent, basis="law", law=law, doc=[D_MAP5] + ([D_INSIDER] if insider else []))
    rows = [[p["name"], p["phone"], ""] for p in people(c, 10)]
    rows += [[p["name"], p["phone"], p["card"]] for p in people(c, n3, card=True)]
    c.files["dump.csv"] = delimited(rows, header=["姓名", "手机号", "银行卡号"])
    c.options = ["--proceeds", amount] + (["--insider"] if insider else [])
    c.expect(n3, 0, 10, insider=insider, proceeds=amount, invalid=0, duplicate=0, unidentifiable=0)
    return c


@case
def proceeds_5000() -> Case:
    return _proceeds("proceeds_5000", "5000", "10 条手机号 + 违法所得 5000 元 → 第七项情节严重")


@case
def proceeds_4999_99() -> Case:
    return _proceeds("proceeds_4999_99", "4999.99", "违法所得 4999.99 元 < 5000 → 未达到")


@case
def proceeds_50000() -> Case:
    return _proceeds("proceeds_50000", "50000", "违法所得 50000 元 = 十倍 → 情节特别严重")


@case
def insider_proceeds_2500() -> Case:
    return _proceeds("insider_proceeds_2500", "2500", "--insider，违法所得 2500 元 = 一半 → 情节严重", insider=True)


@case
def insider_proceeds_25000() -> Case:
    return _proceeds("insider_proceeds_25000", "25000", "--insider，违法所得 25000 元 = 第八项标准十倍 → 情节特别严重",
                     insider=True)


@case
def proceeds_not_added_to_ratio() -> Case:
    c = _proceeds("proceeds_not_added_to_ratio", "2500",
                  "25 条银行卡号（0.5 + 10/5000）+ 违法所得 2500 元（0.5 × 5000）：第六项只把第三至第五项的“数量”按比例合计，"
                  "不含第七项的数额 → 未达到", n3=25)
    c.law.insert(0, L6)
    return c


# ---- 第十一条：不真实、重复 ------------------------------------------------------------------------------------------------
def _invalid_dup(cid: str, n: int, intent: str) -> Case:
    c = Case(cid, intent, basis="law", law=[L11_3, L3, GE], doc=[D_INVALID, D_DUP, D_MAP3])
    valid = people(c, n - 1, card=True, idno=True)
    x_person = {"name": c.g.name(), "phone": c.g.phone(), "id": c.g.idno(want_x=True), "card": c.g.card()}
    valid.append(x_person)
    rows = [[p["name"], p["phone"], p["id"], p["card"]] for p in valid]
    invalid = []
    for kind in ["id_bad_check", "bad_date", "bad_month", "bad_region", "phone", "card"]:
        p = {"name": c.g.name(), "phone": c.g.phone(), "id": c.g.idno(), "card": c.g.card()}
        if kind == "id_bad_check":
            p["id"] = c.g.id_bad_check()
        elif kind == "bad_date":
            p["id"] = c.g.id_bad_date("0230")
        elif kind == "bad_month":
            p["id"] = c.g.id_bad_date("1315")
        elif kind == "bad_region":
            p["id"] = c.g.id_bad_region()
        elif kind == "phone":
            p["phone"] = c.g.phone_bad_segment()
        else:
            p["card"] = c.g.card_bad_luhn()
        invalid.append([p["name"], p["phone"], p["id"], p["card"]])
    a, b, d, e = valid[0], valid[1], valid[2], valid[3]
    ph = d["phone"]
    dups = [
        [a["name"], a["phone"], a["id"], a["card"]],  # exact
        [b["name"], b["phone"], b["id"], b["card"]],  # exact
        [d["name"], f"{ph[:3]}-{ph[3:7]}-{ph[7:]}", d["id"], d["card"]],  # phone with dashes
        [e["name"], f"{e['phone'][:3]} {e['phone'][3:7]} {e['phone'][7:]}", e["id"], e["card"]],  # spaces
        [x_person["name"], x_person["phone"], x_person["id"][:-1] + "x", x_person["card"]],  # lower-case x
        [f" {a['name']} ", f" {a['phone']}", a["id"] + " ", a["card"]],  # surrounding blanks
    ]
    c.files["dump.csv"] = delimited(c.g.shuffle(rows + invalid + dups), header=["姓名", "手机号", "身份证号", "银行卡号"])
    c.expect(n, 0, 0, invalid=len(invalid), duplicate=len(dups), unidentifiable=0)
    return c


@case
def exclusions_at_50() -> Case:
    return _invalid_dup("exclusions_at_50", 50,
                        "62 行 = 50 条有效去重 + 6 条不真实（校验位错、2 月 30 日、13 月、地区码 99、154 号段、Luhn 错）"
                        "+ 6 条重复（2 条完全相同、手机号带横线、带空格、身份证末位小写 x、首尾空白）→ 恰好 50 → 情节严重")


@case
def exclusions_at_49() -> Case:
    return _invalid_dup("exclusions_at_49", 49,
                        "61 行 = 49 条有效去重 + 6 不真实 + 6 重复：按行数会超过 50，排除后 49 → 未达到")


@case
def same_person_new_phone_not_dup() -> Case:
    c = Case("same_person_new_phone_not_dup",
             "30 人各出现两次：同一姓名、身份证号、银行卡号，但手机号不同 → 信息不同，不算重复 → 60 条第三项 → 情节严重。"
             "注意：喻海松《理解与适用》举例（同一人以“姓名+电话”“姓名+身份证”多次出现）视为重复，按此为 30 条未达到；"
             "这里按文档的取舍",
             basis="doc", law=[L11_3, L3], doc=[D_DUP, D_MAP3])
    rows = []
    for p in people(c, 30, card=True, idno=True):
        rows.append([p["name"], p["phone"], p["id"], p["card"]])
        rows.append([p["name"], c.g.phone(), p["id"], p["card"]])
    c.files["dump.csv"] = delimited(rows, header=["姓名", "手机号", "身份证号", "银行卡号"])
    c.expect(60, 0, 0, invalid=0, duplicate=0, unidentifiable=0)
    return c


@case
def jsonl_key_order_dup() -> Case:
    c = Case("jsonl_key_order_dup",
             "JSON Lines：40 人，其中 10 人再出现一次但键的顺序不同（同一人、同一信息）→ 40 条第三项、10 条重复",
             basis="law", law=[L11_3, L3], doc=[D_DUP, D_MAP3])
    ps = people(c, 40, card=True)
    objs = [{"姓名": p["name"], "手机号": p["phone"], "银行卡号": p["card"]} for p in ps]
    objs += [{"银行卡号": p["card"], "手机号": p["phone"], "姓名": p["name"]} for p in ps[:10]]
    c.files["dump.jsonl"] = jsonl(c.g.shuffle(objs))
    c.expect(40, 0, 0, invalid=0, duplicate=10, unidentifiable=0)
    return c


@case
def unidentifiable_rows() -> Case:
    c = Case("unidentifiable_rows",
             "50 条银行卡+手机号，另 5 行只有住宿记录（姓名、手机号、银行卡号都空）：不能识别特定自然人（第一条），不计数",
             basis="doc", law=["法释〔2017〕10号 第一条：能够单独或者与其他信息结合识别特定自然人身份…", L3],
             doc=[D_UNID, D_MAP3])
    rows = [[p["name"], p["phone"], p["card"], ""] for p in people(c, 50, card=True)]
    rows += [["", "", "", c.g.lodging()] for _ in range(5)]
    c.files["dump.csv"] = delimited(c.g.shuffle(rows), header=["姓名", "手机号", "银行卡号", "住宿记录"])
    c.expect(50, 0, 0, invalid=0, duplicate=0, unidentifiable=5)
    return c


# ---- 多个文件 -----------------------------------------------------------------------------------------------------------
def _two_files(c: Case) -> None:
    ps = people(c, 30, card=True)
    a = [[p["name"], p["phone"], p["card"]] for p in ps] + [[p["name"], p["phone"], p["card"]] for p in ps[:2]]
    b = [[p["card"], p["name"], p["phone"]] for p in c.g.shuffle(ps)]
    c.files["a_utf8.csv"] = delimited(a, header=["姓名", "手机号", "银行卡号"])
    c.files["b_gbk.csv"] = delimited(b, header=["银行卡号", "姓名", "手机号"], encoding="gbk")


@case
def files_same_batch_dedup() -> Case:
    c = Case("files_same_batch_dedup",
             "两个文件（UTF-8 与 GBK，列序不同）是同样 30 人的同一信息，a 内另有 2 行完全重复；默认视为同一批：30 条、重复 32 → 未达到",
             basis="law", law=[L11_1, L11_3, L3], doc=[D_FILES, D_DUP])
    _two_files(c)
    c.expect(30, 0, 0, invalid=0, duplicate=32, unidentifiable=0)
    return c


@case
def files_separate_sales() -> Case:
    c = Case("files_separate_sales",
             "同上两个文件，--separate-sales（分别卖给不同的人）：各文件内部去重后累计 30 + 30 = 60 → 情节严重；只排除 a 内 2 行重复",
             basis="law", law=[L11_2, L3], doc=[D_FILES])
    _two_files(c)
    c.options = ["--separate-sales"]
    c.expect(60, 0, 0, invalid=0, duplicate=2, unidentifiable=0)
    return c


@case
def files_cross_format_dup() -> Case:
    c = Case("files_cross_format_dup",
             "CSV（姓名,手机号,银行卡号）与 JSONL（name/mobile/bank_card，键名不同）是同样 30 人的同一信息：默认同一批 → 30 条、重复 30",
             basis="law", law=[L11_1, L11_3, L3], doc=[D_FILES, D_DUP, "列名不同但识别为同种信息；文档只说哈希与列序无关"])
    ps = people(c, 30, card=True)
    c.files["a.csv"] = delimited([[p["name"], p["phone"], p["card"]] for p in ps], header=["姓名", "手机号", "银行卡号"])
    c.files["b.jsonl"] = jsonl([{"mobile": p["phone"], "name": p["name"], "bank_card": p["card"]} for p in ps])
    c.expect(30, 0, 0, invalid=0, duplicate=30, unidentifiable=0)
    return c


@case
def files_three_formats_disjoint() -> Case:
    c = Case("files_three_formats_disjoint",
             "三个文件（CSV 20 + JSONL 20 + XLSX 10，人各不相同）合计 50 条银行卡号 → 情节严重",
             basis="law", law=[L3, GE], doc=[D_FILES, D_MAP3])
    ps = people(c, 50, card=True)
    c.files["a.csv"] = delimited([[p["name"], p["phone"], p["card"]] for p in ps[:20]], header=["姓名", "手机号", "银行卡号"])
    c.files["b.jsonl"] = jsonl([{"姓名": p["name"], "手机号": p["phone"], "银行卡号": p["card"]} for p in ps[20:40]])
    c.files["c.xlsx"] = xlsx([("Sheet1", ["姓名", "手机号", "银行卡号"], [[p["name"], p["phone"], p["card"]] for p in ps[40:]])])
    c.expect(50, 0, 0, invalid=0, duplicate=0, unidentifiable=0)
    return c


# ---- 格式 -------------------------------------------------------------------------------------------------------------------
@case
def headerless_bank_50() -> Case:
    c = Case("headerless_bank_50", "无表头 CSV：50 行“姓名,手机号,银行卡号”，首行是数据不是表头 → 50 条 → 情节严重",
             basis="law", law=[L3, GE], doc=[D_MAP3, "docs/assess.md：有无表头均可（自动判断）"])
    c.files["dump.csv"] = delimited([[p["name"], p["phone"], p["card"]] for p in people(c, 50, card=True)])
    c.expect(50, 0, 0, invalid=0, duplicate=0, unidentifiable=0)
    return c


@case
def xlsx_two_sheets_mixed() -> Case:
    c = Case("xlsx_two_sheets_mixed",
             "XLSX 两个工作表：“客户” 30 条银行卡号（三），“体检” 200 条健康信息（四），人各不相同 → 0.6 + 0.4 = 1 → 第六项",
             basis="doc", law=[L6], doc=[D_RATIO, D_MAP3, D_MAP4, "docs/assess.md：XLSX 每个工作表一张表"])
    s1 = [[p["name"], p["phone"], p["card"]] for p in people(c, 30, card=True)]
    s2 = [[p["name"], p["id"], p["phone"], c.g.health()] for p in people(c, 200, idno=True)]
    c.files["dump.xlsx"] = xlsx([("客户", ["姓名", "手机号", "银行卡号"], s1),
                                 ("体检", ["姓名", "身份证号", "联系电话", "健康状况"], s2)])
    c.expect(30, 200, 0, invalid=0, duplicate=0, unidentifiable=0)
    return c


@case
def xlsx_numeric_phone_cells() -> Case:
    c = Case("xlsx_numeric_phone_cells",
             "XLSX 中手机号存为数字单元格（Excel 常见），银行卡号为文本：50 条 → 情节严重",
             basis="law", law=[L3, GE], doc=[D_MAP3, "docs/assess.md：XLSX 输入"])
    rows = [[p["name"], int(p["phone"]), p["card"]] for p in people(c, 50, card=True)]
    c.files["dump.xlsx"] = xlsx([("Sheet1", ["姓名", "手机号", "银行卡号"], rows)])
    c.expect(50, 0, 0, invalid=0, duplicate=0, unidentifiable=0)
    return c


@case
def jsonl_nested_50() -> Case:
    c = Case("jsonl_nested_50", "JSON Lines 嵌套字段（user.name、user.mobile、account.card_no）：50 条银行卡号 → 情节严重",
             basis="law", law=[L3, GE], doc=[D_MAP3, "docs/assess.md：嵌套字段展开为 a.b"])
    objs = [{"user": {"name": p["name"], "mobile": p["phone"]}, "account": {"card_no": p["card"], "level": "VIP"}}
            for p in people(c, 50, card=True)]
    c.files["dump.jsonl"] = jsonl(objs)
    c.expect(50, 0, 0, invalid=0, duplicate=0, unidentifiable=0)
    return c


@case
def sql_escapes_null_dups() -> Case:
    c = Case("sql_escapes_null_dups",
             "MySQL 多行 INSERT：地址含 \\' 和逗号，20 行银行卡号为 NULL（这些人只计第五项）；50 + 20 人，另 5 个完全相同的元组 → "
             "50 条第三项 + 20 条第五项，重复 5 → 情节严重",
             basis="law", law=[L3, L11_3, GE], doc=[D_MAP3, D_MAP5, D_ONCE, D_DUP,
                                                   "docs/assess.md：INSERT … VALUES (…),(…); 含 \\'、''、NULL"])
    rows = []
    for p in people(c, 50, card=True, idno=True):
        rows.append([p["name"], p["phone"], p["id"], p["card"], f"北京市朝阳区建国路{c.g.rng.randrange(1, 200)}号, O'Neil公寓"])
    for p in people(c, 20, idno=True):
        rows.append([p["name"], p["phone"], p["id"], None, f"上海市黄浦区南京东路{c.g.rng.randrange(1, 200)}号"])
    rows += [list(r) for r in rows[:5]]
    rows = c.g.shuffle(rows)
    c.files["dump.sql"] = mysql_dump("customer", [("name", "varchar(32)"), ("phone", "varchar(20)"),
                                                  ("idcard", "varchar(18)"), ("bank_card", "varchar(32)"),
                                                  ("address", "varchar(128)")], rows, batch=30)
    c.expect(50, 0, 20, invalid=0, duplicate=5, unidentifiable=0)
    return c


@case
def pg_copy_50() -> Case:
    c = Case("pg_copy_50", "PostgreSQL COPY … FROM stdin：50 条银行卡号 + 10 行卡号为 \\N（只计第五项）→ 情节严重",
             basis="law", law=[L3, GE], doc=[D_MAP3, D_ONCE, "docs/assess.md：COPY … FROM stdin 含 \\N"])
    lines = ["--", "-- PostgreSQL database dump", "--", "",
             "CREATE TABLE public.users (", "    name text,", "    phone text,", "    card_no text", ");", "",
             "COPY public.users (name, phone, card_no) FROM stdin;"]
    lines += [f"{p['name']}\t{p['phone']}\t{p['card']}" for p in people(c, 50, card=True)]
    lines += [f"{p['name']}\t{p['phone']}\t\\N" for p in people(c, 10)]
    lines += ["\\.", ""]
    c.files["dump.sql"] = ("\n".join(lines) + "\n").encode("utf-8")
    c.expect(50, 0, 10, invalid=0, duplicate=0, unidentifiable=0)
    return c


@case
def text_phones_5000_dups() -> Case:
    c = Case("text_phones_5000_dups",
             "纯文本（--input-format text），每行一条，5000 个不同的有效手机号（夹在姓名、地址中），另 30 行完全重复、"
             "20 行只有号段无效的手机号 → 第五项 5000 条 → 情节严重",
             basis="law", law=[L5, L11_3, GE], doc=[D_MAP5, "docs/assess.md：纯文本每行一条，提取身份证号、手机号、邮箱、银行卡号"])
    lines = []
    for i, p in enumerate(people(c, 5000)):
        fmt = i % 3
        if fmt == 0:
            lines.append(f"{p['name']} 手机:{p['phone']} 地址:北京市海淀区中关村大街{i % 300 + 1}号")
        elif fmt == 1:
            lines.append(f"联系人{p['name']}，电话{p['phone']}，已回访")
        else:
            lines.append(f"{p['phone']} {p['name']} VIP")
    dups = lines[:30]
    bad = [f"{c.g.name()} 手机:{c.g.phone_bad_segment()}" for _ in range(20)]
    c.files["dump.txt"] = ("\n".join(c.g.shuffle(lines + dups + bad)) + "\n").encode("utf-8")
    c.options = ["--input-format", "text"]
    # Invalid lines: whether they are reported as invalid or unidentifiable is not documented for text mode.
    c.expect(0, 0, 5000, duplicate=30)
    return c


@case
def text_bankcards_50() -> Case:
    c = Case("text_bankcards_50",
             "纯文本，50 行各含一个手机号和一个银行卡号，另 5 行只有 Luhn 错误的卡号 → 第三项 50 条 → 情节严重",
             basis="doc", law=[L3, GE], doc=[D_MAP3, "docs/assess.md：纯文本提取银行卡号；类别表 银行卡号 → 第三项"])
    lines = [f"{p['name']} 卡号{p['card']} 预留手机{p['phone']}" for p in people(c, 50, card=True)]
    bad = [f"{c.g.name()} 卡号{c.g.card_bad_luhn()}" for _ in range(5)]
    c.files["leak.txt"] = ("\n".join(c.g.shuffle(lines + bad)) + "\n").encode("utf-8")
    c.options = ["--input-format", "text"]
    c.expect(50, 0, 0, duplicate=0)
    return c


# ---- --category ---------------------------------------------------------------------------------------------------------------
@case
def category_override_name() -> Case:
    c = Case("category_override_name",
             "60 行 姓名,手机号,备注（备注是普通文字）加 --category 备注=art5_1_3：备注列计为第三项 → 60 条 → 情节严重"
             "（不覆盖则是 60 条第五项，未达到）",
             basis="doc", law=[L3], doc=[D_CAT])
    rows = [[p["name"], p["phone"], c.g.note()] for p in people(c, 60)]
    c.files["dump.csv"] = delimited(rows, header=["姓名", "手机号", "备注"])
    c.options = ["--category", "备注=art5_1_3"]
    c.expect(60, 0, 0, invalid=0, duplicate=0, unidentifiable=0)
    return c


@case
def category_override_none() -> Case:
    c = Case("category_override_none",
             "60 行 姓名,手机号,银行卡号 加 --category 银行卡号=none：银行卡列不计类别 → 60 条第五项 → 未达到",
             basis="doc", law=[L5], doc=[D_CAT, D_MAP5])
    rows = [[p["name"], p["phone"], p["card"]] for p in people(c, 60, card=True)]
    c.files["dump.csv"] = delimited(rows, header=["姓名", "手机号", "银行卡号"])
    c.options = ["--category", "银行卡号=none"]
    c.expect(0, 0, 60, invalid=0, duplicate=0, unidentifiable=0)
    return c


@case
def category_override_index() -> Case:
    c = Case("category_override_index",
             "无表头 4 列 手机号|文字|文字|文字，--category 2=art5_1_4，500 行：不论列序号从 0 还是从 1 数，第 2 列都是非空文字 → "
             "500 条第四项 → 情节严重",
             basis="doc", law=[L4], doc=[D_CAT])
    rows = [[p["phone"], c.g.note(), c.g.note(), c.g.note()] for p in people(c, 500)]
    c.files["dump.txt"] = delimited(rows, delim="|")
    c.options = ["--category", "2=art5_1_4"]
    c.expect(0, 500, 0, invalid=0, duplicate=0, unidentifiable=0)
    return c


# ---- 非数量情形、第六条 ----------------------------------------------------------------------------------------------------
@case
def flag_used_for_crime() -> Case:
    c = Case("flag_used_for_crime",
             "10 条行踪轨迹 + --used-for-crime：出售或者提供行踪轨迹信息，被他人用于犯罪 → 第五条第一款第一项 情节严重（不论条数）",
             basis="law", law=["第五条第一款第一项：出售或者提供行踪轨迹信息，被他人用于犯罪的"], doc=[D_MAP3])
    rows = [[p["name"], p["phone"], c.g.location()] for p in people(c, 10)]
    c.files["dump.csv"] = delimited(rows, header=["姓名", "手机号", "行踪轨迹"])
    c.options = ["--used-for-crime"]
    c.expect(10, 0, 0, tier_="serious", invalid=0, duplicate=0, unidentifiable=0)
    return c


@case
def flag_severe_harm() -> Case:
    c = Case("flag_severe_harm",
             "10 条手机号 + --severe-harm：造成被害人死亡、重伤等 → 第五条第二款第一项 情节特别严重（不论条数）",
             basis="law", law=["第五条第二款第一项：造成被害人死亡、重伤、精神失常或者被绑架等严重后果的"], doc=[D_MAP5])
    rows = [[p["name"], p["phone"]] for p in people(c, 10)]
    c.files["dump.csv"] = delimited(rows, header=["姓名", "手机号"])
    c.options = ["--severe-harm"]
    c.expect(0, 0, 10, tier_="especially_serious", invalid=0, duplicate=0, unidentifiable=0)
    return c


@case
def lawful_business_5000() -> Case:
    c = Case("lawful_business_5000",
             "--lawful-business：为合法经营购买 5000 条手机号+姓名（第五项信息），没有获利数额 → 第六条只看获利 ≥ 5 万元或前科 → 未达到",
             basis="law", law=[L6B], doc=["docs/assess.md：--lawful-business … 只看获利 ≥ 5 万元或前科"])
    rows = [[p["phone"], p["name"]] for p in people(c, 5000)]
    c.files["dump.txt"] = delimited(rows, delim="----")
    c.options = ["--lawful-business"]
    c.expect(0, 0, 5000, tier_="below", invalid=0, duplicate=0, unidentifiable=0)
    return c


@case
def lawful_business_profit_50000() -> Case:
    c = Case("lawful_business_profit_50000",
             "--lawful-business --profit 50000：获利五万元以上 → 第六条第一款第一项 情节严重",
             basis="law", law=[L6B], doc=["docs/assess.md：--lawful-business（可加 --profit）"])
    rows = [[p["name"], p["phone"]] for p in people(c, 10)]
    c.files["dump.csv"] = delimited(rows, header=["姓名", "手机号"])
    c.options = ["--lawful-business", "--profit", "50000"]
    c.expect(0, 0, 10, tier_="serious", invalid=0, duplicate=0, unidentifiable=0)
    return c


# ---------------------------------------------------------------------------------------------------------------
def build() -> list[Case]:
    cases = [fn() for fn in BUILDERS]
    ids = [c.cid for c in cases]
    assert len(ids) == len(set(ids)), "duplicate case id"
    return cases


def write(cases: list[Case], out: Path) -> None:
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for c in cases:
        d = out / c.cid
        d.mkdir()
        for name, data in c.files.items():
            (d / name).write_bytes(data)
        (d / "expected.json").write_text(json.dumps(c.to_json(), ensure_ascii=False, indent=2) + "\n",
                                         encoding="utf-8")


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=CASES_DIR)
    ap.add_argument("--check", action="store_true", help="compare a fresh build with --out, write nothing")
    args = ap.parse_args(argv)
    cases = build()
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            write(cases, Path(tmp) / "cases")
            same = snapshot(Path(tmp) / "cases") == snapshot(args.out)
        print("probe5 cases up to date" if same else "probe5 cases differ: run python tests/probe5/build_probe5.py")
        return 0 if same else 1
    write(cases, args.out)
    print(f"wrote {len(cases)} cases to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
