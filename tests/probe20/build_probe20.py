# ruff: noqa
"""Build the blind accuracy probe ``probe20`` (seed 2020).

    python build_probe20.py          # (re)write probe20.jsonl
    python build_probe20.py --check  # rebuild in memory, fail unless byte-identical

Every value is fake and generated here from ``random.Random(2020)``.  Templates write values as
``⟦TYPE|value⟧`` markup; ``finish()`` strips the markup and records the spans.  ``validate_doc()``
raises on any labelling error (see README.md).
"""

import argparse
import datetime
import ipaddress
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

import phonenumbers
from stdnum import luhn, numdb
from stdnum.cn import ric, uscc

NAME = "probe20"
SEED = 2020
HERE = Path(__file__).resolve().parent
OUT = HERE / f"{NAME}.jsonl"

TYPES = (
    "ID_CARD",
    "MOBILE",
    "LANDLINE",
    "BANK_CARD",
    "EMAIL",
    "PLATE",
    "PASSPORT",
    "HK_MACAO_PERMIT",
    "IP",
    "QQ",
    "WECHAT",
    "GPS",
    "BIRTHDATE",
)
GENRES = (
    ("id_docs_ocr", 36),
    ("court_lists", 35),
    ("enterprise_dir", 35),
    ("it_exports", 36),
    ("english_forms", 35),
    ("social_dm", 36),
    ("delivery_apps", 35),
    ("traps20", 32),
)
TRAP_GENRE = "traps20"

# --------------------------------------------------------------------------------------------------
# validators (used by the build and by the test)
# --------------------------------------------------------------------------------------------------

MOBILE_SEGMENTS = (
    [str(x) for x in range(130, 140)]
    + ["145", "146", "147", "148", "149"]
    + ["150", "151", "152", "153", "155", "156", "157", "158", "159"]
    + ["162", "165", "166", "167", "170", "171", "172", "173", "175", "176", "177", "178"]
    + [str(x) for x in range(180, 190)]
    + ["191", "193", "195", "196", "197", "198", "199"]
)
# UnionPay BINs of Chinese issuers used for BANK_CARD (documented in README.md)
BANK_BINS = {
    "622202": "中国工商银行",
    "621226": "中国工商银行",
    "622208": "中国工商银行",
    "622848": "中国农业银行",
    "621700": "中国建设银行",
    "622700": "中国建设银行",
    "621661": "中国银行",
    "621483": "招商银行",
    "622588": "招商银行",
    "622609": "招商银行",
    "622260": "交通银行",
    "628288": "中信银行",
    "625802": "广发银行",
    "621799": "中国邮政储蓄银行",
}
PROVINCE_ABBR = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
PLATE_RE = re.compile(
    r"[%s][A-HJ-NP-Z][·・•. ]?(?:[A-HJ-NP-Z0-9]{5}|[DF][A-HJ-NP-Z0-9]\d{4}|\d{5}[DF])" % PROVINCE_ABBR
)
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
PASSPORT_RE = re.compile(r"E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8}")
HKM_RE = re.compile(r"C[0-9A-HJ-NP-Z]\d{7}|[HM]\d{8}(?:\d{2})?")
QQ_RE = re.compile(r"[1-9]\d{4,10}")
WXID_RE = re.compile(r"[A-Za-z][A-Za-z0-9_-]{5,19}")
GPS_RE = re.compile(r"(\d{1,2}\.\d{4,})(?:\s*[,，]\s*|\s+)(\d{1,3}\.\d{4,})")

CN_NUMERALS = str.maketrans(
    {
        "零": "0",
        "〇": "0",
        "一": "1",
        "幺": "1",
        "壹": "1",
        "二": "2",
        "两": "2",
        "兩": "2",
        "贰": "2",
        "貳": "2",
        "三": "3",
        "叁": "3",
        "參": "3",
        "四": "4",
        "肆": "4",
        "五": "5",
        "伍": "5",
        "六": "6",
        "陆": "6",
        "陸": "6",
        "七": "7",
        "柒": "7",
        "八": "8",
        "捌": "8",
        "九": "9",
        "玖": "9",
    }
)

CUES = {
    "PASSPORT": ("护照", "護照", "passport", "travel document", "旅行证件"),
    "HK_MACAO_PERMIT": ("通行证", "通行證", "回乡证", "回鄉證", "permit"),
    "QQ": ("qq", "扣扣", "企鹅", "企鵝", "抠抠"),
    "WECHAT": (
        "微信",
        "威信",
        "薇信",
        "wx",
        "vx",
        "v信",
        "加v",
        "wechat",
        "weixin",
        "wei xin",
        "薇❤",
        "v❤",
        "加薇",
        "加微",
    ),
    "BIRTHDATE": ("出生", "生日", "birth", "born", "dob", "d.o.b"),
}


def fold(s):
    return unicodedata.normalize("NFKC", s)


def _digits_only(s, allow_symbols=True):
    """Digits of a phone-like run; None if it holds anything but digits and separators."""
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(ch)
        elif ch in " -.\u00a0\u200b":
            continue
        elif allow_symbols and unicodedata.category(ch) in ("So", "Sk", "Mn", "Me", "Cf"):
            continue  # emoji between the digits (social posts)
        else:
            return None
    return "".join(out)


def _strip_cn_prefix(f):
    for p in ("(+86)", "+86", "0086", "86-"):
        if f.startswith(p):
            return f[len(p) :].lstrip(" -"), True
    return f, False


def valid_mobile(s):
    f = fold(s).translate(CN_NUMERALS)
    rest, _ = _strip_cn_prefix(f)
    d = _digits_only(rest)
    if d is not None and len(d) == 11 and d[:3] in MOBILE_SEGMENTS:
        return True
    # international (HK / Macao / Taiwan / other) with an explicit country code
    m = re.fullmatch(r"(?:\+|00|\(\+?)(\d{1,3})\)?[ -]?(.+)", f)
    if not m:
        return False
    digits = _digits_only(f.replace("(", "").replace(")", "").replace("+", ""), allow_symbols=False)
    if digits is None:
        return False
    if digits.startswith("00"):
        digits = digits[2:]
    try:
        num = phonenumbers.parse("+" + digits)
    except phonenumbers.NumberParseException:
        return False
    if num.country_code == 86:
        return False
    return (
        phonenumbers.is_valid_number(num)
        and phonenumbers.number_type(num) == phonenumbers.PhoneNumberType.MOBILE
    )


def valid_landline(s):
    f = fold(s)
    rest, cn = _strip_cn_prefix(f)
    if cn:
        d = _digits_only(rest.replace("(", "").replace(")", ""), allow_symbols=False)
        if d is None:
            return False
        d = d if d.startswith("0") else "0" + d
    elif f.startswith("+") or f.startswith("00") or re.match(r"\([1-9]", f):
        d = _digits_only(f.replace("(", "").replace(")", "").replace("+", ""), allow_symbols=False)
        if d is None:
            return False
        if d.startswith("00"):
            d = d[2:]
        try:
            num = phonenumbers.parse("+" + d)
        except phonenumbers.NumberParseException:
            return False
        return (
            num.country_code != 86
            and phonenumbers.is_valid_number(num)
            and phonenumbers.number_type(num) == phonenumbers.PhoneNumberType.FIXED_LINE
        )
    else:
        d = _digits_only(f.replace("(", "").replace(")", ""), allow_symbols=False)
        if d is None:
            return False
    if not d.startswith("0") or d.startswith("0400") or d.startswith("0800") or d[:3] in ("400", "800"):
        return False
    try:
        num = phonenumbers.parse("+86" + d[1:])
    except phonenumbers.NumberParseException:
        return False
    return (
        phonenumbers.is_valid_number(num)
        and phonenumbers.number_type(num) == phonenumbers.PhoneNumberType.FIXED_LINE
    )


def valid_id15(d):
    if not re.fullmatch(r"\d{15}", d):
        return False
    try:
        datetime.date(1900 + int(d[6:8]), int(d[8:10]), int(d[10:12]))
    except ValueError:
        return False
    info = numdb.get("cn/loc").info(d[:6])
    return any("county" in props for _, props in info)


def valid_id(s):
    d = fold(s).replace(" ", "").replace("-", "").upper()
    if len(d) == 15:
        return valid_id15(d)
    return len(d) == 18 and ric.is_valid(d)


def valid_bank(s):
    d = fold(s).replace(" ", "").replace("-", "")
    return d.isdigit() and 16 <= len(d) <= 19 and luhn.is_valid(d) and d[:6] in BANK_BINS


def valid_ip(s):
    try:
        ip = ipaddress.ip_address(fold(s))
    except ValueError:
        return False
    return ip.is_global and not ip.is_multicast


def valid_gps(s):
    m = GPS_RE.fullmatch(fold(s))
    if not m:
        return False
    lat, lon = float(m.group(1)), float(m.group(2))
    return 3.0 < lat < 54.0 and 73.0 < lon < 136.0


MONTHS = {
    m.lower(): i + 1
    for i, m in enumerate(
        [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ]
    )
}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9


def parse_date(s):
    """All readings of a date string (a list of datetime.date)."""
    f = re.sub(r"\s+", " ", fold(s).strip())
    out = []

    def add(y, m, d):
        try:
            out.append(datetime.date(int(y), int(m), int(d)))
        except ValueError:
            pass

    m = re.fullmatch(r"(\d{4}) ?年 ?(\d{1,2}) ?月 ?(\d{1,2}) ?日", f)
    if m:
        add(*m.groups())
    m = re.fullmatch(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})", f)
    if m:
        add(m.group(1), m.group(3), m.group(4))
    m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})", f)
    if m:
        add(*m.groups())
    m = re.fullmatch(r"(\d{1,2})([-/. ])(\d{1,2})\2(\d{4})", f)
    if m:
        add(m.group(4), m.group(3), m.group(1))
        add(m.group(4), m.group(1), m.group(3))
    m = re.fullmatch(r"(\d{1,2})[- ]([A-Za-z]{3,9})\.?[- ]?(\d{4})", f)
    if m and m.group(2).lower() in MONTHS:
        add(m.group(3), MONTHS[m.group(2).lower()], m.group(1))
    m = re.fullmatch(r"([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})", f)
    if m and m.group(1).lower() in MONTHS:
        add(m.group(3), MONTHS[m.group(1).lower()], m.group(2))
    return [d for d in out if 1920 <= d.year <= 2024]


def has_cue(text, start, typ, end=None):
    before = re.sub(r"\s+", "", fold(text[:start]).lower())  # OCR splits labels with spaces/line breaks
    if any(c.replace(" ", "") in before for c in CUES[typ]):
        return True
    # Chinese court style "1990年6月15日出生" / "1990年6月15日生": the cue follows the date
    return (
        typ == "BIRTHDATE"
        and end is not None
        and text[end : end + 2] in ("出生", "生，", "生,", "生。", "生)", "生）")
    )


def valid_value(typ, value, text=None, start=None):
    """Re-validate one labelled value (with its cue where the convention needs one)."""
    f = fold(value)
    if typ == "ID_CARD":
        ok = valid_id(value)
    elif typ == "MOBILE":
        ok = valid_mobile(value)
    elif typ == "LANDLINE":
        ok = valid_landline(value)
    elif typ == "BANK_CARD":
        ok = valid_bank(value)
    elif typ == "EMAIL":
        ok = EMAIL_RE.fullmatch(f) is not None
    elif typ == "PLATE":
        ok = PLATE_RE.fullmatch(f) is not None or PLATE_RE.fullmatch(value) is not None
    elif typ == "PASSPORT":
        ok = PASSPORT_RE.fullmatch(f) is not None
    elif typ == "HK_MACAO_PERMIT":
        ok = HKM_RE.fullmatch(f) is not None
    elif typ == "IP":
        ok = valid_ip(value)
    elif typ == "QQ":
        ok = QQ_RE.fullmatch(f) is not None
    elif typ == "WECHAT":
        ok = WXID_RE.fullmatch(f) is not None or valid_mobile(value)
    elif typ == "GPS":
        ok = valid_gps(value)
    elif typ == "BIRTHDATE":
        ok = bool(parse_date(value))
    else:
        raise ValueError(f"unknown type {typ}")
    if ok and typ in CUES and text is not None:
        ok = has_cue(text, start, typ, start + len(value))
    return ok


# --------------------------------------------------------------------------------------------------
# accidental-value scan of the unlabelled text
# --------------------------------------------------------------------------------------------------

ACC_MOBILE = re.compile(r"(?<!\d)1[3-9]\d(?:[-. ]?\d){8}(?!\d)")
ACC_ID = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
ACC_ID_GROUPED = re.compile(r"(?<!\d)\d{6}[ -]\d{8}[ -]\d{3}[\dXx](?![0-9A-Za-z])")
ACC_CARD = re.compile(r"(?<!\d)\d{16,19}(?!\d)")
ACC_CARD_GROUPED = re.compile(r"(?<!\d)\d{4}(?:[ -]\d{4}){3}(?:[ -]?\d{1,3})?(?!\d)")
ACC_IP4 = re.compile(r"(?<![\d.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?!\.?\d)")
ACC_LANDLINE = re.compile(r"(?<!\d)(?:\(0\d{2,3}\)|0\d{2,3})[- ]?\d{7,8}(?!\d)")
ACC_GPS = re.compile(r"(?<![\d.])\d{1,2}\.\d{4,}\s*[,，]\s*\d{2,3}\.\d{4,}(?![\d.])")


ACC_PLATE = re.compile(r"(?<![A-Za-z0-9])" + PLATE_RE.pattern + r"(?![A-Za-z0-9])")
ACC_DOCNO = re.compile(
    r"(?<![A-Za-z0-9])(?:E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8}|C[0-9A-HJ-NP-Z]\d{7}|[HM]\d{8}(?:\d{2})?)(?![A-Za-z0-9])"
)
ACC_CUED = re.compile(
    r"(?i)(?:qq|扣扣|企鹅)(?:号|號)?(?:码|碼)?\s*[:：是]?\s*[1-9]\d{4,10}(?!\d)"
    r"|(?:微信|vx|wx)(?:号|號)?\s*[:：是]\s*[A-Za-z][A-Za-z0-9_-]{5,19}"
    r"|(?:出生日期|生日|date of birth|dob)\s*[:：]?\s*\d{4}[-/.年]\d{1,2}"
)


def accidental_hits(text):
    """Values in (already blanked) text that should have been labelled."""
    f = fold(text)
    hits = []
    for m in ACC_MOBILE.finditer(f):
        hits.append(("MOBILE", m.group()))
    for rx in (ACC_ID, ACC_ID_GROUPED):
        for m in rx.finditer(f):
            if ric.is_valid(re.sub(r"[ -]", "", m.group()).upper()):
                hits.append(("ID_CARD", m.group()))
    for rx in (ACC_CARD, ACC_CARD_GROUPED):
        for m in rx.finditer(f):
            d = re.sub(r"[ -]", "", m.group())
            if 16 <= len(d) <= 19 and (d.startswith("62") or d[0] in "45") and luhn.is_valid(d):
                hits.append(("BANK_CARD", m.group()))
    for m in EMAIL_RE.finditer(f):
        hits.append(("EMAIL", m.group()))
    for m in ACC_IP4.finditer(f):
        try:
            if ipaddress.ip_address(m.group()).is_global:
                hits.append(("IP", m.group()))
        except ValueError:
            pass
    for m in ACC_LANDLINE.finditer(f):
        if valid_landline(m.group()):
            hits.append(("LANDLINE", m.group()))
    for m in ACC_GPS.finditer(f):
        if valid_gps(m.group()):
            hits.append(("GPS", m.group()))
    for m in ACC_PLATE.finditer(f):
        hits.append(("PLATE", m.group()))
    for m in ACC_DOCNO.finditer(f):
        ctx = f[max(0, m.start() - 30) : m.start()].lower()
        if any(c in ctx for c in CUES["PASSPORT"] + CUES["HK_MACAO_PERMIT"]):
            hits.append(("PASSPORT/HK_MACAO_PERMIT", m.group()))
    for m in ACC_CUED.finditer(f):
        hits.append(("QQ/WECHAT/BIRTHDATE after a cue", m.group()))
    return hits


def blank(text, spans):
    chars = list(text)
    for s, e, _ in spans:
        for i in range(s, e):
            chars[i] = "█"
    return "".join(chars)


def _edge_bad(ch, typ, leading):
    if ch.isspace():
        return True
    cat = unicodedata.category(ch)
    if cat[0] in "PSZC":
        if leading and typ in ("MOBILE", "LANDLINE") and ch in "+(（":
            return False
        return True
    return False


def validate_doc(doc):
    """Raise ValueError on any labelling problem in one document."""
    text, spans = doc["text"], doc["spans"]
    prev_end = -1
    for s, e, typ in spans:
        if typ not in TYPES:
            raise ValueError(f"{doc['id']}: unknown type {typ}")
        if not (0 <= s < e <= len(text)):
            raise ValueError(f"{doc['id']}: bad offsets {s},{e}")
        if s < prev_end:
            raise ValueError(f"{doc['id']}: overlapping or unsorted spans at {s}")
        prev_end = e
        val = text[s:e]
        if _edge_bad(val[0], typ, True) or _edge_bad(val[-1], typ, False):
            raise ValueError(f"{doc['id']}: span {val!r} has whitespace/punctuation at an edge")
        if "\n" in val or "\r" in val:
            raise ValueError(f"{doc['id']}: span {val!r} crosses a line")
        if (
            val[0].isascii()
            and val[0].isalnum()
            and s > 0
            and fold(text[s - 1]).isascii()
            and fold(text[s - 1]).isalnum()
        ):
            raise ValueError(f"{doc['id']}: span {val!r} starts inside a token")
        if (
            val[-1].isascii()
            and val[-1].isalnum()
            and e < len(text)
            and fold(text[e]).isascii()
            and fold(text[e]).isalnum()
        ):
            raise ValueError(f"{doc['id']}: span {val!r} ends inside a token")
        if not valid_value(typ, val, text, s):
            raise ValueError(
                f"{doc['id']}: {typ} {val!r} does not re-validate (context {text[max(0, s - 40) : e]!r})"
            )
    if doc["genre"] == TRAP_GENRE and spans:
        raise ValueError(f"{doc['id']}: trap document has spans")
    hits = accidental_hits(blank(text, spans))
    if hits:
        raise ValueError(f"{doc['id']}: unlabelled values {hits}")


# --------------------------------------------------------------------------------------------------
# generators
# --------------------------------------------------------------------------------------------------

R = random.Random(SEED)
USED = set()
DIG = "0123456789"


def uniq(fn):
    for _ in range(500):
        v = fn()
        if v not in USED:
            USED.add(v)
            return v
    raise RuntimeError("could not find a fresh value")


def rdig(n):
    return "".join(R.choice(DIG) for _ in range(n))


def safe_digits(n, first=None):
    """A digit string that is not itself a labellable value (order numbers and the like)."""
    for _ in range(1000):
        s = (first or R.choice("123456789")) + rdig(n - 1)
        s = s[:n]
        if not accidental_hits(s) and not accidental_hits("x" + s + "x"):
            return s
    raise RuntimeError("no safe digits")


def safe_str(fn):
    for _ in range(1000):
        s = fn()
        if not accidental_hits(s):
            return s
    raise RuntimeError("no safe string")


REGIONS = [
    "110101",
    "110102",
    "110105",
    "110108",
    "120101",
    "120103",
    "130102",
    "130104",
    "140105",
    "150102",
    "210102",
    "210202",
    "220102",
    "230103",
    "310101",
    "310104",
    "310105",
    "310110",
    "310115",
    "320102",
    "320106",
    "320205",
    "320583",
    "330102",
    "330106",
    "330108",
    "330205",
    "330302",
    "330602",
    "340104",
    "350102",
    "350203",
    "360102",
    "370102",
    "370202",
    "410105",
    "420102",
    "420106",
    "430102",
    "430104",
    "440103",
    "440104",
    "440106",
    "440303",
    "440304",
    "440305",
    "441302",
    "441900",
    "450103",
    "460105",
    "500103",
    "500106",
    "510104",
    "510107",
    "520102",
    "530102",
    "610103",
    "610113",
    "620102",
    "630102",
    "640104",
    "650102",
    "650103",
    "360782",
    "411302",
    "421002",
    "431202",
    "522601",
    "350582",
    "371302",
]


def rand_date(y0, y1):
    start = datetime.date(y0, 1, 1).toordinal()
    end = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(R.randint(start, end))


def birth_adult():
    return rand_date(1958, 2004)


def gen_id(birth=None, male=None):
    birth = birth or birth_adult()
    for _ in range(3000):
        reg = R.choice(REGIONS)
        seq = R.randint(1, 999)
        if male is not None and (seq % 2 == 1) != male:
            seq = seq + 1 if seq < 999 else seq - 1
        body = reg + birth.strftime("%Y%m%d") + f"{seq:03d}"
        num = body + ric.calc_check_digit(body + "0")
        if ric.is_valid(num) and num not in USED:
            USED.add(num)
            return num
    raise RuntimeError("no id")


def gen_id15(birth):
    for _ in range(1000):
        reg = R.choice(REGIONS[:20])
        num = reg + birth.strftime("%y%m%d") + rdig(3)
        if valid_id15(num):
            return num
    raise RuntimeError("no id15")


COMMON_SEGS = [
    "130",
    "131",
    "132",
    "133",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "155",
    "156",
    "157",
    "158",
    "159",
    "166",
    "173",
    "176",
    "177",
    "180",
    "181",
    "182",
    "183",
    "185",
    "186",
    "187",
    "188",
    "189",
    "191",
    "198",
    "199",
]


def gen_mob(seg=None):
    def f():
        s = seg or (R.choice(COMMON_SEGS) if R.random() < 0.8 else R.choice(MOBILE_SEGMENTS))
        return s + rdig(8)

    return uniq(f)


def fmt_mob(m, style=None):
    style = style or R.choice(
        ["plain"] * 6 + ["dash", "space", "p86", "p86s", "p86dash", "paren86", "0086", "86dash", "dot"]
    )
    a, b, c = m[:3], m[3:7], m[7:]
    return {
        "plain": m,
        "dash": f"{a}-{b}-{c}",
        "space": f"{a} {b} {c}",
        "p86": f"+86{m}",
        "p86s": f"+86 {m}",
        "p86dash": f"+86-{a}-{b}-{c}",
        "paren86": f"(+86){m}",
        "0086": f"0086{m}",
        "86dash": f"86-{m}",
        "dot": f"{a}.{b}.{c}",
        "p86space": f"+86 {a} {b} {c}",
        "fw": m.translate(FW),
        "fwdash": f"{a}-{b}-{c}".translate(FW),
        "space443": f"{m[:4]} {m[4:7]} {m[7:]}",
    }[style]


FW = str.maketrans(
    {str(i): chr(0xFF10 + i) for i in range(10)} | {"-": "－", "+": "＋", "(": "（", ")": "）"}
)
CN_DIGITS = "〇一二三四五六七八九"


