# ruff: noqa
"""Build probe23.jsonl: leaked data as pasted into case files (breach dumps, samples).

All values are fake, generated from a fixed seed.  `--check` rebuilds in memory and
fails unless the result is byte-identical to the file on disk.
"""

import datetime as dt
import hashlib
import ipaddress
import json
import os
import random
import re
import sys
import unicodedata

from stdnum import luhn
from stdnum.cn import ric, uscc

NAME = "probe23"
SEED = 2323
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, NAME + ".jsonl")

GENRE_COUNTS = [
    ("dash_dumps", 34),
    ("pipe_tables", 33),
    ("sql_snippets", 32),
    ("json_breach", 33),
    ("sample_posts", 33),
    ("hotel_express", 33),
    ("school_medical", 32),
    ("traps23", 30),
]
TRAP_GENRES = {"traps23"}
TYPES = ["ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "PLATE", "PASSPORT",
         "HK_MACAO_PERMIT", "IP", "QQ", "WECHAT", "GPS", "BIRTHDATE"]

# ----------------------------------------------------------------------------- helpers
FW_TABLE = str.maketrans("0123456789", "０１２３４５６７８９")
FOLD_TABLE = {0xFF10 + i: 0x30 + i for i in range(10)}


def fw(s):
    return s.translate(FW_TABLE)


def fold(s):
    return s.translate(FOLD_TABLE)


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def ric_valid(s):
    try:
        return ric.is_valid(s)
    except Exception:  # stdnum raises KeyError on some city-level codes
        return False


def id_check(s17):
    return "10X98765432"[sum(int(a) * b for a, b in zip(s17, ID_W)) % 11]


REGION_CANDIDATES = [
    "110101", "110105", "110108", "120101", "120104", "130102", "130104", "140105", "150102",
    "210102", "210202", "220102", "230103", "310101", "310104", "310115", "320102", "320106",
    "320506", "330102", "330106", "330203", "330302", "340104", "350102", "350203", "360102",
    "370102", "370202", "410105", "420102", "420106", "430104", "430111", "440103", "440106",
    "440305", "440304", "441900", "450103", "460105", "500103", "500106", "510104", "510107",
    "520102", "530102", "610103", "610113", "620102", "630102", "640104", "650102",
    "110102", "110106", "120102", "120105", "310105", "310106", "310107", "310110", "520201",
]


def _region_ok(code):
    for y in (1990, 2000, 2010):
        s17 = code + f"{y}0101" + "123"
        if not ric_valid(s17 + id_check(s17)):
            return False
    return True


REGIONS = [c for c in REGION_CANDIDATES if _region_ok(c)]
assert len(REGIONS) > 30, REGIONS

MOB_SEGS = ([str(x) for x in range(130, 140)] + [str(x) for x in range(145, 150)]
            + ["150", "151", "152", "153", "155", "156", "157", "158", "159", "162", "165", "166", "167",
               "170", "171", "172", "173", "175", "176", "177", "178"]
            + [str(x) for x in range(180, 190)] + ["191", "193", "195", "196", "197", "198", "199"])
MOB_RE = re.compile(r"1(?:3\d|4[5-9]|5[0-35-9]|6[2567]|7[0-35-8]|8\d|9[135-9])\d{8}")

AREA3 = ["010", "020", "021", "022", "023", "024", "025", "027", "028", "029"]
AREA4_8 = ["0755", "0571", "0512", "0731", "0591", "0532", "0871", "0351", "0451", "0431",
           "0898", "0769", "0757", "0574", "0577", "0371", "0531", "0551"]
AREA4_7 = ["0937", "0938", "0943", "0975"]

# UnionPay BINs of Chinese issuers used here (documented in README)
BINS = [("622202", 19), ("622848", 19), ("621700", 19), ("622700", 19), ("622588", 16),
        ("621226", 19), ("622609", 19), ("622208", 19), ("621483", 16), ("622262", 19),
        ("621661", 19), ("622150", 19), ("622580", 16), ("436742", 19)]
BIN_PREFIXES = tuple(b for b, _ in BINS)

PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
PL = "ABCDEFGHJKLMNPQRSTUVWXYZ"
PL_NO_IO = "ABCDEFGHJKLMNPQRSTUVWXYZ"

EMAIL_DOMAINS = ["qq.com", "163.com", "126.com", "sina.com", "gmail.com", "hotmail.com", "foxmail.com",
                 "outlook.com", "yeah.net", "139.com", "sohu.com", "aliyun.com", "icloud.com", "vip.qq.com"]
PY = ["zhang", "wang", "li", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu",
      "hu", "guo", "he", "lin", "luo", "zheng", "xiao", "tang", "feng", "deng", "cao", "peng", "song"]
PYG = ["wei", "fang", "na", "min", "jing", "li", "qiang", "lei", "jun", "yang", "yong", "yan", "jie", "tao",
       "ming", "chao", "xiu", "xia", "ping", "gang", "hui", "hao", "yu", "xin", "yi", "lan", "kai"]
SURN = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉玲红建文斌宇浩凯晨欣怡婷雪琳子轩梓涵一诺思彤佳豪俊杰雨泽梦瑶"
CITIES = [("浙江省", "杭州市", "西湖区"), ("广东省", "深圳市", "南山区"), ("上海市", "上海市", "浦东新区"),
          ("北京市", "北京市", "朝阳区"), ("江苏省", "南京市", "鼓楼区"), ("四川省", "成都市", "武侯区"),
          ("湖北省", "武汉市", "洪山区"), ("山东省", "济南市", "历下区"), ("河南省", "郑州市", "金水区"),
          ("福建省", "厦门市", "思明区"), ("湖南省", "长沙市", "岳麓区"), ("陕西省", "西安市", "雁塔区")]
ROADS = ["文三路", "中山路", "人民路", "解放大道", "建设路", "科技园南路", "长江路", "青年路", "学院路", "滨江大道",
         "新华街", "和平路", "东风路", "南京西路", "天府大道"]
HOTELS = ["如家快捷酒店", "汉庭酒店", "7天连锁酒店", "锦江之星", "全季酒店", "维也纳酒店", "格林豪泰", "亚朵酒店"]
BANKS = ["工商银行", "农业银行", "建设银行", "招商银行", "交通银行", "中国银行", "邮储银行"]


class L:
    """A labelled value."""
    __slots__ = ("typ", "s", "q")

    def __init__(self, typ, s, q=True):
        self.typ, self.s, self.q = typ, s, q


class Doc:
    def __init__(self, crlf=False):
        self.parts = []
        self.n = 0
        self.spans = []
        self.crlf = crlf

    def t(self, s):
        if self.crlf:
            s = s.replace("\n", "\r\n")
        self.parts.append(s)
        self.n += len(s)

    def v(self, s, typ):
        self.spans.append([self.n, self.n + len(s), typ])
        self.parts.append(s)
        self.n += len(s)

    def w(self, *xs):
        for x in xs:
            if isinstance(x, L):
                self.v(x.s, x.typ)
            elif x is None:
                pass
            else:
                self.t(str(x))

    def text(self):
        return "".join(self.parts)


def cs(x):
    if isinstance(x, L):
        return x.s
    return "" if x is None else str(x)


