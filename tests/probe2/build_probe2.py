"""Build probe2: a second, independent probe set for the structured detectors.

Run ``python tests/probe2/build_probe2.py`` to rewrite ``probe2.jsonl`` next to this file
(``--check`` compares instead of writing). The build is deterministic (one seeded
``random.Random``) and uses nothing from leakaid: every validator below is written
here from the public specifications (GB 11643, Luhn, the mobile number plan, RFC 6890).

Every document is assembled from literal text pieces and labelled values, so offsets
are computed, never searched. After assembly the text outside labelled spans and
explicitly declared traps is scanned by an independent checker; the build fails if it
finds a valid-looking value that carries no label (e.g. a random uid that happens to be
a Luhn-valid card number).

All values are fake: names, addresses and numbers are generated, domains are made up.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import random
import re
import sys
from pathlib import Path

SEED = 20240517
DOCS_PER_GENRE = 40
OUT = Path(__file__).with_name("probe2.jsonl")

GENRES = ("html", "json_log", "email", "ocr", "traditional", "mixed_en", "spreadsheet", "traps")
TYPES = (
    "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "PLATE", "PASSPORT",
    "HK_MACAO_PERMIT", "IP", "QQ", "WECHAT", "GPS", "BIRTHDATE",
)

# --------------------------------------------------------------------------- reference data
# GB/T 2260 county codes with the first year they were in use (births before that year
# would carry another code, so we never generate them).
REGIONS = (
    ("110101", 1960), ("110105", 1960), ("110108", 1960), ("120101", 1960), ("310104", 1960),
    ("310115", 1992), ("440305", 1990), ("440304", 1990), ("440106", 1985), ("330106", 1983),
    ("510107", 1990), ("420106", 1983), ("320102", 1983), ("370202", 1983), ("610113", 1983),
    ("500103", 1997), ("350203", 1983), ("430104", 1996), ("210102", 1983), ("230103", 1983),
    ("410105", 1983), ("530102", 1983), ("450103", 2004), ("360102", 1983), ("130102", 1983),
    ("140105", 1997), ("150102", 1983), ("220102", 1983), ("520102", 1983), ("620102", 1983),
    ("630102", 1983), ("650102", 1983), ("320583", 1989), ("330203", 1983), ("441900", 1988),
    ("371002", 1987), ("420502", 1986), ("321102", 1984),
)
# 174 (satellite) and 179 (not allocated to the public) are left out of 17x on purpose.
MOBILE_PREFIXES = (
    [f"13{d}" for d in range(10)] + ["145", "147"]
    + [f"15{d}" for d in range(10) if d != 4] + ["166"] + [f"17{d}" for d in range(10) if d not in (4, 9)]
    + [f"18{d}" for d in range(10)] + ["191", "193", "195", "196", "197", "198", "199"]
)
# area code -> local number length
AREA_CODES = {
    "010": 8, "020": 8, "021": 8, "022": 8, "023": 8, "024": 8, "025": 8, "027": 8, "028": 8,
    "029": 8, "0755": 8, "0571": 8, "0512": 8, "0731": 8, "0591": 8, "0592": 7, "0532": 8,
    "0371": 8, "0871": 8, "0311": 8, "0757": 8, "0769": 8, "0937": 7, "0941": 7, "0898": 8,
}
BINS = {  # prefix -> card length
    "622202": 19, "621700": 19, "622848": 19, "621661": 19, "622588": 16, "622262": 19,
    "621799": 19, "622690": 16, "622908": 18, "621483": 16, "436742": 19,
}
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾"
GIVEN = ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟",
         "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "嘉怡", "子轩", "浩然", "雨涵", "梓萱"]
TRAD_GIVEN = ["偉", "芳", "嘉欣", "志明", "美玲", "家豪", "詠詩", "俊傑", "淑芬", "建國", "慧琳"]
TRAD_SURNAMES = "陳李張黃何林吳劉蔡鄭梁謝許葉曾"
PINYIN = ["zhang", "wang", "li", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun",
          "ma", "zhu", "hu", "guo", "lin", "luo", "gao", "he", "wei", "fang", "na", "min", "jing",
          "lei", "jun", "yang", "tao", "ming", "chao", "xia", "ping", "gang", "hao", "yu"]
MAIL_DOMAINS = ["qq.com", "163.com", "126.com", "foxmail.com", "sina.com", "outlook.com",
                "gmail.com", "yeah.net", "hanyu-tech.cn", "lanshan-logistics.com", "qingtai.net"]
STREETS = ["科技园南路", "建设路", "人民路", "解放大道", "中山路", "文三路", "天府大道", "长江路", "淮海中路",
           "五一路", "滨河路", "学院路", "和平街", "新华路"]
CITIES = [("广东省", "深圳市", "南山区"), ("浙江省", "杭州市", "西湖区"), ("四川省", "成都市", "武侯区"),
          ("湖北省", "武汉市", "武昌区"), ("江苏省", "南京市", "玄武区"), ("北京市", "", "海淀区"),
          ("上海市", "", "徐汇区"), ("山东省", "青岛市", "市南区"), ("陕西省", "西安市", "雁塔区")]
PLATE_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
FW = str.maketrans("0123456789", "０１２３４５６７８９")
FW_BACK = str.maketrans("０１２３４５６７８９ＸｘＡＢＣＤＥＨＭ＠．－＋（）：", "0123456789XxABCDEHM@.-+():")

# --------------------------------------------------------------------------- validators


def id_check(body17: str) -> str:
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(c) * w for c, w in zip(body17, weights, strict=True)) % 11]


REGION_SET = {code for code, _ in REGIONS}


def id_valid(s: str) -> bool:
    s = s.upper()
    if not re.fullmatch(r"\d{17}[\dX]", s) or s[:6] not in REGION_SET:
        return False
    try:
        birth = dt.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return dt.date(1900, 1, 1) <= birth <= dt.date(2024, 1, 1) and id_check(s[:17]) == s[17]


def id_plausible(s: str) -> bool:
    """Any 18-char number with a correct check digit and a real date: what a detector may flag."""
    s = s.upper()
    if not re.fullmatch(r"[1-8]\d{16}[\dX]", s):
        return False
    try:
        dt.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return 1900 <= int(s[6:10]) <= 2025 and id_check(s[:17]) == s[17]


def luhn_ok(s: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_digit(body: str) -> str:
    for d in "0123456789":
        if luhn_ok(body + d):
            return d
    raise AssertionError


def mobile_valid(s: str) -> bool:
    return len(s) == 11 and s.isdigit() and s[:3] in MOBILE_PREFIXES


def ip_public(s: str) -> bool:
    try:
        addr = ipaddress.IPv4Address(s)
    except ValueError:
        return False
    return addr.is_global and not addr.is_multicast


def digits_of(s: str) -> str:
    return re.sub(r"\D", "", s.translate(FW_BACK))


# --------------------------------------------------------------------------- document assembly


class Doc:
    """Accumulates text pieces; ``v`` appends a labelled value and records its offsets."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.spans: list[list] = []
        self.masked: list[tuple[int, int]] = []  # declared traps: not scanned by the checker

    def t(self, *pieces: str) -> Doc:
        for p in pieces:
            self.parts.append(p)
            self.pos += len(p)
        return self

    def v(self, value: str, typ: str) -> Doc:
        assert typ in TYPES, typ
        check_value(value, typ)
        self.spans.append([self.pos, self.pos + len(value), typ])
        return self.t(value)

    def trap(self, value: str) -> Doc:
        """Unlabelled on purpose (order numbers, QQ groups, hotlines ...)."""
        self.masked.append((self.pos, self.pos + len(value)))
        return self.t(value)

    @property
    def text(self) -> str:
        return "".join(self.parts)