def cn_mob(m, yao=False, spaced=False):
    s = "".join(CN_DIGITS[int(c)] for c in m)
    if yao:
        s = s.replace("一", "幺")
    if spaced:
        s = s[:3] + " " + s[3:7] + " " + s[7:]
    return s


AREAS = [
    "010",
    "020",
    "021",
    "022",
    "023",
    "024",
    "025",
    "027",
    "028",
    "029",
    "0571",
    "0574",
    "0577",
    "0755",
    "0757",
    "0769",
    "0512",
    "0510",
    "0531",
    "0532",
    "0371",
    "0731",
    "0591",
    "0592",
    "0851",
    "0871",
    "0311",
    "0351",
    "0431",
    "0451",
    "0551",
    "0791",
    "0771",
    "0898",
    "0931",
    "0991",
    "0513",
    "0573",
    "0579",
    "0760",
    "0754",
    "0595",
]


def gen_tel(area=None):
    for _ in range(1000):
        a = area or R.choice(AREAS)
        n = R.choice("2345678") + rdig(7 if R.random() < 0.85 else 6)
        num = phonenumbers.parse("+86" + a[1:] + n)
        if (
            phonenumbers.is_valid_number(num)
            and phonenumbers.number_type(num) == phonenumbers.PhoneNumberType.FIXED_LINE
        ):
            if (a, n) not in USED:
                USED.add((a, n))
                return a, n
    raise RuntimeError("no tel")


def fmt_tel(t, style=None):
    a, n = t
    style = style or R.choice(["dash"] * 6 + ["plain", "paren", "fwparen", "space", "p86", "dashsplit"])
    h = len(n) // 2
    return {
        "dash": f"{a}-{n}",
        "plain": a + n,
        "paren": f"({a}){n}",
        "fwparen": f"（{a}）{n}",
        "space": f"{a} {n[:h]} {n[h:]}",
        "p86": f"+86 {a[1:]} {n[:h]} {n[h:]}",
        "p86dash": f"+86-{a[1:]}-{n}",
        "dashsplit": f"{a}-{n[:h]} {n[h:]}",
        "parensp": f"({a}) {n[:h]}-{n[h:]}",
    }[style]


def gen_intl(region, kind):
    """(formatted, e164) international number validated by phonenumbers."""
    spec = {
        ("HK", "m"): ("852", lambda: R.choice("569") + rdig(7)),
        ("HK", "f"): ("852", lambda: R.choice("23") + rdig(7)),
        ("MO", "m"): ("853", lambda: "6" + R.choice("2368") + rdig(6)),
        ("MO", "f"): ("853", lambda: "28" + rdig(6)),
        ("TW", "m"): ("886", lambda: "9" + rdig(8)),
        ("TW", "f"): ("886", lambda: "2" + R.choice("2345789") + rdig(7)),
        ("GB", "m"): ("44", lambda: "7" + R.choice("45789") + rdig(8)),
        ("GB", "f"): ("44", lambda: "20" + R.choice("378") + rdig(7)),
        ("DE", "f"): ("49", lambda: "30" + R.choice("2345678") + rdig(7)),
        ("DE", "m"): ("49", lambda: "15" + R.choice("127") + rdig(8)),
        ("FR", "f"): ("33", lambda: "1" + R.choice("4") + rdig(7)),
        ("AU", "m"): ("61", lambda: "4" + R.choice("0123") + rdig(7)),
        ("SG", "m"): ("65", lambda: R.choice("89") + rdig(7)),
        ("JP", "m"): ("81", lambda: R.choice(["90", "80", "70"]) + rdig(8)),
        ("JP", "f"): ("81", lambda: "3" + R.choice("3456") + rdig(7)),
        ("TH", "m"): ("66", lambda: R.choice("689") + rdig(8)),
        ("IT", "f"): ("39", lambda: "06" + R.choice("4589") + rdig(6)),
    }
    cc, gen = spec[(region, kind)]
    want = phonenumbers.PhoneNumberType.MOBILE if kind == "m" else phonenumbers.PhoneNumberType.FIXED_LINE
    for _ in range(2000):
        nat = gen()
        num = phonenumbers.parse(f"+{cc}{nat}")
        if phonenumbers.is_valid_number(num) and phonenumbers.number_type(num) == want:
            return cc, nat
    raise RuntimeError(f"no intl {region} {kind}")


def fmt_intl(cc, nat, style=None):
    style = style or R.choice(["intl", "intl", "plus", "paren", "00"])
    num = phonenumbers.parse(f"+{cc}{nat}")
    intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if style == "intl":
        return intl
    if style == "plus":
        return f"+{cc}{nat}"
    if style == "paren":
        return f"({cc}) " + intl.split(" ", 1)[1]
    if style == "00":
        return f"00{cc} " + intl.split(" ", 1)[1]
    if style == "dash":
        return f"+{cc}-" + intl.split(" ", 1)[1].replace(" ", "-")
    raise ValueError(style)


def gen_card(bin_=None, length=None):
    def f():
        b = bin_ or R.choice(list(BANK_BINS))
        n = length or R.choice([16, 19, 19, 19, 16, 18])
        body = b + rdig(n - 7)
        return body + luhn.calc_check_digit(body)

    return uniq(f)


def fmt_card(c, style=None):
    style = style or R.choice(["plain", "plain", "group4", "group4", "dash4", "group64"])
    if style == "plain":
        return c
    if style == "group4":
        return " ".join(c[i : i + 4] for i in range(0, len(c), 4))
    if style == "dash4":
        return "-".join(c[i : i + 4] for i in range(0, len(c), 4))
    if style == "group64":
        return c[:6] + " " + " ".join(c[i : i + 4] for i in range(6, len(c), 4))
    raise ValueError(style)


SURNAMES = [
    ("王", "wang"),
    ("李", "li"),
    ("张", "zhang"),
    ("刘", "liu"),
    ("陈", "chen"),
    ("杨", "yang"),
    ("黄", "huang"),
    ("赵", "zhao"),
    ("吴", "wu"),
    ("周", "zhou"),
    ("徐", "xu"),
    ("孙", "sun"),
    ("马", "ma"),
    ("朱", "zhu"),
    ("胡", "hu"),
    ("郭", "guo"),
    ("何", "he"),
    ("林", "lin"),
    ("罗", "luo"),
    ("郑", "zheng"),
    ("梁", "liang"),
    ("谢", "xie"),
    ("宋", "song"),
    ("唐", "tang"),
    ("韩", "han"),
    ("冯", "feng"),
    ("邓", "deng"),
    ("曹", "cao"),
    ("彭", "peng"),
    ("曾", "zeng"),
    ("肖", "xiao"),
    ("田", "tian"),
    ("董", "dong"),
    ("潘", "pan"),
    ("蒋", "jiang"),
    ("蔡", "cai"),
    ("叶", "ye"),
    ("程", "cheng"),
    ("魏", "wei"),
    ("沈", "shen"),
    ("姚", "yao"),
    ("卢", "lu"),
    ("钟", "zhong"),
    ("汪", "wang"),
    ("范", "fan"),
    ("金", "jin"),
    ("方", "fang"),
    ("邱", "qiu"),
    ("欧阳", "ouyang"),
    ("上官", "shangguan"),
]
GIVEN = [
    ("伟", "wei"),
    ("芳", "fang"),
    ("娜", "na"),
    ("敏", "min"),
    ("静", "jing"),
    ("丽", "li"),
    ("强", "qiang"),
    ("磊", "lei"),
    ("军", "jun"),
    ("洋", "yang"),
    ("勇", "yong"),
    ("艳", "yan"),
    ("杰", "jie"),
    ("娟", "juan"),
    ("涛", "tao"),
    ("明", "ming"),
    ("超", "chao"),
    ("秀", "xiu"),
    ("霞", "xia"),
    ("平", "ping"),
    ("刚", "gang"),
    ("英", "ying"),
    ("华", "hua"),
    ("鹏", "peng"),
    ("婷", "ting"),
    ("慧", "hui"),
    ("宇", "yu"),
    ("浩", "hao"),
    ("欣", "xin"),
    ("子", "zi"),
    ("涵", "han"),
    ("轩", "xuan"),
    ("嘉", "jia"),
    ("怡", "yi"),
    ("晨", "chen"),
    ("佳", "jia"),
    ("博", "bo"),
    ("文", "wen"),
    ("志", "zhi"),
    ("海", "hai"),
    ("建", "jian"),
    ("雪", "xue"),
    ("琳", "lin"),
    ("晓", "xiao"),
    ("俊", "jun"),
    ("凯", "kai"),
    ("雨", "yu"),
    ("思", "si"),
    ("梦", "meng"),
    ("若", "ruo"),
    ("诗", "shi"),
    ("一", "yi"),
    ("天", "tian"),
    ("国", "guo"),
]


class Person:
    def __init__(self, male=None, birth=None):
        self.male = R.random() < 0.5 if male is None else male
        sur = R.choice(SURNAMES)
        given = [R.choice(GIVEN) for _ in range(R.choice([1, 2, 2]))]
        self.name = sur[0] + "".join(g[0] for g in given)
        self.sur_py = sur[1]
        self.given_py = "".join(g[1] for g in given)
        self.en = f"{self.sur_py.upper()} {self.given_py.upper()}"
        self.birth = birth or birth_adult()
        self.id = gen_id(self.birth, self.male)
        self.mobile = gen_mob()
        self.sex = "男" if self.male else "女"
        self.sex_en = "M" if self.male else "F"

    def email(self, domain=None):
        return gen_email(self, domain)


FREE_DOMAINS = [
    "163.com",
    "126.com",
    "qq.com",
    "sina.com",
    "foxmail.com",
    "gmail.com",
    "outlook.com",
    "hotmail.com",
    "yeah.net",
    "139.com",
    "sohu.com",
    "aliyun.com",
    "icloud.com",
]
CORP_DOMAINS = [
    "hzyunqi-tech.com",
    "lanshanlaw.cn",
    "zhonghe-logistics.com",
    "xinrui-med.cn",
    "chengda-group.com.cn",
    "qianfan-soft.com",
    "binjiang-edu.cn",
    "tianmu-foods.com",
    "huaxin-capital.cn",
    "jinshuo-auto.com",
    "mingde-lawfirm.com",
    "dongfang-eng.cn",
    "kaiyuan-data.io",
    "suzhou-jingwei.com",
    "anheng-ins.com.cn",
]


def gen_email(p=None, domain=None):
    def f():
        dom = domain or R.choice(FREE_DOMAINS + CORP_DOMAINS[:5])
        if dom == "qq.com" and R.random() < 0.7:
            return f"{R.randint(10000, 3999999999)}@qq.com"
        if p is None:
            q = Person.__new__(Person)
            sur, gv = R.choice(SURNAMES), R.choice(GIVEN)
            sp, gp = sur[1], gv[1] + R.choice(GIVEN)[1]
        else:
            sp, gp = p.sur_py, p.given_py
        style = R.randint(0, 7)
        local = [
            f"{sp}{gp}",
            f"{gp}.{sp}",
            f"{sp}.{gp}",
            f"{sp[0]}{gp}{R.randint(1, 99)}",
            f"{sp}{gp}{R.randint(1970, 2005)}",
            f"{gp}_{sp}",
            f"{sp}{gp[0]}{R.randint(100, 999)}",
            f"{gp}{sp[0]}",
        ][style]
        return f"{local}@{dom}"

    return uniq(f)


def gen_plate(nev=None, prov=None):
    def f():
        p = prov or R.choice(PROVINCE_ABBR)
        city = R.choice("ABCDEFGHJKLMN")
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        kind = nev if nev is not None else (R.random() < 0.3)
        if kind:
            if R.random() < 0.8:
                tail = R.choice("DF") + R.choice(letters + DIG) + rdig(4)
            else:
                tail = rdig(5) + R.choice("DF")
        else:
            chars = [R.choice(DIG) for _ in range(5)]
            for i in R.sample(range(5), R.choice([0, 1, 1, 2])):
                chars[i] = R.choice(letters)
            tail = "".join(chars)
        return p + city + tail

    return uniq(f)


def fmt_plate(pl, style=None):
    style = style or R.choice(["plain", "plain", "dot", "dot", "space"])
    return {"plain": pl, "dot": pl[:2] + "·" + pl[2:], "space": pl[:2] + " " + pl[2:]}[style]


def gen_passport():
    def f():
        k = R.random()
        if k < 0.5:
            return "E" + R.choice("123456789") + rdig(7)
        if k < 0.85:
            return "E" + R.choice("ABCDEFGHJK") + rdig(7)
        return "G" + R.choice("3456") + rdig(7)

    return uniq(f)


def gen_hkm(kind="C"):
    def f():
        if kind == "C":
            return "C" + (R.choice("ABCDEFGHJKLMN") if R.random() < 0.4 else R.choice("123456789")) + rdig(7)
        return kind + R.choice("0123456") + rdig(7 if R.random() < 0.6 else 9)

    return uniq(f)


IP4_FIRST = [
    36,
    39,
    42,
    49,
    58,
    59,
    60,
    61,
    101,
    106,
    110,
    111,
    112,
    113,
    114,
    115,
    116,
    117,
    118,
    119,
    120,
    121,
    122,
    123,
    124,
    125,
    139,
    140,
    171,
    175,
    180,
    182,
    183,
    202,
    210,
    211,
    218,
    219,
    220,
    221,
    222,
    223,
]


def gen_ip4():
    def f():
        return f"{R.choice(IP4_FIRST)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"

    for _ in range(100):
        ip = uniq(f)
        if valid_ip(ip):
            return ip
    raise RuntimeError


def gen_ip6():
    pre = R.choice(["240e", "2408", "2409", "2400", "2402"])
    groups = [pre, f"{R.randint(0x300, 0x8FFF):x}"] + [f"{R.randint(0, 0xFFFF):x}" for _ in range(6)]
    if R.random() < 0.5:
        return ipaddress.ip_address(":".join(groups)).compressed
    return ":".join(groups)


def private_ip():
    return safe_str(_private_ip)


def _private_ip():
    return R.choice(
        [
            f"192.168.{R.randint(0, 20)}.{R.randint(2, 254)}",
            f"10.{R.randint(0, 40)}.{R.randint(0, 255)}.{R.randint(2, 254)}",
            f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(2, 254)}",
            "127.0.0.1",
            f"100.{R.randint(64, 127)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
        ]
    )


def gen_qq():
    return uniq(
        lambda: str(R.randint(10000, 99999)) if R.random() < 0.1 else str(R.randint(100000000, 3999999999))
    )


def gen_wxid(p=None):
    def f():
        k = R.randint(0, 6)
        if k == 0:
            return "wxid_" + "".join(R.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14))
        sp = p.sur_py if p else R.choice(SURNAMES)[1]
        gp = p.given_py if p else R.choice(GIVEN)[1]
        return [
            f"{sp}{gp}{R.randint(10, 99)}",
            f"{gp}_{R.randint(1985, 2005)}",
            f"{sp[0].upper()}{gp}-{R.randint(1, 999)}",
            f"{R.choice(['Lily', 'Coco', 'Tony', 'Kevin', 'Amy', 'Jason', 'Momo', 'Sunny'])}{R.randint(100, 9999)}",
            f"{sp}_{gp}",
            f"a{R.randint(100000, 99999999)}",
        ][k - 1]

    for _ in range(100):
        v = uniq(f)
        if WXID_RE.fullmatch(v):
            return v
    raise RuntimeError


CITY_GPS = {
    "杭州": (30.27, 120.15),
    "上海": (31.23, 121.47),
    "北京": (39.90, 116.40),
    "深圳": (22.54, 114.06),
    "广州": (23.13, 113.26),
    "成都": (30.66, 104.07),
    "武汉": (30.59, 114.30),
    "南京": (32.06, 118.79),
    "西安": (34.34, 108.94),
    "苏州": (31.30, 120.58),
    "重庆": (29.56, 106.55),
    "长沙": (28.23, 112.94),
}


def gen_gps(city=None, sep=None, dec=None):
    lat0, lon0 = CITY_GPS[city or R.choice(list(CITY_GPS))]
    dec = dec or R.choice([4, 5, 6, 6, 6])
    lat = lat0 + R.uniform(-0.12, 0.12)
    lon = lon0 + R.uniform(-0.12, 0.12)
    sep = sep if sep is not None else R.choice([",", ", ", ",", " "])
    return f"{lat:.{dec}f}{sep}{lon:.{dec}f}"


MON3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MONFULL = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def fdate(d, style="iso"):
    y, m, dd = d.year, d.month, d.day
    return {
        "iso": f"{y}-{m:02d}-{dd:02d}",
        "slash": f"{y}/{m:02d}/{dd:02d}",
        "slash_nz": f"{y}/{m}/{dd}",
        "dot": f"{y}.{m:02d}.{dd:02d}",
        "cn": f"{y}年{m:02d}月{dd:02d}日",
        "cn_nz": f"{y}年{m}月{dd}日",
        "compact": f"{y}{m:02d}{dd:02d}",
        "dmon": f"{dd:02d}-{MON3[m - 1]}-{y}",
        "us": f"{m:02d}/{dd:02d}/{y}",
        "eu": f"{dd:02d}/{m:02d}/{y}",
        "eu_dash": f"{dd:02d}-{m:02d}-{y}",
        "dmonth": f"{dd} {MONFULL[m - 1]} {y}",
        "monthd": f"{MONFULL[m - 1]} {dd}, {y}",
        "dmon_sp": f"{dd:02d} {MON3[m - 1]} {y}",
        "ocr_cn": f"{y} 年 {m} 月 {dd} 日",
        "eu_dot": f"{dd:02d}.{m:02d}.{y}",
        "dash_nz": f"{y}-{m}-{dd}",
    }[style]


def L(typ, val):
    assert "⟦" not in val and "⟧" not in val
    return f"⟦{typ}|{val}⟧"


MARK_RE = re.compile(r"⟦([A-Z_]+)\|(.*?)⟧", re.S)


def finish(marked, crlf=False):
    if crlf:
        marked = marked.replace("\r\n", "\n").replace("\n", "\r\n")
    out, spans, pos = [], [], 0
    last = 0
    for m in MARK_RE.finditer(marked):
        out.append(marked[last : m.start()])
        pos += m.start() - last
        val = m.group(2)
        spans.append([pos, pos + len(val), m.group(1)])
        out.append(val)
        pos += len(val)
        last = m.end()
    out.append(marked[last:])
    text = "".join(out)
    assert "⟦" not in text and "⟧" not in text
    return text, spans


# short helpers for templates ----------------------------------------------------------------------


def MOB(m=None, style=None):
    return L("MOBILE", fmt_mob(m or gen_mob(), style))


def TEL(t=None, style=None):
    return L("LANDLINE", fmt_tel(t or gen_tel(), style))


def IDC(i=None, style=None):
    i = i or gen_id()
    if style == "group":
        i = f"{i[:6]} {i[6:14]} {i[14:]}"
    elif style == "group4":
        i = f"{i[:6]} {i[6:10]} {i[10:14]} {i[14:]}"
    elif style == "fw":
        i = i.translate(FW)
    elif style == "lowerx":
        i = i.replace("X", "x")
    return L("ID_CARD", i)


def CARD(c=None, style=None):
    return L("BANK_CARD", fmt_card(c or gen_card(), style))


def MAIL(p=None, domain=None):
    return L("EMAIL", gen_email(p, domain))


def PLT(pl=None, style=None, nev=None):
    return L("PLATE", fmt_plate(pl or gen_plate(nev), style))


def PP(v=None):
    return L("PASSPORT", v or gen_passport())


def HKM(kind="C"):
    return L("HK_MACAO_PERMIT", gen_hkm(kind))


def IPV(v=None):
    return L("IP", v or gen_ip4())


def QQN(v=None):
    return L("QQ", v or gen_qq())


def WX(p=None, v=None):
    return L("WECHAT", v or gen_wxid(p))


def GPSV(city=None, sep=None, dec=None):
    return L("GPS", gen_gps(city, sep, dec))


def BD(d, style="iso"):
    return L("BIRTHDATE", fdate(d, style))


def mask_mob(m, k=None):
    k = k if k is not None else R.randint(0, 3)
    return [m[:3] + "****" + m[7:], m[:3] + "*****" + m[8:], m[:3] + "****" + m[7:], "*******" + m[7:]][k]


def mask_id(i, k=None):
    k = k if k is not None else R.randint(0, 3)
    return [
        i[:6] + "********" + i[14:],
        i[:10] + "****" + i[14:],
        i[:3] + "*" * 11 + i[14:],
        i[:1] + "*" * 16 + i[17:],
    ][k]


def mask_card(c):
    return R.choice([c[:4] + " **** **** " + c[-4:], c[:6] + "*" * (len(c) - 10) + c[-4:], "尾号" + c[-4:]])


def order_no(n=None):
    return safe_digits(n or R.choice([16, 18, 19, 20, 22]), first=R.choice("2345789"))


def amount(lo=5, hi=3000):
    return f"{R.uniform(lo, hi):.2f}"


def rtime(d=None):
    d = d or rand_date(2022, 2024)
    return f"{fdate(d)} {R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}"


def gen_uscc():
    def f():
        body = "91" + R.choice(REGIONS) + R.choice(["MA", "MA", "0", "7"])
        chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
        body += "".join(R.choice(chars) for _ in range(17 - len(body)))
        return body + uscc.calc_check_digit(body)

    return safe_str(f)


VIN_TRANS = {
    **{str(i): i for i in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9))),
    **dict(zip("JKLMN", range(1, 6))),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10))),
}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def gen_vin():
    def f():
        wmi = R.choice(["LSV", "LFV", "LGB", "LVS", "LHG", "LBV", "LRW", "LGX", "LSG", "LDC"])
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        vds = "".join(R.choice(chars) for _ in range(5))
        vis = R.choice("HJKLMNPR") + R.choice("0123456789ABCDE") + rdig(6)
        v = wmi + vds + "0" + vis
        s = sum(VIN_TRANS[c] * w for c, w in zip(v, VIN_W)) % 11
        return v[:8] + ("X" if s == 10 else str(s)) + v[9:]

    return safe_str(f)


def gen_imei():
    body = R.choice(["86", "35", "86"]) + rdig(12)
    return body + luhn.calc_check_digit(body)


def gen_iccid():
    return "8986" + R.choice(["00", "01", "03", "11"]) + rdig(14)


def fw(s):
    return s.translate(FW)


STREETS = [
    "文三路",
    "学院路",
    "南京西路",
    "中山路",
    "解放路",
    "人民路",
    "建设路",
    "延安路",
    "滨江大道",
    "科技园路",
    "天府大道",
    "长江路",
    "和平里街",
    "望京街",
    "深南大道",
    "珠江路",
    "东风路",
    "淮海中路",
    "黄河路",
]
CITIES = [
    ("浙江省", "杭州市", "西湖区"),
    ("上海市", "", "徐汇区"),
    ("北京市", "", "朝阳区"),
    ("广东省", "深圳市", "南山区"),
    ("广东省", "广州市", "天河区"),
    ("四川省", "成都市", "武侯区"),
    ("湖北省", "武汉市", "洪山区"),
    ("江苏省", "南京市", "鼓楼区"),
    ("陕西省", "西安市", "雁塔区"),
    ("江苏省", "苏州市", "工业园区"),
    ("湖南省", "长沙市", "岳麓区"),
    ("福建省", "厦门市", "思明区"),
    ("山东省", "青岛市", "市南区"),
]


