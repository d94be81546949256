"""Fake value generators, validators and accident checks for probe 9.

Written blind to leakaid's detector: every rule here comes from the probe brief and public standards
(GB 11643 via python-stdnum, Luhn, GB/T 2260 via stdnum's table, mainland number segments, area codes).
Nothing here imports leakaid.
"""

from __future__ import annotations

import datetime
import ipaddress
import random
import re

from stdnum import numdb
from stdnum.cn import ric, uscc

TYPES = (
    "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "PLATE", "PASSPORT", "HK_MACAO_PERMIT",
    "IP", "QQ", "WECHAT", "GPS", "BIRTHDATE",
)

# ---------------------------------------------------------------- folding
_FOLD = {chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)}
_FOLD["\u3000"] = " "


def fold(s: str) -> str:
    """Full-width ASCII → ASCII, one character to one character (offsets unchanged)."""
    return "".join(_FOLD.get(ch, ch) for ch in s)


def to_fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


# ---------------------------------------------------------------- reference data
REGIONS = (
    "110101 110102 110105 110106 110108 120101 120103 130102 130104 210102 210103 220102 230103 310101 "
    "310104 310105 310106 310110 320102 320104 320106 330102 330106 340102 350102 350203 360102 370102 "
    "370202 410105 420102 420106 430102 440103 440104 440106 440304 440305 450102 510104 510107 520102 "
    "530102 610103 610113 620102 650102 130602 131102 320583 330302 331002 350582 360502 370305 410302 "
    "411102 421002 441302 445102 500101 500102 510302 511302"
).split()

MOBILE_SEGMENTS = tuple(
    [str(x) for x in range(130, 140)] + ["150", "151", "152", "153", "155", "156", "157", "158", "159", "166"]
    + ["170", "171", "172", "173", "175", "176", "177", "178"] + [str(x) for x in range(180, 190)]
    + ["191", "193", "195", "196", "197", "198", "199"]
)
BAD_MOBILE_PREFIXES = ("100", "101", "102", "103", "104", "105", "106", "107", "108", "109", "110", "112",
                       "113", "115", "116", "118", "120", "121", "122", "123", "124", "125", "126", "127",
                       "128", "129")

# area code → city; all of these cities use 8-digit local numbers
AREA_CODES = {
    "010": "北京", "020": "广州", "021": "上海", "022": "天津", "023": "重庆", "024": "沈阳", "025": "南京",
    "027": "武汉", "028": "成都", "029": "西安", "0755": "深圳", "0571": "杭州", "0512": "苏州",
    "0531": "济南", "0532": "青岛", "0591": "福州", "0731": "长沙", "0311": "石家庄", "0371": "郑州",
    "0551": "合肥", "0451": "哈尔滨", "0431": "长春", "0871": "昆明", "0851": "贵阳", "0791": "南昌",
    "0351": "太原", "0771": "南宁", "0898": "海口", "0574": "宁波", "0592": "厦门", "0769": "东莞",
    "0757": "佛山",
}

# Chinese issuer BINs the probe author is sure of, with the card length used
BINS = {"622202": 19, "622208": 19, "621226": 19, "622848": 19, "622588": 16, "621700": 19, "622700": 19}
BANK_OF_BIN = {"622202": "工商银行", "622208": "工商银行", "621226": "工商银行", "622848": "农业银行",
               "622588": "招商银行", "621700": "建设银行", "622700": "建设银行"}
# used only by the accident check: a Luhn-valid 16–19 digit run with one of these prefixes may be a Chinese card
CHINESE_CARD_PREFIXES = ("62", "436742", "436745", "456351", "427020", "427030", "518710", "524047", "9558")
FOREIGN_TEST_BINS = ("411111", "424242", "555555", "510510", "401288")

PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
PLATE_CITY = {"京": "ABCEFGHJKLMNPQ", "沪": "ABCDEFGHJKLMN", "粤": "ABCDEFGHJKLMNPQRSTUVWXY",
              "浙": "ABCDEFGHJKL", "苏": "ABCDEFGHJKLMN", "川": "ABCDEFHJKLMQRSTUVWXYZ",
              "鄂": "ABCDEFGHJKLMNPQRS", "鲁": "ABCDEFGHJKLMNPQRSUVY", "津": "ABCDEFGHJKLMN",
              "湘": "ABCDEFGHJKLMNU", "豫": "ABCDEFGHJKLMNPQRSU", "陕": "ABCDEFGHJKUV"}