def check_value(value: str, typ: str) -> None:
    """Assert that a labelled value is valid for its type (as the conventions require)."""
    raw = value.translate(FW_BACK)
    d = digits_of(value)
    if typ == "ID_CARD":
        compact = re.sub(r"[\s-]", "", raw).upper()
        assert id_valid(compact), value
    elif typ == "MOBILE":
        m = re.fullmatch(r"(\+86|0086|\(\+86\)|\+852|\+853|\+886)?[\s-]*(.+)", raw)
        assert m, value
        local = digits_of(m.group(2))
        if m.group(1) in ("+852", "+853"):
            assert len(local) == 8 and local[0] in "5679", value
        elif m.group(1) == "+886":
            assert len(local) == 9 and local[0] == "9", value
        elif len(local) == 8:  # HK/Macau number written without prefix (context says 手提/手機)
            assert local[0] in "5679", value
        elif len(local) == 10:
            assert local.startswith("09"), value
        else:
            assert mobile_valid(local), value
    elif typ == "LANDLINE":
        assert "转" not in raw and "ext" not in raw.lower(), value
        if raw.startswith(("+852", "+853")):
            assert len(d) == 11 and d[3] in "23", value
        elif raw.startswith("+886"):
            assert d[3] == "2" and len(d) == 12, value
        elif raw.startswith(("(02)", "02-")) and len(d) == 10:  # Taiwan Taipei
            pass
        else:
            nat = d[2:] if raw.startswith(("+86", "(+86)")) else d[4:] if raw.startswith("0086") else d
            if not nat.startswith("0"):
                nat = "0" + nat
            ok = any(nat.startswith(a) and len(nat) == len(a) + n for a, n in AREA_CODES.items())
            assert ok, value
    elif typ == "BANK_CARD":
        assert 16 <= len(d) <= 19 and luhn_ok(d) and any(d.startswith(b) for b in BINS), value
    elif typ == "EMAIL":
        assert re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", raw), value
    elif typ == "PLATE":
        m = re.fullmatch(rf"[{PLATE_PROVINCES}][{PLATE_LETTERS}][·\s-]?([{PLATE_LETTERS}0-9]{{5}})", raw)
        assert m and sum(c.isalpha() for c in m.group(1)) <= 2 or re.fullmatch(
            rf"[{PLATE_PROVINCES}][{PLATE_LETTERS}][·\s-]?[DF]\d{{5}}", raw), value
    elif typ == "PASSPORT":
        assert re.fullmatch(r"(E[A-HJ-NP-Z]?\d{7,8}|G\d{8})", raw) and len(raw) == 9, value
    elif typ == "HK_MACAO_PERMIT":
        assert re.fullmatch(r"[CHM]\d{8}", raw), value
    elif typ == "IP":
        assert ip_public(raw), value
    elif typ == "QQ":
        assert re.fullmatch(r"[1-9]\d{4,10}", raw), value
    elif typ == "WECHAT":
        assert re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]{5,19}", raw), value
    elif typ == "GPS":
        nums = re.findall(r"-?\d+\.(\d+)", raw)
        assert len(nums) == 2 and all(len(n) >= 4 for n in nums), value
    elif typ == "BIRTHDATE":
        nums = [int(x) for x in re.findall(r"\d+", raw)]
        if len(nums) == 1:  # 19900517
            s = str(nums[0])
            nums = [int(s[:4]), int(s[4:6]), int(s[6:])]
        dt.date(*nums)


# --------------------------------------------------------------------------- independent leak checker

SEP_NUM = re.compile(r"(?<![0-9A-Za-z#])(?:\+86|0086|\(\+86\))?[\s-]*\d(?:[ \-]?\d){9,18}[Xx]?(?![0-9A-Za-z#])")
RUN_NUM = re.compile(r"(?<![0-9A-Za-z#])\d{11,19}[Xx]?(?![0-9A-Za-z#])")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z]{2,}")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
LANDLINE_RE = re.compile(r"(?<!\d)\(?(0\d{2,3})\)?[\s-]?(\d{3,4}[\s-]?\d{4})(?!\d)")
PLATE_RE = re.compile(rf"[{PLATE_PROVINCES}][A-Z][·\s-]?[A-HJ-NP-Z0-9]{{5,6}}(?![A-Za-z0-9])")


def leaks(text: str, spans: list[list], masked: list[tuple[int, int]]) -> list[str]:
    chars = list(text.translate(FW_BACK)) if len(text.translate(FW_BACK)) == len(text) else list(text)
    for s, e, *_ in [*spans, *masked]:
        chars[s:e] = "#" * (e - s)
    plain = "".join(chars)
    found = []
    for rx in (SEP_NUM, RUN_NUM):
        for m in rx.finditer(plain):
            d = re.sub(r"^(\+86|0086|\(\+86\))", "", m.group().strip())
            d = re.sub(r"[\s-]", "", d)
            if len(d) == 18 and id_plausible(d):
                found.append(f"ID {m.group()!r}")
            if d.isdigit() and 16 <= len(d) <= 19 and luhn_ok(d):
                found.append(f"card {m.group()!r}")
            if mobile_valid(d):
                found.append(f"mobile {m.group()!r}")
    for m in EMAIL_RE.finditer(plain):
        found.append(f"email {m.group()!r}")
    for m in IP_RE.finditer(plain):
        if ip_public(m.group(1)):
            found.append(f"ip {m.group()!r}")
    for m in LANDLINE_RE.finditer(plain):
        local = re.sub(r"\D", "", m.group(2))
        if AREA_CODES.get(m.group(1)) == len(local) and local[0] not in "01":
            found.append(f"landline {m.group()!r}")
    for m in PLATE_RE.finditer(plain):
        found.append(f"plate {m.group()!r}")
    return sorted(set(found))


