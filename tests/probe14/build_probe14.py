# ruff: noqa
"""Build tests/probe14/probe14.jsonl: a blind accuracy probe of machine-written text (logs, URLs, configs,
code, exports) with personal data hidden in query strings, encodings and code syntax.

Run ``python build_probe14.py`` to (re)write probe14.jsonl, ``--check`` to verify it is byte-identical.

Everything random goes through the module-level ``R`` which ``reset()`` re-seeds, so a build is
deterministic.  No real person's data: every value is produced here from the seed.
"""

from __future__ import annotations

import base64
import datetime as dt
import ipaddress
import re
import string
import uuid
from urllib.parse import quote, unquote

import phonenumbers as pn
from stdnum import luhn
from stdnum.cn import ric, uscc

import random

SEED = 1414
R = random.Random(SEED)


def reset(seed: int = SEED) -> None:
    R.seed(seed)


TYPES = (
    "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "PLATE", "PASSPORT",
    "HK_MACAO_PERMIT", "IP", "QQ", "WECHAT", "GPS", "BIRTHDATE",
)

DIG = "0123456789"
FW = str.maketrans("０１２３４５６７８９", "0123456789")
TO_FW = str.maketrans("0123456789", "０１２３４５６７８９")
CN_NUM = {"零": "0", "〇": "0", "洞": "0", "一": "1", "幺": "1", "二": "2", "两": "2", "三": "3", "四": "4",
          "五": "5", "六": "6", "七": "7", "拐": "7", "八": "8", "九": "9"}
CN_OUT = "〇一二三四五六七八九"


def digits(n: int, first: str = DIG) -> str:
    return R.choice(first) + "".join(R.choice(DIG) for _ in range(n - 1))


def pick(seq):
    return R.choice(seq)


def chance(p: float) -> bool:
    return R.random() < p


# ----------------------------------------------------------------------------------------------
# validators
# ----------------------------------------------------------------------------------------------

MOBILE_SEGMENTS = (
    [str(x) for x in range(130, 140)] + ["145", "146", "147", "148", "149"]
    + ["150", "151", "152", "153", "155", "156", "157", "158", "159"]
    + ["162", "165", "166", "167", "170", "171", "172", "173", "175", "176", "177", "178"]
    + [str(x) for x in range(180, 190)] + ["191", "193", "195", "196", "197", "198", "199"]
)
COMMON_SEGMENTS = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155",
                   "156", "157", "158", "159", "166", "176", "177", "180", "181", "182", "183", "185", "186",
                   "187", "188", "189", "191", "193", "195", "198", "199", "147", "173", "175", "178", "134",
                   "153", "162", "165", "167", "170", "171", "172", "145", "149", "196", "197"]

MAINLAND_PREFIX = re.compile(r"^(?:\+86[ -]?|\(\+86\)\s?|（\+86）\s?|0086[ -]?|86-)")
EMAIL_FULL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
PLATE_FULL = re.compile(
    rf"^[{PROVINCES}][{PLATE_LETTERS}][·•]?\s?(?:[{PLATE_LETTERS}0-9]{{5}}|[DF][{PLATE_LETTERS}0-9]\d{{4}}|\d{{5}}[DF])$"
)
PASSPORT_FULL = re.compile(r"^(?:E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8})$")
PERMIT_FULL = re.compile(r"^(?:C[A-HJ-NP-Z0-9]\d{7}|[HM]\d{8}(?:\d{2})?)$")
GPS_FULL = re.compile(r"^(-?\d{1,3}\.(\d{4,}))\s*(?:,|，|%2C|%2c)\s*(-?\d{1,3}\.(\d{4,}))$")
WECHAT_FULL = re.compile(r"^[A-Za-z][A-Za-z0-9_-]{5,19}$")


def fold(s: str) -> str:
    return s.translate(FW)


def cn_to_digits(s: str) -> str:
    return "".join(CN_NUM.get(c, c) for c in s)


def _mainland_mobile(s: str) -> bool:
    s = fold(unquote(s)) if "%" in s else fold(s)
    s = cn_to_digits(s)
    s = MAINLAND_PREFIX.sub("", s)
    s = re.sub(r"[\s\-.+]", "", s)
    return bool(re.fullmatch(r"\d{11}", s)) and s[:3] in MOBILE_SEGMENTS


def _intl_parse(s: str):
    t = fold(s).strip()
    t = re.sub(r"^\((\d{1,4})\)", r"+\1", t)
    t = re.sub(r"^00(?=[1-9])", "+", t)
    if not t.startswith("+") or t.startswith("+86"):
        return None
    try:
        x = pn.parse(t, None)
    except pn.NumberParseException:
        return None
    if not pn.is_valid_number(x):
        return None
    return pn.number_type(x)


def _mainland_landline(s: str) -> bool:
    t = fold(s)
    m = re.match(r"^(?:\+86[ -]?|0086[ -]?)", t)
    rest = t[m.end():] if m else t
    rest = re.sub(r"[\s\-()（）]", "", rest)
    if m:
        if rest.startswith("0"):
            return False
        rest = "0" + rest
    if not re.fullmatch(r"0\d{9,11}", rest):
        return False
    if rest.startswith(("0400", "0800")):
        return False
    try:
        x = pn.parse(rest, "CN")
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(x) and pn.number_type(x) == pn.PhoneNumberType.FIXED_LINE


def is_intl_text(s: str) -> bool:
    t = fold(s).strip()
    return bool(re.match(r"^(?:\+|00|\()", t)) and not re.match(r"^(?:\+86|0086|\(\+86\)|（\+86）)", t)


def valid_id18(s: str) -> bool:
    t = re.sub(r"[\s\-]", "", fold(s)).upper()
    if len(t) != 18:
        return False
    try:
        return ric.is_valid(t)
    except Exception:  # stdnum 2.2 raises KeyError for prefixes with a province but no county entry
        return False


def valid_id15(s: str) -> bool:
    t = fold(s)
    if not re.fullmatch(r"\d{15}", t):
        return False
    body = t[:6] + "19" + t[6:12] + t[12:15]
    return valid_id18(body + ric.calc_check_digit(body + "0"))


CARD_BINS = {  # BIN -> length; UnionPay debit/credit BINs of Chinese issuers
    "622202": 19,  # ICBC debit
    "621226": 19,  # ICBC debit
    "622208": 19,  # ICBC debit
    "622848": 19,  # ABC debit
    "621700": 19,  # CCB debit
    "622700": 19,  # CCB debit
    "621661": 19,  # BOC debit
    "622262": 19,  # BOCOM debit
    "622588": 16,  # CMB debit
    "621483": 16,  # CMB debit
    "622609": 16,  # CMB credit
    "628288": 16,  # ICBC credit
    "625802": 16,  # CMB/UnionPay credit
    "622580": 16,  # CMB debit
}
BIN_BANK = {"622202": "工商银行", "621226": "工商银行", "622208": "工商银行", "628288": "工商银行", "622848": "农业银行",
            "621700": "建设银行", "622700": "建设银行", "621661": "中国银行", "622262": "交通银行", "622588": "招商银行",
            "621483": "招商银行", "622580": "招商银行", "622609": "招商银行", "625802": "招商银行"}


def valid_card(s: str) -> bool:
    t = re.sub(r"[\s\-]", "", fold(s))
    return (t.isdigit() and 16 <= len(t) <= 19 and t[:6] in CARD_BINS and len(t) == CARD_BINS[t[:6]]
            and luhn.is_valid(t))


def valid_ip(s: str) -> bool:
    try:
        a = ipaddress.ip_address(s)
    except ValueError:
        return False
    return a.is_global and not a.is_multicast


def valid_birth(s: str) -> bool:
    t = fold(s).strip()
    pats = [
        (r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", "ymd"),
        (r"(\d{4})年(\d{1,2})月(\d{1,2})日", "ymd"),
        (r"(\d{4})(\d{2})(\d{2})", "ymd"),
        (r"(\d{1,2})/(\d{1,2})/(\d{4})", "dmy"),
        (r"(\d{1,2}) ([A-Z][a-z]{2}) (\d{4})", "dMy"),
        (r"([A-Z][a-z]{2}) (\d{1,2}), (\d{4})", "Mdy"),
    ]
    months = {m: i for i, m in enumerate(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], 1)}
    for p, kind in pats:
        m = re.fullmatch(p, t)
        if not m:
            continue
        a, b, c = m.groups()
        try:
            if kind == "ymd":
                d = dt.date(int(a), int(b), int(c))
            elif kind == "dmy":
                d = dt.date(int(c), int(b), int(a))
            elif kind == "dMy":
                d = dt.date(int(c), months[b], int(a))
            else:
                d = dt.date(int(c), months[a], int(b))
        except (ValueError, KeyError):
            return False
        return 1930 <= d.year <= 2015
    return False


def valid_gps(s: str) -> bool:
    m = GPS_FULL.match(s)
    if not m:
        return False
    a, b = float(m.group(1)), float(m.group(3))
    return (abs(a) <= 90 and abs(b) <= 180) or (abs(a) <= 180 and abs(b) <= 90)


def validate(text: str, typ: str) -> bool:
    if typ == "ID_CARD":
        return valid_id18(text) or valid_id15(text)
    if typ == "MOBILE":
        if is_intl_text(text):
            return _intl_parse(text) in (pn.PhoneNumberType.MOBILE, pn.PhoneNumberType.FIXED_LINE_OR_MOBILE)
        return _mainland_mobile(text)
    if typ == "LANDLINE":
        if is_intl_text(text) and not text.startswith(("(0", "（0")):
            return _intl_parse(text) == pn.PhoneNumberType.FIXED_LINE
        return _mainland_landline(text)
    if typ == "BANK_CARD":
        return valid_card(text)
    if typ == "EMAIL":
        return bool(EMAIL_FULL.match(unquote(text) if "%40" in text else text))
    if typ == "PLATE":
        return bool(PLATE_FULL.match(text))
    if typ == "PASSPORT":
        return bool(PASSPORT_FULL.match(text))
    if typ == "HK_MACAO_PERMIT":
        return bool(PERMIT_FULL.match(text))
    if typ == "IP":
        return valid_ip(text)
    if typ == "QQ":
        return bool(re.fullmatch(r"[1-9]\d{4,10}", text))
    if typ == "WECHAT":
        return bool(WECHAT_FULL.match(text)) or _mainland_mobile(text)
    if typ == "GPS":
        return valid_gps(text)
    if typ == "BIRTHDATE":
        return valid_birth(text)
    raise ValueError(typ)


CUES = {
    "PASSPORT": re.compile(r"护照|護照|passport", re.I),
    "HK_MACAO_PERMIT": re.compile(r"通行证|通行證|回乡证|回鄉證|permit|港澳证", re.I),
    "QQ": re.compile(r"qq|扣扣|企鹅|企鵝", re.I),
    "WECHAT": re.compile(r"微信|wx|vx|v信|加v|wechat|weixin|薇信|威信", re.I),
    "BIRTHDATE": re.compile(r"出生|生日|dob|birth|生辰", re.I),
}


def has_cue(text: str, start: int, typ: str) -> bool:
    rx = CUES.get(typ)
    if rx is None:
        return True
    return bool(rx.search(text[max(0, start - 300):start]) or rx.search(text[:600]))


# ----------------------------------------------------------------------------------------------
# leak scan over the unlabelled text
# ----------------------------------------------------------------------------------------------

MOB_SCAN = re.compile(r"(?<!\d)1[3-9]\d(?:(?:[-. +\u3000]|%20)?\d{4}){2}(?!\d)")
ID_SCAN = re.compile(r"(?<!\d)\d{6}[ -]?\d{8}[ -]?\d{3}[\dXx](?![\dA-Za-z])")
CARD_SCAN = re.compile(r"(?<!\d)(?:62|4|5)\d{14,17}(?!\d)")
CARD_SCAN_G = re.compile(r"(?<!\d)(?:62|4|5)\d{2}(?:[ -]\d{4}){3}(?:[ -]?\d{1,3})?(?!\d)")
LAND_SCAN = re.compile(r"(?<![\d-])(?:0\d{2,3}[- ]\d{3,4}[- ]?\d{4}|[(（]0\d{2,3}[)）]\s?\d{3,4}[- ]?\d{4})(?![\d-])")
EMAIL_SCAN = re.compile(r"[A-Za-z0-9._%+-]+(?:@|%40)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IP4_SCAN = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?!\.?\d)")
IP6_SCAN = re.compile(r"(?<![0-9A-Za-z:])[0-9A-Fa-f:]{6,}(?![0-9A-Za-z:])")
VERSION_CUE = re.compile(r"(?:(?<![A-Za-z])[vV]|[Vv]ersion[\s:=\"']*|VERSION[\s:=\"']*|ver[\s:=]*|[Bb]uild[\s:=#]*"
                         r"|版本号?[\s:：=]*|[A-Za-z]/)$")


def leaks(text: str) -> list[tuple[str, str]]:
    t = fold(text)
    out = []
    for m in MOB_SCAN.finditer(t):
        out.append(("MOBILE", m.group()))
    for m in ID_SCAN.finditer(t):
        if valid_id18(m.group()):
            out.append(("ID_CARD", m.group()))
    for rx in (CARD_SCAN, CARD_SCAN_G):
        for m in rx.finditer(t):
            d = re.sub(r"\D", "", m.group())
            if 16 <= len(d) <= 19 and luhn.is_valid(d):
                out.append(("BANK_CARD", m.group()))
    for m in LAND_SCAN.finditer(t):
        if _mainland_landline(m.group()):
            out.append(("LANDLINE", m.group()))
    for m in EMAIL_SCAN.finditer(t):
        out.append(("EMAIL", m.group()))
    for m in IP4_SCAN.finditer(t):
        if VERSION_CUE.search(t[max(0, m.start() - 12):m.start()]):
            continue
        if valid_ip(m.group()):
            out.append(("IP", m.group()))
    for m in IP6_SCAN.finditer(t):
        tok = m.group()
        if tok.count(":") < 2:
            continue
        try:
            a = ipaddress.IPv6Address(tok)
        except ValueError:
            continue
        if a.is_global and not a.is_multicast:
            out.append(("IP", tok))
    return out


def safe(fn, *a, **k) -> str:
    for _ in range(200):
        s = fn(*a, **k)
        if not leaks(s):
            return s
    raise RuntimeError(f"could not make a leak-free value with {fn.__name__}")


# ----------------------------------------------------------------------------------------------
# document builder
# ----------------------------------------------------------------------------------------------

MARK = re.compile(r"«(\w+)»")


class Doc:
    def __init__(self, crlf: bool = False):
        self.buf: list[str] = []
        self.n = 0
        self.spans: list[list] = []
        self.crlf = crlf

    def t(self, s: str) -> "Doc":
        if self.crlf:
            s = s.replace("\r\n", "\n").replace("\n", "\r\n")
        self.buf.append(s)
        self.n += len(s)
        return self

    def v(self, val) -> "Doc":
        if isinstance(val, str):
            return self.t(val)
        text, typ = val
        if typ is None:
            return self.t(text)
        self.spans.append([self.n, self.n + len(text), typ])
        self.buf.append(text)
        self.n += len(text)
        return self

    def f(self, tpl: str, **kw) -> "Doc":
        pos = 0
        for m in MARK.finditer(tpl):
            if m.start() > pos:
                self.t(tpl[pos:m.start()])
            self.v(kw[m.group(1)])
            pos = m.end()
        if pos < len(tpl):
            self.t(tpl[pos:])
        return self

    def cells(self, cells, sep: str = ",", wrap: str = "", end: str = "\n") -> "Doc":
        for i, c in enumerate(cells):
            if i:
                self.t(sep)
            if wrap:
                self.t(wrap)
            self.v(c)
            if wrap:
                self.t(wrap)
        self.t(end)
        return self

    def fixed(self, cells, widths, end: str = "\n") -> "Doc":
        for c, w in zip(cells, widths):
            txt = c if isinstance(c, str) else c[0]
            self.v(c)
            self.t(" " * max(1, w - disp_len(txt)))
        self.t(end)
        return self

    def extend(self, other: "Doc") -> "Doc":
        for s, e, t in other.spans:
            self.spans.append([s + self.n, e + self.n, t])
        txt = other.text()
        self.buf.append(txt)
        self.n += len(txt)
        return self

    def text(self) -> str:
        return "".join(self.buf)


def disp_len(s: str) -> int:
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in s)


def val_text(v) -> str:
    return v if isinstance(v, str) else v[0]


# JSON writer: O = object (list of pairs), A = array, (text, TYPE) = labelled string,
# ("#raw", text, TYPE) = labelled bare token (number), str/int/float/None/bool = plain.


class O(list):
    pass


class A(list):
    pass