def addr(city=None):
    """A fake street address; ``city`` (a CITY_GPS key) keeps it consistent with a GPS fix."""
    if city:
        p, c, d = next(t for t in CITIES if city in (t[1] or t[0]))
    else:
        p, c, d = R.choice(CITIES)
    return f"{p}{c}{d}{R.choice(STREETS)}{R.randint(1, 999)}号" + R.choice(
        [
            "",
            f"{R.randint(1, 30)}幢{R.randint(1, 4)}单元{R.randint(1, 33)}{R.randint(1, 4):02d}室",
            f"{R.randint(1, 20)}栋{R.randint(101, 2808)}",
            f"{R.choice('ABCD')}座{R.randint(3, 28)}楼",
        ]
    )


COURTS = [
    "杭州市西湖区人民法院",
    "上海市徐汇区人民法院",
    "北京市朝阳区人民法院",
    "深圳市南山区人民法院",
    "广州市天河区人民法院",
    "成都市武侯区人民法院",
    "武汉市洪山区人民法院",
    "南京市鼓楼区人民法院",
    "苏州工业园区人民法院",
    "长沙市岳麓区人民法院",
    "厦门市思明区人民法院",
    "青岛市市南区人民法院",
]
COURT_ABBR = [
    "浙0106",
    "沪0104",
    "京0105",
    "粤0305",
    "粤0106",
    "川0107",
    "鄂0111",
    "苏0106",
    "苏0591",
    "湘0104",
    "闽0203",
    "鲁0202",
]
COMPANY_PARTS = (
    ["云栖", "瑞丰", "华信", "恒达", "金硕", "明德", "东方", "启航", "鼎盛", "百川", "天目", "新锐", "卓越"],
    ["网络科技", "贸易", "建筑工程", "餐饮管理", "物流", "电子商务", "文化传媒", "医疗器械", "信息技术"],
)


def company():
    city = R.choice(["杭州", "上海", "北京", "深圳", "广州", "成都", "武汉", "南京", "苏州"])
    return f"{city}{R.choice(COMPANY_PARTS[0])}{R.choice(COMPANY_PARTS[1])}有限公司"


def case_no():
    i = R.randrange(len(COURTS))
    return i, f"（{R.randint(2021, 2024)}）{COURT_ABBR[i]}执{R.choice(['', '恢'])}{R.randint(100, 19999)}号"


# ==================================================================================================
# genre: id_docs_ocr
# ==================================================================================================

OCR_JUNK = ["丨", "|", "'", "`", "_", "〃", "·", "，", "ˇ", "冫", "亠", "‘", ":", "。", "乛"]


def junk():
    return R.choice(OCR_JUNK) if R.random() < 0.5 else ""


def olab(label):
    """An OCR'd label: spaced letters, a line break inside, or clean."""
    k = R.random()
    if k < 0.3 and len(label) > 1:
        return " ".join(label)
    if k < 0.45 and len(label) > 2:
        i = R.randint(1, len(label) - 1)
        return label[:i] + "\n" + label[i:]
    if k < 0.55:
        return label + junk()
    return label


def colon():
    return R.choice(["：", ":", " ", "  ", "：", "："])


def t_hukou_member():
    p = Person()
    reg = rand_date(2005, 2023)
    moved = rand_date(2000, 2022)
    bstyle = R.choice(["cn", "cn_nz", "iso", "ocr_cn"])
    lines = [
        R.choice(["常住人口登记卡", "常 住 人 口 登 记 卡", "常住人口登记卡 " + junk()]),
        f"{olab('姓名')}{colon()}{p.name}    {olab('户主或与户主关系')}{colon()}{R.choice(['户主', '之子', '之女', '妻', '夫', '之孙女'])}",
        f"{olab('曾用名')}{colon()}    {olab('性别')}{colon()}{p.sex}",
        f"{olab('出生地')}{colon()}{R.choice(CITIES)[0]}{R.choice(CITIES)[2]}    {olab('民族')}{colon()}{R.choice(['汉', '汉', '汉', '回', '满', '壮'])}",
        f"{olab('籍贯')}{colon()}{R.choice(CITIES)[0]}",
        f"{olab('出生日期')}{colon()}{BD(p.birth, bstyle)}",
        f"{olab('本市(县)其他住址')}{colon()}{junk()}",
        f"{olab('宗教信仰')}{colon()}    {olab('公民身份证件编号')}{colon()}{IDC(p.id, R.choice([None, None, 'group4']))}",
        f"{olab('身高')}{colon()}{R.randint(150, 188)}cm  {olab('血型')}{colon()}{R.choice(['A', 'B', 'O', 'AB', '不明'])}",
        f"{olab('文化程度')}{colon()}{R.choice(['大学本科', '高中', '硕士研究生', '大学专科', '初中'])}   {olab('婚姻状况')}{colon()}{R.choice(['未婚', '已婚', '离婚'])}",
        f"{olab('兵役状况')}{colon()}{R.choice(['未服兵役', '', '退出现役'])}",
        f"{olab('服务处所')}{colon()}{company()}   {olab('职业')}{colon()}{R.choice(['职员', '工程师', '教师', '个体', '无'])}",
        f"{olab('何时由何地迁来本市(县)')}{colon()}{fdate(moved, 'cn_nz')}由{R.choice(CITIES)[1] or '上海市'}迁来",
        f"{olab('何时由何地迁来本址')}{colon()}{fdate(moved, 'dot')}",
        f"{olab('承办人签章')}{colon()}{junk()}{R.choice(SURNAMES)[0]}{R.choice(GIVEN)[0]}   {olab('登记日期')}{colon()}{fdate(reg, R.choice(['cn', 'iso', 'dot']))}",
    ]
    if R.random() < 0.5:
        lines.insert(0, f"户号{colon()}{safe_digits(9, first=R.choice('0123456789'))}  {junk()}")
    return "\n".join(lines)


def t_hukou_front():
    rows = []
    head = [
        "居民户口簿",
        f"户别{colon()}{R.choice(['家庭户', '集体户', '家庭户口'])}    户主姓名{colon()}" + Person().name,
        f"户号{colon()}{safe_digits(9, first=R.choice('0123456789'))}    住址{colon()}{addr()}",
        f"{junk()}户口专用章   签发日期{colon()}{fdate(rand_date(2008, 2023), R.choice(['cn', 'cn_nz', 'iso']))}",
        f"承办人签章{colon()}{Person().name}",
        "",
        "——以下为成员页 OCR 识别结果——",
    ]
    for k in range(R.randint(2, 3)):
        p = Person(birth=rand_date(1950, 2018))
        rows.append(
            f"[{k + 1}] {p.name} {p.sex} 出生日期 {BD(p.birth, R.choice(['cn', 'iso', 'cn_nz']))} "
            f"公民身份证件编号 {IDC(p.id)}  与户主关系 {R.choice(['户主', '妻', '之子', '之女', '母', '父'])}"
            f"  登记日期 {fdate(rand_date(2008, 2023), 'iso')}"
        )
    return "\n".join(head + rows)


def t_marriage():
    a, b = Person(male=True), Person(male=False)
    reg = rand_date(2010, 2024)
    no = f"J{R.choice(REGIONS)}-{reg.year}-{R.randint(1, 9999):06d}"
    parts = [
        R.choice(["结婚证", "结 婚 证", "中华人民共和国 结婚证"]),
        f"持证人{colon()}{R.choice([a.name, b.name])}",
        f"登记日期{colon()}{fdate(reg, R.choice(['cn', 'cn_nz']))}",
        f"结婚证字号{colon()}{no}",
        f"备注{colon()}{junk()}",
    ]
    for p in (a, b):
        idc = IDC(p.id, R.choice([None, None, "fw"])) if R.random() < 0.9 else IDC(p.id)
        parts += [
            f"{olab('姓名')}{colon()}{p.name}   {olab('性别')}{colon()}{p.sex}",
            f"{olab('国籍')}{colon()}中国   {olab('出生日期')}{colon()}{BD(p.birth, R.choice(['cn', 'iso', 'ocr_cn']))}",
            f"{olab('身份证件号')}{colon()}{idc}",
        ]
    parts.append(f"婚姻登记员{colon()}{Person().name}  {junk()}")
    parts.append(f"发证机关：{R.choice(CITIES)[1] or '上海市'}{R.choice(CITIES)[2]}民政局 婚姻登记专用章")
    return "\n".join(parts)


def t_birth_cert():
    baby = rand_date(2016, 2023)
    mom, dad = Person(male=False, birth=rand_date(1982, 1998)), Person(male=True, birth=rand_date(1980, 1996))
    no = R.choice("MNOPQR") + safe_digits(9)
    t = f"{R.randint(0, 23):02d}时{R.randint(0, 59):02d}分"
    issue = baby + datetime.timedelta(days=R.randint(3, 40))
    lines = [
        "出生医学证明",
        "Birth Certificate",
        f"编号 No.{colon()}{no}",
        f"{olab('新生儿姓名')}{colon()}{R.choice(SURNAMES)[0]}{R.choice(GIVEN)[0]}{R.choice(GIVEN)[0]}   性别 Sex{colon()}{R.choice(['男', '女'])}",
        f"{olab('出生时间')} Date of birth{colon()}{BD(baby, 'cn')}{t}",
        f"出生地点{colon()}{R.choice(CITIES)[0]}{R.choice(CITIES)[1]}{R.choice(CITIES)[2]}",
        f"出生孕周{colon()}{R.randint(37, 41)}周   健康状况{colon()}良好",
        f"出生体重{colon()}{R.randint(2600, 4200)}克   出生身长{colon()}{R.randint(47, 54)}厘米",
        f"母亲姓名{colon()}{mom.name}   年龄 {baby.year - mom.birth.year}   国籍 中国   民族 汉",
        f"{olab('母亲有效身份证件号码')}{colon()}{IDC(mom.id)}",
        f"父亲姓名{colon()}{dad.name}   年龄 {baby.year - dad.birth.year}   国籍 中国   民族 汉",
        f"{olab('父亲有效身份证件号码')}{colon()}{IDC(dad.id, R.choice([None, 'group']))}",
        f"接生机构名称{colon()}{R.choice(['市妇幼保健院', '第一人民医院', '省妇产科医院'])}",
        f"签发日期{colon()}{fdate(issue, 'cn')}   {junk()}出生医学证明专用章",
    ]
    return "\n".join(lines)


def t_driver_license():
    p = Person(birth=rand_date(1965, 2002))
    first = rand_date(max(p.birth.year + 18, 2000), 2022)
    start = first.replace(year=first.year + 6) if first.month != 2 or first.day != 29 else first
    dossier = safe_digits(12, first=R.choice("1234567"))
    lines = [
        R.choice(["中华人民共和国机动车驾驶证", "中华人民共和国机动车驾驶证 " + junk()]),
        "Driving License of the People's Republic of China",
        f"证号{colon()}{IDC(p.id, R.choice([None, None, 'lowerx']))}",
        f"{olab('姓名')} Name{colon()}{p.name}   性别 Sex {p.sex}   国籍 Nationality 中国",
        f"{olab('住址')} Address{colon()}{addr()}",
        f"{olab('出生日期')} Date of Birth{colon()}{BD(p.birth, R.choice(['iso', 'iso', 'cn']))}",
        f"{olab('初次领证日期')} Date of First Issue{colon()}{fdate(first, 'iso')}",
        f"准驾车型 Class{colon()}{R.choice(['C1', 'C2', 'B2', 'A2', 'C1E'])}",
        f"有效期限 Valid Period{colon()}{fdate(start, 'iso')} 至 {fdate(start.replace(year=start.year + 10), 'iso')}",
        f"{junk()}{R.choice(CITIES)[0]}{R.choice(CITIES)[1]}公安局交通警察支队",
    ]
    if R.random() < 0.6:
        lines += [
            "",
            "副页",
            f"{olab('档案编号')}{colon()}{dossier}",
            f"记录{colon()}请于{fdate(start.replace(year=start.year + 10), 'cn_nz')}前九十日内申请换证",
        ]
    return "\n".join(lines)


def t_vehicle_license():
    owner = Person()
    nev = R.random() < 0.4
    reg = rand_date(2012, 2023)
    lines = [
        "中华人民共和国机动车行驶证",
        "Vehicle License of the People's Republic of China",
        f"号牌号码 Plate No.{colon()}{PLT(nev=nev, style=R.choice(['plain', 'plain', 'dot']))}   车辆类型 Vehicle Type {R.choice(['小型普通客车', '小型轿车', '轻型厢式货车'])}",
        f"所有人 Owner{colon()}{owner.name}",
        f"住址 Address{colon()}{addr()}",
        f"使用性质 Use Character{colon()}{R.choice(['非营运', '非营运', '营运', '预约出租客运'])}   品牌型号 Model{colon()}{R.choice(['比亚迪牌BYD7005BEV', '大众汽车牌SVW7141', '特斯拉牌TSL7000BEVAR0', '吉利牌MR7153A03', '丰田牌GTM7250GB'])}",
        f"{olab('车辆识别代号')} VIN{colon()}{gen_vin()}",
        f"发动机号码 Engine No.{colon()}{safe_str(lambda: R.choice(['', 'TZ', 'DKX']) + rdig(R.choice([6, 7, 8])) + R.choice(['', 'A', 'B']))}",
        f"{olab('注册日期')} Register Date{colon()}{fdate(reg, 'iso')}   发证日期 Issue Date{colon()}{fdate(reg + datetime.timedelta(days=R.randint(0, 900)), 'iso')}",
    ]
    if R.random() < 0.7:
        lines += [
            "--- 副页 ---",
            f"号牌号码 {PLT()}" if R.random() < 0.2 else "号牌号码（同正页）",
            f"档案编号 {safe_digits(12, first=R.choice('1234567'))}   核定载人数 {R.choice([5, 7, 5])}人",
            f"总质量 {R.randint(1500, 2600)}kg   整备质量 {R.randint(1100, 2100)}kg",
            f"检验记录 检验有效期至{reg.year + R.randint(4, 8)}年{reg.month:02d}月{R.choice(['', '', junk()])}",
        ]
    return "\n".join(lines)


def t_residence_permit():
    p = Person()
    issue = rand_date(2018, 2024)
    lines = [
        f"{R.choice(['浙江省', '广东省', '上海市', '江苏省'])}居住证",
        f"{olab('姓名')}{colon()}{p.name}",
        f"{olab('性别')}{colon()}{p.sex}  {olab('民族')}{colon()}汉",
        f"{olab('出生')}{colon()}{BD(p.birth, R.choice(['ocr_cn', 'cn_nz', 'cn']))}",
        f"{olab('住址')}{colon()}{addr()}",
        f"{olab('公民身份号码')}{colon()}{IDC(p.id, R.choice([None, None, 'group']))}",
        f"签发机关{colon()}{R.choice(CITIES)[1] or '上海市'}公安局{R.choice(CITIES)[2]}分局",
        f"有效期限{colon()}{fdate(issue, 'dot')}-{fdate(issue.replace(year=issue.year + 1) if not (issue.month == 2 and issue.day == 29) else issue, 'dot')}",
        f"签注记录{colon()}{R.choice(['', '2024年度已签注', '无'])}",
    ]
    return "\n".join(lines)


def t_social_card():
    p = Person()
    card = gen_card(R.choice(["622202", "621700", "622848", "621661", "621799"]), 19)
    fake_sscn = R.choice("ABCDEFGH") + safe_digits(8)
    front = [
        "中华人民共和国",
        "社会保障卡",
        f"{olab('姓名')}{colon()}{p.name}",
        f"{olab('社会保障号码')}{colon()}{IDC(p.id)}",
        f"{olab('社会保障卡号')}{colon()}{fake_sscn}",
        f"{olab('发卡日期')}{colon()}{rand_date(2015, 2023).strftime('%Y年%m月')}",
    ]
    back = [
        "—— 背面 ——",
        f"{BANK_BINS[card[:6]]} 银联 UnionPay",
        f"{olab('银行卡号')}{colon()}{CARD(card, R.choice(['plain', 'group4']))}",
        f"有效期 {R.randint(1, 12):02d}/{R.randint(27, 33)}",
        f"服务电话 12333    银行客服 {R.choice(['95588', '95599', '95533', '95566', '95580'])}",
        "本卡仅限持卡人本人使用，如有遗失请及时挂失。",
    ]
    return "\n".join(front + back if R.random() < 0.7 else back + front)


def t_property_cert():
    p = Person()
    q = Person() if R.random() < 0.5 else None
    prov = R.choice(["浙", "沪", "京", "粤", "苏", "川"])
    cert = f"{prov}（{R.randint(2016, 2024)}）{R.choice(['杭州市', '上海市', '北京市', '深圳市', '苏州市', '成都市'])}不动产权第{R.randint(1, 9999999):07d}号"
    unit = f"{R.choice(REGIONS)} {R.randint(1, 999):03d}{R.randint(1, 999):03d} GB{R.randint(1, 99999):05d} F{R.randint(1, 99999999):08d}"
    lines = [
        cert,
        f"权利人{colon()}{p.name}" + (f"、{q.name}" if q else ""),
        f"共有情况{colon()}{'共同共有' if q else '单独所有'}",
        f"坐落{colon()}{addr()}",
        f"不动产单元号{colon()}{unit}",
        f"权利类型{colon()}国有建设用地使用权/房屋所有权",
        f"权利性质{colon()}出让/市场化商品房",
        f"用途{colon()}城镇住宅用地/住宅",
        f"面积{colon()}共有宗地面积{R.randint(5000, 60000)}.{R.randint(0, 99):02d}㎡/房屋建筑面积{R.randint(45, 180)}.{R.randint(0, 99):02d}㎡",
        f"使用期限{colon()}{fdate(rand_date(2003, 2015), 'cn')}起{fdate(rand_date(2073, 2085), 'cn')}止",
        f"权利其他状况{colon()}专有建筑面积{R.randint(40, 160)}.{R.randint(0, 99):02d}㎡",
        "附记：",
        f"  权利人证件号{colon()}{IDC(p.id)}" + (f"；{q.name} 证件号 {IDC(q.id)}" if q else ""),
        f"  原登记证件号（旧15位身份证）{colon()}{L('ID_CARD', gen_id15(p.birth))}"
        if p.birth.year < 1985 and R.random() < 0.6
        else "",
        f"  登记时间 {fdate(rand_date(2016, 2024), 'cn')}  {junk()}",
    ]
    return "\n".join(lines)


def t_idcard_ocr():
    p = Person()
    issue = rand_date(2012, 2023)
    years = R.choice([10, 20])
    try:
        exp = issue.replace(year=issue.year + years)
    except ValueError:
        exp = issue + datetime.timedelta(days=365 * years)
    front = [
        f"{olab('姓名')} {p.name}",
        f"{olab('性别')} {p.sex}   {olab('民族')} {R.choice(['汉', '汉', '苗', '土家'])}",
        f"{olab('出生')} {BD(p.birth, 'ocr_cn')}",
        f"{olab('住址')} {addr()[:14]}",
        f"  {addr()[14:] or '3号'}",
        f"{olab('公民身份号码')} {IDC(p.id, R.choice([None, None, 'group', 'group4']))}",
    ]
    back = [
        "中华人民共和国",
        "居民身份证",
        f"签发机关 {R.choice(CITIES)[1] or '北京市'}公安局{R.choice(CITIES)[2]}分局",
        f"有效期限 {fdate(issue, 'dot')}-{fdate(exp, 'dot') if years == 10 else '长期'}",
    ]
    conf = [
        f"[OCR] 置信度 {R.uniform(0.8, 0.99):.3f}  识别耗时 {R.randint(80, 900)}ms  request_id={safe_str(lambda: ''.join(R.choice('abcdef0123456789') for _ in range(16)))}"
    ]
    return "\n".join(conf + front + [""] + back)


def t_ocr_json():
    p = Person()
    kind = R.choice(["idcard", "driver", "vehicle"])
    if kind == "idcard":
        fields = [
            ("姓名", p.name),
            ("民族", "汉"),
            ("住址", addr()),
            ("公民身份号码", IDC(p.id)),
            ("出生", BD(p.birth, "compact")),
            ("性别", p.sex),
        ]
    elif kind == "driver":
        first = rand_date(2005, 2021)
        fields = [
            ("证号", IDC(p.id)),
            ("有效期限", fdate(first.replace(year=first.year + 6) if first.month != 2 else first, "compact")),
            ("准驾车型", "C1"),
            ("住址", addr()),
            ("至", "20" + str(R.randint(27, 35)) + "0" + str(R.randint(1, 9)) + "15"),
            ("姓名", p.name),
            ("国籍", "中国"),
            ("出生日期", BD(p.birth, "compact")),
            ("性别", p.sex),
            ("初次领证日期", fdate(first, "compact")),
        ]
    else:
        reg = rand_date(2012, 2023)
        fields = [
            ("品牌型号", "比亚迪牌BYD7152WT6HEVC"),
            ("发证日期", fdate(reg, "compact")),
            ("使用性质", "非营运"),
            ("发动机号码", safe_digits(8)),
            ("号牌号码", PLT(style="plain")),
            ("所有人", p.name),
            ("住址", addr()),
            ("注册日期", fdate(reg, "compact")),
            ("车辆识别代号", gen_vin()),
            ("车辆类型", "小型轿车"),
        ]
    R.shuffle(fields)
    ind = R.choice([None, 2])
    body = {
        "words_result": {k: {"words": v} for k, v in fields},
        "log_id": int(safe_digits(19, first="1")),
        "words_result_num": len(fields),
    }
    if kind == "idcard":
        body["image_status"] = "normal"
        body["idcard_number_type"] = 1
    return json.dumps(body, ensure_ascii=False, indent=ind)