# --------------------------------------------------------------------------- value generators


class Gen:
    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    def digits(self, n: int, first: str = "123456789") -> str:
        return self.r.choice(first) + "".join(self.r.choice("0123456789") for _ in range(n - 1))

    def safe_digits(self, n: int, first: str = "123456789") -> str:
        """A digit string that is no valid mobile, card or ID (for uids, order numbers ...)."""
        while True:
            s = self.digits(n, first)
            if not (mobile_valid(s) or (16 <= n <= 19 and luhn_ok(s)) or (n == 18 and id_plausible(s))):
                return s

    # ---- names, places
    def name(self) -> str:
        return self.r.choice(SURNAMES) + self.r.choice(GIVEN)

    def trad_name(self) -> str:
        return self.r.choice(TRAD_SURNAMES) + self.r.choice(TRAD_GIVEN)

    def pinyin(self) -> str:
        return self.r.choice(PINYIN) + self.r.choice(PINYIN)

    def address(self) -> str:
        prov, city, dist = self.r.choice(CITIES)
        return f"{prov}{city}{dist}{self.r.choice(STREETS)}{self.r.randint(1, 299)}号"

    def date(self, y0: int = 1962, y1: int = 2004) -> dt.date:
        start = dt.date(y0, 1, 1).toordinal()
        return dt.date.fromordinal(self.r.randint(start, dt.date(y1, 12, 28).toordinal()))

    # ---- labelled values
    def id_raw(self, want_x: bool | None = None) -> tuple[str, dt.date]:
        while True:
            code, y0 = self.r.choice(REGIONS)
            birth = self.date(max(y0, 1962), 2004)
            body = code + birth.strftime("%Y%m%d") + self.digits(3, "0123456789")
            full = body + id_check(body)
            if want_x is None or (full.endswith("X") == want_x):
                return full, birth

    def id_card(self, style: str | None = None) -> str:
        style = style or self.r.choice(["plain"] * 5 + ["x", "lowx", "684", "4s", "fw"])
        raw, _ = self.id_raw(want_x=True if style in ("x", "lowx") else None)
        if style == "lowx":
            return raw[:17] + "x"
        if style == "684":
            return f"{raw[:6]} {raw[6:14]} {raw[14:]}"
        if style == "4s":
            return " ".join(raw[i:i + 4] for i in range(0, 18, 4))
        if style == "fw":
            return raw.translate(FW).replace("X", "Ｘ")
        return raw

    def mobile_raw(self) -> str:
        return self.r.choice(MOBILE_PREFIXES) + self.digits(8, "0123456789")

    def mobile(self, style: str | None = None) -> str:
        m = self.mobile_raw()
        style = style or self.r.choice(
            ["plain"] * 4 + ["dash", "space", "+86sp", "+86", "0086", "(+86)", "+86-", "fw", "344sp"])
        a, b, c = m[:3], m[3:7], m[7:]
        return {
            "plain": m, "dash": f"{a}-{b}-{c}", "space": f"{a} {b} {c}", "+86sp": f"+86 {a} {b} {c}",
            "+86": f"+86{m}", "0086": f"0086-{m}", "(+86)": f"(+86){m}", "+86-": f"+86-{a}-{b}-{c}",
            "fw": m.translate(FW), "344sp": f"{a} {b}{c}",
        }[style]

    def hk_mobile(self) -> str:
        return self.r.choice("569") + self.digits(7, "0123456789")

    def mo_mobile(self) -> str:
        return "6" + self.r.choice("2368") + self.digits(6, "0123456789")

    def tw_mobile(self) -> str:
        return "9" + self.digits(8, "0123456789")

    def landline_parts(self) -> tuple[str, str]:
        area = self.r.choice(list(AREA_CODES))
        n = AREA_CODES[area]
        return area, self.digits(n, "2345678")

    def landline(self, style: str | None = None) -> str:
        area, local = self.landline_parts()
        style = style or self.r.choice(["dash"] * 3 + ["paren", "paren4", "space", "intl", "intl-paren", "fw"])
        half = local[:-4] + ("-" if style == "paren4" else " ") + local[-4:]
        return {
            "dash": f"{area}-{local}", "paren": f"({area}){local}", "paren4": f"({area}){half}",
            "space": f"{area} {half}", "intl": f"+86-{area[1:]}-{half}",
            "intl-paren": f"+86 ({area[1:]}) {half}", "fw": f"{area}-{local}".translate(FW),
        }[style]

    def bank_card(self, style: str | None = None) -> str:
        b, n = self.r.choice(list(BINS.items()))
        body = b + self.digits(n - len(b) - 1, "0123456789")
        card = body + luhn_digit(body)
        style = style or self.r.choice(["plain"] * 3 + ["4s", "4dash", "fw"])
        if style == "4s":
            return " ".join(card[i:i + 4] for i in range(0, len(card), 4))
        if style == "4dash":
            return "-".join(card[i:i + 4] for i in range(0, len(card), 4))
        if style == "fw":
            return card.translate(FW)
        return card

    def email(self) -> str:
        r = self.r
        local = r.choice([
            self.pinyin() + str(r.randint(1, 99)), self.pinyin(), f"{r.choice(PINYIN)}.{r.choice(PINYIN)}",
            str(r.randint(10000, 999999999)), f"{r.choice(PINYIN)}_{r.choice(PINYIN)}{r.randint(70, 99)}",
        ])
        return f"{local}@{r.choice(MAIL_DOMAINS)}"

    def plate(self) -> str:
        r = self.r
        prov, letter = r.choice(PLATE_PROVINCES), r.choice(PLATE_LETTERS)
        if r.random() < 0.3:  # new-energy: D/F + 5 digits
            tail = r.choice("DF") + self.digits(5, "0123456789")
        else:
            tail_chars = [r.choice("0123456789") for _ in range(5)]
            for pos in r.sample(range(5), r.choice([0, 0, 1, 1, 2])):  # GA 36: at most 2 letters
                tail_chars[pos] = r.choice(PLATE_LETTERS)
            tail = "".join(tail_chars)
        return prov + letter + r.choice(["", "", "·", " "]) + tail

    def passport(self) -> str:
        r = self.r
        return r.choice([
            "E" + self.digits(8, "0123456789"), "E" + r.choice("ABCDEFGHJKLMN") + self.digits(7, "0123456789"),
            "G" + self.digits(8, "0123456789"),
        ])

    def hkm_permit(self, kind: str = "C") -> str:
        return kind + self.digits(8, "0123456789")

    def ip(self) -> str:
        while True:
            s = ".".join(str(x) for x in (self.r.choice([36, 39, 42, 58, 59, 61, 101, 106, 110, 111, 112, 113, 114, 115,
                                                        116, 117, 119, 120, 121, 122, 123, 124, 125, 139, 140, 171,
                                                        180, 182, 183, 202, 210, 211, 218, 219, 220, 221, 222, 223]),
                                          self.r.randint(0, 255), self.r.randint(0, 255), self.r.randint(1, 254)))
            if ip_public(s):
                return s

    def qq(self) -> str:
        return self.digits(self.r.randint(6, 10))

    def wechat(self) -> str:
        r = self.r
        return r.choice([
            f"{self.pinyin()}{r.randint(1, 9999)}", f"{r.choice(PINYIN)}_{r.choice(PINYIN)}{r.randint(10, 99)}",
            f"wxid_{''.join(r.choice('abcdefghijkmnpqrstuvwxyz0123456789') for _ in range(12))}",
            f"{r.choice(PINYIN).capitalize()}-{r.choice(PINYIN)}{r.randint(80, 99)}",
        ])

    def gps(self, style: str | None = None) -> str:
        r = self.r
        lat = f"{r.uniform(20, 45):.{r.randint(4, 6)}f}"
        lng = f"{r.uniform(100, 125):.{r.randint(4, 6)}f}"
        style = style or r.choice(["comma", "comma_sp"])
        return f"{lat},{lng}" if style == "comma" else f"{lat}, {lng}"

    def birthdate(self, style: str | None = None, d: dt.date | None = None) -> str:
        d = d or self.date()
        style = style or self.r.choice(["iso", "cn", "slash", "compact", "dot", "cn0"])
        return {
            "iso": d.strftime("%Y-%m-%d"), "cn": f"{d.year}年{d.month}月{d.day}日",
            "cn0": d.strftime("%Y年%m月%d日"), "slash": d.strftime("%Y/%m/%d"), "compact": d.strftime("%Y%m%d"),
            "dot": d.strftime("%Y.%m.%d"),
        }[style]


