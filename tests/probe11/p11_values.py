# ruff: noqa: UP031, N812, B007
"""Fake value generators and validators for probe11 (no detector code used)."""
import datetime
import ipaddress
import re

import phonenumbers
from stdnum import luhn
from stdnum.cn import ric

REGIONS = ["110105", "110108", "310104", "310115", "440305", "440106", "320102", "330106", "510107",
           "420106", "370202", "210102", "500103", "610113", "350203", "430104", "230102", "410105",
           "340104", "120101"]
BINS = ["622202", "622848", "622588", "621700", "622700", "621226", "622609", "622208"]
SEGMENTS = ([str(s) for s in range(130, 140)] + ["150", "151", "152", "153", "155", "156", "157", "158", "159",
            "166", "170", "171", "172", "173", "175", "176", "177", "178"] + [str(s) for s in range(180, 190)]
            + ["191", "193", "195", "196", "197", "198", "199"])
AREA8 = ["010", "021", "020", "022", "023", "024", "025", "027", "028", "029", "0755", "0571", "0532", "0731"]
AREA7 = ["0898", "0937", "0596", "0833"]
AREAS = AREA8 + AREA7
EMAIL_DOMAINS = ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "outlook.com", "gmail.com",
                 "yahoo.com.tw", "hotmail.com", "netvigator.com"]
PROVINCES = "京沪津渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川贵云陕甘青宁蒙新藏"
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"

FW = {0xFF01 + i: 0x21 + i for i in range(94)}
FW[0x3000] = 0x20
CN_NUM = str.maketrans({"一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8",
                        "九": "9", "〇": "0", "零": "0", "幺": "1", "两": "2", "拐": "7"})


def fold(s):
    return s.translate(FW)


# ---------------------------------------------------------------- generators
def id_card(rng, year=None):
    while True:
        region = rng.choice(REGIONS)
        y = year or rng.randint(1955, 2008)
        d = datetime.date(y, 1, 1) + datetime.timedelta(days=rng.randint(0, 364))
        body = region + d.strftime("%Y%m%d") + "%03d" % rng.randint(1, 999)
        n = body + ric.calc_check_digit(body + "0")
        if ric.is_valid(n):
            return n


def bad_id(rng):
    n = id_card(rng)
    wrong = [c for c in "0123456789X" if c != n[-1]]
    return n[:-1] + rng.choice(wrong)


def bank_card(rng, length=None):
    length = length or rng.choice([16, 19, 19])
    body = rng.choice(BINS) + "".join(str(rng.randint(0, 9)) for _ in range(length - 7))
    return body + luhn.calc_check_digit(body)


def bad_card(rng):
    n = bank_card(rng)
    return n[:-1] + str((int(n[-1]) + rng.randint(1, 9)) % 10)


def mobile(rng):
    return rng.choice(SEGMENTS) + "".join(str(rng.randint(0, 9)) for _ in range(8))


def landline(rng):
    a = rng.choice(AREAS)
    n = 8 if a in AREA8 else 7
    return a, str(rng.randint(2, 8)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def hk_mobile(rng):
    while True:
        n = rng.choice("569") + "".join(str(rng.randint(0, 9)) for _ in range(7))
        p = phonenumbers.parse("+852" + n)
        if phonenumbers.is_valid_number(p) and phonenumbers.number_type(p) == phonenumbers.PhoneNumberType.MOBILE:
            return n


def tw_mobile(rng):
    while True:
        n = "9" + rng.choice("123") + "".join(str(rng.randint(0, 9)) for _ in range(7))
        p = phonenumbers.parse("+886" + n)
        if phonenumbers.is_valid_number(p) and phonenumbers.number_type(p) == phonenumbers.PhoneNumberType.MOBILE:
            return n


def email(rng, user=None):
    user = user or rng.choice(["zhang", "li.na", "wang_fang", "chen", "liuyang", "zhaolei", "sunmei", "kevin.lau",
                               "amy_chen", "hr.dept", "lawyer.xu"]) + str(rng.randint(1, 9999))
    return user + "@" + rng.choice(EMAIL_DOMAINS)


def public_ipv4(rng):
    while True:
        ip = "%d.%d.%d.%d" % (rng.choice([58, 59, 61, 106, 113, 114, 116, 117, 119, 120, 123, 125, 171, 180, 183,
                                            202, 211, 218, 221, 222]),
                              rng.randint(1, 254), rng.randint(0, 254), rng.randint(1, 254))
        if ipaddress.ip_address(ip).is_global:
            return ip


def public_ipv6(rng):
    return "240e:%x:%x:%x::%x" % (rng.randint(0x300, 0x3ff), rng.randint(1, 0xffff), rng.randint(1, 0xffff),
                                  rng.randint(1, 0xffff))


def passport(rng):
    if rng.random() < 0.5:
        return "E" + "%08d" % rng.randint(10000000, 99999999)
    return "E" + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + "%07d" % rng.randint(1000000, 9999999)


def permit(rng):
    return "C" + "%08d" % rng.randint(10000000, 99999999)


def plate(rng):
    p = rng.choice(PROVINCES) + rng.choice(PLATE_LETTERS)
    if rng.random() < 0.3:
        return p, rng.choice("DF") + "%05d" % rng.randint(0, 99999)
    tail = ["%d" % rng.randint(0, 9) for _ in range(5)]
    if rng.random() < 0.5:
        tail[rng.randint(0, 4)] = rng.choice(PLATE_LETTERS)
    return p, "".join(tail)


def qq(rng):
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(rng.randint(5, 9)))


