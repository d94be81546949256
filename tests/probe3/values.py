"""Fake-but-valid value generators, written forms, and independent validators for probe3.

Written without reading the engine: every check here follows the public standards
(GB 11643 check character, Luhn, mainland number segments, area codes) directly.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import random
import re

ID_REGIONS = ["110105", "310104", "440305", "330106", "510107", "420106", "320102", "370102", "610113"]
MOBILE_PREFIXES = (
    [f"13{i}" for i in range(10)]
    + [f"15{i}" for i in range(10) if i != 4]
    + ["166", "145", "147"]
    + [f"17{i}" for i in range(10) if i not in (4, 9)]
    + [f"18{i}" for i in range(10)]
    + ["191", "193", "195", "196", "197", "198", "199"]
)
# area code -> local number length
AREA_CODES = {
    "010": 8, "020": 8, "021": 8, "022": 8, "023": 8, "024": 8, "025": 8, "027": 8, "028": 8, "029": 8,
    "0755": 8, "0571": 8, "0512": 8, "0531": 8, "0371": 8, "0731": 8, "0532": 8, "0574": 8, "0769": 8,
    "0757": 8, "0359": 7, "0736": 7, "0913": 7,
}
# BIN -> card length
BINS = {
    "622202": 19, "621700": 19, "622848": 19, "621661": 19, "622588": 16, "622262": 19,
    "621799": 19, "622690": 16, "622908": 18,
}
PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤川宁琼"
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
EMAIL_DOMAINS = ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "outlook.com", "gmail.com",
                 "139.com", "yeah.net", "sohu.com"]
IP_FIRST = [36, 39, 42, 47, 58, 59, 60, 61, 101, 106, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119,
            120, 121, 122, 123, 124, 125, 180, 182, 183, 202, 211, 218, 219, 220, 221, 222, 223]

_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def gb11643_check(first17: str) -> str:
    s = sum(int(c) * w for c, w in zip(first17, _W, strict=True))
    return "10X98765432"[s % 11]


def luhn_check_digit(partial: str) -> str:
    total = 0
    for i, c in enumerate(reversed(partial)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    return luhn_check_digit(number[:-1]) == number[-1]


# ---------------------------------------------------------------- generators (canonical values)

def gen_birth(rng: random.Random, lo: int = 1962, hi: int = 2004) -> dt.date:
    start = dt.date(lo, 1, 1).toordinal()
    end = dt.date(hi, 12, 28).toordinal()
    return dt.date.fromordinal(rng.randint(start, end))


# earliest birth year for which each region code is accepted by stdnum.cn.ric (code in use by then)
ID_MIN_YEAR = {"110105": 1960, "310104": 1960, "510107": 1991}


def gen_id(rng: random.Random, birth: dt.date | None = None) -> tuple[str, dt.date]:
    birth = birth or gen_birth(rng)
    regions = [r for r in ID_REGIONS if birth.year >= ID_MIN_YEAR.get(r, 1984)]
    first = rng.choice(regions) + birth.strftime("%Y%m%d") + f"{rng.randint(1, 999):03d}"
    return first + gb11643_check(first), birth


def gen_mobile(rng: random.Random) -> str:
    return rng.choice(MOBILE_PREFIXES) + "".join(rng.choice("0123456789") for _ in range(8))


def gen_landline(rng: random.Random) -> tuple[str, str]:
    area = rng.choice(sorted(AREA_CODES))
    local = str(rng.randint(2, 8)) + "".join(rng.choice("0123456789") for _ in range(AREA_CODES[area] - 1))
    return area, local


def gen_card(rng: random.Random) -> str:
    b = rng.choice(sorted(BINS))
    body = b + "".join(rng.choice("0123456789") for _ in range(BINS[b] - len(b) - 1))
    return body + luhn_check_digit(body)


def gen_email(rng: random.Random) -> str:
    stems = ["zhang", "li", "wang", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "xu", "sun",
             "ma", "zhu", "hu", "guo", "he", "lin", "luo", "gao"]
    given = ["xm", "wei", "fang", "na", "min", "jing", "lei", "yang", "jie", "tao", "ying", "hao"]
    local = rng.choice(stems) + rng.choice(["", ".", "_"]) + rng.choice(given) + str(rng.randint(80, 2024))
    if rng.random() < 0.25:
        local = str(rng.randint(10000000, 2999999999))
        return local + "@qq.com"
    return local + "@" + rng.choice(EMAIL_DOMAINS)


def gen_qq(rng: random.Random) -> str:
    n = rng.choice([8, 9, 9, 10, 10])
    first = rng.choice("123456789") if n < 10 else rng.choice("123")
    return first + "".join(rng.choice("0123456789") for _ in range(n - 1))


def gen_wechat(rng: random.Random) -> str:
    r = rng.random()
    lower = "abcdefghijklmnopqrstuvwxyz"
    if r < 0.2:
        return "wxid_" + "".join(rng.choice(lower + "0123456789") for _ in range(14))
    stems = ["xiaomei", "amy", "lucky", "tangtang", "xiaoyu", "kevin", "momo", "ajie", "dabai", "yoyo",
             "shop", "linlin", "bobo", "coco", "jiajia", "sunny"]
    s = rng.choice(stems)
    if rng.random() < 0.5:
        s = s.capitalize()
    return s + rng.choice(["", "_", "-"]) + str(rng.randint(10, 9999))


def gen_plate(rng: random.Random, new_energy: bool = False) -> str:
    head = rng.choice(PROVINCES) + rng.choice(PLATE_LETTERS)
    if new_energy:
        return head + rng.choice("DF") + rng.choice(PLATE_LETTERS + "0123456789") + "".join(
            rng.choice("0123456789") for _ in range(4))
    while True:
        tail = "".join(rng.choice(PLATE_LETTERS + "0123456789" * 3) for _ in range(5))
        if sum(c.isdigit() for c in tail) >= 3 and not tail.isdigit() or rng.random() < 0.3 and tail.isdigit():
            return head + tail


def gen_passport(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return "E" + "".join(rng.choice("0123456789") for _ in range(8))
    return "E" + rng.choice(PLATE_LETTERS) + "".join(rng.choice("0123456789") for _ in range(7))


def gen_hkm(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return "C" + "".join(rng.choice("0123456789") for _ in range(8))
    return "C" + rng.choice(PLATE_LETTERS) + "".join(rng.choice("0123456789") for _ in range(7))


def gen_ip(rng: random.Random) -> str:
    while True:
        ip = f"{rng.choice(IP_FIRST)}.{rng.randint(1, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"
        if ipaddress.ip_address(ip).is_global:
            return ip


def gen_gps(rng: random.Random) -> tuple[str, str]:
    lat = rng.uniform(22.3, 41.0)
    lon = rng.uniform(102.5, 122.0)
    d = rng.choice([4, 5, 6, 6])
    return f"{lat:.{d}f}", f"{lon:.{d}f}"


# ---------------------------------------------------------------- written forms

FW = str.maketrans("0123456789Xx-", "０１２３４５６７８９Ｘｘ－")
CN_A = dict(zip("0123456789", "零幺二三四五六七八九", strict=True))
CN_B = dict(zip("0123456789", "〇一二三四五六七八九", strict=True))
CN_C = dict(zip("0123456789", "零一两三四五六拐八九", strict=True))


def cn(d: str, table: dict) -> str:
    return "".join(table[c] for c in d)


def form_mobile(rng: random.Random, d: str, style: str) -> str:
    a, b, c = d[:3], d[3:7], d[7:]
    if style == "plain":
        return d
    if style == "dash":
        return f"{a}-{b}-{c}"
    if style == "sp344":
        return f"{a} {b} {c}"
    if style == "spall":
        return " ".join(d)
    if style == "dotall":
        return ".".join(d)
    if style == "fw":
        return d.translate(FW)
    if style == "fwsp":
        return f"{a} {b} {c}".translate(FW)
    if style == "cn":
        return cn(d, rng.choice([CN_A, CN_B]))
    if style == "cnmix":  # 幺三8 1234 五六七八
        t = rng.choice([CN_A, CN_B])
        return f"{cn(a[:2], t)}{a[2]} {b} {cn(c, t)}"
    if style == "cnmix2":  # 幺38一二三四5678
        t = rng.choice([CN_A, CN_B, CN_C])
        return f"{cn(a[0], t)}{a[1:]}{cn(b, t)}{c}"
    if style == "p86":
        return "+86" + d
    if style == "p86sp":
        return f"+86 {a} {b} {c}"
    if style == "p0086":
        return f"0086-{a}-{b}-{c}"
    if style == "p86paren":
        return f"(+86){d}"
    raise ValueError(style)


def form_id(rng: random.Random, d: str, style: str) -> str:
    if style == "plain":
        return d
    if style == "sp684":
        return f"{d[:6]} {d[6:14]} {d[14:]}"
    if style == "sp4":
        return " ".join(d[i:i + 4] for i in range(0, 18, 4))
    if style == "fw":
        return d.translate(FW)
    if style == "lowerx":
        return d.lower()
    raise ValueError(style)


def form_card(rng: random.Random, d: str, style: str) -> str:
    groups = [d[i:i + 4] for i in range(0, len(d), 4)]
    if style == "plain":
        return d
    if style == "sp4":
        return " ".join(groups)
    if style == "dash4":
        return "-".join(groups)
    if style == "fw4":
        return " ".join(groups).translate(FW)
    raise ValueError(style)


def form_landline(rng: random.Random, area: str, local: str, style: str) -> str:
    if style == "dash":
        return f"{area}-{local}"
    if style == "paren":
        return f"({area}){local}"
    if style == "sp":
        return f"{area} {local[:-4]} {local[-4:]}"
    if style == "fwdash":
        return f"{area}-{local}".translate(FW)
    if style == "cnparen":
        return f"（{area}）{local}"
    raise ValueError(style)


def form_birth(rng: random.Random, b: dt.date, style: str) -> str:
    y, m, d = b.year, b.month, b.day
    return {
        "cn": f"{y}年{m:02d}月{d:02d}日",
        "cnshort": f"{y}年{m}月{d}日",
        "dash": f"{y}-{m:02d}-{d:02d}",
        "dot": f"{y}.{m}.{d}",
        "slash": f"{y}/{m:02d}/{d:02d}",
        "compact": f"{y}{m:02d}{d:02d}",
        "ocr": f"{y} 年 {m} 月 {d} 日",
    }[style]


# ---------------------------------------------------------------- independent validation of a labelled span

_CN_DIGITS = {**{v: k for k, v in CN_A.items()}, **{v: k for k, v in CN_B.items()}, **{v: k for k, v in CN_C.items()}}
_FOLD = str.maketrans("０１２３４５６７８９ＸｘＥＣ－（）＋", "0123456789XxEC-()+")


def fold(s: str) -> str:
    s = s.translate(_FOLD)
    return "".join(_CN_DIGITS.get(c, c) for c in s)


def digits_only(s: str) -> str:
    return re.sub(r"[^0-9Xx]", "", fold(s))


def mobile_ok(d: str) -> bool:
    return len(d) == 11 and d.isdigit() and d[:3] in MOBILE_PREFIXES


def landline_ok(d: str) -> bool:
    for area, n in AREA_CODES.items():
        if d.startswith(area) and len(d) == len(area) + n and d[len(area)] in "2345678":
            return True
    return False


def card_ok(d: str) -> bool:
    return d.isdigit() and any(d.startswith(b) and len(d) == n for b, n in BINS.items()) and luhn_ok(d)


EMAIL_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*[#@](?:[a-z0-9-]+\.)+[a-z]{2,}$")
PLATE_RE = re.compile(rf"^[{PROVINCES}][{PLATE_LETTERS}][·\- ]?(?:[DF][{PLATE_LETTERS}0-9][0-9]{{4}}|[{PLATE_LETTERS}0-9]{{5}})$")
WECHAT_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_-]{5,19}$")
GPS_RE = re.compile(r"^(\d{1,2}\.\d{4,})°?N?, ?(\d{2,3}\.\d{4,})°?E?$")
BIRTH_RE = re.compile(r"^(\d{4}) ?[年./\-]? ?(\d{1,2}) ?[月./\-]? ?(\d{1,2}) ?日?$")


def value_ok(typ: str, s: str, validate_id) -> bool:  # noqa: C901 - one branch per type
    f = fold(s)
    if typ == "ID_CARD":
        return validate_id(digits_only(s).upper())
    if typ == "MOBILE":
        d = re.sub(r"\D", "", f)
        if f.lstrip("(").startswith("+86") or f.startswith("0086"):
            d = d[2:] if f.lstrip("(").startswith("+86") else d[4:]
        return mobile_ok(d) and re.fullmatch(r"(\(?\+86\)?|0086)?[-. ]?[0-9 .\-]+", f) is not None
    if typ == "LANDLINE":
        return landline_ok(re.sub(r"\D", "", f))
    if typ == "BANK_CARD":
        return card_ok(re.sub(r"[ \-]", "", f))
    if typ == "EMAIL":
        return EMAIL_RE.match(f) is not None
    if typ == "PLATE":
        return PLATE_RE.match(f) is not None and sum(c.isdigit() for c in f) >= 3
    if typ == "PASSPORT":
        return re.fullmatch(rf"E(?:\d{{8}}|[{PLATE_LETTERS}]\d{{7}})", f) is not None
    if typ == "HK_MACAO_PERMIT":
        return re.fullmatch(rf"C(?:\d{{8}}|[{PLATE_LETTERS}]\d{{7}})", f) is not None
    if typ == "IP":
        try:
            return ipaddress.ip_address(f).is_global
        except ValueError:
            return False
    if typ == "QQ":
        d = f.replace(" ", "")
        return d.isdigit() and 5 <= len(d) <= 11 and d[0] != "0"
    if typ == "WECHAT":
        return WECHAT_RE.match(f) is not None
    if typ == "GPS":
        m = GPS_RE.match(f)
        return bool(m) and 18 <= float(m.group(1)) <= 54 and 73 <= float(m.group(2)) <= 135
    if typ == "BIRTHDATE":
        m = BIRTH_RE.match(f)
        if not m:
            return False
        try:
            b = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return False
        return dt.date(1920, 1, 1) <= b <= dt.date(2024, 1, 1)
    raise ValueError(typ)
