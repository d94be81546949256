"""Fake-but-valid personal values and independent validators for probe 6.

Written without reading leakaid's source. Everything here is synthetic: ID numbers carry a real GB/T 2260
region code, a real date and a correct GB 11643 check character, but belong to nobody; bank cards are
Luhn-valid numbers under real issuer BINs; IPs are drawn from public ranges.
"""

from __future__ import annotations

import datetime as dt
import random
import re

# --- reference data (small hand-picked tables) -------------------------------------------------------------

# GB/T 2260 county-level codes (the city and district are used for addresses).
REGIONS = {
    "110101": ("北京市", "东城区"), "110102": ("北京市", "西城区"), "110105": ("北京市", "朝阳区"),
    "110108": ("北京市", "海淀区"), "120101": ("天津市", "和平区"), "310101": ("上海市", "黄浦区"),
    "310104": ("上海市", "徐汇区"), "310105": ("上海市", "长宁区"), "320102": ("江苏省南京市", "玄武区"),
    "330102": ("浙江省杭州市", "上城区"), "330106": ("浙江省杭州市", "西湖区"), "350203": ("福建省厦门市", "思明区"),
    "370202": ("山东省青岛市", "市南区"), "410102": ("河南省郑州市", "中原区"), "420102": ("湖北省武汉市", "江岸区"),
    "430102": ("湖南省长沙市", "芙蓉区"), "440103": ("广东省广州市", "荔湾区"), "440106": ("广东省广州市", "天河区"),
    "440304": ("广东省深圳市", "福田区"), "510104": ("四川省成都市", "锦江区"), "510107": ("四川省成都市", "武侯区"),
    "610103": ("陕西省西安市", "碑林区"), "500103": ("重庆市", "渝中区"), "210102": ("辽宁省大连市", "中山区"),
}
# First year the code is listed in python-stdnum's cn/loc.dat (it rejects earlier birth dates, although real
# people born earlier carry these codes); we draw only birth dates stdnum accepts, so both validators agree.
REGION_SINCE = {"320102": 1983, "330102": 1983, "330106": 1983, "350203": 1983, "370202": 1983, "410102": 1983,
                "420102": 1983, "430102": 1983, "440103": 1983, "440106": 1985, "440304": 1983, "510104": 1990,
                "510107": 1990, "610103": 1983, "500103": 1997, "210102": 1983}
PROVINCE_PREFIXES = {"11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
                     "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
                     "65", "71", "81", "82", "83", "91"}

MOBILE_PREFIXES = ([f"13{d}" for d in range(10)] + [f"15{d}" for d in range(10) if d != 4] + ["166"]
                   + [f"17{d}" for d in range(10) if d not in (4, 9)] + [f"18{d}" for d in range(10)]
                   + ["191", "193", "195", "196", "197", "198", "199"])
MOBILE_PREFIX_SET = frozenset(MOBILE_PREFIXES)

# BIN -> total length (common lengths for these products)
BINS = {"622202": 19, "621700": 19, "622848": 19, "621661": 19, "622588": 16, "622262": 19,
        "621799": 19, "622690": 16, "622908": 18}
BIN_SET = frozenset(BINS)

AREA_CODES = {"010": 8, "021": 8, "020": 8, "022": 8, "023": 8, "024": 8, "025": 8, "027": 8, "028": 8,
              "029": 8, "0755": 8, "0571": 8, "0532": 8, "0592": 7, "0731": 8, "0371": 8, "0411": 8}
EMAIL_DOMAINS = ["qq.com", "163.com", "126.com", "sina.com", "gmail.com", "foxmail.com", "outlook.com",
                 "sohu.com", "139.com", "yeah.net", "hotmail.com", "aliyun.com"]
PUBLIC_FIRST_OCTETS = [36, 39, 42, 58, 59, 60, 61, 101, 106, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119,
                       120, 121, 122, 123, 124, 125, 171, 175, 180, 182, 183, 202, 210, 211, 218, 219, 220,
                       221, 222, 223]
PLATE_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤川青藏琼宁"
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I, O
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
COMPOUND_SURNAMES = ["欧阳", "司马", "诸葛", "上官", "慕容"]
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文辉鹏飞斌宇浩凯俊峰琳晨欣怡思雨梓涵子轩浩然雅婷佳慧宏亮"
ROADS = ["中山路", "人民路", "解放路", "建设路", "和平路", "长江路", "新华路", "文化路", "学府路", "科技路",
         "青年路", "胜利路", "朝阳路", "东风路", "光明街", "幸福大街", "花园路", "滨江大道"]
ESTATES = ["阳光花园", "锦绣家园", "翠湖苑", "金色港湾", "幸福里小区", "绿地世纪城", "万科城市花园", "碧桂园"]