GLOBAL_V4_FIRST = (36, 39, 42, 58, 59, 60, 61, 101, 106, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119,
                   120, 121, 122, 123, 124, 125, 139, 140, 175, 180, 182, 183, 202, 210, 211, 218, 219, 220,
                   221, 222, 223)

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红建华飞鹏辉晨宇浩然子涵梓萱欣怡一诺雨桐思远俊杰志强海燕晓东嘉怡文博"

PINYIN = ("zhang wang li liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie "
          "song tang han feng deng cao peng zeng xiao tian dong yuan pan jiang cai du ye cheng su wei lv ding "
          "shen yao lu jin shi fang bai meng xiong qin qiu yin xue yan duan lei hou long tao he gu mao kong").split()
GIVEN_PY = ("wei fang na min jing li qiang lei jun yang yong yan jie juan tao ming chao xia ping gang hua hui "
            "peng fei chen yu hao ran zihan xinyi yinuo siyuan junjie zhiqiang haiyan xiaodong jiayi wenbo").split()
MAIL_DOMAINS = ("qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "outlook.com", "gmail.com",
                "139.com", "yeah.net", "sohu.com", "aliyun.com")


# ---------------------------------------------------------------- helpers
def luhn_ok(d: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def luhn_digit(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return c
    raise AssertionError


def ric_valid(number: str) -> bool:
    """stdnum.cn.ric.is_valid, except that a province-only region code (KeyError inside stdnum) is invalid."""
    try:
        return ric.is_valid(number)
    except KeyError:
        return False


def region_ok(code6: str) -> bool:
    info = numdb.get("cn/loc").info(code6)
    return any("county" in props for _, props in info)


def name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 1, 2))))


def digits(rng: random.Random, n: int, first: str = "123456789") -> str:
    """n random digits that are not, standing alone, any value the accident check would flag."""
    while True:
        s = rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))
        if not accident_hits(" " + s + " "):
            return s


# ---------------------------------------------------------------- value generators
def gen_id(rng: random.Random, year_lo: int = 1960, year_hi: int = 2004) -> tuple[str, datetime.date]:
    while True:
        reg = rng.choice(REGIONS)
        born = datetime.date(year_lo, 1, 1) + datetime.timedelta(
            days=rng.randrange((datetime.date(year_hi, 12, 31) - datetime.date(year_lo, 1, 1)).days))
        body = reg + born.strftime("%Y%m%d") + f"{rng.randrange(1000):03d}"
        num = body + ric.calc_check_digit(body + "0")
        if ric_valid(num):
            return num, born


def gen_mobile(rng: random.Random) -> str:
    return rng.choice(MOBILE_SEGMENTS) + "".join(rng.choice("0123456789") for _ in range(8))


def gen_landline(rng: random.Random) -> tuple[str, str]:
    ac = rng.choice(sorted(AREA_CODES))
    return ac, rng.choice("2345678") + "".join(rng.choice("0123456789") for _ in range(7))


def gen_card(rng: random.Random, bin_: str | None = None) -> str:
    bin_ = bin_ or rng.choice(sorted(BINS))
    n = BINS[bin_]
    body = bin_ + "".join(rng.choice("0123456789") for _ in range(n - len(bin_) - 1))
    return body + luhn_digit(body)


def gen_email(rng: random.Random, domain: str | None = None) -> str:
    style = rng.randrange(5)
    sur, giv = rng.choice(PINYIN), rng.choice(GIVEN_PY)
    if style == 0:
        local = sur + giv + str(rng.randrange(10, 99))
    elif style == 1:
        local = sur + "." + giv
    elif style == 2:
        local = digits(rng, rng.randrange(6, 11))
    elif style == 3:
        local = giv + "_" + sur + str(rng.randrange(1970, 2005))
    else:
        local = sur[0] + giv + str(rng.randrange(100, 999))
    if local[0].isdigit() and domain is None:
        domain = "qq.com"
    return local + "@" + (domain or rng.choice(MAIL_DOMAINS))