def wechat(rng):
    head = rng.choice(["wx", "lily", "xiaoming", "Tom", "summer", "kk", "abby", "dragon", "jane", "mumu"])
    tail = rng.choice(["_", "-", ""]) + str(rng.randint(10, 99999))
    return (head + tail)[:20] if len(head + tail) >= 6 else head + tail + "abc"


def gps(rng):
    lat = rng.uniform(20, 45)
    lon = rng.uniform(100, 125)
    return lat, lon


def birth_date(rng):
    return datetime.date(rng.randint(1950, 2012), rng.randint(1, 12), rng.randint(1, 28))


# ---------------------------------------------------------------- validators
SEP = re.compile(r"[\s\-.·—_]")


def _digits(s):
    return SEP.sub("", fold(s)).translate(CN_NUM)


def v_id(s):
    return bool(re.fullmatch(r"\d{17}[\dXx]", _digits(s))) and ric.is_valid(_digits(s).upper())


def v_mobile(s):
    d = _digits(s).replace("(", "").replace(")", "").replace("（", "").replace("）", "")
    if re.fullmatch(r"852\d{8}", d):
        d = "+" + d
    if d.startswith("+852") or d.startswith("00852"):
        d = "+852" + d.split("852", 1)[1]
    elif d.startswith("+886") or d.startswith("00886"):
        d = "+886" + d.split("886", 1)[1]
    elif re.fullmatch(r"09\d{8}", d):
        d = "+886" + d[1:]
    else:
        for pre in ("+86", "0086"):
            if d.startswith(pre):
                d = d[len(pre):]
        return bool(re.fullmatch(r"\d{11}", d)) and d[:3] in SEGMENTS
    p = phonenumbers.parse(d)
    return phonenumbers.is_valid_number(p) and phonenumbers.number_type(p) == phonenumbers.PhoneNumberType.MOBILE


def v_landline(s):
    d = _digits(s)
    for a in AREAS:
        if d.startswith(a):
            rest = d[len(a):]
            return bool(re.fullmatch(r"[2-8]\d{%d}" % ((8 if a in AREA8 else 7) - 1), rest))
    return False


def v_card(s):
    d = _digits(s)
    return d.isdigit() and 16 <= len(d) <= 19 and d[:6] in BINS and luhn.is_valid(d)


def v_email(s):
    return bool(re.fullmatch(r"[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.(com|cn|net|tw|hk|org)", s))


def v_plate(s):
    s = s.replace("·", "").replace(" ", "")
    return bool(re.fullmatch("[%s][%s]([DF]\\d{5}|(?=(?:[A-Z]*\\d){3})[0-9A-HJ-NP-Z]{5})" % (PROVINCES, PLATE_LETTERS), s))


def v_passport(s):
    return bool(re.fullmatch(r"E\d{8}|E[A-HJ-NP-Z]\d{7}", s))


def v_permit(s):
    return bool(re.fullmatch(r"C\d{8}", s))


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
    m = re.fullmatch(r"(-?\d{1,3}\.\d{4,})\s*[,，]\s*(-?\d{1,3}\.\d{4,})", s)
    return bool(m) and -90 <= float(m.group(1)) <= 90 and -180 <= float(m.group(2)) <= 180


def v_birth(s):
    s = fold(s)
    for pat in (r"(\d{4})年(\d{1,2})月(\d{1,2})日", r"(\d{4})-(\d{2})-(\d{2})", r"(\d{4})\.(\d{2})\.(\d{2})",
                r"(\d{4})/(\d{1,2})/(\d{1,2})", r"(\d{4})(\d{2})(\d{2})"):
        m = re.fullmatch(pat, s)
        if m:
            try:
                d = datetime.date(*map(int, m.groups()))
            except ValueError:
                return False
            return 1930 <= d.year <= 2020
    return False


VALIDATORS = {"ID_CARD": v_id, "MOBILE": v_mobile, "LANDLINE": v_landline, "BANK_CARD": v_card, "EMAIL": v_email,
              "PLATE": v_plate, "PASSPORT": v_passport, "HK_MACAO_PERMIT": v_permit, "IP": v_ip, "QQ": v_qq,
              "WECHAT": v_wechat, "GPS": v_gps, "BIRTHDATE": v_birth}


# ---------------------------------------------------------------- accident scan of unlabelled text
def accidents(text, spans):
    chars = list(text)
    for s, e, _ in spans:
        for i in range(s, e):
            chars[i] = "§"
    t = fold("".join(chars))
    found = []
    for m in re.finditer(r"(?<!\d)1[3-9]\d(?:[ \-.]?\d){8}(?!\d)", t):
        if "." in m.group() and not re.fullmatch(r"1\d\d\.\d{4}\.\d{4}", m.group()):
            continue  # a dotted quad such as 192.168.x.x, not a phone number
        found.append(("MOBILE?", m.group()))
    for m in re.finditer(r"(?<!\d)\d{6}[ -]?\d{8}[ -]?\d{3}[\dXx](?![\dA-Za-z])", t):
        if ric.is_valid(re.sub("[ -]", "", m.group()).upper()):
            found.append(("ID?", m.group()))
    for m in re.finditer(r"(?<!\d)\d(?:[ -]?\d){15,18}(?!\d)", t):
        d = re.sub("[ -]", "", m.group())
        if d.startswith("62") and luhn.is_valid(d):
            found.append(("CARD?", m.group()))
    for m in re.finditer(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+", t):
        found.append(("EMAIL?", m.group()))
    for m in re.finditer(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])", t):
        if v_ip(m.group()):
            found.append(("IP?", m.group()))
    for m in re.finditer(r"[0-9A-Fa-f]*:[0-9A-Fa-f:]*:[0-9A-Fa-f:]*", t):
        if v_ip(m.group().strip(":")) or v_ip(m.group()):
            found.append(("IPV6?", m.group()))
    return found