class Fake:
    """Deterministic generator of unique fake values."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.seen: set[str] = set()

    def _uniq(self, fn):
        for _ in range(1000):
            v = fn()
            if v not in self.seen:
                self.seen.add(v)
                return v
        raise RuntimeError("could not draw a unique value")

    # identifiers
    def birth(self, lo: int = 1960, hi: int = 2003) -> dt.date:
        start = dt.date(lo, 1, 1).toordinal()
        return dt.date.fromordinal(self.r.randint(start, dt.date(hi, 12, 31).toordinal()))

    def id_card(self, born: dt.date | None = None) -> str:
        def one():
            b = born or self.birth()
            region = self.r.choice([c for c in sorted(REGIONS) if REGION_SINCE.get(c, 0) <= b.year])
            body = f"{region}{b:%Y%m%d}{self.r.randint(1, 999):03d}"
            return body + gb11643_check(body)
        return self._uniq(one)

    def mobile(self) -> str:
        return self._uniq(lambda: self.r.choice(MOBILE_PREFIXES) + f"{self.r.randint(0, 99999999):08d}")

    def bank_card(self) -> str:
        def one():
            b = self.r.choice(sorted(BINS))
            n = BINS[b]
            body = b + "".join(str(self.r.randint(0, 9)) for _ in range(n - len(b) - 1))
            return body + luhn_check_digit(body)
        return self._uniq(one)

    def landline(self) -> str:
        def one():
            code = self.r.choice(sorted(AREA_CODES))
            n = AREA_CODES[code]
            local = str(self.r.randint(2, 8)) + "".join(str(self.r.randint(0, 9)) for _ in range(n - 1))
            return f"{code}-{local}"
        return self._uniq(one)

    def email(self, numeric_qq: bool = False) -> str:
        def one():
            if numeric_qq:
                return f"{self.r.randint(10000000, 2999999999)}@qq.com"
            letters = "abcdefghijklmnopqrstuvwxyz"
            first = "".join(self.r.choice(letters) for _ in range(self.r.randint(3, 7)))
            tail = self.r.choice(["", str(self.r.randint(1, 99)), str(self.r.randint(1970, 2003)),
                                  "." + "".join(self.r.choice(letters) for _ in range(3)), "_" + first[:2]])
            return f"{first}{tail}@{self.r.choice(EMAIL_DOMAINS)}"
        return self._uniq(one)

    def qq(self) -> str:
        return self._uniq(lambda: str(self.r.randint(100000, 2999999999)))

    def wechat(self) -> str:
        def one():
            al = "abcdefghijklmnopqrstuvwxyz0123456789"
            if self.r.random() < 0.3:
                return "wxid_" + "".join(self.r.choice(al) for _ in range(14))
            first = self.r.choice("abcdefghijklmnopqrstuvwxyz")
            rest = "".join(self.r.choice(al + "_-") for _ in range(self.r.randint(6, 12)))
            return first + rest
        return self._uniq(one)

    def passport(self) -> str:
        def one():
            if self.r.random() < 0.5:
                return "E" + f"{self.r.randint(0, 99999999):08d}"
            return "E" + self.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + f"{self.r.randint(0, 9999999):07d}"
        return self._uniq(one)

    def hk_permit(self) -> str:
        def one():
            if self.r.random() < 0.5:
                return "C" + f"{self.r.randint(0, 99999999):08d}"
            return "C" + self.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + f"{self.r.randint(0, 9999999):07d}"
        return self._uniq(one)

    def ip(self) -> str:
        return self._uniq(lambda: f"{self.r.choice(PUBLIC_FIRST_OCTETS)}.{self.r.randint(1, 254)}."
                                  f"{self.r.randint(0, 254)}.{self.r.randint(1, 254)}")

    def private_ip(self) -> str:
        return self.r.choice([f"192.168.{self.r.randint(0, 254)}.{self.r.randint(1, 254)}",
                              f"10.{self.r.randint(0, 254)}.{self.r.randint(0, 254)}.{self.r.randint(1, 254)}",
                              f"172.{self.r.randint(16, 31)}.{self.r.randint(0, 254)}.{self.r.randint(1, 254)}"])

    def plate(self) -> str:
        def one():
            p = self.r.choice(PLATE_PROVINCES) + self.r.choice(PLATE_LETTERS)
            if self.r.random() < 0.3:   # new energy, small car: D/F + 5 digits
                return p + self.r.choice("DF") + f"{self.r.randint(0, 99999):05d}"
            tail = [str(self.r.randint(0, 9)) for _ in range(5)]
            for i in self.r.sample(range(5), self.r.randint(0, 2)):
                tail[i] = self.r.choice(PLATE_LETTERS)
            return p + "".join(tail)
        return self._uniq(one)

    def gps(self) -> str:
        def one():
            lat = self.r.uniform(22.0, 41.0)
            lon = self.r.uniform(103.0, 122.0)
            return f"{lat:.6f},{lon:.6f}"
        return self._uniq(one)

    # names and addresses
    def person(self) -> str:
        def one():
            s = self.r.choice(COMPOUND_SURNAMES) if self.r.random() < 0.05 else self.r.choice(SURNAMES)
            n = 1 if self.r.random() < 0.35 else 2
            return s + "".join(self.r.choice(GIVEN) for _ in range(n))
        return self._uniq(one)

    def address(self, region: str | None = None) -> str:
        def one():
            city, district = REGIONS[region or self.r.choice(sorted(REGIONS))]
            s = f"{city}{district}{self.r.choice(ROADS)}{self.r.randint(1, 399)}号"
            if self.r.random() < 0.6:
                s += f"{self.r.choice(ESTATES)}{self.r.randint(1, 30)}栋{self.r.randint(1, 4)}单元" \
                     f"{self.r.randint(1, 32)}{self.r.randint(1, 4):02d}室"
            return s
        return self._uniq(one)

    def password(self) -> str:
        r = self.r.random()
        if r < 0.2:
            return self.r.choice(["123456", "5201314", "111111", "123123", "888888", "147258", "666666"])
        if r < 0.5:
            return self.r.choice(["woaini", "qwe", "abc", "aa", "zxc", "wang", "li"]) + str(self.r.randint(1, 99999))
        al = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!@#"
        return "".join(self.r.choice(al) for _ in range(self.r.randint(8, 12)))

    def md5ish(self) -> str:
        return "".join(self.r.choice("0123456789abcdef") for _ in range(32))


# --- validators (independent of leakaid) --------------------------------------------------------------------

_WEIGHTS = [pow(2, 17 - i, 11) for i in range(17)]


def gb11643_check(body17: str) -> str:
    s = sum(int(c) * w for c, w in zip(body17, _WEIGHTS, strict=True))
    return "10X98765432"[s % 11]


def is_valid_id(v: str) -> bool:
    """GB 11643: 17 digits + check character, a province prefix in use and a real past date."""
    if not re.fullmatch(r"\d{17}[\dXx]", v):
        return False
    if v[:2] not in PROVINCE_PREFIXES:
        return False
    try:
        d = dt.date(int(v[6:10]), int(v[10:12]), int(v[12:14]))
    except ValueError:
        return False
    if not dt.date(1900, 1, 1) <= d <= dt.date(2026, 12, 31):
        return False
    return gb11643_check(v[:17]) == v[17].upper()


def luhn_check_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(v: str) -> bool:
    return v.isdigit() and len(v) > 1 and luhn_check_digit(v[:-1]) == v[-1]


def is_valid_card(v: str) -> bool:
    return 16 <= len(v) <= 19 and v.isdigit() and v[:6] in BIN_SET and luhn_ok(v)


def is_valid_mobile(v: str) -> bool:
    d = re.sub(r"[\s-]", "", v)
    if d.startswith("+86"):
        d = d[3:]
    return bool(re.fullmatch(r"1\d{10}", d)) and d[:3] in MOBILE_PREFIX_SET


EMAIL_RE = re.compile(r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*"
                      r"\.[A-Za-z]{2,}")


def is_valid_email(v: str) -> bool:
    return bool(EMAIL_RE.fullmatch(v))


def is_public_ipv4(v: str) -> bool:
    import ipaddress
    try:
        a = ipaddress.IPv4Address(v)
    except ValueError:
        return False
    return a.is_global


# Candidate finders for residue checks in redacted output (not glued to other digits or letters: a hex hash
# such as MOBILE_4a17574002364b17 holds an 11-digit run that is not a phone number).
ID_FIND = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
MOBILE_FIND = re.compile(r"(?<![0-9A-Za-z])(?:\+86[ -]?)?1\d{2}[ -]?\d{4}[ -]?\d{4}(?![0-9A-Za-z])")
CARD_FIND = re.compile(r"(?<![0-9A-Za-z])\d{16,19}(?![0-9A-Za-z])")


def find_valid(text: str) -> list[tuple[str, str]]:
    """Every valid ID / mobile / bank card / e-mail in ``text`` by our own validators."""
    out = []
    for m in ID_FIND.finditer(text):
        if is_valid_id(m.group()):
            out.append(("ID_CARD", m.group()))
    for m in MOBILE_FIND.finditer(text):
        if is_valid_mobile(m.group()):
            out.append(("MOBILE", m.group()))
    for m in CARD_FIND.finditer(text):
        if is_valid_card(m.group()):
            out.append(("BANK_CARD", m.group()))
    for m in EMAIL_RE.finditer(text):
        out.append(("EMAIL", m.group()))
    return out
