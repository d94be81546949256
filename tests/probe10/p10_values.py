# ruff: noqa: UP031, N812
"""Fake-value generators and validators for probe10 (independent of leakaid)."""
import datetime
import ipaddress
import re

from stdnum import luhn
from stdnum.cn import ric

REGIONS = ["110101", "110105", "110108", "310104", "310115", "440305", "440106", "330106", "320102",
           "420106", "510107", "610113", "370202", "500103", "120101", "430104", "350102", "210102",
           "230103", "530102", "410105", "340104", "360102", "450103", "520102", "620102", "650102",
           "150102", "130102", "140105", "220102", "320583", "330203", "441302", "371002", "130602"]
BINS = ["622202", "622848", "622588", "621700", "622700", "621226", "622609", "622208"]
MOBILE_PREFIXES = ([str(p) for p in range(130, 140)] + ["150", "151", "152", "153", "155", "156", "157",
                   "158", "159", "166", "170", "171", "172", "173", "175", "176", "177", "178"]
                   + [str(p) for p in range(180, 190)] + ["191", "193", "195", "196", "197", "198", "199"])
AREA3 = ["010", "020", "021", "022", "023", "024", "025", "027", "028", "029"]
AREA4 = ["0755", "0571", "0512", "0532", "0731", "0591", "0871", "0351", "0311", "0451", "0431", "0551",
         "0791", "0771", "0898", "0851", "0931", "0991", "0471", "0574", "0769", "0757", "0760", "0510"]
PROVS = "京沪粤浙苏川鄂湘闽鲁豫皖赣桂琼渝津冀晋辽吉黑蒙陕甘宁青新云贵"
PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"
CN_DIG = {"零": "0", "〇": "0", "一": "1", "幺": "1", "二": "2", "两": "2", "三": "3", "四": "4", "五": "5",
          "六": "6", "七": "7", "拐": "7", "八": "8", "九": "9"}
FW = {chr(0xFF10 + i): str(i) for i in range(10)}
FW.update({chr(0xFF21 + i): chr(0x41 + i) for i in range(26)})


def fold(s):
    return "".join(FW.get(c, c) for c in s)


# ---------------------------------------------------------------- generators
def id_card(r, y0=1955, y1=2006):
    while True:
        reg = r.choice(REGIONS)
        d = datetime.date(r.randint(y0, y1), 1, 1) + datetime.timedelta(days=r.randint(0, 364))
        body = reg + d.strftime("%Y%m%d") + "%03d" % r.randint(1, 999)
        num = body + ric.calc_check_digit(body)
        if ric.is_valid(num):
            return num


def bad_id(r):
    """18 chars failing GB 11643 (wrong check character)."""
    while True:
        good = id_card(r)
        alts = [c for c in "0123456789" if c != good[-1]]
        bad = good[:-1] + r.choice(alts)
        if not (bad.startswith("62") and luhn.is_valid(bad)):
            return bad


def mobile(r):
    return r.choice(MOBILE_PREFIXES) + "".join(str(r.randint(0, 9)) for _ in range(8))


def landline(r):
    area = r.choice(AREA3 + AREA4)
    local = str(r.randint(2, 8)) + "".join(str(r.randint(0, 9)) for _ in range(7))
    return area, local


def bank_card(r, length=None):
    length = length or r.choice([16, 19, 19])
    body = r.choice(BINS) + "".join(str(r.randint(0, 9)) for _ in range(length - 7))
    return body + luhn.calc_check_digit(body)


def luhn_other(r, length=19):
    body = r.choice(["71", "72", "80", "81", "18", "30"]) + "".join(
        str(r.randint(0, 9)) for _ in range(length - 3))
    return body + luhn.calc_check_digit(body)


def plate(r, green=None):
    p = r.choice(PROVS) + r.choice("ABCDEFGH")
    if green if green is not None else r.random() < 0.25:
        return p + r.choice("DF") + "".join(str(r.randint(0, 9)) for _ in range(5))
    tail = [str(r.randint(0, 9)) for _ in range(5)]
    for _ in range(r.randint(0, 2)):
        tail[r.randint(0, 4)] = r.choice(PLATE_LET)
    return p + "".join(tail)


def passport(r):
    if r.random() < 0.5:
        return "E" + "".join(str(r.randint(0, 9)) for _ in range(8))
    return "E" + r.choice(PLATE_LET) + "".join(str(r.randint(0, 9)) for _ in range(7))


def hk_permit(r):
    return "C" + "".join(str(r.randint(0, 9)) for _ in range(8))


def qq(r):
    n = r.randint(5, 10)
    return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))