def t_hkm_permit_ocr():
    p = Person()
    issue = rand_date(2016, 2024)
    exp = (
        issue.replace(year=issue.year + 10) - datetime.timedelta(days=1)
        if not (issue.month == 2 and issue.day == 29)
        else issue + datetime.timedelta(days=3651)
    )
    endorse = rand_date(2024, 2025)
    lines = [
        f"{junk()}中华人民共和国往来港澳通行证",
        "EXIT-ENTRY PERMIT FOR TRAVELLING TO AND FROM HONG KONG AND MACAO",
        f"{R.choice(['', '证件号码 ', 'No. '])}{HKM()}",
        f"{olab('姓名')} Name {p.name}  {p.sur_py.upper()}, {p.given_py.upper()}",
        f"{olab('出生日期')} Date of birth {BD(p.birth, R.choice(['dot', 'dot', 'iso']))}   {olab('性别')} Sex {p.sex}/{p.sex_en}",
        f"有效期限 Period of validity {fdate(issue, 'dot')}-{fdate(exp, 'dot')}",
        f"签发机关 Issuing authority 公安部出入境管理局   签发地点 Place of issue {R.choice(['浙江', '广东', '上海', '江苏', '四川'])}",
        "",
        "—— 背面 签注 ——",
        f"{R.choice(['香港', '澳门'])}  {R.choice(['个人旅游 G', '团队旅游 L', '探亲 T', '商务 S'])}  有效期至 {fdate(endorse, 'dot')}  {R.choice(['一次', '二次', '多次'])}  每次停留不超过{R.choice([7, 14, 90])}天",
        f"签注机关 {R.choice(CITIES)[1] or '上海市'}公安局出入境管理局 {junk()}",
    ]
    return "\n".join(lines)


def t_huixiang_ocr():
    p = Person()
    issue = rand_date(2015, 2024)
    exp = (
        issue.replace(year=issue.year + 10) - datetime.timedelta(days=1)
        if not (issue.month == 2 and issue.day == 29)
        else issue + datetime.timedelta(days=3651)
    )
    kind = R.choice(["H", "H", "M"])
    surname = R.choice(["CHAN", "WONG", "LEUNG", "CHEUNG", "LAU", "HO", "LEONG"])
    lines = [
        "港澳居民來往內地通行證",
        "MAINLAND TRAVEL PERMIT FOR HONG KONG AND MACAO RESIDENTS",
        f"{olab('姓名')} {R.choice(['陳', '黃', '梁', '張', '劉', '何'])}{R.choice(['嘉', '志', '家', '偉', '詠', '子'])}{R.choice(['欣', '明', '豪', '儀', '軒', '琪'])}  {surname}, {R.choice(['KA YAN', 'CHI MING', 'WAI KIT', 'WING SZE'])}",
        f"{olab('出生日期')} {BD(p.birth, R.choice(['dot', 'iso']))}   {olab('性別')} {p.sex}",
        f"有效期限 {fdate(issue, 'dot')}-{fdate(exp, 'dot')}",
        "簽發機關 公安部出入境管理局",
        f"{olab('證件號碼')} {HKM(kind)}",
        f"換證次數 {R.randint(0, 5):02d}",
    ]
    if R.random() < 0.5:
        lines.append(
            f"（聯絡電話：{L('MOBILE', fmt_intl(*gen_intl('HK' if kind == 'H' else 'MO', 'm'), R.choice(['intl', 'paren'])))}）"
        )
    return "\n".join(lines)


ID_DOCS = [
    t_hkm_permit_ocr,
    t_huixiang_ocr,
    t_hukou_member,
    t_hukou_front,
    t_marriage,
    t_birth_cert,
    t_driver_license,
    t_vehicle_license,
    t_residence_permit,
    t_social_card,
    t_property_cert,
    t_idcard_ocr,
    t_ocr_json,
]


# ==================================================================================================
# genre: court_lists
# ==================================================================================================

SHIXIN_ACTS = [
    "有履行能力而拒不履行生效法律文书确定义务",
    "违反限制消费令",
    "违反财产报告制度",
    "以虚假诉讼、虚假仲裁或者以隐匿、转移财产等方法规避执行",
    "无正当理由拒不履行执行和解协议",
]


def t_shixin_table():
    rows = []
    sep = R.choice(["|", "\t", " | ", "，"])
    head = sep.join(
        [
            "序号",
            "被执行人姓名/名称",
            "性别",
            "身份证号码/组织机构代码",
            "执行法院",
            "案号",
            "立案时间",
            "失信被执行人行为具体情形",
            "发布时间",
        ]
    )
    for i in range(R.randint(4, 6)):
        ci, cno = case_no()
        d = rand_date(2021, 2024)
        if R.random() < 0.25:
            name, sex, idv = company(), "", gen_uscc()
        else:
            p = Person()
            name, sex = p.name, p.sex
            idv = IDC(p.id) if R.random() < 0.55 else mask_id(p.id)
        rows.append(
            sep.join(
                [
                    str(i + 1),
                    name,
                    sex,
                    idv,
                    COURTS[ci],
                    cno,
                    fdate(d, "cn"),
                    R.choice(SHIXIN_ACTS),
                    fdate(d + datetime.timedelta(days=R.randint(20, 200)), "iso"),
                ]
            )
        )
    title = R.choice(
        [
            "全国法院失信被执行人名单（公布）",
            "失信被执行人名单 第{}批".format(R.randint(3, 40)),
            "【曝光台】失信被执行人名单",
        ]
    )
    tail = (
        f"举报电话：{TEL()}（工作日 8:30-17:00）"
        if R.random() < 0.6
        else "如对名单有异议，可向执行法院书面申请纠正。"
    )
    return "\n".join([title, f"发布单位：{R.choice(COURTS)}", "", head] + rows + ["", tail])


def t_xiangao_order():
    p = Person()
    ci, cno = case_no()
    applicant = company() if R.random() < 0.5 else Person().name
    judge = Person()
    lines = [
        COURTS[ci],
        "限制消费令",
        f"{cno}",
        f"被执行人：{p.name}，{p.sex}，{R.choice(['汉族', '汉族', '回族'])}，{BD(p.birth, 'cn_nz')}出生，"
        f"公民身份号码{IDC(p.id, R.choice([None, None, 'fw']))}，住{addr()}。",
        f"    本院于{fdate(rand_date(2021, 2024), 'cn_nz')}立案执行申请执行人{applicant}与被执行人{p.name}民间借贷纠纷一案，"
        f"因被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务，本院依照《最高人民法院关于限制被执行人"
        f"高消费及有关消费的若干规定》第一条、第三条的规定，对被执行人采取限制消费措施，限制其不得实施以下高消费及非生活和工作必需的消费行为：",
        "    （一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；……",
        f"    如违反本限制消费令，经查证属实的，本院将依法追究法律责任。",
        f"    执行法官：{judge.name}  联系电话：{TEL(style=R.choice(['dash', 'paren', 'dashsplit']))}"
        + (f"、{MOB()}" if R.random() < 0.5 else ""),
        f"                                        {fdate(rand_date(2021, 2024), 'cn')}",
    ]
    return "\n".join(lines)


def t_exec_notice():
    ci, cno = case_no()
    n = R.randint(2, 4)
    items = []
    for k in range(n):
        p = Person()
        money = f"{R.randint(3, 900)}{R.choice(['万元', ',000元', '.5万元'])}"
        ident = IDC(p.id, R.choice([None, None, "group"])) if R.random() < 0.6 else mask_id(p.id)
        items.append(f"{k + 1}. {p.name}（{p.sex}，身份证号：{ident}，住{addr()}），未履行金额{money}；")
    contact = Person()
    lines = (
        [
            f"{COURTS[ci]}执行公告",
            f"（{R.randint(2022, 2024)}）第{R.randint(1, 99)}号",
            "",
            "    下列被执行人拒不履行生效法律文书确定的义务，现予以公告，责令其自公告之日起十日内履行义务：",
        ]
        + items
        + [
            f"    逾期仍不履行的，本院将依法强制执行。知悉被执行人财产线索者，请与本院执行局联系。",
            f"    联系人：{contact.name}  电话：{TEL()}  手机：{MOB(style=R.choice(['plain', 'fw', 'fwdash']))}",
            f"    电子邮箱：{MAIL()}" if R.random() < 0.4 else "",
            f"                                        {fdate(rand_date(2022, 2024), 'cn')}",
        ]
    )
    return "\n".join(x for x in lines if x is not None)


def t_lawyer_letter():
    lawyer, client, target = Person(), Person(), Person()
    firm = R.choice(
        [
            "浙江明德律师事务所",
            "上海瑞丰律师事务所",
            "北京东方律师事务所",
            "广东百川律师事务所",
            "四川天府律师事务所",
        ]
    )
    fax = gen_tel()
    lines = [
        "律师函",
        f"{firm}（{R.randint(2022, 2024)}）{R.choice(['明律函', '律函字', '东律函'])}第{R.randint(1, 300):03d}号",
        "",
        f"致：{target.name}（身份证号：{IDC(target.id) if R.random() < 0.5 else mask_id(target.id)}）",
        f"地址：{addr()}",
        "",
        f"    {firm}接受{client.name}（以下简称“委托人”）的委托，指派{lawyer.name}律师就您拖欠委托人借款"
        f"人民币{R.randint(2, 80)}万元一事，郑重致函如下：",
        f"    根据委托人提供的借条及转账凭证，委托人已于{fdate(rand_date(2020, 2023), 'cn_nz')}通过银行转账方式向您出借款项，"
        f"收款账户为{CARD()}，交易流水号{safe_digits(20, first='2')}。",
        "    请您在收到本函之日起七日内归还全部借款，否则本所将代表委托人依法提起诉讼。",
        "",
        f"    委托人联系方式：{MOB()}" + (f"（微信同号）" if R.random() < 0.3 else ""),
        f"    承办律师：{lawyer.name}  执业证号：{safe_digits(17, first='1')}",
        f"    电话：{MOB(lawyer.mobile)}  座机：{TEL()}  传真：{TEL(fax)}",
        f"    邮箱：{MAIL(lawyer, R.choice(CORP_DOMAINS))}",
        f"    {firm}",
        f"    {fdate(rand_date(2022, 2024), 'cn')}",
    ]
    return "\n".join(lines)


def t_service_addr():
    p = Person()
    ci, cno = case_no()
    server = Person()
    hk = R.random() < 0.3
    wx_mode = R.choice(["id", "phone", "none"])
    if wx_mode == "id":
        wx = WX(p)
    elif wx_mode == "phone":
        wx = WX(v=p.mobile)
    else:
        wx = "无"
    lines = [
        f"{COURTS[ci]}",
        "送达地址确认书",
        f"案号：{cno}",
        "",
        f"受送达人：{p.name}    身份证号码：{IDC(p.id)}"
        if not hk
        else f"受送达人：{p.name}（香港居民）    港澳居民来往内地通行证号码：{HKM('H')}",
        f"送达地址：{addr()}    邮政编码：{R.choice(['310012', '200030', '100020', '518057', '610041'])}",
        f"{R.choice(['手机号码', '手机号码', '手机号吗', '手機號碼'])}：{MOB(p.mobile, R.choice(['plain', 'plain', 'dash']))}    其他电话：{TEL() if R.random() < 0.5 else '无'}",
        f"香港电话：{L('MOBILE', fmt_intl(*gen_intl('HK', 'm'), R.choice(['intl', 'paren', '00'])))}"
        if hk
        else f"QQ号：{QQN() if R.random() < 0.4 else '无'}",
        f"电子邮箱：{MAIL(p)}",
        f"微信号：{wx}",
        f"是否同意电子送达：☑是  □否",
        f"受送达人确认：本人确认上述地址真实有效，如有变更将及时书面告知法院。",
        f"受送达人（签名）：{p.name}    {fdate(rand_date(2023, 2024), 'cn')}",
        "",
        f"送达人：{server.name}  联系电话：{TEL()}  {MOB(server.mobile) if R.random() < 0.6 else ''}",
        f"法院地址：{addr()}  诉讼服务热线：12368",
    ]
    return "\n".join(lines)


def t_xinyong_scrape():
    out = []
    for _ in range(R.randint(3, 5)):
        p = Person()
        ci, cno = case_no()
        full = R.random() < 0.4
        rec = {
            "iname": p.name,
            "caseCode": cno,
            "age": str(2024 - p.birth.year),
            "sexName": p.sex,
            "cardNum": mask_id(p.id, 1) if not full else "@@ID@@",
            "courtName": COURTS[ci],
            "areaName": R.choice(["浙江", "上海", "北京", "广东", "江苏", "四川"]),
            "gistId": f"（{R.randint(2019, 2023)}）{COURT_ABBR[ci]}民初{R.randint(100, 9999)}号",
            "regDate": fdate(rand_date(2021, 2024), "cn"),
            "publishDate": fdate(rand_date(2022, 2024), "cn"),
            "disruptTypeName": R.choice(SHIXIN_ACTS),
            "performance": "全部未履行",
        }
        js = json.dumps(rec, ensure_ascii=False)
        if full:
            js = js.replace("@@ID@@", IDC(p.id))
        out.append(js)
    return "\n".join(out)


def t_freeze_ruling():
    p = Person()
    ci, cno = case_no()
    cards = [gen_card() for _ in range(R.randint(1, 3))]
    lines = [
        f"{COURTS[ci]}",
        "执行裁定书",
        cno,
        "",
        f"申请执行人：{company()}，统一社会信用代码{gen_uscc()}。",
        f"被执行人：{p.name}，{p.sex}，{BD(p.birth, 'cn_nz')}生，身份证号码{IDC(p.id)}。",
        "    依照《中华人民共和国民事诉讼法》第二百五十三条之规定，裁定如下：",
        f"    冻结、划拨被执行人{p.name}在下列账户中的存款人民币{R.randint(1, 99)}{R.randint(100, 999)}元：",
    ]
    for c in cards:
        lines.append(f"    {BANK_BINS[c[:6]]}  账号：{CARD(c)}")
    lines += [
        "    本裁定立即执行。",
        f"    承办人：{Person().name}  电话：{TEL()}",
        f"    {fdate(rand_date(2022, 2024), 'cn')}",
    ]
    return "\n".join(lines)


def t_bounty_notice():
    p = Person()
    ci, cno = case_no()
    car = gen_plate()
    lines = [
        f"【悬赏公告】{COURTS[ci]}关于查找被执行人{p.name}及其车辆的悬赏公告",
        f"案号：{cno}",
        f"被执行人：{p.name}，{p.sex}，身份证号：{IDC(p.id)}",
        f"名下车辆：{R.choice(['白色', '黑色', '银灰色'])}{R.choice(['大众帕萨特', '丰田凯美瑞', '比亚迪汉EV', '宝马X3'])}，号牌 {PLT(car, style=R.choice(['plain', 'dot', 'space']))}",
        f"悬赏金额：按实际执行到位金额的{R.choice([5, 10, 15])}%，最高不超过{R.randint(2, 20)}万元。",
        f"举报电话：{TEL()}；{R.choice(['执行干警', '联系人'])} {Person().name} {MOB()}",
        "本院将对举报人信息严格保密。",
    ]
    if R.random() < 0.5:
        lines.insert(3, f"出生日期：{BD(p.birth, R.choice(['iso', 'cn']))}")
    return "\n".join(lines)


def t_lawyer_email():
    lawyer, client = Person(), Person()
    dom = R.choice(CORP_DOMAINS)
    qq = gen_qq()
    lines = [
        f"From: {lawyer.name} <{MAIL(lawyer, dom)}>",
        f"To: {client.name} <{MAIL(client)}>",
        f"Date: {rtime()}",
        f"Subject: 关于（{R.randint(2023, 2024)}）执行案件进展及送达地址确认",
        "",
        f"{client.name}您好，",
        f"    被执行人已被法院列入限制高消费名单，案号见附件。请您确认送达地址并补充以下信息：身份证号、常用手机。",
        f"    您上次提供的手机{mask_mob(client.mobile)}无法接通，麻烦回复新的号码。",
        "",
        f"> {client.name}：我的身份证 {IDC(client.id)}，新手机 {MOB(client.mobile)}，QQ {QQN(qq)} 也可以联系。",
        "",
        "此致",
        f"{lawyer.name} 律师",
        f"手机/微信：{MOB(lawyer.mobile, 'dash')}",
        f"办公电话：{TEL()} 转 {R.randint(800, 899)}",
    ]
    return "\n".join(lines)


def t_xiangao_list_csv():
    head = R.choice(
        [
            "姓名,证件号码,出生日期,执行法院,案号,限制消费令发布日期",
            "被限制人,身份证号,出生年月日,法院,案号,发布日期",
        ]
    )
    rows = [head]
    for _ in range(R.randint(4, 6)):
        p = Person()
        ci, cno = case_no()
        full = R.random() < 0.6
        rows.append(
            ",".join(
                [
                    p.name,
                    IDC(p.id) if full else mask_id(p.id),
                    BD(p.birth, R.choice(["iso", "slash"])) if full else str(p.birth.year) + "-**-**",
                    COURTS[ci],
                    cno.replace("（", "(").replace("）", ")"),
                    fdate(rand_date(2022, 2024), "iso"),
                ]
            )
        )
    return "\n".join(rows)


COURT_T = [
    t_shixin_table,
    t_xiangao_order,
    t_exec_notice,
    t_lawyer_letter,
    t_service_addr,
    t_xinyong_scrape,
    t_freeze_ruling,
    t_bounty_notice,
    t_lawyer_email,
    t_xiangao_list_csv,
]


# ==================================================================================================
# genre: enterprise_dir
# ==================================================================================================

DEPTS = [
    "技术部",
    "产品部",
    "市场部",
    "财务部",
    "人力资源部",
    "行政部",
    "销售一部",
    "客服中心",
    "法务部",
    "运营中心",
    "供应链部",
]
TITLES = ["工程师", "高级工程师", "经理", "主管", "专员", "总监", "助理", "实习生", "架构师", "会计"]


def emp_no():
    return R.choice(
        [
            lambda: R.choice(["E", "HZ", "SZ", "DT", "A"]) + safe_digits(R.choice([5, 6])),
            lambda: safe_digits(R.choice([6, 7, 8]), first=R.choice("0123456789")),
            lambda: f"{R.randint(2015, 2024)}{R.randint(1, 9999):04d}",
        ]
    )()


def ext():
    return str(R.randint(6000, 8999))


def t_dingtalk_csv():
    dom = R.choice(CORP_DOMAINS)
    area = R.choice(AREAS)
    cols = ["姓名", "工号", "部门", "职位", "手机号", "分机号", "办公电话", "邮箱", "入职日期", "工作地点"]
    if R.random() < 0.5:
        cols = [c for c in cols if c not in ("工作地点",)]
    if R.random() < 0.4:
        cols.insert(5, "QQ")
    sep = R.choice([",", ",", "\t"])
    rows = [sep.join(cols)]
    for _ in range(R.randint(4, 7)):
        p = Person()
        vals = {
            "姓名": p.name,
            "工号": emp_no(),
            "部门": R.choice(DEPTS),
            "职位": R.choice(TITLES),
            "手机号": MOB(p.mobile, R.choice(["plain", "plain", "p86dash", "p86"]))
            if R.random() < 0.85
            else "",
            "分机号": ext(),
            "办公电话": TEL(gen_tel(area), R.choice(["dash", "dash", "plain"])) if R.random() < 0.5 else "",
            "邮箱": MAIL(p, dom),
            "入职日期": fdate(rand_date(2015, 2024), R.choice(["iso", "slash"])),
            "工作地点": R.choice(["总部", "杭州研发中心", "深圳分公司"]),
            "QQ": QQN() if R.random() < 0.7 else "",
        }
        rows.append(sep.join(vals[c] for c in cols))
    return "\n".join(rows)


def t_wework_export():
    dom = R.choice(CORP_DOMAINS)
    area = R.choice(AREAS)
    cols = [
        "姓名",
        "账号",
        "别名",
        "职务",
        "部门",
        "性别",
        "手机",
        "座机",
        "个人邮箱",
        "企业邮箱",
        "地址",
        "激活状态",
    ]
    rows = ["企业微信 通讯录导出  导出时间 " + rtime(), "\t".join(cols)]
    for _ in range(R.randint(3, 6)):
        p = Person()
        acct = p.sur_py + p.given_py + (str(R.randint(1, 9)) if R.random() < 0.3 else "")
        vals = [
            p.name,
            acct,
            R.choice(["", p.given_py.capitalize(), "Leo", "Ivy"]),
            R.choice(TITLES),
            R.choice(DEPTS),
            p.sex,
            MOB(p.mobile),
            TEL(gen_tel(area), "dash") + f"-{ext()}" if R.random() < 0.6 else "",
            MAIL(p) if R.random() < 0.4 else "",
            MAIL(p, dom),
            addr() if R.random() < 0.3 else "",
            R.choice(["已激活", "已激活", "未激活", "已禁用"]),
        ]
        rows.append("\t".join(vals))
    return "\n".join(rows)


def t_hr_roster():
    cols = ["工号", "姓名", "性别", "出生日期", "身份证号", "手机", "工资卡号", "开户行", "紧急联系人电话"]
    sep = R.choice([",", "|"])
    rows = [
        R.choice(["员工花名册（HR内部，严禁外传）", "在职员工信息表_2024Q2", "人事档案汇总"]),
        sep.join(cols),
    ]
    for _ in range(R.randint(3, 5)):
        p = Person()
        c = gen_card()
        rows.append(
            sep.join(
                [
                    emp_no(),
                    p.name,
                    p.sex,
                    BD(p.birth, R.choice(["iso", "slash_nz", "compact", "cn"])),
                    IDC(p.id),
                    MOB(p.mobile),
                    CARD(c, R.choice(["plain", "group4"])),
                    BANK_BINS[c[:6]],
                    MOB() if R.random() < 0.7 else "无",
                ]
            )
        )
    return "\n".join(rows)


def t_org_chart():
    dom = R.choice(CORP_DOMAINS)
    ceo = Person()
    lines = [
        f"{company()} 组织架构（{R.randint(2023, 2024)}年{R.randint(1, 12)}月版）",
        f"总经理 {ceo.name}（{MAIL(ceo, dom)}）",
    ]
    for i, d in enumerate(R.sample(DEPTS, R.randint(3, 4))):
        head = Person()
        br = "└──" if i == 3 else "├──"
        lines.append(
            f"{br} {d}  负责人：{head.name}  手机 {MOB(head.mobile, R.choice(['plain', 'dash', 'space']))}  分机 {ext()}"
        )
        for _ in range(R.randint(1, 2)):
            m = Person()
            info = R.choice([f"工号 {emp_no()}", f"邮箱 {MAIL(m, dom)}", f"分机 {ext()}", f"座机 {TEL()}"])
            lines.append(f"│   ├── {m.name}（{R.choice(TITLES)}） {info}")
    lines.append("注：组织架构如有调整以OA系统为准。")
    return "\n".join(lines)


def t_meeting_notice():
    p = Person()
    d = rand_date(2024, 2024)
    mtg = f"{R.randint(100, 999)} {R.randint(100, 999)} {R.randint(100, 999)}"
    lines = [
        R.choice(["【会议室预订成功】", "【会议通知】", "会议室预订提醒"]),
        f"会议主题：{R.choice(['Q3 预算评审', '新版本发布复盘', '客户需求对接', '季度安全培训'])}",
        f"时间：{fdate(d, 'cn_nz')} {R.randint(9, 17)}:{R.choice(['00', '30'])}-{R.randint(10, 18)}:{R.choice(['00', '30'])}",
        f"地点：{R.choice(['A座', 'B座', '研发楼'])}{R.randint(2, 18)}F-{R.randint(1, 20):02d} 会议室（{R.randint(6, 30)}人）",
        f"预订人：{p.name}（工号 {emp_no()}，分机 {ext()}）",
        f"联系方式：{MOB(p.mobile, R.choice(['plain', 'plain', 'fw']))}"
        + (f" / {TEL()}转{ext()}" if R.random() < 0.5 else ""),
        f"线上入会：腾讯会议 {mtg}，会议密码 {R.randint(1000, 9999)}",
        f"如需投影/视频设备，请提前联系行政 {Person().name} 分机 {ext()}。",
    ]
    return "\n".join(lines)