# --------------------------------------------------------------------------- genres
# Each builder fills a Doc. Helpers: d.t(text), d.v(value, TYPE), d.trap(value).


def g_html(g: Gen, d: Doc) -> None:
    r = g.r
    k = r.randrange(6)
    name = g.name()
    if k == 0:
        d.t('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>会员资料</title></head>\n<body>\n',
            '<form id="profile" action="/member/save" method="post">\n',
            f'  <input type="hidden" name="memberId" value="{g.safe_digits(9)}">\n',
            '  <input type="hidden" name="idNo" value="').v(g.id_card("plain"), "ID_CARD").t('">\n',
            f'  <label for="name">姓名</label><input id="name" name="name" value="{name}">\n',
            '  <label for="mobile">手机号码</label><input id="mobile" name="mobile" type="tel" value="').v(
            g.mobile(r.choice(["plain", "dash"])), "MOBILE").t('">\n',
            '  <label for="mail">电子邮箱</label><input id="mail" type="email" value="').v(g.email(), "EMAIL").t('">\n',
            '  <button type="submit">保存</button>\n</form>\n</body></html>\n')
    elif k == 1:
        d.t('<table class="info" border="1">\n  <tr><th>项目</th><th>内容</th></tr>\n',
            f'  <tr><td>持卡人</td><td>{name}</td></tr>\n',
            '  <tr><td>银行卡号</td><td>').v(g.bank_card(r.choice(["plain", "4s"])), "BANK_CARD").t('</td></tr>\n',
            '  <tr><td>预留手机</td><td>&nbsp;').v(g.mobile(), "MOBILE").t('&nbsp;</td></tr>\n',
            '  <tr><td>开户日期</td><td>', g.date(2010, 2023).isoformat(), '</td></tr>\n',
            '  <tr><td>联系电话</td><td>').v(g.landline(r.choice(["dash", "paren"])), "LANDLINE").t('</td></tr>\n</table>\n')
    elif k == 2:
        payload_ip = g.ip()
        d.t('<div id="app"></div>\n<script type="application/json" id="__INITIAL_STATE__">\n{"user":{"nick":"',
            g.pinyin(), '","phone":"').v(g.mobile("plain"), "MOBILE").t('","cert":{"type":"身份证","no":"').v(
            g.id_card(r.choice(["plain", "x"])), "ID_CARD").t('"},"loginIp":"').v(payload_ip, "IP").t(
            f'","level":{r.randint(1, 9)}}},"cartCount":{r.randint(0, 20)}}}\n</script>\n',
            '<script src="/static/js/app.4f3a9c1e.js"></script>\n')
    elif k == 3:
        mail = g.email()
        d.t('<footer class="site-footer">\n  <p>联系人：', name, '&nbsp;&nbsp;手机：').v(g.mobile(), "MOBILE").t(
            '</p>\n  <p>邮箱：<a href="mailto:').v(mail, "EMAIL").t('">').v(mail, "EMAIL").t('</a></p>\n',
            '  <p>客服热线：').trap("400-" + g.safe_digits(3, "6789") + "-" + g.safe_digits(4)).t(
            '（工作日 9:00-18:00）</p>\n  <p>地址：', g.address(), '</p>\n</footer>\n')
    elif k == 4:
        mob = g.mobile_raw()
        d.t('<ul class="contact">\n  <li><span class="label">手机</span><a href="tel:').v(f"+86{mob}", "MOBILE").t(
            '">').v(f"{mob[:3]} {mob[3:7]} {mob[7:]}", "MOBILE").t('</a></li>\n',
            '  <li><span class="label">QQ</span><span>').v(g.qq(), "QQ").t('</span></li>\n',
            '  <li><span class="label">微信</span><span>').v(g.wechat(), "WECHAT").t('</span></li>\n',
            '  <li><span class="label">QQ群</span><span>').trap(g.safe_digits(9)).t('</span>（群号，非个人）</li>\n</ul>\n')
    else:
        d.t('<div class="order-detail">\n  <dl>\n    <dt>订单编号</dt><dd>').trap(g.safe_digits(18)).t('</dd>\n',
            f'    <dt>收货人</dt><dd>{name}</dd>\n    <dt>联系方式</dt><dd>').v(g.mobile(), "MOBILE").t('</dd>\n',
            '    <dt>收货地址</dt><dd>', g.address(), '</dd>\n',
            '    <dt>车牌号</dt><dd data-plate="1">').v(g.plate(), "PLATE").t('</dd>\n',
            '    <dt>下单IP</dt><dd>').v(g.ip(), "IP").t('</dd>\n',
            '    <dt>下单定位</dt><dd>').v(g.gps(), "GPS").t('</dd>\n  </dl>\n</div>\n')