PINYIN = ["zhang", "wang", "li", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "xu", "sun", "hu",
          "zhu", "gao", "lin", "he", "guo", "ma", "luo", "xiaoyu", "mingming", "lele", "tiantian", "jun",
          "wei", "fang", "na", "qiang", "lei", "jing", "yan", "hao", "yue", "chenxi"]


def wechat(r):
    while True:
        s = r.choice(PINYIN) + r.choice(["_", "", "-", ""]) + r.choice(PINYIN)
        if r.random() < 0.7:
            s += str(r.randint(1, 9999))
        if 6 <= len(s) <= 20:
            return s if r.random() < 0.8 else s[0].upper() + s[1:]


def email(r, qq_num=None):
    if qq_num:
        return qq_num + "@qq.com"
    local = r.choice(PINYIN) + r.choice([".", "_", ""]) + r.choice(PINYIN) + str(r.randint(1, 999))
    return local + "@" + r.choice(["163.com", "126.com", "sina.com", "foxmail.com", "outlook.com",
                                   "gmail.com", "yeah.net", "139.com", "aliyun.com", "sohu.com"])


def ipv4(r):
    while True:
        a = r.choice([36, 39, 58, 59, 60, 61, 101, 106, 110, 111, 112, 113, 114, 115, 116, 117, 119, 120,
                      121, 122, 123, 124, 125, 180, 182, 183, 202, 211, 218, 219, 220, 221, 222, 223])
        ip = "%d.%d.%d.%d" % (a, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
        if ipaddress.ip_address(ip).is_global:
            return ip


def ipv6(r):
    head = r.choice(["240e", "2408", "2409", "2400"])
    groups = [head] + ["%x" % r.randint(1, 0xffff) for _ in range(3)]
    if r.random() < 0.5:
        return ":".join(groups) + "::" + "%x" % r.randint(1, 0xffff)
    return ":".join(groups + ["%x" % r.randint(1, 0xffff) for _ in range(4)])


def gps(r, sep=", ", lonlat=False):
    lat = r.uniform(20.0, 45.0)
    lon = r.uniform(100.0, 125.0)
    dl, dn = r.choice([4, 5, 6]), r.choice([4, 5, 6])
    a, b = "%.*f" % (dl, lat), "%.*f" % (dn, lon)
    return (b + sep + a) if lonlat else (a + sep + b)


def birth(r, fmt=None, y0=1950, y1=2010):
    d = datetime.date(r.randint(y0, y1), 1, 1) + datetime.timedelta(days=r.randint(0, 364))
    fmt = fmt or r.choice(["%Y-%m-%d", "{y}年{m}月{d}日", "%Y/%m/%d", "%Y.%m.%d", "%Y%m%d", "{y}年{m:02}月{d:02}日"])
    if "{" in fmt:
        return fmt.format(y=d.year, m=d.month, d=d.day)
    return d.strftime(fmt)


def birth_en(r):
    d = datetime.date(r.randint(1955, 2005), 1, 1) + datetime.timedelta(days=r.randint(0, 364))
    return r.choice([d.strftime("%d %b %Y"), d.strftime("%b %d, %Y"), d.strftime("%Y-%m-%d"),
                     d.strftime("%d/%m/%Y"), d.strftime("%d%b%Y").upper()])


def to_fullwidth(s):
    return "".join(chr(0xFF10 + int(c)) if c.isdigit() else c for c in s)


def to_cn(s, r):
    m = {"0": r.choice(["零", "〇"]), "1": "幺", "2": r.choice(["二", "两"]), "3": "三", "4": "四",
         "5": "五", "6": "六", "7": r.choice(["七", "拐"]), "8": "八", "9": "九"}
    return "".join(m[c] for c in s)


def spaced(s, r, style=None):
    style = style or r.choice(["344", "344-", "344.", "each", "434"])
    if style == "344":
        return s[:3] + " " + s[3:7] + " " + s[7:]
    if style == "344-":
        return s[:3] + "-" + s[3:7] + "-" + s[7:]
    if style == "344.":
        return s[:3] + "." + s[3:7] + "." + s[7:]
    if style == "434":
        return s[:4] + " " + s[4:7] + " " + s[7:]
    return " ".join(s)


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------------- validators
def _digits(s):
    return re.sub(r"[\s\-.·]", "", fold(s))


def v_id(s):
    return ric.is_valid(_digits(s).upper())


def v_mobile(s):
    s = fold(s)
    s = "".join(CN_DIG.get(c, c) for c in s)
    s = re.sub(r"^(\(\+86\)|（\+86）|\+86|0086)", "", s)
    d = re.sub(r"[\s\-.]", "", s)
    return bool(re.fullmatch(r"1\d{10}", d)) and d[:3] in MOBILE_PREFIXES


def v_landline(s):
    s = re.sub(r"^(\+86|0086)", "", fold(s).strip())
    d = re.sub(r"[\s\-.]", "", s)
    if not d.isdigit():
        return False
    if not d.startswith("0"):
        d = "0" + d
    for a in AREA3 + AREA4:
        if d.startswith(a):
            loc = d[len(a):]
            return len(loc) in (7, 8) and loc[0] not in "01"
    return False


def v_bank(s):
    d = _digits(s)
    return d.isdigit() and 16 <= len(d) <= 19 and d[:6] in BINS and luhn.is_valid(d)


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")


def v_email(s):
    return bool(EMAIL_RE.fullmatch(s))


def v_plate(s):
    return bool(re.fullmatch(r"[%s][A-HJ-NP-Z][·•\s\-]?(?:[DF]\d{5}|[A-HJ-NP-Z0-9]{5})" % PROVS, fold(s)))


def v_passport(s):
    return bool(re.fullmatch(r"E\d{8}|E[A-HJ-NP-Z]\d{7}", fold(s)))


def v_permit(s):
    return bool(re.fullmatch(r"C\d{8}", fold(s)))


def v_ip(s):
    try:
        return ipaddress.ip_address(s).is_global
    except ValueError:
        return False


def v_qq(s):
    return bool(re.fullmatch(r"[1-9]\d{4,10}", fold(s)))


def v_wechat(s):
    return bool(re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]{5,19}", s))


def v_gps(s):
    m = re.fullmatch(r"(-?\d{1,3}\.(\d+))\s*[,，/ ]\s*(-?\d{1,3}\.(\d+))", s)
    if not m or len(m.group(2)) < 4 or len(m.group(4)) < 4:
        return False
    a, b = float(m.group(1)), float(m.group(3))
    return (abs(a) <= 90 and abs(b) <= 180) or (abs(b) <= 90 and abs(a) <= 180)


def v_birth(s):
    s = fold(s).strip()
    for fmt in ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y%m%d", "%Y年%m月%d日", "%d %b %Y", "%b %d, %Y",
                "%d/%m/%Y", "%d%b%Y"):
        try:
            d = datetime.datetime.strptime(s.title() if "%b" in fmt else s, fmt).date()
        except ValueError:
            continue
        return 1900 <= d.year <= 2024
    return False