def gen_plate(rng: random.Random, new_energy: bool | None = None) -> str:
    prov = rng.choice(sorted(PLATE_CITY))
    city = rng.choice(PLATE_CITY[prov])
    if new_energy is None:
        new_energy = rng.random() < 0.3
    if new_energy:
        return prov + city + rng.choice("DF") + "".join(rng.choice("0123456789") for _ in range(5))
    while True:
        tail = "".join(rng.choice("0123456789" * 3 + "ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(5))
        if sum(c.isdigit() for c in tail) >= 3:
            return prov + city + tail


def gen_passport(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return "E" + "".join(rng.choice("0123456789") for _ in range(8))
    return "E" + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + "".join(rng.choice("0123456789") for _ in range(7))


def gen_permit(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return "C" + "".join(rng.choice("0123456789") for _ in range(8))
    return "C" + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + "".join(rng.choice("0123456789") for _ in range(7))


def gen_ipv4(rng: random.Random) -> str:
    while True:
        a = f"{rng.choice(GLOBAL_V4_FIRST)}.{rng.randrange(1, 255)}.{rng.randrange(0, 255)}.{rng.randrange(1, 255)}"
        if ipaddress.ip_address(a).is_global:
            return a


def gen_ipv6(rng: random.Random) -> str:
    pre = rng.choice(("240e", "2408", "2409", "2400", "2401"))
    groups = [pre] + [f"{rng.randrange(1, 0xFFFF):x}" for _ in range(3)]
    if rng.random() < 0.5:
        addr = ":".join(groups) + "::" + f"{rng.randrange(1, 0xFFFF):x}"
    else:
        addr = ":".join(groups + [f"{rng.randrange(0, 0xFFFF):x}" for _ in range(4)])
    assert ipaddress.ip_address(addr).is_global
    return addr


def gen_qq(rng: random.Random) -> str:
    while True:
        q = digits(rng, rng.choice((8, 9, 9, 10, 10, 10)))
        if not (len(q) == 11):
            return q


def gen_wechat(rng: random.Random) -> str:
    sur, giv = rng.choice(PINYIN), rng.choice(GIVEN_PY)
    style = rng.randrange(4)
    if style == 0:
        w = f"{sur}{giv}{rng.randrange(1970, 2005)}"
    elif style == 1:
        w = f"wxid_{''.join(rng.choice('abcdefghijkmnpqrstuvwxyz0123456789') for _ in range(12))}"
    elif style == 2:
        w = f"{giv}_{sur}{rng.randrange(10, 99)}"
    else:
        w = f"{sur[0]}{giv}-{rng.randrange(100, 9999)}"
    return w[:20]


def gen_gps(rng: random.Random) -> tuple[float, float, int]:
    lat = rng.uniform(22.2, 45.5)
    lon = rng.uniform(100.5, 126.5)
    return lat, lon, rng.choice((4, 5, 6, 6))


# ---------------------------------------------------------------- look-alike generators
def bad_checksum_id(rng: random.Random) -> str:
    good, _ = gen_id(rng)
    for c in "0123456789X":
        if c != good[-1]:
            bad = good[:-1] + c
            if not ric_valid(bad):
                return bad
    raise AssertionError


def impossible_date_id(rng: random.Random) -> str:
    reg = rng.choice(REGIONS)
    y = rng.randrange(1970, 2000)
    md = rng.choice(("0230", "0231", "1301", "0011", "0432", "1532", "0631", "1100"))
    body = reg + str(y) + md + f"{rng.randrange(1000):03d}"
    num = body + ric.calc_check_digit(body + "0")
    assert not ric_valid(num)
    return num


def ocr_broken_id(rng: random.Random) -> str:
    """A valid ID with one digit misread as another (3→8, 1→7, 6→5, 5→6, 2→7, 4→9) plus O for 0:
    invalid as written and still invalid after folding O→0."""
    misread = {"3": "8", "1": "7", "6": "5", "5": "6", "2": "7", "4": "9", "7": "1", "8": "3"}
    while True:
        good, _ = gen_id(rng)
        pos = [i for i in range(6, 17) if good[i] in misread]
        if not pos:
            continue
        i = rng.choice(pos)
        bad = good[:i] + misread[good[i]] + good[i + 1:]
        if ric_valid(bad):
            continue
        zeros = [j for j in range(len(bad)) if bad[j] == "0"]
        if zeros:
            j = rng.choice(zeros)
            bad = bad[:j] + "O" + bad[j + 1:]
        return bad


def masked_id(rng: random.Random) -> str:
    good, _ = gen_id(rng)
    return good[:6] + "********" + good[-4:]


def masked_mobile(rng: random.Random) -> str:
    m = gen_mobile(rng)
    return m[:3] + "****" + m[-4:]


def masked_card(rng: random.Random) -> str:
    c = gen_card(rng)
    return c[:4] + rng.choice(("****", " **** **** ", "*********")) + c[-4:]


def bad_mobile(rng: random.Random) -> str:
    return rng.choice(BAD_MOBILE_PREFIXES) + "".join(rng.choice("0123456789") for _ in range(8))


def bad_luhn_card(rng: random.Random) -> str:
    c = gen_card(rng)
    last = str((int(c[-1]) + rng.randrange(1, 10)) % 10)
    return c[:-1] + last


def foreign_luhn(rng: random.Random) -> str:
    b = rng.choice(FOREIGN_TEST_BINS)
    body = b + "".join(rng.choice("0123456789") for _ in range(16 - len(b) - 1))
    return body + luhn_digit(body)


def luhn_serial(rng: random.Random, n: int) -> str:
    """A Luhn-valid n-digit number starting with 1/2/7/8 (never a Chinese card BIN)."""
    while True:
        body = rng.choice("1278") + "".join(rng.choice("0123456789") for _ in range(n - 2))
        s = body + luhn_digit(body)
        if not accident_hits(" " + s + " "):
            return s


def imei(rng: random.Random) -> str:
    while True:
        body = rng.choice(("86", "86", "35")) + "".join(rng.choice("0123456789") for _ in range(12))
        s = body + luhn_digit(body)
        if not accident_hits(" " + s + " "):
            return s


def iccid(rng: random.Random) -> str:
    body = "8986" + rng.choice(("00", "01", "03", "11")) + "".join(rng.choice("0123456789") for _ in range(13))
    return body + luhn_digit(body)


def mac(rng: random.Random, sep: str = ":") -> str:
    return sep.join(f"{rng.randrange(256):02X}" for _ in range(6))


def uuid4(rng: random.Random) -> str:
    h = f"{rng.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:32]}"


def hexid(rng: random.Random, n: int = 32) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def ts13(rng: random.Random) -> str:
    return str(rng.randrange(1_690_000_000_000, 1_735_000_000_000))


def private_ip(rng: random.Random) -> str:
    k = rng.randrange(7)
    if k == 0:
        return f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    if k == 1:
        return f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    if k == 2:
        return f"192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    if k == 3:
        return "127.0.0.1"
    if k == 4:
        return f"100.{rng.randrange(64, 128)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    if k == 5:
        return f"169.254.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    return rng.choice(("192.0.2.", "198.51.100.", "203.0.113.")) + str(rng.randrange(1, 255))


def version4(rng: random.Random) -> str:
    return f"{rng.randrange(1, 12)}.{rng.randrange(0, 10)}.{rng.randrange(0, 30)}.{rng.randrange(1, 3000)}"


def coarse_coord(rng: random.Random) -> str:
    lat, lon, _ = gen_gps(rng)
    d = rng.choice((2, 3))
    return f"{lat:.{d}f}, {lon:.{d}f}"


def uscc_code(rng: random.Random) -> str:
    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    while True:
        body = rng.choice(("91", "92", "12", "52")) + rng.choice(REGIONS) + "MA" + "".join(
            rng.choice(alphabet) for _ in range(7))
        code = body + uscc.calc_check_digit(body)
        if uscc.is_valid(code):
            return code


def order_no(rng: random.Random, n: int | None = None) -> str:
    n = n or rng.choice((17, 18, 19, 20))
    return digits(rng, n, first="2345789")


def amount(rng: random.Random, hi: int = 5000) -> str:
    return f"{rng.randrange(1, hi)}.{rng.randrange(100):02d}"


def date_str(rng: random.Random, y0: int = 2019, y1: int = 2024) -> datetime.date:
    return datetime.date(y0, 1, 1) + datetime.timedelta(days=rng.randrange((y1 - y0 + 1) * 365))


# ---------------------------------------------------------------- validators
_SEP = re.compile(r"[\s\-\.·—_]")
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
_PLATE = re.compile(rf"[{PROVINCES}][A-HJ-NP-Z][·\s]?(?:[DF][0-9]{{5}}|[A-HJ-NP-Z0-9]{{5}})")
_DATE_PATTERNS = (
    re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日?"),
    re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})"),
    re.compile(r"(\d{4})(\d{2})(\d{2})"),
    re.compile(r"(\d{1,2})(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(\d{4})"),
)
MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
_GPS = re.compile(r"[NS]?(-?\d{1,2}\.(\d{4,}))°?[NS]?\s*[,，/ ]\s*[EW]?(-?\d{1,3}\.(\d{4,}))°?[EW]?")


def mobile_ok(d: str) -> bool:
    return len(d) == 11 and d.isdigit() and d[:3] in MOBILE_SEGMENTS


def intl_mobile_ok(compact: str) -> bool:
    """+852 / +853 / +886 / +1 numbers written with their country code (compact: separators removed)."""
    c = compact.replace("(", "").replace(")", "")
    if c.startswith("00"):
        c = "+" + c[2:]
    if c.startswith("+852"):
        r = c[4:]
        return len(r) == 8 and r.isdigit() and r[0] in "5679"
    if c.startswith("+853"):
        r = c[4:]
        return len(r) == 8 and r.isdigit() and r[0] == "6"
    if c.startswith("+886"):
        r = c[4:]
        return len(r) == 9 and r.isdigit() and r[0] == "9"
    if c.startswith("+1"):
        r = c[2:]
        return (len(r) == 10 and r.isdigit() and r[0] in "23456789" and r[3] in "23456789"
                and r[:3] not in ("800", "888", "877", "866", "855", "844", "833") and r[3:6] != "555")
    return False


def validate(typ: str, raw: str) -> bool:
    s = fold(raw)
    if s != s.strip():
        return False
    if typ == "ID_CARD":
        c = _SEP.sub("", s).upper()
        return len(c) == 18 and ric_valid(c) and 1930 <= int(c[6:10]) <= 2010
    if typ == "MOBILE":
        c = _SEP.sub("", s)
        if c.startswith(("+852", "+853", "+886", "+1", "(+852)", "00852", "00853", "00886")):
            return intl_mobile_ok(c)
        for p in ("(+86)", "+86", "0086"):
            if c.startswith(p):
                c = c[len(p):]
                break
        return mobile_ok(c)
    if typ == "LANDLINE":
        c = _SEP.sub("", s)
        if c.startswith("+86"):
            c = "0" + c[3:]
        for ac in AREA_CODES:
            if c.startswith(ac):
                rest = c[len(ac):]
                return len(rest) == 8 and rest.isdigit() and rest[0] in "2345678"
        return False
    if typ == "BANK_CARD":
        c = _SEP.sub("", s)
        return (c.isdigit() and 16 <= len(c) <= 19 and luhn_ok(c)
                and any(c.startswith(b) and len(c) == n for b, n in BINS.items()))
    if typ == "EMAIL":
        return _EMAIL.fullmatch(s) is not None
    if typ == "PLATE":
        m = _PLATE.fullmatch(s)
        return m is not None and (s[-6:-5] in "DF" and s[-5:].isdigit() or sum(c.isdigit() for c in s) >= 3)
    if typ == "PASSPORT":
        return re.fullmatch(r"E(?:\d{8}|[A-HJ-NP-Z]\d{7})", s) is not None
    if typ == "HK_MACAO_PERMIT":
        return re.fullmatch(r"C(?:\d{8}|[A-HJ-NP-Z]\d{7})", s) is not None
    if typ == "IP":
        try:
            return ipaddress.ip_address(s).is_global
        except ValueError:
            return False
    if typ == "QQ":
        return re.fullmatch(r"[1-9]\d{4,10}", s) is not None
    if typ == "WECHAT":
        return re.fullmatch(r"[A-Za-z][-_A-Za-z0-9]{5,19}", s) is not None
    if typ == "GPS":
        m = _GPS.fullmatch(s)
        if not m:
            return False
        lat, lon = abs(float(m.group(1))), abs(float(m.group(3)))
        return lat <= 90 and lon <= 180 and lat > 1 and lon > 1
    if typ == "BIRTHDATE":
        c = s.replace(" ", "")
        for p in _DATE_PATTERNS:
            m = p.fullmatch(c)
            if m:
                y, mo, dd = m.group(1), m.group(2), m.group(3)
                if mo in MONTHS:
                    y, mo, dd = dd, str(MONTHS.index(mo) + 1), y
                try:
                    d = datetime.date(int(y), int(mo), int(dd))
                except ValueError:
                    return False
                return 1930 <= d.year <= 2010
        return False
    raise ValueError(typ)


# ---------------------------------------------------------------- cue checks for the context-gated types
CUES = {
    "QQ": ("QQ", "qq", "扣扣", "Q号"),
    "WECHAT": ("微信", "WeChat", "wechat", "vx", "VX", "wx", "weixin"),
    "PASSPORT": ("护照", "Passport", "passport"),
    "HK_MACAO_PERMIT": ("通行证", "港澳"),
    "BIRTHDATE": ("出生", "生日", "DOB", "BDAY", "birth", "Birth"),
}


def has_cue(text: str, start: int, end: int, typ: str) -> bool:
    """A cue word on the value's line within 20 characters before it, right after it (…出生), or in the
    header line of its CSV block (the nearest preceding line that holds the cue and a comma)."""
    cues = CUES[typ]
    ls = text.rfind("\n", 0, start) + 1
    before = text[max(ls, start - 20):start]
    after = text[end:end + 3]
    if any(c in before for c in cues) or (typ == "BIRTHDATE" and after.startswith(("出生", "生"))):
        return True
    # CSV / table column: the header is the first line of the block of lines sharing the row's separator
    le = text.find("\n", start)
    row = text[ls:le if le >= 0 else len(text)]
    seps = [c for c in (",", "|", "\t") if c in row]
    if not seps:
        return False
    col_sep = seps[0]
    lines = text[:ls].split("\n")[:-1]
    header = None
    for ln in reversed(lines):
        if col_sep not in ln:
            break
        header = ln
    if header is None:
        return False
    idx = row[: start - ls].count(col_sep)
    cols = header.split(col_sep)
    return idx < len(cols) and any(c in cols[idx] for c in cues)


# ---------------------------------------------------------------- accident check
_VERSION_BEFORE = re.compile(
    r"(?:[/vV]|svc:|版本号?[:：\s]*|(?:[Vv]ersion|[Vv]er|build)\"?[:=\s]*\"?|固件[:：\s]*)$")
_RUN = re.compile(r"(?<![0-9])[0-9]+(?:[ \-][0-9]+)*(?![0-9])")
_DIGITS = re.compile(r"(?<![0-9])[0-9]+(?![0-9])")
_IDX = re.compile(r"(?<![0-9])[0-9]{6}[ \-]?[0-9]{4}[ \-]?[0-9]{4}[ \-]?[0-9]{3}[0-9Xx](?![0-9A-Za-z])")
_IPV4 = re.compile(r"(?<![0-9.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![0-9]|\.[0-9])")
_IPV6 = re.compile(r"(?<![0-9A-Fa-f:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![0-9A-Fa-f:])")
_PASS = re.compile(r"(?<![A-Za-z0-9])[ECGecg][A-Za-z0-9]\d{7}(?![A-Za-z0-9])")
_LAND = re.compile(r"(?<![0-9])(0\d{2,3})[ \-)]?\s?(\d{3,4})[ \-]?(\d{4})(?![0-9])")
_GPSX = re.compile(r"\d{1,3}\.\d{4,}°?[NSEW]?\s*[,，/ ]\s*[NSEW]?\d{1,3}\.\d{4,}")
_QQX = re.compile(r"(?:QQ|qq|扣扣)(?!群)[^\n0-9]{0,6}?[1-9]\d{4,10}(?![0-9])")
_WXX = re.compile(r"(?:微信|WeChat|wechat|vx|VX|wx)(?:号|ID|id)?[:：\s]{0,3}[A-Za-z][-_A-Za-z0-9]{5,19}")
_BIRTHX = re.compile(r"(?:出生|生日|DOB|BDAY)[^\n0-9]{0,6}\d{4}\s*[年\-/.]?\s*\d{1,2}")


def _number_hit(d: str) -> str | None:
    n = len(d)
    if n == 11 and d[0] == "1" and d[1] in "3456789":
        return "MOBILE-SHAPED"  # any 1[3-9] 11-digit run, also segments outside the labelled list (14x, 192…)
    if n == 13 and d.startswith("86") and mobile_ok(d[2:]):
        return "MOBILE"
    if n == 15 and d.startswith("0086") and mobile_ok(d[4:]):
        return "MOBILE"
    if 16 <= n <= 19 and luhn_ok(d) and d.startswith(CHINESE_CARD_PREFIXES):
        return "BANK_CARD"
    if n == 15 and region_ok(d[:6]):
        try:
            datetime.date(1900 + int(d[6:8]), int(d[8:10]), int(d[10:12]))
            return "ID_CARD(15)"
        except ValueError:
            pass
    if n == 18 and ric_valid(d):
        return "ID_CARD"
    if n in (10, 11, 12) and d[0] == "0":
        for ac in AREA_CODES:
            if d.startswith(ac) and len(d) - len(ac) == 8 and d[len(ac)] in "2345678":
                return "LANDLINE"
    return None


def accident_hits(text: str) -> list[tuple[int, str, str]]:
    """Values in text (spans already blanked out) that a correct detector would have to report."""
    t = fold(text)
    hits: list[tuple[int, str, str]] = []
    for m in _DIGITS.finditer(t):
        h = _number_hit(m.group())
        if h:
            hits.append((m.start(), h, m.group()))
    for m in _RUN.finditer(t):
        if " " in m.group() or "-" in m.group():
            h = _number_hit(re.sub(r"[ \-]", "", m.group()))
            if h:
                hits.append((m.start(), h, m.group()))
    for m in _IDX.finditer(t):
        if ric_valid(re.sub(r"[ \-]", "", m.group()).upper()):
            hits.append((m.start(), "ID_CARD", m.group()))
    for m in _EMAIL.finditer(t):
        hits.append((m.start(), "EMAIL", m.group()))
    for m in _IPV4.finditer(t):
        try:
            ip = ipaddress.ip_address(m.group())
        except ValueError:
            continue
        if ip.is_global and not _VERSION_BEFORE.search(t[max(0, m.start() - 12):m.start()]):
            hits.append((m.start(), "IP", m.group()))
    for m in _IPV6.finditer(t):
        try:
            ip = ipaddress.ip_address(m.group())
        except ValueError:
            continue
        if ip.is_global:
            hits.append((m.start(), "IP", m.group()))
    for m in _PASS.finditer(t):
        hits.append((m.start(), "PASSPORT/PERMIT", m.group()))
    for m in _PLATE.finditer(t):
        hits.append((m.start(), "PLATE", m.group()))
    for m in _LAND.finditer(t):
        ac = m.group(1)
        local = m.group(2) + m.group(3)
        if ac in AREA_CODES and len(local) == 8 and local[0] in "2345678":
            hits.append((m.start(), "LANDLINE", m.group()))
    for rx, typ in ((_GPSX, "GPS"), (_QQX, "QQ"), (_WXX, "WECHAT"), (_BIRTHX, "BIRTHDATE")):
        for m in rx.finditer(t):
            hits.append((m.start(), typ, m.group()))
    return hits
