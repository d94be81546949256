"""Fake-value generators and independent validators for probe 7.

Every generator takes a ``random.Random`` so that builds are reproducible. Every value is synthetic: ID numbers
are built from a real GB/T 2260 code, a random birth date, a random sequence and a computed check character;
bank cards from a real Chinese issuer BIN, random digits and a computed Luhn digit; phones from real segments
with random subscriber digits. Validators use python-stdnum / phonenumbers / ipaddress, never leakaid.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import random
import re

import phonenumbers
from stdnum import luhn
from stdnum.cn import ric

# ---------------------------------------------------------------- folding

_FW = {chr(0xFF01 + i): chr(0x21 + i) for i in range(94)}
_FW["\u3000"] = " "


def fold(s: str) -> str:
    """Full-width ASCII → half-width, one character to one character."""
    return "".join(_FW.get(c, c) for c in s)


def fw(s: str) -> str:
    """Half-width digits/letters/+()- → full-width (the obfuscation people use)."""
    out = []
    for c in s:
        if "!" <= c <= "~":
            out.append(chr(ord(c) - 0x21 + 0xFF01))
        else:
            out.append(c)
    return "".join(out)


# ---------------------------------------------------------------- reference data (public facts)

# GB/T 2260 county-level codes (current); each is re-checked with stdnum.cn.ric for the birth year.
REGIONS = [
    "110101", "110102", "110105", "110106", "110108", "120101", "120104", "130102", "130104", "140105",
    "150102", "210102", "210202", "220102", "230103", "310101", "310104", "310105", "310112", "310115",
    "320102", "320106", "320205", "320503", "330102", "330106", "330203", "330302", "340103", "340104",
    "350102", "350203", "360102", "370102", "370202", "410105", "410305", "420102", "420106", "430102",
    "430104", "440103", "440104", "440106", "440304", "440305", "440306", "450103", "460105", "500103",
    "500106", "510104", "510107", "520102", "530102", "610103", "610113", "620102", "630102", "640104",
]

MOBILE_SEGMENTS = (
    [str(x) for x in range(130, 140)] + ["145", "147"] + ["150", "151", "152", "153"]
    + [str(x) for x in range(155, 160)] + ["166"] + [str(x) for x in range(170, 179)]
    + [str(x) for x in range(180, 190)] + ["191", "193"] + [str(x) for x in range(195, 200)]
)
# common segments get more weight so the texts look real
COMMON_SEGMENTS = ["138", "139", "135", "136", "137", "186", "187", "188", "150", "151", "152", "158",
                   "159", "133", "189", "177", "180", "181", "182", "183", "185", "199", "131", "132",
                   "155", "156", "166", "176", "191", "198", "173", "153", "157", "147", "130", "134"]

AREA_CODES = {  # area code → (city, local length)
    "010": ("北京", 8), "021": ("上海", 8), "020": ("广州", 8), "022": ("天津", 8), "023": ("重庆", 8),
    "024": ("沈阳", 8), "025": ("南京", 8), "027": ("武汉", 8), "028": ("成都", 8), "029": ("西安", 8),
    "0755": ("深圳", 8), "0571": ("杭州", 8), "0512": ("苏州", 8), "0532": ("青岛", 8), "0731": ("长沙", 8),
    "0591": ("福州", 8), "0592": ("厦门", 7), "0871": ("昆明", 8), "0371": ("郑州", 8), "0551": ("合肥", 7),
    "0769": ("东莞", 8), "0757": ("佛山", 8), "0574": ("宁波", 8), "0311": ("石家庄", 8), "0451": ("哈尔滨", 8),
}

BINS = {  # BIN → (bank, length)
    "622202": ("工商银行", 19), "621226": ("工商银行", 19), "621700": ("建设银行", 19),
    "622700": ("建设银行", 19), "622848": ("农业银行", 19), "623052": ("农业银行", 19),
    "622588": ("招商银行", 16), "621483": ("招商银行", 16), "622262": ("交通银行", 19),
    "621661": ("中国银行", 19), "436742": ("建设银行", 16), "621785": ("中国银行", 19),
}
CN_CARD_PREFIXES = tuple(BINS) + ("62",)

PROVINCES_S = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
PROVINCES_T = "京津滬渝冀豫雲遼黑湘皖魯新蘇浙贛鄂桂甘晉蒙陝吉閩貴粵青藏川寧瓊"
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I, O

CITIES_GPS = [  # (name, lat, lon)
    ("北京", 39.9087, 116.3975), ("上海", 31.2304, 121.4737), ("广州", 23.1291, 113.2644),
    ("深圳", 22.5431, 114.0579), ("杭州", 30.2741, 120.1551), ("成都", 30.5728, 104.0668),
    ("武汉", 30.5928, 114.3055), ("西安", 34.3416, 108.9398), ("南京", 32.0603, 118.7969),
    ("重庆", 29.5630, 106.5516), ("香港", 22.3193, 114.1694), ("澳門", 22.1987, 113.5439),
]

# ---------------------------------------------------------------- generators


def birth_date(rng: random.Random, lo: int = 1952, hi: int = 2004) -> dt.date:
    start = dt.date(lo, 1, 1).toordinal()
    end = dt.date(hi, 12, 28).toordinal()
    return dt.date.fromordinal(rng.randint(start, end))


def id_card(rng: random.Random, born: dt.date | None = None, region: str | None = None) -> str:
    for _ in range(100):
        reg = region or rng.choice(REGIONS)
        b = born or birth_date(rng)
        body = f"{reg}{b:%Y%m%d}{rng.randint(1, 999):03d}"
        num = body + ric.calc_check_digit(body + "0")
        if ric.is_valid(num):
            return num
        region = None
    raise RuntimeError("no valid ID")


def mobile(rng: random.Random) -> str:
    seg = rng.choice(COMMON_SEGMENTS) if rng.random() < 0.8 else rng.choice(MOBILE_SEGMENTS)
    return seg + f"{rng.randint(0, 99999999):08d}"


def hk_mobile(rng: random.Random) -> str:
    while True:
        n = rng.choice("5689") + f"{rng.randint(0, 9999999):07d}"
        if _intl_type("+852" + n) == "mobile":
            return n


def mo_mobile(rng: random.Random) -> str:
    while True:
        n = "6" + rng.choice("2356") + f"{rng.randint(0, 999999):06d}"
        if _intl_type("+853" + n) == "mobile":
            return n


def tw_mobile(rng: random.Random) -> str:
    while True:
        n = "9" + f"{rng.randint(10, 89)}" + f"{rng.randint(0, 999999):06d}"
        if _intl_type("+886" + n) == "mobile":
            return n


def hk_landline(rng: random.Random) -> str:
    while True:
        n = rng.choice("23") + f"{rng.randint(0, 9999999):07d}"
        if _intl_type("+852" + n) == "fixed":
            return n


def landline(rng: random.Random, area: str | None = None) -> tuple[str, str]:
    for _ in range(100):
        a = area or rng.choice(list(AREA_CODES))
        n = AREA_CODES[a][1]
        local = str(rng.randint(2, 8)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))
        if is_landline(a + local):
            return a, local
    raise RuntimeError


def bank_card(rng: random.Random, bin_: str | None = None) -> str:
    b = bin_ or rng.choice([k for k in BINS if k != "436742"])
    length = BINS[b][1]
    body = b + "".join(str(rng.randint(0, 9)) for _ in range(length - len(b) - 1))
    return body + luhn.calc_check_digit(body)


_PINYIN = ["zhang", "wang", "li", "zhao", "liu", "chen", "yang", "huang", "zhou", "wu", "xu", "sun", "ma",
           "zhu", "hu", "guo", "he", "lin", "luo", "gao", "zheng", "liang", "xie", "song", "tang", "han",
           "feng", "deng", "cao", "peng", "zeng", "xiao", "tian", "dong", "pan", "yuan", "cai", "jiang"]
_GIVEN = ["wei", "fang", "na", "min", "jing", "lei", "qiang", "jun", "yang", "yong", "yan", "jie", "tao",
          "ming", "chao", "xiuying", "hua", "hui", "ping", "gang", "lin", "xin", "yu", "hao", "kai", "ting"]
_DOMAINS = ["qq.com", "163.com", "126.com", "sina.com", "gmail.com", "outlook.com", "foxmail.com",
            "139.com", "yeah.net", "hotmail.com", "sohu.com", "aliyun.com", "icloud.com",
            "hzlk-tech.com.cn", "xinyuan-law.cn", "mail.sdu-alumni.org", "jinfeng-wuye.com"]


def email(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.2:
        local = str(rng.randint(10000, 3999999999))
        return f"{local}@qq.com"
    a, b = rng.choice(_PINYIN), rng.choice(_GIVEN)
    style = rng.randrange(5)
    local = [f"{a}{b}", f"{a}.{b}", f"{b}_{a}{rng.randint(1, 99)}", f"{a}{b}{rng.randint(1970, 2005)}",
             f"{a[0]}{b}{rng.randint(100, 999)}"][style]
    return f"{local}@{rng.choice(_DOMAINS)}"


def plate(rng: random.Random, nev: bool | None = None, trad: bool = False) -> str:
    """Plate without a separator (caller inserts ``·`` or a space after the second character if wanted)."""
    prov = (PROVINCES_T if trad else PROVINCES_S)[rng.randrange(len(PROVINCES_S))]
    office = rng.choice(PLATE_LETTERS)
    if nev is None:
        nev = rng.random() < 0.3
    if nev:
        if rng.random() < 0.75:
            tail = rng.choice("DF") + rng.choice(PLATE_LETTERS + "0123456789") + f"{rng.randint(0, 9999):04d}"
        else:
            tail = f"{rng.randint(0, 99999):05d}" + rng.choice("DF")
    else:
        letters = rng.choice([0, 0, 1, 1, 2])
        chars = [rng.choice(PLATE_LETTERS) for _ in range(letters)] + [str(rng.randint(0, 9)) for _ in range(5 - letters)]
        rng.shuffle(chars)
        tail = "".join(chars)
    return prov + office + tail


def passport(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.5:
        return "E" + f"{rng.randint(0, 99999999):08d}"
    if r < 0.85:
        return "E" + rng.choice(PLATE_LETTERS) + f"{rng.randint(0, 9999999):07d}"
    return "G" + f"{rng.randint(0, 99999999):08d}"


def hk_permit(rng: random.Random, kind: str = "mainland") -> str:
    """Mainland 往来港澳通行证 (C + 8 digits, or C + letter + 7 digits); ``kind='home'`` → 回乡证 H/M + 8 or 10."""
    if kind == "home":
        return rng.choice("HM") + (f"{rng.randint(0, 99999999):08d}" if rng.random() < 0.6
                                   else f"{rng.randint(0, 9999999999):010d}")
    if rng.random() < 0.5:
        return "C" + f"{rng.randint(0, 99999999):08d}"
    return "C" + rng.choice(PLATE_LETTERS) + f"{rng.randint(0, 9999999):07d}"


def public_ipv4(rng: random.Random) -> str:
    while True:
        first = rng.choice([36, 39, 42, 58, 59, 60, 61, 101, 106, 110, 112, 113, 114, 115, 116, 117, 119, 120,
                            121, 122, 123, 124, 125, 139, 140, 171, 175, 180, 182, 183, 202, 210, 211, 218,
                            219, 220, 221, 222, 223])
        ip = f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        if is_public_ip(ip):
            return ip


def public_ipv6(rng: random.Random) -> str:
    while True:
        head = rng.choice(["240e", "2408", "2409", "2400", "2001:da8", "2402"])
        groups = head.split(":") + [f"{rng.randint(0, 0xffff):x}" for _ in range(8 - len(head.split(":")))]
        if rng.random() < 0.5:
            groups[4:7] = ["0", "0", "0"]
        s = str(ipaddress.IPv6Address(":".join(groups)))
        if is_public_ip(s):
            return s


def gps(rng: random.Random, city: str | None = None, decimals: int | None = None) -> tuple[str, str]:
    c = [x for x in CITIES_GPS if x[0] == city][0] if city else rng.choice(CITIES_GPS)
    d = decimals or rng.choice([4, 5, 6, 6])
    lat = c[1] + rng.uniform(-0.08, 0.08)
    lon = c[2] + rng.uniform(-0.08, 0.08)
    return f"{lat:.{d}f}", f"{lon:.{d}f}"


def qq(rng: random.Random) -> str:
    while True:
        n = str(rng.randint(10000, 3999999999)) if rng.random() < 0.85 else str(rng.randint(10000, 99999))
        if not (len(n) == 11 and is_mobile(n)):
            return n


_WX_WORDS = ["lucky", "sunny", "tiger", "xiaomi", "mango", "coco", "momo", "leo", "amy", "kevin", "jack",
             "lily", "panda", "rain", "star", "yoyo", "wind", "blue", "daisy", "summer"]


def wechat(rng: random.Random) -> str:
    while True:
        a = rng.choice(_WX_WORDS + _PINYIN)
        b = rng.choice([str(rng.randint(1, 9999)), rng.choice(_GIVEN), str(rng.randint(1975, 2005)), "wx"])
        sep = rng.choice(["", "_", "-", ""])
        w = a + sep + b
        if rng.random() < 0.3:
            w = w[0].upper() + w[1:]
        if 6 <= len(w) <= 20 and is_wechat(w):
            return w


def fmt_date(d: dt.date, style: int) -> str:
    return [f"{d:%Y-%m-%d}", f"{d.year}/{d.month}/{d.day}", f"{d.year}年{d.month}月{d.day}日", f"{d:%Y.%m.%d}",
            f"{d:%Y%m%d}", f"{d:%Y/%m/%d}", f"{d.year}年{d.month:02d}月{d.day:02d}日"][style]


# ---------------------------------------------------------------- validators


def is_id_card(s: str) -> bool:
    c = re.sub(r"[\s\-]", "", fold(s)).upper()
    return len(c) == 18 and ric.is_valid(c)


def is_mobile(s: str) -> bool:
    """Mainland 11-digit mobile in a real segment, optional +86/0086/(+86) prefix; or +852/+853/+886 mobile."""
    c = fold(s).replace("（", "(").replace("）", ")")
    c = re.sub(r"[\s\-.\u2014_·]", "", c)
    m = re.fullmatch(r"(?:\(\+?86\)|\+86|0086)?(1\d{10})", c)
    if m:
        return m.group(1)[:3] in MOBILE_SEGMENTS
    m = re.fullmatch(r"(?:\+|00|\(\+?)(852|853|886)\)?(\d{8,9})", c)
    if m:
        return _intl_type("+" + m.group(1) + m.group(2)) == "mobile"
    if re.fullmatch(r"09\d{8}", c):  # Taiwan local form
        return phonenumbers.number_type(phonenumbers.parse(c, "TW")) == phonenumbers.PhoneNumberType.MOBILE
    return False


def _intl_type(e164: str) -> str:
    try:
        n = phonenumbers.parse(e164)
    except phonenumbers.NumberParseException:
        return ""
    if not phonenumbers.is_valid_number(n):
        return ""
    t = phonenumbers.number_type(n)
    if t == phonenumbers.PhoneNumberType.MOBILE:
        return "mobile"
    if t == phonenumbers.PhoneNumberType.FIXED_LINE:
        return "fixed"
    return ""


def is_landline(s: str) -> bool:
    c = fold(s).replace("（", "(").replace("）", ")")
    c = re.sub(r"[\s\-.()\u2014]", "", c)
    m = re.fullmatch(r"\+852(\d{8})", c)
    if m:
        return _intl_type("+852" + m.group(1)) == "fixed"
    m = re.fullmatch(r"(?:\+86|0086)?0?(\d{9,11})", c)
    if not m:
        return False
    nat = "0" + m.group(1)
    area = next((a for a in AREA_CODES if nat.startswith(a)), None)
    if area is None or len(nat) - len(area) != AREA_CODES[area][1]:
        return False
    return _intl_type("+86" + nat[1:]) == "fixed"


def is_bank_card(s: str) -> bool:
    c = re.sub(r"[\s\-]", "", fold(s))
    return c.isdigit() and 16 <= len(c) <= 19 and c.startswith(tuple(BINS)) and luhn.is_valid(c)


def is_cn_luhn_card(digits: str) -> bool:
    """Used by the accident check: any Luhn-valid 16–19 digit number with a Chinese (UnionPay 62 / listed) BIN."""
    return 16 <= len(digits) <= 19 and digits.startswith(CN_CARD_PREFIXES) and luhn.is_valid(digits)


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@(?:[A-Za-z0-9\-]+\.)+[A-Za-z]{2,}")
_TLDS = {"com", "cn", "net", "org", "io", "hk", "mo", "tw"}


def is_email(s: str) -> bool:
    return bool(EMAIL_RE.fullmatch(s)) and s.rsplit(".", 1)[1].lower() in _TLDS and ".." not in s


PLATE_RE = re.compile(
    "[" + PROVINCES_S + PROVINCES_T + "][A-HJ-NP-Z][·・\\. ]?"
    r"(?:[DF][A-HJ-NP-Z0-9]\d{4}|\d{5}[DF]|[A-HJ-NP-Z0-9]{5})"
)


def is_plate(s: str) -> bool:
    s = fold(s)
    if not PLATE_RE.fullmatch(s):
        return False
    tail = re.sub(r"[·・. ]", "", s)[2:]
    return len(tail) == 6 or sum(ch.isdigit() for ch in tail) >= 3


def is_passport(s: str) -> bool:
    return bool(re.fullmatch(r"E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8}", fold(s)))


def is_hk_permit(s: str) -> bool:
    return bool(re.fullmatch(r"C\d{8}|C[A-HJ-NP-Z]\d{7}|[HM]\d{8}|[HM]\d{10}", fold(s)))


def is_public_ip(s: str) -> bool:
    try:
        ip = ipaddress.ip_address(s)
    except ValueError:
        return False
    doc_nets = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24",
                                                   "2001:db8::/32", "100.64.0.0/10")]
    return ip.is_global and not any(ip in n for n in doc_nets if n.version == ip.version)


def is_qq(s: str) -> bool:
    s = fold(s)
    return bool(re.fullmatch(r"[1-9]\d{4,10}", s))


def is_wechat(s: str) -> bool:
    return bool(re.fullmatch(r"[A-Za-z][A-Za-z0-9_\-]{5,19}", s))


_NUM = r"-?\d{1,3}\.(\d{4,})"


def is_gps(s: str) -> bool:
    """lat … lon, each with ≥4 decimals, in range; anything between them may be a separator or 东经/E."""
    s = fold(s)
    m = re.fullmatch(r"(-?\d{1,3}\.\d{4,})(?:[,，]\s?|\s|\s?[,，]?\s?(?:东经|東經|E|lng[=:]|经度[:：]?)\s?)(-?\d{1,3}\.\d{4,})", s)
    if not m:
        return False
    lat, lon = float(m.group(1)), float(m.group(2))
    return -90 <= lat <= 90 and -180 <= lon <= 180


def is_birthdate(s: str) -> bool:
    s = fold(s)
    pats = [r"(\d{4})-(\d{2})-(\d{2})", r"(\d{4})/(\d{1,2})/(\d{1,2})", r"(\d{4})年(\d{1,2})月(\d{1,2})日",
            r"(\d{4})\.(\d{2})\.(\d{2})", r"(\d{4})(\d{2})(\d{2})"]
    for p in pats:
        m = re.fullmatch(p, s)
        if m:
            try:
                d = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                return False
            return 1900 <= d.year <= 2025
    return False


VALIDATORS = {
    "ID_CARD": is_id_card, "MOBILE": is_mobile, "LANDLINE": is_landline, "BANK_CARD": is_bank_card,
    "EMAIL": is_email, "PLATE": is_plate, "PASSPORT": is_passport, "HK_MACAO_PERMIT": is_hk_permit,
    "IP": is_public_ip, "QQ": is_qq, "WECHAT": is_wechat, "GPS": is_gps, "BIRTHDATE": is_birthdate,
}
TYPES = tuple(VALIDATORS)


def validate(type_: str, value: str) -> bool:
    return VALIDATORS[type_](value)


# ---------------------------------------------------------------- accident check for unlabelled text

_LOC_CACHE: dict[str, bool] = {}


def _region_exists(code: str) -> bool:
    if code not in _LOC_CACHE:
        from stdnum import numdb
        info = numdb.get("cn/loc").info(code)
        _LOC_CACHE[code] = any(props.get("county") for _part, props in info)
    return _LOC_CACHE[code]


def _legacy15(d: str) -> bool:
    if len(d) != 15 or not _region_exists(d[:6]):
        return False
    try:
        dt.date(1900 + int(d[6:8]), int(d[8:10]), int(d[10:12]))
    except ValueError:
        return False
    return True


def accidents(text: str) -> list[str]:
    """Valid-looking values in text that is meant to be unlabelled (mask labelled spans first)."""
    t = fold(text)
    found = []
    # digit runs, alone or joined by single spaces/dashes, not glued to ASCII letters/digits
    for m in re.finditer(r"(?<![A-Za-z0-9_])\d(?:[ \-]?\d)*[Xx]?(?![A-Za-z0-9_])", t):
        raw = m.group(0)
        cands = {re.sub(r"[ \-]", "", raw)} | set(re.split(r"[ \-]", raw))
        for c in cands:
            cu = c.upper()
            if len(cu) == 11 and cu.isdigit() and cu[:3] in MOBILE_SEGMENTS:
                found.append(f"mobile {c}")
            elif len(cu) == 18 and ric.is_valid(cu):
                found.append(f"id {c}")
            elif cu.isdigit() and is_cn_luhn_card(cu):
                found.append(f"card {c}")
            elif cu.isdigit() and _legacy15(cu):
                found.append(f"id15 {c}")
    for m in re.finditer(r"[A-Za-z0-9._%+\-]+@(?:[A-Za-z0-9\-]+\.)+[A-Za-z]{2,}", t):
        found.append(f"email {m.group(0)}")
    for m in re.finditer(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])", t):
        if is_public_ip(m.group(0)):
            found.append(f"ip {m.group(0)}")
    for m in re.finditer(r"(?<![0-9A-Fa-f:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![0-9A-Fa-f:])", t):
        if m.group(0).count(":") >= 2 and is_public_ip(m.group(0)):
            found.append(f"ip6 {m.group(0)}")
    return found