VALIDATORS = {"ID_CARD": v_id, "MOBILE": v_mobile, "LANDLINE": v_landline, "BANK_CARD": v_bank,
              "EMAIL": v_email, "PLATE": v_plate, "PASSPORT": v_passport, "HK_MACAO_PERMIT": v_permit,
              "IP": v_ip, "QQ": v_qq, "WECHAT": v_wechat, "GPS": v_gps, "BIRTHDATE": v_birth}


# ---------------------------------------------------------------- accidental-leak scan
MOB_RE = re.compile(r"(?<![\d.])(?:\+?86[ -]?|0086[ -]?)?(1(?:[ .\-]?\d){10})(?![\d])")
ID_RE = re.compile(r"(?<![\dA-Za-z])(\d(?:[ \-]?\d){16}[ \-]?[\dXx])(?![\dA-Za-z])")
CARD_RE = re.compile(r"(?<!\d)(\d(?:[ \-]?\d){15,18})(?!\d)")
IP4_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.]*\d)")
IP6_RE = re.compile(r"(?<![0-9A-Za-z:])([0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})(?![0-9A-Za-z:])")


def accidental(text):
    """Return a list of (kind, value) found in text that the labels do not cover (text pre-masked)."""
    t = fold(text)
    t_cn = "".join(CN_DIG.get(c, c) for c in t)
    out = []
    for src in (t, t_cn):
        for m in MOB_RE.finditer(src):
            d = re.sub(r"\D", "", m.group(1))
            if d[:3] in MOBILE_PREFIXES:
                out.append(("MOBILE", m.group(0)))
    for m in ID_RE.finditer(t):
        if ric.is_valid(re.sub(r"[ \-]", "", m.group(1)).upper()):
            out.append(("ID_CARD", m.group(1)))
    for m in CARD_RE.finditer(t):
        d = re.sub(r"\D", "", m.group(1))
        if d.startswith("62") and luhn.is_valid(d):
            out.append(("BANK_CARD", m.group(1)))
    for m in EMAIL_RE.finditer(t):
        out.append(("EMAIL", m.group(0)))
    for m in IP4_RE.finditer(t):
        if v_ip(m.group(1)):
            out.append(("IP", m.group(1)))
    for m in IP6_RE.finditer(t):
        if m.group(1).count(":") >= 2 and v_ip(m.group(1)):
            out.append(("IP", m.group(1)))
    return out