def ts(g: Gen) -> str:
    d = g.date(2023, 2024)
    return f"{d.isoformat()}T{g.r.randint(0, 23):02d}:{g.r.randint(0, 59):02d}:{g.r.randint(0, 59):02d}.{g.r.randint(0, 999):03d}+08:00"


def trace(g: Gen) -> str:
    return "".join(g.r.choice("abcdef0123456789") for _ in range(32))


def g_json_log(g: Gen, d: Doc) -> None:
    r = g.r
    for _ in range(r.randint(2, 4)):
        k = r.randrange(7)
        d.t(f'{{"ts":"{ts(g)}","level":"{r.choice(["INFO", "WARN", "DEBUG"])}","traceId":"{trace(g)}",')
        if k == 0:
            d.t('"svc":"user-center","event":"register","clientIp":"').v(g.ip(), "IP").t(
                f'","user":{{"uid":{g.safe_digits(8)},"mobile":"').v(g.mobile("plain"), "MOBILE").t(
                '","email":"').v(g.email(), "EMAIL").t('"}}\n')
        elif k == 1:
            d.t('"svc":"kyc","event":"realname.submit","req":{"realName":"', g.name(), '","idNo":"').v(
                g.id_card(r.choice(["plain", "x"])), "ID_CARD").t('","idType":1},"costMs":', str(r.randint(5, 900)), '}\n')
        elif k == 2:
            d.t('"svc":"pay-gw","event":"bind_card","bankAccount":"').v(g.bank_card("plain"), "BANK_CARD").t(
                '","reservedPhone":"').v(g.mobile("plain"), "MOBILE").t(f'","amount":{r.randint(1, 99999) / 100},',
                '"serialNo":"').trap(g.safe_digits(11)).t('"}\n')
        elif k == 3:
            d.t('"svc":"dispatch","event":"driver.location","driver":{"name":"', g.name(), '","plateNo":"').v(
                g.plate(), "PLATE").t('","loc":"').v(g.gps("comma"), "GPS").t(f'","speedKmh":{r.randint(0, 90)}}}}}\n')
        elif k == 4:
            d.t('"svc":"crm","event":"profile.update","diff":{"qq":{"old":null,"new":"').v(g.qq(), "QQ").t(
                '"},"wechatId":{"old":"","new":"').v(g.wechat(), "WECHAT").t('"},"birthday":{"new":"').v(
                g.birthdate("iso"), "BIRTHDATE").t('"}}}\n')
        elif k == 5:
            d.t('"svc":"travel","event":"passenger.add","passenger":{"name":"', g.name(), '","certType":"PASSPORT",',
                '"certNo":"').v(g.passport(), "PASSPORT").t('","contactTel":"').v(g.landline("dash"), "LANDLINE").t('"}}\n')
        else:
            d.t('"svc":"nginx","remote_addr":"').v(g.ip(), "IP").t('","x_forwarded_for":"10.',
                f'{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}","request":"GET /api/v2/order/',
                ).trap(g.safe_digits(16)).t(f' HTTP/1.1","status":{r.choice([200, 302, 404])},"body_bytes_sent":{r.randint(100, 90000)}}}\n')


def g_email(g: Gen, d: Doc) -> None:
    r = g.r
    name, peer = g.name(), g.name()
    k = r.randrange(5)
    greet = r.choice([f"{peer}您好：\n\n", f"Hi {peer}，\n\n", f"{peer}老师：\n\n"])
    d.t(greet)
    if k == 0:
        d.t("附件是本月的对账单，请查收。如有疑问请随时联系我。\n\n祝好\n--\n", name, "\n",
            r.choice(["销售经理", "财务专员", "项目主管", "人事行政"]), " | ", r.choice(["蓝山物流有限公司", "瀚宇科技"]), "\n",
            "手机：").v(g.mobile(r.choice(["dash", "space", "plain"])), "MOBILE").t("\n座机：").v(
            g.landline(r.choice(["dash", "paren4"])), "LANDLINE").t("\n邮箱：").v(g.email(), "EMAIL").t(
            "\n地址：", g.address(), "\n")
    elif k == 1:
        area, local = g.landline_parts()
        d.t("会议改到周四下午三点，地点不变。\n\nBest regards,\n", name, "\n",
            "Tel: ").v(f"+86-{area[1:]}-{local[:-4]} {local[-4:]}", "LANDLINE").t(" ext. ", str(r.randint(100, 899)),
            "\nMob: ").v(g.mobile("+86sp"), "MOBILE").t("\nE-mail: ").v(g.email(), "EMAIL").t("\n")
    elif k == 2:
        d.t("好的，收到，我这边安排。\n\n", name, "\n\n", f"在 {g.date(2023, 2024).isoformat()} 10:{r.randint(10, 59)}，",
            peer, " 写道：\n> 麻烦把报销款打到我这张卡：\n> 开户行：", r.choice(["工商银行", "建设银行", "农业银行"]), "\n> 卡号：").v(
            g.bank_card(r.choice(["4s", "plain"])), "BANK_CARD").t("\n> 户名：", peer, "\n> 有问题打我手机 ").v(
            g.mobile(), "MOBILE").t("\n> \n> 谢谢！\n")
    elif k == 3:
        area, local = g.landline_parts()
        d.t("您的入职材料还差身份证复印件，请补交。系统里登记的信息如下：\n\n",
            "  姓名：", peer, "\n  身份证号：").v(g.id_card(r.choice(["plain", "684", "x"])), "ID_CARD").t(
            "\n  出生日期：").v(g.birthdate(r.choice(["cn", "iso"])), "BIRTHDATE").t(
            "\n  紧急联系人电话：").v(g.mobile(), "MOBILE").t("\n\n", name, "\n人力资源部\n电话：").v(
            f"{area}-{local}", "LANDLINE").t("转", str(r.randint(100, 8999)), "\n")
    else:
        d.t("这是我们测试服务器的登录信息，仅内部使用：\n  外网地址：").v(g.ip(), "IP").t(
            "\n  内网地址：192.168.", str(r.randint(0, 255)), ".", str(r.randint(2, 254)),
            "\n  负责人QQ：").v(g.qq(), "QQ").t("\n  负责人微信：").v(g.wechat(), "WECHAT").t(
            "\n\n", name, "\n运维组 / ").v(g.email(), "EMAIL").t("\n")