def jdump(D: Doc, obj, indent=None, level: int = 0, kv: str = ": ", sep: str = ", ", esc_keys: bool = False):
    import json

    nl = (lambda lv: "\n" + " " * (indent * lv)) if indent else (lambda lv: "")
    if isinstance(obj, O):
        D.t("{")
        for i, (k, v) in enumerate(obj):
            if i:
                D.t("," if indent else sep)
            D.t(nl(level + 1))
            D.t(json.dumps(k, ensure_ascii=esc_keys) + kv)
            jdump(D, v, indent, level + 1, kv, sep, esc_keys)
        D.t(nl(level) + "}")
    elif isinstance(obj, A):
        D.t("[")
        for i, v in enumerate(obj):
            if i:
                D.t("," if indent else sep)
            D.t(nl(level + 1))
            jdump(D, v, indent, level + 1, kv, sep, esc_keys)
        D.t(nl(level) + "]")
    elif isinstance(obj, tuple) and len(obj) == 3 and obj[0] == "#raw":
        D.v((obj[1], obj[2]))
    elif isinstance(obj, tuple):
        D.t('"')
        D.v(obj)
        D.t('"')
    else:
        D.t(json.dumps(obj, ensure_ascii=False))


# ----------------------------------------------------------------------------------------------
# value generators: each returns (text, TYPE)
# ----------------------------------------------------------------------------------------------


def mob_digits() -> str:
    return R.choice(COMMON_SEGMENTS) + digits(8)


def fullwidth(s: str) -> str:
    return s.translate(TO_FW)


def cn_numerals(d: str, mix: bool = False) -> str:
    out = []
    for i, c in enumerate(d):
        if mix and i >= 3 and i % 2 == 0:
            out.append(c)
        elif c == "1" and chance(0.5):
            out.append("幺")
        else:
            out.append(CN_OUT[int(c)])
    return "".join(out)


def mobile(style: str | None = None, d: str | None = None):
    d = d or mob_digits()
    a, b, c = d[:3], d[3:7], d[7:]
    if style is None:
        style = R.choices(
            ["plain", "dash", "space", "p86", "p86s", "p86g", "par86", "0086", "86d", "dot", "fw", "p86d", "s3"],
            [40, 8, 8, 5, 4, 3, 2, 2, 2, 2, 1, 2, 2])[0]
    table = {
        "plain": d, "dash": f"{a}-{b}-{c}", "space": f"{a} {b} {c}", "dot": f"{a}.{b}.{c}",
        "p86": "+86" + d, "p86s": "+86 " + d, "p86g": f"+86 {a} {b} {c}", "p86d": f"+86-{a}-{b}-{c}",
        "par86": "(+86)" + d, "par86s": f"(+86) {a}-{b}-{c}", "0086": "0086" + d, "0086s": "0086 " + d,
        "86d": "86-" + d, "fw": fullwidth(d), "plus": f"{a}+{b}+{c}", "pct20": f"{a}%20{b}%20{c}",
        "cn": cn_numerals(d), "cnmix": cn_numerals(d, mix=True), "cnsp": f"{cn_numerals(a)} {cn_numerals(b)} {cn_numerals(c)}",
        "s3": f"{a} {b}{c}", "p86par": f"(+86){a}-{b}-{c}",
    }
    return (table[style], "MOBILE")


def masked_mobile() -> str:
    d = mob_digits()
    return pick([d[:3] + "****" + d[7:], d[:3] + "*****" + d[8:], d[:3] + "****" + d[7:], d[:3] + "xxxx" + d[7:]])


AREA3 = ["010", "020", "021", "022", "023", "024", "025", "027", "028", "029"]
AREA4 = ["0571", "0755", "0512", "0532", "0574", "0591", "0592", "0731", "0769", "0757", "0851", "0871",
         "0898", "0311", "0351", "0371", "0431", "0451", "0471", "0531", "0551", "0579", "0577", "0760"]


def land_parts():
    for _ in range(200):
        if chance(0.45):
            area = pick(AREA3)
            local = digits(8, "2345678")
        else:
            area = pick(AREA4)
            local = digits(pick([8, 8, 7]), "2345678")
        x = pn.parse(area + local, "CN")
        if pn.is_valid_number(x) and pn.number_type(x) == pn.PhoneNumberType.FIXED_LINE:
            return area, local
    raise RuntimeError("landline")


def landline(style: str | None = None):
    area, local = land_parts()
    lg = f"{local[:4]} {local[4:]}" if len(local) == 8 else f"{local[:3]} {local[3:]}"
    ld = lg.replace(" ", "-")
    if style is None:
        style = R.choices(["dash", "space", "spaceg", "par", "parfw", "par_s", "p86", "p86d", "0086", "plain", "dashg"],
                          [35, 6, 6, 8, 3, 4, 5, 4, 2, 3, 3])[0]
    table = {
        "dash": f"{area}-{local}", "space": f"{area} {local}", "spaceg": f"{area} {lg}", "par": f"({area}){local}",
        "parfw": f"（{area}）{local}", "par_s": f"({area}) {lg}", "p86": f"+86 {area[1:]} {lg}",
        "p86d": f"+86-{area[1:]}-{local}", "0086": f"0086 {area[1:]} {local}", "plain": area + local,
        "dashg": f"{area}-{ld}",
    }
    return (table[style], "LANDLINE")


ID_REGIONS = ["330106", "110105", "440305", "310104", "510107", "320102", "420106", "370202", "350203",
              "610113", "500103", "120101", "210102", "230103", "410105", "430104", "450103", "520102",
              "530102", "130102", "140105", "150102", "220102", "340104", "360102", "620102", "630102",
              "650102", "540102", "440106", "440104", "330102", "330203", "440303", "110108", "350102",
              "370102", "410102", "321102", "130602", "420102", "330424", "430602", "360403", "330302",
              "320106", "310110", "440402", "441302", "350581", "371102", "411302", "421002", "510502"]


def rand_date(y0: int, y1: int) -> dt.date:
    return dt.date(y0, 1, 1) + dt.timedelta(days=R.randint(0, (dt.date(y1, 12, 31) - dt.date(y0, 1, 1)).days))


def id_digits(birth: dt.date | None = None) -> str:
    for _ in range(500):
        b = birth or rand_date(1958, 2006)
        body = pick(ID_REGIONS) + b.strftime("%Y%m%d") + digits(3)
        n = body + ric.calc_check_digit(body + "0")
        if valid_id18(n):
            return n
    raise RuntimeError("id")


def id_card(style: str | None = None, birth: dt.date | None = None):
    n = id_digits(birth)
    if style is None:
        style = R.choices(["plain", "group", "lowerx", "fw", "dash"], [85, 6, 3, 2, 2])[0]
    if style == "group":
        s = f"{n[:6]} {n[6:14]} {n[14:]}"
    elif style == "dash":
        s = f"{n[:6]}-{n[6:14]}-{n[14:]}"
    elif style == "lowerx":
        s = n.lower()
    elif style == "fw":
        s = fullwidth(n)
    else:
        s = n
    return (s, "ID_CARD")


def id15():
    for _ in range(500):
        b = rand_date(1950, 1979)
        s = pick(ID_REGIONS) + b.strftime("%y%m%d") + digits(3)
        if valid_id15(s):
            return (s, "ID_CARD")
    raise RuntimeError("id15")


def masked_id() -> str:
    n = id_digits()
    return pick([n[:4] + "*" * 10 + n[14:], n[:6] + "********" + n[14:], n[:3] + "*" * 11 + n[14:],
                 n[:1] + "*" * 16 + n[17:]])


def card_digits(bin_: str | None = None) -> str:
    bin_ = bin_ or pick(list(CARD_BINS))
    ln = CARD_BINS[bin_]
    body = bin_ + digits(ln - 7)
    return body + luhn.calc_check_digit(body)


def bank_card(style: str | None = None):
    d = card_digits()
    if style is None:
        style = R.choices(["plain", "space4", "dash4"], [70, 22, 8])[0]
    if style == "space4":
        s = " ".join(d[i:i + 4] for i in range(0, len(d), 4))
    elif style == "dash4":
        s = "-".join(d[i:i + 4] for i in range(0, len(d), 4))
    else:
        s = d
    return (s, "BANK_CARD")


def masked_card() -> str:
    d = card_digits()
    return pick([d[:4] + " **** **** " + d[-4:], d[:6] + "*" * (len(d) - 10) + d[-4:], "**** **** **** " + d[-4:],
                 "尾号" + d[-4:]])


PINYIN = ["zhangwei", "wangfang", "lina", "liuyang", "chenjie", "yanglei", "huangmin", "zhaoqiang", "wuxiuying",
          "zhouyan", "xujun", "sunli", "mahui", "zhutao", "hubin", "guoxin", "linfeng", "luoyu", "zhenghao",
          "liangyi", "songjia", "tangwen", "hanxue", "fengkai", "dengchao", "caoyue", "pengfei", "zengli",
          "xiaoming", "tianye", "dongqian", "yuanhang", "panxin", "jiangtao", "caiyun", "duwei", "yeqing",
          "chengcheng", "sufang", "weilan", "lvbo", "dingning", "renjie", "shenyi", "yaoyao", "luhao"]
PINYIN_DOT = ["zhang.wei", "wang.fang", "li.na", "liu.yang", "chen.jie", "yang.lei", "huang.min", "zhao.qiang",
              "zhou.yan", "xu.jun", "sun.li", "ma.hui", "zhu.tao", "hu.bin", "lin.feng", "song.jia", "tang.wen",
              "han.xue", "feng.kai", "deng.chao", "peng.fei", "tian.ye", "su.fang", "lu.hao"]
DOMAINS_CN = ["163.com", "126.com", "qq.com", "sina.com", "sohu.com", "foxmail.com", "139.com", "aliyun.com",
              "yeah.net", "outlook.com", "gmail.com", "hotmail.com", "sina.cn", "189.cn"]
DOMAINS_CORP = ["hzyunfan.com", "lvtu-tech.cn", "jiahe-pay.com", "xinghai.net.cn", "shengda-wl.com",
                "dongfang-edu.cn", "kaiyuan-health.com", "mingda.com.cn", "tiancheng-ins.com"]
DOMAINS_INTL = ["gmail.com", "yahoo.co.jp", "outlook.com", "hotmail.co.uk", "btinternet.com", "singnet.com.sg",
                "bigpond.com", "netvigator.com", "macau.ctm.net", "hinet.net", "yahoo.com.tw", "icloud.com",
                "protonmail.com", "docomo.ne.jp", "optusnet.com.au", "streamyx.com"]
EN_LOCAL = ["james.wong", "emily.chan", "k.tanaka", "sarah_lee", "m.ng", "olivia.tan", "daniel.lim",
            "yuki.sato", "chris.ho", "jessica.lau", "ryan.teo", "amy.cheung", "tom.harris", "li.wen.ca"]


def email(kind: str = "cn", encoded: bool = False, local: str | None = None):
    if kind == "qq":
        s = digits(R.randint(6, 10), "123456789") + "@qq.com"
    else:
        if local is None:
            if kind == "intl":
                local = pick(EN_LOCAL) + (str(R.randint(1, 99)) if chance(0.3) else "")
            else:
                base = pick(PINYIN)
                local = pick([base, base + str(R.randint(1, 9999)), pick(PINYIN_DOT),
                              base + "_" + str(R.randint(80, 2005)), base + str(R.randint(1970, 2005))])
        dom = pick(DOMAINS_INTL if kind == "intl" else DOMAINS_CORP if kind == "corp" else DOMAINS_CN)
        s = f"{local}@{dom}"
    if encoded:
        s = s.replace("@", "%40")
    return (s, "EMAIL")


def plate(style: str | None = None):
    prov = pick(PROVINCES)
    city = R.choice("ABCDEFGH" if chance(0.8) else PLATE_LETTERS)
    kind = R.choices(["ord", "nev", "nevbig"], [70, 25, 5])[0]
    al = PLATE_LETTERS
    if kind == "ord":
        chars = [R.choice(DIG) for _ in range(5)]
        for _ in range(R.choice([0, 1, 1, 2])):
            chars[R.randrange(5)] = R.choice(al)
        tail = "".join(chars)
    elif kind == "nev":
        tail = R.choice("DF") + R.choice(al + DIG) + digits(4)
    else:
        tail = digits(5) + R.choice("DF")
    if style is None:
        style = R.choices(["dot", "none", "space"], [35, 55, 10])[0]
    sep = {"dot": "·", "none": "", "space": " "}[style]
    return (f"{prov}{city}{sep}{tail}", "PLATE")


def passport():
    k = R.choices(["E8", "EX", "G"], [55, 35, 10])[0]
    if k == "E8":
        s = "E" + digits(8)
    elif k == "EX":
        s = "E" + R.choice("ABCDEFGH") + digits(7)
    else:
        s = "G" + digits(8, "1234567")
    return (s, "PASSPORT")


def hk_permit(kind: str | None = None):
    kind = kind or R.choices(["C8", "CL", "H8", "H10", "M8", "M10"], [30, 25, 15, 15, 8, 7])[0]
    if kind == "C8":
        s = "C" + digits(8)
    elif kind == "CL":
        s = "C" + R.choice("ABCDEFGHJKLMN") + digits(7)
    elif kind[0] in "HM":
        s = kind[0] + digits(int(kind[1:]))
    return (s, "HK_MACAO_PERMIT")


def qq():
    n = R.choice([5, 6, 7, 8, 8, 9, 9, 9, 10, 10])
    return (digits(n, "123456789"), "QQ")


WX_BASES = ["zhangwei", "xiaoyu", "lily", "momo", "ahua", "sunny", "kevin", "tiantian", "xiaobai", "daqiang",
            "yoyo", "Mia", "Jason", "anan", "lemon", "coco", "leo", "nana", "wenwen", "jiejie"]


def wechat(style: str | None = None):
    style = style or R.choices(["word", "wxid", "phone"], [70, 20, 10])[0]
    if style == "wxid":
        s = "wxid_" + "".join(R.choice(string.ascii_lowercase + DIG) for _ in range(R.randint(10, 14)))
    elif style == "phone":
        s = mob_digits()
    else:
        b = pick(WX_BASES) + pick(PINYIN)[:R.randint(0, 5)]
        s = b + pick(["", "_", "-", ""]) + str(R.randint(1, 2005))
        if len(s) < 6:
            s += "88"
        s = s[:20]
    return (s, "WECHAT")


CITIES = [(39.9042, 116.4074), (31.2304, 121.4737), (30.2741, 120.1551), (22.5431, 114.0579),
          (23.1291, 113.2644), (30.5728, 104.0668), (29.5630, 106.5516), (34.3416, 108.9398),
          (32.0603, 118.7969), (30.5928, 114.3055), (36.0671, 120.3826), (24.4798, 118.0894),
          (28.2282, 112.9388), (38.0428, 114.5149), (45.8038, 126.5350), (25.0389, 102.7183)]


def gps(style: str | None = None, order: str = "latlng", nd: int | None = None):
    lat0, lng0 = pick(CITIES)
    nd = nd or R.choice([4, 5, 6, 6, 6])
    lat = f"{lat0 + R.uniform(-0.15, 0.15):.{nd}f}"
    lng = f"{lng0 + R.uniform(-0.15, 0.15):.{nd}f}"
    a, b = (lat, lng) if order == "latlng" else (lng, lat)
    sep = {"c": ",", "cs": ", ", "fw": "，", "enc": "%2C"}[style or R.choices(["c", "cs", "fw"], [70, 25, 5])[0]]
    return (f"{a}{sep}{b}", "GPS")


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def birth_text(d: dt.date, style: str | None = None) -> str:
    style = style or R.choices(["iso", "slash", "cn", "compact", "dot", "short", "dmy", "en"],
                               [40, 12, 15, 10, 5, 8, 5, 5])[0]
    return {
        "iso": d.strftime("%Y-%m-%d"), "slash": d.strftime("%Y/%m/%d"), "cn": f"{d.year}年{d.month}月{d.day}日",
        "compact": d.strftime("%Y%m%d"), "dot": d.strftime("%Y.%m.%d"), "short": f"{d.year}-{d.month}-{d.day}",
        "dmy": d.strftime("%d/%m/%Y"), "en": f"{d.day} {MON[d.month - 1]} {d.year}",
    }[style]


def birthdate(style: str | None = None, d: dt.date | None = None):
    d = d or rand_date(1955, 2008)
    return (birth_text(d, style), "BIRTHDATE")


ISP_FIRST = [36, 39, 42, 49, 58, 59, 60, 61, 101, 106, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120,
             121, 122, 123, 124, 125, 140, 144, 153, 171, 175, 180, 182, 183, 202, 203, 210, 211, 218, 219, 220,
             221, 222, 223, 27, 14, 1, 8, 43, 47, 52, 104, 129]


def ip4_public_str() -> str:
    while True:
        s = f"{pick(ISP_FIRST)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
        if valid_ip(s):
            return s


def ip4():
    return (ip4_public_str(), "IP")


def ip6():
    p = pick(["2408:8456", "240e:3b4", "2409:8a1e", "2409:8c54", "240e:47c", "2001:da8:8000", "2400:3200",
              "2a02:c7c", "2600:1700", "2404:6800", "2001:4860:4802", "2408:8207", "2405:6f00"])
    groups = 8 - p.count(":") - 1
    if chance(0.5):
        tail = ":".join(f"{R.randint(0, 0xffff):x}" for _ in range(groups))
        s = f"{p}:{tail}"
    else:
        tail = ":".join(f"{R.randint(1, 0xffff):x}" for _ in range(R.randint(1, 3)))
        s = f"{p}::{tail}"
    assert valid_ip(s), s
    return (s, "IP")