def dwidth(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


# ----------------------------------------------------------------------------- leak check
RE_MOB_LEAK = re.compile(r"(?<!\d)1[3-9]\d(?:[-. ]?\d{4}){2}(?!\d)")
RE_ID_LEAK = re.compile(r"(?<!\d)\d{17}[\dXx](?!\d)")
RE_ID_GROUPED = re.compile(r"(?<!\d)\d{6}[ -]\d{8}[ -]\d{3}[\dXx](?!\d)")
RE_DIGITS = re.compile(r"(?<!\d)\d{16,19}(?!\d)")
RE_CARD_GROUPED = re.compile(r"(?<!\d)\d{4}(?:[ -]\d{4}){3}(?:[ -]?\d{1,3})?(?!\d)")
RE_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
RE_IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")


def find_leaks(text):
    t = fold(text)
    out = []
    for m in RE_MOB_LEAK.finditer(t):
        out.append(("mobile", m.group()))
    for rx in (RE_ID_LEAK, RE_ID_GROUPED):
        for m in rx.finditer(t):
            c = re.sub(r"[ -]", "", m.group()).upper()
            if ric_valid(c):
                out.append(("id", m.group()))
    for rx in (RE_DIGITS, RE_CARD_GROUPED):
        for m in rx.finditer(t):
            c = re.sub(r"[ -]", "", m.group())
            if 16 <= len(c) <= 19 and c.startswith(("62", "4", "5")) and luhn.is_valid(c):
                out.append(("card", m.group()))
    for m in RE_EMAIL.finditer(t):
        out.append(("email", m.group()))
    for m in RE_IPV4.finditer(t):
        try:
            ip = ipaddress.ip_address(m.group())
        except ValueError:
            continue
        if ip.is_global:
            out.append(("ip", m.group()))
    return out


# ----------------------------------------------------------------------------- validators
def _date_ok(y, m, d):
    try:
        x = dt.date(int(y), int(m), int(d))
    except ValueError:
        return False
    return 1900 <= x.year <= 2024


def v_id(s):
    c = re.sub(r"[ -]", "", fold(s))
    if len(c) == 18:
        return c == c.upper() and ric_valid(c)
    if len(c) == 15 and c.isdigit():
        s17 = c[:6] + "19" + c[6:12] + "000"
        return _date_ok("19" + c[6:8], c[8:10], c[10:12]) and ric_valid(s17 + id_check(s17))
    return False


def strip_cc(s):
    for p in ("(+86)", "+86-", "+86 ", "+86", "0086", "86-"):
        if s.startswith(p):
            return s[len(p):]
    return s


def v_mobile(s):
    s = strip_cc(fold(s))
    if not re.fullmatch(r"\d{3}[- .]?\d{4}[- .]?\d{4}", s):
        return False
    return bool(MOB_RE.fullmatch(re.sub(r"[- .]", "", s)))


def v_landline(s):
    s = fold(s)
    if not re.fullmatch(r"\(0\d{2,3}\) ?\d{3,4}[- ]?\d{4}|0\d{2,3}[- ]?\d{3,4}[- ]?\d{4}", s):
        return False
    c = re.sub(r"[() -]", "", s)
    for area in AREA3 + AREA4_8 + AREA4_7:
        if c.startswith(area):
            local = c[len(area):]
            if local[0] not in "2345678":
                return False
            return len(local) == (7 if area in AREA4_7 else 8)
    return False


def v_bank(s):
    c = re.sub(r"[ -]", "", fold(s))
    return c.isdigit() and 16 <= len(c) <= 19 and luhn.is_valid(c) and c.startswith(BIN_PREFIXES)


def v_email(s):
    return bool(re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", s))


RE_PLATE = re.compile("[" + PROV + "][A-HJ-NP-Z][·・ ]?(?:[DF][A-HJ-NP-Z0-9]\\d{4}|\\d{5}[DF]|[A-HJ-NP-Z0-9]{5})")


def v_plate(s):
    return bool(RE_PLATE.fullmatch(s))


def v_passport(s):
    return bool(re.fullmatch(r"E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8}", s))


def v_permit(s):
    return bool(re.fullmatch(r"C\d{8}|C[A-HJ-NP-Z]\d{7}|[HM]\d{8}|[HM]\d{10}", s))


def v_ip(s):
    try:
        ip = ipaddress.ip_address(s)
    except ValueError:
        return False
    return ip.is_global and not ip.is_multicast


def v_qq(s):
    return bool(re.fullmatch(r"[1-9]\d{4,10}", fold(s)))


def v_wechat(s):
    return bool(re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]{5,19}", s)) or v_mobile(s)


def v_gps(s):
    m = re.fullmatch(r"(-?\d{1,2}\.\d{4,})\s?[,，]\s?(-?\d{1,3}\.\d{4,})", s)
    return bool(m) and abs(float(m.group(1))) <= 90 and abs(float(m.group(2))) <= 180


def v_birth(s):
    s = fold(s)
    for rx in (r"(\d{4})-(\d{1,2})-(\d{1,2})", r"(\d{4})/(\d{1,2})/(\d{1,2})", r"(\d{4})\.(\d{1,2})\.(\d{1,2})",
               r"(\d{4})年(\d{1,2})月(\d{1,2})日", r"(\d{4})(\d{2})(\d{2})"):
        m = re.fullmatch(rx, s)
        if m:
            return _date_ok(*m.groups())
    return False


VALIDATORS = {"ID_CARD": v_id, "MOBILE": v_mobile, "LANDLINE": v_landline, "BANK_CARD": v_bank,
              "EMAIL": v_email, "PLATE": v_plate, "PASSPORT": v_passport, "HK_MACAO_PERMIT": v_permit,
              "IP": v_ip, "QQ": v_qq, "WECHAT": v_wechat, "GPS": v_gps, "BIRTHDATE": v_birth}


def edge_bad(s, typ, first):
    c = s[0] if first else s[-1]
    if c.isspace():
        return True
    cat = unicodedata.category(c)
    if first and c in "(+" and typ in ("MOBILE", "LANDLINE"):
        return False
    return cat.startswith("P") or cat.startswith("S")


# ----------------------------------------------------------------------------- generator
class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    # basic
    def digits(self, n, first="0123456789"):
        r = self.r
        return r.choice(first) + "".join(r.choice("0123456789") for _ in range(n - 1))

    def safe(self, fn):
        for _ in range(200):
            s = fn()
            if not find_leaks(s):
                return s
        raise RuntimeError("could not build a safe look-alike")

    def chance(self, p):
        return self.r.random() < p

    def pick(self, xs):
        return self.r.choice(xs)

    def date(self, y0, y1):
        r = self.r
        return dt.date(y0, 1, 1) + dt.timedelta(days=r.randrange((dt.date(y1, 12, 31) - dt.date(y0, 1, 1)).days))

    # people
    def name(self):
        r = self.r
        return r.choice(SURN) + "".join(r.choice(GIVN) for _ in range(r.choice([1, 2, 2])))

    def addr(self):
        r = self.r
        p, c, d = r.choice(CITIES)
        pre = (p if p != c else "") + c + d if self.chance(0.7) else c + d
        return f"{pre}{r.choice(ROADS)}{r.randint(1, 999)}号{r.randint(1, 30)}幢{r.randint(1, 30)}0{r.randint(1, 6)}室"

    def idno(self, birth=None, y0=1955, y1=2005):
        birth = birth or self.date(y0, y1)
        for _ in range(100):
            s17 = self.pick(REGIONS) + birth.strftime("%Y%m%d") + self.digits(3)
            s = s17 + id_check(s17)
            if ric_valid(s):
                return s, birth
        raise RuntimeError("no region for " + str(birth))

    def id15(self, birth=None):
        birth = birth or self.date(1940, 1980)
        return self.idno(birth)[0][:6] + birth.strftime("%y%m%d") + self.digits(3)

    def mobile(self):
        return self.pick(MOB_SEGS) + self.digits(8)

    def landline(self):
        r = self.r
        k = r.random()
        if k < 0.45:
            return r.choice(AREA3), self.digits(8, "2345678")
        if k < 0.92:
            return r.choice(AREA4_8), self.digits(8, "2345678")
        return r.choice(AREA4_7), self.digits(7, "2345678")

    def bank(self):
        b, n = self.pick(BINS)
        body = b + self.digits(n - len(b) - 1)
        c = body + luhn.calc_check_digit(body)
        assert luhn.is_valid(c)
        return c

    def email(self, qq=None):
        r = self.r
        if qq and self.chance(0.8):
            return qq + "@" + r.choice(["qq.com", "qq.com", "foxmail.com", "vip.qq.com"])
        k = r.random()
        if k < 0.4:
            u = r.choice(PY) + r.choice(PYG) + (str(r.randint(1, 9999)) if self.chance(0.7) else "")
        elif k < 0.7:
            u = r.choice(PYG) + r.choice(["_", ".", ""]) + r.choice(PY) + str(r.randint(70, 2005))
        else:
            u = r.choice(PY)[0] + r.choice(PYG) + self.digits(r.randint(3, 6), "123456789")
        return u + "@" + r.choice([d for d in EMAIL_DOMAINS if d not in ("qq.com", "vip.qq.com")])

    def qq(self):
        return self.digits(self.r.choice([6, 7, 8, 8, 9, 9, 9, 10, 10]), "123456789")

    def wechat(self):
        r = self.r
        k = r.random()
        if k < 0.3:
            return "wxid_" + "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(r.randint(10, 14)))
        if k < 0.7:
            return r.choice(PY) + r.choice(["", "_", "-"]) + r.choice(PYG) + str(r.randint(1, 2024))
        return r.choice(["Lily", "Tom", "Kevin", "Amy", "Jason", "Coco", "Sunny", "Leo", "Vivian", "Eric"]) + r.choice(["_", ""]) + self.digits(r.randint(4, 6), "123456789")

    def plate(self):
        r = self.r
        p, c = r.choice(PROV), r.choice("ABCDEFGHJK")
        k = r.random()
        if k < 0.2:
            tail = r.choice("DF") + self.digits(5)
        elif k < 0.27:
            tail = self.digits(5) + r.choice("DF")
        else:
            chars = [r.choice("0123456789") for _ in range(5)]
            for i in r.sample(range(5), r.choice([0, 1, 1, 2])):
                chars[i] = r.choice(PL_NO_IO)
            tail = "".join(chars)
        sep = r.choice(["", "", "", "·", " "])
        return p + c + sep + tail

    def passport(self):
        r = self.r
        k = r.random()
        if k < 0.5:
            return "E" + self.digits(8)
        if k < 0.8:
            return "E" + r.choice("ABCDEFGHJK") + self.digits(7)
        return "G" + self.digits(8)

    def permit(self):
        r = self.r
        k = r.random()
        if k < 0.45:
            return "C" + self.digits(8, "0123456789")
        if k < 0.7:
            return "C" + r.choice("ABCDEFGHJKLMN") + self.digits(7)
        return r.choice("HM") + self.digits(r.choice([8, 10]))

    def ip4(self):
        r = self.r
        while True:
            a = r.choice([36, 39, 42, 49, 58, 59, 60, 61, 101, 106, 110, 111, 112, 113, 114, 115, 116, 117, 118,
                          119, 120, 121, 122, 123, 124, 125, 171, 175, 180, 182, 183, 202, 210, 211, 218, 219,
                          220, 221, 222, 223])
            s = f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
            if v_ip(s):
                return s

    def ip6(self):
        r = self.r
        pre = r.choice(["240e", "2408", "2409", "2400"])
        s = pre + ":" + ":".join(f"{r.randint(1, 0xffff):x}" for _ in range(7))
        assert v_ip(s)
        return s

    def private_ip(self):
        r = self.r
        return r.choice([f"192.168.{r.randint(0, 10)}.{r.randint(2, 254)}", f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                         f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}", "127.0.0.1",
                         f"100.{r.randint(64, 127)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                         f"169.254.{r.randint(1, 254)}.{r.randint(1, 254)}"])

    def gps(self, sep=None):
        r = self.r
        nd = r.choice([4, 5, 6, 6])
        lat = f"{r.uniform(20.0, 45.0):.{nd}f}"
        lon = f"{r.uniform(100.0, 122.0):.{nd}f}"
        return lat + (sep if sep is not None else r.choice([",", ",", ", "])) + lon

    # formats
    def fmt_mob(self, m, style="plain"):
        r = self.r
        if style == "plain" or self.chance(0.55 if style == "mixed" else 0.2):
            return m
        return r.choice([f"{m[:3]}-{m[3:7]}-{m[7:]}", f"{m[:3]} {m[3:7]} {m[7:]}", "+86" + m, "+86 " + m,
                         "(+86)" + m, "0086" + m, "86-" + m, fw(m), f"+86-{m[:3]}-{m[3:7]}-{m[7:]}", f"{m[:3]}.{m[3:7]}.{m[7:]}"])

    def fmt_id(self, s, style="plain"):
        if style == "mixed" and self.chance(0.15):
            return f"{s[:6]} {s[6:14]} {s[14:]}"
        if style == "mixed" and self.chance(0.06):
            return fw(s)
        return s

    def fmt_tel(self, t, style="plain"):
        a, n = t
        r = self.r
        if style == "plain":
            return f"{a}-{n}"
        return r.choice([f"{a}-{n}", f"{a}-{n}", f"({a}){n}", f"{a} {n[:4]} {n[4:]}" if len(n) == 8 else f"{a} {n}", f"{a}{n}", f"{a}-{n[:4]}-{n[4:]}" if len(n) == 8 else f"{a}-{n}"])

    def fmt_card(self, c, style="plain"):
        if style == "mixed" and self.chance(0.3):
            return " ".join(c[i:i + 4] for i in range(0, len(c), 4))
        return c

    def fmt_birth(self, b, style=None):
        r = self.r
        style = style or r.choice(["iso", "iso", "slash", "cn", "compact", "dot", "short"])
        return {"iso": b.strftime("%Y-%m-%d"), "slash": f"{b.year}/{b.month}/{b.day}", "cn": f"{b.year}年{b.month}月{b.day}日",
                "compact": b.strftime("%Y%m%d"), "dot": b.strftime("%Y.%m.%d"), "short": f"{b.year}-{b.month}-{b.day}"}[style]

    # look-alikes (never labelled)
    def mask_mob(self, m=None):
        m = m or self.mobile()
        return self.pick([m[:3] + "****" + m[7:], m[:3] + "*****" + m[8:], m[:3] + "xxxx" + m[7:], m[:7] + "****"])

    def mask_id(self, s=None):
        s = s or self.idno()[0]
        return self.pick([s[:4] + "*" * 10 + s[-4:], s[:6] + "********" + s[-4:], s[:3] + "*" * 11 + s[-4:], s[:1] + "*" * 16 + s[-1:]])

    def mask_card(self, c=None):
        c = c or self.bank()
        return self.pick([c[:6] + "*" * (len(c) - 10) + c[-4:], "**** **** **** " + c[-4:], c[:4] + " **** **** " + c[-4:]])

    def mask_email(self, e=None):
        e = e or self.email()
        u, d = e.split("@")
        return u[:2] + "***@" + d

    def order_no(self):
        r = self.r
        return self.safe(lambda: self.pick(["", "", "DD", "NO", "E"]) + f"2024{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + self.digits(r.choice([10, 11, 12])))

    def waybill(self):
        r = self.r
        return self.safe(lambda: r.choice(["SF", "YT", "JDVA", "ZT", "YD", "DPK"]) + self.digits(r.choice([12, 13]), "1234567"))

    def zto_no(self):
        return self.safe(lambda: self.pick(["7", "75", "78", "4"]) + self.digits(self.pick([12, 13]) - 1))

    def imei(self):
        def f():
            b = "86" + self.digits(12)
            return b + luhn.calc_check_digit(b)
        return self.safe(f)

    def iccid(self):
        return self.safe(lambda: "89860" + self.digits(15))

    def vin(self):
        r = self.r
        return self.safe(lambda: r.choice(["LSV", "LFV", "LGB", "LVS", "LHG", "LBV", "LGW"]) + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(5)) + r.choice("0123456789X") + r.choice("MNPR") + "".join(r.choice("0123456789") for _ in range(7)))

    def uscc(self):
        r = self.r
        def f():
            b = "91" + self.pick(REGIONS) + "MA" + "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(7))
            return b + uscc.calc_check_digit(b)
        return self.safe(f)

    def trade_no(self):
        r = self.r
        return self.safe(lambda: r.choice(["4200001", "4200002", "2024"]) + self.digits(21))

    def ts_ms(self):
        return self.safe(lambda: "17" + self.digits(11))

    def md5(self):
        return self.safe(lambda: hashlib.md5(str(self.r.random()).encode()).hexdigest())

    def sha1(self):
        return self.safe(lambda: hashlib.sha1(str(self.r.random()).encode()).hexdigest())

    def bcrypt(self):
        r = self.r
        al = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        return self.safe(lambda: "$2a$10$" + "".join(r.choice(al) for _ in range(53)))

    def oid(self):
        return self.safe(lambda: "".join(self.r.choice("0123456789abcdef") for _ in range(24)))

    def uuid(self):
        h = self.safe(lambda: "".join(self.r.choice("0123456789abcdef") for _ in range(32)))
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def password(self):
        r = self.r
        return self.safe(lambda: r.choice(["123456", "a123456", "woaini1314", "qwerty", "abc123", "5201314", "iloveyou",
                                          "zxcvbnm", "111111", "Aa123456", "1qaz2wsx", "password"] +
                                         [r.choice(PY) + str(r.randint(1, 99999)), r.choice(PYG) + r.choice(["!", "@", "#", ""]) + str(r.randint(1970, 2010))]))

    def ts(self, y0=2019, y1=2024):
        r = self.r
        d = self.date(y0, y1)
        return f"{d.isoformat()} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"

    def money(self):
        r = self.r
        return self.pick([f"{r.randint(1, 9999)}.{r.randint(0, 99):02d}", f"¥{r.randint(1, 99999):,}.00", f"{r.randint(1, 999)}元"])


class P:
    """Fake person record."""

    def __init__(self, g, y0=1955, y1=2005, birth=None):
        self.name = g.name()
        self.sex = g.pick(["男", "女"])
        self.id, self.birth = g.idno(birth, y0, y1)
        self.mob = g.mobile()
        self.mob2 = g.mobile()
        self.qq = g.qq()
        self.email = g.email(self.qq if g.chance(0.35) else None)
        self.wx = g.wechat() if g.chance(0.8) else self.mob
        self.tel = g.landline()
        self.bank = g.bank()
        self.plate = g.plate()
        self.addr = g.addr()
        self.pp = g.passport()
        self.hk = g.permit()
        self.ip = g.ip4() if g.chance(0.85) else g.ip6()
        self.pw = g.password()


# ----------------------------------------------------------------------------- writers
def w_rows(d, rows, sep, end="\n"):
    for row in rows:
        for i, c in enumerate(row):
            if i:
                d.t(sep)
            d.w(c)
        d.t(end)


def w_mysql(d, headers, rows):
    widths = [max([dwidth(h)] + [dwidth(cs(r[i]) if r[i] is not None else "NULL") for r in rows]) for i, h in enumerate(headers)]
    border = "+" + "+".join("-" * (w + 2) for w in widths) + "+\n"
    d.t(border)
    d.t("|" + "|".join(" " + h + " " * (w - dwidth(h)) + " " for h, w in zip(headers, widths)) + "|\n")
    d.t(border)
    for r in rows:
        d.t("|")
        for i, (c, w) in enumerate(zip(r, widths)):
            s = cs(c) if c is not None else "NULL"
            d.t(" ")
            d.w(c if c is not None else "NULL")
            d.t(" " * (w - dwidth(s)) + " |")
        d.t("\n")
    d.t(border)


def w_psql(d, headers, rows):
    widths = [max([dwidth(h)] + [dwidth(cs(r[i])) for r in rows]) for i, h in enumerate(headers)]
    d.t("|".join(" " + h.center(w) + " " for h, w in zip(headers, widths)).rstrip() + "\n")
    d.t("+".join("-" * (w + 2) for w in widths) + "\n")
    for r in rows:
        for i, (c, w) in enumerate(zip(r, widths)):
            if i:
                d.t("|")
            d.t(" ")
            d.w(c)
            if i < len(r) - 1:
                d.t(" " * (w - dwidth(cs(c))) + " ")
        d.t("\n")
    d.t(f"({len(rows)} {'row' if len(rows) == 1 else 'rows'})\n")


def w_json(d, obj, indent=None, lvl=0, sp=" ", ea=False):
    if isinstance(obj, dict):
        items = list(obj.items())
        if not items:
            d.t("{}")
            return
        d.t("{")
        for i, (k, v) in enumerate(items):
            if indent:
                d.t("\n" + " " * (indent * (lvl + 1)))
            d.t(json.dumps(k, ensure_ascii=ea) + ":" + (" " if (indent or sp) else ""))
            w_json(d, v, indent, lvl + 1, sp, ea)
            if i < len(items) - 1:
                d.t("," + ("" if indent else sp))
        if indent:
            d.t("\n" + " " * (indent * lvl))
        d.t("}")
    elif isinstance(obj, list):
        if not obj:
            d.t("[]")
            return
        d.t("[")
        for i, v in enumerate(obj):
            if indent:
                d.t("\n" + " " * (indent * (lvl + 1)))
            w_json(d, v, indent, lvl + 1, sp, ea)
            if i < len(obj) - 1:
                d.t("," + ("" if indent else sp))
        if indent:
            d.t("\n" + " " * (indent * lvl))
        d.t("]")
    elif isinstance(obj, L):
        if obj.q:
            d.t('"')
            d.v(obj.s, obj.typ)
            d.t('"')
        else:
            d.v(obj.s, obj.typ)
    else:
        d.t(json.dumps(obj, ensure_ascii=ea))


def sqlq(x):
    if x is None:
        return "NULL"
    if isinstance(x, (int, float)):
        return str(x)
    return "'" + str(x).replace("'", "''") + "'"


def w_sqlvals(d, row):
    d.t("(")
    for i, c in enumerate(row):
        if i:
            d.t(",")
        if isinstance(c, L):
            if c.q:
                d.t("'")
                d.v(c.s, c.typ)
                d.t("'")
            else:
                d.v(c.s, c.typ)
        else:
            d.t(sqlq(c))
    d.t(")")


# ----------------------------------------------------------------------------- genre: dash_dumps
def dash_dumps(g, d, k):
    r = g.r
    n = r.randint(2, 3)
    if k == 0:
        d.t(g.pick(["手机----身份证----姓名----地址\n", "手机号----身份证号----姓名----住址\n", "【格式】手机----身份证----姓名----地址\n", "手几----身分证----姓明----地址  \n"]))
        for _ in range(n):
            p = P(g)
            d.w(L("MOBILE", p.mob), "----", L("ID_CARD", p.id), "----", p.name, "----", p.addr, "\n")
        if g.chance(0.5):
            p = P(g)
            d.w(L("MOBILE", p.mob), "----", p.id[:r.randint(6, 12)], "\n")
    elif k == 1:
        d.t(g.pick(["qq----密码\n", "QQ----密码\n", "qq号----pass\n", "账号(QQ)----密码\n"]))
        for _ in range(n + 2):
            p = P(g)
            d.w(L("QQ", p.qq), "----", p.pw, "\n")
        d.t(g.pick(["", "...\n", "（以下省略）\n", "共" + str(r.randint(2, 90)) + "万行，只贴了前几行\n"]))
    elif k == 2:
        # headerless qq----pass: not labelled as QQ (no cue), but e-mail variants are
        d.t(g.pick(["", "拿到的包里面的格式:\n", "txt 原文（无表头）\n"]))
        for _ in range(n + 1):
            p = P(g)
            if g.chance(0.4):
                d.w(L("EMAIL", p.email), "----", p.pw, "\n")
            else:
                d.w(p.qq, "----", p.pw, "\n")
    elif k == 3:
        d.t(g.pick(["邮箱----密码----手机\n", "email----password----phone\n", ""]))
        for _ in range(n):
            p = P(g)
            d.w(L("EMAIL", p.email), "----", p.pw, "----", L("MOBILE", g.fmt_mob(p.mob)), "\n")
        p = P(g)
        d.w(L("EMAIL", p.email), "----", p.pw, "----", "\n")
    elif k == 4:
        d.t(g.pick(["身份证----姓名----手机----出生日期\n", "身份证号----姓名----手机----生日\n"]))
        st = g.pick(["iso", "compact", "slash"])
        for _ in range(n):
            p = P(g)
            d.w(L("ID_CARD", p.id), "----", p.name, "----", L("MOBILE", p.mob), "----", L("BIRTHDATE", g.fmt_birth(p.birth, st)), "\n")
        p = P(g)
        d.w(L("ID_CARD", p.id), "----", p.name, "----", p.mob[:r.randint(4, 8)], "\n")
    elif k == 5:
        d.t(g.pick(["字段顺序不一致，自己对一下：\n", "注意：这批数据拼接的，顺序乱\n", "//mixed order\n"]))
        for _ in range(n):
            p = P(g)
            f = [[L("MOBILE", g.fmt_mob(p.mob, "mixed"))], [L("ID_CARD", g.fmt_id(p.id, "mixed"))], [p.name], [p.addr]]
            r.shuffle(f)
            if g.chance(0.3):
                f = f[:3]
            for i, c in enumerate(f):
                if i:
                    d.t("----")
                d.w(*c)
            d.t("\n")
    elif k == 6:
        d.t(g.pick(["姓名----手机----身份证----地址----银行卡----开户行\n", "姓名----手机----身份证----地址----卡号----银行\n"]))
        for _ in range(n):
            p = P(g)
            d.w(p.name, "----", L("MOBILE", p.mob), "----", L("ID_CARD", p.id), "----", p.addr, "----", L("BANK_CARD", p.bank), "----", g.pick(BANKS))
            if g.chance(0.3):
                d.w("----", g.pick(["已实名", "正常", "冻结", "VIP"]), "----", g.ts())
            d.t("\n")
    elif k == 7:
        d.t(g.pick(["以下为嫌疑人提供的数据片段（截取）：\n", "当事人微信里收到的文件内容如下：\n", "附件1 截取：\n"]))
        d.t(g.pick(["手机----微信----QQ\n", "手机号----微信号----qq号\n"]))
        for _ in range(n):
            p = P(g)
            wx = p.wx if p.wx != p.mob else p.mob
            d.w(L("MOBILE", p.mob), "----", L("WECHAT", wx), "----", L("QQ", p.qq), "\n")
        d.t(f"共计{r.randint(1000, 90000)}条，{r.randint(2, 9)}个文件。\n")
    elif k == 8:
        d.crlf = True
        d.t("手機----身分證----姓名----地址\n")
        for _ in range(n):
            p = P(g)
            d.w(L("MOBILE", p.mob), "----", L("ID_CARD", p.id), "----", p.name, "----", p.addr.replace("区", "區").replace("号", "號"), "\n")
    elif k == 9:
        d.t(g.pick(["账号----密码----注册IP----注册时间\n", "user----pwd----regip----regtime\n"]))
        for _ in range(n):
            p = P(g)
            ip = L("IP", p.ip) if g.chance(0.75) else g.private_ip()
            d.w(L("EMAIL", p.email), "----", g.md5() if g.chance(0.5) else p.pw, "----", ip, "----", g.ts(), "\n")
    elif k == 10:
        for _ in range(n):
            p = P(g)
            d.w(L("MOBILE", g.fmt_mob(p.mob, "mixed")), "  ----  ", L("ID_CARD", g.fmt_id(p.id, "mixed")), "----", p.name,
                "----", p.addr, "----", g.pick(["", "备注:老客户", "订单" + g.order_no(), g.mask_card()]), "\n")
    else:
        d.t(g.pick(["车主手机----车牌----身份证\n", "手机----车牌号----证件号\n"]))
        for _ in range(n):
            p = P(g)
            d.w(L("MOBILE", p.mob), "----", L("PLATE", p.plate), "----", L("ID_CARD", p.id), "----", g.vin(), "\n")


# ----------------------------------------------------------------------------- genre: pipe_tables
def pipe_tables(g, d, k):
    r = g.r
    n = r.randint(2, 3)
    if k == 0:
        d.t(g.pick(["XX小区业主信息表\n", "【绿城花园】业主登记表（2023）\n", "业主名册\n"]))
        d.t("| 序号 | 姓名 | 身份证号 | 手机号 | 地址 |\n|---|---|---|---|---|\n")
        for i in range(n):
            p = P(g)
            d.w(f"| {i + 1} | {p.name} | ", L("ID_CARD", p.id), " | ", L("MOBILE", p.mob), f" | {p.addr} |\n")
    elif k == 1:
        d.t(g.pick(["姓名\t性别\t身份证号码\t联系电话\t备注\n", "姓名\t性别\t身份证号吗\t联系电化\t备注\n"]))
        for _ in range(n):
            p = P(g)
            tel = L("MOBILE", p.mob) if g.chance(0.8) else ""
            d.w(p.name, "\t", p.sex, "\t", L("ID_CARD", p.id), "\t", tel, "\t", g.pick(["", "", "已核实", "空号", g.mask_mob()]), "\n")
    elif k == 2:
        hdr = "姓名|手机|身份证|开户行|卡号\n"
        for i in range(n + 2):
            if i % 2 == 0:
                d.t(f"第{i // 2 + 1}页\n" + hdr)
            p = P(g)
            d.w(p.name, "|", L("MOBILE", p.mob), "|", L("ID_CARD", p.id), "|", g.pick(BANKS), "|", L("BANK_CARD", p.bank), "\n")
    elif k == 3:
        d.t("部门\t工号\t姓名\t手机\t邮箱\n")
        dept = None
        for i in range(n + 1):
            p = P(g)
            if i % 3 == 0:
                dept = g.pick(["财务部", "市场部", "技术部", "人事行政部"])
                dc = dept
            else:
                dc = g.pick(["", "〃", "同上"])
            d.w(dc, "\t", "E" + g.digits(5), "\t", p.name, "\t", L("MOBILE", p.mob), "\t", L("EMAIL", p.email), "\n")
    elif k == 4:
        d.t("姓名|手机|身份证|车牌\n")
        for _ in range(n):
            p = P(g)
            d.w(p.name, "|", L("MOBILE", p.mob), "|", L("ID_CARD", p.id), "|", L("PLATE", p.plate), "\n")
    elif k == 5:
        d.t("| 车牌号 | 车主 | 联系电话 | 身份证 | 车架号 | 发动机号 |\n")
        for _ in range(n):
            p = P(g)
            d.w("| ", L("PLATE", p.plate), f" | {p.name} | ", L("MOBILE", p.mob), " | ", L("ID_CARD", p.id), f" | {g.vin()} | {g.pick(['G4FC', 'EA211', 'B15D', 'JL4G15'])}{g.digits(7)} |\n")
    elif k == 6:
        d.t("客户姓名\t证件号\t卡号\t开户行\t预留手机\t开户日期\n")
        for _ in range(n):
            p = P(g)
            d.w(p.name, "\t", L("ID_CARD", p.id), "\t", L("BANK_CARD", g.fmt_card(p.bank, "mixed")), "\t", g.pick(BANKS) + g.pick(["杭州分行", "深圳支行", "营业部"]), "\t", L("MOBILE", p.mob), "\t", g.date(2008, 2023).isoformat(), "\n")
    elif k == 7:
        d.t("旅客名單\n| 姓名 | 電話 | 護照號碼 | 港澳通行證 | 電郵 |\n")
        for _ in range(n):
            p = P(g)
            d.w(f"| {p.name} | ", L("MOBILE", p.mob), " | ", L("PASSPORT", p.pp), " | ", L("HK_MACAO_PERMIT", p.hk), " | ", L("EMAIL", p.email), " |\n")
    elif k == 8:
        d.t("工号 | 姓名 | 部门 | 座机 | 分机 | 手机 | 邮箱\n")
        for _ in range(n):
            p = P(g)
            t = g.fmt_tel(p.tel, "mixed")
            d.w(g.digits(6, "1"), " | ", p.name, " | ", g.pick(["销售", "客服", "研发"]), " | ", L("LANDLINE", t), " | ", g.digits(4, "8"), " | ", L("MOBILE", p.mob), " | ", L("EMAIL", p.email), "\n")
    elif k == 9:
        d.t("借款人|手机|身份证|紧急联系人|联系人电话|关系|借款金额|订单号\n")
        for _ in range(n):
            p, c = P(g), P(g)
            d.w(p.name, "|", L("MOBILE", p.mob), "|", L("ID_CARD", p.id), "|", c.name, "|", L("MOBILE", g.fmt_mob(c.mob, "mixed")), "|", g.pick(["父亲", "母亲", "配偶", "同事", "朋友"]), "|", g.money(), "|", g.order_no(), "\n")
    elif k == 10:
        d.t("姓名\t\t手机号码\t\t身份证号码\t\t出生日期\n")
        for _ in range(n):
            p = P(g)
            d.w(f"  {p.name}  \t\t", L("MOBILE", p.mob), " \t\t", L("ID_CARD", p.id), "\t\t", L("BIRTHDATE", g.fmt_birth(p.birth)), "\n")
        d.t("\t\t\t\t\n合计\t\t\t" + str(n) + "人\n")
    else:
        d.crlf = True
        d.t("会员列表导出 " + g.ts() + "\n会员卡号|昵称|手机|生日|积分|QQ\n")
        for _ in range(n):
            p = P(g)
            d.w(g.safe(lambda: "8" + g.digits(11)), "|", g.pick(["小", "阿", "大"]) + p.name[-1], "|", L("MOBILE", p.mob), "|", L("BIRTHDATE", g.fmt_birth(p.birth, "iso")), "|", str(r.randint(0, 9000)), "|", L("QQ", p.qq) if g.chance(0.7) else "", "\n")


# ----------------------------------------------------------------------------- genre: sql_snippets
def sql_snippets(g, d, k):
    r = g.r
    n = r.randint(1, 3)
    if k == 0:
        d.t("INSERT INTO `t_user` (`id`,`xingming`,`shenfenzheng`,`shouji`,`dizhi`,`create_time`) VALUES\n")
        for i in range(n):
            p = P(g)
            w_sqlvals(d, [r.randint(1000, 99999), p.name, L("ID_CARD", p.id), L("MOBILE", p.mob), p.addr, g.ts()])
            d.t(",\n" if i < n - 1 else ";\n")
    elif k == 1:
        d.t("mysql> select id,name,phone,id_card,email from member where phone like '13%' limit " + str(n) + ";\n")
        rows = []
        for _ in range(n):
            p = P(g)
            rows.append([str(r.randint(100, 9999999)), p.name, L("MOBILE", p.mob), L("ID_CARD", p.id), L("EMAIL", p.email) if g.chance(0.8) else None])
        w_mysql(d, ["id", "name", "phone", "id_card", "email"], rows)
        d.t(f"{n} rows in set (0.0{r.randint(1, 9)} sec)\n")
    elif k == 2:
        d.t(g.pick(["user_name\tid_card\tphone\temail\treg_ip\tcreate_time\n", "user_name\tidcard\tphoen\temial\treg_ip\tcreate_time\n"]))
        for _ in range(n + 1):
            p = P(g)
            ip = L("IP", p.ip) if g.chance(0.7) else g.private_ip()
            d.w(p.name, "\t", L("ID_CARD", p.id), "\t", L("MOBILE", p.mob), "\t", L("EMAIL", p.email) if g.chance(0.8) else "(Null)", "\t", ip, "\t", g.ts(), "\n")
    elif k == 3:
        for _ in range(n):
            p = P(g)
            d.t("INSERT INTO kehu_xinxi (xm, sfzh, sjh, dz, yhkh) VALUES ")
            w_sqlvals(d, [p.name, L("ID_CARD", p.id), L("MOBILE", p.mob), p.addr, L("BANK_CARD", p.bank)])
            d.t(";\n")
    elif k == 4:
        d.t("mysql> SELECT * FROM jiudian_ruzhu WHERE zjhm='" + g.mask_id() + "'\\G\n")
        for i in range(n):
            p = P(g)
            d.t(f"*************************** {i + 1}. row ***************************\n")
            for key, val in [("id", str(r.randint(1, 999999))), ("xm", p.name), ("zjhm", L("ID_CARD", p.id)), ("sjhm", L("MOBILE", p.mob)),
                             ("rzsj", g.ts()), ("fh", str(r.randint(201, 1520))), ("chepai", L("PLATE", p.plate) if g.chance(0.5) else "NULL")]:
                d.w(key.rjust(6), ": ", val, "\n")
        d.t(f"{n} rows in set (0.12 sec)\n")
    elif k == 5:
        d.t("shop=# select uid, mobile, email, last_ip from users order by uid limit " + str(n) + ";\n")
        rows = []
        for _ in range(n):
            p = P(g)
            rows.append([str(r.randint(10000, 999999)), L("MOBILE", p.mob), L("EMAIL", p.email), L("IP", p.ip) if g.chance(0.7) else g.private_ip()])
        w_psql(d, ["uid", "mobile", "email", "last_ip"], rows)
    elif k == 6:
        d.t("INSERT INTO `pre_common_member` (`uid`,`username`,`password`,`qq`,`weixin`,`regip`) VALUES ")
        for i in range(n):
            p = P(g)
            w_sqlvals(d, [r.randint(1, 99999), g.pick(PY) + g.pick(PYG) + str(r.randint(1, 999)), g.bcrypt(), L("QQ", p.qq, False) if g.chance(0.5) else L("QQ", p.qq),
                          L("WECHAT", p.wx), L("IP", p.ip) if g.chance(0.7) else g.private_ip()])
            d.t("," if i < n - 1 else ";\n")
    elif k == 7:
        d.t("sqlite> .headers on\nsqlite> select name, birthday, passport_no, mobile from traveler;\n")
        d.t("name|birthday|passport_no|mobile\n")
        for _ in range(n + 1):
            p = P(g)
            d.w(p.name, "|", L("BIRTHDATE", g.fmt_birth(p.birth, "iso")), "|", L("PASSPORT", p.pp), "|", L("MOBILE", p.mob), "\n")
    elif k == 8:
        d.t("-- MySQL dump 10.13  Distrib 5.7.36, for Linux (x86_64)\n--\n-- Host: 127.0.0.1    Database: crm\n"
            "-- ------------------------------------------------------\n-- Server version\t5.7.36-log\n\n"
            "DROP TABLE IF EXISTS `customer`;\nCREATE TABLE `customer` (\n  `id` int(11) NOT NULL AUTO_INCREMENT,\n"
            "  `name` varchar(32) DEFAULT NULL,\n  `tel` varchar(20) DEFAULT NULL COMMENT '座机',\n  `mobile` varchar(20) DEFAULT NULL,\n"
            "  `id_no` char(18) DEFAULT NULL,\n  PRIMARY KEY (`id`)\n) ENGINE=InnoDB AUTO_INCREMENT=" + str(r.randint(1000, 99999)) + " DEFAULT CHARSET=utf8mb4;\n\n"
            "LOCK TABLES `customer` WRITE;\nINSERT INTO `customer` VALUES ")
        for i in range(n):
            p = P(g)
            w_sqlvals(d, [i + 1, p.name, L("LANDLINE", g.fmt_tel(p.tel)), L("MOBILE", p.mob), L("ID_CARD", p.id)])
            d.t("," if i < n - 1 else ";\n")
        d.t("UNLOCK TABLES;\n")
    elif k == 9:
        d.t("id\tnickname\tphone\tgps\tdevice_imei\tlast_login\n")
        for _ in range(n + 1):
            p = P(g)
            d.w(str(r.randint(1, 999999)), "\t", p.name[-1] + g.pick(["宝", "哥", "姐", "仔"]), "\t", L("MOBILE", p.mob), "\t", L("GPS", g.gps(",")), "\t", g.imei(), "\t", g.ts(), "\n")
    else:
        d.t("1> SELECT TOP " + str(n) + " CustName, CertNo, Mobile, CardNo FROM dbo.Customer\n2> GO\n")
        d.t("CustName   CertNo               Mobile        CardNo\n---------- -------------------- ------------- --------------------\n")
        for _ in range(n):
            p = P(g)
            d.w(p.name.ljust(10 - len(p.name)), " ", L("ID_CARD", p.id), "   ", L("MOBILE", p.mob), "   ", L("BANK_CARD", p.bank), "\n")
        d.t(f"\n({n} rows affected)\n")


# ----------------------------------------------------------------------------- genre: json_breach
def person_json(g, p, rich=True):
    o = {"uid": g.r.randint(100000, 99999999), "name": p.name, "mobile": L("MOBILE", p.mob)}
    if g.chance(0.6):
        o["id_card"] = L("ID_CARD", p.id)
    if g.chance(0.5):
        o["email"] = L("EMAIL", p.email)
    if rich:
        o["address"] = {"province": p.addr[:3], "detail": p.addr, "zip": g.digits(6, "123456")}
        if g.chance(0.5):
            o["birthday"] = L("BIRTHDATE", g.fmt_birth(p.birth, "iso"))
    return o


def json_breach(g, d, k):
    r = g.r
    n = r.randint(1, 2)
    if k == 0:
        for _ in range(n):
            p = P(g)
            o = person_json(g, p)
            o["devices"] = [{"model": g.pick(["iPhone14,2", "M2012K11AC", "V2049A", "PDEM10"]), "imei": g.imei()}]
            o["last_login"] = {"ip": L("IP", p.ip), "time": g.ts()}
            w_json(d, o)
            d.t("\n")
    elif k == 1:
        objs = []
        for _ in range(n):
            p = P(g)
            objs.append(person_json(g, p))
        w_json(d, objs, indent=2)
        d.t("\n")
    elif k == 2:
        for _ in range(n):
            p = P(g)
            src = {"name": p.name, "phone": L("MOBILE", p.mob), "idno": L("ID_CARD", p.id), "reg_time": g.ts()}
            if g.chance(0.5):
                src["qq"] = L("QQ", p.qq)
            w_json(d, {"_index": "users_2023", "_type": "_doc", "_id": g.safe(lambda: "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(20))),
                       "_score": 1.0, "_source": src}, sp="")
            d.t("\n")
    elif k == 3:
        for _ in range(n):
            p = P(g)
            w_json(d, {"_id": {"$oid": g.oid()}, "phone": L("MOBILE", p.mob), "nick": p.name[-1] + "宝", "birthday": L("BIRTHDATE", g.fmt_birth(p.birth, "iso")),
                       "createdAt": {"$date": g.ts().replace(" ", "T") + ".000Z"}, "wx": L("WECHAT", p.wx), "__v": 0})
            d.t("\n")
    elif k == 4:
        p = P(g)
        logins = []
        for _ in range(n + 1):
            ip = L("IP", g.ip4() if g.chance(0.7) else g.ip6()) if g.chance(0.75) else g.private_ip()
            logins.append({"ip": ip, "at": g.ts(), "loc": L("GPS", g.gps()) if g.chance(0.6) else None})
        w_json(d, {"user": {"mobile": L("MOBILE", p.mob), "email": L("EMAIL", p.email)}, "logins": logins}, indent=4)
        d.t("\n")
    elif k == 5:
        for _ in range(n):
            p, q = P(g), P(g)
            w_json(d, {"order_id": g.order_no(), "passenger_phone": L("MOBILE", p.mob), "driver": {"name": q.name, "phone": L("MOBILE", q.mob), "plate": L("PLATE", q.plate)},
                       "start": L("GPS", g.gps(",")), "end": L("GPS", g.gps(",")), "fare": g.money()}, sp="")
            d.t("\n")
    elif k == 6:
        for _ in range(n):
            p = P(g)
            w_json(d, {"id": r.randint(1, 99999), "name": p.name, "phone": L("MOBILE", p.mob, False), "qq": L("QQ", p.qq, False), "city": p.addr[:6]}, ea=True)
            d.t("\n")
    elif k == 7:
        items = []
        for _ in range(n):
            p = P(g)
            items.append({"nick": p.name, "mobile": g.mask_mob(p.mob), "mobile_full": L("MOBILE", p.mob), "id_mask": g.mask_id(p.id), "card": L("BANK_CARD", p.bank)})
        w_json(d, {"code": 0, "msg": "success", "data": {"total": r.randint(1000, 99999), "list": items}}, sp="")
        d.t("\n")
    elif k == 8:
        p = P(g)
        addrs = []
        for _ in range(n):
            q = P(g)
            addrs.append({"receiver": q.name, "tel": L("MOBILE", g.fmt_mob(q.mob, "mixed")), "detail": q.addr, "is_default": g.chance(0.3)})
        w_json(d, {"wx_openid": "o" + g.safe(lambda: "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(27))),
                   "unionid": g.uuid().replace("-", ""), "mobile": L("MOBILE", p.mob), "addresses": addrs}, indent=2)
        d.t("\n")
    else:
        d.crlf = g.chance(0.5)
        for _ in range(n):
            p = P(g)
            w_json(d, {"member_id": str(r.randint(1, 9999999)), "real_name": p.name, "cert_type": g.pick(["护照", "港澳通行证"]),
                       "passport": L("PASSPORT", p.pp), "hk_macao_permit": L("HK_MACAO_PERMIT", p.hk), "tel": L("LANDLINE", g.fmt_tel(p.tel, "mixed")), "email": L("EMAIL", p.email)})
            d.t("\n")


# ----------------------------------------------------------------------------- genre: sample_posts
def sample_row(g, d, kind):
    p = P(g)
    if kind == 0:
        d.w(p.name, " ", L("MOBILE", p.mob), " ", L("ID_CARD", p.id), " ", p.addr)
    elif kind == 1:
        d.w(L("MOBILE", p.mob), "----", L("ID_CARD", p.id), "----", p.name)
    elif kind == 2:
        d.w(p.name, "|", L("MOBILE", p.mob), "|", p.addr, "|", g.order_no())
    elif kind == 3:
        d.w(p.name, ",", L("ID_CARD", p.id), ",", L("BANK_CARD", p.bank), ",", L("MOBILE", p.mob))
    else:
        d.w(L("EMAIL", p.email), ":", p.pw, " ", L("MOBILE", p.mob))


def sample_posts(g, d, k):
    r = g.r
    n = r.randint(2, 3)
    cnt = g.pick([f"{r.randint(100, 9999)}万条", f"{r.randint(1, 30)}亿", f"{r.randint(10000, 9999999)}条", f"{r.randint(1, 80)}W+"])
    tg = "@" + g.pick(["sjk", "data", "shuju", "leak", "bigdb"]) + g.pick(["_cn", "_888", "king", "_vip", "2024"])
    kind = r.randint(0, 4)
    if k == 0:
        d.t(f"【出】{g.pick(['2024最新', '一手', '独家'])}某快递数据 {cnt}，{g.pick(['0.3U/条', '5000U打包', '10万起出'])}{g.pick(['', ' 💯', ' ⚡️'])}\n字段：姓名 电话 身份证 地址，覆盖全国三十\n多个省份，每天更新\n样本：\n")
        for _ in range(n):
            sample_row(g, d, kind)
            d.t("\n")
        d.t(f"联系 {tg}  担保交易\n")
    elif k == 1:
        p = P(g)
        d.t(f"收/出 各类四件套、{g.pick(['银行流水', '快递', '酒店'])}数据，量大从优\n样本：\n")
        for _ in range(n):
            sample_row(g, d, kind)
            d.t("\n")
        d.w(g.pick(["联系QQ：", "QQ号:", "扣扣 ", "企鹅:"]), L("QQ", p.qq), g.pick(["", "（备注来意）", " 非诚勿扰"]), "\n")
    elif k == 2:
        p = P(g)
        d.t(f"🔥🔥新到货🔥🔥 {g.pick(['教育', '车主', '贷款', '保险'])}精准客户 {cnt}\n价格：{g.pick(['0.5元/条', '2000元/万条', '面议'])}\n样本：\n")
        for _ in range(n):
            sample_row(g, d, kind)
            d.t("\n")
        d.w(g.pick(["加V：", "V信：", "vx:", "wx：", "微信 "]), L("WECHAT", p.wx), " 👈\n")
    elif k == 3:
        d.t(f"出售 {g.pick(['某省', '某市'])}车主数据 共{cnt}  ——  数据量大，先验后付，支持按\n地区、车型筛选，保真，假一赔十\n樣本（前{n}行）：\n")
        for _ in range(n):
            p = P(g)
            d.w(L("PLATE", p.plate), "\t", p.name, "\t", L("MOBILE", p.mob), "\t", L("ID_CARD", p.id), "\n")
        d.t(f"TG: {tg}\n")
    elif k == 4:
        d.t("样本：\n")
        for _ in range(n):
            p = P(g)
            w_json(d, {"phone": L("MOBILE", p.mob), "idcard": L("ID_CARD", p.id), "ip": L("IP", p.ip)}, sp="")
            d.t("\n")
        d.t(f"全量{cnt}，{g.pick(['USDT结算', '只收U'])}，{tg}\n")
    elif k == 5:
        d.crlf = True
        p = P(g)
        d.t(f"【售】台港澳旅客入境資料 {cnt}\n樣本：\n")
        for _ in range(n):
            q = P(g)
            d.w(q.name, " 手機 ", L("MOBILE", q.mob), " 通行證 ", L("HK_MACAO_PERMIT", q.hk), "\n")
        d.w("聯繫微信：", L("WECHAT", p.wx), "\n")
    elif k == 6:
        p = P(g)
        d.t(f"求购：{g.pick(['医美', '母婴', '股民', '网贷'])}客户数据，要求新鲜，{g.pick(['日结', '量大长期合作'])}。\n")
        d.w("有的私聊 ", tg, " 或者 QQ ", L("QQ", p.qq), "，手机", L("MOBILE", g.fmt_mob(p.mob, "mixed")), "（微信同号）\n")
    elif k == 7:
        d.t(f"出 {g.pick(['网贷', '商城', '游戏'])}注册库 {cnt}（含密码）\n样本（已打码部分）：\n")
        for _ in range(n):
            p = P(g)
            d.t(f"{g.mask_mob(p.mob)}----{g.md5()}----{g.mask_id(p.id)}\n")
        p = P(g)
        d.t("未打码样本：\n")
        d.w(L("MOBILE", p.mob), "----", p.pw, "----", L("ID_CARD", p.id), "\n")
        d.t(f"订单号 {g.order_no()} 已成交{r.randint(3, 200)}单\n")
    elif k == 8:
        p = P(g)
        d.t(f"个人出 社工库查询 机器人 {tg}_bot ，支持手机/身份证/QQ反查，{g.pick(['1U一次', '包月50U'])}\n例：\n")
        q = P(g)
        d.w("输入：", L("MOBILE", q.mob), "\n返回：", q.name, " ", L("ID_CARD", q.id), " QQ:", L("QQ", q.qq), " 邮箱:", L("EMAIL", q.email), "\n")
        d.w("绑定QQ号 ", L("QQ", p.qq), "，备用邮箱 ", L("EMAIL", p.email), "\n")
    else:
        p = P(g)
        d.t(f"大量出 {g.pick(['物流', '酒店开房', '外卖'])}数据 {cnt}，有意者\n联系方式：{tg}\n样本：")
        for i in range(n):
            d.t("\n  ")
            sample_row(g, d, kind)
        d.w("\n", g.pick(["备用微信：", "V信:", "VX:"]), L("WECHAT", p.wx), "    ", g.pick(["✅", "💰", "📦"]), "\n")


# ----------------------------------------------------------------------------- genre: hotel_express
def hotel_express(g, d, k):
    r = g.r
    n = r.randint(2, 3)
    if k == 0:
        d.t("姓名,证件号,入住时间,离店时间,房号,手机\n")
        for _ in range(n):
            p = P(g)
            d.w(p.name, ",", L("ID_CARD", p.id), ",", g.ts(), ",", g.ts(), ",", str(r.randint(201, 2320)), ",", L("MOBILE", p.mob), "\n")
    elif k == 1:
        d.t(f"{g.pick(HOTELS)}({g.pick(['西湖店', '南山店', '火车站店'])})开房记录\n证件类型\t证件号码\t姓名\t入住时间\t房号\n")
        for _ in range(n + 1):
            p = P(g)
            t = r.random()
            if t < 0.55:
                d.w("身份证\t", L("ID_CARD", p.id))
            elif t < 0.75:
                d.w("护照\t", L("PASSPORT", p.pp))
            else:
                d.w("港澳通行证\t", L("HK_MACAO_PERMIT", p.hk))
            d.w("\t", p.name, "\t", g.ts(), "\t", str(r.randint(201, 1520)), "\n")
    elif k == 2:
        d.t("运单号\t寄件人\t寄件人电话\t收件人\t收件人电话\t收件地址\t取件码\n")
        for _ in range(n):
            p, q = P(g), P(g)
            d.w(g.waybill(), "\t", p.name, "\t", L("MOBILE", p.mob), "\t", q.name, "\t", L("MOBILE", q.mob), "\t", q.addr, "\t", f"{r.randint(1, 9)}-{r.randint(1, 6)}-{r.randint(1000, 9999)}", "\n")
    elif k == 3:
        d.t("快递单号,收件人,电话,地址,重量(kg),运费\n")
        for _ in range(n + 1):
            q = P(g)
            ph = L("MOBILE", q.mob) if g.chance(0.75) else g.mask_mob(q.mob)
            d.w(g.zto_no(), ",", q.name, ",", ph, ",", f"\"{q.addr}\"", ",", f"{r.uniform(0.1, 20):.2f}", ",", g.money(), "\n")
    elif k == 4:
        d.t(f"{g.pick(HOTELS)}  住客+停车登记\n")
        for _ in range(n):
            p = P(g)
            d.w(f"{r.randint(201, 1520)}房  {p.name}  身份证:", L("ID_CARD", p.id), "  车牌:", L("PLATE", p.plate), "  入住时间:", g.ts(), "  手机:", L("MOBILE", fw(p.mob) if g.chance(0.3) else p.mob), "\n")
    elif k == 5:
        d.t("订单号|运单号|收件人|收件人电话|虚拟号|状态\n")
        for _ in range(n):
            q = P(g)
            d.w(g.order_no(), "|", g.waybill(), "|", q.name, "|", L("MOBILE", q.mob) if g.chance(0.6) else g.mask_mob(q.mob), "|", g.mask_mob(), "转", g.digits(4), "|", g.pick(["已签收", "派送中", "已揽收"]), "\n")
    elif k == 6:
        d.t("境外旅客住宿登记\nNo. | 姓名 | 国籍/地区 | 护照号码 | 回乡证号 | 出生日期 | 联系电话\n")
        for i in range(n):
            p = P(g)
            pp = L("PASSPORT", p.pp) if g.chance(0.6) else ""
            hk = L("HK_MACAO_PERMIT", g.pick("HM") + g.digits(g.pick([8, 10]))) if not pp else ""
            d.w(f"{i + 1} | {p.name} | {g.pick(['中国', '中国香港', '中国澳门'])} | ", pp, " | ", hk, " | ", L("BIRTHDATE", g.fmt_birth(p.birth, "iso")), " | ", L("MOBILE", p.mob), "\n")
    elif k == 7:
        d.t("上门取件记录（公司件）\n")
        for _ in range(n):
            p, q = P(g), P(g)
            d.w(f"寄件公司：{g.pick(['杭州某某科技有限公司', '深圳某某贸易有限公司', '某某律师事务所'])}（统一社会信用代码 {g.uscc()}）\n联系电话：", L("LANDLINE", g.fmt_tel(p.tel, "mixed")), g.pick(["转", "-", " ext."]), g.digits(3, "6789"),
                f"\n收件人：{q.name} ", L("MOBILE", q.mob), f"\n运单号：{g.waybill()}\n\n")
    elif k == 8:
        d.crlf = True
        d.t("酒店住客名單（節選）\n姓名\t身分證號\t手機\t入住日期\t退房日期\n")
        for _ in range(n):
            p = P(g)
            d.w(p.name, "\t", L("ID_CARD", p.id), "\t", L("MOBILE", p.mob), "\t", g.date(2021, 2024).isoformat(), "\t", g.date(2021, 2024).isoformat(), "\n")
    elif k == 9:
        d.t("丰巢柜机日志导出\n")
        for _ in range(n + 1):
            q = P(g)
            d.w(g.ts(), " 柜机", g.digits(8, "3"), " 投递 ", g.waybill(), " 收件手机 ", L("MOBILE", q.mob), f" 取件码 {g.digits(6, '123456789')}\n")
    elif k == 10:
        d.t("旧系统导出（2001年前登记）\n姓名 证件号 入住\n")
        for _ in range(n):
            p = P(g, 1940, 1980)
            if g.chance(0.4):
                d.w(p.name, " ", L("ID_CARD", g.id15(p.birth)), " ", g.ts(1998, 2001), "\n")
            else:
                d.w(p.name, " ", L("ID_CARD", p.id), " ", g.ts(1998, 2001), "\n")
    else:
        d.t("寄件人 | 寄件人电话 | 寄件地址 | 收件人 | 收件人电话 | 运单号 | 回单号\n")
        for _ in range(n):
            p, q = P(g), P(g)
            st = L("LANDLINE", g.fmt_tel(p.tel)) if g.chance(0.3) else L("MOBILE", g.fmt_mob(p.mob, "mixed"))
            d.w(p.name, " | ", st, " | ", p.addr, " | ", q.name, " | ", L("MOBILE", q.mob), " | ", g.waybill(), " | ", g.zto_no(), "\n")


# ----------------------------------------------------------------------------- genre: school_medical
def school_medical(g, d, k):
    r = g.r
    n = r.randint(1, 3)
    if k == 0:
        d.t(f"{g.pick(['实验小学', '第一中学', '育才学校'])}{r.randint(1, 6)}年级{r.randint(1, 9)}班学生信息\n学号,姓名,性别,出生日期,身份证号,家长姓名,家长电话\n")
        for _ in range(n + 1):
            s, p = P(g, 2008, 2017), P(g)
            d.w("2023" + g.digits(4), ",", s.name, ",", s.sex, ",", L("BIRTHDATE", g.fmt_birth(s.birth, "iso")), ",", L("ID_CARD", s.id), ",", p.name, ",", L("MOBILE", p.mob), "\n")
    elif k == 1:
        d.t("住院号\t姓名\t性别\t年龄\t身份证号\t联系电话\t入院日期\t诊断\n")
        for _ in range(n):
            p = P(g)
            d.w(g.digits(8, "12"), "\t", p.name, "\t", p.sex, "\t", str(2024 - p.birth.year), "\t", L("ID_CARD", p.id), "\t", L("MOBILE", p.mob), "\t", g.date(2023, 2024).isoformat(), "\t", g.pick(["肺炎", "2型糖尿病", "高血压", "骨折", "阑尾炎"]), "\n")
    elif k == 2:
        d.t("预防接种记录\n儿童姓名 出生日期 接种日期 疫苗 批号 监护人手机\n")
        for _ in range(n):
            s, p = P(g, 2019, 2023), P(g)
            d.w(s.name, " ", L("BIRTHDATE", g.fmt_birth(s.birth, "iso")), " ", g.date(2023, 2024).isoformat(), " ", g.pick(["乙肝疫苗", "百白破", "麻腮风", "脊灰"]), " ", g.pick(["2023", "2024"]) + g.digits(6), " ", L("MOBILE", p.mob), "\n")
    elif k == 3:
        d.t("学号|姓名|学院|宿舍|手机|QQ|邮箱\n")
        for _ in range(n):
            s = P(g, 1999, 2005)
            d.w(g.pick(["2021", "2022", "2020"]) + g.digits(6), "|", s.name, "|", g.pick(["计算机学院", "经管学院", "外国语学院"]), "|", f"{g.pick(['东', '西'])}{r.randint(1, 20)}-{r.randint(101, 630)}", "|", L("MOBILE", s.mob), "|", L("QQ", s.qq), "|", L("EMAIL", s.email), "\n")
    elif k == 4:
        for _ in range(n):
            p = P(g)
            d.w(f"体检号：{g.digits(10, '2')}  姓名：{p.name}  性别：{p.sex}  出生日期：", L("BIRTHDATE", g.fmt_birth(p.birth)), "  身份证：", L("ID_CARD", fw(p.id) if g.chance(0.25) else p.id), "  手机：", L("MOBILE", g.fmt_mob(p.mob, "mixed")), "\n")
    elif k == 5:
        d.t("门诊挂号明细\n就诊卡号\t医保卡号\t姓名\t手机号\t科室\t挂号时间\n")
        for _ in range(n):
            p = P(g)
            d.w(g.safe(lambda: "1" + g.digits(15)), "\t", g.safe(lambda: g.pick(["33", "44", "11"]) + g.digits(16)), "\t", p.name, "\t", L("MOBILE", p.mob), "\t", g.pick(["内科", "外科", "儿科", "眼科"]), "\t", g.ts(2024, 2024), "\n")
    elif k == 6:
        d.t("幼儿姓名\t出生日期\t父亲电话\t母亲电话\t父亲微信\t家庭住址\n")
        for _ in range(n):
            s, f, m = P(g, 2018, 2021), P(g), P(g)
            d.w(s.name, "\t", L("BIRTHDATE", g.fmt_birth(s.birth, "slash")), "\t", L("MOBILE", f.mob), "\t", L("MOBILE", m.mob) if g.chance(0.8) else "", "\t", L("WECHAT", f.wx), "\t", s.addr, "\n")
    elif k == 7:
        d.crlf = True
        d.t("病歷號碼\t姓名\t出生日期\t聯絡電話\t身分證\n")
        for _ in range(n):
            p = P(g)
            tel = L("LANDLINE", g.fmt_tel(p.tel, "mixed")) if g.chance(0.5) else L("MOBILE", p.mob)
            d.w("MR" + g.digits(7), "\t", p.name, "\t", L("BIRTHDATE", g.fmt_birth(p.birth, "cn")), "\t", tel, "\t", L("ID_CARD", p.id), "\n")
    elif k == 8:
        d.t("HIS导出 病案号,床号,姓名,手机号,紧急联系人电话,主治医生,费用\n")
        for _ in range(n):
            p, c = P(g), P(g)
            d.w(g.digits(7, "5"), ",", f"{r.randint(1, 40)}床", ",", p.name, ",", L("MOBILE", p.mob), ",", L("MOBILE", c.mob), ",", g.name(), ",", g.money(), "\n")
    elif k == 9:
        d.t("家长群通讯录（班主任整理）\n")
        for i in range(n + 1):
            s, p = P(g, 2010, 2016), P(g)
            d.w(f"{i + 1}. {s.name}（生日", L("BIRTHDATE", g.fmt_birth(s.birth, "short")), f"）  家长：{p.name}  电话：", L("MOBILE", g.fmt_mob(p.mob, "mixed")))
            if g.chance(0.5):
                d.w("  微信：", L("WECHAT", p.wx))
            d.t("\n")
    elif k == 10:
        d.t("考生号,姓名,身份证号,出生日期,准考证号,手机\n")
        for _ in range(n):
            s = P(g, 2005, 2007)
            d.w(g.safe(lambda: "24" + g.digits(12)), ",", s.name, ",", L("ID_CARD", s.id), ",", L("BIRTHDATE", g.fmt_birth(s.birth, "compact")), ",", g.digits(9, "1"), ",", L("MOBILE", s.mob), "\n")
    else:
        d.t("核酸采样登记（导出）\n")
        for _ in range(n):
            p = P(g)
            d.w(f"采样管号 {g.digits(10, '1')}  {p.name}  ", L("ID_CARD", p.id), "  ", L("MOBILE", p.mob), f"  采样时间 {g.ts(2022, 2022)}  采样点 ", L("GPS", g.gps(", ")) if g.chance(0.5) else "—", "\n")


# ----------------------------------------------------------------------------- genre: traps23
def traps23(g, d, k):
    r = g.r
    n = r.randint(3, 7)
    if k == 0:
        d.t("SKU\t品名\t规格\t单价\t库存\n")
        for _ in range(n):
            d.t(f"SKU{g.digits(8)}\t{g.pick(['保温杯', '数据线', '充电宝', '蓝牙耳机', '鼠标垫'])}\t{g.pick(['500ml', '1m', '10000mAh', '黑色', 'L'])}\t{g.money()}\t{r.randint(0, 9999)}\n")
    elif k == 1:
        d.t("价目表（含税） 条码|商品|零售价|会员价\n")
        for _ in range(n):
            d.t(f"{g.safe(lambda: '69' + g.digits(11))}|{g.pick(['矿泉水', '方便面', '牛奶', '纸巾'])}|{r.randint(1, 99)}.{r.randint(0, 9)}0|{r.randint(1, 99)}.00\n")
    elif k == 2:
        d.t("订单编号,交易单号,下单时间,实付金额,状态\n")
        for _ in range(n):
            d.t(f"{g.order_no()},{g.trade_no()},{g.ts()},{g.money()},{g.pick(['已完成', '已退款', '待发货'])}\n")
    elif k == 3:
        d.t("脱敏后数据（可外发）：\n手机----身份证----卡号----邮箱\n")
        for _ in range(n):
            d.t(f"{g.mask_mob()}----{g.mask_id()}----{g.mask_card()}----{g.mask_email()}\n")
    elif k == 4:
        d.t("user_hash----pwd_md5\n")
        for _ in range(n):
            d.t(f"{g.sha1()}----{g.md5()}\n")
    elif k == 5:
        d.t("# 测试数据，校验位均错误，勿当真实数据\n身份证\t手机\t卡号\n")
        def row():
            s, _b = g.idno()
            bad = s[:17] + g.pick([c for c in "0123456789X" if c != s[17]])
            c = g.bank()
            badc = c[:-1] + str((int(c[-1]) + r.randint(1, 9)) % 10)
            mob = g.pick(["10", "11", "12"]) + g.digits(9)
            return f"{bad}\t{mob}\t{badc}\n"
        for _ in range(n):
            d.t(g.safe(row))
    elif k == 6:
        for _ in range(n):
            d.t(f"{g.ts()} INFO [worker-{r.randint(1, 16)}] qps={r.randint(100, 9999)} count={r.randint(10000, 99999999)} latency_ms={r.randint(1, 999)} host={g.private_ip()}\n")
    elif k == 7:
        d.t("设备入库单\nIMEI\tICCID\t型号\t批次\n")
        for _ in range(n):
            d.t(f"{g.imei()}\t{g.iccid()}\t{g.pick(['Mate60', 'iPhone15', 'K70'])}\tB{g.digits(8, '2')}\n")
    elif k == 8:
        d.t("发票代码|发票号码|开票日期|购方税号|金额|税额\n")
        for _ in range(n):
            d.t(f"0{g.digits(11)}|{g.digits(8)}|{g.date(2022, 2024).isoformat()}|{g.uscc()}|{g.money()}|{r.randint(1, 999)}.{r.randint(0, 99):02d}\n")
    elif k == 9:
        d.t("号段归属地表（H码）\n")
        for _ in range(n):
            d.t(f"{g.pick(MOB_SEGS)}{g.digits(4)}\t{g.pick(['浙江', '广东', '江苏', '四川'])}\t{g.pick(['杭州', '深圳', '南京', '成都'])}\t{g.pick(['移动', '联通', '电信'])}\n")
    elif k == 10:
        d.t("物流轨迹批量导出\n")
        for _ in range(n):
            d.t(f"{g.waybill()}  {g.ts()}  {g.pick(['已揽收', '运输中', '派件中', '已签收'])}  网点编码 {g.digits(6, '5')}  版本 v{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 99)}\n")
    else:
        d.t("车辆出厂清单\nVIN\t车型\t颜色\t出厂日期\n")
        for _ in range(n):
            d.t(f"{g.vin()}\t{g.pick(['轿车', 'SUV', 'MPV'])}\t{g.pick(['白', '黑', '灰'])}\t{g.date(2020, 2024).isoformat()}\n")
        d.t(f"固件 build 10.0.{r.randint(19000, 22631)}.{r.randint(1, 3999)}  统计: {r.randint(100, 999)} 台\n")


GENRES = {"dash_dumps": (dash_dumps, 12), "pipe_tables": (pipe_tables, 12), "sql_snippets": (sql_snippets, 11),
          "json_breach": (json_breach, 10), "sample_posts": (sample_posts, 10), "hotel_express": (hotel_express, 12),
          "school_medical": (school_medical, 12), "traps23": (traps23, 12)}

PREFACES = ["", "", "", "", "案卷材料摘录：\n", "（以下内容由报案人提供）\n", "证据截图OCR：\n", "客户发来的文件片段👇\n",
            "附：涉案数据样本\n", "律师备注：以下原样粘贴，未改动\n", "【取证】\n"]


def build():
    g = Gen(SEED)
    docs = []
    for genre, count in GENRE_COUNTS:
        fn, nt = GENRES[genre]
        order = [i % nt for i in range(count)]
        g.r.shuffle(order)
        for i, k in enumerate(order):
            d = Doc(crlf=g.chance(0.06))
            pre = g.pick(PREFACES) if genre not in TRAP_GENRES else g.pick(["", "", "附件内容：\n", "（非个人数据）\n"])
            d.t(pre)
            fn(g, d, k)
            if g.chance(0.15):
                d.t(g.pick(["\n", "  \n", "……\n", "(未完)\n", "\n--end--\n"]))
            text = d.text()
            docs.append({"id": f"{NAME}-{genre}-{i + 1:03d}", "genre": genre, "text": text, "spans": sorted(d.spans)})
    validate(docs)
    return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in docs)


def validate(docs):
    ids = set()
    for o in docs:
        if o["id"] in ids:
            raise ValueError("duplicate id " + o["id"])
        ids.add(o["id"])
        text, spans = o["text"], o["spans"]
        if o["genre"] in TRAP_GENRES and spans:
            raise ValueError(f"{o['id']}: trap has spans")
        prev = 0
        for s, e, typ in spans:
            if typ not in TYPES:
                raise ValueError(f"{o['id']}: bad type {typ}")
            if s < prev:
                raise ValueError(f"{o['id']}: overlapping spans at {s}")
            prev = e
            val = text[s:e]
            if not val or edge_bad(val, typ, True) or edge_bad(val, typ, False):
                raise ValueError(f"{o['id']}: bad span edge {val!r}")
            if not VALIDATORS[typ](val):
                raise ValueError(f"{o['id']}: {typ} does not validate: {val!r}")
            # value must not continue into adjacent digits/letters
            if s > 0 and text[s - 1].isascii() and text[s - 1].isalnum():
                raise ValueError(f"{o['id']}: span glued on the left {text[s - 5:e]!r}")
            if e < len(text) and text[e].isascii() and text[e].isalnum():
                raise ValueError(f"{o['id']}: span glued on the right {text[s:e + 5]!r}")
        chars = list(text)
        for s, e, _ in spans:
            for i in range(s, e):
                chars[i] = "#"
        leaks = find_leaks("".join(chars))
        if leaks:
            raise ValueError(f"{o['id']}: unlabelled value(s) {leaks}")


def main():
    data = build()
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as f:
            if f.read() != data:
                raise SystemExit("probe23.jsonl differs from a fresh build")
        print("ok: identical")
        return
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write(data)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