def spaced(s: str) -> str:
    return " ".join(s)


def g_ocr(g: Gen, d: Doc) -> None:
    r = g.r
    k = r.randrange(5)
    if k == 0:  # ID card front
        raw, birth = g.id_raw(want_x=r.random() < 0.3)
        prov, city, dist = r.choice(CITIES)
        id_written = r.choice([raw, f"{raw[:6]} {raw[6:14]} {raw[14:]}", " ".join(raw[i:i + 4] for i in range(0, 18, 4)),
                               raw.translate(FW).replace("X", "Ｘ")])
        bd = r.choice([f"{birth.year} 年 {birth.month} 月 {birth.day} 日", f"{birth.year}年{birth.month}月{birth.day}日",
                       f"{birth.year}　年　{birth.month}　月　{birth.day}　日"])
        d.t("中华人民共和国\n居民身份证\n\n姓 名  ", spaced(g.name()), "\n性 别  ", r.choice("男女"), "    民 族  汉\n",
            "出 生  ").v(bd, "BIRTHDATE").t("\n住 址  ", prov, city, dist, "\n       ", r.choice(STREETS),
                                              str(r.randint(1, 299)), " 号\n\n公民身份号码   ").v(id_written, "ID_CARD").t("\n")
    elif k == 1:  # bank card
        card = g.bank_card("4s")
        d.t(r.choice(["中国工商银行", "中国建设银行", "招商银行", "交通银行"]), "\n", "借记卡 DEBIT\n\n").v(card, "BANK_CARD").t(
            f"\n\nVALID THRU  {r.randint(1, 12):02d}/{r.randint(26, 33)}\n", spaced(g.pinyin().upper()), "\n银联 UnionPay\n")
    elif k == 2:  # business card, full-width digits
        area, local = g.landline_parts()
        d.t(g.name(), "\n", r.choice(["总经理", "技术总监", "客户经理"]), "\n", r.choice(["瀚宇科技有限公司", "青泰贸易有限公司"]),
            "\n\n手机：").v(g.mobile_raw().translate(FW), "MOBILE").t("\n电话：").v(
            f"（{area}）{local}".translate(FW), "LANDLINE").t(
            "\n邮箱：").v(g.email(), "EMAIL").t("\n地址：", g.address(), "\n")
    elif k == 3:  # delivery label
        mob = g.mobile_raw()
        d.t("顺丰速运　标准快递\n运单号：", ).trap("SF" + g.safe_digits(13)).t("\n\n收件人：", g.name(), "  ").v(
            r.choice([mob, f"{mob[:3]} {mob[3:7]} {mob[7:]}", mob.translate(FW)]), "MOBILE").t(
            "\n收件地址：", g.address(), "\n\n寄件人：", g.name(), "  ", mob[:3], "****", g.digits(4, "0123456789"),
            "\n寄件地址：", g.address(), "\n\n目的地代码 ", g.safe_digits(3), "  重量 ", f"{r.uniform(0.2, 9):.1f}", "kg\n")
    else:  # driving licence / vehicle
        raw, birth = g.id_raw()
        d.t("中华人民共和国机动车行驶证\n号牌号码  ").v(g.plate(), "PLATE").t("    车辆类型  小型轿车\n所 有 人  ", g.name(),
                                                              "\n住　　址  ", g.address(), "\n注册日期  ",
                                                              g.date(2012, 2023).isoformat(), "\n\n",
                                                              "驾驶证号：").v(f"{raw[:6]} {raw[6:14]} {raw[14:]}", "ID_CARD").t(
            "\n出生日期：").v(f"{birth.year}-{birth.month:02d}-{birth.day:02d}", "BIRTHDATE").t("\n")


def g_traditional(g: Gen, d: Doc) -> None:
    r = g.r
    k = r.randrange(6)
    name = g.trad_name()
    if k == 0:  # HK service form
        hk = g.hk_mobile()
        d.t("客戶資料確認\n姓名：", name, "\n手提電話：").v(r.choice([f"+852 {hk[:4]} {hk[4:]}", f"{hk[:4]} {hk[4:]}"]), "MOBILE").t(
            "\n住宅電話：").v(f"+852 {r.choice('23')}{g.digits(3, '0123456789')} {g.digits(4, '0123456789')}", "LANDLINE").t(
            "\n電郵：").v(g.email(), "EMAIL").t("\n回鄉證號碼：").v(g.hkm_permit("H"), "HK_MACAO_PERMIT").t(
            "\n出生日期：").v(g.birthdate(r.choice(["iso", "cn", "slash"])), "BIRTHDATE").t("\n")
    elif k == 1:  # mainland customer in HK bank
        d.t("開戶申請（內地客戶）\n申請人：", name, "\n身分證字號：").v(g.id_card(r.choice(["plain", "x", "684"])), "ID_CARD").t(
            "\n往來港澳通行證：").v(g.hkm_permit("C"), "HK_MACAO_PERMIT").t("\n內地手機：").v(
            g.mobile(r.choice(["+86sp", "(+86)", "dash"])), "MOBILE").t("\n收款銀行卡：").v(g.bank_card("4s"), "BANK_CARD").t("\n")
    elif k == 2:  # Taiwan
        tw = g.tw_mobile()
        d.t("訂位確認通知\n訂位人：", name, " 先生/小姐\n聯絡手機：").v(
            r.choice([f"0{tw[:3]}-{tw[3:6]}-{tw[6:]}", f"+886 {tw[:3]} {tw[3:6]} {tw[6:]}", f"+886-{tw}"]), "MOBILE").t(
            "\n市內電話：").v(f"(02){g.digits(4, '2378')}-{g.digits(4, '0123456789')}", "LANDLINE").t(
            "\n電子郵件：").v(g.email(), "EMAIL").t(f"\n人數：{r.randint(1, 8)} 位\n", "訂位代號：").trap(g.safe_digits(8)).t("\n")
    elif k == 3:  # Macau
        mo = g.mo_mobile()
        d.t("澳門酒店入住登記\n旅客姓名：", name, "\n護照號碼：").v(g.passport(), "PASSPORT").t("\n聯絡電話：").v(
            f"+853 {mo[:4]} {mo[4:]}", "MOBILE").t("\n內地聯絡人電話：").v(g.mobile("+86sp"), "MOBILE").t(
            "\n出生日期：").v(g.birthdate("cn"), "BIRTHDATE").t("\n")
    elif k == 4:  # forum post
        d.t("【求助】上水站遺失銀包\n本人於", f"{r.randint(1, 12)}月{r.randint(1, 28)}日", "喺港鐵上水站遺失銀包，內有回鄉證同八達通。",
            "拾獲者請致電 ").v(f"{(hk := g.hk_mobile())[:4]} {hk[4:]}", "MOBILE").t(" 或 WhatsApp 同號，或電郵至 ").v(
            g.email(), "EMAIL").t("，必有酬謝！\n")
    else:  # mainland staff record in traditional script
        d.t("員工資料表\n姓名：", name, "\n出生日期：").v(g.birthdate(r.choice(["cn", "dot", "iso"])), "BIRTHDATE").t(
            "\n身分證字號：").v(g.id_card(), "ID_CARD").t("\n手機：").v(g.mobile(), "MOBILE").t(
            "\n微信號：").v(g.wechat(), "WECHAT").t("\n車牌：").v(g.plate(), "PLATE").t("\n")