def ip4_private() -> str:
    return pick([
        f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
        f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
        f"192.168.{R.randint(0, 255)}.{R.randint(1, 254)}",
        f"100.{R.randint(64, 127)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
        "127.0.0.1", f"169.254.{R.randint(0, 255)}.{R.randint(1, 254)}",
        f"192.0.2.{R.randint(1, 254)}", f"198.51.100.{R.randint(1, 254)}", f"203.0.113.{R.randint(1, 254)}",
        f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
        f"192.168.{R.randint(0, 10)}.{R.randint(1, 254)}",
    ])


def ip6_private() -> str:
    return pick(["::1", f"fe80::{R.randint(1, 0xffff):x}:{R.randint(1, 0xffff):x}:{R.randint(1, 0xffff):x}:{R.randint(1, 0xffff):x}",
                 f"fd{R.randint(0, 255):02x}:{R.randint(1, 0xffff):x}::{R.randint(1, 0xffff):x}",
                 f"2001:db8:{R.randint(1, 0xffff):x}::{R.randint(1, 0xff):x}", "ff02::1", "ff02::fb"])


def ip_any(p_public: float = 0.7):
    if chance(p_public):
        return ip4()
    return ip4_private()


# ----------------------------------------------------------------------------------------------
# look-alike / noise generators (all leak-free)
# ----------------------------------------------------------------------------------------------

HEX = "0123456789abcdef"


def _hex(n: int) -> str:
    return "".join(R.choice(HEX) for _ in range(n))


def hexs(n: int) -> str:
    return safe(_hex, n)


def uuid4() -> str:
    return safe(lambda: str(uuid.UUID(int=R.getrandbits(128), version=4)))


def trace_id() -> str:
    return hexs(32)


def span_id() -> str:
    return hexs(16)


def snowflake() -> str:
    return safe(lambda: str(R.randint(1_700_000_000_000_000_000, 1_899_999_999_999_999_999)) if chance(0.7)
                else str(R.randint(170_000_000_000_000_000, 189_999_999_999_999_999)))


def rdt(y0: int = 2024, y1: int = 2025) -> dt.datetime:
    base = dt.datetime(y0, 1, 1)
    span = (dt.datetime(y1, 12, 31) - base).total_seconds()
    return base + dt.timedelta(seconds=R.randint(0, int(span)), microseconds=R.randint(0, 999) * 1000)


def ms_ts(d: dt.datetime | None = None) -> str:
    d = d or rdt()
    return str(int(d.replace(tzinfo=dt.timezone(dt.timedelta(hours=8))).timestamp() * 1000))


def ns_ts() -> str:
    return ms_ts() + digits(6)


def order_no() -> str:
    def f():
        d = rdt()
        return pick([d.strftime("%Y%m%d%H%M%S") + digits(6), "E" + d.strftime("%Y%m%d") + digits(8),
                     "DD" + d.strftime("%y%m%d") + digits(10), d.strftime("%Y%m%d") + digits(12),
                     "SO" + digits(14), "P" + d.strftime("%Y%m%d") + digits(6)])
    return safe(f)


def trade_no() -> str:
    def f():
        d = rdt()
        return pick(["42000" + digits(5) + d.strftime("%Y%m%d") + digits(10),
                     d.strftime("%Y%m%d") + "2200" + digits(16), "T" + d.strftime("%Y%m%d%H%M%S") + digits(8)])
    return safe(f)


def tracking_no() -> str:
    return safe(lambda: pick(["SF" + digits(13), "YT" + digits(13), "JT" + digits(13), "JD" + digits(14),
                              "75" + digits(13), "4308" + digits(9), "ZTO" + digits(12)]))


def invoice_code() -> str:
    # 12-digit code: 0 + 4-digit region + year + batch; never a valid fixed-line number when read as one
    for _ in range(200):
        s = safe(lambda: "0" + pick(["4403", "3301", "3100", "1100", "3201", "4401"]) + pick(["19", "20", "21", "22", "23"]) + digits(5))
        if not _mainland_landline(s):
            return s
    raise RuntimeError("invoice code")


def invoice_no() -> str:
    return safe(lambda: digits(8))


def uscc_code() -> str:
    def f():
        alpha = "0123456789ABCDEFGHJKLMNPQRTUWXY"
        body = "91" + pick(ID_REGIONS) + "MA" + "".join(R.choice(alpha) for _ in range(7))
        return body + uscc.calc_check_digit(body)
    return safe(f)


def imei() -> str:
    def f():
        body = pick(["86", "35", "86", "01"]) + digits(12)
        return body + luhn.calc_check_digit(body)
    return safe(f)


def iccid() -> str:
    def f():
        body = "8986" + pick(["00", "01", "03", "11"]) + digits(R.choice([12, 13]))
        return body + luhn.calc_check_digit(body)
    return safe(f)


def vin() -> str:
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return safe(lambda: pick(["LSV", "LFV", "LGW", "LVS", "LHG", "LRW"]) + "".join(R.choice(al) for _ in range(14)))


def mac(sep: str = ":") -> str:
    return sep.join(f"{R.randint(0, 255) & (0xFC if i == 0 else 0xFF):02X}" for i in range(6))


def amount() -> str:
    return f"{R.randint(1, 49999)}.{R.randint(0, 99):02d}"


def pickup_code() -> str:
    return pick([f"{R.randint(1, 9)}-{R.randint(1, 9)}-{R.randint(1000, 9999)}", f"{R.randint(10, 99)}-{R.randint(1000, 9999)}",
                 str(R.randint(100000, 999999))])


def b64(n: int) -> str:
    return safe(lambda: base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode())


def b64url(n: int) -> str:
    return safe(lambda: base64.urlsafe_b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode().rstrip("="))


def sess_id() -> str:
    return safe(lambda: pick([_hex(32).upper(), "JSESSIONID-" + _hex(24), _hex(26), "s%3A" + b64url(18)]))


def semver() -> str:
    return f"{R.randint(1, 9)}.{R.randint(0, 30)}.{R.randint(0, 20)}"


def small_int(lo: int = 1, hi: int = 99999) -> str:
    return str(R.randint(lo, hi))


def uid() -> str:
    return safe(lambda: str(R.randint(10000, 99999999)))


NAMES = ["张伟", "王芳", "李娜", "刘洋", "陈杰", "杨磊", "黄敏", "赵强", "吴秀英", "周燕", "徐军", "孙丽", "马慧",
         "朱涛", "胡斌", "郭鑫", "林峰", "罗宇", "郑浩", "梁怡", "宋佳", "唐雯", "韩雪", "冯凯", "邓超", "曹悦",
         "彭飞", "曾莉", "田野", "董倩", "袁航", "潘欣", "蒋涛", "蔡芸", "杜威", "叶青", "苏芳", "魏岚", "吕博"]
NAMES_TW = ["陳怡君", "林志明", "黃淑芬", "張家豪", "李雅婷", "王建宏", "吳佩珊", "劉冠廷"]
EN_NAMES = ["James Wong", "Emily Chan", "Kenji Tanaka", "Sarah Lee", "Michelle Ng", "Olivia Tan", "Daniel Lim",
            "Yuki Sato", "Chris Ho", "Jessica Lau", "Ryan Teo", "Amy Cheung", "Tom Harris", "Wen Li"]
ADDRS = ["杭州市西湖区文三路 90 号", "深圳市南山区科技园南区 6 栋", "上海市浦东新区张江路 88 弄 3 号",
         "北京市朝阳区建国路 77 号院", "成都市高新区天府三街 19 号", "广州市天河区体育西路 101 号",
         "南京市鼓楼区中山北路 2 号", "武汉市洪山区珞喻路 1037 号", "西安市雁塔区科技路 48 号"]
UAS = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.91 Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; V2227A Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36",
    "okhttp/4.12.0", "Dalvik/2.1.0 (Linux; U; Android 12; M2102K1C Build/SKQ1.211006.001)",
    "curl/8.5.0", "python-requests/2.31.0", "Go-http-client/1.1", "Apache-HttpClient/4.5.14 (Java/17.0.9)",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
    "AlipayClient/10.5.96.8000 (iPhone; iOS 17.2.1)",
]

HOSTS = ["m.jiahe-pay.com", "api.hzyunfan.com", "shop.lvtu-tech.cn", "passport.xinghai.net.cn",
         "h5.shengda-wl.com", "open.kaiyuan-health.com", "gw.mingda.com.cn", "app.tiancheng-ins.com",
         "edu.dongfang-edu.cn", "wx.lvtu-tech.cn"]


def q(s: str, safe_chars: str = "") -> str:
    return quote(s, safe=safe_chars)


# ----------------------------------------------------------------------------------------------
# shared formatting helpers
# ----------------------------------------------------------------------------------------------


def nginx_ts(d: dt.datetime) -> str:
    return d.strftime("%d/%b/%Y:%H:%M:%S +0800")


def iso_ts(d: dt.datetime, z: bool = False) -> str:
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + f"{d.microsecond // 1000:03d}" + ("Z" if z else "+08:00")


def log_ts(d: dt.datetime, sep: str = ".") -> str:
    return d.strftime("%Y-%m-%d %H:%M:%S") + sep + f"{d.microsecond // 1000:03d}"


def sys_ts(d: dt.datetime) -> str:
    return d.strftime("%b ") + f"{d.day:>2}" + d.strftime(" %H:%M:%S")


def qs(D: Doc, params, sep: str = "&", kv: str = "=") -> None:
    for i, (k, v) in enumerate(params):
        if i:
            D.t(sep)
        D.t(k + kv)
        D.v(v)


def shuffled(seq):
    seq = list(seq)
    R.shuffle(seq)
    return seq


def ua() -> str:
    return pick(UAS)


# ----------------------------------------------------------------------------------------------
# genre: urls
# ----------------------------------------------------------------------------------------------


def urls_nginx(D: Doc):
    host = pick(HOSTS)
    for _ in range(R.randint(3, 5)):
        d = rdt()
        c = ip4() if chance(0.8) else ip4_private()
        k = R.randrange(6)
        D.v(c).t(f' - - [{nginx_ts(d)}] "{pick(["GET", "GET", "POST"])} ')
        if k == 0:
            D.t("/api/v1/user/register?")
            qs(D, shuffled([("mobile", mobile(pick(["plain", "plain", "dash"]))), ("idcard", id_card("plain")),
                            ("from", pick(["h5", "wxapp", "ios"]))]))
        elif k == 1:
            D.t("/api/v2/sms/code?")
            qs(D, [("phone", mobile("plain")), ("type", pick(["login", "bind", "reset"])), ("_t", ms_ts(d))])
        elif k == 2:
            D.t(f"/h5/order/detail?orderNo={order_no()}&tel={masked_mobile()}&sign={hexs(32)}")
        elif k == 3:
            D.t("/member/bind?")
            qs(D, [("email", email(encoded=True)), ("channel", pick(["wx", "alipay", "sms"])), ("uid", uid())])
        elif k == 4:
            D.t("/api/kyc/submit?")
            qs(D, shuffled([("certNo", id_card()), ("bankCardNo", bank_card("plain")), ("reservedMobile", mobile("plain"))]))
        else:
            D.t(f"/static/js/app.{hexs(8)}.js?v={semver()}")
        D.t(f' HTTP/1.1" {pick(["200", "200", "200", "302", "404", "499"])} {R.randint(120, 48000)} '
            f'"https://{host}/{pick(["", "reg", "index.html", "pay/cashier"])}" "{ua()}"')
        if chance(0.4):
            D.t(f" rt={R.randint(1, 900) / 1000:.3f}")
        D.t("\n")


def urls_report(D: Doc):
    D.t(pick(["以下 URL 命中敏感参数规则（请整改）：\n", "DLP 扫描结果 - Referer 中的个人信息\n=======\n",
              "## 埋点链接审计\n\n"]))
    for i in range(R.randint(3, 5)):
        host = pick(HOSTS)
        D.t(pick([f"{i + 1}. ", "- ", f"[{i + 1}] "]))
        k = R.randrange(5)
        if k == 0:
            D.t(f"https://{host}/order/confirm?")
            qs(D, shuffled([(pick(["phone", "phnoe", "moblie", "mobile"]), mobile(pick(["plain", "dash", "plain"]))),
                            ("name", q(pick(NAMES))), (pick(["email", "emial", "mail"]), email(encoded=True))]))
            D.t(pick(["#pay", "#/cashier", ""]))
        elif k == 1:
            D.t(f"https://{host}/#/profile?uid={uid()}&")
            qs(D, [("mobile", mobile("plain")), ("idNo", id_card("plain"))])
        elif k == 2:
            D.t(f"http://{host}/share?from=timeline&")
            qs(D, [("inviter_tel", mobile("plain")), ("code", hexs(6).upper())])
        elif k == 3:
            D.t(f"https://{host}/activity/2024/lottery.html?")
            qs(D, [("openid", "o" + b64url(20)[:27]), ("qq", qq()), ("birthday", birthdate("compact"))])
        else:
            D.t(f"https://{host}/api/contact?")
            qs(D, [("tel", landline(pick(["dash", "plain"]))), ("mobile", masked_mobile()), ("ts", ms_ts())])
        D.t(pick(["  (命中: 手机号)", "", "  ← 来源 Referer", "  x" + str(R.randint(2, 90))]) + "\n")


def urls_encoded(D: Doc):
    host = pick(HOSTS)
    lines = R.randint(3, 4)
    for _ in range(lines):
        d = rdt()
        D.v(ip4()).t(f' - - [{nginx_ts(d)}] "GET ')
        k = R.randrange(6)
        if k == 0:
            D.t("/search?q=" + q("手机:") + "")
            D.v(mobile("plain")).t("&page=1")
        elif k == 1:
            D.t("/sso/login?redirect=" + q(f"https://{pick(HOSTS)}/bind?phone=", "") )
            D.v(mobile("plain")).t(q("&qq=", ""))
            D.v(qq()).t(q("&from=pc", ""))
        elif k == 2:
            D.t("/api/query?filter=" + q("身份证 ", ""))
            D.v(id_card("plain")).t("&size=20")
        elif k == 3:
            D.t("/log?data=phone%3D")
            D.v(mobile("plain")).t("%26email%3D")
            D.v(email(encoded=True)).t(f"%26ts%3D{ms_ts(d)}")
        elif k == 4:
            D.t("/kw?wd=" + q("手机号") + "%20")
            D.v(mobile("plain")).t(f"&rsv_t={hexs(12)}")
        else:
            D.t("/feedback?wx=").v(wechat("word")).t("&content=" + q("请尽快联系我，谢谢", ""))
        D.t(f' HTTP/1.1" 200 {R.randint(200, 9000)} "-" "{ua()}"\n')


def urls_api_paths(D: Doc):
    svc = pick(["user-center", "gateway", "order-svc", "crm-api"])
    for _ in range(R.randint(4, 6)):
        d = rdt()
        D.t(f"{log_ts(d)} INFO  [{svc}] route ")
        k = R.randrange(6)
        m = pick(["GET", "GET", "POST", "PUT", "DELETE"])
        D.t(m + " ")
        if k == 0:
            D.t("/users/").v(mobile("plain")).t("/orders" + pick(["", "?page=2", "?status=PAID"]))
        elif k == 1:
            D.t("/api/idcard/").v(id_card("plain")).t("/verify")
        elif k == 2:
            D.t("/v2/cards/").v(bank_card("plain")).t("/bind")
        elif k == 3:
            D.t("/email/").v(email(encoded=True)).t("/unsubscribe")
        elif k == 4:
            D.t(f"/orders/{order_no()}/logistics/{tracking_no()}")
        else:
            D.t("/api/v3/members/").v(mobile("plain")).t(f"/coupons/{uid()}")
        D.t(f" -> {pick(['200', '200', '201', '404', '500'])} {R.randint(2, 800)}ms trace={trace_id()}\n")


def urls_curl(D: Doc):
    D.t(pick(["$ history | grep curl\n", "# 复现步骤\n", "```bash\n", ""]))
    host = pick(HOSTS)
    for _ in range(R.randint(2, 3)):
        k = R.randrange(4)
        n = R.randint(100, 2000)
        pre = f" {n}  " if chance(0.4) else ""
        if k == 0:
            D.t(f"{pre}curl -s \"https://{host}/v1/member/query?")
            qs(D, [("id_no", id_card("plain")), ("mobile", mobile("plain"))])
            D.t("\" -H \"X-Real-IP: ").v(ip4()).t("\"\n")
        elif k == 1:
            D.t(f"{pre}curl -X POST https://{host}/api/register -d 'email=")
            D.v(email(encoded=True)).t("&birthday=").v(birthdate("iso")).t("&pwd=******'\n")
        elif k == 2:
            D.t(f"{pre}curl 'http://").v(ip4()).t(f":{pick(['8080', '8443', '9000'])}/internal/user?phone=")
            D.v(mobile(pick(["plain", "plus"]))).t("' --compressed\n")
        else:
            D.t(f"{pre}curl -G https://{host}/api/sms/send --data-urlencode \"mobile=")
            D.v(mobile(pick(["p86", "plain"]))).t(f"\" --data-urlencode \"tpl=SMS_{R.randint(100000, 999999)}\"\n")
    if chance(0.5):
        D.t("```\n")