def t_oncall():
    start = rand_date(2024, 2024)
    dom = R.choice(CORP_DOMAINS)
    lines = [
        f"# {R.choice(['运维值班表', '7x24 On-call 排班', '节假日值班安排'])}",
        "",
        "| 日期 | 值班人 | 手机 | 备岗 | 备岗手机 | 邮箱 |",
        "|---|---|---|---|---|---|",
    ]
    for i in range(R.randint(3, 5)):
        a, b = Person(), Person()
        d = start + datetime.timedelta(days=i)
        lines.append(
            f"| {fdate(d, 'iso')} | {a.name} | {MOB(a.mobile)} | {b.name} | {MOB(b.mobile, R.choice(['plain', 'dash']))} | {MAIL(a, dom)} |"
        )
    lines += [
        "",
        f"值班座机：{TEL()}（24小时）",
        f"升级联系人：{Person().name} {MOB()}",
        "告警群：钉钉群号 " + safe_digits(11, first="3"),
    ]
    return "\n".join(lines)


def t_vcard():
    out = []
    dom = R.choice(CORP_DOMAINS)
    for _ in range(R.randint(2, 3)):
        p = Person()
        out += [
            "BEGIN:VCARD",
            "VERSION:3.0",
            f"N:{p.name[0]};{p.name[1:]};;;",
            f"FN:{p.name}",
            f"ORG:{company()};{R.choice(DEPTS)}",
            f"TITLE:{R.choice(TITLES)}",
            f"TEL;TYPE=CELL:{MOB(p.mobile, R.choice(['plain', 'p86s', 'p86dash']))}",
            f"TEL;TYPE=WORK,VOICE:{TEL(style=R.choice(['dash', 'p86', 'p86dash']))}",
            f"EMAIL;TYPE=INTERNET,WORK:{MAIL(p, dom)}",
            f"NOTE:工号{emp_no()} 分机{ext()}",
            "END:VCARD",
        ]
    return "\n".join(out)


def t_newjoiner():
    p = Person()
    dom = R.choice(CORP_DOMAINS)
    lines = [
        f"主题：欢迎新同事 {p.name} 加入{R.choice(DEPTS)}！",
        "",
        f"大家好，{p.name} 于 {fdate(rand_date(2024, 2024), 'cn_nz')} 正式入职，担任{R.choice(TITLES)}。",
        f"工号：{emp_no()}    工位：{R.choice('ABC')}{R.randint(1, 20)}-{R.randint(1, 60):03d}",
        f"邮箱：{MAIL(p, dom)}    分机：{ext()}",
        f"手机：{MOB(p.mobile, R.choice(['plain', 'dash', 'space']))}"
        + ("（微信同号）" if R.random() < 0.5 else ""),
        f"生日：{BD(p.birth, R.choice(['cn_nz', 'iso']))}"
        if R.random() < 0.5
        else f"爱好：{R.choice(['羽毛球', '摄影', '跑步', '桌游'])}",
        "请大家多多关照！",
        "—— HRBP " + Person().name,
    ]
    return "\n".join(lines)


def t_dept_phonebook():
    area = R.choice(AREAS)
    lines = [
        f"{company()} 部门电话一览",
        f"总机：{TEL(gen_tel(area), R.choice(['paren', 'fwparen', 'dash']))}  传真：{TEL(gen_tel(area))}",
        "",
    ]
    for d in R.sample(DEPTS, R.randint(4, 6)):
        p = Person()
        k = R.random()
        if k < 0.4:
            val = f"{TEL(gen_tel(area), R.choice(['paren', 'dash', 'space']))} 转 {ext()}"
        elif k < 0.7:
            val = f"分机 {ext()}（{p.name}）"
        else:
            val = f"{p.name} {MOB(p.mobile, R.choice(['plain', 'fw', 'space']))}"
        lines.append(f"{d}{'.' * R.randint(3, 10)}{val}")
    lines.append(f"客服热线：400-{R.randint(100, 999)}-{R.randint(1000, 9999)}（免费）")
    return "\n".join(lines)


def t_birthday_list():
    lines = [R.choice(["【本月寿星】", "X月员工生日会名单", "生日福利发放名单"]), "姓名\t部门\t生日\t手机"]
    for _ in range(R.randint(3, 5)):
        p = Person()
        lines.append(
            f"{p.name}\t{R.choice(DEPTS)}\t{BD(p.birth, R.choice(['iso', 'slash', 'cn_nz']))}\t{MOB(p.mobile) if R.random() < 0.6 else mask_mob(p.mobile)}"
        )
    lines.append(
        f"蛋糕已订好，请于 {R.randint(14, 17)}:00 到 {R.randint(2, 18)}F 茶水间领取。联系人分机 {ext()}"
    )
    return "\n".join(lines)


def t_travel_roster():
    lines = [
        R.choice(["赴港澳出差人员证件登记表", "展会出行人员信息（港澳通行证）", "出差审批附件：证件信息"]),
        f"出行日期：{fdate(rand_date(2024, 2025), 'iso')}  目的地：{R.choice(['香港', '澳门', '香港/澳门'])}",
        "",
        "工号,姓名,部门,往来港澳通行证号,签注有效期至,护照号（备用）,手机",
    ]
    for _ in range(R.randint(3, 5)):
        p = Person()
        pp = PP() if R.random() < 0.4 else ""
        lines.append(
            ",".join(
                [
                    emp_no(),
                    p.name,
                    R.choice(DEPTS),
                    HKM(),
                    fdate(rand_date(2024, 2026), "iso"),
                    pp,
                    MOB(p.mobile),
                ]
            )
        )
    lines.append(f"行政对接：{Person().name} 分机 {ext()}，请于出发前三天提交签注页照片。")
    return "\n".join(lines)


def t_parking_reg():
    lines = [
        R.choice(["员工车辆登记表（地下车库）", "园区车辆通行证申请汇总", "月租车位登记"]),
        "序号\t工号\t姓名\t车牌号\t车型\t联系电话\t车位号",
    ]
    for i in range(R.randint(4, 6)):
        p = Person()
        lines.append(
            f"{i + 1}\t{emp_no()}\t{p.name}\t{PLT(style=R.choice(['plain', 'plain', 'dot']))}\t"
            f"{R.choice(['特斯拉Model 3', '比亚迪秦', '大众朗逸', '理想L7', '丰田卡罗拉'])}\t{MOB(p.mobile) if R.random() < 0.7 else '分机' + ext()}\tB{R.randint(1, 3)}-{R.randint(1, 300):03d}"
        )
    lines.append("临时车辆请提前一天在OA提交访客车辆预约。")
    return "\n".join(lines)


def t_hk_office_dir():
    office = R.choice(["香港辦事處", "澳門分公司", "香港分公司"])
    rg = "MO" if office.startswith("澳門") else "HK"
    lines = [
        f"{office}通訊錄（{R.randint(2023, 2024)}年更新）",
        f"辦公室電話：{L('LANDLINE', fmt_intl(*gen_intl(rg, 'f'), R.choice(['intl', 'paren'])))}    傳真：{L('LANDLINE', fmt_intl(*gen_intl(rg, 'f'), 'intl'))}",
        f"姓名 | 職位 | {'澳門手提' if rg == 'MO' else '香港手提'} | 內地手機 | 電郵 | 內線",
    ]
    dom = R.choice(CORP_DOMAINS)
    for _ in range(R.randint(3, 5)):
        p = Person()
        hk = (
            L("MOBILE", fmt_intl(*gen_intl(rg, "m"), R.choice(["intl", "paren", "plus"])))
            if R.random() < 0.8
            else "—"
        )
        lines.append(
            f"{p.name} | {R.choice(['經理', '助理', '總監', '會計'])} | {hk} | {MOB(p.mobile, R.choice(['plain', 'p86s', 'p86space']))} | {MAIL(p, dom)} | {ext()}"
        )
    lines.append("如遇緊急情況請致電內地總部值班電話 " + TEL(style=R.choice(["p86", "p86dash"])))
    return "\n".join(lines)


ENTERPRISE_T = [
    t_travel_roster,
    t_parking_reg,
    t_hk_office_dir,
    t_dingtalk_csv,
    t_wework_export,
    t_hr_roster,
    t_org_chart,
    t_meeting_notice,
    t_oncall,
    t_vcard,
    t_newjoiner,
    t_dept_phonebook,
    t_birthday_list,
]


# ==================================================================================================
# genre: it_exports
# ==================================================================================================


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def t_ldif():
    base = R.choice(["dc=yunqi,dc=local", "dc=corp,dc=example", "o=chengda,c=cn"])
    out = [
        f"# extended LDIF",
        f"# base <ou=people,{base}> with scope subtree",
        "# filter: (objectClass=inetOrgPerson)",
        "",
    ]
    for _ in range(R.randint(2, 4)):
        p = Person()
        uid = p.sur_py + p.given_py
        out += [
            f"dn: uid={uid},ou=people,{base}",
            "objectClass: top",
            "objectClass: inetOrgPerson",
            f"uid: {uid}",
            f"cn: {p.name}",
            f"sn: {p.name[0]}",
            f"displayName: {p.name}",
            f"employeeNumber: {emp_no()}",
            f"mail: {MAIL(p, R.choice(CORP_DOMAINS))}",
            f"mobile: {MOB(p.mobile, R.choice(['plain', 'p86s', 'p86']))}",
        ]
        if R.random() < 0.6:
            out.append(f"telephoneNumber: {TEL(style=R.choice(['dash', 'p86', 'p86dash']))}")
        if R.random() < 0.3:
            out.append(f"homePhone: {MOB()}")
        out += [
            f"ou: {R.choice(DEPTS)}",
            f"createTimestamp: {rand_date(2019, 2024).strftime('%Y%m%d')}0{R.randint(1, 9)}1530Z",
            "",
        ]
    out.append(f"# numEntries: {R.randint(2, 4)}")
    return "\n".join(out)