def g_mixed_en(g: Gen, d: Doc) -> None:
    r = g.r
    k = r.randrange(6)
    if k == 0:
        d.t("[10:", f"{r.randint(10, 59)}] Kevin: 快递到了吗？\n[10:{r.randint(10, 59)}] Lucy: 还没, pls call me at ").v(
            g.mobile(r.choice(["space", "dash", "plain"])), "MOBILE").t(" when u arrive\n",
            "[10:", f"{r.randint(10, 59)}] Lucy: or add my wechat: ").v(g.wechat(), "WECHAT").t(" thx\n")
    elif k == 1:
        d.t("Ticket #", ).trap(g.safe_digits(7)).t(" - 实名认证失败\nUser reported:\n  name: ", g.name(),
                                                  "\n  id_card_no: ").v(g.id_card(r.choice(["plain", "lowx", "x"])), "ID_CARD").t(
            "\n  phone_number: ").v(g.mobile(r.choice(["+86", "+86sp", "plain"])), "MOBILE").t(
            "\n  DOB: ").v(g.birthdate(r.choice(["iso", "slash"])), "BIRTHDATE").t(
            "\nAgent note: 身份证和生日对不上, asked user to re-upload.\n")
    elif k == 2:
        d.t("refund request\nbank_account: ").v(g.bank_card(r.choice(["plain", "4s", "4dash"])), "BANK_CARD").t(
            "\naccount_name: ", g.name(), "\nemail: ").v(g.email(), "EMAIL").t(
            f"\namount: CNY {r.randint(10, 5000)}.{r.randint(0, 99):02d}\nreason: 商品破损 damaged item\n")
    elif k == 3:
        d.t("hi, 我的QQ号是 ").v(g.qq(), "QQ").t(", 邮箱 ").v(g.email(), "EMAIL").t(
            ", my passport no. is ").v(g.passport(), "PASSPORT").t(" , visa 还在办 pending\n")
    elif k == 4:
        d.t("Incident INC-", g.safe_digits(6), ": suspicious login\nsrc_ip=").v(g.ip(), "IP").t(" dst_ip=172.",
            str(r.randint(16, 31)), ".", str(r.randint(0, 255)), ".", str(r.randint(1, 254)), " user=", g.pinyin(),
            "\ngeo: ").v(g.gps("comma_sp"), "GPS").t(" (approx)\n已通知用户 via SMS to ").v(g.mobile(), "MOBILE").t("\n")
    else:
        d.t("Driver info for tomorrow's pickup:\n- name: 师傅", g.name()[0], "\n- car plate: ").v(g.plate(), "PLATE").t(
            "\n- mobile: ").v(g.mobile(r.choice(["dash", "+86-", "0086"])), "MOBILE").t(
            "\n- office tel: ").v(g.landline(r.choice(["dash", "intl", "space"])), "LANDLINE").t("\nSee you at 8am!\n")


def g_spreadsheet(g: Gen, d: Doc) -> None:
    r = g.r
    k = r.randrange(4)
    n_rows = r.randint(2, 4)
    if k == 0:  # CSV with quotes and embedded commas
        d.t("序号,姓名,手机,身份证号,地址,银行卡号\n")
        for i in range(n_rows):
            d.t(f"{i + 1},\"{g.name()}\",\"").v(g.mobile(r.choice(["plain", "dash", "space"])), "MOBILE").t('",')
            d.t('"').v(g.id_card(r.choice(["plain", "x", "684"])), "ID_CARD").t('","', g.address(),
                                                                              r.choice([", A座", ", 3单元", ",东门"]), '",')
            d.v(g.bank_card("plain"), "BANK_CARD").t("\n")
    elif k == 1:  # TSV
        d.t("name\tqq\twechat\temail\tbirthday\n")
        for _ in range(n_rows):
            d.t(g.name(), "\t").v(g.qq(), "QQ").t("\t").v(g.wechat(), "WECHAT").t("\t").v(g.email(), "EMAIL").t("\t").v(
                g.birthdate(r.choice(["iso", "slash", "compact"])), "BIRTHDATE").t("\n")
    elif k == 2:  # Markdown
        d.t("| 姓名 | 座机 | 车牌 | 登录IP |\n|---|---|---|---|\n")
        for _ in range(n_rows):
            d.t("| ", g.name(), " | ").v(g.landline(r.choice(["dash", "paren", "space"])), "LANDLINE").t(" | ").v(
                g.plate(), "PLATE").t(" | ").v(g.ip(), "IP").t(" |\n")
    else:  # fixed width
        d.t("姓名      手机号           护照号       港澳通行证    出生日期\n")
        for _ in range(n_rows):
            d.t(f"{g.name():<6}  ").v(g.mobile("plain"), "MOBILE").t("  ").v(g.passport(), "PASSPORT").t("   ").v(
                g.hkm_permit("C"), "HK_MACAO_PERMIT").t("     ").v(g.birthdate("iso"), "BIRTHDATE").t("\n")


def bad_id(g: Gen) -> str:
    while True:
        raw, _ = g.id_raw()
        bad = raw[:17] + g.r.choice("0123456789X".replace(raw[17], ""))
        if not luhn_ok(bad.replace("X", "")) or bad.endswith("X"):
            return bad