def urls_plus_space(D: Doc):
    for _ in range(R.randint(3, 4)):
        d = rdt()
        D.v(ip4()).t(f" - - [{nginx_ts(d)}] \"GET /search?kw=")
        k = R.randrange(4)
        if k == 0:
            D.t(q(pick(NAMES)) + "+").v(mobile("plus")).t("&page=1")
        elif k == 1:
            D.t(q("联系方式") + "+").v(mobile("pct20")).t("&src=home")
        elif k == 2:
            D.t("order+").t(order_no()).t("+" + q("退款"))
        else:
            D.t(q("快递单号") + "+" + tracking_no() + "&type=express")
        D.t(f" HTTP/1.1\" 200 {R.randint(300, 40000)} \"-\" \"{ua()}\"\n")


def urls_redirect(D: Doc):
    host = pick(HOSTS)
    D.t(pick(["OAuth 回调记录:\n", "302 跳转链路:\n", "redirect chain >>>\n"]))
    D.t(f"  1) https://{host}/oauth/authorize?client_id={hexs(16)}&state={b64url(12)}&redirect_uri=")
    D.t(q(f"https://{pick(HOSTS)}/cb?", ""))
    D.t("mobile%3D").v(mobile("plain")).t("%26scope%3Dbase\n")
    D.t(f"  2) https://{pick(HOSTS)}/cb?code={hexs(20)}&mobile=").v(mobile("plain")).t("\n")
    D.t(f"  3) https://{host}/h5/#/bind-card?returnUrl=%2Fmy&cardNo=").v(bank_card("plain"))
    D.t("&phone=").v(mobile(pick(["plain", "dash"]))).t("#step2\n")
    if chance(0.6):
        D.t(f"  4) https://{host}/mine?tab=info#mobile=").v(mobile("plain")).t("&email=").v(email()).t("\n")


def urls_beacon(D: Doc):
    for _ in range(R.randint(2, 4)):
        d = rdt()
        D.t(f"{iso_ts(d)} beacon GET /collect?ev={pick(['signup', 'page_view', 'pay_ok', 'share'])}&")
        qs(D, shuffled([("u_mobile", mobile("plain")), ("dev", uuid4()), ("loc", gps(pick(["c", "enc"]))),
                        ("ip", ip4()), ("ts", ms_ts(d)), ("imei", imei())]))
        D.t(f" 204 {R.randint(0, 40)}ms\n")


def urls_sms_callback(D: Doc):
    D.t(pick(["# 短信网关回调原始请求\n", "[sms-callback] raw:\n", ""]))
    for _ in range(R.randint(3, 5)):
        d = rdt()
        st = pick(["DELIVRD", "DELIVRD", "UNDELIV", "MK:0001"])
        D.t(f"POST /sms/callback?phone=").v(mobile(pick(["plain", "plain", "86d"])))
        D.t(f"&content={q('【' + pick(['嘉禾支付', '云帆出行', '东方教育']) + '】验证码' + str(R.randint(100000, 999999)))}&status={st}"
            f"&msgid={safe(lambda: digits(20))}&rt={d.strftime('%Y%m%d%H%M%S')}\n")


def urls_soc_note(D: Doc):
    D.t(pick(["安全事件 #", "工单 SEC-", "告警 "]) + str(R.randint(1000, 9999)) + "：出口流量中发现明文参数\n")
    D.t("解码后的请求：\n")
    D.t(f"  /park/pay?plate=").v(plate()).t("&phone=").v(mobile("plain")).t(f"&fee={amount()}\n")
    D.t(f"  /im/add?wx=").v(wechat()).t("&qq=").v(qq()).t(f"&src=card\n")
    D.t("源地址 ").v(ip4()).t(f"，目的 {ip4_private()}:{pick(['80', '8080'])}，取件码 {pickup_code()}，")
    D.t(f"已脱敏样例 {masked_mobile()} / {masked_id()}\n")


def urls_bankcard(D: Doc):
    host = pick(HOSTS)
    for _ in range(R.randint(2, 4)):
        d = rdt()
        D.t(f"[{log_ts(d)}] ").v(ip4()).t(f" \"POST /pay/bindcard?")
        qs(D, shuffled([("card_no", bank_card("plain")), ("bank", pick(["ICBC", "CCB", "ABC", "CMB", "BOC"])),
                        ("amt", "0.01"), ("holder_birth", birthdate(pick(["compact", "iso"])))]))
        D.t(f"&out_trade_no={trade_no()}\" {pick(['200', '200', '403'])}\n")


def urls_shortlink(D: Doc):
    for _ in range(R.randint(3, 4)):
        D.t(f"t.{pick(['lvtu-tech.cn', 'jiahe-pay.com'])}/{b64url(5)} → https://{pick(HOSTS)}/store?")
        k = R.randrange(3)
        if k == 0:
            D.t("tel=").v(landline(pick(["dash", "plain"]))).t(f"&ext={R.randint(100, 999)}&shop={uid()}")
        elif k == 1:
            D.t("contact=").v(mobile("plain")).t(f"&invoice={invoice_code()}-{invoice_no()}")
        else:
            D.t("mail=").v(email("corp", encoded=True)).t(f"&v={semver()}")
        D.t(f"  (clicks: {R.randint(1, 5000)})\n")


# ----------------------------------------------------------------------------------------------
# genre: http
# ----------------------------------------------------------------------------------------------


def http_head(D: Doc, method: str, path: str, host: str, ctype: str | None, body: Doc | None, extra=()):
    D.t(f"{method} {path} HTTP/1.1\n")
    hdrs = [("Host", host), ("User-Agent", ua()), ("Accept", pick(["*/*", "application/json, text/plain, */*"]))]
    hdrs += list(extra)
    if ctype:
        hdrs.append(("Content-Type", ctype))
    if body is not None:
        hdrs.append(("Content-Length", str(len(body.text().encode()))))
    for k, v in hdrs:
        D.t(k + ": ")
        D.v(v)
        D.t("\n")
    D.t("\n")
    if body is not None:
        D.extend(body)


def xff_chain():
    out = []
    for i in range(R.randint(1, 3)):
        out.append(ip4() if (i == 0 or chance(0.5)) else ip4_private())
    return out


def http_form(D: Doc):
    host = pick(HOSTS)
    B = Doc(crlf=True)
    qs(B, shuffled([("name", q(pick(NAMES))), ("mobile", mobile(pick(["plain", "plain", "dash", "pct20"]))),
                    ("id_card", id_card("plain")), ("email", email(encoded=True)),
                    ("captcha", str(R.randint(1000, 9999)))]))
    D.crlf = True
    chain = xff_chain()
    D.t(f"POST /api/account/register HTTP/1.1\nHost: {host}\nX-Forwarded-For: ")
    for i, c in enumerate(chain):
        if i:
            D.t(", ")
        D.v(c)
    D.t("\nX-Real-IP: ").v(chain[0]).t("\n")
    D.t(f"Cookie: uid={uid()}; phone=").v(mobile("plain")).t(f"; sid={sess_id()}; _ga=GA1.2.{R.randint(10**8, 10**9)}.{ms_ts()[:10]}\n")
    D.t(f"User-Agent: {ua()}\nContent-Type: application/x-www-form-urlencoded; charset=UTF-8\n")
    D.t(f"Content-Length: {len(B.text().encode())}\n\n")
    D.extend(B)


def http_json_pair(D: Doc):
    host = pick(HOSTS)
    D.crlf = chance(0.5)
    D.t(f"--> GET /api/v2/users/{uid()}/profile HTTP/1.1\n--> Host: {host}\n--> Authorization: Bearer {b64url(24)}\n")
    D.t(f"--> X-Request-Id: {uuid4()}\n\n")
    D.t(f"<-- HTTP/1.1 200 OK ({R.randint(8, 400)}ms)\n<-- Content-Type: application/json;charset=UTF-8\n")
    body = O([("code", 0), ("msg", "success"), ("data", O(shuffled([
        ("userId", int(uid())), ("nickname", pick(["小鱼", "阿华", "Sunny", "夜猫子"])),
        ("mobile", mobile(pick(["plain", "plain", "p86"]))), ("idCard", id_card()),
        ("bankCard", bank_card()), ("email", email()), ("level", R.randint(1, 8)),
        ("lastLoginIp", ip4()), ("maskedPhone", masked_mobile())]))), ("traceId", trace_id())])
    jdump(D, body, indent=pick([None, 2]))
    D.t("\n")


def http_multipart(D: Doc):
    D.crlf = True
    bnd = "----WebKitFormBoundary" + b64url(12).replace("-", "x").replace("_", "y")
    B = Doc(crlf=True)
    fields = shuffled([("realName", pick(NAMES)), ("idNumber", id_card()), ("phone", mobile()),
                       ("birthday", birthdate("iso")), ("plateNo", plate())])
    for k, v in fields:
        B.t(f"--{bnd}\nContent-Disposition: form-data; name=\"{k}\"\n\n").v(v).t("\n")
    B.t(f"--{bnd}\nContent-Disposition: form-data; name=\"file\"; filename=\"IMG_{R.randint(1000, 9999)}.jpg\"\n"
        f"Content-Type: image/jpeg\n\n\\xff\\xd8\\xff\\xe0 ...(binary {R.randint(20000, 900000)} bytes)...\n--{bnd}--\n")
    http_head(D, "POST", "/kyc/upload", pick(HOSTS), f"multipart/form-data; boundary={bnd}", B,
              extra=[("X-Real-IP", ip4())])


def http_grpc(D: Doc):
    svc = pick(["user.v1.UserService/GetUser", "member.MemberService/Register", "risk.v2.Risk/Check"])
    D.t(f"grpc call {svc} peer=").v(ip4()).t(f":{R.randint(30000, 65000)} status=OK dur={R.randint(1, 90)}ms\n")
    D.t(pick(["request:\n", "req >\n"]))
    D.t(f"user {{\n  id: {uid()}\n  phone: \"").v(mobile()).t("\"\n  id_card: \"").v(id_card()).t("\"\n")
    if chance(0.6):
        D.t("  birthday: \"").v(birthdate("iso")).t("\"\n")
    D.t(f"  tags: \"vip\"\n  created_at {{\n    seconds: {ms_ts()[:10]}\n    nanos: {R.randint(0, 999999999)}\n  }}\n}}\n")
    D.t(f"device {{\n  imei: \"{imei()}\"\n  ip: \"").v(ip4()).t(f"\"\n  os_version: \"{semver()}\"\n}}\n")


def http_setcookie(D: Doc):
    D.crlf = True
    d = rdt()
    D.t(f"HTTP/1.1 200 OK\nServer: nginx\nDate: {d.strftime('%a, %d %b %Y %H:%M:%S GMT')}\n")
    D.t(f"Set-Cookie: SESSION={sess_id()}; Path=/; HttpOnly\nSet-Cookie: login_phone=").v(mobile("plain"))
    D.t("; Max-Age=2592000; Path=/\nContent-Type: application/json\n\n")
    body = O([("ok", True), ("contact", O(shuffled([("wechat", wechat()), ("qq", qq()),
                                                      ("email", email("qq" if chance(0.4) else "cn"))])))])
    jdump(D, body)
    D.t("\n")


def http_har(D: Doc):
    body_txt = Doc()
    D.t("{\n  \"log\": {\"entries\": [{\n    \"request\": {\n      \"method\": \"POST\",\n")
    D.t(f"      \"url\": \"https://{pick(HOSTS)}/api/address/add\",\n      \"headers\": [\n")
    D.t("        {\"name\": \"X-Forwarded-For\", \"value\": \"").v(ip4()).t("\"},\n")
    D.t(f"        {{\"name\": \"X-Trace-Id\", \"value\": \"{trace_id()}\"}}\n      ],\n")
    D.t("      \"postData\": {\"mimeType\": \"application/json\", \"text\": \"{\\\"receiverPhone\\\":\\\"")
    D.v(mobile()).t("\\\",\\\"tel\\\":\\\"").v(landline(pick(["dash", "plain"]))).t(f"\\\",\\\"zip\\\":\\\"{R.randint(100000, 850000)}\\\"}}\"}}\n")
    D.t(f"    }},\n    \"response\": {{\"status\": 200, \"bodySize\": {R.randint(50, 900)}}},\n")
    D.t(f"    \"serverIPAddress\": \"").v(ip4()).t(f"\",\n    \"time\": {R.randint(10, 900)}.{R.randint(0, 999)}\n  }}]}}\n}}\n")


def http_h2(D: Doc):
    D.t(f"[h2] stream {R.randint(1, 99) * 2 + 1} HEADERS\n  :method: POST\n  :authority: {pick(HOSTS)}\n")
    D.t(f"  :path: /v1/orders?buyer_mobile=").v(mobile("plain")).t("\n")
    D.t("  x-client-ip: ").v(ip4()).t("\n  x-user-phone: ").v(mobile(pick(["plain", "p86"]))).t("\n")
    D.t(f"  x-device-id: {uuid4()}\n  x-app-version: {semver()}\n  content-type: application/json\n")
    D.t(f"[h2] stream DATA len={R.randint(80, 600)}\n  ")
    jdump(D, O([("receiver", pick(NAMES)), ("tel", mobile()), ("idNo", id_card()), ("amount", float(amount()))]))
    D.t("\n")


def http_webhook(D: Doc):
    D.t(f"POST {pick(['/hooks/form', '/webhook/jinshuju', '/callback/survey'])} HTTP/1.1\nContent-Type: application/json\n\n")
    pairs = shuffled([("手机号", mobile()), ("身份证号", id_card()), ("出生日期", birthdate()), ("车牌号", plate()),
                      ("邮箱", email()), ("提交时间", log_ts(rdt())[:19]), ("来源IP", ip4())])
    jdump(D, O([("form", hexs(6)), ("entry", O(pairs + [("序号", R.randint(1, 999))]))]), indent=2)
    D.t("\n")