def t_ics():
    org = Person()
    d = rand_date(2024, 2024)
    dom = R.choice(CORP_DOMAINS)
    out = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        f"UID:{hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)}",
        f"DTSTAMP:{d.strftime('%Y%m%d')}T0{R.randint(1, 9)}3000Z",
        f"DTSTART;TZID=Asia/Shanghai:{d.strftime('%Y%m%d')}T{R.randint(9, 16)}0000",
        f"DTEND;TZID=Asia/Shanghai:{d.strftime('%Y%m%d')}T{R.randint(17, 18)}0000",
        f"SUMMARY:{R.choice(['项目周会', '供应商评审', '面试：后端工程师', 'Sprint Planning'])}",
        f"ORGANIZER;CN={org.name}:mailto:{MAIL(org, dom)}",
    ]
    for _ in range(R.randint(2, 4)):
        a = Person()
        out.append(
            f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={a.name}:mailto:{MAIL(a, R.choice([dom, None]))}"
        )
    out += [
        f"LOCATION:{R.randint(2, 20)}F 会议室 / 电话会议",
        f"DESCRIPTION:拨入号码：{TEL()}\\n会议号：{R.randint(100, 999)} {R.randint(100, 999)} {R.randint(100, 999)}\\n有问题请联系 {org.name} {MOB(org.mobile)}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\n".join(out)


def t_git_log():
    out = []
    d = rand_date(2023, 2024)
    for _ in range(R.randint(3, 5)):
        p = Person()
        mail = gen_email(p, R.choice(CORP_DOMAINS + ["users.noreply.github.com"]))
        if mail.endswith("noreply.github.com"):
            mail = f"{R.randint(1000000, 99999999)}+{p.sur_py}{p.given_py}@users.noreply.github.com"
        out += [
            f"commit {hexs(40)}",
            f"Author: {p.sur_py.capitalize()} {p.given_py.capitalize()} <{L('EMAIL', mail)}>",
            f"Date:   {R.choice(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} {MON3[d.month - 1].capitalize()} {d.day} {R.randint(9, 23)}:{R.randint(10, 59)}:{R.randint(10, 59)} {d.year} +0800",
            "",
            "    "
            + R.choice(
                [
                    f"fix: 修复手机号脱敏逻辑（138****{R.randint(1000, 9999)} 显示异常）",
                    f"feat: 用户中心支持绑定邮箱 (#{R.randint(100, 999)})",
                    f"chore: bump version to v{R.randint(1, 4)}.{R.randint(0, 20)}.{R.randint(0, 9)}",
                    f"test: add fixture for id_no validation (use 11010119900307XXXX)",
                    f"refactor: split OrderService, order_id={safe_digits(19, first='2')}",
                    f"fix: 回滚 {hexs(7)}，影响线上订单查询",
                ]
            ),
            "",
        ]
        d += datetime.timedelta(days=R.randint(0, 3))
    return "\n".join(out)


def t_env():
    p = Person()
    lines = [
        "# ---- production .env (DO NOT COMMIT) ----",
        f"APP_NAME={R.choice(['order-center', 'crm-api', 'member-svc'])}",
        f"APP_VERSION={R.randint(1, 3)}.{R.randint(0, 15)}.{R.randint(0, 9)}",
        f"DB_HOST={private_ip()}",
        "DB_PORT=3306",
        f"DB_PASSWORD={hexs(16)}",
        f"REDIS_URL=redis://{private_ip()}:6379/0",
        f"PUBLIC_GATEWAY_IP={IPV()}",
        f"ADMIN_NAME={p.name}",
        f"ADMIN_MOBILE={MOB(p.mobile, R.choice(['plain', 'p86']))}",
        f"ADMIN_EMAIL={MAIL(p)}",
        f"ALERT_SMS_TO={MOB()},{MOB()}",
        f"SMTP_USER={MAIL(domain=R.choice(CORP_DOMAINS))}",
        f"OSS_BUCKET=prod-{hexs(6)}",
        f"SENTRY_DSN=https://{hexs(32)}@{private_ip()}:9000/12",
    ]
    if R.random() < 0.5:
        lines.append(f"SUPPORT_HOTLINE=400{R.randint(100, 999)}{R.randint(1000, 9999)}")
    return "\n".join(lines)


def t_configmap():
    p, q = Person(), Person()
    lines = [
        "apiVersion: v1",
        "kind: ConfigMap",
        "metadata:",
        f"  name: {R.choice(['alert-contacts', 'oncall-config', 'notify-cfg'])}",
        f"  namespace: {R.choice(['monitoring', 'prod', 'ops'])}",
        "  labels:",
        f'    app.kubernetes.io/version: "{R.randint(1, 5)}.{R.randint(0, 30)}.{R.randint(0, 9)}"',
        "data:",
        f'  ONCALL_PRIMARY_NAME: "{p.name}"',
        f'  ONCALL_PRIMARY_PHONE: "{MOB(p.mobile, R.choice(["p86", "plain", "p86dash"]))}"',
        f"  ONCALL_PRIMARY_EMAIL: {MAIL(p, R.choice(CORP_DOMAINS))}",
        f"  ONCALL_BACKUP_PHONE: '{MOB(q.mobile)}'",
        f'  NOC_LANDLINE: "{TEL(style=R.choice(["dash", "p86dash"]))}"',
        f"  EGRESS_IP: {IPV()}",
        f"  INTERNAL_LB: {private_ip()}",
        "  alertmanager.yml: |",
        "    receivers:",
        "    - name: sms",
        "      webhook_configs:",
        f"      - url: http://{private_ip()}:9094/sms?to={MOB()}",
    ]
    return "\n".join(lines)


def t_es_hits():
    hits = []
    for _ in range(R.randint(2, 3)):
        p = Person()
        src = {
            "user_id": int(safe_digits(10, first="8")),
            "name": p.name,
            "mobile": "@@M@@",
            "id_no": "@@I@@",
            "email": "@@E@@",
            "client_ip": "@@IP@@",
            "location": "@@G@@",
            "created_at": rtime().replace(" ", "T") + "+08:00",
            "device": {"imei": gen_imei(), "os": R.choice(["Android 13", "iOS 17.2", "HarmonyOS 4.0"])},
        }
        js = json.dumps(
            {
                "_index": "user_profile_v3",
                "_id": hexs(20),
                "_score": round(R.uniform(1, 12), 4),
                "_source": src,
            },
            ensure_ascii=False,
        )
        js = (
            js.replace("@@M@@", MOB(p.mobile))
            .replace("@@I@@", IDC(p.id))
            .replace("@@E@@", MAIL(p))
            .replace("@@IP@@", IPV() if R.random() < 0.7 else private_ip())
            .replace("@@G@@", GPSV(sep=","))
        )
        hits.append(js)
    took = R.randint(3, 90)
    return (
        '{"took":%d,"timed_out":false,"_shards":{"total":5,"successful":5,"skipped":0,"failed":0},'
        '"hits":{"total":{"value":%d,"relation":"eq"},"max_score":%s,"hits":[\n'
        % (took, len(hits), round(R.uniform(5, 15), 4))
        + ",\n".join(hits)
        + "\n]}}"
    )


def t_redis():
    p = Person()
    key = f"user:profile:{safe_digits(9, first='5')}"
    fields = [
        ("name", p.name),
        ("phone", MOB(p.mobile)),
        ("email", MAIL(p)),
        ("last_login_ip", IPV()),
        ("level", str(R.randint(1, 8))),
        (
            "openid",
            "o"
            + "".join(
                R.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
                for _ in range(27)
            ),
        ),
        ("updated_at", str(int(safe_digits(10, first="1")))),
    ]
    if R.random() < 0.5:
        fields.append(("id_card", IDC(p.id)))
    if R.random() < 0.4:
        fields.append(("birthday", BD(p.birth, "iso")))
    R.shuffle(fields)
    out = [f"{private_ip()}:6379> HGETALL {key}"]
    i = 1
    for k, v in fields:
        out.append(f'{i:>2}) "{k}"')
        out.append(f'{i + 1:>2}) "{v}"')
        i += 2
    out.append(f"{private_ip()}:6379> TTL {key}")
    out.append(f"(integer) {R.randint(100, 86400)}")
    return "\n".join(out)


def t_bi_csv():
    cols = ["user_id", "name", "mobile_no", "id_no", "dob", "city", "reg_ip", "reg_time", "order_cnt", "gmv"]
    if R.random() < 0.5:
        cols = ["user_id", "mobile_no", "dob", "gender", "city", "reg_ip", "gmv"]
    rows = [",".join(cols)]
    for _ in range(R.randint(4, 6)):
        p = Person()
        vals = {
            "user_id": safe_digits(8, first="6"),
            "name": p.sur_py.capitalize() + " " + p.given_py.capitalize(),
            "mobile_no": MOB(p.mobile) if R.random() < 0.85 else mask_mob(p.mobile),
            "id_no": IDC(p.id),
            "dob": BD(p.birth, R.choice(["iso", "us", "compact"])),
            "city": R.choice(["Hangzhou", "Shanghai", "Beijing", "Shenzhen"]),
            "reg_ip": IPV() if R.random() < 0.7 else private_ip(),
            "reg_time": rtime(),
            "order_cnt": str(R.randint(0, 300)),
            "gmv": amount(0, 90000),
            "gender": p.sex_en,
        }
        rows.append(",".join(vals[c] for c in cols))
    return "\n".join(rows)


def t_nginx():
    out = []
    for _ in range(R.randint(4, 6)):
        ip = gen_ip4() if R.random() < 0.8 else private_ip()
        d = rand_date(2024, 2024)
        path = R.choice(
            [
                f"/api/v2/user/sms/send?phone=@@M@@&scene=login",
                f"/api/order/detail?orderId={safe_digits(19, first='2')}",
                "/static/js/app.3f9c2d.js",
                f"/api/user/bind?email=@@E@@",
                "/health",
                f"/api/v1/track?lat_lng=@@G@@",
            ]
        )
        line = (
            f"{IPV(ip) if valid_ip(ip) else ip} - - [{d.day:02d}/{MON3[d.month - 1].capitalize()}/{d.year}:{R.randint(0, 23):02d}:{R.randint(10, 59)}:{R.randint(10, 59)} +0800] "
            f'"GET {path} HTTP/1.1" {R.choice([200, 200, 302, 404, 499])} {R.randint(100, 90000)} "-" '
            f'"{R.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X)", "okhttp/4.9.3", "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"])}"'
        )
        line = line.replace("@@M@@", MOB()).replace("@@E@@", MAIL()).replace("@@G@@", GPSV(sep=","))
        out.append(line)
    return "\n".join(out)


def t_sql_dump():
    out = [
        "-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)",
        f"-- Host: {private_ip()}    Database: crm",
        "",
        "LOCK TABLES `customer` WRITE;",
        "/*!40000 ALTER TABLE `customer` DISABLE KEYS */;",
    ]
    vals = []
    for i in range(R.randint(2, 4)):
        p = Person()
        vals.append(
            f"({R.randint(1000, 99999)},'{p.name}','{MOB(p.mobile)}','{IDC(p.id)}','{BD(p.birth, 'iso')}',"
            f"'{MAIL(p)}','{CARD() if R.random() < 0.5 else ''}','{rtime()}',{R.randint(0, 1)})"
        )
    out.append(
        "INSERT INTO `customer` (`id`,`name`,`phone`,`id_card`,`birthday`,`email`,`bank_card`,`created_at`,`deleted`) VALUES "
        + ",".join(vals)
        + ";"
    )
    out += ["/*!40000 ALTER TABLE `customer` ENABLE KEYS */;", "UNLOCK TABLES;"]
    return "\n".join(out)


def t_app_log():
    out = []
    for _ in range(R.randint(4, 6)):
        p = Person()
        ts = rtime() + f".{R.randint(0, 999):03d}"
        tid = hexs(16)
        k = R.randint(0, 5)
        if k == 5:
            msg = f"INFO  [{tid}] c.y.l.LocationReporter - uid={safe_digits(9, first='7')} loc={GPSV(sep=',')} acc={R.randint(5, 80)}m"
        elif k == 0:
            msg = f"INFO  [{tid}] c.y.m.s.LoginService - login success, mobile={MOB(p.mobile)}, ip={IPV()}, ua=okhttp/4.9.3"
        elif k == 1:
            msg = (
                f"WARN  [{tid}] c.y.m.s.KycService - id verify failed: idNo={IDC(p.id)}, reason=NAME_MISMATCH"
            )
        elif k == 2:
            msg = f"INFO  [{tid}] c.y.p.PayCallback - bind card ok, cardNo={CARD(style='plain')}, bank=ICBC, amount={amount()}"
        elif k == 3:
            msg = f'DEBUG [{tid}] c.y.m.s.ProfileService - update profile {{"email":"{MAIL(p)}","qq":"{QQN()}","birthday":"{BD(p.birth, "iso")}"}}'
        else:
            msg = f"ERROR [{tid}] c.y.o.OrderService - timeout calling {private_ip()}:8080, orderId={safe_digits(19, first='3')}, retry=3"
        out.append(f"{ts} {msg}")
    return "\n".join(out)


def t_mongo():
    out = []
    for _ in range(R.randint(2, 3)):
        p = Person()
        doc = (
            '{"_id":{"$oid":"%s"},"nickname":"%s","contact":{"mobile":"%s","wechat":"%s","qq":"%s"},'
            '"passport":"%s","ipv6":"%s","createdAt":{"$date":"%sT%02d:%02d:00.000Z"}}'
            % (
                hexs(24),
                p.given_py + str(R.randint(1, 99)),
                MOB(p.mobile),
                WX(p),
                QQN(),
                PP(),
                IPV(gen_ip6()),
                fdate(rand_date(2022, 2024)),
                R.randint(0, 23),
                R.randint(0, 59),
            )
        )
        out.append(doc)
    return "\n".join(out)


def t_parking_csv():
    lot = R.choice(["P1-西区地面", "B2-地下车库", "万象城P3"])
    rows = ["record_id,plate_no,plate_color,in_time,out_time,fee,pay_channel,member_mobile,gate_ip"]
    for _ in range(R.randint(4, 6)):
        nev = R.random() < 0.35
        d = rand_date(2024, 2024)
        rows.append(
            ",".join(
                [
                    safe_digits(12, first="9"),
                    PLT(nev=nev, style="plain"),
                    "绿" if nev else R.choice(["蓝", "蓝", "黄"]),
                    f"{fdate(d)} {R.randint(7, 12):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}",
                    f"{fdate(d)} {R.randint(13, 22):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}",
                    amount(0, 60),
                    R.choice(["wxpay", "alipay", "etc", "cash"]),
                    MOB() if R.random() < 0.5 else "",
                    private_ip(),
                ]
            )
        )
    return f"# export lot={lot} generated={rtime()}\n" + "\n".join(rows)


def t_border_booking():
    out = []
    for _ in range(R.randint(2, 3)):
        p = Person()
        doc_kind = R.choice(["permit", "permit", "passport"])
        rec = {
            "booking_no": "HZMB" + safe_digits(12),
            "route": R.choice(["珠海-香港", "澳门-香港", "香港-珠海"]),
            "depart": rtime(rand_date(2024, 2025)),
            "passenger": p.name,
            "doc_type": "往来港澳通行证" if doc_kind == "permit" else "护照",
            "doc_no": "@@D@@",
            "birth_date": "@@B@@",
            "contact_mobile": "@@M@@",
            "email": "@@E@@",
            "client_ip": "@@IP@@",
        }
        js = json.dumps(rec, ensure_ascii=False)
        js = (
            js.replace("@@D@@", HKM() if doc_kind == "permit" else PP())
            .replace("@@B@@", BD(p.birth, "iso"))
            .replace("@@M@@", MOB(p.mobile, R.choice(["plain", "p86"])))
            .replace("@@E@@", MAIL(p))
            .replace("@@IP@@", IPV())
        )
        out.append(js)
    return "\n".join(out)


IT_T = [
    t_parking_csv,
    t_border_booking,
    t_ldif,
    t_ics,
    t_git_log,
    t_env,
    t_configmap,
    t_es_hits,
    t_redis,
    t_bi_csv,
    t_nginx,
    t_sql_dump,
    t_app_log,
    t_mongo,
]


# ==================================================================================================
# genre: english_forms
# ==================================================================================================

EN_CITIES = [
    "HANGZHOU",
    "SHANGHAI",
    "BEIJING",
    "SHENZHEN",
    "GUANGZHOU",
    "CHENGDU",
    "WUHAN",
    "NANJING",
    "XI'AN",
    "SUZHOU",
]


def en_addr():
    return (
        f"Room {R.randint(101, 2808)}, No. {R.randint(1, 300)} {R.choice(['Wensan Rd', 'Xueyuan Rd', 'Zhongshan Rd', 'Jianshe Rd', 'Tianfu Ave'])}, "
        f"{R.choice(['Xihu', 'Xuhui', 'Chaoyang', 'Nanshan', 'Tianhe', 'Wuhou'])} District, {R.choice(EN_CITIES).title()}"
    )


def pp_dates():
    issue = rand_date(2016, 2023)
    return issue, issue.replace(year=issue.year + 10) if not (
        issue.month == 2 and issue.day == 29
    ) else issue + datetime.timedelta(days=3652)


def t_ds160():
    p = Person()
    issue, exp = pp_dates()
    st = R.choice(["dmon", "dmon", "dmon_sp"])
    wx = R.random() < 0.6
    lines = [
        "Online Nonimmigrant Visa Application (DS-160)  -- Confirmation Summary",
        f"Application ID: AA00{safe_str(lambda: ''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(6)))}",
        "",
        "PERSONAL INFORMATION 1",
        f"Surnames: {p.sur_py.upper()}",
        f"Given Names: {p.given_py.upper()}",
        f"Full Name in Native Alphabet: {p.name}",
        f"Sex: {'MALE' if p.male else 'FEMALE'}",
        f"Marital Status: {R.choice(['MARRIED', 'SINGLE'])}",
        f"Date of Birth: {BD(p.birth, st)}",
        f"Place of Birth: City: {R.choice(EN_CITIES)}  State/Province: {R.choice(['ZHEJIANG', 'JIANGSU', 'GUANGDONG', 'SICHUAN'])}  Country: CHINA",
        "",
        "PERSONAL INFORMATION 2",
        f"National Identification Number: {IDC(p.id)}",
        "U.S. Social Security Number: Does Not Apply",
        "U.S. Taxpayer ID Number: Does Not Apply",
        "",
        "ADDRESS AND PHONE",
        f"Home Address: {en_addr().upper()}",
        f"Primary Phone Number: {MOB(p.mobile, R.choice(['plain', 'p86', 'p86s']))}",
        f"Secondary Phone Number: {TEL(style=R.choice(['plain', 'dash'])) if R.random() < 0.5 else 'Does Not Apply'}",
        f"Email Address: {MAIL(p)}",
        "Social Media Provider/Platform: " + ("WECHAT" if wx else "WEIBO"),
        "Social Media Identifier: " + (WX(p) if wx else p.given_py + str(R.randint(100, 999))),
        "",
        "PASSPORT",
        "Passport/Travel Document Type: REGULAR",
        f"Passport/Travel Document Number: {PP()}",
        "Passport Book Number: DOES NOT APPLY",
        "Country/Authority that Issued Passport: CHINA",
        f"Issuance Date: {fdate(issue, st)}",
        f"Expiration Date: {fdate(exp, st)}",
    ]
    return "\n".join(lines)


def t_schengen():
    p = Person()
    issue, exp = pp_dates()
    hotel_cc = R.choice([("DE", "f"), ("FR", "f"), ("IT", "f")])
    cc, nat = gen_intl(*hotel_cc)
    lines = [
        "APPLICATION FOR SCHENGEN VISA",
        "This application form is free",
        f"1. Surname (Family name): {p.sur_py.upper()}",
        "2. Surname at birth (Former family name(s)): /",
        f"3. First name(s) (Given name(s)): {p.given_py.upper()}",
        f"4. Date of birth (day-month-year): {BD(p.birth, R.choice(['eu_dash', 'eu', 'eu_dot']))}",
        f"5. Place of birth: {R.choice(EN_CITIES)}    6. Country of birth: CHINA",
        "7. Current nationality: CHINESE    Nationality at birth, if different: /",
        f"8. Sex: [{'x' if p.male else ' '}] Male [{' ' if p.male else 'x'}] Female",
        f"11. National identity number, where applicable: {IDC(p.id)}",
        f"12. Type of travel document: [x] Ordinary passport",
        f"13. Number of travel document: {PP()}",
        f"14. Date of issue: {fdate(issue, 'eu_dash')}   15. Valid until: {fdate(exp, 'eu_dash')}   16. Issued by: NIA",
        f"17. Applicant's home address and e-mail address: {en_addr()}, {MAIL(p)}",
        f"    Telephone number(s): {MOB(p.mobile, R.choice(['p86s', 'p86space', '0086']))}",
        f"19. Current occupation: {R.choice(['ENGINEER', 'TEACHER', 'ACCOUNTANT', 'STUDENT', 'MANAGER'])}",
        f"20. Employer and employer's address and telephone number: {company()} / {TEL(style=R.choice(['p86', 'p86dash', 'dash']))}",
        f"31. Name of the inviting person(s)/hotel(s): {R.choice(['Hotel Adlon', 'Hotel Lutetia', 'Hotel Artemide', 'Novotel Centre'])}",
        f"    Telephone of hotel: {L('LANDLINE', fmt_intl(cc, nat, R.choice(['intl', 'plus'])))}",
        f"29. Intended date of arrival: {fdate(rand_date(2024, 2025), 'eu_dash')}",
    ]
    return "\n".join(lines)


def t_hotel_reg():
    p = Person()
    arr = rand_date(2023, 2024)
    st = R.choice(["us", "dmon", "dmonth", "iso"])
    lines = [
        R.choice(["GUEST REGISTRATION CARD", "Registration Card / 宿泊者カード", "HOTEL CHECK-IN FORM"]),
        f"Room No.: {R.randint(201, 2810)}    Confirmation No.: {safe_digits(9, first='7')}",
        f"Guest Name: {p.en}    Nationality: China (CHN)",
        f"Date of Birth: {BD(p.birth, st)}",
        f"Passport No.: {PP()}"
        if R.random() < 0.7
        else f"Travel document: Exit-Entry Permit (HK/Macao) No. {HKM()}",
        f"Arrival: {fdate(arr, st)}    Departure: {fdate(arr + datetime.timedelta(days=R.randint(1, 9)), st)}",
        f"Home Address: {en_addr()}",
        f"Mobile: {MOB(p.mobile, R.choice(['p86', 'p86s', 'p86dash', 'paren86']))}",
        f"E-mail: {MAIL(p)}",
        f"Payment: Credit Card (VISA) **** **** **** {R.randint(1000, 9999)}   Deposit: JPY {R.randint(1, 5)}0,000",
        "Guest Signature: ____________",
    ]
    if R.random() < 0.5:
        cc, nat = gen_intl(R.choice(["JP", "TH", "SG"]), "m")
        lines.insert(8, f"Local contact number: {L('MOBILE', fmt_intl(cc, nat, R.choice(['intl', 'plus'])))}")
    return "\n".join(lines)


def t_insurance_claim():
    p = Person()
    c = gen_card()
    inc = rand_date(2023, 2024)
    lines = [
        "TRAVEL INSURANCE CLAIM FORM",
        f"Policy No.: {R.choice(['PA', 'TRV', 'TI'])}{safe_digits(12, first='2')}    Claim Ref: CLM-{safe_digits(8)}",
        "",
        "Section A - Insured Person",
        f"Full name: {p.en}",
        f"Date of Birth (DD/MM/YYYY): {BD(p.birth, 'eu')}",
        f"ID / Passport No.: {PP()}" if R.random() < 0.5 else f"Chinese ID No.: {IDC(p.id)}",
        f"Contact phone: {MOB(p.mobile, R.choice(['p86s', 'p86dash', 'plain']))}",
        f"Email: {MAIL(p)}",
        "",
        "Section B - Details of Incident",
        f"Date of incident: {fdate(inc, 'eu')}   Place: {R.choice(['Bangkok', 'Tokyo', 'Paris', 'Sydney', 'Singapore'])}",
        f"Description: {R.choice(['Baggage delayed for 26 hours', 'Outpatient treatment for food poisoning', 'Flight cancelled due to weather'])}",
        f"Amount claimed: {R.choice(['THB', 'JPY', 'EUR', 'AUD'])} {amount(100, 20000)}",
        "",
        "Section C - Payment",
        f"Bank name: {BANK_BINS[c[:6]]} ({R.choice(['ICBC', 'ABC', 'CCB', 'BOC', 'CMB', 'BOCOM'])})",
        f"Account holder: {p.en}",
        f"Account No.: {CARD(c, R.choice(['plain', 'group4']))}",
        f"Emergency contact: {Person().en} (spouse)  Tel: {MOB()}",
        f"Declaration signed on {fdate(inc + datetime.timedelta(days=R.randint(3, 40)), 'eu')}",
    ]
    return "\n".join(lines)


def t_school_enrol():
    kid = Person(birth=rand_date(2006, 2012))
    fa, mo = Person(male=True), Person(male=False)
    cc, nat = gen_intl(R.choice(["AU", "GB", "SG"]), "m")
    st = R.choice(["dmonth", "eu", "dmon"])
    lines = [
        f"{R.choice(['St. Andrew', 'Westbridge', 'Oakwood', 'Maple Leaf'])} International School - Student Enrolment Form",
        f"Student ID (office use): S{safe_digits(7)}",
        "",
        "1. STUDENT DETAILS",
        f"Legal surname: {kid.sur_py.upper()}   Given name(s): {kid.given_py.capitalize()}   Preferred name: {R.choice(['Kevin', 'Lucy', 'Eric', 'Mia', 'Jack'])}",
        f"Date of birth: {BD(kid.birth, st)}   Gender: {'Male' if kid.male else 'Female'}",
        f"Country of birth: China   Passport number: {PP()}   Visa subclass: 500",
        f"Chinese ID No.: {IDC(kid.id)}" if R.random() < 0.6 else "Chinese ID No.: N/A",
        "",
        "2. PARENT / GUARDIAN",
        f"Father: {fa.en}   Mobile: {MOB(fa.mobile, R.choice(['p86s', 'p86space', 'p86']))}   Email: {MAIL(fa)}",
        f"Mother: {mo.en}   Mobile: {MOB(mo.mobile, R.choice(['p86s', 'p86dash']))}   WeChat ID: {WX(mo)}",
        f"Home phone (China): {TEL(style=R.choice(['p86', 'p86dash']))}",
        "",
        "3. EMERGENCY CONTACT (local)",
        f"Name: {R.choice(['Mrs. Helen Brown', 'Mr. David Lee', 'Ms. Grace Tan'])} (homestay)   Phone: {L('MOBILE', fmt_intl(cc, nat, R.choice(['intl', 'plus'])))}",
        f"Intended start date: {fdate(rand_date(2024, 2025), st)}",
    ]
    return "\n".join(lines)


def t_hk_bank_kyc():
    p = Person()
    cc, nat = gen_intl("HK", "m")
    issue = rand_date(2019, 2024)
    lines = [
        "ACCOUNT OPENING FORM - PERSONAL (NON-HK RESIDENT)",
        "Part 1  Customer Information",
        f"Name in English: {p.en}    Name in Chinese: {p.name}",
        f"Date of Birth: {BD(p.birth, R.choice(['eu', 'dmon', 'iso']))}",
        "Nationality: Chinese (PRC)",
        f"Identity Document: PRC Resident Identity Card No. {IDC(p.id)}",
        f"Travel document: Exit-Entry Permit for Travelling to and from Hong Kong and Macao No. {HKM()}",
        f"Permit date of issue: {fdate(issue, 'eu')}  expiry: {fdate(issue.replace(year=issue.year + 10) if not (issue.month == 2 and issue.day == 29) else issue, 'eu')}",
        f"Residential address (Mainland): {en_addr()}",
        f"Mobile (Mainland): {MOB(p.mobile, R.choice(['p86s', 'p86space', 'paren86']))}",
        f"Mobile (Hong Kong, if any): {L('MOBILE', fmt_intl(cc, nat, R.choice(['intl', 'paren', 'plus'])))}"
        if R.random() < 0.6
        else "Mobile (Hong Kong, if any): N/A",
        f"E-mail: {MAIL(p)}",
        f"Purpose of account: {R.choice(['Investment', 'Savings', 'Tuition payments'])}",
        f"Source of funds: {R.choice(['Salary', 'Business income'])}   Mainland bank account: {CARD()}",
        f"Branch code: {R.randint(100, 999)}   Staff ID: {safe_digits(6)}",
    ]
    return "\n".join(lines)


def t_flight_booking():
    out = [
        "PASSENGER MANIFEST / APIS DATA",
        f"Flight {R.choice(['CA', 'MU', 'CZ', 'HO'])}{R.randint(100, 999)}  Date {fdate(rand_date(2024, 2024), 'dmon')}",
        "",
        "SEQ  NAME                  SEX  DOB          DOC  PASSPORT NO  NAT  CONTACT",
    ]
    for i in range(R.randint(3, 4)):
        p = Person()
        out.append(
            f"{i + 1:03d}  {p.en:<20}  {p.sex_en}    {BD(p.birth, 'dmon')}  P    {PP()}  CHN  {MOB(p.mobile, R.choice(['p86', 'plain']))}"
        )
    out += [
        "",
        f"Ticket numbers: {', '.join('999-' + safe_digits(10, first=R.choice('2345')) for _ in range(2))}",
        f"Frequent flyer: CA{safe_digits(9, first='0')}",
        f"Booking contact email: {MAIL()}",
    ]
    return "\n".join(out)


def t_conference_reg():
    p = Person()
    lines = [
        f"Registration #{R.randint(1000, 9999)} - {R.choice(['ICML', 'IEEE ICC', 'World Battery Expo', 'Asia Pacific Dental Congress'])} {R.randint(2024, 2025)}",
        f"First name: {p.given_py.capitalize()}",
        f"Last name: {p.sur_py.capitalize()}",
        f"Affiliation: {R.choice(['Zhejiang University', 'Fudan University', company()])}",
        f"Email: {MAIL(p)}",
        f"Phone: {MOB(p.mobile, R.choice(['p86dash', 'p86s', 'paren86']))}",
        "Visa invitation letter required: Yes",
        f"Passport number (for visa letter): {PP()}",
        f"Date of birth (for visa letter): {BD(p.birth, R.choice(['monthd', 'dmonth', 'iso']))}",
        f"Dietary requirements: {R.choice(['None', 'Vegetarian', 'Halal'])}",
        f"Payment: {R.choice(['USD', 'EUR'])} {R.randint(300, 900)}.00 paid by card ending {R.randint(1000, 9999)}, transaction {safe_digits(12, first='4')}",
    ]
    return "\n".join(lines)


def t_invitation_letter():
    p = Person()
    issue, exp = pp_dates()
    cc, nat = gen_intl(R.choice(["DE", "GB", "FR"]), "f")
    lines = [
        f"{R.choice(['Berlin', 'London', 'Paris'])}, {fdate(rand_date(2024, 2024), 'dmonth')}",
        "",
        "To the Visa Section, Embassy in Beijing",
        "",
        "LETTER OF INVITATION",
        "",
        f"We hereby invite Mr./Ms. {p.en}, born on {BD(p.birth, R.choice(['dmonth', 'monthd']))}, holder of Chinese passport "
        f"No. {PP()} (issued {fdate(issue, 'dmonth')}, valid until {fdate(exp, 'dmonth')}), to visit our company for business "
        f"meetings from {fdate(rand_date(2024, 2025), 'dmonth')} for {R.randint(5, 14)} days.",
        "All travel and accommodation costs will be covered by the applicant's employer.",
        f"The applicant can be reached at {MOB(p.mobile, R.choice(['p86s', 'p86space']))} or {MAIL(p)}.",
        "",
        "Yours faithfully,",
        f"{R.choice(['Anna Schmidt', 'James Walker', 'Claire Martin'])}, HR Manager",
        f"Tel. {L('LANDLINE', fmt_intl(cc, nat, 'intl'))}",
    ]
    return "\n".join(lines)


def t_rental_form():
    p = Person()
    g = Person()
    lines = [
        "RENTAL APPLICATION - INTERNATIONAL STUDENT",
        f"Applicant: {p.en}   DOB: {BD(p.birth, R.choice(['us', 'iso', 'dmon']))}",
        f"Passport #: {PP()}   Chinese ID No.: {IDC(p.id, R.choice([None, 'group']))}",
        f"Phone: {MOB(p.mobile, R.choice(['p86', 'p86dash', '0086']))}   WeChat: {WX(p)}",
        f"Email: {MAIL(p)}",
        f"Guarantor (parent): {g.en}   Tel: {MOB(g.mobile, 'p86s')}   Office: {TEL(style='p86')}",
        f"Guarantor DOB: {BD(g.birth, 'us')}",
        f"Monthly rent: USD {R.randint(9, 30)}00   Lease start: {fdate(rand_date(2024, 2025), 'us')}",
    ]
    return "\n".join(lines)


EN_T = [
    t_ds160,
    t_schengen,
    t_hotel_reg,
    t_insurance_claim,
    t_school_enrol,
    t_hk_bank_kyc,
    t_flight_booking,
    t_conference_reg,
    t_invitation_letter,
    t_rental_form,
]


# ==================================================================================================
# genre: social_dm
# ==================================================================================================

NICKS = [
    "小可爱🍓",
    "momo不吃辣",
    "杭州吃货王",
    "Ivy_0615",
    "旺仔小馒头",
    "深夜食堂老板",
    "追风少年",
    "一只咸鱼",
    "奶茶续命",
    "阿杰Jay",
    "小王同学",
    "桃子味的夏天",
    "北漂十年",
    "Lucky星",
    "柠檬精本精",
    "老猫🐱",
    "云朵☁️",
    "二手数码回收",
    "宝妈团长",
    "健身教练Leo",
]
EMOJIS = ["🔥", "❤", "🌸", "✨", "🍓", "💰", "🐱", "⭐", "🌙", "🎈"]
KEYCAP = "\ufe0f\u20e3"


def emoji_mob(m):
    k = R.randint(0, 3)
    if k == 0:
        e = R.choice(EMOJIS)
        return f"{m[:3]}{e}{m[3:7]}{e}{m[7:]}"
    if k == 1:
        return "".join(c + (R.choice(EMOJIS) if i in (2, 6) else "") for i, c in enumerate(m))
    if k == 2:
        return "".join(c + KEYCAP for c in m)
    return m[:3] + R.choice(EMOJIS) + m[3:]


def obf_mob(m):
    """An obfuscated mainland mobile as social posts write it (all 11 digits present)."""
    k = R.randint(0, 7)
    if k == 0:
        return cn_mob(m)
    if k == 1:
        return cn_mob(m, yao=True, spaced=R.random() < 0.5)
    if k == 2:
        return " ".join(m)
    if k == 3:
        return emoji_mob(m)
    if k == 4:
        return fw(m)
    if k == 5:  # mixed digits and numerals
        return "".join(CN_DIGITS[int(c)] if i % 2 else c for i, c in enumerate(m))
    if k == 6:
        return m[:3] + " " + m[3:7] + " " + m[7:]
    return "".join(c if i % 3 else ["零壹贰叁肆伍陆柒捌玖"][0][int(c)] for i, c in enumerate(m))


WX_CUES = ["vx", "VX", "wx", "微信", "V信", "加V", "wei xin", "威信", "薇信", "Ｖｘ", "v❤"]


def t_weibo_comments():
    post_user = R.choice(NICKS)
    lines = [
        f"{post_user} {R.choice(['', 'V'])}",
        f"{R.randint(1, 12)}-{R.randint(1, 28)} {R.randint(8, 23)}:{R.randint(10, 59)} 来自 {R.choice(['iPhone 15 Pro', 'HUAWEI Mate 60', '微博网页版', 'Redmi K70'])}",
        R.choice(
            [
                "#租房# 滨江两室一厅转租，押一付一，有意者私我～",
                "出两张周杰伦演唱会内场票，原价转，滴滴我",
                "#寻狗启事# 昨晚在小区走失一只柯基，求转发🙏",
            ]
        ),
        f"转发 {R.randint(0, 300)}  评论 {R.randint(3, 90)}  赞 {R.randint(10, 999)}",
        "",
        "—— 评论 ——",
    ]
    kinds = R.sample(range(6), R.randint(3, 5))
    for k in kinds:
        who = R.choice(NICKS)
        if k == 0:
            c = f"{R.choice(WX_CUES)}：{WX()}，备注微博"
        elif k == 1:
            c = f"电话 {L('MOBILE', obf_mob(gen_mob()))} 看到请回"
        elif k == 2:
            c = R.choice(["已私信", "蹲一个", "还在吗？", "多少钱", "转发了，希望早日找到"])
        elif k == 3:
            c = f"私我了，或者直接打 {MOB(style=R.choice(['plain', 'space', 'dash']))}"
        elif k == 4:
            c = f"扣扣 {QQN()} 滴滴"
        else:
            c = f"手机尾号{R.randint(1000, 9999)}的是你吗"
        lines.append(
            f"{who}：{c}  {R.randint(1, 12)}月{R.randint(1, 28)}日  IP属地：{R.choice(['浙江', '广东', '上海', '四川', '海外'])}  赞{R.randint(0, 50)}"
        )
    return "\n".join(lines)


def t_live_chat():
    lines = [
        f"【直播间 {R.choice(['好物分享', '深夜电台', '户外钓鱼', '二手车评估'])}】房间号 {safe_digits(9, first='7')}  在线 {R.randint(200, 30000)}"
    ]
    t0 = R.randint(19, 22) * 3600 + R.randint(0, 3599)
    for _ in range(R.randint(6, 9)):
        t0 += R.randint(1, 40)
        ts = f"{t0 // 3600:02d}:{t0 % 3600 // 60:02d}:{t0 % 60:02d}"
        k = R.randint(0, 7)
        if k == 0:
            msg = f"主播加我{R.choice(WX_CUES)} {WX()} 有事找"
        elif k == 1:
            msg = f"{L('MOBILE', emoji_mob(gen_mob()))} 回收手机的联系"
        elif k == 2:
            msg = R.choice(["666", "来了来了", "主播好美", "点赞了", "上链接！", "这个多少米"])
        elif k == 3:
            msg = f"送出 小心心 x{R.randint(1, 99)}"
        elif k == 4:
            msg = f"企鹅 {QQN()} 组队的来"
        elif k == 5:
            msg = f"福利群满了，加{R.choice(['薇信', '威信', 'vx'])}：{WX()}"
        elif k == 6:
            msg = f"手机号{gen_mob()[:3]}****{R.randint(1000, 9999)}的中奖了"
        else:
            msg = f"我电话 {L('MOBILE', cn_mob(gen_mob(), yao=R.random() < 0.5))}"
        lines.append(f"[{ts}] {R.choice(NICKS)}：{msg}")
    return "\n".join(lines)


def t_xhs_comments():
    lines = [
        R.choice(
            [
                "🍠 小红书笔记：杭州周末遛娃好去处｜亲测不踩雷",
                "笔记：自用好物分享✨ 回购无数次",
                "笔记｜第一次去日本自由行攻略",
            ]
        ),
        f"小红书号：{safe_digits(10, first=R.choice('2345'))}  IP属地：{R.choice(['浙江', '上海', '日本'])}",
        f"{R.randint(1, 999)}赞 {R.randint(1, 300)}收藏",
        "",
    ]
    for k in R.sample(range(5), R.randint(3, 5)):
        if k == 0:
            c = f"宝子们需要的私我，或者{R.choice(['v我', '滴滴我'])}～{R.choice(WX_CUES)}：{WX()}"
        elif k == 1:
            c = f"代购可以找我 {L('MOBILE', obf_mob(gen_mob()))}（同V）"
        elif k == 2:
            c = R.choice(["求链接🙏", "姐妹好会拍", "已关注！", "这个在哪买的呀", "马住"])
        elif k == 3:
            c = f"邮箱发你了：{MAIL()}"
        else:
            c = f"作者回复：已私信～不要在评论区留电话哦，之前有人留了138****{R.randint(1000, 9999)}被骚扰"
        lines.append(f"{R.choice(NICKS)}  {c}  {R.randint(1, 59)}分钟前")
    return "\n".join(lines)


def t_private_dm():
    a, b = R.choice(NICKS), R.choice(NICKS)
    p = Person()
    lines = [f"与 {a} 的私信", f"{fdate(rand_date(2024, 2024), 'iso')}"]
    convo = [
        (b, R.choice(["你好，请问房子还在吗", "在吗？上次说的那个活还接不接", "你好 看到你发的招聘"])),
        (a, "在的，平台上不方便，留个联系方式？"),
        (b, f"我电话 {L('MOBILE', obf_mob(p.mobile))}"),
        (a, f"好的，我{R.choice(WX_CUES)}是 {WX()}，加的时候备注一下"),
        (
            b,
            R.choice(
                [
                    f"我加你了，我的是 {WX(p)}",
                    f"扣扣也行 {QQN()}",
                    f"或者发我邮箱 {MAIL(p)}",
                    f"代办签注要的信息：通行证号 {HKM()}，出生日期 {BD(p.birth, 'iso')}",
                ]
            ),
        ),
        (a, R.choice(["收到👌", "好 晚点联系", "ok"])),
    ]
    for who, msg in convo[: R.randint(4, 6)]:
        lines.append(f"{who}：{msg}")
    return "\n".join(lines)


def t_trad_post():
    p = Person()
    cc, nat = gen_intl(R.choice(["HK", "TW", "MO"]), "m")
    lines = [
        R.choice(
            [
                "【徵人】中環餐廳誠徵兼職外場",
                "【二手】iPhone 15 Pro 256G 九成新 面交",
                "【代購】台灣伴手禮團購",
            ]
        ),
        f"有興趣請私訊，或直接聯絡：",
        f"電話／WhatsApp：{L('MOBILE', fmt_intl(cc, nat, R.choice(['intl', 'plus', 'paren', '00'])))}",
        f"大陸朋友可加微信：{WX()}"
        if R.random() < 0.7
        else f"大陸手機：{MOB(style=R.choice(['p86s', 'p86']))}",
        f"LINE ID：{R.choice(['amy', 'kelvin', 'joyce'])}{R.randint(10, 999)}（僅限台灣）",
        f"電郵：{MAIL()}",
        f"謝絕推銷，已讀不回請見諒。發佈於 {fdate(rand_date(2024, 2024), 'slash')}",
    ]
    if R.random() < 0.4:
        lines.insert(3, f"手機：{MOB(style='space')}（微信同號）")
    return "\n".join(lines)


def t_xianyu():
    seller, buyer = R.choice(NICKS), R.choice(NICKS)
    p = Person()
    lines = [
        f"闲鱼 · {R.choice(['戴森吹风机', '二手电动车', 'switch游戏机', '婴儿推车'])} ¥{R.randint(50, 3000)}",
        "",
    ]
    convo = [
        (buyer, "宝贝还在吗？能便宜点不"),
        (seller, f"在的，最低{R.randint(40, 2800)}，同城可以自提"),
        (buyer, "可以，怎么联系你"),
        (seller, f"微信同号 {MOB(p.mobile, R.choice(['plain', 'space', 'dash']))}，加的时候说闲鱼"),
        (
            buyer,
            R.choice(["好嘞", "加了，头像是猫的那个", f"我{R.choice(['vx', '微信'])} {WX()}，你拉我也行"]),
        ),
        (seller, f"地址发你：{addr()}，到了打电话"),
        (buyer, f"订单号 {safe_digits(19, first='3')} 已拍下"),
    ]
    for who, msg in convo[: R.randint(5, 7)]:
        lines.append(f"{who}: {msg}")
    return "\n".join(lines)


def t_pieces_chat():
    p = Person()
    m = p.mobile
    lines = [f"群聊：{R.choice(['同城拼车群', '宝妈交流群', '小区业主群(3)'])}"]
    k = R.randint(0, 2)
    if k == 0:  # split across messages: not one contiguous span -> not labelled
        lines += [
            f"{R.choice(NICKS)}：我号码分开发，防机器人",
            f"{R.choice(NICKS)}：前三位{m[:3]}",
            f"{R.choice(NICKS)}：中间{m[3:7]}",
            f"{R.choice(NICKS)}：后四位{m[7:]}",
        ]
    elif k == 1:
        lines += [
            f"{R.choice(NICKS)}：要拼车的加我，手机号 {L('MOBILE', ' '.join(m))}",
            f"{R.choice(NICKS)}：我也去，{m[:3]}开头那个是你吗",
        ]
    else:
        lines += [
            f"{R.choice(NICKS)}：电话：{L('MOBILE', obf_mob(m))}（防屏蔽写法）",
            f"{R.choice(NICKS)}：收到",
        ]
    lines += [
        f"{R.choice(NICKS)}：车牌{PLT(style=R.choice(['plain', 'dot']))}，明早7点小区东门",
        f"{R.choice(NICKS)}：{R.choice(['好的', '👌', '收到谢谢', '+1'])}",
    ]
    return "\n".join(lines)


def t_group_chat_export():
    d = rand_date(2024, 2024)
    lines = [f"—————  {fdate(d, 'iso')}  —————"]
    for _ in range(R.randint(4, 6)):
        p = Person()
        t = f"{R.randint(8, 23):02d}:{R.randint(0, 59):02d}"
        k = R.randint(0, 4)
        if k == 0:
            msg = f"简历发我邮箱 {MAIL(p)}，注明岗位"
        elif k == 1:
            msg = f"我的QQ是{QQN()}，文件从QQ传"
        elif k == 2:
            msg = R.choice(
                [
                    "[图片]",
                    f"[位置] {R.choice(['万象城', '西湖文化广场', '火车东站'])} {GPSV(sep=',')}",
                    "[语音]",
                ]
            )
        elif k == 3:
            msg = (
                f"@所有人 明天{R.randint(9, 11)}点开会，有事找我 {MOB(p.mobile, R.choice(['plain', 'dash']))}"
            )
        else:
            msg = f"[转账] ¥{amount(1, 500)}  交易单号：{safe_digits(28, first='4')}"
        lines.append(f"{p.name} {t}\n{msg}")
    return "\n".join(lines)


def t_part_time_spam():
    lines = [
        R.choice(
            [
                "💰日结兼职💰 手机就能做，宝妈学生党都可以",
                "【招募】打字员/刷单勿扰/正规兼职",
                "🔥同城交友🔥 真人认证",
            ]
        ),
        f"{R.choice(['加V', '加v信', '加薇信', '加威信', 'V❤', 'vx', '加薇', '联系V信'])}：{WX()}",
        f"{R.choice(['扣扣', '企鹅', 'QQ'])}：{QQN()}",
        f"电话：{L('MOBILE', obf_mob(gen_mob()))}",
        f"{R.choice(['✨', '🌸', '⭐'])}名额有限，先到先得{R.choice(['✨', '🌸', '⭐'])}",
    ]
    return "\n".join(lines)


def t_moveycar_post():
    p = Person()
    lines = [
        R.choice(
            [
                "#挪车# 谁的车堵在消防通道了？？",
                "业主群：B2车库有辆车挡住我出不来了",
                "【寻车主】小区门口这辆车刮了我的电动车",
            ]
        ),
        f"车牌号：{PLT(style=R.choice(['plain', 'dot', 'space']), nev=R.random() < 0.4)}，{R.choice(['白色', '黑色', '红色'])}{R.choice(['SUV', '轿车', '面包车'])}",
        f"车窗上留的挪车电话是 {MOB(style=R.choice(['plain', 'space']))}，打了没人接",
        R.choice(
            [
                f"有认识的麻烦转告，我电话 {MOB(p.mobile)}",
                "物业说联系不上，只能报警了",
                f"我的车是{PLT()}，已经等了半小时了",
            ]
        ),
    ]
    return "\n".join(lines)


def t_dating_post():
    p = Person(birth=rand_date(1988, 2000))
    lines = [
        R.choice(["【征婚】本人情况如下，诚心找对象", "相亲角｜帮朋友发一个", "#脱单# 自我介绍"]),
        f"{'男' if p.male else '女'}，{str(p.birth.year)[2:]}年，生日{BD(p.birth, R.choice(['dot', 'cn_nz', 'iso']))}，身高{R.randint(155, 185)}",
        f"坐标{R.choice(['杭州', '成都', '南京', '深圳'])}，{R.choice(['国企', '互联网', '教师', '医生'])}，有房有车",
        f"诚心的{R.choice(['私我', '滴滴我'])}，{R.choice(['加微', 'vx', '微信'])}：{WX(p)}"
        if R.random() < 0.6
        else f"联系方式：{L('MOBILE', obf_mob(p.mobile))}",
        "中介勿扰，谢谢🙏",
    ]
    return "\n".join(lines)


SOCIAL_T = [
    t_weibo_comments,
    t_live_chat,
    t_xhs_comments,
    t_private_dm,
    t_trad_post,
    t_xianyu,
    t_pieces_chat,
    t_group_chat_export,
    t_part_time_spam,
    t_moveycar_post,
    t_dating_post,
]


# ==================================================================================================
# genre: delivery_apps
# ==================================================================================================

VIRTUAL_SEGS = ["170", "171", "165", "167", "162"]
SHOPS = [
    "老王烧烤(文三路店)",
    "蜜雪冰城(学院路店)",
    "沙县小吃",
    "肯德基宅急送",
    "麦当劳(滨江店)",
    "喜茶GO",
    "兰州拉面",
    "杨国福麻辣烫",
]


def virt(ext_sep=None):
    """A platform virtual number: the 11-digit number is MOBILE, the extension stays outside."""
    m = gen_mob(R.choice(VIRTUAL_SEGS))
    e = str(R.randint(1000, 9999))
    sep = ext_sep or R.choice(["转", " 转 ", "，分机号", ",", "转分机", "#"])
    return MOB(m, R.choice(["plain", "plain", "dash", "space"])) + sep + e


def pickup_code():
    return R.choice(
        [
            f"{R.randint(1, 30)}-{R.randint(1, 6)}-{R.randint(1000, 9999)}",
            str(R.randint(100000, 999999)),
            f"{R.choice('ABCDEFGH')}{R.randint(10, 99)}-{R.randint(1000, 9999)}",
            f"{R.randint(1000, 9999)}",
        ]
    )


def rider_id():
    return R.choice(
        [safe_digits(8, first=R.choice("2345")), "RD" + safe_digits(10), safe_digits(12, first="9")]
    )


def t_meituan_order():
    cust, rider = Person(), Person()
    city = R.choice([c for c in CITY_GPS if c != "重庆"])
    lines = [
        R.choice(["美团外卖 · 订单详情", "订单详情（商家版）", "【外卖订单】"]),
        f"{R.choice(SHOPS)}",
        f"订单号：{order_no(19)}",
        f"下单时间：{rtime()}",
        f"期望送达：立即送达（约{R.randint(20, 50)}分钟）",
        f"#{R.randint(1, 99)}  {R.choice(['美团', '饿了么'])}预订单",
        "",
        f"顾客：{cust.name[0]}{'先生' if cust.male else '女士'}（尾号{cust.mobile[-4:]}）",
        f"隐私号：{virt()}",
        f"备用号码：{mask_mob(cust.mobile)}"
        if R.random() < 0.5
        else f"顾客手机：{MOB(cust.mobile)}（已授权显示真实号码）",
        f"配送地址：{addr(city)}",
        f"定位：{GPSV(city, sep=R.choice([',', ', ']))}" if R.random() < 0.6 else "定位：--",
        f"骑手：{rider.name}  骑手ID：{rider_id()}  电话：{MOB(rider.mobile)}",
        f"取餐号：{R.randint(1, 200)}   餐品：{R.choice(['香辣鸡腿堡套餐', '招牌烤串x20', '柠檬水(大杯)x2', '牛肉拉面'])}",
        f"商家电话：{TEL()}",
        f"实付：¥{amount(15, 200)}  配送费 ¥{R.randint(0, 6)}.{R.randint(0, 9)}0",
    ]
    return "\n".join(lines)


def t_eleme_json():
    p = Person()
    city = R.choice([c for c in CITY_GPS if c != "重庆"])
    m = gen_mob(R.choice(VIRTUAL_SEGS))
    e = str(R.randint(1000, 9999))
    body = {
        "order_id": order_no(19),
        "shop_id": int(safe_digits(9, first="5")),
        "create_time": rtime(),
        "consignee": p.name[0] + ("先生" if p.male else "女士"),
        "phone_list": ["@@V@@"],
        "privacy_phone": "@@V2@@",
        "real_phone_tail": p.mobile[-4:],
        "address": addr(city),
        "location": "@@G@@",
        "pick_code": pickup_code(),
        "rider": {"rider_id": rider_id(), "name": Person().name, "phone": "@@R@@"},
        "total": float(amount(20, 300)),
        "status": R.choice(["DELIVERING", "FINISHED", "CANCELED"]),
    }
    js = json.dumps(body, ensure_ascii=False, indent=R.choice([None, 2]))
    return (
        js.replace("@@V@@", f"{L('MOBILE', m)},{e}")
        .replace("@@V2@@", f"{L('MOBILE', m)}_{e}")
        .replace("@@G@@", GPSV(city, sep=","))
        .replace("@@R@@", MOB())
    )


def t_errand():
    a, b = Person(), Person()
    lines = [
        R.choice(["UU跑腿 订单", "闪送 · 订单信息", "达达快送 同城急送"]),
        f"订单编号：{safe_str(lambda: R.choice(['U', 'SS', 'DD']) + rdig(18))}",
        f"下单：{rtime()}  预计 {R.randint(20, 90)} 分钟送达",
        f"取件：{addr()}",
        f"取件人：{a.name} {MOB(a.mobile, R.choice(['plain', 'dash', 'space']))}",
        f"送达：{addr()}",
        f"收件人：{b.name} {MOB(b.mobile) if R.random() < 0.6 else mask_mob(b.mobile)}",
        f"收件码：{R.randint(1000, 9999)}（请勿泄露给他人）",
        f"物品：{R.choice(['文件', '钥匙', '蛋糕', '鲜花', '电脑配件'])}  重量 {R.randint(1, 10)}kg  保价 ¥{R.randint(0, 3)}00",
        f"跑腿员：{Person().name}  工号 {rider_id()}  {virt()}",
        f"费用：¥{amount(10, 120)}  支付单号 {safe_digits(28, first='4')}",
    ]
    return "\n".join(lines)


def t_freight():
    drv, usr = Person(male=True), Person()
    city = R.choice([c for c in CITY_GPS if c != "重庆"])
    car = gen_plate(nev=R.random() < 0.5, prov=R.choice("粤沪浙苏京川"))
    lines = [
        R.choice(["货拉拉 · 订单详情", "搬家/拉货订单", "【运满满】运单信息"]),
        f"订单号：{order_no(R.choice([16, 18]))}",
        f"用车时间：{rtime()}",
        f"车型：{R.choice(['小面包车', '中面包车', '依维柯', '4.2米厢式货车', '6.8米平板'])}",
        f"装货地：{addr(city)}  ({GPSV(city, sep=',')})",
        f"卸货地：{addr(city)}  ({GPSV(city, sep=', ')})",
        f"联系人：{usr.name} {MOB(usr.mobile)}",
        f"司机：{drv.name[0]}师傅  车牌：{PLT(car, R.choice(['plain', 'dot', 'dot']))}",
        f"司机电话：{virt()}" if R.random() < 0.5 else f"司机电话：{MOB(drv.mobile)}",
        f"运费：¥{amount(40, 900)}（含搬运费 ¥{R.randint(0, 200)}）  里程 {R.randint(3, 80)}.{R.randint(0, 9)}km",
        f"备注：{R.choice(['有电梯', '需要跟车', '易碎品轻拿轻放', '到了打电话'])}",
    ]
    return "\n".join(lines)


def t_driver_chat():
    drv = Person(male=True)
    car = gen_plate(nev=R.random() < 0.5)
    msgs = [
        (
            "司机",
            f"您好，我是{R.choice(['货拉拉', '跑腿', '外卖'])}师傅，车牌{PLT(car, R.choice(['plain', 'dot']))}，已到达装货地",
        ),
        ("用户", "好的，我马上下来，小区门口是吧"),
        ("司机", f"平台电话打不通，您直接打我手机 {MOB(drv.mobile, R.choice(['plain', 'space', 'dash']))}"),
        ("用户", R.choice(['[语音 12"]', "稍等5分钟", "我在3号门"])),
        ("司机", f"我的位置：{GPSV(sep=',')}（已发送位置）"),
        ("用户", f"收货人电话也给你：{MOB()}，到了让他签收"),
        ("司机", R.choice(["收到", "好的没问题", "👌"])),
        (
            "系统",
            f"为保护隐私，本次通话使用虚拟号{MOB(gen_mob(R.choice(VIRTUAL_SEGS)))}转{R.randint(100, 9999)}，订单结束后失效",
        ),
    ]
    t = R.randint(8, 20) * 60
    out = [f"订单 {order_no(18)} 的聊天记录"]
    for who, m in msgs[: R.randint(5, 8)]:
        t += R.randint(1, 9)
        out.append(f"{t // 60:02d}:{t % 60:02d} {who}：{m}")
    return "\n".join(out)


def t_rider_ocr():
    lines = [
        f"今日已完成 {R.randint(10, 60)} 单  收入 ¥{amount(80, 600)}",
        f"骑手编号 {rider_id()}  {R.choice(['众包', '专送'])}",
        "",
    ]
    for i in range(R.randint(2, 3)):
        p = Person()
        lines += [
            f"#{R.randint(1, 99)} {R.choice(SHOPS)}",
            f"  顾客 {p.name[0]}** 尾号{p.mobile[-4:]}",
            f"  {R.choice(['虚拟号', '隐私号', '呼叫'])} {virt()}",
            f"  {addr()}",
            f"  送达时间 {R.randint(10, 23)}:{R.randint(10, 59)}  取餐码 {R.randint(1, 200)}",
        ]
    return "\n".join(lines)


def t_cainiao_sms():
    out = []
    for _ in range(R.randint(2, 3)):
        st = Person()
        k = R.randint(0, 2)
        if k == 0:
            out.append(
                f"【菜鸟驿站】您的{R.choice(['中通', '圆通', '韵达', '申通'])}包裹已到{R.choice(['阳光小区', '学院路', '滨江花园'])}{R.randint(1, 9)}号店，"
                f"请凭取件码{pickup_code()}于{R.randint(8, 21)}:00前领取，详询{MOB(st.mobile)}"
            )
        elif k == 1:
            out.append(
                f"【丰巢】取件码{R.randint(10000000, 99999999)}，您的顺丰快递{'SF' + safe_digits(13, first='1')}已存入{R.choice(['3号', '东门'])}柜，快递员{st.name[0]}师傅 {MOB(st.mobile)}"
            )
        else:
            out.append(f"【兔喜生活】您有包裹待取，取件码 {pickup_code()}，驿站电话 {TEL()}，退订回T")
    return "\n".join(out)


def t_complaint_ticket():
    p = Person()
    lines = [
        f"工单号：CS{safe_digits(12, first='2')}   来源：{R.choice(['App在线客服', '热线10109777', '12315转办'])}",
        f"创建时间：{rtime()}   优先级：{R.choice(['P1', 'P2', 'P3'])}",
        f"用户ID：{safe_digits(10, first='8')}   用户手机：{MOB(p.mobile)}",
        f"关联订单：{order_no(19)}   骑手工号：{rider_id()}",
        f"问题描述：{R.choice(['餐品洒漏，要求退款', '骑手态度恶劣', '超时一小时未送达', '收到的不是自己点的餐'])}",
        f"用户定位：{GPSV()}" if R.random() < 0.6 else "用户定位：未授权",
        f"用户补充联系方式：{R.choice([f'邮箱 {MAIL(p)}', f'微信 {WX(p)}', f'备用手机 {MOB()}'])}",
        f"处理结果：已补偿 {R.randint(3, 20)} 元无门槛券，券码 {safe_str(lambda: ''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(12)))}",
    ]
    return "\n".join(lines)


def t_groupbuy_list():
    lines = [
        f"{R.choice(['兴盛优选', '美团优选', '多多买菜'])} 自提点：{R.choice(['阳光小区东门便利店', '滨江花园3幢', '学院路菜鸟驿站'])}",
        f"团长：{Person().name} {MOB()}",
        f"到货日期：{fdate(rand_date(2024, 2024), 'iso')}",
        "",
        "序号  昵称        手机          提货码    商品",
    ]
    for i in range(R.randint(4, 6)):
        p = Person()
        ph = MOB(p.mobile) if R.random() < 0.6 else mask_mob(p.mobile)
        lines.append(
            f"{i + 1:<4}  {R.choice(NICKS):<10}  {ph}  {R.randint(100000, 999999)}    {R.choice(['鸡蛋30枚', '五常大米5kg', '草莓2盒', '牛奶x12'])}"
        )
    return "\n".join(lines)


def t_waybill():
    s, r = Person(), Person()
    lines = [
        f"{R.choice(['顺丰速运', '京东物流', '中通快递'])} 电子面单",
        f"运单号：{R.choice(['SF', 'JDVA', 'ZT'])}{safe_digits(13, first='1')}",
        f"寄件人：{s.name}  {MOB(s.mobile, R.choice(['plain', 'space']))}",
        f"寄件地址：{addr()}",
        f"收件人：{r.name}  {MOB(r.mobile) if R.random() < 0.5 else mask_mob(r.mobile)}",
        f"收件地址：{addr()}",
        f"托寄物：{R.choice(['文件', '衣物', '电子产品'])}  计费重量 {R.randint(1, 20)}kg",
        f"月结卡号：{safe_digits(10, first='7')}   打印时间：{rtime()}",
        f"收派员：{Person().name} 工号{rider_id()}",
    ]
    return "\n".join(lines)


DELIVERY_T = [
    t_meituan_order,
    t_eleme_json,
    t_errand,
    t_freight,
    t_driver_chat,
    t_rider_ocr,
    t_cainiao_sms,
    t_complaint_ticket,
    t_groupbuy_list,
    t_waybill,
]


# ==================================================================================================
# genre: traps20 (no personal data at all)
# ==================================================================================================


def hotline():
    return R.choice(
        [
            f"400-{R.randint(100, 999)}-{R.randint(1000, 9999)}",
            f"400{R.randint(100, 999)}{R.randint(1000, 9999)}",
            f"800-{R.randint(100, 999)}-{R.randint(1000, 9999)}",
            R.choice(
                ["95588", "95533", "10086", "10010", "12345", "12315", "95338", "95311", "12368", "12333"]
            ),
        ]
    )


def tr_masked_list():
    sep = R.choice(["|", "\t", "，"])
    rows = [
        R.choice(["失信被执行人名单（脱敏公示版）", "中奖名单公示", "限制高消费人员名单（公开版）"]),
        sep.join(["序号", "姓名", "证件号码", "手机号", "案号/备注"]),
    ]
    for i in range(R.randint(4, 7)):
        p = Person()
        _, cno = case_no()
        rows.append(
            sep.join(
                [str(i + 1), p.name[0] + "*" * (len(p.name) - 1), mask_id(p.id), mask_mob(p.mobile), cno]
            )
        )
    rows.append(f"以上信息已按《个人信息保护法》要求脱敏处理。咨询电话：{hotline()}")
    return "\n".join(rows)


def tr_form_template():
    lines = [
        R.choice(["入职信息登记表（模板）", "客户信息采集表 - 填写说明", "报名表（样例）"]),
        "姓名：__________    性别：□男 □女",
        R.choice(
            ["出生日期：____年__月__日", "出生日期：YYYY-MM-DD", "出生日期（格式：19900101）：________"]
        ),
        R.choice(
            [
                "身份证号：XXXXXXXXXXXXXXXXXX",
                "身份证号码：（18位，末位X请大写）",
                "公民身份号码：110101YYYYMMDDXXXX",
            ]
        ),
        R.choice(["手机号：138xxxxxxxx", "手机号码：1XX-XXXX-XXXX", "联系电话：（请填写11位手机号）"]),
        R.choice(["邮箱：xxx@xxx", "电子邮箱：姓名拼音 + @ + 公司域名", "E-mail：（选填）"]),
        R.choice(
            [
                "银行卡号：6222 **** **** ****",
                "工资卡号：（仅限本人一类卡）",
                "开户行：__________  卡号：__________",
            ]
        ),
        R.choice(["微信号：__________", "QQ：__________", "紧急联系人电话：__________"]),
        "车牌号：□□·□□□□□（新能源车请填8位）",
        "填表日期：____年__月__日",
        "注：以上信息仅用于办理入职手续。",
    ]
    return "\n".join(lines)


def tr_vehicle():
    reg = rand_date(2014, 2022)
    lines = [
        R.choice(["机动车行驶证 副页", "机动车检验合格标志信息", "车辆信息查询结果（已脱敏）"]),
        f"号牌号码：{R.choice(PROVINCE_ABBR)}{R.choice('ABCDE')}·***{R.randint(10, 99)}",
        f"车辆识别代号(VIN)：{gen_vin()}",
        f"发动机号：{safe_str(lambda: R.choice(['', 'TZ', 'EA']) + rdig(R.choice([7, 8])))}",
        f"档案编号：{safe_digits(12, first=R.choice('1234567'))}",
        f"注册登记日期：{fdate(reg, 'iso')}   发证日期：{fdate(reg + datetime.timedelta(days=R.randint(0, 400)), 'iso')}",
        f"检验有效期至：{reg.year + R.randint(4, 8)}年{reg.month:02d}月",
        f"核定载人数：{R.choice([5, 7])}人   整备质量：{R.randint(1100, 2300)}kg",
        f"交强险保单号：PDZA{safe_digits(18, first='2')}",
        f"违章查询服务电话：{hotline()}",
    ]
    return "\n".join(lines)


def tr_pickup():
    out = []
    for _ in range(R.randint(2, 4)):
        k = R.randint(0, 3)
        if k == 0:
            out.append(
                f"【菜鸟驿站】您的包裹已到站，取件码{pickup_code()}，收件人手机尾号{R.randint(1000, 9999)}，客服{hotline()}"
            )
        elif k == 1:
            out.append(
                f"【美团】骑手（骑手ID {rider_id()}）正在为您配送，取餐号 #{R.randint(1, 200)}，如需联系请在App内拨打隐私号"
            )
        elif k == 2:
            out.append(
                f"【丰巢】取件码 {R.randint(10000000, 99999999)}，快递单号 SF{safe_digits(13, first='1')}，超时将收取保管费"
            )
        else:
            out.append(
                f"【货拉拉】订单{order_no(16)}已完成，司机工号{rider_id()}，车牌{R.choice(PROVINCE_ABBR)}B·****{R.randint(1, 9)}，运费¥{amount(40, 500)}"
            )
    return "\n".join(out)


def tr_staff_ext():
    lines = [
        R.choice(["内线电话表", "分机号一览（内部）", "工位与分机对照表"]),
        "工号\t姓名\t部门\t分机\t工位",
    ]
    for _ in range(R.randint(5, 8)):
        lines.append(
            f"{emp_no()}\t{Person().name}\t{R.choice(DEPTS)}\t{ext()}\t{R.choice('ABC')}{R.randint(1, 20)}-{R.randint(1, 60):03d}"
        )
    lines.append(f"外线请拨总机后转分机；IT 服务台分机 {ext()}；客服热线 {hotline()}")
    return "\n".join(lines)


def tr_stats():
    y = R.randint(2021, 2024)
    lines = [
        f"{y}年通信业统计公报（摘要）",
        f"截至{y}年底，全国移动电话用户总数达{R.randint(16, 18)}.{R.randint(10, 99)}亿户，其中5G移动电话用户{R.randint(5, 9)}.{R.randint(10, 99)}亿户。",
        f"固定电话用户{R.randint(1, 2)}.{R.randint(10, 99)}亿户，百人固定电话普及率{R.randint(10, 14)}.{R.randint(1, 9)}部/百人。",
        f"移动互联网累计流量达{R.randint(2000, 3500)}亿GB，同比增长{R.randint(10, 20)}.{R.randint(1, 9)}%。",
        f"1{R.randint(3, 9)}0号段用户占比约{R.randint(5, 20)}%；携号转网累计{R.randint(1000, 9000)}万人次。",
        f"全国共有居民身份证持证人口约{R.randint(13, 14)}.{R.randint(0, 9)}亿，当年新办、换领{R.randint(5000, 9000)}万张。",
        f"银行卡在用发卡数量{R.randint(90, 99)}.{R.randint(10, 99)}亿张，人均持卡{R.randint(6, 7)}.{R.randint(10, 99)}张。",
        f"数据来源：工业和信息化部 / 中国人民银行，发布日期 {fdate(rand_date(y + 1, y + 1), 'cn')}",
    ]
    return "\n".join(lines)


def tr_release_notes():
    v = f"{R.randint(1, 5)}.{R.randint(0, 30)}.{R.randint(0, 9)}"
    lines = [
        f"# Release v{v} ({fdate(rand_date(2024, 2024), 'iso')})",
        "",
        "## Changes",
        f"- 升级 OpenSSL 到 3.0.{R.randint(8, 14)}，nginx 到 1.{R.randint(20, 26)}.{R.randint(0, 3)}",
        f"- 默认监听 0.0.0.0:8080，管理端口仅绑定 127.0.0.1:9000",
        f"- 内网数据库地址改为 {private_ip()}，从库 {private_ip()}",
        f"- 示例配置中的公网地址统一改为文档保留地址 {safe_str(lambda: R.choice(['192.0.2', '198.51.100', '203.0.113']) + '.' + str(R.randint(1, 254)))}",
        f"- 修复手机号校验：1[3-9]\\d{{9}} 之外的号段（如 174x 卫星号段）不再误判",
        f"- Build {rand_date(2024, 2024).strftime('%Y%m%d')}.{R.randint(1, 9)}  commit {hexs(12)}",
        f"- IPv6 示例地址统一使用 2001:db8::{R.randint(1, 99)}",
        "",
        "## Known issues",
        f"- 在 Android {R.randint(9, 14)} 上偶发崩溃 (#{R.randint(1000, 9999)})",
    ]
    return "\n".join(lines)


def tr_invoice():
    lines = [
        R.choice(["电子发票（普通发票）", "增值税电子专用发票", "电子发票（增值税专用发票）"]),
        f"发票代码：{safe_str(lambda: '0' + R.choice('3456') + rdig(10))}"
        if R.random() < 0.5
        else f"发票号码：{safe_digits(20, first='2')}",
        f"发票号码：{R.randint(10000000, 99999999)}   开票日期：{fdate(rand_date(2023, 2024), 'cn')}",
        f"校验码：{' '.join(str(R.randint(10000, 99999)) for _ in range(4))}",
        f"购买方名称：{company()}   纳税人识别号：{gen_uscc()}",
        f"销售方名称：{company()}   纳税人识别号：{gen_uscc()}",
        f"销售方地址、电话：{addr()} {hotline()}",
        f"开户行及账号：{R.choice(['工商银行', '建设银行', '招商银行'])}{R.choice(['滨江支行', '高新支行'])} {safe_str(lambda: R.choice(['1202', '3300', '5710', '1001']) + rdig(15))}",
        f"价税合计（小写）：¥{amount(100, 99999)}   机器编号：{safe_digits(12, first='6')}",
    ]
    return "\n".join(lines)


def tr_certs():
    lines = [
        R.choice(["证书信息核验结果", "学历学位证书查询", "资质证书清单"]),
        f"毕业证书编号：{safe_digits(18, first='1')}",
        f"学位证书编号：{safe_digits(16, first='1')}",
        f"职业资格证书编号：{safe_digits(R.choice([14, 15]), first='1')}",
        f"不动产权证号：{R.choice(['浙', '沪', '苏'])}（{R.randint(2018, 2024)}）{R.choice(['杭州市', '上海市', '苏州市'])}不动产权第{R.randint(1, 9999999):07d}号",
        f"结婚证字号：J{R.choice(REGIONS)}-{R.randint(2010, 2024)}-{R.randint(1, 9999):06d}",
        f"出生医学证明编号：{R.choice('MNOPQR')}{safe_digits(9)}（签发日期 {fdate(rand_date(2018, 2024), 'cn')}）",
        f"营业执照统一社会信用代码：{gen_uscc()}",
        f"发证日期：{fdate(rand_date(2015, 2024), 'iso')}   有效期至：{fdate(rand_date(2025, 2034), 'iso')}",
    ]
    return "\n".join(lines)


def tr_devices():
    lines = ["资产编号,设备类型,IMEI,ICCID,MAC,序列号,领用日期"]
    for _ in range(R.randint(4, 6)):
        mac = ":".join(f"{R.randint(0, 255):02X}" for _ in range(6))
        lines.append(
            ",".join(
                [
                    f"IT-{R.randint(2019, 2024)}-{R.randint(1, 9999):04d}",
                    R.choice(["手机", "平板", "4G路由器", "POS机"]),
                    gen_imei(),
                    gen_iccid(),
                    mac,
                    safe_str(
                        lambda: (
                            R.choice(["C02", "F9F", "R58", "SN"])
                            + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9))
                        )
                    ),
                    fdate(rand_date(2020, 2024), "iso"),
                ]
            )
        )
    return "\n".join(lines)