def bad_luhn(g: Gen, n: int) -> str:
    b = g.r.choice(list(BINS))
    body = b + g.digits(n - len(b) - 1, "0123456789")
    good = luhn_digit(body)
    return body + g.r.choice("0123456789".replace(good, ""))


def g_traps(g: Gen, d: Doc) -> None:
    r = g.r
    k = r.randrange(8)
    if k == 0:
        d.t(f"财务日报 {g.date(2023, 2024).isoformat()}\n本日收入：¥{r.randint(1, 9)},{r.randint(100, 999)},{r.randint(100, 999)}.",
            f"{r.randint(10, 99)}\n支出：RMB {r.randint(10, 999)},{r.randint(100, 999)}.00\n",
            f"汇率 7.{r.randint(1000, 2999)}，时间 {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}\n",
            f"日期写法：{r.randint(2019, 2024)}/{r.randint(1, 12)}/{r.randint(1, 28)}、{r.randint(1, 28)}.{r.randint(1, 12)}.",
            f"{r.randint(2019, 2024)}、{r.randint(2019, 2024)}年{r.randint(1, 12)}月{r.randint(1, 28)}日 ",
            f"{r.randint(0, 23)}时{r.randint(0, 59)}分、{g.date(2015, 2024).strftime('%Y%m%d')}、",
            f"{g.date(2015, 2024).strftime('%Y-%m-%dT%H:%M:%SZ')}\n")
    elif k == 1:
        d.t("数据校验失败的记录（均为无效号码）：\n  证件号（校验位错）：", bad_id(g), "\n  卡号（Luhn失败）：",
            bad_luhn(g, 16), " / ", bad_luhn(g, 19), "\n  号段无效：",
            r.choice(["100", "120", "154", "110", "127"]) + g.digits(8, "0123456789"), "、",
            r.choice(["154", "102", "121"]) + "-" + g.digits(4, "0123456789") + "-" + g.digits(4, "0123456789"), "\n")
    elif k == 2:
        d.t("订单号：").trap(g.mobile_raw()).t("\n运单号：").trap(g.mobile_raw()).t(
            "\n流水号 ").trap(g.mobile_raw()).t("\n客服热线 400-", g.digits(3, "6789"), "-", g.digits(4, "0123456789"),
                                                f"、800-{g.digits(3, '0123456789')}-{g.digits(4, '0123456789')}、",
                                                r.choice(["95588", "95533", "95599", "95566", "95555"]), "\n",
                                                "QQ群：").trap(g.safe_digits(9)).t("（交流群，非个人号）\n")
    elif k == 3:
        d.t(f"服务器清单 v{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 30)}\n",
            f"web01 10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}\n",
            f"web02 172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}\n",
            f"db01 192.168.{r.randint(0, 255)}.{r.randint(1, 254)}\n",
            f"lo 127.0.0.{r.randint(1, 9)}\ncgnat 100.{r.randint(64, 127)}.{r.randint(0, 255)}.{r.randint(1, 254)}\n",
            f"linklocal 169.254.{r.randint(0, 255)}.{r.randint(1, 254)}\nbuild 10.0.{r.randint(10000, 22631)}.{r.randint(100, 4000)}\n")
    elif k == 4:
        mac = ":".join(f"{r.randint(0, 255):02x}" for _ in range(6))
        uuid = "-".join("".join(r.choice("0123456789abcdef") for _ in range(n)) for n in (8, 4, 4, 4, 12))
        d.t(f"设备信息\nMAC: {mac.upper()}\nUUID: {uuid}\nmd5: {trace(g)}\nsha1: {trace(g)}{trace(g)[:8]}\n",
            "IMEI: ", imei(g), "\n")
    elif k == 5:
        d.t("图书 ISBN 978-7-", g.digits(3, "0123456789"), "-", g.digits(5, "0123456789"), "-", str(r.randint(0, 9)),
            "\n邮编：", r.choice(["518057", "310012", "100080", "200030", "610041"]), "\n统一社会信用代码：91",
            g.digits(6, "1234"), "MA", "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(7)),
            r.choice("0123456789"), "\n")
    elif k == 6:
        d.t("车辆VIN：L", "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(8)),
            r.choice("LMNPR"), "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(1)), g.digits(6, "0123456789"),
            f"\n大致位置：{r.uniform(20, 45):.2f}, {r.uniform(100, 125):.3f}（精度不足）\n",
            f"温度 {r.uniform(-10, 40):.1f}℃  湿度 {r.randint(10, 99)}%\n")
    else:
        d.t(f"会议纪要 {g.date(2023, 2024).strftime('%Y年%m月%d日')}\n议题：Q{r.randint(1, 4)} 预算，",
            f"增长 {r.uniform(1, 30):.2f}%，目标 {r.randint(100, 999)} 万元；",
            f"下次会议 {r.randint(1, 12)}月{r.randint(1, 28)}日 {r.randint(9, 17)}:00，会议号 ", g.safe_digits(3), " ",
            g.safe_digits(3), " ", g.safe_digits(3), "\n")


def imei(g: Gen) -> str:
    body = g.digits(14, "3")
    return body + luhn_digit(body)


BUILDERS = {
    "html": g_html, "json_log": g_json_log, "email": g_email, "ocr": g_ocr, "traditional": g_traditional,
    "mixed_en": g_mixed_en, "spreadsheet": g_spreadsheet, "traps": g_traps,
}


def build() -> list[dict]:
    rng = random.Random(SEED)
    g = Gen(rng)
    docs = []
    for genre in GENRES:
        for i in range(DOCS_PER_GENRE):
            d = Doc()
            BUILDERS[genre](g, d)
            text = d.text
            for s, e, _typ in d.spans:
                assert 0 <= s < e <= len(text)
            found = leaks(text, d.spans, d.masked)
            if found:
                raise SystemExit(f"{genre}-{i:03d}: unlabelled valid value(s) {found}\n{text}")
            if genre == "traps":
                assert not d.spans
            docs.append({"id": f"p2-{genre}-{i:03d}", "genre": genre, "text": text, "spans": d.spans})
    return docs


def dumps(docs: list[dict]) -> str:
    return "".join(json.dumps(doc, ensure_ascii=False) + "\n" for doc in docs)


def main(argv: list[str]) -> int:
    out = dumps(build())
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == out
        print("probe2.jsonl is up to date" if same else "probe2.jsonl differs from a fresh build")
        return 0 if same else 1
    OUT.write_text(out, encoding="utf-8")
    print(f"wrote {OUT} ({out.count(chr(10))} documents)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