def http_soap(D: Doc):
    D.crlf = chance(0.5)
    D.t(f"POST /ws/CustomerService HTTP/1.1\nSOAPAction: \"urn:queryCustomer\"\nContent-Type: text/xml; charset=utf-8\n\n")
    D.t("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">\n  <soap:Body>\n    <ns2:queryCustomerResponse>\n")
    D.t(f"      <custNo>{uid()}</custNo>\n      <certType>01</certType>\n      <certNo>").v(id_card()).t("</certNo>\n")
    D.t("      <mobile>").v(mobile()).t("</mobile>\n      <acctNo>").v(bank_card()).t("</acctNo>\n")
    D.t("      <officeTel>").v(landline(pick(["dash", "plain"]))).t(pick(["", "", f"-{R.randint(100, 999)}"]) + "</officeTel>\n")
    D.t(f"      <balance>{amount()}</balance>\n    </ns2:queryCustomerResponse>\n  </soap:Body>\n</soap:Envelope>\n")


def http_error_echo(D: Doc):
    D.t(f"HTTP/1.1 400 Bad Request\nX-Request-Id: {uuid4()}\nContent-Type: application/json\n\n")
    k = R.randrange(3)
    if k == 0:
        D.t("{\"error\":\"INVALID_PARAM\",\"message\":\"手机号与身份证不匹配: ").v(mobile()).t(" / ").v(id_card()).t("\"}\n")
    elif k == 1:
        D.t("{\"error\":\"DUPLICATE\",\"message\":\"email already registered: ").v(email()).t("\",\"hint\":\"try ")
        D.t(masked_mobile() + "\"}\n")
    else:
        D.t("{\"code\":40012,\"msg\":\"银行卡号校验失败 ").v(bank_card()).t(f" (预留手机 {masked_mobile()})\"}}\n")
    D.t(f"\n# client ").v(ip4()).t(f" retried {R.randint(1, 5)} times, last at {iso_ts(rdt())}\n")


def http_ws(D: Doc):
    D.t(f"WebSocket wss://{pick(HOSTS)}/ws/chat  frames:\n")
    D.t("> {\"op\":\"auth\",\"token\":\"" + b64url(30) + "\"}\n")
    D.t("< {\"op\":\"ok\",\"uid\":" + uid() + "}\n")
    D.t("> {\"op\":\"msg\",\"to\":" + uid() + ",\"text\":\"我的手机是").v(mobile(pick(["cn", "cnmix", "space", "dash"])))
    D.t("，加我微信 ").v(wechat()).t("\"}\n")
    D.t("> {\"op\":\"msg\",\"text\":\"地址发你了，快递单号" + tracking_no() + "\"}\n")
    if chance(0.6):
        D.t("> {\"op\":\"msg\",\"text\":\"QQ也行：").v(qq()).t("\"}\n")
    D.t(f"< {{\"op\":\"ack\",\"seq\":{R.randint(1, 9999)}}}\n")


def http_graphql(D: Doc):
    D.t(f"POST /graphql HTTP/1.1\nHost: {pick(HOSTS)}\nContent-Type: application/json\n\n")
    D.t("{\"operationName\":\"BindCard\",\"query\":\"mutation BindCard { bindCard(cardNo: \\\"")
    D.v(bank_card("plain")).t("\\\", phone: \\\"").v(mobile("plain")).t("\\\", idCard: \\\"").v(id_card("plain"))
    D.t(f"\\\") {{ ok requestId }} }}\",\"variables\":{{\"ts\":{ms_ts()}}}}}\n")


# ----------------------------------------------------------------------------------------------
# genre: app_logs
# ----------------------------------------------------------------------------------------------

JLOGGERS = ["c.j.p.service.UserServiceImpl", "com.hzyunfan.member.web.MemberController",
            "o.s.web.servlet.DispatcherServlet", "c.l.order.mq.OrderConsumer", "com.xinghai.kyc.KycFacade"]


def jline(D: Doc, level: str = "INFO") -> None:
    d = rdt()
    D.t(f"{log_ts(d)} {level:<5} {R.randint(1000, 99999)} --- [{pick(['http-nio-8080-exec-' + str(R.randint(1, 200)), 'main', 'kafka-consumer-1', 'pool-3-thread-7'])}] "
        f"{pick(JLOGGERS)} : ")


def logs_java_tostring(D: Doc):
    for _ in range(R.randint(2, 3)):
        jline(D)
        D.t(pick(["query user result: ", "before update: ", "login success, user="]))
        D.f("User{id=«i», name='«n»', mobile='«m»', idCard='«c»', email='«e»', status=1, createTime=«t»}\n",
            i=uid(), n=pick(NAMES), m=mobile(pick(["plain", "plain", "p86"])), c=id_card(), e=email(),
            t=log_ts(rdt())[:19])
    if chance(0.5):
        jline(D, "DEBUG")
        D.t(f"cache hit key=user:{uid()} ttl={R.randint(60, 7200)}s masked={masked_mobile()}\n")


def logs_mybatis(D: Doc):
    d = rdt()
    tbl = pick(["t_user", "t_customer", "member_info"])
    D.t(f"{log_ts(d)} DEBUG [{pick(['http-nio-8080-exec-3', 'task-1'])}] c.j.m.mapper.{tbl.title().replace('_', '')}Mapper.insert : "
        f"==>  Preparing: INSERT INTO {tbl} (mobile, id_card, bank_card, birthday, create_time) VALUES (?, ?, ?, ?, ?)\n")
    D.t(f"{log_ts(d)} DEBUG [task-1] c.j.m.mapper.Mapper.insert : ==> Parameters: ")
    D.v(mobile("plain")).t("(String), ").v(id_card("plain")).t("(String), ").v(bank_card("plain")).t("(String), ")
    D.v(birthdate("iso")).t(f"(String), {log_ts(rdt())[:19]}.0(Timestamp)\n")
    D.t(f"{log_ts(d)} DEBUG [task-1] c.j.m.mapper.Mapper.insert : <==    Updates: 1\n")
    D.t(f"{log_ts(d)} DEBUG [task-1] c.j.m.mapper.Mapper.selectByMobile : ==>  Preparing: SELECT id, nick, email FROM {tbl} WHERE mobile = ? AND deleted = 0\n")
    D.t(f"{log_ts(d)} DEBUG [task-1] c.j.m.mapper.Mapper.selectByMobile : ==> Parameters: ").v(mobile("plain")).t("(String)\n")
    D.t(f"{log_ts(d)} TRACE [task-1] c.j.m.mapper.Mapper.selectByMobile : <==    Columns: id, nick, email\n")
    D.t(f"{log_ts(d)} TRACE [task-1] c.j.m.mapper.Mapper.selectByMobile : <==        Row: {uid()}, {pick(['小鱼', 'Momo', '阿强'])}, ").v(email()).t("\n")


def logs_python_repr(D: Doc):
    for _ in range(R.randint(2, 3)):
        d = rdt()
        D.t(f"[{log_ts(d, ',')}] {pick(['INFO', 'WARNING', 'DEBUG'])} {pick(['app.views', 'services.kyc', 'tasks.notify'])}: ")
        D.t(pick(["payload=", "got user ", "validated: "]))
        pairs = shuffled([("user_id", str(uid())), ("phone", mobile()), ("email", email()), ("qq", qq()),
                          ("birthday", birthdate("iso")), ("ip", ip4())])[:R.randint(3, 5)]
        D.t("{")
        for i, (k, v) in enumerate(pairs):
            if i:
                D.t(", ")
            D.t(f"'{k}': ")
            if k == "user_id":
                D.t(v)
            else:
                D.t("'").v(v).t("'")
        D.t("}\n")
    if chance(0.6):
        D.t("Traceback (most recent call last):\n  File \"/srv/app/services/kyc.py\", line "
            f"{R.randint(20, 400)}, in verify\n    raise ValueError(f\"id mismatch: {{id_no}}\")\nValueError: id mismatch: ")
        D.v(id_card()).t("\n")


def logs_go(D: Doc):
    for _ in range(R.randint(2, 3)):
        d = rdt()
        D.t(f"{d.strftime('%Y/%m/%d %H:%M:%S')} {pick(['handler.go', 'service.go', 'repo.go'])}:{R.randint(20, 500)}: {pick(['saved', 'loaded', 'upsert'])} ")
        D.f("&{ID:«i» Phone:«m» IDCard:«c» Email:«e» Plate:«p» Balance:«b» CreatedAt:«t» +0800 CST}\n",
            i=uid(), m=mobile(pick(["plain", "plain", "p86s"])), c=id_card(), e=email(), p=plate(), b=amount(),
            t=log_ts(d)[:19])
    D.t(f"{rdt().strftime('%Y/%m/%d %H:%M:%S')} http: {pick(['GET', 'POST'])} /v1/orders/{order_no()} from ").v(ip4())
    D.t(f":{R.randint(20000, 65000)} took {R.randint(1, 999)}.{R.randint(0, 999)}ms\n")


def logs_kotlin(D: Doc):
    jline(D)
    D.f("received Customer(id=«i», phone=«m», passportNo=«p», permitNo=«h», wechat=«w», vip=«v»)\n",
        i=uid(), m=mobile(pick(["p86g", "p86s", "plain"])), p=passport(), h=hk_permit(), w=wechat(),
        v=pick(["true", "false"]))
    jline(D, "WARN")
    D.f("TravelerDto(name=«n», passport=«p», birthDate=«b», contactEmail=«e») missing visaNo\n",
        n=pick(NAMES), p=passport(), b=birthdate("iso"), e=email())


def logs_stacktrace(D: Doc):
    jline(D, "ERROR")
    D.t("Failed to register user\n")
    k = R.randrange(3)
    if k == 0:
        D.t("org.springframework.dao.DuplicateKeyException: \n### Error updating database.  Cause: java.sql.SQLIntegrityConstraintViolationException: Duplicate entry '")
        D.v(mobile("plain")).t("' for key 'uk_mobile'\n")
    elif k == 1:
        D.t("java.lang.IllegalArgumentException: 身份证号校验失败: ").v(id_card()).t(" (期望出生日期 ").v(birthdate("iso")).t(")\n")
    else:
        D.t("com.xinghai.pay.BankException: card ").v(bank_card()).t(" rejected by issuer, code=51\n")
    for _ in range(R.randint(3, 6)):
        D.t(f"\tat {pick(['com.hzyunfan.member', 'com.xinghai.kyc', 'org.apache.ibatis.executor'])}.{pick(['UserService', 'Executor', 'KycFacade'])}.{pick(['register', 'update', 'doQuery', 'verify'])}({pick(['UserService', 'SimpleExecutor', 'KycFacade'])}.java:{R.randint(20, 900)})\n")
    D.t(f"\t... {R.randint(10, 90)} common frames omitted\n")


def logs_kafka(D: Doc):
    for _ in range(R.randint(2, 3)):
        d = rdt()
        D.t(f"{log_ts(d)} INFO  c.l.order.mq.OrderConsumer - ConsumerRecord(topic = {pick(['user-events', 'order-created', 'kyc-result'])}, "
            f"partition = {R.randint(0, 11)}, leaderEpoch = {R.randint(0, 40)}, offset = {R.randint(1000, 9999999)}, CreateTime = {ms_ts(d)}, key = ")
        D.v(mobile("plain")).t(", value = ")
        jdump(D, O(shuffled([("event", pick(["register", "bind", "pay"])), ("idCard", id_card()), ("ip", ip4()),
                             ("plate", plate()), ("orderNo", order_no())])[:4]), sep=",", kv=":")
        D.t(")\n")


def logs_kv(D: Doc):
    for _ in range(R.randint(3, 5)):
        d = rdt()
        D.t(f"level={pick(['info', 'info', 'warn'])} ts={iso_ts(d, True)} caller={pick(['sms/send.go', 'auth/login.go', 'risk/rule.go'])}:{R.randint(10, 300)} ")
        k = R.randrange(4)
        if k == 0:
            D.t('msg="sms sent" mobile=').v(mobile()).t(f" template=SMS_{R.randint(100000, 999999)} biz_id={safe(lambda: digits(18))}^0")
        elif k == 1:
            D.t('msg="login ok" account=').v(email()).t(" client_ip=").v(ip4()).t(f" session={sess_id()}")
        elif k == 2:
            D.t('msg="risk hit" rule=R_DEVICE_MULTI id_no=').v(id_card()).t(f" imei={imei()} score={R.randint(60, 99)}")
        else:
            D.t(f'msg="callback" order={order_no()} amount={amount()} tel=').v(landline()).t(f" status=OK")
        D.t("\n")


def logs_jsonl(D: Doc):
    for _ in range(R.randint(3, 4)):
        d = rdt()
        pairs = [("@timestamp", iso_ts(d)), ("level", pick(["INFO", "INFO", "WARN"])),
                 ("logger", pick(["c.x.OrderService", "c.x.DeliveryService", "c.x.ParkingService"])),
                 ("traceId", trace_id())]
        extra = shuffled([("buyerPhone", mobile()), ("receiverTel", landline()), ("plate", plate()),
                          ("buyerEmail", email()), ("gps", gps()), ("clientIp", ip4())])[:R.randint(2, 4)]
        jdump(D, O(pairs + [("msg", pick(["create order", "dispatch", "gate open"]))] + extra), sep=",", kv=":")
        D.t("\n")


def logs_trad_audit(D: Doc):
    D.t("[稽核日誌] 系統：會員中心\n")
    for _ in range(R.randint(3, 4)):
        d = rdt()
        k = R.randrange(3)
        D.t(f"{d.strftime('%Y/%m/%d %H:%M:%S')} ")
        if k == 0:
            D.t("使用者登入成功 手機：").v(mobile(pick(["plain", "dash"]))).t(" 來源 IP：").v(ip4()).t("\n")
        elif k == 1:
            D.t("修改資料 電子郵件 → ").v(email()).t("；生日 ").v(birthdate(pick(["slash", "iso"]))).t("\n")
        else:
            D.t("綁定銀行卡 ").v(bank_card("space4")).t(f"（交易序號 {trade_no()}）\n")


def logs_parking(D: Doc):
    gate = pick(["东门", "B2-北出口", "P3 入口", "西门岗亭"])
    for _ in range(R.randint(3, 5)):
        d = rdt()
        k = R.randrange(3)
        D.t(f"{log_ts(d)} [park-{R.randint(1, 9)}] ")
        if k == 0:
            D.t(f"入场 车牌=").v(plate()).t(f" 通道={gate} 识别置信度=0.{R.randint(80, 99)} 图片={hexs(16)}.jpg\n")
        elif k == 1:
            D.t("出场 plate=").v(plate()).t(f" fee={amount()} payer_mobile=").v(mobile()).t(f" trade_no={trade_no()}\n")
        else:
            D.t(f"月卡续费 车牌 ").v(plate()).t(" 车主手机 ").v(mobile()).t(f" VIN {vin()}\n")


def logs_rocketmq(D: Doc):
    D.t(f"{log_ts(rdt())} INFO  RocketmqClient - SendResult [sendStatus=SEND_OK, msgId={hexs(32).upper()}, "
        f"offsetMsgId={hexs(32).upper()}, messageQueue=MessageQueue [topic=im-contact, brokerName=broker-a, queueId={R.randint(0, 7)}], queueOffset={R.randint(100, 99999)}]\n")
    D.t("body={\"fromUid\":" + uid() + ",\"wx\":\"").v(wechat()).t("\",\"qq\":\"").v(qq()).t("\",\"remark\":\"微信同号 ")
    D.v(mobile()).t("\"}\n")


def logs_celery(D: Doc):
    for _ in range(R.randint(2, 3)):
        d = rdt()
        tid = uuid4()
        D.t(f"[{log_ts(d, ',')}: INFO/MainProcess] Task tasks.send_welcome[{tid}] received\n")
        D.t(f"[{log_ts(d, ',')}: INFO/ForkPoolWorker-{R.randint(1, 8)}] Task tasks.send_welcome[{tid}] args=(")
        D.t("'").v(email()).t("', '").v(mobile()).t(f"') kwargs={{'lang': 'zh', 'retry': {R.randint(0, 3)}}}\n")
        D.t(f"[{log_ts(d, ',')}: INFO/ForkPoolWorker-2] Task tasks.send_welcome[{tid}] succeeded in {R.random():.4f}s: None\n")


def logs_cs_chat(D: Doc):
    sid = uuid4()
    D.t(f"[chatbot] session={sid} channel={pick(['h5', 'app', 'mini-program'])}\n")
    d = rdt()
    lines = [
        ("user", ["我的电话是", "手机号：  ", "电话 ", "号码是"], lambda: mobile(pick(["cn", "cnmix", "cnsp", "fw", "space"]))),
        ("user", ["身份证号 ", "身份证：", "sfz "], lambda: id_card(pick(["plain", "fw", "group", "lowerx"]))),
        ("user", ["邮箱 ", "发我邮箱吧 ", "email: "], lambda: email()),
        ("user", ["车牌 ", "我车是 ", "车牌号："], lambda: plate()),
    ]
    for who, cues, gen in shuffled(lines)[:R.randint(3, 4)]:
        d += dt.timedelta(seconds=R.randint(3, 90))
        D.t(f"{d.strftime('%H:%M:%S')} {who}> {pick(cues)}").v(gen()).t(pick(["", " 🙏", "，谢谢", " 。", "  "]) + "\n")
        D.t(f"{d.strftime('%H:%M:%S')} bot> {pick(['好的，已记录', '收到，正在查询', '请稍等～', '已为您转人工'])}\n")
    D.t(f"[chatbot] intent=ORDER_QUERY conf=0.{R.randint(50, 99)} order={order_no()} masked_display={masked_mobile()}\n")


def logs_wrapped(D: Doc):
    jline(D, pick(["INFO", "WARN"]))
    D.t("saveOrder param=OrderDTO(orderNo=" + order_no() + ", buyerId=" + uid() + ",\n")
    D.t("    receiverName=" + pick(NAMES) + ", receiverMobile=").v(mobile()).t(", receiverTel=").v(landline()).t(",\n")
    D.t("    receiverIdCard=").v(id_card()).t(", invoiceCode=" + invoice_code() + ", payAmount=" + amount() + ",\n")
    D.t("    buyerEmail=").v(email()).t(", deliveryGps=").v(gps("c")).t(", remark=null)\n")
    if chance(0.5):
        jline(D, "DEBUG")
        D.t("legacy_cert_no=").v(id15()).t(" (15位旧证件号，已标记待升级)\n")


def logs_request_dump(D: Doc):
    jline(D)
    D.t("Request: POST /api/travel/passengers body=")
    jdump(D, O([("passengers", A([O([("name", pick(NAMES)), ("passportNo", passport()), ("birthday", birthdate("iso")),
                                         ("mobile", mobile())]) for _ in range(R.randint(1, 2))])),
                ("contactEmail", email())]), sep=",", kv=":")
    D.t("\n")
    jline(D)
    D.t(f"Response: 200 in {R.randint(20, 800)}ms orderId={order_no()}\n")


# ----------------------------------------------------------------------------------------------
# genre: config_code
# ----------------------------------------------------------------------------------------------


def code_pytest(D: Doc):
    D.t("import pytest\n\nfrom app.utils.mask import mask_mobile, mask_id\n\n\n")
    m = mobile("plain")
    D.t("def test_mask_mobile():\n    assert mask_mobile(\"").v(m).t(f"\") == \"{m[0][:3]}****{m[0][7:]}\"\n\n\n")
    c = id_card("plain")
    D.t("def test_mask_id():\n    assert mask_id('").v(c).t(f"') == '{c[0][:4]}**********{c[0][14:]}'\n\n\n")
    D.t("@pytest.mark.parametrize(\"raw\", [\n")
    for _ in range(R.randint(2, 4)):
        D.t("    \"").v(mobile(pick(["plain", "dash", "space", "p86s"]))).t("\",\n")
    D.t(f"    \"10086\",  # 客服号，不是手机号\n    \"{masked_mobile()}\",\n])\ndef test_normalize(raw):\n    assert normalize(raw)\n")


def code_junit(D: Doc):
    D.t(f"package com.{pick(['hzyunfan', 'xinghai', 'lvtu'])}.member;\n\nimport org.junit.jupiter.api.Test;\nimport static org.assertj.core.api.Assertions.assertThat;\n\n")
    D.t("class UserValidatorTest {\n\n    // 测试号 ").v(mobile("dash")).t(pick(["，勿删", "", " (QA 专用)"]) + "\n")
    D.t("    private static final String ID = \"").v(id_card("plain")).t("\";\n")
    D.t("    private static final String CARD = \"").v(bank_card("plain")).t("\";\n\n    @Test\n    void validUser() {\n")
    D.t(f"        User u = new User(\"{pick(NAMES)}\", \"").v(mobile("plain")).t("\", ID);\n")
    D.t("        u.setEmail(\"").v(email()).t("\");\n")
    D.t(f"        u.setOrderNo(\"{order_no()}\");\n        assertThat(validator.validate(u)).isEmpty();\n    }}\n}}\n")


def code_js(D: Doc):
    D.t(pick(["// __mocks__/user.js\n", "/* fixtures for e2e */\n", "// TODO: 换成假数据\n"]))
    D.t("export const mockUser = {\n  id: " + uid() + ",\n  phone: '").v(mobile(pick(["space", "plain", "dash"]))).t("',\n")
    D.t("  email: '").v(email()).t("',\n  idCard: '").v(id_card()).t("',\n")
    D.t("  wechat: '").v(wechat("word")).t("', // 微信\n")
    D.t(f"  avatar: 'https://cdn.{pick(HOSTS)}/a/{hexs(16)}.png',\n  createdAt: {ms_ts()},\n}};\n\n")
    D.t("export const contacts = [").v(mobile("plain")).t(", '").v(landline()).t(f"'];  // 400 热线 400-{R.randint(100, 999)}-{R.randint(1000, 9999)} 不用\n")


def code_go(D: Doc):
    D.t("func TestIsMobile(t *testing.T) {\n\ttests := []struct {\n\t\tname string\n\t\tin   string\n\t\twant bool\n\t}{\n")
    for nm, v, w in shuffled([("valid", mobile("plain"), "true"), ("with +86", mobile("p86"), "true"),
                              ("dashed", mobile("dash"), "true"), ("too short", masked_mobile().replace("*", "")[:9], "false"),
                              ("landline", landline("dash"), "false"), ("service", "95588", "false")]):
        D.t(f"\t\t{{name: \"{nm}\", in: \"").v(v).t(f"\", want: {w}}},\n")
    D.t("\t}\n\tfor _, tt := range tests {\n\t\tif got := IsMobile(tt.in); got != tt.want {\n\t\t\tt.Errorf(\"%s: got %v\", tt.name, got)\n\t\t}\n\t}\n}\n")


def code_yaml(D: Doc):
    D.t(f"# application-{pick(['prod', 'test', 'dev'])}.yml\nspring:\n  datasource:\n    url: jdbc:mysql://{ip4_private()}:3306/member?useSSL=false\n")
    D.t("alert:\n  sms_receivers:\n")
    for _ in range(R.randint(1, 3)):
        D.t("    - ").v(mobile(pick(["plain", "plain", "p86"]))).t(pick(["", "   # 值班", "  # oncall"]) + "\n")
    D.t("  mail_to: ").v(email("corp")).t("\n")
    D.t("  whitelist_ips: [").v(ip4()).t(f", {ip4_private()}, 10.0.0.0/8]\n")
    D.t(f"  version: {semver()}\n")
    if chance(0.6):
        D.t("test-account:\n  id-card: \"").v(id_card()).t("\"\n  bank-card: \"").v(bank_card()).t("\"\n")


def code_toml_ini(D: Doc):
    if chance(0.5):
        D.t("[owner]\nname = \"" + pick(NAMES) + "\"\nphone = \"").v(landline()).t("\"\nmobile = \"").v(mobile()).t("\"\n")
        D.t("email = \"").v(email("corp")).t(f"\"\n\n[server]\nbind = \"0.0.0.0:{R.randint(1024, 9999)}\"\npublic_ip = \"").v(ip4()).t("\"\n")
    else:
        D.t("; config.ini\n[contact]\nowner_phone=").v(landline()).t(" ; 转 " + str(R.randint(100, 999)) + "\n")
        D.t("owner_qq=").v(qq()).t("\nowner_wx=").v(wechat()).t("\n\n[smtp]\nhost=smtp." + pick(DOMAINS_CORP) + "\nuser=").v(email("corp")).t("\nport=465\n")


def code_env(D: Doc):
    D.crlf = chance(0.3)
    D.t(f"# .env.{pick(['local', 'staging', 'example'])}\nAPP_ENV=staging\nDB_HOST={ip4_private()}\nDB_PORT=3306\n")
    D.t("ADMIN_MOBILE=").v(mobile("plain")).t("\nSMTP_USER=").v(email("corp")).t("\n")
    D.t("TEST_BANK_CARD=").v(bank_card("plain")).t(f"\nJWT_SECRET={b64(24)}\n")
    D.t("EGRESS_IP=").v(ip4()).t(f"\nBUILD_NO={R.randint(1000, 9999)}\nOSS_BUCKET=oss://{pick(['member', 'kyc', 'logs'])}-{hexs(6)}/prod\n")


def code_sql_seed(D: Doc):
    D.t(f"-- seed data for {pick(['dev', 'test'])}\nINSERT INTO t_customer (id, name, mobile, id_card, birthday, email, plate_no) VALUES\n")
    n = R.randint(3, 5)
    for i in range(n):
        bd = rand_date(1960, 2004)
        D.t(f"  ({i + 1}, '{pick(NAMES)}', '").v(mobile("plain")).t("', '").v(id_card("plain", birth=bd)).t("', '")
        D.v(birthdate("iso", d=bd)).t("', '").v(email()).t("', ")
        if chance(0.6):
            D.t("'").v(plate("none")).t("'")
        else:
            D.t("NULL")
        D.t(")" + ("," if i < n - 1 else ";") + "\n")
    D.t(f"UPDATE t_customer SET bank_card = '").v(bank_card("plain")).t(f"' WHERE id = {R.randint(1, n)};\n")


def code_markdown(D: Doc):
    D.t(f"## 接口：绑定手机号\n\n`POST /api/v1/user/bind`\n\n请求示例：\n\n```bash\ncurl -X POST https://{pick(HOSTS)}/api/v1/user/bind \\\n")
    D.t("  -H 'Content-Type: application/json' \\\n  -d '{\"mobile\": \"").v(mobile()).t("\", \"smsCode\": \"" + str(R.randint(100000, 999999)) + "\"}'\n```\n\n")
    D.t("响应示例：\n\n```json\n")
    jdump(D, O([("code", 0), ("data", O([("userId", int(uid())), ("email", email()), ("idCard", id_card())]))]), indent=2)
    D.t("\n```\n\n> 注意：手机号需为 11 位，例如 ").v(mobile("space")).t(f"；脱敏后展示为 {masked_mobile()}。\n")


def code_escaped(D: Doc):
    def esc(s):
        return "".join(f"\\u{ord(c):04x}" for c in s)
    D.t(pick(["// i18n dump from legacy service\n", "# raw response (ensure_ascii=True)\n", ""]))
    D.t("{\"" + esc("姓名") + "\": \"" + esc(pick(NAMES)) + "\", \"" + esc("手机") + "\": \"").v(mobile("plain"))
    D.t("\", \"" + esc("身份证") + "\": \"").v(id_card("plain")).t("\", \"" + esc("邮箱") + "\": \"").v(email())
    D.t("\", \"" + esc("地址") + "\": \"" + esc(pick(ADDRS)[:6]) + "\"}\n")
    if chance(0.7):
        D.t("String k = \"\\u624b\\u673a\\u53f7\"; // 手机号\nmap.put(k, \"").v(mobile("plain")).t("\");\n")


def code_properties(D: Doc):
    D.t(f"# sms.properties\nsms.provider=aliyun\nsms.sign=\\u5609\\u79be\nsms.test.mobile=").v(mobile("plain")).t("\n")
    D.t("mail.from=").v(email("corp")).t(f"\nmail.smtp.port=465\nserver.port={pick(['8080', '8081', '9090'])}\n")
    D.t("ops.contact.tel=").v(landline()).t(f"\nops.contact.hotline=95{R.randint(100, 599)}\napp.version={semver()}\n")


def code_validator(D: Doc):
    D.t("/**\n * 身份证校验。\n * 示例：").v(id_card("plain")).t("（合法） / 11010519491231002Y（非法）\n")
    D.t(" * 手机正则 ^1[3-9]\\\\d{9}$，例：").v(mobile("plain")).t("\n * 银行卡 Luhn 校验，例：").v(bank_card("space4")).t("\n */\n")
    D.t("public static boolean isValidId(String s) {\n    return ID_PATTERN.matcher(s).matches() && checksum(s);\n}\n")


def code_k8s(D: Doc):
    D.t(f"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {pick(['notify', 'crm', 'ops'])}-config\n  namespace: prod\ndata:\n")
    D.t("  CONTACT_EMAIL: \"").v(email("corp")).t("\"\n  ONCALL_PHONE: \"").v(mobile(pick(["p86", "plain", "p86d"]))).t("\"\n")
    D.t("  WECHAT_ID: \"").v(wechat("word")).t("\"\n")
    D.t(f"  IMAGE_TAG: \"v{semver()}\"\n  UPSTREAM: \"{ip4_private()}:8080\"\n  CDN_ORIGIN: \"").v(ip4()).t("\"\n")


def code_python_fixture(D: Doc):
    D.t("FAKE_USERS = [\n")
    for _ in range(R.randint(2, 3)):
        bd = rand_date(1965, 2003)
        D.t("    dict(name='" + pick(NAMES) + "', mobile='").v(mobile()).t("', id_no='").v(id_card(birth=bd)).t("', dob='")
        D.v(birthdate("iso", d=bd)).t("', qq='").v(qq()).t("'),\n")
    D.t("]\n# 注意：以上为测试数据，生产环境禁止使用\n")


# ----------------------------------------------------------------------------------------------
# genre: exports
# ----------------------------------------------------------------------------------------------


def exp_csv_quoted(D: Doc):
    D.crlf = chance(0.4)
    if chance(0.3):
        D.t("\ufeff")
    D.t("id,name,mobile,id_card,address,remark,created_at\n")
    for i in range(R.randint(4, 6)):
        D.t(f"{R.randint(1000, 99999)},{pick(NAMES)},").v(mobile(pick(["plain", "plain", "dash"]))).t(",")
        D.v(id_card("plain")).t(f",\"{pick(ADDRS)}，{R.randint(1, 30)}楼\",")
        k = R.randrange(4)
        if k == 0:
            D.t("\"备用电话 ").v(mobile(pick(["plain", "cn", "fw"]))).t(pick(["\n周末勿扰\"", "（微信同号）\n😊\"", "\"", "\n\"\"急\"\"\""]))
        elif k == 1:
            D.t(f"\"订单 {order_no()}, 已退款 {amount()}\"")
        elif k == 2 and chance(0.5):
            D.t("\"公司电话 ").v(landline("dash")).t(pick(["转", "-", " ext. "]) + str(R.randint(100, 8999)) + ", 工作日\"")
        elif k == 2:
            D.t("\"邮箱: ").v(email()).t(", 发票抬头见附件\"")
        else:
            D.t("")
        D.t(f",{log_ts(rdt())[:19]}\n")


def exp_tsv_cn(D: Doc):
    D.t("序号\t姓名\t手机号\t身份证号\t开户行\t银行卡号\t金额\n")
    for i in range(R.randint(4, 6)):
        card = bank_card(pick(["plain", "plain", "space4"]))
        D.t(f"{i + 1}\t{pick(NAMES)}\t").v(mobile("plain")).t("\t").v(id_card("plain")).t(
            f"\t{BIN_BANK[card[0].replace(' ', '')[:6]]}{pick(['杭州分行', '深圳分行', '上海徐汇支行', ''])}\t")
        D.v(card).t(f"\t{amount()}\n")


def exp_fixed(D: Doc):
    D.t(f"会员明细表                                  导出时间 {log_ts(rdt())[:19]}\n")
    w = [8, 10, 16, 22, 26]
    D.fixed(["编号", "姓名", "手机", "身份证", "邮箱"], w)
    D.t("-" * 82 + "\n")
    for _ in range(R.randint(4, 6)):
        D.fixed([uid(), pick(NAMES), mobile("plain"), id15() if chance(0.15) else id_card("plain"), email()], w)
    D.t(f"合计 {R.randint(5, 500)} 条，第 1/{R.randint(1, 40)} 页\n")


def exp_markdown(D: Doc):
    D.t(pick(["### 客户回访名单\n\n", "| 导出 | " + log_ts(rdt())[:10] + " |\n\n", ""]))
    D.t("| 客户 | 联系电话 | 微信 | 车牌 | 备注 |\n|---|---|---|---|---|\n")
    for _ in range(R.randint(4, 6)):
        D.t(f"| {pick(NAMES)} | ").v(mobile(pick(["plain", "dash", "space"]))).t(" | ")
        if chance(0.7):
            D.v(wechat())
        else:
            D.t("-")
        D.t(" | ").v(plate()).t(f" | {pick(['已回访', '未接通', '续保意向', '取件码 ' + pickup_code()])} |\n")


def exp_json_array(D: Doc):
    recs = A()
    for _ in range(R.randint(3, 4)):
        recs.append(O(shuffled([("userId", int(uid())), ("phoneNumber", mobile()), ("email", email()),
                                ("birthday", birthdate("iso")), ("registerIp", ip4()),
                                ("vip", pick([True, False]))])))
    jdump(D, recs, indent=pick([2, 4, None]))
    D.t("\n")


def exp_xml(D: Doc):
    D.t("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<customers exportedAt=\"" + iso_ts(rdt()) + "\">\n")
    for _ in range(R.randint(2, 4)):
        D.t(f"  <customer id=\"{uid()}\">\n    <name>{pick(NAMES)}</name>\n    <mobile>").v(mobile()).t("</mobile>\n")
        D.t("    <idNo>").v(id_card()).t("</idNo>\n    <tel>").v(landline()).t("</tel>\n")
        if chance(0.5):
            D.t("    <qq>").v(qq()).t("</qq>\n")
        D.t(f"    <creditCode>{uscc_code()}</creditCode>\n  </customer>\n")
    D.t("</customers>\n")


def exp_yaml(D: Doc):
    D.t("# members export\nmembers:\n")
    for _ in range(R.randint(3, 4)):
        D.t(f"  - id: {uid()}\n    name: {pick(NAMES)}\n    phone: \"").v(mobile()).t("\"\n")
        D.t("    email: ").v(email()).t("\n    dob: ").v(birthdate("iso")).t("\n")
        if chance(0.5):
            D.t("    gps: \"").v(gps("c")).t("\"\n")
        D.t(f"    points: {R.randint(0, 99999)}\n")


def exp_csv_social(D: Doc):
    D.t("姓名,手机,QQ,微信,出生日期,邮箱\n")
    for _ in range(R.randint(4, 6)):
        D.t(pick(NAMES) + ",").v(mobile(pick(["plain", "plain", "dash"]))).t(",")
        D.v(qq()).t(",")
        if chance(0.8):
            D.v(wechat())
        D.t(",").v(birthdate(pick(["iso", "slash", "cn", "compact"]))).t(",").v(email("qq" if chance(0.4) else "cn")).t("\n")


def exp_csv_camel(D: Doc):
    D.crlf = chance(0.3)
    D.t("userId,nickName,phoneNumber,email,birthday,plateNo,registerIp,deviceId\n")
    for _ in range(R.randint(4, 6)):
        D.t(f"{uid()},{pick(['小鱼', 'Momo', '阿强', '夜猫子', 'Sunny', '北北'])},").v(mobile(pick(["plain", "p86"]))).t(",")
        D.v(email()).t(",").v(birthdate("iso")).t(",").v(plate()).t(",")
        if chance(0.7):
            D.v(ip4())
        else:
            D.t(ip4_private())
        D.t(f",{uuid4()}\n")


def exp_hr_travel(D: Doc):
    D.t("姓名,护照号,港澳通行证,出生日期,手机,紧急联系人电话\n")
    for _ in range(R.randint(4, 6)):
        D.t(pick(NAMES) + ",").v(passport()).t(",")
        if chance(0.8):
            D.v(hk_permit(pick(["C8", "CL"])))
        D.t(",").v(birthdate("iso")).t(",").v(mobile()).t(",").v(mobile(pick(["plain", "dash"]))).t("\n")


def exp_pg_copy(D: Doc):
    D.t("COPY public.members (id, mobile, id_card, email, last_ip, created_at) FROM stdin;\n")
    for _ in range(R.randint(4, 6)):
        D.t(uid() + "\t").v(mobile("plain")).t("\t").v(id_card("plain")).t("\t").v(email()).t("\t")
        if chance(0.75):
            D.v(ip4())
        else:
            D.t("\\N")
        D.t(f"\t{log_ts(rdt())}+08\n")
    D.t("\\.\n")


def exp_api_paged(D: Doc):
    D.t("{\"page\":1,\"size\":" + str(R.randint(20, 100)) + ",\"total\":" + str(R.randint(100, 9000)) + ",\"records\":[")
    for i in range(R.randint(3, 4)):
        if i:
            D.t(",")
        jdump(D, O([("id", int(uid())), ("receiver", pick(NAMES)), ("receiverMobile", mobile()),
                    ("receiverTel", landline() if chance(0.6) else ""), ("trackingNo", tracking_no()),
                    ("amount", amount())]), sep=",", kv=":")
    D.t("]}\n")


# ----------------------------------------------------------------------------------------------
# genre: intl
# ----------------------------------------------------------------------------------------------

INTL_PAT = {  # region: (country code, mobile national patterns, fixed national patterns)
    "US": ("1", ["415#######", "646#######", "206#######", "408#######", "617#######", "310#######"], None),
    "GB": ("44", ["7###9#####".replace("9", "#")], ["20########", "161#######", "131#######"]),
    "JP": ("81", ["90########", "80########", "70########"], ["3########", "6########"]),
    "SG": ("65", ["9#######", "8#######"], ["6#######"]),
    "MY": ("60", ["12#######", "16#######", "11########"], ["3########"]),
    "AU": ("61", ["4########"], ["2########", "3########", "8########"]),
    "HK": ("852", ["9#######", "6#######", "5#######"], ["2#######", "3#######"]),
    "MO": ("853", ["6#######"], ["28######"]),
    "TW": ("886", ["9########"], ["2########", "4########", "7#######"]),
    "CA": ("1", ["604#######", "416#######"], None),
}


def intl_number(region: str, kind: str):
    cc, mobs, fixed = INTL_PAT[region]
    pats = mobs if kind == "MOBILE" else fixed
    for _ in range(500):
        nat = "".join(R.choice(DIG) if c == "#" else c for c in pick(pats))
        try:
            x = pn.parse("+" + cc + nat, None)
        except pn.NumberParseException:
            continue
        if not pn.is_valid_number(x):
            continue
        t = pn.number_type(x)
        if kind == "MOBILE" and t in (pn.PhoneNumberType.MOBILE, pn.PhoneNumberType.FIXED_LINE_OR_MOBILE):
            return cc, nat, x
        if kind == "LANDLINE" and t == pn.PhoneNumberType.FIXED_LINE:
            return cc, nat, x
    raise RuntimeError(f"intl {region} {kind}")


def intl_phone(region: str, kind: str = "MOBILE", style: str | None = None):
    cc, nat, x = intl_number(region, kind)
    intl = pn.format_number(x, pn.PhoneNumberFormat.INTERNATIONAL)
    style = style or R.choices(["intl", "e164", "dash", "paren", "00", "trunk"], [45, 15, 12, 10, 10, 8])[0]
    if style == "e164":
        s = "+" + cc + nat
    elif style == "dash":
        s = intl.replace(" ", "-", 1).replace(" ", "-")
    elif style == "paren":
        s = f"({cc}) " + intl[len(cc) + 2:]
    elif style == "00":
        s = "00" + cc + " " + intl[len(cc) + 2:]
    elif style == "trunk" and region in ("GB", "AU", "JP"):
        s = f"+{cc} (0)" + intl[len(cc) + 2:]
    else:
        s = intl
    return (s, kind)


def intl_hotel(D: Doc):
    reg = pick(["GB", "JP", "SG", "AU", "US"])
    D.t(f"Booking Confirmation / 预订确认  #{safe(lambda: 'BK' + digits(10))}\n")
    D.t(f"Guest 入住人: {pick(EN_NAMES)}\nMobile 手机: ").v(intl_phone(reg, "MOBILE")).t("\n")
    if INTL_PAT[reg][2]:
        D.t("Office 办公电话: ").v(intl_phone(reg, "LANDLINE")).t(pick(["", f" ext. {R.randint(100, 999)}"]) + "\n")
    D.t("E-mail 邮箱: ").v(email("intl")).t("\n")
    D.t("Passport No. 护照号: ").v(passport()).t(f"   Nationality: CHN\nCheck-in: {rdt().strftime('%d %b %Y')}  Room rate: USD {amount()}\n")


def intl_hk_ticket(D: Doc):
    D.t(f"【客服工单 HK-{R.randint(10000, 99999)}】\n客户香港手机 ").v(intl_phone("HK", "MOBILE", pick(["intl", "paren", "00", "dash"])))
    D.t("，办公室 ").v(intl_phone("HK", "LANDLINE", pick(["intl", "dash"]))).t("；\n")
    D.t("内地联系号码 ").v(mobile(pick(["p86s", "p86", "plain"]))).t("，回乡证 ").v(hk_permit(pick(["H8", "H10"])))
    D.t(f"。\n备注：快递单 {tracking_no()}，金额 HKD {amount()}\n")


def intl_tw(D: Doc):
    D.t("客戶資料更新通知\n")
    D.t(f"姓名：{pick(NAMES_TW)}\n聯絡電話：").v(intl_phone("TW", "MOBILE", pick(["intl", "dash", "e164"]))).t("\n")
    D.t("市話：").v(intl_phone("TW", "LANDLINE", pick(["intl", "dash"]))).t("\n電郵：").v(email("intl")).t("\n")
    D.t("生日：").v(birthdate(pick(["slash", "iso"]))).t(f"\n會員編號 {uid()}，統一編號 {safe(lambda: digits(8))}\n")


def intl_macao(D: Doc):
    D.t("澳门门店联络表\n")
    for _ in range(R.randint(2, 3)):
        D.t(f"- {pick(['新马路店', '氹仔店', '路环店'])}  店长手机 ").v(intl_phone("MO", "MOBILE", pick(["intl", "paren", "e164"])))
        D.t("  座机 ").v(intl_phone("MO", "LANDLINE", "intl")).t("\n")
    D.t("内地对接人回乡证（澳门）：").v(hk_permit(pick(["M8", "M10"]))).t("，往来港澳通行证 ").v(hk_permit(pick(["C8", "CL"]))).t("\n")


def intl_sea(D: Doc):
    D.t("Regional contacts (SEA) / 东南亚区域联系人\n")
    for reg in shuffled(["SG", "MY", "SG", "MY"])[:R.randint(2, 4)]:
        D.t(f"{pick(EN_NAMES)} ({reg}) — mobile ").v(intl_phone(reg, "MOBILE")).t(", desk ").v(intl_phone(reg, "LANDLINE"))
        D.t(", ").v(email("intl")).t("\n")
    D.t("WhatsApp 群：").v(intl_phone(pick(["SG", "MY"]), "MOBILE", "e164")).t(f"  (group id {safe(lambda: digits(18))})\n")


def intl_jp(D: Doc):
    D.t("日本出張 連絡先 / 日本出差联系方式\n")
    D.t("携帯 手机: ").v(intl_phone("JP", "MOBILE")).t("\n事務所 办公室: ").v(intl_phone("JP", "LANDLINE", pick(["intl", "trunk", "dash"]))).t("\n")
    D.t("mail: ").v(email("intl")).t("\n同行人员护照：").v(passport()).t("、").v(passport()).t("\n")
    D.t(f"酒店确认号 {safe(lambda: digits(10))}，JR 票号 {safe(lambda: digits(12))}\n")


def intl_au(D: Doc):
    D.t(f"Tenant application #{R.randint(1000, 9999)} — Sydney\nApplicant mobile: ").v(intl_phone("AU", "MOBILE")).t("\n")
    D.t("Home phone: ").v(intl_phone("AU", "LANDLINE", pick(["intl", "trunk", "e164"]))).t("\nEmail: ").v(email("intl")).t("\n")
    D.t("DOB: ").v(birthdate(pick(["dmy", "en"]))).t("\nPassport (CHN): ").v(passport()).t(f"\nBond: AUD {amount()}\n")


def intl_us(D: Doc):
    D.t("Cross-border order 跨境订单 " + order_no() + "\n")
    D.t("Ship to: " + pick(EN_NAMES) + ", " + str(R.randint(10, 9999)) + " Main St, CA\n")
    D.t("Phone: ").v(intl_phone(pick(["US", "CA"]), "MOBILE", pick(["intl", "dash", "e164"]))).t("\n")
    D.t("Bill-to email: ").v(email("intl")).t("\n国内收件人：").v(mobile()).t(" / ").v(email()).t("\n")
    D.t(f"Customs ID: {safe(lambda: digits(12))}  Weight: {R.randint(1, 30)}.{R.randint(0, 9)}kg\n")


def intl_ipv6_sig(D: Doc):
    D.t(f"Hi team,\n\nVPN egress changed to ").v(ip6()).t(" (was ").v(ip6()).t(").\n")
    D.t("Please also whitelist ").v(ip4()).t(f" and keep {ip6_private()} internal.\n\n")
    D.t(f"--\n{pick(EN_NAMES)} | Network Ops\nM: ").v(intl_phone(pick(["HK", "SG", "GB"]), "MOBILE")).t(" | E: ").v(email("intl")).t("\n")


def intl_visa_list(D: Doc):
    D.t("签证办理名单（外派）\n序号 | 姓名 | 护照号码 | 出生日期 | 境外手机 | 国内手机\n")
    for i in range(R.randint(3, 4)):
        reg = pick(["GB", "SG", "AU", "JP", "MY", "US"])
        D.t(f"{i + 1} | {pick(NAMES)} | ").v(passport()).t(" | ").v(birthdate("iso")).t(" | ")
        D.v(intl_phone(reg, "MOBILE")).t(" | ").v(mobile(pick(["plain", "p86"]))).t("\n")


def intl_chat(D: Doc):
    D.t("[聊天记录导出]\n")
    d = rdt()
    D.t(f"{d.strftime('%H:%M')} Amy: 我下周在新加坡，号码 ").v(intl_phone("SG", "MOBILE")).t(" 😊\n")
    D.t(f"{d.strftime('%H:%M')} 我: 好的，加我微信 ").v(wechat()).t("\n")
    D.t(f"{d.strftime('%H:%M')} Amy: LINE ID 是 amy_{R.randint(10, 99)}，香港那边打 ").v(intl_phone("HK", "MOBILE")).t("\n")
    D.t(f"{d.strftime('%H:%M')} 我: 收到👌 邮件发 ").v(email("intl")).t("\n")


def intl_permit_form(D: Doc):
    D.t("港澳通行证签注申请（代办）\n")
    D.t("申请人通行证号码：").v(hk_permit(pick(["C8", "CL"]))).t("\n")
    D.t("出生日期：").v(birthdate("cn")).t("\n身份证号：").v(id_card()).t("\n")
    D.t("香港联系电话：").v(intl_phone("HK", "MOBILE", pick(["intl", "paren", "00"]))).t("\n内地手机：").v(mobile()).t("\n")
    D.t(f"受理编号 {safe(lambda: 'GA' + digits(14))}，费用 ¥{R.choice([15, 30, 60])}.00\n")


# ----------------------------------------------------------------------------------------------
# genre: network
# ----------------------------------------------------------------------------------------------


def port() -> str:
    return str(R.randint(1024, 65535))


def net_firewall(D: Doc):
    for _ in range(R.randint(3, 5)):
        d = rdt()
        act = pick(["deny", "accept", "deny", "drop"])
        D.t(f"date={d.strftime('%Y-%m-%d')} time={d.strftime('%H:%M:%S')} devname=\"FG-{R.randint(100, 999)}\" type=\"traffic\" action=\"{act}\" srcip=")
        src = ip4() if chance(0.75) else ip4_private()
        dst = ip4_private() if chance(0.6) else ip4()
        D.v(src).t(f" srcport={port()} dstip=").v(dst).t(f" dstport={pick(['22', '443', '3389', '3306', '6379', '80'])} proto=6 "
                                                         f"sentbyte={R.randint(40, 90000)} policyid={R.randint(1, 200)}\n")


def net_suricata(D: Doc):
    for _ in range(R.randint(2, 3)):
        d = rdt()
        sig = pick(["ET SCAN Suspicious inbound to mySQL port 3306", "ET POLICY Cleartext phone number in HTTP",
                    "GPL ATTACK_RESPONSE id check returned root", "ET WEB_SERVER SQL Injection attempt"])
        jdump(D, O([("timestamp", iso_ts(d)), ("flow_id", int(snowflake()[:16])), ("event_type", "alert"),
                    ("src_ip", ip4()), ("src_port", int(port())), ("dest_ip", ip4_private()), ("dest_port", 443),
                    ("proto", "TCP"), ("alert", O([("signature_id", R.randint(2000000, 2100000)), ("signature", sig),
                                                  ("severity", R.randint(1, 3))]))]), sep=",", kv=":")
        D.t("\n")


def net_nginx_v6(D: Doc):
    for _ in range(R.randint(3, 4)):
        d = rdt()
        if chance(0.5):
            D.v(ip6())
        else:
            D.v(ip4())
        D.t(f" - - [{nginx_ts(d)}] \"GET /api/{pick(['feed', 'config', 'user/me'])} HTTP/2.0\" 200 {R.randint(100, 9000)} \"-\" \"{ua()}\" upstream=")
        D.t(f"{ip4_private()}:{pick(['8080', '9000'])} rt=0.{R.randint(1, 999):03d}\n")


def net_ssh(D: Doc):
    host = pick(["bastion-01", "web-03", "db-master", "jump"])
    for _ in range(R.randint(4, 6)):
        d = rdt()
        pid = R.randint(1000, 65000)
        k = R.randrange(4)
        D.t(f"{sys_ts(d)} {host} sshd[{pid}]: ")
        if k == 0:
            D.t(f"Failed password for {pick(['root', 'invalid user admin', 'invalid user test', 'ubuntu'])} from ").v(ip4()).t(f" port {port()} ssh2\n")
        elif k == 1:
            D.t(f"Accepted publickey for {pick(['deploy', 'ops'])} from ").v(ip6() if chance(0.4) else ip4()).t(f" port {port()} ssh2: RSA SHA256:{b64(32).rstrip('=')}\n")
        elif k == 2:
            D.t(f"Connection closed by {ip4_private()} port {port()} [preauth]\n")
        else:
            D.t("Received disconnect from ").v(ip4()).t(f" port {port()}:11: Bye Bye [preauth]\n")
    D.t(f"{sys_ts(rdt())} {host} sshd[1]: Server listening on 0.0.0.0 port 22. (OpenSSH_8.9p1 Ubuntu-3ubuntu0.6)\n")


def net_vpn(D: Doc):
    for _ in range(R.randint(2, 4)):
        d = rdt()
        D.t(f"{log_ts(d)} vpn[{R.randint(100, 999)}] session start user=").v(email("corp")).t(" assigned=")
        D.t(f"10.8.{R.randint(0, 9)}.{R.randint(2, 250)} from=").v(ip4()).t(f":{port()} mac={mac(pick([':', '-']))} os=\"{pick(['Windows 11', 'macOS 14.4', 'iOS 17.4'])}\" client={semver()} client_ver={R.randint(1, 9)}.{R.randint(0, 9)}.{R.randint(0, 9)}.{R.randint(1, 200)}\n")
    D.t(f"{log_ts(rdt())} vpn[{R.randint(100, 999)}] MFA sms to ").v(mobile(pick(["plain", "p86"]))).t(" ok\n")


def net_dns(D: Doc):
    for _ in range(R.randint(3, 5)):
        d = rdt()
        dom = pick(["api.hzyunfan.com", "img.lvtu-tech.cn", "www.jiahe-pay.com", "update.xinghai.net.cn", "time.apple.com"])
        D.t(f"{d.strftime('%d-%b-%Y %H:%M:%S')}.{R.randint(0, 999):03d} queries: info: client @0x{hexs(12)} ")
        if chance(0.6):
            D.v(ip4())
        else:
            D.t(ip4_private())
        D.t(f"#{port()} ({dom}): query: {dom} IN {pick(['A', 'AAAA', 'HTTPS'])} +E(0) ({ip4_private()})\n")


def net_netflow(D: Doc):
    D.t("Date first seen          Duration Proto      Src IP Addr:Port          Dst IP Addr:Port   Packets    Bytes Flows\n")
    for _ in range(R.randint(4, 6)):
        d = rdt()
        D.t(f"{log_ts(d)}     {R.randint(0, 60)}.{R.randint(0, 999):03d} {pick(['TCP', 'UDP'])}    ")
        if chance(0.7):
            D.v(ip4())
        else:
            D.t(ip4_private())
        D.t(f":{port()} ->   ")
        if chance(0.5):
            D.v(ip4())
        else:
            D.t(ip4_private())
        D.t(f":{pick(['443', '53', '80', '8443'])}   {R.randint(1, 9000)}   {R.randint(40, 900000)}     1\n")


def net_telemetry(D: Doc):
    for _ in range(R.randint(2, 3)):
        d = rdt()
        D.t(f"{iso_ts(d)} telemetry ")
        jdump(D, O(shuffled([("device_id", uuid4()), ("imei", imei()), ("mac", mac()), ("loc", gps(pick(["c", "c", "cs"]))),
                             ("ip", ip4()), ("carrier", pick(["CMCC", "CUCC", "CTCC"])), ("battery", R.randint(5, 100)),
                             ("app_ver", semver()), ("iccid", iccid())])), sep=",", kv=":")
        D.t("\n")
    if chance(0.5):
        D.t("amap callback location=").v(gps("c", order="lnglat")).t(f"&citycode={pick(['0571', '0755', '010'])}\n")


def net_cdn(D: Doc):
    for _ in range(R.randint(3, 4)):
        d = rdt()
        D.t(f"{ms_ts(d)[:10]}\t").v(ip4()).t(f"\t{pick(['HIT', 'MISS', 'HIT'])}\t{R.randint(100, 2_000_000)}\tGET\t/v/{hexs(16)}.mp4\t206\t")
        chain = [ip4(), ip4_private()] if chance(0.5) else [ip4()]
        for i, c in enumerate(chain):
            if i:
                D.t(", ")
            D.v(c)
        D.t(f"\t{pick(['CN', 'HK', 'SG'])}\n")


def net_apache_err(D: Doc):
    for _ in range(R.randint(3, 4)):
        d = rdt()
        D.t(f"[{d.strftime('%a %b %d %H:%M:%S')}.{R.randint(0, 999999):06d} {d.year}] [{pick(['authz_core:error', 'core:error', 'ssl:warn'])}] "
            f"[pid {R.randint(1000, 9999)}:tid {R.randint(10**14, 10**15)}] [client ")
        if chance(0.2):
            D.t("[").v(ip6()).t("]")
        else:
            D.v(ip4())
        D.t(f":{port()}] AH0{R.randint(1000, 9999)}: client denied by server configuration: /var/www/html/{pick(['.env', 'admin', 'phpmyadmin'])}\n")


def net_waf(D: Doc):
    d = rdt()
    D.t(f"WAF BLOCK {iso_ts(d)} rule=SQLi-{R.randint(100, 999)} src=").v(ip4()).t(f":{port()} host={pick(HOSTS)}\n")
    D.t("  uri=/login payload=\"phone=").v(mobile("plain")).t("' OR 1=1-- &pwd=x\"\n")
    D.t(f"  x-forwarded-for: ").v(ip4()).t(f", {ip4_private()}\n  ja3={hexs(32)}\n")


def net_radius(D: Doc):
    for _ in range(R.randint(2, 4)):
        d = rdt()
        D.t(f"{sys_ts(d)} radiusd[{R.randint(100, 9999)}]: Login OK: [").v(mobile("plain")).t(
            f"] (from client bras-{R.randint(1, 9)} port {R.randint(1, 4000)} cli {mac('-')}) Framed-IP {pick(['100.64', '100.81', '10.20'])}.{R.randint(0, 255)}.{R.randint(1, 254)} NAS ")
        D.v(ip4()).t("\n")


def net_wifi_portal(D: Doc):
    D.t(f"[portal] {log_ts(rdt())} auth ok phone=").v(mobile()).t(f" sta_mac={mac()} ap={pick(['AP-3F-01', 'AP-Lobby'])} vlan={R.randint(10, 400)}\n")
    D.t(f"[portal] {log_ts(rdt())} dhcp ack {ip4_private()} lease=3600 gw={ip4_private()} dns=").v(ip4()).t("\n")
    D.t(f"[portal] {log_ts(rdt())} nat {ip4_private()}:{port()} -> ").v(ip4()).t(f":{port()} ({pick(['ipv4', 'tcp'])})\n")
    if chance(0.6):
        D.t(f"[portal] {log_ts(rdt())} geo ").v(gps(pick(["c", "cs"]))).t(f" acc={R.randint(5, 80)}m\n")


# ----------------------------------------------------------------------------------------------
# genre: traps14 (no personal data at all)
# ----------------------------------------------------------------------------------------------


def trap_trace(D: Doc):
    tid = trace_id()
    D.t(f"traceId={tid}\n")
    for i in range(R.randint(4, 6)):
        D.t(f"  span {span_id()} parent={span_id() if i else '-'} svc={pick(['gateway', 'order', 'inventory', 'pay'])} "
            f"start={ns_ts()} dur={R.randint(1, 90000)}us id={snowflake()} status={pick(['OK', 'OK', 'ERROR'])}\n")
    D.t(f"sampled=true rate=0.{R.randint(1, 99):02d} collector={ip4_private()}:4317\n")


def trap_build(D: Doc):
    D.t(f"[CI] pipeline #{R.randint(10000, 99999)} build {R.randint(1000, 9999)} started at {iso_ts(rdt())}\n")
    D.t(f"Step 3/9 : FROM registry.internal/base/jdk:17@sha256:{hexs(64)}\n")
    D.t(f" ---> {hexs(12)}\nStep 7/9 : RUN mvn -B package -Drevision={semver()}\n")
    D.t(f"[INFO] Building member-service {semver()}-SNAPSHOT\n[INFO] Tests run: {R.randint(100, 2000)}, Failures: 0, Errors: 0, Skipped: {R.randint(0, 20)}\n")
    D.t(f"Successfully built {hexs(12)}\nSuccessfully tagged member-service:v{R.randint(1, 9)}.{R.randint(0, 20)}.{R.randint(0, 30)}.{R.randint(0, 200)}\n")
    D.t(f"artifact sha1={hexs(40)} size={R.randint(10**6, 10**8)} bytes, version 1.{R.randint(0, 9)}.{R.randint(0, 9)}.{R.randint(0, 99)}\n")


def trap_recon(D: Doc):
    D.t("对账单 " + rdt().strftime("%Y-%m-%d") + "\n交易单号,商户订单号,金额,手续费,时间戳\n")
    for _ in range(R.randint(4, 6)):
        D.t(f"{trade_no()},{order_no()},{amount()},{R.randint(0, 99) / 100:.2f},{ms_ts()}\n")
    D.t(f"合计笔数 {R.randint(10, 900)}，总金额 ¥{R.randint(1000, 9999999):,}.{R.randint(0, 99):02d}\n")


def trap_hexdump(D: Doc):
    D.t(f"$ xxd -l {16 * R.randint(4, 6)} packet_{R.randint(1, 99)}.bin\n")
    for i in range(R.randint(4, 6)):
        bs = [R.randint(0, 255) for _ in range(16)]
        hx = " ".join(f"{bs[j]:02x}{bs[j + 1]:02x}" for j in range(0, 16, 2))
        asc = "".join(chr(b) if 32 <= b < 127 and chr(b) not in "0123456789@" else "." for b in bs)
        D.t(f"{i * 16:08x}: {hx}  {asc}\n")


def trap_b64(D: Doc):
    D.t("Authorization: Bearer " + b64url(20) + "." + b64url(60) + "." + b64url(32) + "\n")
    D.t("X-Signature: " + b64(32) + "\n")
    D.t("payload (base64, gzip):\n")
    blob = b64(R.randint(120, 200))
    for i in range(0, len(blob), 76):
        D.t(blob[i:i + 76] + "\n")


def trap_metrics(D: Doc):
    D.t("# HELP http_requests_total Total requests\n# TYPE http_requests_total counter\n")
    for _ in range(R.randint(4, 6)):
        D.t(f"http_requests_total{{method=\"{pick(['GET', 'POST'])}\",code=\"{pick(['200', '404', '500'])}\",instance=\"{ip4_private()}:{pick(['9100', '8080'])}\"}} {R.randint(1, 10**9)}\n")
    D.t(f"process_start_time_seconds {ms_ts()[:10]}.{R.randint(10, 99)}\njvm_memory_used_bytes{{area=\"heap\"}} {R.randint(10**7, 10**10)}\n")


def trap_devices(D: Doc):
    D.t("device_sn,imei,iccid,mac,lan_ip,fw_version\n")
    for _ in range(R.randint(4, 6)):
        D.t(f"SN{safe(lambda: digits(12))},{imei()},{iccid()},{mac()},{ip4_private()},{semver()}\n")


def trap_kafka(D: Doc):
    D.t("GROUP           TOPIC           PARTITION  CURRENT-OFFSET  LOG-END-OFFSET  LAG   CONSUMER-ID\n")
    for p in range(R.randint(4, 6)):
        cur = R.randint(10**6, 10**10)
        lag = R.randint(0, 5000)
        D.t(f"order-consumer  order-created   {p:<10} {cur:<15} {cur + lag:<15} {lag:<5} consumer-1-{uuid4()} /{ip4_private()}\n")


def trap_private_ips(D: Doc):
    D.t("# internal network plan (no public addresses)\n")
    for _ in range(R.randint(5, 7)):
        D.t(f"{pick(['host', 'gw', 'vip', 'node'])}-{R.randint(1, 99):02d}  {ip4_private()}  {pick(['255.255.255.0', '255.255.0.0', '/24', '/16'])}\n")
    D.t(f"ipv6: {ip6_private()}  {ip6_private()}\nmulticast {R.randint(224, 239)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}  broadcast 255.255.255.255\n")
    D.t(f"agent version 1.2.3.4, build {R.randint(1, 9)}.{R.randint(0, 20)}.{R.randint(0, 9)}.{R.randint(0, 255)}\n")


def trap_long_digits(D: Doc):
    D.t("batch ids:\n")
    for _ in range(R.randint(4, 6)):
        k = R.randrange(4)
        if k == 0:
            s = safe(lambda: pick(COMMON_SEGMENTS) + digits(17))  # 20-digit run starting like a mobile
        elif k == 1:
            s = safe(lambda: pick(["9", "20", "ORD"]) + pick(COMMON_SEGMENTS) + digits(8) + digits(R.randint(6, 9)))
        elif k == 2:
            s = ns_ts()
        else:
            s = snowflake()
        D.t(f"  {pick(['id', 'seq', 'msg_id', 'ref'])}={s} ts={ms_ts()}\n")


def trap_invoice(D: Doc):
    D.t("增值税电子普通发票\n")
    D.t(f"发票代码：{invoice_code()}   发票号码：{invoice_no()}\n开票日期：{rdt().strftime('%Y年%m月%d日')}\n")
    D.t(f"销售方纳税人识别号：{uscc_code()}\n购买方纳税人识别号：{uscc_code()}\n")
    D.t(f"价税合计（小写）¥{amount()}   税率 {pick(['6%', '13%', '3%'])}\n校验码：{safe(lambda: ' '.join(digits(5) for _ in range(4)))}\n")


def trap_logistics(D: Doc):
    for _ in range(R.randint(3, 5)):
        D.t(f"{log_ts(rdt())[:19]} 运单 {tracking_no()} 到达 {pick(['杭州转运中心', '深圳宝安集散', '菜鸟驿站(XX小区)'])}"
            f"，取件码 {pickup_code()}，重量 {R.randint(1, 30)}.{R.randint(0, 9)}kg\n")
    D.t(f"VIN {vin()} 已装车，车次 {safe(lambda: digits(10))}\n")


def trap_versions(D: Doc):
    D.t(f"component          version\n---------          -------\nkernel             5.15.0-{R.randint(50, 120)}-generic\n")
    D.t(f"agent              v2.{R.randint(0, 9)}.{R.randint(0, 9)}.{R.randint(0, 99)}\nopenssl            3.0.{R.randint(2, 13)}\n")
    D.t(f"app                {semver()} (build {R.randint(10000, 99999)})\nschema             20{R.randint(22, 25)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}01\n")
    D.t(f"listen             0.0.0.0:{R.randint(1024, 9999)}, [::]:{R.randint(1024, 9999)}\n")


def trap_masked(D: Doc):
    D.t("脱敏后导出（已审核，无明文）\nuser_id,mobile,id_card,bank_card,email\n")
    for _ in range(R.randint(4, 6)):
        D.t(f"{uid()},{masked_mobile()},{masked_id()},{masked_card()},{pick(PINYIN)[:2]}***@{pick(DOMAINS_CN)}\n")


def trap_session(D: Doc):
    for _ in range(R.randint(3, 5)):
        D.t(f"{log_ts(rdt())} session={sess_id()} csrf={hexs(40)} cart_items={R.randint(0, 30)} port={R.randint(1024, 65535)} "
            f"retry={R.randint(0, 5)} cost={R.randint(1, 9999)}ms\n")


# ----------------------------------------------------------------------------------------------
# assembly, checks, output
# ----------------------------------------------------------------------------------------------

NAME = "probe14"
GENRES = {
    "urls": (35, [urls_nginx, urls_report, urls_encoded, urls_api_paths, urls_curl, urls_plus_space, urls_redirect,
                  urls_beacon, urls_sms_callback, urls_soc_note, urls_bankcard, urls_shortlink]),
    "http": (35, [http_form, http_json_pair, http_multipart, http_grpc, http_setcookie, http_har, http_h2,
                  http_webhook, http_soap, http_error_echo, http_ws, http_graphql]),
    "app_logs": (36, [logs_java_tostring, logs_mybatis, logs_python_repr, logs_go, logs_kotlin, logs_stacktrace,
                      logs_kafka, logs_kv, logs_jsonl, logs_trad_audit, logs_parking, logs_rocketmq, logs_celery,
                      logs_request_dump, logs_cs_chat, logs_wrapped]),
    "config_code": (35, [code_pytest, code_junit, code_js, code_go, code_yaml, code_toml_ini, code_env, code_sql_seed,
                         code_markdown, code_escaped, code_properties, code_validator, code_k8s, code_python_fixture]),
    "exports": (34, [exp_csv_quoted, exp_tsv_cn, exp_fixed, exp_markdown, exp_json_array, exp_xml, exp_yaml,
                     exp_csv_social, exp_csv_camel, exp_hr_travel, exp_pg_copy, exp_api_paged]),
    "intl": (35, [intl_hotel, intl_hk_ticket, intl_tw, intl_macao, intl_sea, intl_jp, intl_au, intl_us, intl_ipv6_sig,
                  intl_visa_list, intl_chat, intl_permit_form]),
    "network": (36, [net_firewall, net_suricata, net_nginx_v6, net_ssh, net_vpn, net_dns, net_netflow, net_telemetry,
                     net_cdn, net_apache_err, net_waf, net_radius, net_wifi_portal]),
    "traps14": (34, [trap_trace, trap_build, trap_recon, trap_hexdump, trap_b64, trap_metrics, trap_devices, trap_kafka,
                     trap_private_ips, trap_long_digits, trap_invoice, trap_logistics, trap_versions, trap_masked,
                     trap_session]),
}
PUNCT = set(string.punctuation) | set("，。、；：？！“”‘’（）【】《》「」『』·…—～　")


class ProbeError(Exception):
    pass


def check_doc(rec: dict) -> None:
    text, spans, did = rec["text"], rec["spans"], rec["id"]
    if rec["genre"] == "traps14" and spans:
        raise ProbeError(f"{did}: trap document has spans")
    prev_end = -1
    for s, e, typ in spans:
        if typ not in TYPES:
            raise ProbeError(f"{did}: unknown type {typ}")
        if not (0 <= s < e <= len(text)):
            raise ProbeError(f"{did}: bad offsets {s},{e}")
        if s < prev_end:
            raise ProbeError(f"{did}: overlapping spans at {s}")
        prev_end = e
        val = text[s:e]
        first, last = val[0], val[-1]
        lead_ok = typ in ("MOBILE", "LANDLINE") and first in "+(（" or typ == "GPS" and first == "-"
        if first.isspace() or (first in PUNCT and not lead_ok):
            raise ProbeError(f"{did}: span {val!r} has leading whitespace/punctuation")
        if last.isspace() or last in PUNCT:
            raise ProbeError(f"{did}: span {val!r} has trailing whitespace/punctuation")
        if "\n" in val or "\r" in val:
            raise ProbeError(f"{did}: span {val!r} contains a newline")
        if not validate(val, typ):
            raise ProbeError(f"{did}: span {val!r} does not validate as {typ}")
        if not has_cue(text, s, typ):
            raise ProbeError(f"{did}: span {val!r} ({typ}) has no cue word nearby")
    chars = list(text)
    for s, e, _ in spans:
        for i in range(s, e):
            chars[i] = "#"
    rest = "".join(chars)
    hits = leaks(rest)
    if hits:
        raise ProbeError(f"{did}: unlabelled text contains {hits[:3]}")


def build() -> list[dict]:
    reset(SEED)
    out = []
    for genre, (n, tpls) in GENRES.items():
        order = []
        while len(order) < n:
            order += shuffled(tpls)
        for i in range(n):
            D = Doc(crlf=genre not in ("http", "traps14") and chance(0.05))
            order[i](D)
            spans = sorted(D.spans)
            rec = {"id": f"{NAME}-{genre}-{i + 1:03d}", "genre": genre, "text": D.text(), "spans": spans}
            check_doc(rec)
            out.append(rec)
    return out


def serialize(recs: list[dict]) -> str:
    import json

    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def main(argv=None) -> int:
    import argparse
    from pathlib import Path

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--check", action="store_true", help="rebuild in memory and compare with the committed file")
    args = ap.parse_args(argv)
    path = Path(__file__).resolve().parent / f"{NAME}.jsonl"
    data = serialize(build())
    if args.check:
        if not path.exists() or path.read_text(encoding="utf-8") != data:
            print(f"{path.name} is out of date", flush=True)
            return 1
        print(f"{path.name} OK")
        return 0
    path.write_text(data, encoding="utf-8")
    print(f"wrote {path} ({data.count(chr(10))} documents)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