def tr_bank_stmt():
    lines = [
        f"{R.choice(list(BANK_BINS.values()))} 账户交易明细",
        f"卡号：{R.choice(list(BANK_BINS))[:4]} **** **** {R.randint(1000, 9999)}   户名：{Person().name[0]}**",
        f"查询区间：{fdate(rand_date(2024, 2024), 'iso')} 至 {fdate(rand_date(2024, 2024), 'iso')}",
        "",
        "交易日期    交易时间  摘要      金额        余额        对方账户           流水号",
    ]
    for _ in range(R.randint(4, 6)):
        lines.append(
            f"{fdate(rand_date(2024, 2024), 'compact')}  {R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}  "
            f"{R.choice(['消费', '转账', '工资', '还款', '快捷支付'])}  {R.choice(['-', '+'])}{amount(5, 9000):>9}  {amount(100, 90000):>10}  "
            f"{R.choice(['财付通', '支付宝', '****' + str(R.randint(1000, 9999))])}  {safe_digits(R.choice([20, 24]), first=R.choice('23'))}"
        )
    lines.append(f"客服热线 {hotline()}")
    return "\n".join(lines)


def tr_tracking():
    lines = [
        f"运单号：{R.choice(['YT', 'ZT', 'JT'])}{safe_digits(13, first='7')}  快递公司：{R.choice(['圆通', '中通', '极兔'])}"
    ]
    d = rand_date(2024, 2024)
    nodes = [
        "快件已揽收",
        "【杭州转运中心】已发出",
        "到达【网点】",
        "【上海市】派件中，派件员工号" + rider_id(),
        "已签收，签收人：" + R.choice(["本人", "家门口", "快递柜"]),
    ]
    times = sorted(rtime(d) for _ in nodes)
    for t, n in zip(times, nodes):
        lines.append(f"{t}  {n}")
    lines.append(
        f"收件人：{Person().name[0]}**  电话：1{R.randint(3, 9)}{R.randint(0, 9)}****{R.randint(1000, 9999)}  投诉电话 {hotline()}"
    )
    return "\n".join(lines)


def tr_lowprec_gps():
    lines = [
        R.choice(["门店分布（城市中心点）", "天气预报站点", "区域热力图说明"]),
    ]
    for c in R.sample(list(CITY_GPS), R.randint(3, 5)):
        lat, lon = CITY_GPS[c]
        lines.append(
            f"{c}：{R.choice([f'{lat:.2f},{lon:.2f}', f'北纬{int(lat)}°{R.randint(1, 59)}′ 东经{int(lon)}°{R.randint(1, 59)}′', f'{lat:.1f}, {lon:.1f}', f'({lat:.3f}, {lon:.3f})'])}"
        )
    lines.append("坐标精度为城市级，仅用于展示，不含任何个人位置信息。")
    return "\n".join(lines)


def tr_dates():
    lines = [
        R.choice(["员工生日会活动安排", "证照到期提醒", "产品批次信息"]),
        f"生日会举办日期：{fdate(rand_date(2024, 2024), 'cn_nz')}（周五）下午三点",
        f"营业执照有效期至：{fdate(rand_date(2030, 2040), 'iso')}",
        f"生产日期：{fdate(rand_date(2024, 2024), 'dot')}   保质期至：{fdate(rand_date(2025, 2025), 'dot')}",
        f"护照到期提醒：请于 {fdate(rand_date(2025, 2026), 'cn')} 前办理换发（护照号码请勿在群内发送）",
        f"身份证有效期：{fdate(rand_date(2015, 2020), 'dot')}-{fdate(rand_date(2035, 2040), 'dot')}",
        f"下次体检日期：{fdate(rand_date(2025, 2025), 'iso')}",
        f"活动报名截止：{fdate(rand_date(2024, 2024), 'us')}",
    ]
    return "\n".join(lines)


def tr_docs_examples():
    lines = [
        R.choice(["字段校验规则说明 v2", "开发文档：敏感字段格式", "数据字典（节选）"]),
        "| 字段 | 格式 | 示例 |",
        "|---|---|---|",
    ]
    rows = [
        f"| mobile | 11位，1[3-9]开头 | {R.choice(['138xxxxxxxx', '1XXXXXXXXXX', '139****0000', '1[3-9]XXXXXXXXX'])} |",
        f"| id_no | 18位，末位校验码可为X | {R.choice(['110101YYYYMMDD123X', '******************', '330106********001X'])} |",
        f"| email | RFC 5322 | {R.choice(['user(at)example(dot)com', 'xxx＠xxx', '（见账号中心）'])} |",
        f"| bank_card | 16-19位，Luhn校验 | {R.choice(['6222 0000 **** ****', '62xx xxxx xxxx xxxx', '卡号后四位'])} |",
        f"| plate | 省份简称+字母+5/6位 | {R.choice(['浙A·XXXXX', '粤B·D*****', '京A*****'])} |",
        "| passport | E+8位数字 | E********（脱敏） |",
        f"| qq | 5-11位数字 | {R.choice(['（不展示）', 'N/A'])} |",
        f"| gps | 小数点后≥4位 | {R.choice(['30.xxxx,120.xxxx', 'lat,lng', '（服务端脱敏至2位）'])} |",
        f"| dob | YYYY-MM-DD | {R.choice(['YYYY-MM-DD', '仅保留年份'])} |",
    ]
    R.shuffle(rows)
    lines += rows[: R.randint(5, len(rows))]
    lines += [
        f"| created_at | ISO 8601 | {rtime().replace(' ', 'T')}+08:00 |",
        "注：示例均为占位符，不对应任何真实个人。",
    ]
    return "\n".join(lines)


TRAP_T = [
    tr_masked_list,
    tr_form_template,
    tr_vehicle,
    tr_pickup,
    tr_staff_ext,
    tr_stats,
    tr_release_notes,
    tr_invoice,
    tr_certs,
    tr_devices,
    tr_bank_stmt,
    tr_tracking,
    tr_lowprec_gps,
    tr_dates,
    tr_docs_examples,
]


# ==================================================================================================
# assembly
# ==================================================================================================

TEMPLATES = {
    "id_docs_ocr": ID_DOCS,
    "court_lists": COURT_T,
    "enterprise_dir": ENTERPRISE_T,
    "it_exports": IT_T,
    "english_forms": EN_T,
    "social_dm": SOCIAL_T,
    "delivery_apps": DELIVERY_T,
    "traps20": TRAP_T,
}
ALWAYS_CRLF = {"t_ics", "t_vcard"}
TRAD_T = {"t_trad_post"}


def build_docs():
    global R, USED
    R = random.Random(SEED)
    USED = set()
    docs = []
    for genre, n in GENRES:
        tpls = TEMPLATES[genre]
        order = [tpls[i % len(tpls)] for i in range(n)]
        R.shuffle(order)
        for i, tpl in enumerate(order):
            marked = tpl()
            crlf = tpl.__name__ in ALWAYS_CRLF or R.random() < 0.03
            if R.random() < 0.15:
                marked = "  " + marked.replace("\n", "  \n", R.randint(0, 3)) + "\n"
            text, spans = finish(marked, crlf)
            doc = {"id": f"{NAME}-{genre}-{i + 1:03d}", "genre": genre, "text": text, "spans": spans}
            validate_doc(doc)
            docs.append(doc)
    ids = [d["id"] for d in docs]
    if len(set(ids)) != len(ids):
        raise ValueError("duplicate ids")
    return docs


def render(docs):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs).encode("utf-8")


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args(argv)
    data = render(build_docs())
    if args.check:
        if not OUT.exists() or OUT.read_bytes() != data:
            print(f"{OUT.name} is not byte-identical to a fresh build", file=sys.stderr)
            return 1
        print(f"{OUT.name}: OK")
        return 0
    OUT.write_bytes(data)
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
