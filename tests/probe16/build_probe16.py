# ruff: noqa
"""probe16 core: fake-value generators, span markers, per-type validators and the leak scanner.

Everything here is deterministic given the ``random.Random`` passed in.  No real person's data:
every name, number and address is generated from small hand-written lists and random digits.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from pathlib import Path
import ipaddress
import re
import unicodedata

import phonenumbers
from phonenumbers import PhoneNumberType as PNT
from stdnum import luhn
from stdnum.cn import ric, uscc

TYPES = (
    "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "PLATE", "PASSPORT", "HK_MACAO_PERMIT",
    "IP", "QQ", "WECHAT", "GPS", "BIRTHDATE",
)

# ----------------------------------------------------------------------------------------------------------
# span markers: templates write S("MOBILE", "138...") inside ordinary f-strings; finalize() turns the
# markers into offsets.
# ----------------------------------------------------------------------------------------------------------
_MARK = re.compile("\x01([A-Z_]+)\x02([^\x01\x03]*)\x03")


def S(typ: str, val: str) -> str:
    if typ not in TYPES:
        raise ValueError(typ)
    if any(ch in val for ch in "\x01\x02\x03\n"):
        raise ValueError(repr(val))
    return f"\x01{typ}\x02{val}\x03"


def vis(s: str) -> str:
    """Visible text of a marked string."""
    return _MARK.sub(lambda m: m.group(2), s)


def finalize(raw: str, crlf: bool = False) -> tuple[str, list[list]]:
    if crlf:
        raw = raw.replace("\r\n", "\n").replace("\n", "\r\n")
    out: list[str] = []
    spans: list[list] = []
    pos = 0
    last = 0
    for m in _MARK.finditer(raw):
        chunk = raw[last:m.start()]
        out.append(chunk)
        pos += len(chunk)
        v = m.group(2)
        spans.append([pos, pos + len(v), m.group(1)])
        out.append(v)
        pos += len(v)
        last = m.end()
    out.append(raw[last:])
    text = "".join(out)
    if any(ch in text for ch in "\x01\x02\x03"):
        raise ValueError("stray marker in text")
    return text, spans


# ----------------------------------------------------------------------------------------------------------
# folding
# ----------------------------------------------------------------------------------------------------------
CN_DIGIT = {
    "零": "0", "〇": "0", "洞": "0", "幺": "1", "一": "1", "二": "2", "两": "2", "三": "3", "四": "4",
    "五": "5", "六": "6", "七": "7", "拐": "7", "八": "8", "九": "9", "勾": "9",
}
_FW = {i: i - 0xFEE0 for i in range(0xFF01, 0xFF5F)}
_FW[0x3000] = 0x20


def fold_width(s: str) -> str:
    """Full-width ASCII → ASCII, ideographic space → space (length preserving)."""
    return s.translate(_FW)


def fold_all(s: str) -> str:
    """Width fold plus Chinese spoken digits → ASCII digits (length preserving)."""
    s = fold_width(s)
    return "".join(CN_DIGIT.get(c, c) for c in s)


# ----------------------------------------------------------------------------------------------------------
# validators (raise ValueError on failure)
# ----------------------------------------------------------------------------------------------------------
MOBILE_PREFIXES = (
    [str(x) for x in range(130, 140)] + [str(x) for x in range(145, 150)] + ["150", "151", "152", "153"]
    + [str(x) for x in range(155, 160)] + ["162", "165", "166", "167", "170", "171", "172", "173", "175",
    "176", "177", "178"] + [str(x) for x in range(180, 190)] + ["191", "193", "195", "196", "197", "198", "199"]
)
# weighted list used when generating (common segments more often)
MOBILE_GEN = (
    ["138", "139", "137", "136", "135", "134", "158", "159", "150", "151", "152", "157", "187", "188", "182",
     "183", "184", "178", "147", "198", "195", "130", "131", "132", "155", "156", "185", "186", "166", "175",
     "176", "145", "133", "153", "180", "181", "189", "177", "173", "199", "191", "193", "162", "167", "170",
     "171", "196", "197", "165", "172"]
)


def _phone_parse(v: str):
    s = fold_width(fold_all(v)).strip()
    digits = re.sub(r"[\s\-.()（）]", "", s)
    intl = None
    if s.startswith("(0") or s.startswith("（0"):
        intl = None
    elif digits.startswith("+"):
        intl = digits
    elif digits.startswith("00"):
        intl = "+" + digits[2:]
    elif s.startswith("(") or s.startswith("（") or re.match(r"^86[- ]", s):
        intl = "+" + digits
    if intl is not None:
        if not re.fullmatch(r"\+\d{6,15}", intl):
            raise ValueError(f"bad phone {v!r}")
        n = phonenumbers.parse(intl, None)
    else:
        if not re.fullmatch(r"\d{7,13}", digits):
            raise ValueError(f"bad phone {v!r}")
        n = phonenumbers.parse(digits, "CN")
    if not phonenumbers.is_valid_number(n):
        raise ValueError(f"invalid phone {v!r}")
    return n, digits, intl is not None


def v_mobile(v: str) -> None:
    if not re.fullmatch(r"[\d０-９+()（）\s\-.零〇洞幺一二两三四五六七拐八九勾]+", v):
        raise ValueError(f"mobile chars {v!r}")
    n, digits, intl = _phone_parse(v)
    t = phonenumbers.number_type(n)
    if n.country_code == 86:
        nat = str(n.national_number)
        if len(nat) != 11 or nat[:3] not in MOBILE_PREFIXES or t != PNT.MOBILE:
            raise ValueError(f"not a mainland mobile {v!r}")
    elif t != PNT.MOBILE:
        raise ValueError(f"not a mobile {v!r} {t}")


def v_landline(v: str) -> None:
    if not re.fullmatch(r"[\d０-９+()（）\s\-.零〇洞幺一二两三四五六七拐八九勾]+", v):
        raise ValueError(f"landline chars {v!r}")
    n, digits, intl = _phone_parse(v)
    t = phonenumbers.number_type(n)
    if t not in (PNT.FIXED_LINE, PNT.FIXED_LINE_OR_MOBILE):
        raise ValueError(f"not a fixed line {v!r} {t}")
    if n.country_code == 86:
        nat = str(n.national_number)
        if (len(nat) == 11 and nat[0] == "1") or (len(nat) == 10 and nat.startswith(("400", "800"))):
            raise ValueError(f"not a landline {v!r}")
        if not intl and not digits.startswith("0"):
            raise ValueError(f"mainland landline without area code {v!r}")


def id15_to_18(s: str) -> str:
    body = s[:6] + "19" + s[6:]
    return body + ric.calc_check_digit(body + "0")


def v_id(v: str) -> None:
    s = fold_all(v).replace("叉", "X")
    s = re.sub(r"[\s\-]", "", s).upper()
    if len(s) == 18:
        if not ric.is_valid(s):
            raise ValueError(f"invalid ID {v!r}")
    elif len(s) == 15 and s.isdigit():
        if not ric.is_valid(id15_to_18(s)):
            raise ValueError(f"invalid 15-digit ID {v!r}")
    else:
        raise ValueError(f"ID length {v!r}")


BINS = {
    # BIN: (issuer as written in the documents, card length)
    "622202": ("中国工商银行", 19), "622208": ("中国工商银行", 19), "621226": ("中国工商银行", 19),
    "622848": ("中国农业银行", 19), "621700": ("中国建设银行", 19), "622700": ("中国建设银行", 19),
    "622588": ("招商银行", 16), "621483": ("招商银行", 16), "625802": ("招商银行信用卡", 16),
    "621661": ("中国银行", 19), "622262": ("交通银行", 19), "628288": ("中信银行信用卡", 16),
    "622609": ("民生银行", 16), "623058": ("平安银行", 19), "621799": ("中国邮政储蓄银行", 19),
}


def v_bank(v: str) -> None:
    s = re.sub(r"[\s\-]", "", fold_all(v))
    if not (s.isdigit() and 16 <= len(s) <= 19 and luhn.is_valid(s) and s[:6] in BINS):
        raise ValueError(f"invalid bank card {v!r}")


_EMAIL = re.compile(r"[A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")


def v_email(v: str) -> None:
    if not _EMAIL.fullmatch(v):
        raise ValueError(f"invalid email {v!r}")


PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_PL = "A-HJ-NP-Z"
_PLATE = re.compile(
    rf"[{PROV}][{_PL}][·\- ]?(?:[{_PL}0-9]{{5}}|[DF][{_PL}0-9]\d{{4}}|\d{{5}}[DF])"
)


def v_plate(v: str) -> None:
    if not _PLATE.fullmatch(v):
        raise ValueError(f"invalid plate {v!r}")
    tail = re.sub(r"[·\- ]", "", v)[2:]
    if len(tail) == 5 and sum(c.isalpha() for c in tail) > 2:
        raise ValueError(f"too many letters {v!r}")


def v_passport(v: str) -> None:
    if not re.fullmatch(r"E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8}", v):
        raise ValueError(f"invalid passport {v!r}")


def v_hkp(v: str) -> None:
    if not re.fullmatch(r"C\d{8}|C[A-HJ-NP-Z]\d{7}|[HM]\d{8}|[HM]\d{10}", v):
        raise ValueError(f"invalid permit {v!r}")


_BLOCKED4 = [ipaddress.ip_network(n) for n in (
    "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
    "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24",
    "203.0.113.0/24", "224.0.0.0/3")]


def is_public_ip(s: str) -> bool:
    try:
        a = ipaddress.ip_address(s)
    except ValueError:
        return False
    if a.version == 4:
        return not any(a in n for n in _BLOCKED4)
    return a.is_global and a not in ipaddress.ip_network("2001:db8::/32") and not a.is_multicast


def v_ip(v: str) -> None:
    if not is_public_ip(v):
        raise ValueError(f"not a public IP {v!r}")


def v_qq(v: str) -> None:
    if not re.fullmatch(r"[1-9]\d{4,10}", v):
        raise ValueError(f"invalid QQ {v!r}")


def v_wechat(v: str) -> None:
    if re.fullmatch(r"[A-Za-z][A-Za-z0-9_\-]{5,19}", v):
        return
    v_mobile(v)


_GPS = re.compile(r"(-?\d{1,2}\.\d{4,})(?:\s*[,，]\s*|\s+)(-?\d{1,3}\.\d{4,})")


def v_gps(v: str) -> None:
    m = _GPS.fullmatch(v)
    if not m or abs(float(m.group(1))) > 90 or abs(float(m.group(2))) > 180:
        raise ValueError(f"invalid GPS {v!r}")


def cn_small_int(s: str) -> int:
    s = fold_width(s)
    if s.isdigit():
        return int(s)
    vals = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + vals[s[1]]
    if s.endswith("十"):
        return vals[s[0]] * 10
    if len(s) == 3 and s[1] == "十":
        return vals[s[0]] * 10 + vals[s[2]]
    if len(s) == 1:
        return vals[s]
    raise ValueError(s)


def parse_birthdate(v: str) -> dt.date:
    s = fold_width(v)
    m = re.fullmatch(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})", s)
    if m:
        return dt.date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
    m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})", s)
    if m:
        return dt.date(*map(int, m.groups()))
    m = re.fullmatch(r"(\d{4}|[零〇一二三四五六七八九]{4}) ?年 ?([\d一二三四五六七八九十]{1,3}) ?月 ?([\d一二三四五六七八九十]{1,3}) ?[日号號]?", s)
    if m:
        y = int(fold_all(m.group(1)))
        return dt.date(y, cn_small_int(m.group(2)), cn_small_int(m.group(3)))
    months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    m = re.fullmatch(r"(\d{1,2}) ([A-Za-z]{3})[a-z]* (\d{4})", s)
    if m and m.group(2).lower() in months:
        return dt.date(int(m.group(3)), months.index(m.group(2).lower()) + 1, int(m.group(1)))
    m = re.fullmatch(r"([A-Za-z]{3})[a-z]* (\d{1,2}), (\d{4})", s)
    if m and m.group(1).lower() in months:
        return dt.date(int(m.group(3)), months.index(m.group(1).lower()) + 1, int(m.group(2)))
    raise ValueError(f"unparsable birthdate {v!r}")


def v_birth(v: str) -> None:
    d = parse_birthdate(v)
    if not (1925 <= d.year <= 2024):
        raise ValueError(f"birth year {v!r}")


VALIDATORS = {
    "ID_CARD": v_id, "MOBILE": v_mobile, "LANDLINE": v_landline, "BANK_CARD": v_bank, "EMAIL": v_email,
    "PLATE": v_plate, "PASSPORT": v_passport, "HK_MACAO_PERMIT": v_hkp, "IP": v_ip, "QQ": v_qq,
    "WECHAT": v_wechat, "GPS": v_gps, "BIRTHDATE": v_birth,
}

CUES = {
    "PASSPORT": ("护照", "護照", "passport", "Passport", "PASSPORT"),
    "HK_MACAO_PERMIT": ("通行证", "通行證", "回乡证", "回鄉證", "permit", "Permit", "PERMIT"),
    "QQ": ("QQ", "qq", "Qq", "扣扣", "企鹅"),
    "WECHAT": ("微信", "wx", "WX", "Wx", "vx", "VX", "V信", "v信", "加V", "加v", "WeChat", "Wechat", "wechat", "WECHAT", "薇信", "威信"),
    "BIRTHDATE": ("出生", "生日", "DOB", "D.O.B", "birth", "Birth", "BIRTH"),
}


def check_cue(text: str, start: int, end: int, typ: str) -> None:
    cues = CUES.get(typ)
    if not cues:
        return
    before = text[max(0, start - 1500):start]
    line_end = text.find("\n", end)
    after = text[end:(line_end if line_end >= 0 else len(text))][:12]
    if not any(c in before or c in after for c in cues):
        raise ValueError(f"{typ} {text[start:end]!r} without cue")


def _bad_edge(ch: str) -> bool:
    cat = unicodedata.category(ch)
    return ch.isspace() or cat[0] in "PSZ"


def validate_doc(doc: dict) -> None:
    text, spans, genre = doc["text"], doc["spans"], doc["genre"]
    if genre == "traps16" and spans:
        raise ValueError(f"{doc['id']}: trap document has spans")
    prev_end = -1
    for s in spans:
        start, end, typ = s
        if not (0 <= start < end <= len(text)):
            raise ValueError(f"{doc['id']}: bad offsets {s}")
        if start < prev_end:
            raise ValueError(f"{doc['id']}: overlapping/unsorted spans at {s}")
        prev_end = end
        v = text[start:end]
        first_ok = typ in ("MOBILE", "LANDLINE") and v[0] in "+(（"
        if (_bad_edge(v[0]) and not first_ok) or _bad_edge(v[-1]):
            raise ValueError(f"{doc['id']}: edge whitespace/punctuation in {typ} {v!r}")
        try:
            VALIDATORS[typ](v)
            check_cue(text, start, end, typ)
        except Exception as e:  # re-raise with the document id
            raise ValueError(f"{doc['id']}: {e}") from None
    leaks = leak_scan(blank(text, spans))
    if leaks:
        raise ValueError(f"{doc['id']}: unlabelled values {leaks}")


def blank(text: str, spans) -> str:
    chars = list(text)
    for start, end, _ in spans:
        for i in range(start, end):
            chars[i] = "\x00"
    return "".join(chars)


# ----------------------------------------------------------------------------------------------------------
# leak scanner: the unlabelled text must not contain any of these
# ----------------------------------------------------------------------------------------------------------
_L_MOB = [
    re.compile(r"(?<!\d)1[3-9]\d[-. ]?\d{4}[-. ]?\d{4}(?!\d)"),
    re.compile(r"(?<!\d)1 ?[3-9](?: ?\d){9}(?!\d)"),
]
_L_ID = re.compile(r"(?<![\dA-Za-z])\d{6}[ -]?\d{4}[ -]?\d{4}[ -]?\d{3}[\dXx](?![\dA-Za-z])")
_L_ID2 = re.compile(r"(?<![\dA-Za-z])(?:\d[ ]?){17}[\dXx叉](?![\dA-Za-z])")
_L_BANK = re.compile(r"(?<!\d)(?:\d{16,19}|\d{4}(?:[ -]\d{4}){3}(?:[ -]?\d{1,3})?|\d{6}[ -]\d{10,13})(?!\d)")
_L_IP = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?!\.?\d)")
_L_LAND = re.compile(r"(?<![\d+])(?:\(0\d{2,3}\)|0\d{2,3})[- ]?(?:\d{7,8}|\d{3,4}[- ]\d{4})(?!\d)")


def leak_scan(blanked: str) -> list:
    out = []
    t = fold_all(blanked)
    for rx in _L_MOB:
        for m in rx.finditer(t):
            out.append(("MOBILE", m.group()))
    for rx in (_L_ID, _L_ID2):
        for m in rx.finditer(t.replace("叉", "X")):
            s = re.sub(r"[ -]", "", m.group()).upper()
            if ric.is_valid(s):
                out.append(("ID_CARD", m.group()))
    for m in _L_BANK.finditer(t):
        s = re.sub(r"[ -]", "", m.group())
        if s.startswith(("62", "4", "5")) and luhn.is_valid(s):
            out.append(("BANK_CARD", m.group()))
    for m in _EMAIL.finditer(t):
        out.append(("EMAIL", m.group()))
    for m in _L_IP.finditer(t):
        if is_public_ip(m.group()):
            out.append(("IP", m.group()))
    for m in _PLATE.finditer(fold_width(blanked)):
        out.append(("PLATE", m.group()))
    for m in _GPS.finditer(t):
        out.append(("GPS", m.group()))
    for m in _L_LAND.finditer(t):
        try:
            v_landline(m.group())
            out.append(("LANDLINE", m.group()))
        except Exception:
            pass
    for m in re.finditer(r"\+\d{1,3}[\d \-]{6,14}\d", t):
        out.append(("PHONE+", m.group()))
    return out


def is_safe(s: str) -> bool:
    return not leak_scan(s)


# ----------------------------------------------------------------------------------------------------------
# fake data
# ----------------------------------------------------------------------------------------------------------
SURNAMES = [
    ("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang"), ("黄", "huang"),
    ("赵", "zhao"), ("吴", "wu"), ("周", "zhou"), ("徐", "xu"), ("孙", "sun"), ("马", "ma"), ("朱", "zhu"),
    ("胡", "hu"), ("郭", "guo"), ("何", "he"), ("高", "gao"), ("林", "lin"), ("罗", "luo"), ("郑", "zheng"),
    ("梁", "liang"), ("谢", "xie"), ("宋", "song"), ("唐", "tang"), ("许", "xu"), ("韩", "han"), ("冯", "feng"),
    ("邓", "deng"), ("曹", "cao"), ("彭", "peng"), ("曾", "zeng"), ("肖", "xiao"), ("田", "tian"), ("董", "dong"),
    ("袁", "yuan"), ("潘", "pan"), ("于", "yu"), ("蒋", "jiang"), ("蔡", "cai"), ("余", "yu"), ("杜", "du"),
    ("叶", "ye"), ("程", "cheng"), ("苏", "su"), ("魏", "wei"), ("吕", "lv"), ("丁", "ding"), ("任", "ren"),
    ("沈", "shen"), ("姚", "yao"), ("卢", "lu"), ("姜", "jiang"), ("崔", "cui"), ("钟", "zhong"), ("谭", "tan"),
    ("陆", "lu"), ("汪", "wang"), ("范", "fan"), ("金", "jin"), ("石", "shi"), ("廖", "liao"), ("贾", "jia"),
    ("夏", "xia"), ("韦", "wei"), ("方", "fang"), ("欧阳", "ouyang"), ("上官", "shangguan"), ("邵", "shao"),
]
GIVEN = [
    ("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"), ("丽", "li"), ("强", "qiang"),
    ("磊", "lei"), ("军", "jun"), ("洋", "yang"), ("勇", "yong"), ("艳", "yan"), ("杰", "jie"), ("娟", "juan"),
    ("涛", "tao"), ("明", "ming"), ("超", "chao"), ("秀", "xiu"), ("霞", "xia"), ("平", "ping"), ("刚", "gang"),
    ("桂", "gui"), ("英", "ying"), ("华", "hua"), ("玉", "yu"), ("文", "wen"), ("辉", "hui"), ("建", "jian"),
    ("国", "guo"), ("红", "hong"), ("斌", "bin"), ("宇", "yu"), ("浩", "hao"), ("晨", "chen"), ("欣", "xin"),
    ("怡", "yi"), ("婷", "ting"), ("雪", "xue"), ("琳", "lin"), ("晓", "xiao"), ("子", "zi"), ("轩", "xuan"),
    ("涵", "han"), ("梓", "zi"), ("萱", "xuan"), ("博", "bo"), ("俊", "jun"), ("鹏", "peng"), ("飞", "fei"),
    ("凯", "kai"), ("佳", "jia"), ("思", "si"), ("雨", "yu"), ("嘉", "jia"), ("慧", "hui"), ("颖", "ying"),
    ("志", "zhi"), ("海", "hai"), ("春", "chun"), ("丹", "dan"), ("峰", "feng"), ("亮", "liang"), ("倩", "qian"),
    ("悦", "yue"), ("瑞", "rui"), ("诗", "shi"), ("泽", "ze"), ("铭", "ming"), ("昊", "hao"), ("天", "tian"),
    ("可", "ke"), ("心", "xin"), ("然", "ran"), ("安", "an"), ("宁", "ning"), ("彤", "tong"), ("梦", "meng"),
    ("帆", "fan"), ("璐", "lu"), ("蕾", "lei"), ("晶", "jing"), ("蓉", "rong"), ("波", "bo"), ("兰", "lan"),
]
TRAD_NAMES = [
    ("陳怡君", "Chen Yi-Chun", "tw"), ("林志豪", "Lin Chih-Hao", "tw"), ("黃美玲", "Huang Mei-Ling", "tw"),
    ("張家豪", "Chang Chia-Hao", "tw"), ("李淑芬", "Lee Shu-Fen", "tw"), ("王建宏", "Wang Chien-Hung", "tw"),
    ("吳佩珊", "Wu Pei-Shan", "tw"), ("劉冠廷", "Liu Kuan-Ting", "tw"), ("蔡宗翰", "Tsai Tsung-Han", "tw"),
    ("楊雅婷", "Yang Ya-Ting", "tw"), ("陳大文", "Chan Tai Man", "hk"), ("黃嘉欣", "Wong Ka Yan", "hk"),
    ("李志明", "Lee Chi Ming", "hk"), ("張詠詩", "Cheung Wing Sze", "hk"), ("梁家輝", "Leung Ka Fai", "hk"),
    ("何寶珠", "Ho Po Chu", "hk"), ("區俊傑", "Au Chun Kit", "hk"), ("麥曉彤", "Mak Hiu Tung", "hk"),
]
EN_FIRST = ["Kevin", "Lily", "Amy", "Jason", "Sunny", "Cathy", "Eric", "Vivian", "Tony", "Grace", "Leo",
            "Emma", "Frank", "Iris", "Jack", "Nina", "Oscar", "Rita", "Sam", "Winnie", "Alan", "Cherry"]

# city: (name, area code, plate prefixes, (lat, lon), id regions)
CITIES = [
    ("杭州", "0571", ["浙A"], (30.2741, 120.1551), ["330102", "330105", "330106", "330108", "330110"]),
    ("宁波", "0574", ["浙B"], (29.8683, 121.5440), ["330203", "330205", "330212"]),
    ("上海", "021", ["沪A", "沪B", "沪C", "沪D"], (31.2304, 121.4737), ["310101", "310104", "310105", "310107", "310110"]),
    ("北京", "010", ["京A", "京B", "京N", "京Q"], (39.9042, 116.4074), ["110101", "110102", "110105", "110106", "110108"]),
    ("深圳", "0755", ["粤B"], (22.5431, 114.0579), ["440303", "440304", "440305"]),
    ("广州", "020", ["粤A"], (23.1291, 113.2644), ["440103", "440104", "440106"]),
    ("成都", "028", ["川A"], (30.5728, 104.0668), ["510104", "510105", "510107"]),
    ("南京", "025", ["苏A"], (32.0603, 118.7969), ["320102", "320104", "320106"]),
    ("武汉", "027", ["鄂A"], (30.5928, 114.3055), ["420102", "420103", "420106"]),
    ("苏州", "0512", ["苏E"], (31.2989, 120.5853), ["320503", "320505", "320506"]),
    ("西安", "029", ["陕A"], (34.3416, 108.9398), ["610102", "610103", "610113"]),
    ("重庆", "023", ["渝A", "渝B"], (29.5630, 106.5516), ["500103", "500106", "500107"]),
    ("厦门", "0592", ["闽D"], (24.4798, 118.0894), ["350203", "350206"]),
    ("长沙", "0731", ["湘A"], (28.2282, 112.9388), ["430102", "430104", "430105"]),
    ("天津", "022", ["津A", "津C"], (39.3434, 117.3616), ["120101", "120103", "120104"]),
    ("青岛", "0532", ["鲁B"], (36.0671, 120.3826), ["370202", "370203", "370212"]),
    ("郑州", "0371", ["豫A"], (34.7466, 113.6254), ["410102", "410105"]),
    ("合肥", "0551", ["皖A"], (31.8206, 117.2272), ["340102", "340104"]),
    ("福州", "0591", ["闽A"], (26.0745, 119.2965), ["350102", "350103"]),
    ("东莞", "0769", ["粤S"], (23.0207, 113.7518), ["441900"]),
    ("昆明", "0871", ["云A"], (25.0389, 102.7183), ["530102", "530103"]),
    ("济南", "0531", ["鲁A"], (36.6512, 117.1201), ["370102", "370103"]),
    ("沈阳", "024", ["辽A"], (41.8057, 123.4315), ["210102", "210103"]),
    ("佛山", "0757", ["粤E", "粤X"], (23.0215, 113.1214), ["440604", "440605", "440606"]),
]
EXTRA_REGIONS = [
    "130102", "130104", "140105", "150102", "220102", "230102", "320583", "330302", "330681", "330781",
    "350583", "360102", "370781", "410305", "411302", "421002", "430602", "441302", "450102", "452501",
    "510703", "511302", "520102", "522401", "610302", "620102", "622901", "630102", "650102", "341202",
    "362502", "371302", "130682", "142601", "210211", "231002", "320681", "321282", "330522", "340822",
]
ROADS = ["文三路", "学院路", "解放路", "中山北路", "人民路", "建国路", "南京西路", "天府大道", "科技园南路", "延安路",
         "长江路", "东风路", "五一路", "滨江大道", "青年路", "江南大道", "新华路", "和平路", "湖滨路", "金沙大道"]
COMMUNITIES = ["桂花城", "万科城市花园", "金地自在城", "保利天悦", "碧桂园凤凰城", "华润二十四城", "龙湖春江郦城",
               "融创玉兰公馆", "中海寰宇天下", "招商雍景湾", "绿城明月江南", "世茂云图", "旭辉公元", "时代倾城",
               "新城悦隽", "阳光城丽景湾", "滨江金色蓝庭", "越秀星汇云城", "美的君兰江山", "中铁诺德名苑"]
COMPANIES = [("杭州鑫瑞科技有限公司", "xinrui-tech.com"), ("上海澜川信息技术有限公司", "lanchuan.cn"),
             ("深圳市沃达供应链管理有限公司", "woda-scm.com"), ("北京启明星辰咨询有限公司", "qmxc-consult.com.cn"),
             ("成都蓉锦贸易有限公司", "rongjin-trade.com"), ("南京同辉建设工程有限公司", "tonghui-build.cn"),
             ("武汉楚天智造有限公司", "chutian-im.com"), ("苏州恒晟精密机械有限公司", "hengsheng-pm.com"),
             ("广州南粤物流有限公司", "nanyue56.com"), ("厦门海川食品有限公司", "haichuanfood.com"),
             ("宁波甬联电子有限公司", "yonglian-e.com"), ("西安秦岭生物科技有限公司", "qinlingbio.cn"),
             ("重庆山城汽车销售服务有限公司", "sc-auto.com.cn"), ("长沙湘江物业服务有限公司", "xjwy.com.cn"),
             ("青岛海韵人力资源有限公司", "haiyun-hr.com"), ("合肥星云软件有限公司", "nebulasoft.cn")]
FREE_MAIL = ["163.com", "126.com", "qq.com", "sina.com", "foxmail.com", "gmail.com", "outlook.com", "139.com",
             "yeah.net", "hotmail.com", "aliyun.com", "sohu.com"]
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
WMI = ["LSV", "LFV", "LGB", "LVS", "LHG", "LBV", "LSG", "LFP", "LDC", "LGX", "LVG", "LNB", "LRW", "LB3"]


class Person:
    def __init__(self, g: "G", y0=1960, y1=2002, sex=None, region=None):
        r = g.r
        sur = r.choice(SURNAMES)
        given = [r.choice(GIVEN) for _ in range(r.choice([1, 2, 2, 2]))]
        self.name = sur[0] + "".join(x[0] for x in given)
        self.sur, self.sur_py = sur
        self.given_py = "".join(x[1] for x in given)
        self.sex = sex or r.choice("男女")
        self.birth, self.id = g.new_id(y0, y1, self.sex, region)
        self.mobile = g.mobile_digits()
        self._email = None
        self.g = g

    @property
    def title(self):
        return self.sur + ("先生" if self.sex == "男" else "女士")

    @property
    def masked_name(self):
        return self.sur + "*" * (len(self.name) - len(self.sur))

    def email(self, domain=None):
        if self._email is None:
            r = self.g.r
            domain = domain or r.choice(FREE_MAIL)
            y = self.birth.year
            style = r.randrange(8)
            if domain == "qq.com" and r.random() < 0.6:
                local = self.g.qq_digits()
            elif style == 0:
                local = f"{self.sur_py}{self.given_py}"
            elif style == 1:
                local = f"{self.sur_py}.{self.given_py}"
            elif style == 2:
                local = f"{self.given_py}.{self.sur_py}"
            elif style == 3:
                local = f"{self.sur_py}{self.given_py}{y % 100:02d}"
            elif style == 4:
                local = f"{self.sur_py[0]}{self.given_py}_{y}"
            elif style == 5:
                local = f"{self.sur_py}_{self.given_py}{r.randint(1, 999)}"
            elif style == 6:
                local = f"{self.sur_py[0]}{''.join(c for c in self.given_py[:1])}{self.birth:%m%d}"
            else:
                local = f"{r.choice(EN_FIRST).lower()}.{self.sur_py}"
            self._email = f"{local}@{domain}"
        return self._email


class G:
    """Per-document generator."""

    def __init__(self, r):
        self.r = r
        self.c = r.choice(["：", "：", ":", ": ", "： "])
        self.city = r.choice(CITIES)

    # --- basic helpers ---
    def ch(self, seq):
        return self.r.choice(seq)

    def digits(self, n, first="123456789"):
        return self.r.choice(first) + "".join(self.r.choice("0123456789") for _ in range(n - 1))

    def safe(self, fn):
        for _ in range(200):
            v = fn()
            if is_safe(v):
                return v
        raise RuntimeError("could not generate a safe look-alike")

    def date(self, y0=2023, y1=2024):
        start = dt.date(y0, 1, 1).toordinal()
        end = dt.date(y1, 12, 28).toordinal()
        return dt.date.fromordinal(self.r.randint(start, end))

    def dtime(self, y0=2024, y1=2024):
        d = self.date(y0, y1)
        return f"{d:%Y-%m-%d} {self.r.randint(7, 22):02d}:{self.r.randint(0, 59):02d}:{self.r.randint(0, 59):02d}"

    def person(self, y0=1960, y1=2002, **kw):
        return Person(self, y0, y1, **kw)

    def trad_person(self, kind=None):
        pool = [x for x in TRAD_NAMES if kind is None or x[2] == kind]
        return self.r.choice(pool)

    def company(self):
        return self.r.choice(COMPANIES)

    def room(self):
        return f"{self.r.randint(1, 33)}{self.r.randint(1, 4):02d}"

    def addr(self, city=None):
        city = city or self.city
        r = self.r
        return f"{city[0]}市{r.choice(ROADS)}{r.randint(1, 999)}号{r.choice(['', r.choice(COMMUNITIES) + str(r.randint(1, 30)) + '幢' + str(r.randint(1, 4)) + '单元' + self.room() + '室'])}"

    # --- raw values ---
    def new_id(self, y0, y1, sex, region=None):
        r = self.r
        for _ in range(500):
            reg = region if (region and r.random() < 0.7) else r.choice(
                r.choice(CITIES)[4] + EXTRA_REGIONS if r.random() < 0.6 else EXTRA_REGIONS)
            start = dt.date(y0, 1, 1).toordinal()
            end = dt.date(y1, 12, 31).toordinal()
            b = dt.date.fromordinal(r.randint(start, end))
            seq = r.randint(0, 999)
            if (seq % 2 == 1) != (sex == "男"):
                seq = (seq + 1) % 1000
            body = f"{reg}{b:%Y%m%d}{seq:03d}"
            idn = body + ric.calc_check_digit(body + "0")
            if ric.is_valid(idn):
                return b, idn
        raise RuntimeError("no valid id")

    def id15(self):
        r = self.r
        for _ in range(500):
            reg = r.choice(EXTRA_REGIONS + CITIES[0][4] + CITIES[3][4])
            b = dt.date.fromordinal(r.randint(dt.date(1940, 1, 1).toordinal(), dt.date(1975, 12, 31).toordinal()))
            s = f"{reg}{b:%y%m%d}{r.randint(0, 999):03d}"
            if ric.is_valid(id15_to_18(s)):
                return s
        raise RuntimeError

    def mobile_digits(self):
        return self.r.choice(MOBILE_GEN) + "".join(self.r.choice("0123456789") for _ in range(8))

    def qq_digits(self):
        return self.digits(self.r.choice([6, 7, 8, 8, 9, 9, 9, 10, 10]))

    def landline_parts(self, city=None):
        city = city or self.city
        ac = city[1]
        for k in range(200):
            sub = self.digits(8 if k < 100 else 7, "2345678")
            try:
                v_landline(ac + sub)
                return ac, sub
            except ValueError:
                continue
        raise RuntimeError

    def card_digits(self, bin_=None):
        bin_ = bin_ or self.r.choice(list(BINS))
        ln = BINS[bin_][1]
        body = bin_ + "".join(self.r.choice("0123456789") for _ in range(ln - len(bin_) - 1))
        return body + luhn.calc_check_digit(body)

    def plate_raw(self, city=None, nev=None):
        r = self.r
        city = city or self.city
        pre = r.choice(city[2]) if r.random() < 0.85 else r.choice(PROV) + r.choice("ABCDEF")
        nev = (r.random() < 0.3) if nev is None else nev
        if nev:
            if r.random() < 0.8:
                tail = r.choice("DF") + r.choice(PLATE_LETTERS + "0123456789") + "".join(r.choice("0123456789") for _ in range(4))
            else:
                tail = "".join(r.choice("0123456789") for _ in range(5)) + r.choice("DF")
        else:
            k = r.choice([0, 0, 1, 1, 1, 2])
            pos = r.sample(range(5), k)
            tail = "".join(r.choice(PLATE_LETTERS) if i in pos else r.choice("0123456789") for i in range(5))
        return pre, tail

    def passport_raw(self):
        r = self.r
        k = r.random()
        if k < 0.55:
            return "E" + "".join(r.choice("0123456789") for _ in range(8))
        if k < 0.85:
            return "E" + r.choice("ABCDEFGH") + "".join(r.choice("0123456789") for _ in range(7))
        return "G" + self.digits(8)

    def hkp_raw(self, kind="C"):
        r = self.r
        if kind == "C":
            if r.random() < 0.6:
                return "C" + "".join(r.choice("0123456789") for _ in range(8))
            return "C" + r.choice("ABCDEFGHJKLMNPQRSTUVWXY") + "".join(r.choice("0123456789") for _ in range(7))
        return kind + "".join(r.choice("0123456789") for _ in range(r.choice([8, 8, 10])))

    def ipv4(self):
        r = self.r
        firsts = [36, 39, 42, 47, 49, 58, 59, 60, 61, 101, 106, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119,
                  120, 121, 122, 123, 124, 125, 139, 171, 175, 180, 182, 183, 218, 219, 220, 221, 222, 223]
        for _ in range(100):
            a = f"{r.choice(firsts)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
            if is_public_ip(a):
                return a
        raise RuntimeError

    def ipv6(self):
        r = self.r
        pre = r.choice(["240e", "2408", "2409", "240a"])
        groups = [pre] + [f"{r.randint(0, 0xffff):x}" for _ in range(3)]
        tail = [f"{r.randint(1, 0xffff):x}" for _ in range(r.choice([2, 4]))]
        a = ":".join(groups) + (("::" + ":".join(tail)) if len(tail) == 2 else (":" + ":".join(tail)))
        assert is_public_ip(a), a
        return a

    def private_ip(self):
        r = self.r
        return r.choice([f"192.168.{r.randint(0, 20)}.{r.randint(2, 254)}", f"10.{r.randint(0, 40)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                         f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}"])

    def wechat_raw(self, p=None):
        r = self.r
        sur = p.sur_py if p else r.choice(SURNAMES)[1]
        giv = p.given_py if p else r.choice(GIVEN)[1]
        y = p.birth.year if p else r.randint(1970, 2002)
        k = r.randrange(9)
        cands = [f"{sur}{giv}{y % 100:02d}", f"{sur}_{giv}", f"wxid_{''.join(r.choice('abcdefghijkmnpqrstuvwxyz0123456789') for _ in range(12))}",
                 f"{giv}{sur}{r.randint(100, 9999)}", f"{r.choice(EN_FIRST)}_{sur}{r.randint(1, 99)}", f"{sur[0]}{giv}-{y}",
                 f"{r.choice(EN_FIRST).lower()}{r.randint(1980, 2005)}", f"{sur}{giv[:2]}_hz", f"{r.choice(['xiao', 'a', 'da'])}{giv}{r.randint(10, 999)}"]
        v = cands[k]
        v = v[:20]
        if len(v) < 6:
            v = v + str(r.randint(1000, 9999))
        v_wechat(v)
        return v

    def gps_raw(self, city=None):
        r = self.r
        city = city or self.city
        lat = city[3][0] + r.uniform(-0.12, 0.12)
        lon = city[3][1] + r.uniform(-0.15, 0.15)
        nd = r.choice([4, 5, 6, 6, 6])
        sep = r.choice([",", ",", ", ", "，", " "])
        return f"{lat:.{nd}f}{sep}{lon:.{nd}f}"

    def vin(self):
        r = self.r
        for _ in range(50):
            s = list(r.choice(WMI) + "".join(r.choice(VIN_CHARS) for _ in range(14)))
            vals = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
                    "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
            w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
            tot = sum(vals[c] * wi for c, wi in zip(s, w))
            s[8] = "X" if tot % 11 == 10 else str(tot % 11)
            s[9] = r.choice("MNPRS")  # model year 2021-2025
            v = "".join(s)
            # recompute check digit (model year changed)
            tot = sum(vals[c] * wi for c, wi in zip(v, w))
            v = v[:8] + ("X" if tot % 11 == 10 else str(tot % 11)) + v[9:]
            if is_safe(v):
                return v
        raise RuntimeError

    def engine_no(self):
        r = self.r
        return self.safe(lambda: r.choice(["DKX", "CSS", "G4FJ", "JLH-4G15", "SQR477F", "BYD476ZQA", "4G63S4M", "EA211", "HR15", "L15B", "K20C"])
                         + r.choice(["", " ", "-"]) + "".join(r.choice("0123456789ABCDEFGHJK") for _ in range(r.choice([6, 7, 8]))))

    def uscc(self):
        r = self.r
        body = r.choice(["91", "92", "52", "12"]) + r.choice(self.city[4])[:6] + "MA" + "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(7))
        return body + uscc.calc_check_digit(body)

    def imei(self):
        r = self.r
        body = r.choice(["86", "35"]) + "".join(r.choice("0123456789") for _ in range(12))
        return body + luhn.calc_check_digit(body)

    def iccid(self):
        return self.safe(lambda: "898600" + "".join(self.r.choice("0123456789ABCDEF"[:10]) for _ in range(14)))

    def order_no(self, n=None):
        r = self.r
        n = n or r.choice([18, 19, 20, 24])
        d = self.date(2024, 2024)
        return self.safe(lambda: f"{d:%Y%m%d}" + "".join(r.choice("0123456789") for _ in range(n - 8)))

    def tracking(self):
        r = self.r
        return self.safe(lambda: r.choice(["SF", "YT", "JT", "ZTO", "YD"]) + "".join(r.choice("0123456789") for _ in range(r.choice([12, 13, 15]))))

    def ref(self, prefix, n):
        r = self.r
        return self.safe(lambda: prefix + "".join(r.choice("0123456789") for _ in range(n)))

    def amount(self, lo, hi, cents=True):
        v = self.r.uniform(lo, hi)
        return f"{v:,.2f}" if cents else f"{int(v):,}"

    # --- masked look-alikes ---
    def mask_mobile(self, d=None):
        d = d or self.mobile_digits()
        return self.r.choice([d[:3] + "****" + d[7:], d[:3] + "*" * 4 + d[7:], d[:3] + "xxxx" + d[7:], "*******" + d[7:], d[:3] + "****" + d[7:]])

    def mask_id(self, i=None):
        i = i or self.new_id(1960, 2000, "男")[1]
        return self.r.choice([i[:4] + "*" * 10 + i[-4:], i[:6] + "********" + i[-4:], i[:3] + "*" * 11 + i[-4:], i[0] + "*" * 16 + i[-1]])

    def mask_card(self, c=None):
        c = c or self.card_digits()
        return self.r.choice([c[:4] + " **** **** " + c[-4:], "**** **** **** " + c[-4:], c[:6] + "******" + c[-4:], "尾号" + c[-4:]])

    def mask_plate(self):
        pre, tail = self.plate_raw()
        return self.r.choice([pre + "·***" + tail[-2:], pre + "***" + tail[-2:], pre + tail[0] + "**" + tail[-2:], pre + "·" + tail[:2] + "***"])

    # --- formatted + marked values ---
    def M(self, d=None, style=None):
        d = d or self.mobile_digits()
        return S("MOBILE", self.fmt_mobile(d, style))

    def fmt_mobile(self, d, style=None):
        r = self.r
        if style is None:
            style = r.choice(["plain"] * 10 + ["dash"] * 3 + ["space"] * 3 + ["fw", "dot"])
            if r.random() < 0.12:
                style = r.choice(["+86", "+86", "+86 ", "+86 ", "(+86)", "0086", "86-", "+86-"])
        a, b, c = d[:3], d[3:7], d[7:]
        return {
            "plain": d, "dash": f"{a}-{b}-{c}", "space": f"{a} {b} {c}", "+86": "+86" + d, "+86 ": f"+86 {a} {b} {c}",
            "(+86)": "(+86)" + d, "0086": "0086" + d, "86-": "86-" + d, "fw": fold_to_fw(d), "dot": f"{a}.{b}.{c}",
            "+86-": f"+86-{a}-{b}-{c}",
        }[style]

    def L(self, city=None, style=None):
        ac, sub = self.landline_parts(city)
        return S("LANDLINE", self.fmt_land(ac, sub, style))

    def fmt_land(self, ac, sub, style=None):
        r = self.r
        style = style or r.choice(["dash"] * 8 + ["space", "paren", "fwparen", "plain", "+86", "+86-", "dash2"])
        s1, s2 = (sub[:4], sub[4:]) if len(sub) == 8 else (sub[:3], sub[3:])
        return {
            "dash": f"{ac}-{sub}", "space": f"{ac} {s1} {s2}", "paren": f"({ac}){sub}", "fwparen": f"（{ac}）{sub}",
            "plain": ac + sub, "+86": f"+86 {ac[1:]} {s1} {s2}", "+86-": f"+86-{ac[1:]}-{sub}", "dash2": f"{ac}-{s1}-{s2}",
        }[style]

    def ID(self, idn, style=None):
        r = self.r
        style = style or r.choice(["plain"] * 14 + ["group", "lower", "fw"])
        if style == "group":
            v = f"{idn[:6]} {idn[6:14]} {idn[14:]}"
        elif style == "lower":
            v = idn.lower()
        elif style == "fw":
            v = fold_to_fw(idn)
        else:
            v = idn
        return S("ID_CARD", v)

    def CARD(self, c=None, style=None):
        c = c or self.card_digits()
        r = self.r
        style = style or r.choice(["plain"] * 6 + ["g4"] * 3 + ["g4dash"])
        if style == "g4":
            v = " ".join(c[i:i + 4] for i in range(0, len(c), 4))
        elif style == "g4dash":
            v = "-".join(c[i:i + 4] for i in range(0, len(c), 4))
        else:
            v = c
        return S("BANK_CARD", v)

    def E(self, p=None, addr=None):
        return S("EMAIL", addr or (p or self.person()).email())

    def P(self, city=None, nev=None, sep=None):
        pre, tail = self.plate_raw(city, nev)
        sep = self.r.choice(["", "", "", "·", "·", " ", "-"]) if sep is None else sep
        return S("PLATE", pre + sep + tail)

    def PP(self):
        return S("PASSPORT", self.passport_raw())

    def HK(self, kind="C"):
        return S("HK_MACAO_PERMIT", self.hkp_raw(kind))

    def IP(self, v6=False):
        return S("IP", self.ipv6() if v6 else self.ipv4())

    def QQ(self, d=None):
        return S("QQ", d or self.qq_digits())

    def WX(self, p=None):
        return S("WECHAT", self.wechat_raw(p))

    def GPS(self, city=None):
        return S("GPS", self.gps_raw(city))

    def BD(self, d, style=None):
        r = self.r
        style = style or r.choice(["iso"] * 6 + ["slash", "cn", "cn0", "dot", "compact", "isonz"])
        v = {
            "iso": f"{d:%Y-%m-%d}", "slash": f"{d.year}/{d.month}/{d.day}", "cn": f"{d.year}年{d.month}月{d.day}日",
            "cn0": f"{d:%Y年%m月%d日}", "dot": f"{d:%Y.%m.%d}", "compact": f"{d:%Y%m%d}", "isonz": f"{d.year}-{d.month}-{d.day}",
            "en": f"{d.day:02d} {d:%b} {d.year}", "enus": f"{d:%b} {d.day}, {d.year}",
        }[style]
        return S("BIRTHDATE", v)


def fold_to_fw(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


SPOKEN = {"0": "零", "1": "幺", "2": "二", "3": "三", "4": "四", "5": "五", "6": "六", "7": "七", "8": "八", "9": "九", "X": "叉"}


def speak(d: str, r, one="幺", zero="零", groups=None, sep=" ", mix=0.0, seven="七") -> str:
    """Spell a digit string the way ASR writes it; groups = list of group lengths."""
    table = dict(SPOKEN)
    table["1"] = one
    table["0"] = zero
    table["7"] = seven
    groups = groups or [len(d)]
    out, i = [], 0
    for n in groups:
        chunk = d[i:i + n]
        i += n
        if mix and r.random() < mix:
            out.append(chunk)
        else:
            out.append("".join(table.get(c, c) for c in chunk))
    if i < len(d):
        out.append("".join(table.get(c, c) for c in d[i:]))
    return sep.join(out)


def cn_num_small(n: int) -> str:
    d = "零一二三四五六七八九"
    if n < 10:
        return d[n]
    if n < 20:
        return "十" + (d[n % 10] if n % 10 else "")
    return d[n // 10] + "十" + (d[n % 10] if n % 10 else "")


def speak_date(b: dt.date, suffix="号") -> str:
    y = "".join("零一二三四五六七八九"[int(c)] for c in str(b.year))
    return f"{y}年{cn_num_small(b.month)}月{cn_num_small(b.day)}{suffix}"


# ==========================================================================================================
# shared template helpers
# ==========================================================================================================
def tbl(rows, sep="\t"):
    return "\n".join(sep.join(x) for x in rows)


def pad_table(rows, gap=2):
    """Space-aligned table (width counted on the visible text; CJK counts 2)."""
    def w(s):
        return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in vis(s))
    widths = [max(w(row[i]) for row in rows if i < len(row)) for i in range(max(len(x) for x in rows))]
    out = []
    for row in rows:
        cells = [cell + " " * (widths[i] - w(cell) + gap) for i, cell in enumerate(row)]
        out.append("".join(cells).rstrip())
    return "\n".join(out)


def lab(g, *opts):
    return g.r.choice(opts)


BANKS = {b: v[0] for b, v in BINS.items()}


# ==========================================================================================================
# real_estate
# ==========================================================================================================
def re_owner_list(g):
    r, c = g.r, g.c
    comm = g.ch(COMMUNITIES)
    bld = r.randint(1, 28)
    v = r.randrange(3)
    hdr = [["楼栋", "房号", "业主姓名", "联系电话", "身份证号码", "车牌号", "车位号"],
           ["序号", "房号", "业主", "手机", "证件号", "车牌", "车位"],
           ["栋", "室", "姓名", "电话", "身份证", "登记车辆", "产权车位"]][v]
    rows = [hdr]
    for i in range(r.randint(5, 9)):
        p = g.person(1950, 1998)
        k = r.random()
        if k < 0.62:
            phone = g.M(p.mobile)
        elif k < 0.75:
            phone = g.M(p.mobile, "plain") + r.choice(["/", "、", " / "]) + g.L(style=r.choice(["dash", "plain"]))
        elif k < 0.87:
            phone = g.mask_mobile(p.mobile)
        else:
            phone = r.choice(["", "-", "未留"])
        k = r.random()
        if k < 0.66:
            idc = g.ID(p.id)
        elif k < 0.72:
            idc = S("ID_CARD", g.id15())
        elif k < 0.85:
            idc = g.mask_id(p.id)
        else:
            idc = r.choice(["", "未登记", "—"])
        k = r.random()
        if k < 0.55:
            plate = g.P()
        elif k < 0.65:
            plate = g.P(sep="") + "、" + g.P(nev=True, sep="")
        else:
            plate = r.choice(["", "无", "-"])
        spot = r.choice([f"B{r.randint(1, 2)}-{r.randint(1, 420):03d}", f"地下{r.randint(1, 600):04d}", "无", "", f"A区{r.randint(1, 99)}号"])
        room = f"{r.randint(1, 4)}-{r.randint(1, 33)}{r.randint(1, 4):02d}" if v != 2 else f"{r.randint(1, 33)}{r.randint(1, 4):02d}"
        first = str(bld) + ("栋" if v == 0 else "") if v != 1 else str(i + 1)
        rows.append([first, room, p.name, phone, idc, plate, spot])
    sep = r.choice(["\t", ",", " | ", "\t"])
    head = r.choice([f"{comm}{bld}幢业主信息汇总表", f"【{comm}】业主名单（{bld}号楼）", f"{g.city[0]}{comm}物业 - 业主登记信息导出"])
    meta = f"导出时间{c}{g.dtime()}    操作员{c}{r.choice(['admin', '客服01', 'wy_zhang', '前台-小李'])}"
    foot = r.choice(["", f"\n共 {len(rows) - 1} 条记录  第1页/共1页", "\n注：本表仅限物业内部使用，严禁外传！"])
    if sep == " | ":
        body = "| " + "\n| ".join(" | ".join(x) + " |" for x in rows)
        body = body.replace("\n", "\n", 1)
        lines = body.split("\n")
        lines.insert(1, "|" + "---|" * len(hdr))
        body = "\n".join(lines)
    else:
        body = tbl(rows, sep)
    return f"{head}\n{meta}\n\n{body}{foot}\n"


def re_rental(g):
    r, c = g.r, g.c
    a, b = g.person(1955, 1990), g.person(1975, 2002)
    bank = r.choice(list(BINS)[:12])
    rent = r.choice([2200, 2800, 3500, 4200, 4800, 5600, 6500, 8800])
    lines = [r.choice(["房屋租赁合同", "房 屋 租 赁 合 同", "住房租赁合同（示范文本）"]),
             f"合同编号{c}{g.ref('ZL-' + str(g.date().year) + '-', 6)}", ""]
    lines += [f"出租方（以下简称甲方）{c}{a.name}", f"身份证号码{c}{g.ID(a.id)}"]
    if r.random() < 0.4:
        lines.append(f"出生日期{c}{g.BD(a.birth)}")
    lines += [f"联系电话{c}{g.M(a.mobile)}", f"通讯地址{c}{g.addr()}", ""]
    lines += [f"承租方（以下简称乙方）{c}{b.name}"]
    k = r.random()
    if k < 0.55:
        lines.append(f"证件类型{c}居民身份证    证件号码{c}{g.ID(b.id)}")
    elif k < 0.78:
        lines.append(f"证件类型{c}护照    证件号码{c}{g.PP()}")
    else:
        lines.append(f"证件类型{c}港澳居民来往内地通行证（回乡证）  证件号码{c}{g.HK(r.choice('HM'))}")
    lines.append(f"联系电话{c}{g.M(b.mobile)}" + (f"    电子邮箱{c}{g.E(b)}" if r.random() < 0.5 else ""))
    if r.random() < 0.6:
        e = g.person(1950, 1985)
        lines.append(f"紧急联系人{c}{e.name}（{r.choice(['父亲', '母亲', '配偶', '朋友', '哥哥'])}）  电话{c}{g.M(e.mobile)}")
    if r.random() < 0.5:
        comp = g.company()
        lines += ["", f"居间方（丙方）{c}{g.city[0]}{r.choice(['链家', '我爱我家', '中原', '德佑', '麦田'])}房地产经纪有限公司",
                  f"统一社会信用代码{c}{g.uscc()}", f"经纪人{c}{g.person().name}  执业证号{c}{g.ref('FC', 8)}",
                  f"门店电话{c}{g.L()}"]
    d0 = g.date(2024, 2024)
    lines += ["", f"第一条 房屋坐落于{g.addr()}，建筑面积{r.randint(45, 160)}.{r.randint(0, 99):02d}平方米。",
              f"第二条 租赁期限自{d0:%Y年%m月%d日}起至{d0.year + 1}年{d0.month}月{min(d0.day, 28)}日止。",
              f"第三条 月租金人民币{rent:,}元（押一付三），乙方应于每期开始前{r.randint(3, 10)}日内支付。",
              f"甲方指定收款账户{c}户名 {a.name}  开户行 {BANKS[bank]}{g.city[0]}{r.choice(['分行', '支行', '营业部'])}  账号 {g.CARD(g.card_digits(bank))}",
              "", "甲方（签字）：__________        乙方（签字）：__________",
              f"签订日期：{g.date(2024, 2024):%Y年%m月%d日}"]
    return "\n".join(lines) + "\n"


def re_followup(g):
    r, c = g.r, g.c
    p = g.person(1970, 2000)
    src = g.ch(["贝壳找房", "58同城", "安居客", "门店到访", "老客户转介绍", "抖音线索"])
    lines = [f"客户编号{c}{g.ref('KH' + g.date(2024, 2024).strftime('%Y%m%d'), 5)}    来源{c}{src}",
             f"客户姓名{c}{p.title if r.random() < 0.5 else p.name}    性别{c}{p.sex}",
             f"联系方式{c}{g.M(p.mobile)}" + (f"    备用电话{c}{g.M()}" if r.random() < 0.4 else "")]
    wx = r.random()
    if wx < 0.4:
        lines.append(f"微信{c}{g.WX(p)}")
    elif wx < 0.55:
        lines.append(f"微信{c}手机号同号")
    elif wx < 0.7:
        lines.append(f"微信{c}{S('WECHAT', g.mobile_digits())}（不是手机号，手机号停机了）")
    lines.append(f"意向{c}{r.choice(['二手房', '新房', '租房', '学区房'])}  {r.randint(2, 4)}室  预算{r.randint(150, 800)}万  区域：{g.city[0]}{r.choice(['滨江', '西湖', '南山', '浦东', '朝阳', '天河', '高新'])}")
    lines.append("跟进记录：")
    d = g.date(2024, 2024)
    notes = [
        lambda: f"[电话] 客户说周末带{r.choice(['老公', '老婆', '父母'])}一起看，{r.choice(['老公', '老婆', '家里人'])}电话 {g.M()}",
        lambda: f"[微信] 已发送3套房源，客户对{g.ch(COMMUNITIES)}比较感兴趣",
        lambda: "[到访] 门店面谈，首付大概三成，要公积金贷款",
        lambda: f"[电话] 无人接听，稍后再打（打了{r.randint(2, 4)}次）",
        lambda: f"[微信] 客户发来身份证号 {g.ID(p.id)} 用于预约网签",
        lambda: f"[带看] 看了{r.randint(1, 3)}套，客户开车来的，车牌 {g.P()}，停B2",
        lambda: "[电话] 客户说价格太高，再等等",
        lambda: f"[备注] 客户QQ {g.QQ()}，说那边发资料方便" ,
        lambda: f"[系统] 客户号码{g.mask_mobile(p.mobile)}已转隐私号，线索ID {g.ref('XS', 10)}",
    ]
    for f in r.sample(notes, r.randint(3, 6)):
        lines.append(f"{d:%Y-%m-%d} {r.randint(8, 21):02d}:{r.randint(0, 59):02d} {f()}")
        d += dt.timedelta(days=r.randint(0, 4))
    lines.append(f"下次跟进{c}{d + dt.timedelta(days=3):%Y-%m-%d}    负责人{c}{g.person().name}（工号{g.ref('A', 5)}）")
    return "\n".join(lines) + "\n"


def re_listing(g):
    r, c = g.r, g.c
    comm = g.ch(COMMUNITIES)
    area = r.randint(55, 180) + r.randint(0, 99) / 100
    total = r.randint(120, 980)
    ag = g.person(1985, 2000)
    emo = r.random() < 0.6
    lines = [f"{'🏠' if emo else ''}【{r.choice(['急售', '笋盘', '满五唯一', '业主诚心卖', '降价10万'])}】{comm} {r.randint(2, 4)}室{r.randint(1, 2)}厅 {area}㎡ {r.choice(['南北通透', '精装修', '高楼层', '近地铁'])}",
             f"{'💰' if emo else ''}总价{c}{total}万  单价{c}{int(total * 10000 / area):,}元/㎡",
             f"{'📍' if emo else ''}位置{c}{g.city[0]}{r.choice(ROADS)}，近地铁{r.randint(1, 12)}号线",
             f"房源编号{c}{g.ref('ESF', 9)}   挂牌时间{c}{g.date(2024, 2024)}   核验码{c}{g.ref('', 12)}"]
    if r.random() < 0.35:
        lines.append(f"小区坐标{c}{g.GPS()}")
    lines.append("")
    k = r.random()
    if k < 0.35:
        lines.append(f"{'☎️' if emo else ''}经纪人{c}{ag.name}  {g.M(ag.mobile)}（微信同号）")
    elif k < 0.7:
        lines.append(f"经纪人{c}{ag.name}  手机{c}{g.M(ag.mobile)}  微信{c}{g.WX(ag)}")
    else:
        lines.append(f"联系人{c}{ag.sur}经理  电话/微信{c}{g.M(ag.mobile)}")
    lines.append(f"门店电话{c}{g.L()}" + r.choice(["", f"  全国热线 400-{r.randint(100, 999)}-{r.randint(1000, 9999)} 转 {r.randint(1000, 9999)}"]))
    lines.append(r.choice(["", "另有同小区多套在售，欢迎咨询！", "#二手房 #学区房 #" + comm]))
    return "\n".join(lines) + "\n"


def re_fee_notice(g):
    r, c = g.r, g.c
    comm = g.ch(COMMUNITIES)
    mg = g.person(1980, 1998)
    k = r.random()
    corp_acct = g.safe(lambda: "3" + "".join(r.choice("0123456789") for _ in range(r.choice([17, 18, 19]))))
    if k < 0.5:
        lines = [r.choice(["物业服务费缴费通知", "缴 费 通 知 单", "关于缴纳2024年度物业服务费的通知"]),
                 f"尊敬的{r.randint(1, 28)}幢{r.randint(1, 4)}单元{r.randint(1, 33)}{r.randint(1, 4):02d}室业主：",
                 f"    您好！您{r.choice(['2024年度', '2024年1-6月', '2023年第四季度'])}物业服务费共计人民币{g.amount(1200, 8800)}元，"
                 f"公共能耗分摊{g.amount(30, 300)}元，截至{g.date(2024, 2024):%Y年%m月%d日}尚未缴纳。",
                 "缴费方式：", "  1. 物业服务中心前台（刷卡/扫码）",
                 f"  2. 关注微信公众号“{comm}物业”在线缴费",
                 f"  3. 对公转账：户名 {g.city[0]}{r.choice(['湘江', '绿城', '万科', '保利'])}物业服务有限公司  账号 {corp_acct}",
                 f"如有疑问请致电物业服务中心{c}{g.L()}" + r.choice(["", f"（工作时间 8:30-17:30）"]),
                 f"或联系楼栋管家{mg.name}{c}{g.M(mg.mobile)}",
                 "", f"{comm}物业服务中心", f"{g.date(2024, 2024):%Y年%m月%d日}"]
    else:
        lines = [f"【{comm}】欠费公示（{g.date(2024, 2024):%Y年%m月}）", "房号\t业主\t欠费月数\t金额(元)\t联系电话"]
        for _ in range(r.randint(4, 8)):
            p = g.person()
            lines.append(f"{r.randint(1, 28)}-{r.randint(1, 33)}{r.randint(1, 4):02d}\t{p.masked_name}\t{r.randint(2, 18)}\t{g.amount(300, 9000)}\t{g.mask_mobile(p.mobile)}")
        lines += ["", "请以上业主尽快缴纳，逾期将按合同约定处理。",
                  f"咨询电话{c}{g.L()}（客服中心）  管家{mg.sur}{r.choice(['姐', '哥', '管家'])}{c}{g.M(mg.mobile)}"]
    return "\n".join(lines) + "\n"


def re_access_log(g):
    r, c = g.r, g.c
    comm = g.ch(COMMUNITIES)
    lines = [f"{comm} 智慧社区平台 v{r.randint(2, 5)}.{r.randint(0, 12)}.{r.randint(0, 30)}  门禁通行记录导出",
             f"导出人{c}admin   导出时间{c}{g.dtime()}"]
    if r.random() < 0.6:
        lines.append(f"云平台节点{c}{g.IP()}  本地网关{c}{g.private_ip()}")
    lines.append("")
    lines.append("记录ID,通行时间,设备名称,设备IP,人员姓名,人员类型,手机号,证件号码,通行方式,结果")
    for _ in range(r.randint(5, 9)):
        p = g.person(1950, 2005)
        kind = r.choice(["业主", "业主", "家属", "租户", "访客"])
        mode = r.choice(["人脸识别", "人脸识别", "IC卡", "二维码", "远程开门"])
        phone = g.M(p.mobile, "plain") if r.random() < 0.7 else g.mask_mobile(p.mobile)
        idc = g.ID(p.id, "plain") if (kind == "访客" or r.random() < 0.3) else ""
        if mode == "IC卡":
            idc = idc or f"卡号{g.ref('0', 9)}"
        lines.append(f"{g.ref('', 10)},{g.dtime()},{r.randint(1, 28)}幢{r.randint(1, 3)}单元门口机,{g.private_ip()},{p.name},{kind},{phone},{idc},{mode},{r.choice(['成功', '成功', '成功', '失败-未注册'])}")
    if r.random() < 0.5:
        p = g.person()
        lines += ["", "访客车辆登记：", f"{g.dtime()}  {g.P()}  被访房号 {r.randint(1, 28)}-{g.room()}  访客电话 {g.M(p.mobile)}  放行：岗亭2"]
    return "\n".join(lines) + "\n"


def re_parking(g):
    r, c = g.r, g.c
    comm = g.ch(COMMUNITIES)
    lines = [r.choice([f"{comm}地下停车场月卡登记表", "停车月租卡办理/续费登记", f"{comm}车辆管理台账"])]
    v = r.randrange(2)
    if v == 0:
        lines.append(pad_table([["车牌号", "车主", "联系电话", "房号", "车位", "有效期至", "费用"]] + [
            [g.P(nev=r.random() < 0.35), p.name, g.M(p.mobile), f"{r.randint(1, 28)}-{g.room()}",
             f"B{r.randint(1, 2)}-{r.randint(1, 500):03d}", f"{g.date(2024, 2025)}", f"{r.choice([300, 350, 450, 600])}元/月"]
            for p in [g.person() for _ in range(r.randint(4, 8))]]))
    else:
        for _ in range(r.randint(3, 5)):
            p = g.person()
            lines += ["—" * 12, f"车牌号码{c}{g.P(nev=r.random() < 0.4)}", f"车主姓名{c}{p.name}",
                      f"手机{c}{g.M(p.mobile)}", f"身份证{c}{g.ID(p.id)}" if r.random() < 0.5 else f"身份证{c}{g.mask_id(p.id)}",
                      f"车辆品牌{c}{r.choice(['比亚迪汉', '特斯拉Model Y', '大众帕萨特', '丰田凯美瑞', '理想L7', '本田雅阁', '蔚来ES6'])}",
                      f"缴费金额{c}{r.choice([1800, 2100, 3600, 4200])}.00  收据号{c}{g.ref('NO.', 7)}"]
    lines.append(f"\n停车场值班电话{c}{g.L()}")
    return "\n".join(lines) + "\n"


def re_group_chain(g):
    r, c = g.r, g.c
    comm = g.ch(COMMUNITIES)
    topic = r.choice(["团购净水器登记", "电动车充电桩报名", "业委会选举投票意向", "端午粽子团购", "加装电梯意向登记", "周末亲子活动报名"])
    lines = [f"#接龙", f"{comm}{r.randint(1, 28)}幢 {topic}", f"格式：房号+姓名+电话{r.choice(['', '+车牌'])}", ""]
    for i in range(r.randint(6, 11)):
        p = g.person(1960, 2000)
        room = f"{r.randint(1, 4)}-{r.randint(1, 33)}{r.randint(1, 4):02d}"
        phone = g.M(p.mobile, r.choice(["plain", "plain", "dash", "space", "fw"])) if r.random() < 0.85 else g.mask_mobile(p.mobile)
        who = r.choice([p.name, p.title, p.sur + r.choice(["姐", "哥", "阿姨", "叔"]), p.sur + "家"])
        extra = ""
        if r.random() < 0.3:
            extra = " " + g.P()
        if r.random() < 0.15:
            extra += r.choice([" 👍", " 🙏", " 🌹", "（微信同号）", " 已转账"])
        lines.append(f"{i + 1}. {room} {who} {phone}{extra}")
    lines.append(r.choice(["", "\n截止今晚8点，有问题私聊群主🙏", "\n@所有人 还没报名的抓紧了"]))
    return "\n".join(lines) + "\n"


def re_viewing(g):
    r, c = g.r, g.c
    p = g.person(1965, 2000)
    ag = g.person(1988, 2001)
    lines = [r.choice(["看房确认书", "带看确认单", "房源带看确认书（买方）"]), f"编号{c}{g.ref('DK', 10)}", "",
             f"委托人（看房人）{c}{p.name}", f"身份证号{c}{g.ID(p.id)}", f"手机号码{c}{g.M(p.mobile)}"]
    if r.random() < 0.4:
        q = g.person(1965, 2000)
        lines.append(f"同行人{c}{q.name}  手机{c}{g.M(q.mobile)}")
    lines.append("")
    lines.append("本人经甲方经纪人带看以下房源：")
    for i in range(r.randint(1, 3)):
        lines.append(f"  {i + 1}）{g.ch(COMMUNITIES)} {r.randint(1, 30)}幢{g.room()}室  挂牌价 {r.randint(150, 900)}万  带看时间 {g.dtime()}")
    lines += ["本人承诺：自带看之日起6个月内不绕过甲方与业主私下交易。", "",
              f"经纪人{c}{ag.name}   手机{c}{g.M(ag.mobile)}   门店{c}{g.city[0]}{r.choice(ROADS)}店  {g.L()}",
              f"看房人签字：________   日期：{g.date(2024, 2024)}"]
    return "\n".join(lines) + "\n"


def re_decoration(g):
    r, c = g.r, g.c
    owner = g.person(1965, 1995)
    boss = g.person(1970, 1992, sex="男")
    lines = [r.choice(["装修申请登记表", "住户装修报备表", "装饰装修管理服务协议（附表）"]),
             f"房号{c}{r.randint(1, 28)}幢{r.randint(1, 4)}单元{g.room()}室   申请日期{c}{g.date(2024, 2024)}",
             f"业主姓名{c}{owner.name}   联系电话{c}{g.M(owner.mobile)}",
             f"施工单位{c}{g.city[0]}{r.choice(['匠心', '宜居', '美家', '东易'])}装饰工程有限公司  负责人{c}{boss.name}  电话{c}{g.M(boss.mobile)}",
             f"装修押金{c}{r.choice([2000, 3000, 5000])}元（收据号 {g.ref('ZX', 8)}）  垃圾清运费{c}{r.choice([300, 500, 800])}元",
             "", "施工人员名单："]
    rows = [["姓名", "工种", "身份证号", "出生日期", "联系电话"]]
    for _ in range(r.randint(3, 6)):
        w = g.person(1965, 2000, sex=r.choice("男男男女"))
        rows.append([w.name, r.choice(["水电工", "泥瓦工", "木工", "油漆工", "杂工"]), g.ID(w.id, "plain"),
                     g.BD(w.birth, "iso") if r.random() < 0.7 else "", g.M(w.mobile, "plain")])
    lines.append(tbl(rows, r.choice(["\t", "  ", " | "])))
    lines += ["", f"施工时间：工作日 8:00-12:00，14:00-18:00。物业工程部{c}{g.L()}"]
    return "\n".join(lines) + "\n"


def re_temp_residence(g):
    r, c = g.r, g.c
    comm = g.ch(COMMUNITIES)
    lines = [r.choice(["境外人员临时住宿登记表（物业代报）", "港澳台及外籍租户登记台账", "出租屋住客信息登记"]),
             f"小区{c}{comm}    登记日期{c}{g.date(2024, 2024)}    登记人{c}{g.person().name}（物业前台）", ""]
    rows = [["房号", "住客姓名", "证件类型", "证件号码", "出生日期", "联系电话", "入住日期"]]
    for _ in range(r.randint(3, 6)):
        p = g.person(1960, 2004)
        k = r.random()
        if k < 0.3:
            nm, rom, kind = g.trad_person("hk")
            typ, num, phone = "回乡证", g.HK(r.choice("HM")), S("MOBILE", phone_intl(g, r.choice(["HK", "HK", "MO"]), True))
            name = nm
        elif k < 0.65:
            typ, num, phone, name = "护照", g.PP(), g.M(p.mobile), p.name
        elif k < 0.85:
            typ, num, phone, name = "往来港澳通行证", g.HK("C"), g.M(p.mobile), p.name
        else:
            typ, num, phone, name = "身份证", g.ID(p.id, "plain"), g.M(p.mobile), p.name
        rows.append([f"{r.randint(1, 28)}-{g.room()}", name, typ, num, g.BD(p.birth, r.choice(["iso", "compact", "slash"])), phone, str(g.date(2024, 2024))])
    lines.append(tbl(rows, r.choice(["\t", " | ", ","])))
    lines += ["", f"备注{c}境外人员应于入住后24小时内向属地派出所申报，派出所电话{c}{g.L()}。"]
    return "\n".join(lines) + "\n"


RE_TEMPLATES = [re_owner_list, re_rental, re_followup, re_listing, re_fee_notice, re_access_log, re_parking,
                re_group_chain, re_viewing, re_decoration, re_temp_residence]


# ==========================================================================================================
# auto
# ==========================================================================================================
CAR_MODELS = ["大众朗逸", "丰田凯美瑞", "本田CR-V", "比亚迪汉EV", "比亚迪宋PLUS DM-i", "特斯拉Model 3", "理想L6", "问界M7",
              "吉利星越L", "长安CS75 PLUS", "哈弗H6", "宝马325Li", "奔驰C260L", "奥迪A4L", "别克GL8", "日产轩逸",
              "小鹏G6", "蔚来ET5", "五菱宏光MINIEV", "广汽埃安S", "极氪001", "领克03"]
INSURERS = ["中国人保财险", "平安财险", "太平洋财险", "国寿财险", "大地保险", "阳光财险", "太平财险"]


def policy_no(g, kind="P"):
    r = g.r
    d = g.date(2023, 2024)
    return g.safe(lambda: r.choice([f"{kind}DAA{d.year}{r.choice(g.city[4])[:4]}{g.digits(10, '0123456789')}",
                                    f"{kind}DZA{d.year}{r.choice(g.city[4])[:6]}{g.digits(8, '0123456789')}",
                                    f"{r.choice(g.city[4])[:4]}{d:%Y%m%d}{g.digits(6, '0123456789')}",
                                    f"{d.year}{r.choice(g.city[4])}{g.digits(8, '0123456789')}",
                                    f"A{d.year}{g.digits(14, '0123456789')}"]))


def au_customer(g):
    r, c = g.r, g.c
    p = g.person(1960, 2000)
    sa = g.person(1988, 2001)
    brand = g.ch(CAR_MODELS)
    lines = [f"{g.city[0]}{r.choice(['宏达', '中升', '永达', '广汇', '元通', '恒信'])}{brand[:2]}4S店  客户档案卡",
             f"档案编号{c}{g.ref('KD', 10)}    建档日期{c}{g.date(2022, 2024)}", "-" * 40,
             f"客户姓名{c}{p.name}    性别{c}{p.sex}" + (f"    出生日期{c}{g.BD(p.birth)}" if r.random() < 0.6 else ""),
             (f"证件类型{c}身份证    证件号码{c}{g.ID(p.id) if r.random() < 0.85 else S('ID_CARD', g.id15())}" if r.random() < 0.85
              else f"证件类型{c}护照    证件号码{c}{g.PP()}"),
             f"手机{c}{g.M(p.mobile)}" + (f"    家庭电话{c}{g.L()}" if r.random() < 0.35 else "")]
    if r.random() < 0.4:
        lines.append(f"微信{c}{g.WX(p)}")
    if r.random() < 0.3:
        lines.append(f"邮箱{c}{g.E(p)}")
    lines += [f"联系地址{c}{g.addr()}", "-" * 40,
              f"车型{c}{brand}  颜色{c}{r.choice(['珍珠白', '曜石黑', '星河灰', '冰川蓝'])}  车牌号{c}{g.P()}",
              f"车架号(VIN){c}{g.vin()}    发动机号{c}{g.engine_no()}",
              f"购车日期{c}{g.date(2019, 2024)}    开票价{c}¥{g.amount(89000, 420000)}    首保里程{c}{r.randint(3000, 7500)}km",
              f"保险到期{c}{g.date(2024, 2025)}    承保公司{c}{g.ch(INSURERS)}    保单号{c}{policy_no(g)}",
              f"销售顾问{c}{sa.name}（{g.M(sa.mobile)}）    服务顾问{c}{g.person().name}",
              f"备注{c}{r.choice(['老客户转介绍', '置换客户，旧车已评估', '关注保养套餐', '客户要求只短信联系'])}" + r.choice(["", f"，介绍人电话 {g.mask_mobile()}"])]
    return "\n".join(lines) + "\n"


def au_claim(g):
    r, c = g.r, g.c
    ins = g.person(1965, 2000)
    drv = ins if r.random() < 0.5 else g.person(1970, 2002)
    rep = ins if r.random() < 0.6 else drv
    lines = [r.choice(["机动车辆保险报案记录", "机动车保险索赔申请书", f"{g.ch(INSURERS)} 车险理赔案件信息"]),
             f"报案号{c}{policy_no(g, 'R')}", f"保单号{c}{policy_no(g)}" + (f"    交强险保单号{c}{policy_no(g)}" if r.random() < 0.5 else ""),
             "", f"被保险人{c}{ins.name}    证件号码{c}{g.ID(ins.id)}",
             f"报案人{c}{rep.name}    联系电话{c}{g.M(rep.mobile)}    与被保险人关系{c}{'本人' if rep is ins else r.choice(['配偶', '朋友', '同事', '子女'])}"]
    if drv is ins:
        lines.append(f"驾驶员{c}同被保险人    驾驶证号{c}同身份证号")
    else:
        lines.append(f"驾驶员{c}{drv.name}    驾驶证号{c}{g.ID(drv.id, 'plain')}    准驾车型{c}C1    初次领证日期{c}{g.date(2008, 2020)}")
        if r.random() < 0.5:
            lines.append(f"驾驶员手机{c}{g.M(drv.mobile)}")
    t = g.dtime()
    lines += [f"出险时间{c}{t}    出险地点{c}{g.city[0]}市{r.choice(ROADS)}与{r.choice(ROADS)}交叉口",
              f"定位坐标{c}{g.GPS()}" if r.random() < 0.55 else f"定位{c}（客户未开启定位）",
              f"出险经过{c}{r.choice(['等红灯时被后车追尾', '倒车时刮蹭路边石墩', '变道时与右侧车辆发生碰撞', '停放期间被不明车辆刮擦', '雨天路滑追尾前车'])}，无人员伤亡。",
              f"标的车牌号{c}{g.P(nev=r.random() < 0.4)}    厂牌型号{c}{g.ch(CAR_MODELS)}",
              f"VIN{c}{g.vin()}    发动机号{c}{g.engine_no()}"]
    if r.random() < 0.6:
        tp = g.person()
        lines.append(f"三者车牌{c}{g.P()}    三者驾驶员{c}{tp.name}    电话{c}{g.M(tp.mobile)}")
    sv = g.person(1985, 1999)
    lines.append(f"查勘员{c}{sv.name}（工号{g.ref('CK', 6)}）  {g.M(sv.mobile)}    客服热线 {r.choice(['95518', '95511', '95500', '95519', '95590'])}")
    if r.random() < 0.6:
        b = r.choice(list(BINS)[:12])
        lines.append(f"赔款接收账户{c}户名 {ins.name}  {BANKS[b]}  账号 {g.CARD(g.card_digits(b))}")
    lines.append(f"估损金额{c}{g.amount(800, 32000)}元    案件状态{c}{r.choice(['已报案', '查勘中', '定损完成', '理算中', '已结案'])}")
    return "\n".join(lines) + "\n"


def au_usedcar(g):
    r, c = g.r, g.c
    a, b = g.person(1965, 1998), g.person(1975, 2002)
    price = r.randint(3, 38) * 10000 + r.choice([0, 5000])
    lines = [r.choice(["二手车买卖合同", "二手车转让协议书", "旧机动车买卖协议"]), f"合同编号{c}{g.ref('ESC', 9)}", "",
             f"甲方（卖方）{c}{a.name}", f"身份证号{c}{g.ID(a.id)}", f"电话{c}{g.M(a.mobile)}", "",
             f"乙方（买方）{c}{b.name}", f"身份证号{c}{g.ID(b.id)}", f"电话{c}{g.M(b.mobile)}", "",
             "一、车辆基本情况",
             f"号牌号码{c}{g.P(nev=r.random() < 0.3)}  品牌型号{c}{g.ch(CAR_MODELS)}  车身颜色{c}{r.choice(['白', '黑', '灰', '蓝', '红'])}",
             f"车辆识别代号{c}{g.vin()}  发动机号码{c}{g.engine_no()}",
             f"初次登记日期{c}{g.date(2015, 2022)}  表显里程{c}{r.randint(12000, 168000):,}公里  登记证书编号{c}{g.ref(g.city[2][0][0], 11)}",
             "二、价款及支付方式",
             f"成交价人民币{price:,}元（大写略），乙方于签约当日支付定金{r.choice([2000, 5000, 10000])}元，余款过户后付清。"]
    if r.random() < 0.7:
        bk = r.choice(list(BINS)[:12])
        lines.append(f"甲方收款账户{c}{BANKS[bk]} {g.CARD(g.card_digits(bk))}（户名{a.name}）")
    if r.random() < 0.4:
        mid = g.person(1980, 1998)
        lines += ["", f"中介方{c}{g.city[0]}{r.choice(['诚信', '车易', '好车', '瓜子'])}二手车经纪有限公司  经办人{c}{mid.name}  电话{c}{g.M(mid.mobile)}  座机{c}{g.L()}"]
    lines += ["", "甲方签字：          乙方签字：", f"{g.date(2024, 2024):%Y年%m月%d日}"]
    return "\n".join(lines) + "\n"


def au_violation_msg(g):
    r, c = g.r, g.c
    agent = g.person(1985, 2000)
    plate = g.P(nev=r.random() < 0.3, sep=r.choice(["", "·"]))
    n = r.randint(1, 4)
    emo = r.random() < 0.6
    lines = [r.choice(["【车务通】", "【违章代办】", f"{g.city[0]}车管代办-{agent.sur}师傅：", ""]) +
             f"您好，您的车辆{plate}查询到{n}条未处理违章{'🚗' if emo else ''}："]
    for i in range(n):
        lines.append(f"{i + 1}. {g.dtime()} {g.city[0]}{r.choice(ROADS)} {r.choice(['违停', '闯红灯', '超速20%以下', '不按导向车道行驶', '压实线'])} 罚款{r.choice([100, 150, 200])}元 记{r.choice([0, 1, 3, 6])}分")
    lines.append(f"可代办消分/缴款，服务费{r.choice([30, 50, 80])}元/条，当天出结果{'👍' if emo else ''}")
    k = r.random()
    if k < 0.35:
        lines.append(f"加V：{g.WX(agent)}  或电话 {g.M(agent.mobile)}")
    elif k < 0.7:
        lines.append(f"联系电话（微信同号）{c}{g.M(agent.mobile)}")
    else:
        lines.append(f"QQ{c}{g.QQ()}  电话{c}{g.M(agent.mobile)}" + (f"  微信{c}{S('WECHAT', g.mobile_digits())}" if r.random() < 0.5 else ""))
    lines.append(r.choice(["官方渠道请使用“交管12123”APP。拒收请回复R", "回T退订", "", "温馨提示：驾驶证需在有效期内"]))
    if r.random() < 0.5:
        cu = g.person()
        lines += ["", f"客户回复：好的，我驾驶证号就是身份证 {g.ID(cu.id)}，电话 {g.M(cu.mobile)}，帮我把{n}条都处理了"]
    return "\n".join(lines) + "\n"


def au_inspection_sms(g):
    r, c = g.r, g.c
    lines = [r.choice(["短信群发记录（年检提醒）", "车检到期提醒 - 发送明细", "SMS batch: 年审提醒"]),
             f"任务号{c}{g.ref('SMS', 12)}  发送时间{c}{g.dtime()}  通道{c}{r.choice(['106', '1069'])}{g.digits(8, '0123456789')}", ""]
    shop = f"{g.city[0]}{r.choice(['安信', '车安', '通达', '诚检'])}机动车检测站"
    land = g.L()
    for _ in range(r.randint(3, 6)):
        p = g.person()
        plate = g.P()
        due = g.date(2024, 2025)
        msg = r.choice([
            f"【{shop}】尊敬的{p.title}，您的爱车{plate}年检将于{due:%Y年%m月}到期，请提前预约上线检测，预约电话{land}，回T退订",
            f"【{shop}】{p.masked_name}车主您好，车辆{plate}（{g.ch(CAR_MODELS)}）检验有效期至{due}，逾期未检将无法正常通行。咨询{land}",
            f"【{shop}】提醒：{plate}已满6年需上线检测，本站周末正常营业，地址{r.choice(ROADS)}{r.randint(1, 300)}号，电话{land}",
        ])
        lines.append(f"{g.M(p.mobile, 'plain')}\t{msg}\t{r.choice(['成功', '成功', '成功', '失败(空号)'])}")
    return "\n".join(lines) + "\n"


def au_repair_order(g):
    r, c = g.r, g.c
    p = g.person()
    lines = [r.choice(["维修委托书/结算单", "车辆维修工单", "REPAIR ORDER 维修派工单"]),
             f"工单号{c}{g.ref('WO' + g.date(2024, 2024).strftime('%Y%m%d') + '-', 4)}    进厂时间{c}{g.dtime()}",
             f"车牌号{c}{g.P()}    VIN{c}{g.vin()}    里程{c}{r.randint(5000, 180000)}km",
             f"送修人{c}{p.name}    电话{c}{g.M(p.mobile)}" + (f"    备用{c}{g.L()}" if r.random() < 0.3 else ""),
             f"故障描述{c}{r.choice(['仪表盘发动机故障灯亮', '空调不制冷', '刹车异响', '常规保养', '左前门凹陷钣喷', '电瓶亏电无法启动'])}",
             "", "序号  项目/配件          编号              数量  金额"]
    for i in range(r.randint(2, 5)):
        part = r.choice(["机油滤清器", "机油 5W-30", "空气滤芯", "刹车片(前)", "火花塞", "空调滤芯", "雨刮片", "蓄电池"])
        lines.append(f"{i + 1:<4}  {part:<12}  {g.safe(lambda: r.choice(['06L115562B', '04152-YZZA6', '1109010-ZL01', 'A0004200420', 'BP-' + g.digits(7)]))}  {r.randint(1, 4)}  {g.amount(40, 1200)}")
    lines += [f"合计{c}¥{g.amount(300, 5000)}    发票号码{c}{g.digits(8, '0123456789')}    支付方式{c}{r.choice(['微信', '支付宝', '刷卡', '现金'])}",
              f"服务顾问{c}{g.person().name}  {g.M()}    售后热线{c}{g.L()}"]
    if r.random() < 0.3:
        lines.append(f"交易参考号{c}{g.ref('', 12)}  卡号{c}{g.mask_card()}")
    return "\n".join(lines) + "\n"


def au_rescue(g):
    r, c = g.r, g.c
    p = g.person()
    drv = g.person(1975, 1995, sex="男")
    lines = [r.choice(["道路救援派单", "【救援工单】", "24小时道路救援服务记录"]),
             f"工单号{c}{g.ref('JY', 12)}    来源{c}{r.choice(['保险公司转派', '400热线', '小程序下单', '4S店'])}",
             f"求助人{c}{p.name}    电话{c}{g.M(p.mobile)}",
             f"求助车辆{c}{g.P(nev=r.random() < 0.5)}  {g.ch(CAR_MODELS)}",
             f"故障类型{c}{r.choice(['搭电', '换胎', '拖车', '送油', '困境救援', '开锁'])}",
             f"求助位置{c}{g.city[0]}{r.choice(ROADS)}附近" + (f"  GPS{c}{g.GPS()}" if r.random() < 0.75 else ""),
             f"派单时间{c}{g.dtime()}    预计到达{c}{r.randint(15, 60)}分钟",
             f"救援车{c}{g.P()}    司机{c}{drv.name}  {g.M(drv.mobile)}",
             f"费用{c}{r.choice(['保险内免费', '¥200', '¥350', '按公里计费'])}    客服{c}400-{g.digits(3, '0123456789')}-{g.digits(4, '0123456789')}"]
    if r.random() < 0.4:
        lines.append(f"司机实时位置{c}{g.GPS()}（{g.dtime()}）")
    return "\n".join(lines) + "\n"


def au_etc(g):
    r, c = g.r, g.c
    p = g.person()
    bk = r.choice(list(BINS))
    lines = [r.choice(["ETC 办理申请表（个人）", "ETC签约信息确认单", "高速ETC记账卡申请"]),
             f"申请编号{c}{g.ref('ETC', 14)}",
             f"车主姓名{c}{p.name}    证件类型{c}居民身份证", f"证件号码{c}{g.ID(p.id)}",
             f"手机号码{c}{g.M(p.mobile)}（用于接收验证码）",
             f"车牌号码{c}{g.P(nev=r.random() < 0.45)}    车牌颜色{c}{r.choice(['蓝色', '渐变绿色', '黄绿双拼'])}",
             f"车辆识别代号{c}{g.vin()}    核定载人数{c}{r.choice([5, 5, 7])}",
             f"绑定银行卡{c}{BANKS[bk]} {g.CARD(g.card_digits(bk))}",
             f"OBU序列号{c}{g.ref(r.choice(['3301', '3201', '4401']), 12)}    ETC卡号{c}{g.ref('', 20)}",
             f"车载终端ICCID{c}{g.iccid()}    IMEI{c}{g.imei()}",
             f"办理网点{c}{g.city[0]}{r.choice(ROADS)}营业厅    客服{c}{r.choice(['96576', '95022', '96122'])}"]
    return "\n".join(lines) + "\n"


def au_loan(g):
    r, c = g.r, g.c
    p = g.person(1970, 1998)
    sp = g.person(1970, 1998, sex="女" if p.sex == "男" else "男")
    bk = r.choice(list(BINS))
    lines = [r.choice(["汽车消费贷款申请表", "个人购车分期业务申请书", "车贷进件资料"]),
             f"申请单号{c}{g.ref('CL', 14)}    金融方案{c}{r.choice(['36期 年化3.88%', '24期 0息', '60期 等额本息'])}", "",
             "【借款人信息】", f"姓名{c}{p.name}  性别{c}{p.sex}  出生日期{c}{g.BD(p.birth)}",
             f"身份证号{c}{g.ID(p.id)}  有效期{c}{g.date(2028, 2040)}",
             f"手机{c}{g.M(p.mobile)}  单位电话{c}{g.L()}" + r.choice(["", f" 转{r.randint(100, 8999)}", f"-{r.randint(10, 999)}"]),
             f"电子邮箱{c}{g.E(p)}" if r.random() < 0.5 else f"婚姻状况{c}已婚",
             "", "【共同还款人（配偶）】", f"姓名{c}{sp.name}  身份证号{c}{g.ID(sp.id)}  手机{c}{g.M(sp.mobile)}", "",
             "【车辆信息】", f"车型{c}{g.ch(CAR_MODELS)}  车价{c}{g.amount(100000, 450000)}  首付{c}{r.choice([20, 30, 40])}%",
             f"还款账户{c}{BANKS[bk]}  {g.CARD(g.card_digits(bk))}"]
    if r.random() < 0.4:
        lines.append(f"进件IP{c}{g.IP()}  设备IMEI{c}{g.imei()}")
    return "\n".join(lines) + "\n"


def au_sales_chat(g):
    r, c = g.r, g.c
    cu = g.person(1975, 2002)
    sa = g.person(1990, 2001)
    t = g.date(2024, 2024)
    msgs = [
        (sa.name, f"{cu.title}您好，我是{g.city[0]}{g.ch(CAR_MODELS)[:2]}4S店销售顾问{sa.name}，这是我的电话 {g.M(sa.mobile)}，有问题随时找我😊"),
        (cu.title, "你好，想问下那款车现在落地多少"),
        (sa.name, f"裸车{g.amount(120000, 300000)}，加购置税保险上牌大概{g.amount(130000, 330000)}"),
        (cu.title, r.choice(["能再便宜点不", "有现车吗", "置换有补贴吗"])),
        (sa.name, "需要登记一下您的信息做报价单，麻烦发一下身份证号和常用手机号"),
        (cu.title, f"{g.ID(cu.id)} 手机就是这个号 {g.M(cu.mobile)}"),
        (sa.name, f"收到👌 旧车是{g.P()}对吧？下午评估师{g.person().sur}工联系您"),
        (cu.title, r.choice(["嗯", "好的", "👌"]) + (f" 我{'老婆' if cu.sex == '男' else '老公'}电话{g.M()}，{'她' if cu.sex == '男' else '他'}下午有空" if r.random() < 0.5 else "")),
    ]
    if r.random() < 0.4:
        msgs.append((sa.name, f"合同电子版发您邮箱了 {g.E(cu)} 注意查收"))
    hdr = r.choice([f"微信聊天记录导出  与「{cu.title}」", f"——— {t} ———", "聊天记录"])
    out = [hdr]
    fmt = r.randrange(3)
    minute = r.randint(9, 17) * 60
    for who, m in msgs:
        minute = min(minute + r.randint(0, 25), 23 * 60 + 59)
        hh, mm = divmod(minute, 60)
        out.append([f"{who} {t} {hh}:{mm:02d}\n{m}", f"{who}: {m}", f"[{hh}:{mm:02d}] {who}：{m}"][fmt])
    return "\n".join(out) + "\n"


AU_TEMPLATES = [au_customer, au_claim, au_usedcar, au_violation_msg, au_inspection_sms, au_repair_order, au_rescue,
                au_etc, au_loan, au_sales_chat]


# ==========================================================================================================
# tax_social
# ==========================================================================================================
def si_card_no(g):
    r = g.r
    return g.safe(lambda: r.choice("ABDEGJKLMCH" if r.random() < 0.3 else "ABDGJKL") + g.digits(8, "0123456789"))


def si_person_no(g):
    r = g.r
    return g.safe(lambda: r.choice([g.digits(10), "1" + g.digits(9, "0123456789"), r.choice(g.city[4])[:4] + g.digits(10, "0123456789"),
                                     g.digits(14), g.digits(16, "123")]))


def tx_income_detail(g):
    r, c = g.r, g.c
    p = g.person(1968, 2000)
    comp = g.company()
    code = g.uscc()
    year = r.choice([2022, 2023])
    lines = [r.choice(["个人所得税 收入纳税明细", "个人所得税APP-收入纳税明细查询结果", "纳税记录开具（收入纳税明细）"]),
             f"纳税人姓名{c}{p.name}", f"纳税人识别号{c}{g.ID(p.id, 'plain')}",
             f"查询期间{c}{year}-01 至 {year}-12    打印时间{c}{g.dtime(2024, 2024)}", ""]
    v = r.randrange(2)
    base = r.randint(6000, 38000)
    rows = [["序号", "所得项目小类", "所得期间", "扣缴义务人", "扣缴义务人纳税人识别号", "收入", "已申报税额"]]
    for m in range(1, r.randint(4, 12) + 1):
        inc = base + r.randint(-800, 2500)
        rows.append([str(m), r.choice(["正常工资薪金", "正常工资薪金", "全年一次性奖金收入", "劳务报酬"]), f"{year}-{m:02d}",
                     comp[0], code, f"{inc:,}.00", f"{inc * r.choice([0.03, 0.1]) - r.choice([0, 210]):,.2f}"])
    lines.append(tbl(rows, "\t") if v == 0 else pad_table(rows))
    lines += ["", f"合计收入{c}{g.amount(60000, 460000)}    合计已申报税额{c}{g.amount(800, 60000)}",
              f"验证码{c}{g.safe(lambda: ''.join(r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(16)))}",
              "说明：本明细仅供参考，如有疑问请咨询12366纳税服务热线。"]
    if r.random() < 0.3:
        lines.append(f"绑定手机{c}{g.mask_mobile(p.mobile)}    登录IP{c}{g.IP()}")
    return "\n".join(lines) + "\n"


def tx_special_deduction(g):
    r, c = g.r, g.c
    p = g.person(1975, 1995)
    comp = g.company()
    lines = [f"个人所得税专项附加扣除信息表（{r.choice([2024, 2025])}年度）", "",
             f"纳税人姓名{c}{p.name}    纳税人识别号{c}{g.ID(p.id)}",
             f"手机号码{c}{g.M(p.mobile)}    电子邮箱{c}{g.E(p) if r.random() < 0.6 else '（未填）'}",
             f"联系地址{c}{g.addr()}",
             f"扣缴义务人名称{c}{comp[0]}    扣缴义务人纳税人识别号{c}{g.uscc()}", ""]
    sp = g.person(1975, 1995, sex="女" if p.sex == "男" else "男")
    if r.random() < 0.8:
        lines += ["配偶情况", f"  有无配偶{c}有    配偶姓名{c}{sp.name}    身份证件类型{c}居民身份证    身份证件号码{c}{g.ID(sp.id)}"]
    lines.append("一、子女教育")
    for _ in range(r.randint(1, 2)):
        ch = g.person(2008, 2021)
        lines.append(f"  子女姓名{c}{p.sur}{ch.name[len(ch.sur):]}    身份证件号码{c}{g.ID(ch.id)}    出生日期{c}{g.BD(ch.birth)}    当前受教育阶段{c}{r.choice(['学前教育', '义务教育', '高中阶段教育'])}    分配比例{c}{r.choice(['100%', '50%'])}")
    if r.random() < 0.6:
        lines += ["二、住房贷款利息", f"  贷款合同编号{c}{g.ref('HT', 14)}    贷款银行{c}{r.choice(list(BANKS.values()))}    首次还款日期{c}{g.date(2015, 2023)}"]
    if r.random() < 0.7:
        lines.append("三、赡养老人")
        for rel in r.sample(["父亲", "母亲"], r.randint(1, 2)):
            old = g.person(1940, 1962, sex="男" if rel == "父亲" else "女")
            lines.append(f"  被赡养人姓名{c}{p.sur if rel == '父亲' else old.sur}{old.name[len(old.sur):]}    身份证件号码{c}{g.ID(old.id)}    出生日期{c}{g.BD(old.birth)}    与纳税人关系{c}{rel}")
    lines.append(f"\n纳税人签字：        填报日期：{g.date(2024, 2024)}")
    return "\n".join(lines) + "\n"


def tx_social_cert(g):
    r, c = g.r, g.c
    p = g.person(1965, 2000)
    comp = g.company()
    lines = [r.choice([f"{g.city[0]}市社会保险个人参保证明", "社会保险个人权益记录单", "参保缴费证明（个人）"]),
             f"证明编号{c}{g.ref('SB' + str(g.date(2024, 2024).year), 10)}", "",
             f"姓名{c}{p.name}    性别{c}{p.sex}", f"社会保障号码{c}{g.ID(p.id)}",
             f"个人编号{c}{si_person_no(g)}    社保卡号{c}{si_card_no(g)}",
             f"参保单位{c}{comp[0]}    单位编号{c}{g.ref('', 8)}",
             f"首次参保日期{c}{g.date(2010, 2020):%Y-%m}    累计缴费月数{c}{r.randint(24, 240)}个月", "",
             "缴费年月  险种        缴费基数    个人缴纳    单位缴纳    缴费状态"]
    y = r.choice([2023, 2024])
    for m in range(1, r.randint(3, 7) + 1):
        b = r.randint(4462, 24930)
        lines.append(f"{y}{m:02d}    {r.choice(['养老保险', '医疗保险', '失业保险'])}    {b:,}.00    {b * 0.08:,.2f}    {b * 0.16:,.2f}    已实缴")
    lines += ["", "本证明可通过扫描二维码或登录“浙里办/随申办/粤省事”核验真伪。",
              f"经办机构{c}{g.city[0]}市社会保险事业管理中心    咨询电话{c}{g.L()}" + r.choice(["", "、12333"]),
              f"打印日期{c}{g.date(2024, 2024)}"]
    return "\n".join(lines) + "\n"


def tx_hpf_cert(g):
    r, c = g.r, g.c
    p = g.person(1970, 2000)
    comp = g.company()
    lines = [r.choice(["住房公积金缴存证明", "个人住房公积金缴存明细", "住 房 公 积 金 缴 存 证 明"]), "",
             f"兹证明{p.name}（身份证号{c}{g.ID(p.id)}）系我单位职工，自{g.date(2012, 2021):%Y年%m月}起在{g.city[0]}住房公积金管理中心缴存住房公积金，",
             f"个人公积金账号{g.ref('', 12)}，当前缴存基数{r.randint(5000, 31000):,}元，单位和个人缴存比例各{r.choice([5, 7, 8, 12])}%，",
             f"月缴存额{g.amount(600, 7400)}元，缴存状态{r.choice(['正常', '正常', '封存'])}，账户余额{g.amount(5000, 300000)}元。", "",
             f"单位名称（公章）{c}{comp[0]}", f"单位公积金账号{c}{g.ref('', 11)}",
             f"经办人{c}{g.person().name}    联系电话{c}{g.L()}" + r.choice(["", f"-{r.randint(800, 899)}", f" 转{r.randint(100, 999)}", f" ext. {r.randint(10, 99)}"]),
             f"日期{c}{g.date(2024, 2024):%Y年%m月%d日}", "",
             "（本证明有效期30天，涂改无效）"]
    if r.random() < 0.4:
        lines.insert(5, f"个人手机{c}{g.M(p.mobile)}")
    return "\n".join(lines) + "\n"


def tx_hpf_loan(g):
    r, c = g.r, g.c
    p = g.person(1975, 1998)
    bk = r.choice(list(BINS))
    k = r.random()
    if k < 0.6:
        idline = f"证件类型{c}居民身份证    证件号码{c}{g.ID(p.id)}"
    elif k < 0.8:
        idline = f"证件类型{c}护照    证件号码{c}{g.PP()}"
    else:
        idline = f"证件类型{c}港澳居民来往内地通行证    证件号码{c}{g.HK(r.choice('HM'))}"
    lines = [f"{g.city[0]}住房公积金个人住房贷款申请表", f"受理编号{c}{g.ref('GJJDK', 12)}", "",
             "借款人", f"  姓名{c}{p.name}  性别{c}{p.sex}  出生日期{c}{g.BD(p.birth)}", f"  {idline}",
             f"  手机{c}{g.M(p.mobile)}  单位电话{c}{g.L()}" + r.choice(["", f" 转{r.randint(100, 999)}", f"-{r.randint(100, 999)}"]),
             f"  电子邮箱{c}{g.E(p)}", f"  工作单位{c}{g.company()[0]}  公积金账号{c}{g.ref('', 12)}"]
    if r.random() < 0.7:
        sp = g.person(1975, 1998, sex="女" if p.sex == "男" else "男")
        lines += ["配偶", f"  姓名{c}{sp.name}  身份证号{c}{g.ID(sp.id)}  手机{c}{g.M(sp.mobile)}" + (f"  出生日期{c}{g.BD(sp.birth)}" if r.random() < 0.4 else "")]
    lines += ["贷款信息", f"  购房地址{c}{g.addr()}  购房合同号{c}{g.ref('YS', 10)}",
              f"  申请金额{c}{r.randint(30, 120)}万元  期限{c}{r.choice([240, 300, 360])}个月  还款方式{c}{r.choice(['等额本息', '等额本金'])}",
              f"  还款账户{c}{BANKS[bk]} {g.CARD(g.card_digits(bk))}", "", "申请人签字：__________"]
    return "\n".join(lines) + "\n"


def tx_medical_reimb(g):
    r, c = g.r, g.c
    p = g.person(1950, 2000)
    bk = r.choice(list(BINS))
    hosp = f"{g.city[0]}市{r.choice(['第一人民医院', '中医院', '妇幼保健院', '中心医院', '第三人民医院'])}"
    lines = [r.choice(["医疗费用报销申请单", "基本医疗保险零星报销申请表", "医保手工报销登记表"]),
             f"受理号{c}{g.ref('YB', 12)}", f"参保人姓名{c}{p.name}    性别{c}{p.sex}    年龄{c}{2024 - p.birth.year}",
             f"身份证号{c}{g.ID(p.id)}", f"医保个人编号{c}{si_person_no(g)}    社保卡号{c}{si_card_no(g)}",
             f"参保类型{c}{r.choice(['职工医保', '城乡居民医保', '灵活就业'])}    联系电话{c}{g.M(p.mobile)}",
             f"就诊医院{c}{hosp}    住院号{c}{g.ref('ZY', 8)}    入院日期{c}{g.date(2024, 2024)}",
             f"发票张数{c}{r.randint(1, 6)}    发票总金额{c}{g.amount(300, 60000)}    其中自费{c}{g.amount(50, 8000)}",
             f"报销金额打入{c}{BANKS[bk]}  户名 {p.name}  卡号 {g.CARD(g.card_digits(bk))}"]
    if r.random() < 0.5:
        ag = g.person()
        lines.append(f"代办人{c}{ag.name}  身份证{c}{g.ID(ag.id)}  电话{c}{g.M(ag.mobile)}  与参保人关系{c}{r.choice(['子女', '配偶', '亲属'])}")
    lines.append(f"经办机构{c}{g.city[0]}市医疗保障局  咨询电话{c}{g.L()}")
    return "\n".join(lines) + "\n"


def tx_payroll(g):
    r, c = g.r, g.c
    comp = g.company()
    lines = [f"{comp[0]}  {r.choice(['2024年', '2023年'])}{r.randint(1, 12)}月 工资薪金所得扣缴申报表",
             f"扣缴义务人纳税人识别号{c}{g.uscc()}    申报日期{c}{g.date(2024, 2024)}", ""]
    rows = [["工号", "姓名", "证件类型", "证件号码", "本期收入", "基本养老", "基本医疗", "失业", "住房公积金", "应纳税额"]]
    for _ in range(r.randint(5, 10)):
        p = g.person(1965, 2002)
        k = r.random()
        if k < 0.68:
            typ, num = "居民身份证", g.ID(p.id, "plain")
        elif k < 0.8:
            typ, num = "中国护照", g.PP()
        elif k < 0.94:
            typ, num = r.choice(["港澳居民来往内地通行证", "回乡证"]), g.HK(r.choice("HM"))
        else:
            typ, num = "居民身份证", g.mask_id(p.id)
        inc = r.randint(5000, 45000)
        rows.append([g.ref("E", 4), p.name, typ, num, f"{inc}.00", f"{inc * .08:.2f}", f"{inc * .02:.2f}", f"{inc * .005:.2f}",
                     f"{inc * .12:.2f}", f"{max(0, (inc - 5000) * .03):.2f}"])
    sep = r.choice([",", "\t"])
    lines.append(tbl(rows, sep))
    lines += ["", f"制表人{c}{g.person().name}    财务负责人{c}{g.person().name}    联系电话{c}{g.L()}"]
    return "\n".join(lines) + "\n"


def tx_flexible(g):
    r, c = g.r, g.c
    p = g.person(1968, 2003)
    bk = r.choice(list(BINS))
    lines = [r.choice(["灵活就业人员参保登记表", "个人参保登记（灵活就业）", "城乡居民基本养老保险参保登记表"]),
             f"登记编号{c}{g.ref('LH', 10)}", "",
             f"姓    名{c}{p.name}          性    别{c}{p.sex}",
             f"出生日期{c}{g.BD(p.birth)}          民    族{c}{r.choice(['汉族', '汉族', '汉族', '回族', '壮族', '满族'])}",
             f"公民身份号码{c}{g.ID(p.id)}", f"户籍所在地{c}{g.addr(r.choice(CITIES))}",
             f"移动电话{c}{g.M(p.mobile)}    固定电话{c}{g.L() if r.random() < 0.4 else '无'}",
             f"电子邮箱{c}{g.E(p) if r.random() < 0.5 else ''}",
             f"参保险种{c}{r.choice(['企业职工基本养老保险+职工医保', '城乡居民养老保险', '职工基本医疗保险'])}    缴费档次{c}{r.choice(['60%', '100%', '300%'])}",
             f"委托扣款银行{c}{BANKS[bk]}    账号{c}{g.CARD(g.card_digits(bk))}",
             "", f"申请人签名：______  日期：{g.date(2024, 2024)}"]
    return "\n".join(lines) + "\n"


def tx_app_security(g):
    r, c = g.r, g.c
    p = g.person(1975, 2000)
    hr = g.person(1985, 1999)
    comp = g.company()
    lines = [r.choice(["个人所得税APP - 账户与安全", "社保APP 登录日志导出", "电子税务局 个人账户 操作记录"]),
             f"用户{c}{p.masked_name}    绑定手机{c}{g.mask_mobile(p.mobile)}    绑定邮箱{c}{g.E(p)}", "",
             "时间                  操作          设备               IP地址              归属地"]
    for _ in range(r.randint(4, 7)):
        ip = g.IP(v6=r.random() < 0.25) if r.random() < 0.75 else g.private_ip()
        lines.append(f"{g.dtime()}   {r.choice(['登录', '查询收入纳税明细', '修改密码', '下载缴费凭证', '退出'])}    {r.choice(['iPhone 14', 'HUAWEI Mate 60', 'Xiaomi 13', 'Windows 10.0.19045.3693', 'OPPO Find X6'])}    {ip}    {g.city[0]} {r.choice(['电信', '联通', '移动'])}")
    lines += ["", f"如非本人操作，请联系单位HR {hr.name}（{g.E(hr, hr.email(comp[1]))}，{g.L()}）或拨打 12366。"]
    return "\n".join(lines) + "\n"


def tx_si_card_apply(g):
    r, c = g.r, g.c
    p = g.person(1950, 2010)
    bk = r.choice(list(BINS))
    minor = p.birth.year >= 2006
    lines = [r.choice(["社会保障卡申领登记表", "第三代社保卡申领信息确认单", "社保卡（金融功能）补换卡申请表"]),
             f"业务流水号{c}{g.ref('SBK', 14)}", "",
             f"姓名{c}{p.name}  性别{c}{p.sex}  出生日期{c}{g.BD(p.birth)}",
             f"证件类型{c}居民身份证  证件号码{c}{g.ID(p.id)}", f"联系电话{c}{g.M(p.mobile if not minor else g.mobile_digits())}"]
    if minor:
        gd = g.person(1970, 1990)
        lines.append(f"监护人{c}{gd.name}  监护人身份证号{c}{g.ID(gd.id)}  监护人电话{c}{g.M(gd.mobile)}")
    lines += [f"原社保卡号{c}{si_card_no(g)}    个人编号{c}{si_person_no(g)}",
              f"合作银行{c}{BANKS[bk]}  金融账户{c}{g.CARD(g.card_digits(bk))}",
              f"领卡方式{c}{r.choice(['网点领取', '邮寄到付'])}    邮寄运单号{c}{g.tracking()}",
              f"办理网点{c}{g.city[0]}{r.choice(ROADS)}支行    网点电话{c}{g.L()}"]
    return "\n".join(lines) + "\n"


TX_TEMPLATES = [tx_income_detail, tx_special_deduction, tx_social_cert, tx_hpf_cert, tx_hpf_loan, tx_medical_reimb,
                tx_payroll, tx_flexible, tx_app_security, tx_si_card_apply]


# ==========================================================================================================
# asr
# ==========================================================================================================
FILLERS = ["呃", "嗯", "那个", "就是", "啊", "呃那个", "嗯嗯", "然后"]


def fl(g, p=0.35):
    return (g.r.choice(FILLERS) + g.r.choice(["，", " ", "…", ""])) if g.r.random() < p else ""


def asr_mobile(g, d, style=None):
    r = g.r
    style = style or r.choice(["nosp", "344", "344", "each", "mix", "mix", "arabic", "arabic", "yi344"])
    if style == "nosp":
        v = speak(d, r)
    elif style == "344":
        v = speak(d, r, groups=[3, 4, 4])
    elif style == "yi344":
        v = speak(d, r, one="一", groups=[3, 4, 4])
    elif style == "each":
        v = " ".join(speak(ch, r, one=r.choice(["幺", "一"])) for ch in d)
    elif style == "mix":
        parts = [d[:3], d[3:7], d[7:]]
        k = r.randrange(3)
        v = " ".join(speak(x, r) if i == k or (i != k and r.random() < 0.3) else x for i, x in enumerate(parts))
        if v == d[:3] + " " + d[3:7] + " " + d[7:]:
            v = f"{d[:3]} {speak(d[3:7], r)} {d[7:]}"
    else:
        v = d if r.random() < 0.7 else f"{d[:3]} {d[3:7]} {d[7:]}"
    return S("MOBILE", v)


def asr_id(g, idn, style=None):
    r = g.r
    style = style or r.choice(["grouped", "grouped", "flat", "mix", "arabic"])
    x = r.choice(["叉", "X", "x"])
    if style == "grouped":
        v = speak(idn[:6], r, one="一") + " " + speak(idn[6:10], r, one="一") + " " + speak(idn[10:14], r, one="一") + " " + speak(idn[14:], r, one="幺")
    elif style == "flat":
        v = speak(idn, r, one=r.choice(["一", "幺"]))
    elif style == "mix":
        v = idn[:6] + " " + speak(idn[6:14], r, one="一") + " " + idn[14:]
    else:
        v = idn
    if idn.endswith("X"):
        v = v[:-1] + x
    return S("ID_CARD", v)


def asr_card(g, card, style=None):
    r = g.r
    style = style or r.choice(["g4", "g4", "arabic", "mixg"])
    if style == "g4":
        v = speak(card, r, groups=[4] * 5)
    elif style == "mixg":
        v = " ".join(speak(card[i:i + 4], r) if r.random() < 0.5 else card[i:i + 4] for i in range(0, len(card), 4))
    else:
        v = card if r.random() < 0.5 else " ".join(card[i:i + 4] for i in range(0, len(card), 4))
    return S("BANK_CARD", v.strip())


def asr_land(g):
    r = g.r
    ac, sub = g.landline_parts()
    style = r.choice(["spoken", "spoken", "arabic"])
    if style == "spoken":
        v = speak(ac, r) + " " + speak(sub, r, groups=[4, 4] if len(sub) == 8 else [3, 4])
    else:
        v = f"{ac}-{sub}" if r.random() < 0.5 else f"{ac} {sub}"
    return S("LANDLINE", v)


def render_asr(g, turns, roles, meta_lines):
    r = g.r
    fmt = r.randrange(5)
    out = list(meta_lines)
    t = r.randint(0, 8)
    for who, u in turns:
        name = roles[who]
        t += r.randint(2, 14)
        ts = f"{t // 60:02d}:{t % 60:02d}"
        if fmt == 0:
            out.append(f"{name}：{u}")
        elif fmt == 1:
            out.append(f"[{ts}] {name}: {u}")
        elif fmt == 2:
            out.append(f"{name} {ts}\n{u}")
        elif fmt == 3:
            a = t * 1000 + r.randint(0, 999)
            b = a + r.randint(900, 6000)
            t = b // 1000 + 1
            out.append(f"00:{a // 60000:02d}:{a // 1000 % 60:02d}.{a % 1000:03d} --> 00:{b // 60000:02d}:{b // 1000 % 60:02d}.{b % 1000:03d}  {name}  {u}")
        else:
            out.append(f"{name}:{u}")
    return "\n".join(out) + "\n"


def asr_meta(g, caller_d=None, callee="95588"):
    r, c = g.r, g.c
    lines = [r.choice(["【通话转写】", "语音转写结果", "录音质检-转写文本", "ASR Transcript"]),
             f"通话ID{c}{g.ref('CALL' + g.date(2024, 2024).strftime('%Y%m%d'), 8)}"]
    if caller_d:
        k = r.random()
        if k < 0.55:
            lines.append(f"主叫号码{c}{g.M(caller_d, 'plain')}    被叫{c}{callee}")
        else:
            lines.append(f"主叫号码{c}{g.mask_mobile(caller_d)}    被叫{c}{callee}")
    lines.append(f"通话时长{c}{r.randint(1, 12):02d}:{r.randint(0, 59):02d}    转写引擎{c}{r.choice(['ASR-v3.2', 'paraformer-zh', 'xf-rt-2.1'])}    置信度{c}0.{r.randint(78, 97)}")
    return lines


def as_bank_loss(g):
    r = g.r
    p = g.person(1965, 2000)
    card = g.card_digits()
    bank = BANKS[card[:6]]
    roles = r.choice([{"a": "坐席", "b": "客户"}, {"a": "客服", "b": "用户"}, {"a": "A", "b": "B"}, {"a": "说话人1", "b": "说话人2"}])
    turns = [("a", f"您好，{bank}客服中心，工号{speak(g.digits(4), r)}为您服务，请问有什么可以帮您？"),
             ("b", f"{fl(g)}你好，我那个卡丢了，想{r.choice(['挂失', '挂是', '挂失一下'])}。"),
             ("a", "好的，请问您的卡号是多少？"),
             ("b", f"{fl(g)}卡号是 {asr_card(g, card)}"),
             ("a", "好的，请再提供一下持卡人身份证号码。"),
             ("b", f"{fl(g)}{asr_id(g, p.id)}"),
             ("a", f"跟您核对一下，预留手机尾号是{speak(p.mobile[-4:], r)}对吗？"),
             ("b", r.choice(["对对对", "对的", "嗯对", "是的"])),
             ("a", "已为您办理临时挂失，需要补卡吗？新卡寄到哪里？"),
             ("b", f"寄到{r.choice(['公司', '家里'])}吧，{fl(g)}收件电话打我{r.choice(['老婆', '老公', '这个'])}的 {asr_mobile(g, g.mobile_digits())}"),
             ("a", f"好的，补卡工本费{r.choice(['五', '十', '十五'])}元，{r.randint(5, 10)}个工作日寄出。还有其他可以帮您？"),
             ("b", "没了谢谢")]
    return render_asr(g, turns, roles, asr_meta(g, p.mobile, r.choice(["95588", "95533", "95599", "95566", "95555"])))


def as_courier(g):
    r = g.r
    p = g.person()
    trk = g.tracking()
    roles = r.choice([{"a": "坐席", "b": "客户"}, {"a": "客服", "b": "来电人"}])
    turns = [("a", f"您好，{r.choice(['顺丰', '中通', '圆通', '京东'])}客服，很高兴为您服务。"),
             ("b", f"{fl(g)}我有个快递显示签收了但是我没收到"),
             ("a", "请问运单号是多少？"),
             ("b", f"运单号{trk.rstrip('0123456789')} {speak(trk[len(trk.rstrip('0123456789')):], r, one='一')}"),
             ("a", f"好的查到了，收件人电话是{speak(p.mobile[:3], r)}星号星号星号星号{speak(p.mobile[-4:], r)}对吗？"),
             ("b", "对"),
             ("a", "显示放在快递柜了，取件码您收到了吗？"),
             ("b", f"{fl(g)}没有啊，我手机号{r.choice(['好', '号'])}码是 {asr_mobile(g, p.mobile)}"),
             ("a", f"好的，我这边给您重新发送一下，取件码是{speak(g.digits(6, '0123456789'), r, one='一')}，{fl(g, 0.2)}请在{r.randint(12, 48)}小时内取出。"),
             ("b", f"行，你们快递员电话多少？"),
             ("a", f"快递员{g.person().sur}师傅，电话{asr_mobile(g, g.mobile_digits())}"),
             ("b", "好的好的")]
    if r.random() < 0.5:
        turns.insert(8, ("b", f"要不你直接送到我单位，座机{asr_land(g)}，找前台就行"))
    return render_asr(g, turns, roles, asr_meta(g, p.mobile, r.choice(["95338", "95311", "95554", "95546"])))


def as_police(g):
    r, c = g.r, g.c
    p = g.person(1960, 2002)
    roles = {"a": "接警员", "b": "报警人"} if r.random() < 0.7 else {"a": "110", "b": "来电"}
    meta = [r.choice(["110接处警录音转写", "【接警记录-语音转写】"]), f"接警编号{c}{g.ref('JJ' + g.date(2024, 2024).strftime('%Y%m%d'), 6)}",
            f"来电号码{c}{g.M(p.mobile, 'plain')}    来电时间{c}{g.dtime()}"]
    if r.random() < 0.7:
        meta.append(f"基站定位{c}{g.GPS()}（误差约{r.randint(50, 800)}米）")
    plate = g.P(sep="")
    turns = [("a", "你好，110，请讲。"),
             ("b", f"{fl(g, 0.6)}喂，我这边出了个车祸，{r.choice(['有人受伤', '没人受伤', '对方跑了'])}"),
             ("a", "在什么位置？"),
             ("b", f"在{g.city[0]}{r.choice(ROADS)}和{r.choice(ROADS)}{r.choice(['路口', '交叉口', '那个红绿灯这里'])}"),
             ("a", "对方车牌号看到了吗？"),
             ("b", f"看到了，{fl(g)}是{plate}，一辆{r.choice(['白色', '黑色', '银色'])}的{r.choice(['轿车', 'SUV', '面包车'])}"),
             ("a", "你叫什么名字？身份证号报一下。"),
             ("b", f"我叫{p.name}，身份证{asr_id(g, p.id)}"),
             ("a", "留个联系电话。"),
             ("b", f"就是这个号，{asr_mobile(g, p.mobile)}"),
             ("a", "好的，已经通知交警过去，请在安全地方等候，打开双闪。"),
             ("b", "好好好")]
    if r.random() < 0.4:
        w = g.person()
        turns.insert(10, ("b", f"{fl(g)}旁边有个目击的大哥，他电话是{asr_mobile(g, w.mobile)}"))
    return render_asr(g, turns, roles, meta)


def as_telecom(g):
    r = g.r
    p = g.person(1960, 2000)
    roles = r.choice([{"a": "坐席", "b": "客户"}, {"a": "客服", "b": "用户"}])
    turns = [("a", f"您好，{r.choice(['中国移动', '中国电信', '中国联通'])}，请问有什么可以帮您？"),
             ("b", f"{fl(g)}我想办理一下宽带{r.choice(['移机', '报修', '销户'])}"),
             ("a", "请问宽带账号或者机主身份证号码是多少？"),
             ("b", f"身份证是{asr_id(g, p.id)}"),
             ("a", f"好的，机主是{p.masked_name}对吗？"),
             ("b", "对，是我"),
             ("a", f"查询到宽带账号{g.ref(r.choice(['ad', 'hz', 'sz']), 10)}，请问新地址在哪里？"),
             ("b", f"{fl(g)}{g.addr()}"),
             ("a", "上门师傅联系您哪个电话？"),
             ("b", f"打这个 {asr_mobile(g, p.mobile)}，{fl(g)}打不通的话打{r.choice(['我爱人', '我儿子', '我女儿'])}的 {asr_mobile(g, g.mobile_digits())}"),
             ("a", f"好的已登记，工单号{speak(g.digits(8, '0123456789'), r, one='一')}，师傅会在{r.randint(24, 72)}小时内联系您。"),
             ("b", "嗯好")]
    if r.random() < 0.35:
        turns.insert(10, ("b", f"对了我家里座机也一起迁过去，号码是{asr_land(g)}"))
    return render_asr(g, turns, roles, asr_meta(g, p.mobile, r.choice(["10086", "10000", "10010"])))


def as_insurance(g):
    r = g.r
    p = g.person(1965, 2000)
    plate = g.P(sep="", nev=r.random() < 0.4)
    roles = r.choice([{"a": "坐席", "b": "客户"}, {"a": "A", "b": "B"}])
    pol = g.ref("", 8)
    turns = [("a", f"您好，{g.ch(INSURERS)}报案中心，请问是本人报案吗？"),
             ("b", f"{fl(g)}对，我车被刮了"),
             ("a", "请提供一下车牌号。"),
             ("b", f"{plate}"),
             ("a", f"好的，查询到保单尾号{speak(pol[-6:], r, one='一')}，被保险人是{p.masked_name}，请问是您本人吗？"),
             ("b", "是我"),
             ("a", "为了核实身份，麻烦报一下您的出生日期。"),
             ("b", f"{fl(g)}{S('BIRTHDATE', speak_date(p.birth, r.choice(['号', '日'])) if r.random() < 0.6 else f'{p.birth.year}年{p.birth.month}月{p.birth.day}号')}"),
             ("a", "好的，请问事故地点和经过？"),
             ("b", f"在{r.choice(ROADS)}停车场，{fl(g)}倒车的时候蹭到柱子了"),
             ("a", "查勘员联系您哪个号码？"),
             ("b", f"{asr_mobile(g, p.mobile)}"),
             ("a", f"好的，报案号已经短信发给您，查勘员会在{r.randint(10, 40)}分钟内联系您。"),
             ("b", "谢谢")]
    return render_asr(g, turns, roles, asr_meta(g, p.mobile, r.choice(["95518", "95511", "95500"])))


def as_property(g):
    r = g.r
    p = g.person(1955, 2000)
    comm = g.ch(COMMUNITIES)
    roles = r.choice([{"a": "客服", "b": "业主"}, {"a": "坐席", "b": "来电人"}])
    turns = [("a", f"您好，{comm}物业服务中心。"),
             ("b", f"{fl(g, 0.6)}我家楼上漏水漏到我家了，你们派人来看一下"),
             ("a", "好的请问您房号是多少？"),
             ("b", f"{r.randint(1, 28)}幢{speak(g.room(), r, one='一')}"),
             ("a", "业主姓名和联系电话？"),
             ("b", f"{p.name}，电话{asr_mobile(g, p.mobile)}"),
             ("a", "好的，楼上业主电话我们这边没有登记，您知道吗？"),
             ("b", r.choice([f"知道，{asr_mobile(g, g.mobile_digits())}，姓{g.person().sur}", "不知道，你们自己联系吧", f"好像是尾号{speak(g.digits(4), r)}的，记不全了"])),
             ("a", f"好的，维修师傅{r.randint(10, 30)}分钟内上门。"),
             ("b", "快一点啊")]
    return render_asr(g, turns, roles, asr_meta(g, p.mobile if r.random() < 0.6 else None, "物业热线"))


def as_hospital(g):
    r = g.r
    p = g.person(1940, 2010)
    roles = r.choice([{"a": "坐席", "b": "患者"}, {"a": "预约中心", "b": "来电人"}])
    turns = [("a", f"您好，{g.city[0]}{r.choice(['第一人民医院', '中医院', '儿童医院'])}预约挂号中心。"),
             ("b", f"{fl(g)}我想挂{r.choice(['心内科', '骨科', '皮肤科', '儿科', '眼科'])}的号，{r.choice(['明天', '周三', '下周一'])}上午"),
             ("a", "请问患者姓名和身份证号？"),
             ("b", f"{p.name}，身份证{asr_id(g, p.id)}"),
             ("a", "出生年月日也报一下。"),
             ("b", f"{fl(g)}{S('BIRTHDATE', speak_date(p.birth, r.choice(['号', '日', ''])))}"),
             ("a", "联系电话？"),
             ("b", f"{asr_mobile(g, p.mobile if p.birth.year < 2005 else g.mobile_digits())}"),
             ("a", f"好的，已为您预约{r.choice(['8点半', '9点', '10点15'])}的号，就诊卡号{speak(g.digits(10, '0'), r, one='一', zero='零')}，请提前十五分钟取号。"),
             ("b", "好谢谢")]
    return render_asr(g, turns, roles, asr_meta(g, None, "挂号热线"))


def as_ecommerce(g):
    r = g.r
    p = g.person(1975, 2002)
    oid = g.order_no(19)
    roles = r.choice([{"a": "客服", "b": "顾客"}, {"a": "坐席", "b": "客户"}])
    em = p.email(r.choice(["163.com", "126.com", "qq.com"]))
    local, dom = em.split("@")
    spoken_mail = " ".join(local if r.random() < 0.3 else list(local)) + " at " + " ".join(speak(x, r, one="幺") if x.isdigit() else x for x in dom.replace(".com", "")) + " dot com"
    turns = [("a", "您好，请问有什么可以帮您？"),
             ("b", f"{fl(g)}我要退款，东西坏了"),
             ("a", "请提供一下订单号。"),
             ("b", f"{speak(oid, r, one='一')}"),
             ("a", "查到了，您要退到原支付账户吗？"),
             ("b", f"对，支付宝，账号是我手机号{asr_mobile(g, p.mobile)}"),
             ("a", "好的，退款凭证发您邮箱可以吗？"),
             ("b", f"可以，{spoken_mail}"),
             ("a", f"跟您确认一下，是{spoken_mail.replace(' ', '')[:6]}开头的{dom}邮箱对吗？"),
             ("b", "对对"),
             ("a", f"好的，退款{g.amount(20, 3000)}元预计{r.randint(1, 7)}个工作日到账。")]
    if r.random() < 0.5:
        turns.insert(9, ("b", f"{fl(g)}或者你直接发到 {S('EMAIL', em)} 也行，我打字发你了"))
    return render_asr(g, turns, roles, asr_meta(g, p.mobile, r.choice(["95188", "400客服"])))


def as_12345(g):
    r = g.r
    p = g.person(1950, 2000)
    roles = r.choice([{"a": "话务员", "b": "市民"}, {"a": "坐席", "b": "来电人"}])
    turns = [("a", f"您好，{g.city[0]}12345政务服务热线，请讲。"),
             ("b", f"{fl(g, 0.6)}我要投诉我们小区旁边{r.choice(['工地晚上施工', '饭店油烟', '广场舞太吵', '垃圾没人清'])}"),
             ("a", "请问您贵姓，怎么联系您？"),
             ("b", f"姓{p.sur}，手机{asr_mobile(g, p.mobile)}"),
             ("a", "还有其他联系方式吗？"),
             ("b", f"{r.choice(['家里座机', '单位电话'])}{asr_land(g)}"),
             ("a", "需要回访吗？是否需要对您的信息保密？"),
             ("b", r.choice(["要保密，别让他们知道是我", "不用保密", "保密"])),
             ("a", f"好的，已为您登记，工单编号{speak(g.digits(10, '2'), r, one='一')}，{r.randint(3, 5)}个工作日内答复。")]
    if r.random() < 0.4:
        turns.insert(6, ("b", f"{fl(g)}对方负责人的电话我也有，{asr_mobile(g, g.mobile_digits())}"))
    return render_asr(g, turns, roles, asr_meta(g, p.mobile, "12345"))


def as_ride_lost(g):
    r = g.r
    p = g.person(1975, 2003)
    drv = g.person(1970, 1995, sex="男")
    plate = g.P(sep="", nev=r.random() < 0.6)
    roles = r.choice([{"a": "客服", "b": "乘客"}, {"a": "坐席", "b": "客户"}])
    turns = [("a", f"您好，{r.choice(['滴滴', '高德打车', 'T3出行', '曹操出行'])}客服。"),
             ("b", f"{fl(g)}我手机落车上了，这是借朋友的手机打的"),
             ("a", "请问您的注册手机号是多少？"),
             ("b", f"{asr_mobile(g, p.mobile)}"),
             ("a", f"查到了，您{r.choice(['今天下午', '昨晚', '刚才'])}的行程，车牌{plate}，对吗？"),
             ("b", "对对就是这个"),
             ("a", "我帮您联系司机，稍后司机会打您现在这个号码，请保持畅通。"),
             ("b", f"能直接给我司机电话吗？"),
             ("a", "抱歉司机号码是隐私号，不能提供。"),
             ("b", f"那你让他打{asr_mobile(g, g.mobile_digits())}，是我朋友的"),
             ("a", "好的已备注。")]
    return render_asr(g, turns, roles, asr_meta(g, g.mobile_digits(), r.choice(["400客服", "95xxx"])))


AS_TEMPLATES = [as_bank_loss, as_courier, as_police, as_telecom, as_insurance, as_property, as_hospital, as_ecommerce,
                as_12345, as_ride_lost]


# ==========================================================================================================
# email_threads
# ==========================================================================================================
DISCLAIMERS = [
    "本邮件及其附件含有{co}的保密信息，仅限于发送给上面地址中列出的个人或群组。禁止任何其他人以任何形式使用（包括但不限于全部或部分地泄露、复制、或散发）本邮件中的信息。如果您错收了本邮件，请您立即电话或邮件通知发件人并删除本邮件！",
    "This e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender immediately and delete it. {co} accepts no liability for any damage caused by this e-mail.",
    "【保密提示】本邮件仅供指定收件人使用，如误收请删除，谢谢！",
    "本郵件及其附件可能包含機密資料，僅供指定收件人使用。若您並非指定收件人，請立即通知寄件人並刪除本郵件。",
]
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SUBJECTS = ["关于6月份订单交付时间的确认", "报价单（含税）更新", "合同盖章版扫描件", "下周三项目例会安排", "发票信息核对",
            "样品寄送及快递单号", "年度框架协议续签", "售后问题处理进展", "入职材料补充", "差旅报销单据"]


def email_person(g, comp=None):
    p = g.person(1970, 1999)
    dom = (comp or g.company())[1]
    p._email = None
    p.email(dom)
    return p


def disp(g, p, en=False):
    r = g.r
    k = r.randrange(5)
    if en:
        nm = r.choice([f"{p.given_py.capitalize()} {p.sur_py.capitalize()}", f"{p.sur_py.capitalize()}, {p.given_py.capitalize()}",
                       f"{r.choice(EN_FIRST)} {p.sur_py.capitalize()}"])
    else:
        nm = p.name
    if k == 0:
        return f"{nm} <{S('EMAIL', p.email())}>"
    if k == 1:
        return f'"{nm}" <{S("EMAIL", p.email())}>'
    if k == 2:
        return f"{nm}<{S('EMAIL', p.email())}>"
    if k == 3:
        return f"{nm} [mailto:{S('EMAIL', p.email())}]"
    return f"{nm} ({S('EMAIL', p.email())})"


def city_of(name):
    for ct in CITIES:
        if name.startswith(ct[0]):
            return ct
    return None


def signature(g, p, comp, lang="zh", rich=None):
    r, c = g.r, g.c
    home = city_of(comp[0]) or g.city
    rich = r.random() if rich is None else rich
    dept = r.choice(["销售部", "采购部", "财务部", "人力资源部", "项目管理中心", "客户服务部", "市场部"])
    if lang == "en":
        out = ["", "Best regards,", f"{p.given_py.capitalize()} {p.sur_py.upper()}", f"{dept} | {comp[0]}"]
        out.append(f"Mobile: {g.M(p.mobile, r.choice(['+86 ', '+86-', 'space', 'plain']))}")
        if rich > 0.3:
            out.append(f"Tel: {g.L(city=home, style=r.choice(['+86', '+86-', 'dash']))}" + r.choice(["", f" ext. {r.randint(100, 899)}", f" Ext {r.randint(10, 99)}"]))
        if rich > 0.6:
            out.append(f"Fax: {g.L(city=home, style=r.choice(['+86', 'dash']))}")
        out.append(f"Email: {S('EMAIL', p.email())}")
        return out
    out = ["", r.choice(["--", "——————————", "", "祝好！", "顺颂商祺"]), p.name, f"{dept} {r.choice(['经理', '主管', '专员', '总监', ''])}", comp[0]]
    out.append(f"手机{c}{g.M(p.mobile)}" + (" （微信同号）" if rich > 0.8 else ""))
    if rich > 0.25:
        out.append(f"电话{c}{g.L(city=home)}" + r.choice(["", f" 转 {r.randint(800, 8999)}", f"-{r.randint(800, 899)}", f"（分机{r.randint(10, 99)}）"]))
    if rich > 0.55:
        out.append(f"传真{c}{g.L(city=home)}")
    out.append(f"邮箱{c}{S('EMAIL', p.email())}")
    if rich > 0.7:
        out.append(f"地址{c}{g.addr(home)}")
    if 0.4 < rich < 0.6:
        out.append(f"微信{c}{g.WX(p)}")
    if 0.6 < rich < 0.7:
        out.append(f"QQ{c}{g.QQ()}")
    return out


def quote(lines, level=1):
    pre = "> " * level
    return [(pre + x).rstrip() if x else pre.rstrip() for x in lines]


def cn_header(g, frm, to, cc=None, subj="", when=None, style=0):
    r = g.r
    when = when or g.date(2024, 2024)
    t = f"{when.year}年{when.month}月{when.day}日 {r.randint(8, 22)}:{r.randint(0, 59):02d}"
    if style == 0:
        h = [f"发件人: {disp(g, frm)}", f"发送时间: {t}", f"收件人: {'; '.join(disp(g, x) for x in to)}"]
        if cc:
            h.append(f"抄送: {'; '.join(disp(g, x) for x in cc)}")
        h.append(f"主题: {subj}")
    else:
        h = [f"From: {disp(g, frm, True)}", f"Sent: {WEEKDAYS_EN[when.weekday()]}, {when:%B} {when.day}, {when.year} {r.randint(1, 12)}:{r.randint(0, 59):02d} {r.choice(['AM', 'PM'])}",
             f"To: {'; '.join(disp(g, x, True) for x in to)}"]
        if cc:
            h.append(f"Cc: {'; '.join(disp(g, x, True) for x in cc)}")
        h.append(f"Subject: {subj}")
    return h


def em_cn_reply(g):
    r, c = g.r, g.c
    ca, cb = r.sample(COMPANIES, 2)
    a, b = email_person(g, ca), email_person(g, cb)
    cc = [email_person(g, ca)] if r.random() < 0.5 else None
    subj = g.ch(SUBJECTS)
    body_b = [f"{a.sur}经理，您好：", "", f"    关于{subj}，我方已内部确认，预计{g.date(2024, 2024):%m月%d日}前完成。",
              f"    如有问题请随时联系我，或联系我同事{g.person().name}（{g.M()}）。", ""]
    body_a = [f"{b.name}，你好：", "", f"    请协助确认{subj}，附件为最新版清单（订单号 {g.order_no()}），谢谢！"]
    lines = cn_header(g, b, [a], cc, f"回复: {subj}", style=0)
    lines += [""] + body_b + signature(g, b, cb) + ["", r.choice(["-----原始邮件-----", "------------------ 原始邮件 ------------------", "-------- 原始邮件 --------"])]
    lines += cn_header(g, a, [b], None, subj, style=0)
    qa = [""] + body_a + signature(g, a, ca)
    lines += quote(qa) if r.random() < 0.5 else qa
    if r.random() < 0.4:
        lines += ["", DISCLAIMERS[0].format(co=cb[0])]
    return "\n".join(lines) + "\n"


def em_en_nested(g):
    r = g.r
    ca, cb = r.sample(COMPANIES, 2)
    a, b = email_person(g, ca), email_person(g, cb)
    d = g.date(2024, 2024)
    an = f"{a.given_py.capitalize()} {a.sur_py.capitalize()}"
    bn = f"{b.given_py.capitalize()} {b.sur_py.capitalize()}"
    lines = cn_header(g, a, [b], [email_person(g, ca)] if r.random() < 0.5 else None, "RE: Shipment schedule / PO " + g.ref("PO", 7), style=1)
    lines += ["", f"Hi {b.given_py.capitalize()},", "", "Thanks for the update. Please ship the remaining 40% by air, tracking no. to follow.",
              f"Our warehouse contact is {g.person().name}, mobile {g.M()}."]
    lines += signature(g, a, ca, "en")
    d = g.date(2024, 2024)
    lines[1] = f"Sent: {WEEKDAYS_EN[(d + dt.timedelta(days=1)).weekday()]}, {d + dt.timedelta(days=1):%B} {(d + dt.timedelta(days=1)).day}, {d.year} {r.randint(1, 12)}:{r.randint(10, 59)} {r.choice(['AM', 'PM'])}"
    lines += ["", f"On {d:%a}, {d:%b} {d.day}, {d.year} at {r.randint(1, 12)}:{r.randint(10, 59)} {r.choice(['AM', 'PM'])} {bn} <{S('EMAIL', b.email())}> wrote:"]
    inner = ["Hi " + a.given_py.capitalize() + ",", "", "Partial shipment left Ningbo port today. Invoice no. " + g.ref("INV", 8) + " attached.",
             "For customs clearance please send the consignee's ID copy.", "", "Regards,", bn, f"M: {g.M(b.mobile, r.choice(['+86 ', '+86', 'space']))}"]
    lines += quote(inner, 1)
    lines += quote(["", f"On {d - dt.timedelta(days=2):%Y-%m-%d} {an} <{S('EMAIL', a.email())}> wrote:"], 1)
    lines += quote(["Dear " + bn + ",", "Could you confirm the ETD? Our consignee is " + g.person().name + ", tel " + g.L(style="+86") + ".", "", an], 2)
    return "\n".join(lines) + "\n"


def em_forwarded(g):
    r, c = g.r, g.c
    ca = g.company()
    a, b, x = email_person(g, ca), email_person(g, ca), g.person(1975, 1998)
    lines = cn_header(g, a, [b], None, f"转发: {r.choice(['候选人简历', '客户投诉', '供应商资质', '报销材料'])}", style=0)
    lines += ["", f"{b.sur}总，转给您看下，{r.choice(['麻烦评估一下', '请安排人跟进', '供参考'])}。", ""] + signature(g, a, ca, rich=0.1)
    lines += ["", "-------- 转发的邮件 --------", f"主题: \t{r.choice(['简历投递-' + x.name, '关于产品质量问题的投诉', '资质文件'])}",
              f"日期: \t{g.date(2024, 2024):%a, %d %b %Y} {r.randint(8, 22)}:{r.randint(10, 59)}:{r.randint(10, 59)} +0800",
              f"发件人: \t{x.name} <{S('EMAIL', x.email())}>", f"收件人: \t{S('EMAIL', a.email())}", "",
              "您好：", f"    {r.choice(['附件是我的简历', '我于上周购买的产品出现故障', '附件是我司营业执照及资质'])}，请查收。",
              f"    我的联系方式：{g.M(x.mobile)}" + r.choice(["", f"，微信：{g.WX(x)}", f"，QQ：{g.QQ()}"]),
              f"    身份证号：{g.ID(x.id)}" if r.random() < 0.5 else "    期待回复。", "", x.name, f"{g.date(2024, 2024)}"]
    return "\n".join(lines) + "\n"


def em_original_msg(g):
    r = g.r
    ca, cb = r.sample(COMPANIES, 2)
    a, b = email_person(g, ca), email_person(g, cb)
    lines = [f"{b.sur}工：", "", f"  测试报告已收到，样品编号 {g.ref('YP-', 6)} 数据正常，下周安排量产。", f"  有急事打我手机 {g.M(a.mobile)}。", "",
             a.name, "", "----- Original Message -----", f"From: {b.name} <{S('EMAIL', b.email())}>",
             f"To: {S('EMAIL', a.email())}", f"Cc: {S('EMAIL', email_person(g, cb).email())}" if r.random() < 0.5 else "Cc:",
             f"Sent: {g.dtime()}", "Subject: 测试报告", "", f"{a.name}您好，", "  附件为第二批样品测试报告，请查收。", "",
             f"{b.name}  {cb[0]}", f"Tel: {g.L()}  Mob: {g.M(b.mobile)}", f"E-mail: {S('EMAIL', b.email())}<mailto:{S('EMAIL', b.email())}>"]
    return "\n".join(lines) + "\n"


def em_taiwan(g):
    r, c = g.r, g.c
    nm, rom, _ = g.trad_person("tw")
    cb = g.company()
    b = email_person(g, cb)
    sur, given = rom.split(" ")
    tw_mail = f"{given.replace('-', '').lower()}.{sur.lower()}@{r.choice(['gmail.com', 'yahoo.com.tw', 'hotmail.com', 'twcorp-tech.com.tw', 'msa.hinet.net'])}"
    tw_mob = phone_intl(g, "TW", True)
    tw_tel = phone_intl(g, "TW", False)
    lines = [f"寄件者: {nm} <{S('EMAIL', tw_mail)}>", f"寄件日期: {g.date(2024, 2024):%Y年%m月%d日} 下午 {r.randint(1, 5)}:{r.randint(10, 59)}",
             f"收件者: {b.name} <{S('EMAIL', b.email())}>", f"主旨: 回覆: {r.choice(['報價單確認', '樣品寄送', '合約條款修改', '出差行程'])}", "",
             f"{b.sur}先生您好：", "", "    感謝您的回覆。關於貴公司提出的交期，我們這邊可以配合，",
             "    請於下週三前回傳簽署後的合約，謝謝。", "", "敬祝 商祺", "", nm, f"{r.choice(['業務經理', '採購課長', '專案經理'])}  {r.choice(['台灣精密工業股份有限公司', '宏昇科技股份有限公司', '永豐電子有限公司'])}",
             f"電話：{S('LANDLINE', tw_tel)}" + r.choice(["", f" 分機 {r.randint(100, 999)}", f" #{r.randint(10, 999)}"]),
             f"手機：{S('MOBILE', tw_mob)}", f"E-mail：{S('EMAIL', tw_mail)}"]
    if r.random() < 0.5:
        lines.append(f"LINE ID：{g.safe(lambda: nm and rom.split(' ')[1].split('-')[0].lower() + str(r.randint(10, 99)))}")
    lines += ["", f"> {b.name} 于 {g.date(2024, 2024)} 写道：", f"> {nm[0]}经理好，", "> 我们这边交期预计6月底，", f"> 我的手机 {g.M(b.mobile)}，微信同号。", ""]
    if r.random() < 0.5:
        lines.append(DISCLAIMERS[3])
    return "\n".join(lines) + "\n"


def phone_intl(g, region, mobile):
    r = g.r
    want = PNT.MOBILE if mobile else PNT.FIXED_LINE
    for _ in range(500):
        if region == "HK":
            nat = (r.choice("569") if mobile else r.choice("23")) + g.digits(7, "0123456789")
            cc = "852"
            fmt = r.choice([f"+852 {nat[:4]} {nat[4:]}", f"(852) {nat[:4]} {nat[4:]}", f"+852-{nat}", f"00852 {nat[:4]} {nat[4:]}", f"+852 {nat}"])
        elif region == "MO":
            nat = ("6" + r.choice("2356") if mobile else "28") + g.digits(6, "0123456789")
            fmt = r.choice([f"+853 {nat[:4]} {nat[4:]}", f"(853) {nat}", f"+853-{nat}"])
        else:
            if mobile:
                nat = "9" + g.digits(8, "0123456789")
                fmt = r.choice([f"+886 {nat[:3]} {nat[3:6]} {nat[6:]}", f"+886-{nat[:3]}-{nat[3:6]}-{nat[6:]}", f"+886 {nat}", f"(886) {nat[:3]}-{nat[3:]}"])
            else:
                nat = "2" + g.digits(8, "0123456789")
                fmt = r.choice([f"+886 2 {nat[1:5]} {nat[5:]}", f"+886-2-{nat[1:5]}-{nat[5:]}", f"(886) 2-{nat[1:5]}-{nat[5:]}"])
        try:
            n = phonenumbers.parse("+" + {"HK": "852", "MO": "853", "TW": "886"}[region] + nat, None)
        except Exception:
            continue
        if phonenumbers.is_valid_number(n) and phonenumbers.number_type(n) == want:
            (v_mobile if mobile else v_landline)(fmt)
            return fmt
    raise RuntimeError(region)


def em_hongkong(g):
    r, c = g.r, g.c
    nm, rom, _ = g.trad_person("hk")
    cb = g.company()
    b = email_person(g, cb)
    sur = rom.split(" ")[0]
    hk_mail = f"{rom.split(' ')[1].lower()}.{sur.lower()}@{r.choice(['hkbn.net', 'netvigator.com', 'yahoo.com.hk', 'gmail.com', 'asiapac-trading.com.hk'])}"
    lines = [f"From: {rom} <{S('EMAIL', hk_mail)}>", f"To: {b.name} <{S('EMAIL', b.email())}>",
             f"Date: {g.date(2024, 2024):%d/%m/%Y} {r.randint(9, 18)}:{r.randint(10, 59)}", f"Subject: Re: {r.choice(['貨運安排', 'Invoice 跟進', '下月來深圳開會'])}", "",
             f"Dear {b.sur}生,", "", "    收到，我哋下星期二會過嚟深圳，請安排會議室。", "    如有需要可以直接打我手提或者WhatsApp。", "",
             "Best Regards,", f"{rom}（{nm}）", r.choice(["Asia Pacific Trading Ltd.", "Harbour Logistics (HK) Co., Ltd.", "亞太貿易有限公司"]),
             f"Tel: {S('LANDLINE', phone_intl(g, 'HK', False))}", f"Mobile: {S('MOBILE', phone_intl(g, 'HK', True))}"]
    if r.random() < 0.4:
        lines.append(f"Macau office: {S('LANDLINE', phone_intl(g, 'MO', False))} / {S('MOBILE', phone_intl(g, 'MO', True))}")
    if r.random() < 0.5:
        lines.append(f"回鄉證號碼（訂酒店用）：{g.HK(r.choice(['H', 'M']))}")
    lines += ["", "-----Original Message-----", f"From: {b.name} [mailto:{S('EMAIL', b.email())}]", f"Sent: {g.dtime()}",
              "", f"{sur}先生，", "   下周会议定在周三下午，我们公司地址附后。", f"   前台电话 {g.L(city=CITIES[4])}，到了打我手机 {g.M(b.mobile)}。"]
    return "\n".join(lines) + "\n"


def em_payment(g):
    r, c = g.r, g.c
    ca = g.company()
    fin = email_person(g, ca)
    emp = email_person(g, ca)
    bk = r.choice(list(BINS))
    lines = cn_header(g, emp, [fin], None, f"{r.choice(['差旅报销', '备用金申请', '垫付款项退回'])} - {emp.name} - {g.date(2024, 2024):%Y%m}", style=r.randrange(2))
    lines += ["", f"{fin.sur}老师好，", "", f"  附件是{r.choice(['5月', '6月', '第二季度'])}的报销单和发票（共{r.randint(2, 12)}张，合计¥{g.amount(200, 12000)}），",
              "  麻烦审核后打到我的工资卡：", f"  户名：{emp.name}", f"  开户行：{BANKS[bk]}{g.city[0]}{r.choice(ROADS)}支行",
              f"  卡号：{g.CARD(g.card_digits(bk))}", "", "  发票代码/号码见附件，电子发票已上传系统。", ""] + signature(g, emp, ca, rich=0.3)
    if r.random() < 0.6:
        lines += ["", "> " + fin.name + " 写道：", "> 报销请走OA，并在邮件里注明收款卡号，不要用信用卡。", f"> 财务热线 {g.L()} 转 {r.randint(800, 899)}"]
    return "\n".join(lines) + "\n"


def em_travel(g):
    r, c = g.r, g.c
    ca = g.company()
    a = email_person(g, ca)
    ag_mail = f"booking{r.randint(1, 99)}@{r.choice(['ctrip-corp.com', 'travelbiz.cn', 'sky-travel.com'])}"
    lines = cn_header(g, a, [email_person(g, ca)], None, f"{r.choice(['日本', '新加坡', '香港', '德国'])}出差机票及酒店预订信息", style=0)
    lines[2] = f"收件人: 差旅服务 <{S('EMAIL', ag_mail)}>"
    lines += ["", "您好，请帮以下人员预订机票和酒店：", ""]
    rows = [["姓名", "性别", "出生日期", "证件类型", "证件号码", "手机"]]
    for _ in range(r.randint(2, 4)):
        p = g.person(1970, 2000)
        k = r.random()
        if k < 0.55:
            typ, num = "护照", g.PP()
        elif k < 0.85:
            typ, num = "港澳通行证", g.HK("C")
        else:
            typ, num = "身份证", g.ID(p.id, "plain")
        rows.append([p.name, p.sex, g.BD(p.birth, r.choice(["iso", "iso", "slash", "compact"])), typ, num, g.M(p.mobile, "plain")])
    lines.append(tbl(rows, r.choice(["\t", " | "])))
    lines += ["", f"航班：{r.choice(['CA', 'MU', 'CZ', 'HX'])}{r.randint(100, 999)}  {g.date(2024, 2024)}  经济舱", "费用由公司月结，成本中心 " + g.ref("CC", 5) + "。", ""] + signature(g, a, ca, rich=0.2)
    return "\n".join(lines) + "\n"


def em_it_support(g):
    r, c = g.r, g.c
    ca = g.company()
    u, it = email_person(g, ca), email_person(g, ca)
    lines = cn_header(g, it, [u], None, f"[工单#{g.ref('', 6)}] 账号异常登录提醒", style=r.randrange(2))
    lines += ["", f"{u.name}，您好：", "", "  安全系统检测到您的邮箱账号在以下地点登录，如非本人操作请立即修改密码：", ""]
    for _ in range(r.randint(2, 4)):
        ip = g.IP(v6=r.random() < 0.2)
        lines.append(f"  {g.dtime()}  IP: {ip}  {r.choice(['浙江杭州 电信', '广东深圳 移动', '美国 加利福尼亚', '新加坡', '北京 联通'])}  客户端: {r.choice(['Outlook 16.0.17328', 'Foxmail 7.2.25', 'iOS Mail', 'Web'])}")
    lines += ["", f"  您的内网IP为 {g.private_ip()}，VPN出口 {S('IP', g.ipv4())}。",
              f"  如有疑问请联系IT服务台 {g.L()} 转 {r.randint(6000, 6999)}，或企业微信搜索“IT小助手”。", ""] + signature(g, it, ca, rich=0.1)
    if r.random() < 0.5:
        lines += ["", "> 回复：", f"> 不是我登录的，我人在出差，手机 {g.M(u.mobile)}，麻烦帮我重置一下。"]
    return "\n".join(lines) + "\n"


def em_sig_heavy(g):
    r, c = g.r, g.c
    ca, cb = r.sample(COMPANIES, 2)
    a, b = email_person(g, ca), email_person(g, cb)
    lines = cn_header(g, a, [b], [email_person(g, cb), email_person(g, ca)], f"会议纪要：{g.ch(SUBJECTS)}", style=0)
    lines += ["", "各位好，", "", "今天会议纪要如下：", f"1. 双方确认合同金额 ¥{g.amount(50000, 900000)}（含税13%），付款周期60天；",
              f"2. 对方项目对接人：{g.person().name}，手机 {g.M()}，QQ {g.QQ()}；",
              f"3. 我方技术支持：{g.person().name}，微信 {g.WX()}；", f"4. 下次会议时间：{g.date(2024, 2024)} 14:00，腾讯会议号 {g.digits(3)} {g.digits(3, '0123456789')} {g.digits(3, '0123456789')}。", ""]
    lines += signature(g, a, ca, rich=r.choice([0.45, 0.65, 0.9]))
    lines += ["", r.choice(DISCLAIMERS[:3]).format(co=ca[0])]
    return "\n".join(lines) + "\n"


EM_TEMPLATES = [em_cn_reply, em_en_nested, em_forwarded, em_original_msg, em_taiwan, em_hongkong, em_payment, em_travel,
                em_it_support, em_sig_heavy]


# ==========================================================================================================
# recruitment
# ==========================================================================================================
JOBS = ["Java开发工程师", "前端开发工程师", "销售经理", "财务会计", "人事专员", "行政前台", "UI设计师", "产品经理", "仓库管理员",
        "电商运营", "数据分析师", "机械工程师", "采购专员", "客服专员", "外贸业务员", "测试工程师", "新媒体运营", "出纳"]
SCHOOLS = ["浙江大学", "武汉大学", "华中科技大学", "南京大学", "四川大学", "西安电子科技大学", "湖南大学", "郑州大学",
           "杭州电子科技大学", "深圳大学", "苏州大学", "重庆大学", "厦门大学", "合肥工业大学", "山东大学"]
MAJORS = ["计算机科学与技术", "软件工程", "会计学", "人力资源管理", "市场营销", "机械设计制造及其自动化", "国际经济与贸易", "统计学", "视觉传达设计"]


def salary(g):
    r = g.r
    lo = r.choice([4, 5, 6, 8, 10, 12, 15, 20, 25])
    return r.choice([f"{lo}K-{lo + r.choice([2, 3, 5])}K", f"{lo}-{lo + r.choice([2, 3, 5])}K·{r.choice([13, 14, 15])}薪",
                     f"{lo * 1000}-{(lo + 4) * 1000}元/月", f"{lo}千-{lo + 3}千", f"{lo * 1000 + 1}-{(lo + 5) * 1000}元/月"])


def rc_job_post(g):
    r, c = g.r, g.c
    comp = g.company()
    hr = g.person(1985, 2000, sex=r.choice("女女男"))
    job = g.ch(JOBS)
    emo = r.random() < 0.5
    lines = [f"{'🔥' if emo else ''}【招聘】{comp[0]} 诚聘 {job}{'🔥' if emo else ''}", "",
             f"薪资{c}{salary(g)}    经验{c}{r.choice(['1-3年', '3-5年', '不限', '应届生'])}    学历{c}{r.choice(['本科', '大专', '本科及以上'])}",
             "岗位职责：", f"1. 负责{r.choice(['公司核心系统的开发与维护', '客户开发与维护', '日常账务处理', '招聘与员工关系'])}；",
             "2. 配合团队完成部门目标；", "任职要求：", f"1. {r.choice(['统招本科及以上学历', '大专及以上学历'])}，{r.choice(['有相关经验优先', '吃苦耐劳'])}；",
             f"福利{c}五险一金、双休、年终奖、带薪年假{'、下午茶☕' if emo else ''}", f"工作地点{c}{g.addr(city_of(comp[0]))}", ""]
    k = r.random()
    cl = [f"联系人{c}{hr.sur}{'女士' if hr.sex == '女' else '先生'}"]
    if k < 0.5:
        cl.append(f"手机{c}{g.M(hr.mobile)}" + r.choice(["（微信同号）", "", "（工作日9:00-18:00）"]))
    cl.append(f"座机{c}{g.L(city_of(comp[0]))}" + r.choice(["", f" 转 {r.randint(800, 8999)}", f"-{r.randint(800, 899)}", f" 分机{r.randint(100, 999)}", f" ext.{r.randint(10, 99)}"]))
    if r.random() < 0.6:
        cl.append(f"微信{c}{g.WX(hr)}")
    if r.random() < 0.5:
        cl.append(f"QQ{c}{g.QQ()}")
    cl.append(f"简历投递{c}{g.E(addr=r.choice(['hr', 'zhaopin', 'job', 'recruit', 'hr-' + hr.sur_py]) + '@' + comp[1])}")
    rest = cl[1:]
    r.shuffle(rest)
    lines += [cl[0]] + rest
    lines.append(r.choice(["", f"全国招聘热线{c}400-{g.digits(3, '0123456789')}-{g.digits(4, '0123456789')}", "（请注明应聘岗位+姓名）"]))
    return "\n".join(lines) + "\n"


def rc_resume_zl(g):
    r, c = g.r, g.c
    p = g.person(1988, 2002)
    age = 2024 - p.birth.year
    city = g.city
    lines = [f"{p.name}", f"{p.sex} | {age}岁 ({p.birth.year}年{p.birth.month}月) | {r.choice(['本科', '硕士', '大专'])} | {r.randint(1, 10)}年工作经验 | 现居 {city[0]}",
             f"手机{c}{g.M(p.mobile)}    邮箱{c}{g.E(p)}"]
    if r.random() < 0.5:
        lines.append(f"出生日期{c}{g.BD(p.birth)}")
    if r.random() < 0.35:
        lines.append(f"身份证{c}{g.ID(p.id)}")
    if r.random() < 0.3:
        lines.append(f"QQ{c}{g.QQ()}" if r.random() < 0.5 else f"微信号{c}{g.WX(p)}")
    lines += ["", "求职意向", f"期望职位{c}{g.ch(JOBS)}    期望薪资{c}{salary(g)}    期望地点{c}{city[0]}    到岗时间{c}{r.choice(['一个月内', '随时到岗', '两周内'])}", "",
              "工作经历"]
    y = 2024
    for _ in range(r.randint(1, 3)):
        y0 = y - r.randint(1, 4)
        lines.append(f"{y0}.{r.randint(1, 12):02d} - {'至今' if y == 2024 else str(y) + '.' + str(r.randint(1, 12)).zfill(2)}  {g.company()[0]}  {g.ch(JOBS)}  （{salary(g)}）")
        y = y0
    lines += ["", "教育经历", f"{y - 4}.09 - {y}.06  {g.ch(SCHOOLS)}  {g.ch(MAJORS)}  本科", "",
              f"简历编号{c}{g.ref('ZL', 12)}    更新时间{c}{g.dtime()}    来源{c}智联招聘"]
    return "\n".join(lines) + "\n"


def rc_resume_51(g):
    r, c = g.r, g.c
    p = g.person(1985, 2002)
    fw = "　"
    lines = [r.choice(["个人简历", "前程无忧 51job 简历", "简  历"]), f"ID:{g.ref('', 9)}", "", "【个人信息】",
             f"姓{fw}{fw}名：{p.name}{fw * 6}性{fw}{fw}别：{p.sex}",
             f"出生日期：{g.BD(p.birth, r.choice(['cn0', 'cn', 'iso', 'dot']))}{fw * 3}户{fw}{fw}口：{g.ch(CITIES)[0]}",
             f"手{fw}{fw}机：{g.M(p.mobile)}{fw * 3}E-mail：{g.E(p)}",
             f"现居住地：{g.city[0]}{fw * 5}身{fw}{fw}高：{r.randint(155, 188)}cm",
             f"政治面貌：{r.choice(['群众', '共青团员', '中共党员'])}{fw * 4}婚姻状况：{r.choice(['未婚', '已婚'])}"]
    if r.random() < 0.4:
        lines.append(f"QQ：{g.QQ()}{fw * 4}微信：{g.WX(p)}")
    lines += ["", "【求职意向】", f"工作性质：全职  期望薪资：{salary(g)}  目标职能：{g.ch(JOBS)}", "", "【工作经验】",
              f"{g.date(2018, 2021):%Y/%m}--至今：{g.company()[0]}（{r.randint(50, 500)}-{r.randint(501, 2000)}人）",
              f"  职位：{g.ch(JOBS)}  月薪：{r.randint(6, 20)}000-{r.randint(21, 30)}000元/月",
              "", "【教育经历】", f"{g.date(2012, 2016):%Y/%m}--{g.date(2016, 2020):%Y/%m}：{g.ch(SCHOOLS)}  {g.ch(MAJORS)}  本科",
              "", "【自我评价】", r.choice(["性格开朗，抗压能力强。", "有较强的学习能力和团队合作精神。", "熟练使用Office，持有C1驾照。"])]
    return "\n".join(lines) + "\n"


def rc_interview(g):
    r, c = g.r, g.c
    comp = g.company()
    p = g.person(1990, 2002)
    hr = g.person(1988, 2000)
    home = city_of(comp[0])
    d = g.date(2024, 2024)
    k = r.randrange(2)
    if k == 0:
        lines = [f"【{comp[0][:4]}】{p.name}您好，感谢您投递{g.ch(JOBS)}岗位。诚邀您于{d:%m月%d日} {r.choice(['上午10:00', '下午2:30', '下午3:00'])}参加面试，",
                 f"地址：{g.addr(home)}。请携带身份证原件及简历一份。联系人：{hr.sur}{'小姐' if hr.sex == '女' else '先生'} {g.M(hr.mobile)}。回复1确认参加。"]
        if r.random() < 0.5:
            lines.append(f"线上面试请使用腾讯会议：会议号 {g.digits(3)} {g.digits(3, '0123456789')} {g.digits(3, '0123456789')}，密码 {g.digits(4, '0123456789')}")
    else:
        lines = cn_header(g, email_person(g, comp), [p], None, f"面试邀请 - {g.ch(JOBS)} - {comp[0]}", style=0)
        hr = email_person(g, comp)
        lines += ["", f"{p.name} 同学/先生/女士：", "", "    您好！感谢您对我司的关注。经初步筛选，您的简历符合岗位要求，现邀请您参加面试：",
                  f"    面试时间：{d:%Y年%m月%d日} {r.choice(['14:00', '10:00', '09:30'])}", f"    面试地点：{g.addr(home)}",
                  f"    面试官：{g.person().name}（{r.choice(['技术总监', '部门经理', 'HRBP'])}）",
                  f"    如需改期请提前联系：{g.L(home)}" + r.choice(["", f" 转 {r.randint(100, 999)}"]) + f" / {g.M(hr.mobile)}", "",
                  "    温馨提示：公司附近停车位紧张，建议乘坐地铁。", ""] + signature(g, hr, comp, rich=0.2)
    return "\n".join(lines) + "\n"


def rc_offer(g):
    r, c = g.r, g.c
    comp = g.company()
    home = city_of(comp[0])
    p = g.person(1988, 2001)
    hr = email_person(g, comp)
    bk = r.choice(list(BINS))
    lines = [r.choice(["录用通知书", "OFFER LETTER / 录用通知", "入职邀请函"]), "", f"尊敬的{p.name}（身份证号{c}{g.ID(p.id)}）：", "",
             f"    恭喜您通过我司面试！我们很高兴地通知您，您被录用为{comp[0]}{g.ch(JOBS)}一职。",
             f"    1. 报到日期：{g.date(2024, 2024):%Y年%m月%d日} 9:00", f"    2. 税前月薪：{r.randint(6, 35)},{r.randint(0, 9)}00元，试用期{r.choice([3, 6])}个月，试用期工资为转正工资的{r.choice([80, 90, 100])}%",
             f"    3. 工资发放：每月{r.choice([10, 15, 20])}日，请提供本人{BANKS[bk]}借记卡。" + (f"（您登记的卡号：{g.CARD(g.card_digits(bk))}）" if r.random() < 0.6 else ""),
             "    4. 报到时请携带：身份证原件、学历学位证书、离职证明、一寸照片4张、体检报告。", "",
             f"    请于3个工作日内回复确认。如有疑问请联系人力资源部{hr.name}，电话{c}{g.L(home)}，邮箱{c}{S('EMAIL', hr.email())}。", "",
             f"{comp[0]}  人力资源部", f"{g.date(2024, 2024):%Y年%m月%d日}"]
    return "\n".join(lines) + "\n"


def rc_bgcheck(g):
    r, c = g.r, g.c
    p = g.person(1980, 2000)
    lines = [r.choice(["背景调查授权书", "员工背景调查授权声明", "Background Check Authorization 背景调查授权书"]), "",
             f"本人{p.name}，授权{g.company()[0]}及其委托的第三方调查机构对本人提供的信息进行核实。", "",
             f"姓名{c}{p.name}    性别{c}{p.sex}    出生日期{c}{g.BD(p.birth)}", f"身份证号码{c}{g.ID(p.id)}",
             f"手机{c}{g.M(p.mobile)}    邮箱{c}{g.E(p)}", "", "证明人信息："]
    for i in range(r.randint(1, 3)):
        w = g.person(1970, 1992)
        lines.append(f"  {i + 1}. {w.name}  {g.company()[0]}  {r.choice(['直属上级', 'HR', '同事'])}  电话{c}{g.M(w.mobile)}" + (f" / {g.L()}" if r.random() < 0.3 else ""))
    lines += ["", "本人确认以上信息真实有效。", f"授权人签字：__________    日期：{g.date(2024, 2024)}"]
    return "\n".join(lines) + "\n"


def rc_onboard_form(g):
    r, c = g.r, g.c
    p = g.person(1985, 2003)
    e = g.person(1955, 1990)
    bk = r.choice(list(BINS))
    fields = [("姓名", p.name), ("性别", p.sex), ("出生日期", g.BD(p.birth)), ("身份证号", g.ID(p.id)),
              ("户籍地址", g.addr(g.ch(CITIES))), ("手机", g.M(p.mobile)), ("邮箱", g.E(p)),
              ("QQ", g.QQ()) if r.random() < 0.5 else ("微信", g.WX(p)),
              ("紧急联系人", f"{e.name}（{r.choice(['父亲', '母亲', '配偶', '哥哥'])}）"), ("紧急联系人电话", g.M(e.mobile)),
              *([("往来港澳通行证", g.HK("C"))] if r.random() < 0.35 else []), *([("护照号", g.PP())] if r.random() < 0.25 else []),
              ("工资卡开户行", BANKS[bk]), ("工资卡号", g.CARD(g.card_digits(bk))), ("最高学历", r.choice(["本科", "大专", "硕士"])),
              ("入职日期", f"{g.date(2024, 2024)}"), ("工号", g.ref("", 6))]
    v = r.randrange(3)
    if v == 0:
        body = "\n".join(f"{k}{c}{val}" for k, val in fields)
    elif v == 1:
        body = "\n".join(f"{fields[i][0]}{c}{fields[i][1]}\t\t{fields[i + 1][0]}{c}{fields[i + 1][1]}" if i + 1 < len(fields) else f"{fields[i][0]}{c}{fields[i][1]}" for i in range(0, len(fields), 2))
    else:
        body = "|" + "|\n|".join(f" {k} | {val} " for k, val in fields) + "|"
    return f"{r.choice(['员工入职登记表', '新员工信息登记表', '入职信息采集'])}\n\n{body}\n\n本人承诺所填信息真实。签名：______\n"


def rc_group_post(g):
    r, c = g.r, g.c
    hr = g.person(1985, 2000)
    emo = r.choice(["🔥", "✨", "📢", "💰", "👉"])
    lines = [f"{emo}{emo}急招{emo}{emo} {g.city[0]}{r.choice(['电子厂', '物流园', '连锁餐饮', '商超'])} {r.choice(['普工', '分拣员', '服务员', '理货员'])}若干名",
             f"{emo}工资：{r.randint(5, 8)}000-{r.randint(8, 12)}000，包吃住，月结", f"{emo}年龄：18-{r.choice([45, 50])}岁，男女不限",
             f"{emo}{r.choice(['长白班', '两班倒', '做六休一'])}"]
    k = r.random()
    if k < 0.3:
        lines.append(f"👉报名电话（同微信）：{g.M(hr.mobile)}")
    elif k < 0.55:
        lines.append(f"👉加V：{g.WX(hr)}  电话：{g.M(hr.mobile)}")
    elif k < 0.8:
        lines.append(f"👉扣扣：{g.QQ()}  或 vx：{g.WX(hr)}")
    else:
        lines.append(f"👉联系{hr.sur}主管 {g.M(hr.mobile, r.choice(['space', 'dash']))} 微信同号")
    lines.append(r.choice(["非诚勿扰！", "介绍朋友来有奖励🎁", "#招聘 #找工作", ""]))
    return "\n".join(lines) + "\n"


def rc_headhunter(g):
    r, c = g.r, g.c
    hh = g.person(1985, 1998)
    en = r.choice(EN_FIRST)
    cand = g.person(1985, 1998)
    lines = [f"Hi {cand.name}，", "", f"I'm {en} from {r.choice(['Hays', 'Michael Page', 'Randstad', 'Robert Walters', '科锐国际'])}. 我们在帮一家{r.choice(['外资医疗器械', '头部新能源车企', '跨境电商'])}客户找{g.ch(JOBS)}，base {g.city[0]}，package {r.randint(40, 120)}万+。",
             "如果感兴趣可以加我微信详聊～", ""]
    k = r.random()
    if k < 0.5:
        lines.append(f"WeChat: {g.WX(hh)}")
        lines.append(f"Mobile: {g.M(hh.mobile, r.choice(['+86 ', '+86', 'space']))}")
    else:
        lines.append(f"WeChat/Mobile: {g.M(hh.mobile, 'plain')}")
        if r.random() < 0.5:
            lines.append(f"HK mobile: {S('MOBILE', phone_intl(g, 'HK', True))}")
    hh_dom = r.choice(["hays.cn", "michaelpage.com.cn", "randstad.cn", "careerintl.com"])
    lines.append(f"Email: {g.E(addr=en.lower() + '.' + hh.sur_py + '@' + hh_dom)}")
    if r.random() < 0.5:
        reply = f"您好，可以聊聊，我手机 {g.M(cand.mobile)}（微信同号），简历稍后发您邮箱 {g.E(cand)}"
    else:
        reply = f"您好，可以聊聊，加我微信吧：{S('WECHAT', cand.mobile)}，简历稍后发您邮箱 {g.E(cand)}"
    lines += ["", "---", f"{cand.name} 回复：", reply]
    return "\n".join(lines) + "\n"


def rc_dispatch_list(g):
    r, c = g.r, g.c
    rows = [["序号", "姓名", "性别", "身份证号", "手机号", "银行卡号", "开户行", "岗位", "派遣单位"]]
    site = g.company()[0]
    for i in range(r.randint(5, 10)):
        p = g.person(1970, 2004)
        bk = r.choice(list(BINS))
        rows.append([str(i + 1), p.name, p.sex, g.ID(p.id, r.choice(["plain", "plain", "lower"])) if r.random() < 0.9 else g.mask_id(p.id),
                     g.M(p.mobile, "plain"), g.CARD(g.card_digits(bk), "plain") if r.random() < 0.8 else "", BANKS[bk],
                     r.choice(["普工", "质检", "叉车工", "分拣员", "保洁"]), site])
    sep = r.choice([",", "\t"])
    if sep == ",":
        body = "\n".join(",".join(f'"{x}"' if r.random() < 0.15 else x for x in row) for row in rows)
    else:
        body = tbl(rows, sep)
    return f"{g.city[0]}{r.choice(['众诚', '捷安', '鼎盛'])}劳务派遣有限公司 {g.date(2024, 2024):%Y年%m月}派遣人员名单\n{body}\n合计{len(rows) - 1}人  制表：{g.person().name}  电话：{g.L()}\n"


def rc_hk_candidate(g):
    r, c = g.r, g.c
    nm, rom, kind = g.trad_person()
    b = g.date(1985, 2000)
    bd = dt.date(b.year, b.month, b.day)
    mail = f"{rom.replace(' ', '').replace('-', '').lower()}{r.randint(1, 99)}@{r.choice(['gmail.com', 'yahoo.com.hk', 'outlook.com'])}"
    lines = [r.choice(["候選人資料表", "Candidate Profile 候选人信息", "港澳台人员入职信息登记"]), "",
             f"姓名：{nm}（{rom}）", f"出生日期：{g.BD(bd, r.choice(['iso', 'en', 'enus', 'slash']))}",
             f"籍贯：{'香港' if kind == 'hk' else '台湾'}"]
    if kind == "hk":
        lines.append(f"回乡证（港澳居民来往内地通行证）：{g.HK('H')}")
        lines.append(f"香港手提：{S('MOBILE', phone_intl(g, 'HK', True))}    内地手机：{g.M()}")
    else:
        lines.append(f"护照号码：{g.PP() if r.random() < 0.3 else '（台湾护照，略）'}")
        lines.append(f"台湾手机：{S('MOBILE', phone_intl(g, 'TW', True))}    大陆手机：{g.M()}")
    lines += [f"Email：{S('EMAIL', mail)}", f"期望月薪：{salary(g)}", f"可到岗日期：{g.date(2024, 2024)}"]
    if r.random() < 0.5:
        sp = g.person(1985, 2000)
        lines.append(f"内地紧急联系人：{sp.name}  {g.M(sp.mobile)}  往来港澳通行证：{g.HK('C')}")
    return "\n".join(lines) + "\n"


RC_TEMPLATES = [rc_job_post, rc_resume_zl, rc_resume_51, rc_interview, rc_offer, rc_bgcheck, rc_onboard_form, rc_group_post,
                rc_headhunter, rc_dispatch_list, rc_hk_candidate]


# ==========================================================================================================
# medical_ins
# ==========================================================================================================
HOSP = ["第一人民医院", "中心医院", "中医院", "妇幼保健院", "人民医院", "第二人民医院", "儿童医院", "肿瘤医院"]
DEPTS = ["心血管内科", "骨科", "普外科", "呼吸内科", "消化内科", "神经内科", "妇产科", "儿科", "泌尿外科", "内分泌科"]
DIAG = ["社区获得性肺炎", "急性阑尾炎", "2型糖尿病", "腰椎间盘突出症", "冠状动脉粥样硬化性心脏病", "胆囊结石伴胆囊炎",
        "桡骨远端骨折", "急性胃肠炎", "高血压病2级", "甲状腺结节"]
VACCINES = [("乙肝疫苗", "深圳康泰"), ("卡介苗", "上海生物"), ("脊灰灭活疫苗", "北京科兴"), ("百白破疫苗", "武汉生物"),
            ("麻腮风疫苗", "上海生物"), ("乙脑减毒活疫苗", "成都生物"), ("A群流脑多糖疫苗", "兰州生物"), ("甲肝减毒活疫苗", "浙江普康"),
            ("13价肺炎球菌多糖结合疫苗", "辉瑞"), ("水痘减毒活疫苗", "长春百克"), ("流感病毒裂解疫苗", "华兰生物")]


def batch_no(g, year=None):
    r = g.r
    y = year or r.randint(2022, 2024)
    return g.safe(lambda: r.choice([f"{g.date(y - 1, y - 1):%Y%m}{g.digits(2, '0123456789')}{r.choice(['', 'A', 'B'])}", f"J{g.date(y - 1, y - 1):%Y%m%d}",
                                    f"{r.choice(['B', 'C', 'H', 'S'])}{g.digits(8, '0123456789')}", f"{g.date(y - 1, y - 1):%Y%m%d}{g.digits(3, '0123456789')}",
                                    f"{y % 100 - 1}{g.digits(6, '0123456789')}"]))


def md_claim(g):
    r, c = g.r, g.c
    ins = g.person(1955, 2005)
    app = ins if r.random() < 0.6 else g.person(1960, 1995)
    bk = r.choice(list(BINS))
    lines = [r.choice(["健康保险理赔申请书", "个人医疗保险索赔申请表", "理赔申请书（医疗/重疾）"]),
             f"保险公司{c}{r.choice(['平安人寿', '中国人寿', '太平洋人寿', '泰康人寿', '众安保险', '新华保险'])}    保单号{c}{policy_no(g)}",
             f"赔案号{c}{g.ref('CLM', 12)}", "", "一、被保险人信息",
             f"姓名{c}{ins.name}  性别{c}{ins.sex}  出生日期{c}{g.BD(ins.birth)}"]
    k = r.random()
    if k < 0.65:
        lines.append(f"证件类型{c}身份证  证件号码{c}{g.ID(ins.id)}")
    elif k < 0.85:
        lines.append(f"证件类型{c}护照  证件号码{c}{g.PP()}")
    else:
        lines.append(f"证件类型{c}港澳台居民往来内地通行证  证件号码{c}{g.HK(r.choice('HM'))}")
    lines.append(f"手机{c}{g.M(ins.mobile)}    邮箱{c}{g.E(ins) if r.random() < 0.5 else '无'}")
    n3, n4 = "二", "三"
    if app is not ins:
        lines += ["", "二、申请人信息（与被保险人关系：" + r.choice(["父母", "配偶", "子女"]) + "）",
                  f"姓名{c}{app.name}  证件号码{c}{g.ID(app.id)}  手机{c}{g.M(app.mobile)}"]
        n3, n4 = "三", "四"
    lines += ["", f"{n3}、出险信息", f"就诊医院{c}{g.city[0]}市{g.ch(HOSP)}    科室{c}{g.ch(DEPTS)}",
              f"住院号{c}{g.ref('', 8)}    入院日期{c}{g.date(2024, 2024)}    出院日期{c}{g.date(2024, 2024)}",
              f"诊断{c}{g.ch(DIAG)}    医疗总费用{c}{g.amount(2000, 120000)}元    医保统筹支付{c}{g.amount(500, 60000)}元", "",
              f"{n4}、领款信息", f"领款人{c}{app.name}    开户银行{c}{BANKS[bk]}", f"银行账号{c}{g.CARD(g.card_digits(bk))}", "",
              "申请人签名：________    申请日期：" + str(g.date(2024, 2024))]
    return "\n".join(lines) + "\n"


def md_discharge(g):
    r, c = g.r, g.c
    p = g.person(1940, 2005)
    d0 = g.date(2024, 2024)
    d1 = d0 + dt.timedelta(days=r.randint(3, 21))
    lines = [f"{g.city[0]}市{g.ch(HOSP)}", r.choice(["出 院 小 结", "出院记录", "出院小结（患者联）"]), "",
             f"姓名{c}{p.name}  性别{c}{p.sex}  年龄{c}{d0.year - p.birth.year}岁  科室{c}{g.ch(DEPTS)}  床号{c}{r.randint(1, 60)}床",
             f"住院号{c}{g.ref(r.choice(['', 'ZY', '00']), 8)}    病案号{c}{g.ref('', r.choice([6, 7, 8]))}    医保类型{c}{r.choice(['职工医保', '居民医保', '自费'])}"]
    if r.random() < 0.6:
        lines.append(f"身份证号{c}{g.ID(p.id)}")
    if r.random() < 0.5:
        lines.append(f"出生日期{c}{g.BD(p.birth)}")
    lines += [f"联系电话{c}{g.M(p.mobile)}" + (f"    联系人{c}{g.person().name}（{r.choice(['儿子', '女儿', '配偶'])}） {g.M()}" if r.random() < 0.5 else ""),
              f"入院日期{c}{d0}    出院日期{c}{d1}    住院天数{c}{(d1 - d0).days}天", "",
              f"入院诊断{c}{g.ch(DIAG)}", f"出院诊断{c}{g.ch(DIAG)}",
              f"诊疗经过{c}入院后完善相关检查，血常规WBC {r.randint(4, 15)}.{r.randint(0, 9)}×10^9/L，CRP {r.randint(1, 80)}mg/L，予{r.choice(['抗感染', '手术', '降糖', '对症支持'])}治疗，病情好转。",
              f"出院医嘱{c}1. 注意休息；2. {r.choice(['两周后门诊复查', '按时服药', '一个月后复查B超'])}；3. 如有不适随诊。",
              "", f"医师签名：{g.person().name}    {d1:%Y年%m月%d日}", f"科室电话{c}{g.L()}    预约复诊请拨打 114 或关注医院公众号"]
    return "\n".join(lines) + "\n"


def md_checkup(g):
    r, c = g.r, g.c
    p = g.person(1960, 2002)
    comp = g.company()
    lines = [f"{r.choice(['美年大健康', '爱康国宾', '瑞慈体检', g.city[0] + '市' + g.ch(HOSP) + '健康管理中心'])}", "健 康 体 检 报 告", "",
             f"体检编号{c}{g.ref(r.choice(['', 'TJ']), 10)}    体检日期{c}{g.date(2024, 2024)}",
             f"姓    名{c}{p.name}    性    别{c}{p.sex}    年    龄{c}{2024 - p.birth.year}",
             f"出生日期{c}{g.BD(p.birth)}" if r.random() < 0.75 else f"婚    否{c}{r.choice(['已婚', '未婚'])}",
             f"身份证号{c}{g.ID(p.id)}" if r.random() < 0.7 else f"身份证号{c}{g.mask_id(p.id)}",
             f"联系电话{c}{g.M(p.mobile)}", f"单    位{c}{comp[0]}    套餐{c}{r.choice(['入职体检套餐A', '员工年度体检（男）', '员工年度体检（女）', '深度体检套餐'])}", "",
             "【主检结论】", f"1. {r.choice(['甲状腺结节（TI-RADS 3类）', '脂肪肝（轻度）', '血脂偏高', '幽门螺杆菌阳性', '窦性心动过缓'])}",
             f"2. {r.choice(['体重指数偏高', '尿酸偏高', '视力下降', '未见明显异常'])}", "",
             f"报告查询：关注公众号或登录官网，报告查询密码为身份证后六位。客服热线 {r.choice(['400-' + g.digits(3, '0123456789') + '-' + g.digits(4, '0123456789'), '95' + g.digits(3, '0123456789')])}"]
    return "\n".join(lines) + "\n"


def md_vaccination(g):
    r, c = g.r, g.c
    kid = g.person(2016, 2023)
    mom = g.person(1985, 1998, sex="女")
    lines = [r.choice(["儿童预防接种证（电子版）", "预防接种记录", "疫苗接种信息查询结果"]),
             f"儿童编码{c}{g.ref(r.choice(g.city[4])[:6], 12)}", f"儿童姓名{c}{kid.name}    性别{c}{kid.sex}",
             f"出生日期{c}{g.BD(kid.birth)}    出生体重{c}{r.randint(2600, 4200)}g"]
    if r.random() < 0.5:
        lines.append(f"儿童身份证号{c}{g.ID(kid.id)}")
    lines += [f"监护人{c}{mom.name}（母亲）    联系电话{c}{g.M(mom.mobile)}"]
    if r.random() < 0.5:
        lines.append(f"监护人身份证{c}{g.ID(mom.id)}")
    lines += [f"接种单位{c}{g.city[0]}市{r.choice(['上城区', '福田区', '天河区', '武侯区', '鼓楼区'])}{r.choice(['社区卫生服务中心', '预防接种门诊'])}  电话{c}{g.L()}", "",
              "疫苗名称                剂次  接种日期      疫苗批号        生产企业    接种部位"]
    d = kid.birth
    for vname, maker in r.sample(VACCINES, r.randint(4, 7)):
        d = d + dt.timedelta(days=r.randint(20, 120))
        lines.append(f"{vname:<16}  {r.randint(1, 3)}    {d}    {batch_no(g, d.year):<14}  {maker}  {r.choice(['左上臂', '右上臂', '大腿前外侧', '口服'])}")
    lines.append(f"\n下次接种{c}{d + dt.timedelta(days=r.randint(30, 90))}  {g.ch(VACCINES)[0]}")
    return "\n".join(lines) + "\n"


def md_reg_sms(g):
    r, c = g.r, g.c
    hosp = f"{g.city[0]}市{g.ch(HOSP)}"
    lines = [r.choice(["短信记录", "挂号短信-发送日志", "SMS export"])]
    land = g.L()
    for _ in range(r.randint(3, 5)):
        p = g.person(1945, 2010)
        d = g.date(2024, 2024)
        msg = r.choice([
            f"【{hosp}】{p.masked_name}，您已成功预约{d:%m月%d日}{r.choice(['上午', '下午'])}{g.ch(DEPTS)}{r.choice(['普通门诊', '专家门诊', '主任医师'])}，就诊序号{r.randint(1, 60)}，请携带就诊卡（卡号{g.ref('', 10)}）提前30分钟取号。咨询{land}",
            f"【{hosp}】您预约的{d}检查（{r.choice(['CT', 'MRI', '胃镜', 'B超'])}）已确认，检查号{g.ref('JC', 9)}，需空腹。如需取消请提前一天致电{land}。",
            f"【{hosp}】{p.sur}**您好，您的取号验证码为{g.digits(6, '0123456789')}，5分钟内有效。",
        ])
        lines.append(f"{g.dtime()}\t{g.M(p.mobile, 'plain')}\t{msg}")
    if r.random() < 0.5:
        lines.append(f"\n发送通道{c}1069{g.digits(8, '0123456789')}    短信服务商客服{c}{land}")
    return "\n".join(lines) + "\n"


def md_pharmacy(g):
    r, c = g.r, g.c
    p = g.person(1950, 2000)
    rider = g.person(1985, 2002, sex="男")
    lines = [r.choice(["【药店配送单】", "送药上门 - 订单小票", "XX大药房 外卖订单"]),
             f"订单号{c}{g.order_no(r.choice([18, 19]))}    下单时间{c}{g.dtime()}",
             f"收货人{c}{p.name if r.random() < 0.5 else p.title}", f"电话{c}{g.M(p.mobile) if r.random() < 0.6 else g.mask_mobile(p.mobile) + '（隐私号保护中）'}",
             f"地址{c}{g.addr()}", "-" * 28]
    for _ in range(r.randint(1, 4)):
        lines.append(f"{r.choice(['阿莫西林胶囊 0.25g*24粒', '布洛芬缓释胶囊', '蒲地蓝消炎片', '氯雷他定片', '二甲双胍缓释片', '健胃消食片'])} x{r.randint(1, 3)}  ¥{g.amount(9, 88)}  批号{batch_no(g)}")
    lines += ["-" * 28, f"处方号{c}{g.ref('RX', 11)}    审方药师{c}{g.person().name}",
              f"电子发票 发票代码{c}{g.safe(lambda: '0' + g.digits(11, '0123456789'))}  发票号码{c}{g.digits(8, '0123456789')}" if r.random() < 0.5 else "发票：下单后24小时内开具",
              f"实付{c}¥{g.amount(15, 300)}    支付单号{c}{g.order_no(28)}",
              f"骑手{c}{rider.name}  {g.M(rider.mobile)}"]
    if r.random() < 0.6:
        lines.append(f"骑手位置{c}{g.GPS()}  预计{r.randint(10, 40)}分钟送达")
    lines.append(f"门店电话{c}{g.L()}")
    return "\n".join(lines) + "\n"


def md_outpatient(g):
    r, c = g.r, g.c
    p = g.person(1945, 2010)
    ct = g.person(1960, 1995)
    lines = [f"{g.city[0]}市{g.ch(HOSP)}  门诊病历", "",
             f"门诊号{c}{g.ref('MZ', 10)}    就诊卡号{c}{g.ref('', 12)}    医保卡号{c}{si_card_no(g)}",
             f"姓名{c}{p.name}  性别{c}{p.sex}  出生日期{c}{g.BD(p.birth)}",
             f"身份证号{c}{g.ID(p.id)}", f"联系电话{c}{g.M(p.mobile) if p.birth.year < 2008 else g.M()}",
             f"联系人{c}{ct.name}  关系{c}{r.choice(['父亲', '母亲', '配偶', '子女'])}  联系人电话{c}{g.M(ct.mobile)}",
             f"就诊时间{c}{g.dtime()}  科室{c}{g.ch(DEPTS)}", "",
             f"主诉：{r.choice(['咳嗽3天', '腹痛1天', '头晕乏力一周', '右膝关节疼痛2月'])}", f"诊断：{g.ch(DIAG)}",
             f"处理：{r.choice(['血常规+CRP', '胸部CT平扫', '口服药物治疗', '建议住院'])}", f"医师：{g.person().name}"]
    return "\n".join(lines) + "\n"


def md_application(g):
    r, c = g.r, g.c
    h = g.person(1970, 1995)
    kid = g.person(2008, 2020)
    bk = r.choice(list(BINS))
    lines = [r.choice(["个人保险投保单", "百万医疗险 投保信息确认", "少儿重疾险投保书"]), f"投保单号{c}{g.ref('TB', 14)}", "", "【投保人】",
             f"姓名{c}{h.name}  性别{c}{h.sex}  出生日期{c}{g.BD(h.birth)}"]
    k = r.random()
    if k < 0.6:
        lines.append(f"证件类型{c}居民身份证  证件号码{c}{g.ID(h.id)}")
    elif k < 0.8:
        lines.append(f"证件类型{c}护照  证件号码{c}{g.PP()}")
    else:
        lines.append(f"证件类型{c}往来港澳通行证  证件号码{c}{g.HK('C')}")
    lines += [f"手机{c}{g.M(h.mobile)}  邮箱{c}{g.E(h)}", f"年收入{c}{r.randint(8, 80)}万元", "",
              "【被保险人】（与投保人关系：子女）", f"姓名{c}{kid.name}  出生日期{c}{g.BD(kid.birth)}  证件号码{c}{g.ID(kid.id)}", "",
              "【受益人】法定", "", f"【缴费信息】首期保费{c}{g.amount(200, 12000)}元  续期扣款账户{c}{BANKS[bk]} {g.CARD(g.card_digits(bk))}",
              f"业务员{c}{g.person().name}  工号{c}{g.ref('', 10)}  电话{c}{g.M()}"]
    return "\n".join(lines) + "\n"


def md_deposit(g):
    r, c = g.r, g.c
    p = g.person(1945, 2000)
    payer = g.person(1965, 1995)
    lines = [f"{g.city[0]}市{g.ch(HOSP)}", r.choice(["住院预交金收据", "住院押金单", "预交金缴款凭证"]),
             f"票据号{c}{g.ref('', 10)}    住院号{c}{g.ref('', 8)}",
             f"患者姓名{c}{p.name}    科室{c}{g.ch(DEPTS)}    床号{c}{r.randint(1, 50)}",
             f"交款金额{c}¥{r.choice([2000, 3000, 5000, 10000, 20000])}.00    交款方式{c}{r.choice(['银行卡', '微信', '支付宝'])}",
             f"交款人{c}{payer.name}    联系电话{c}{g.M(payer.mobile)}"]
    if r.random() < 0.6:
        bk = r.choice(list(BINS))
        lines.append(f"退款账户（出院结算多退少补）{c}{BANKS[bk]} {g.CARD(g.card_digits(bk))}  户名{c}{payer.name}")
    lines += [f"POS参考号{c}{g.ref('', 12)}    终端号{c}{g.ref('', 8)}    卡号{c}{g.mask_card()}",
              f"收款员{c}{g.ref('', 4)}    {g.dtime()}", f"住院处电话{c}{g.L()}"]
    return "\n".join(lines) + "\n"


def md_portal_log(g):
    r, c = g.r, g.c
    p = g.person(1970, 2000)
    lines = [r.choice(["线上理赔申请 - 提交记录", "保险APP 理赔材料上传日志", "Claim portal audit log"]),
             f"案件号{c}{g.ref('CL', 14)}    申请人{c}{p.name}", f"申请人邮箱{c}{g.E(p)}    手机{c}{g.M(p.mobile)}", "",
             "时间,操作,IP,设备,IMEI"]
    for _ in range(r.randint(3, 6)):
        ip = g.IP(v6=r.random() < 0.25)
        lines.append(f"{g.dtime()},{r.choice(['上传发票', '上传病历', '提交申请', '补充材料', '查看进度'])},{ip},{r.choice(['iPhone 15 Pro', 'HUAWEI NOH-AN00', 'MI 13', 'PC-Chrome 124.0.6367.91'])},{g.imei()}")
    if r.random() < 0.5:
        lines.append(f"\n拍照定位{c}{g.GPS()}")
    lines.append(f"客服{c}{r.choice(['95511', '95519', '95522', '4008-000-000'])}")
    return "\n".join(lines) + "\n"


def md_travel_health(g):
    r, c = g.r, g.c
    p = g.person(1965, 2003)
    lines = [f"{g.city[0]}国际旅行卫生保健中心", r.choice(["出入境人员健康检查记录", "国际旅行健康证明书申请表", "出国劳务人员体检登记"]), "",
             f"体检号{c}{g.ref('ITHC', 9)}    体检日期{c}{g.date(2024, 2024)}",
             f"姓名{c}{p.name}    性别{c}{p.sex}    出生日期{c}{g.BD(p.birth)}",
             f"护照号码{c}{g.PP()}    前往国家/地区{c}{r.choice(['日本', '新加坡', '沙特阿拉伯', '德国', '澳大利亚', '香港'])}"]
    if r.random() < 0.5:
        lines.append(f"往来港澳通行证{c}{g.HK('C')}")
    lines += [f"身份证号{c}{g.ID(p.id)}" if r.random() < 0.6 else f"身份证号{c}{g.mask_id(p.id)}",
              f"联系电话{c}{g.M(p.mobile)}    派出单位{c}{g.company()[0]}",
              f"疫苗接种{c}{r.choice(['黄热病疫苗', '霍乱疫苗', '无'])}  批号{c}{batch_no(g)}",
              f"检查结论{c}{r.choice(['未见异常', '合格', '建议复查胸片'])}", f"咨询电话{c}{g.L()}"]
    return "\n".join(lines) + "\n"


MD_TEMPLATES = [md_claim, md_discharge, md_checkup, md_vaccination, md_reg_sms, md_pharmacy, md_outpatient, md_application,
                md_deposit, md_portal_log, md_travel_health]


# ==========================================================================================================
# traps16: same kinds of documents, nothing to label
# ==========================================================================================================
def svc_no(g):
    r = g.r
    return r.choice([f"400-{g.digits(3, '0123456789')}-{g.digits(4, '0123456789')}", f"400{g.digits(7, '0123456789')}",
                     f"800-{g.digits(3, '0123456789')}-{g.digits(4, '0123456789')}", f"4008-{g.digits(3, '0123456789')}-{g.digits(3, '0123456789')}",
                     r.choice(["95588", "95533", "95599", "95518", "95511", "95500", "95555", "95566", "95519", "12345", "12333", "12366",
                               "10086", "10010", "10000", "114", "12315", "12123", "110", "120"])])


def tr_masked_owners(g):
    r, c = g.r, g.c
    comm = g.ch(COMMUNITIES)
    rows = [["房号", "业主", "联系电话", "证件号", "车牌", "车位"]]
    for _ in range(r.randint(6, 10)):
        p = g.person()
        rows.append([f"{r.randint(1, 28)}-{g.room()}", p.masked_name, g.mask_mobile(p.mobile), g.mask_id(p.id),
                     g.mask_plate() if r.random() < 0.7 else "无", f"B{r.randint(1, 2)}-{r.randint(1, 500):03d}"])
    return (f"{comm} 业主信息（脱敏版，用于公示）\n导出时间{c}{g.dtime()}\n\n" + tbl(rows, r.choice(["\t", ",", " | "])) +
            f"\n\n注：依据《个人信息保护法》，手机号、证件号已做掩码处理。\n物业服务热线{c}{svc_no(g)}\n")


def tr_fee_stats(g):
    r, c = g.r, g.c
    comm = g.ch(COMMUNITIES)
    lines = [f"{comm} {r.choice(['2024年上半年', '2023年度', '2024年第三季度'])}物业费收缴情况统计", "",
             "楼栋    户数    已缴户数    收缴率    应收金额(元)    实收金额(元)"]
    for b in range(1, r.randint(6, 12)):
        n = r.randint(60, 240)
        k = r.randint(int(n * 0.6), n)
        due = n * r.randint(2400, 4800)
        lines.append(f"{b}幢    {n}    {k}    {k / n:.1%}    {due:,}    {int(due * k / n):,}")
    lines += ["", f"合计收缴率{c}{r.uniform(80, 97):.2f}%，同比{r.choice(['上升', '下降'])}{r.uniform(0.5, 6):.1f}个百分点。",
              f"公共收益{c}广告位{g.amount(10000, 90000)}元，停车费{g.amount(50000, 400000)}元。",
              f"统计截止日期{c}{g.date(2024, 2024)}    制表：物业财务部", f"业主监督热线{c}{svc_no(g)}"]
    return "\n".join(lines) + "\n"


def tr_claim_summary(g):
    r, c = g.r, g.c
    lines = [f"{g.ch(INSURERS)} 车险理赔案件汇总（{g.date(2024, 2024):%Y年%m月}）", "",
             "报案号,保单号,车架号,发动机号,出险日期,定损金额,案件状态"]
    for _ in range(r.randint(5, 9)):
        lines.append(f"{policy_no(g, 'R')},{policy_no(g)},{g.vin()},{g.engine_no()},{g.date(2024, 2024)},{r.uniform(500, 48000):.2f},{r.choice(['已结案', '理算中', '待核赔', '注销'])}")
    lines += ["", f"本月结案率{c}{r.uniform(70, 98):.1f}%    平均结案周期{c}{r.uniform(3, 15):.1f}天", f"报案请拨打{c}{r.choice(['95518', '95511', '95500', '95505'])}"]
    return "\n".join(lines) + "\n"


def tr_dealer_stats(g):
    r, c = g.r, g.c
    lines = [f"{g.city[0]}{r.choice(['宏达', '中升', '永达'])}4S店 {r.choice(['4月', '5月', '6月'])}经营日报", "",
             "车型              订单  交车  库存  新能源占比"]
    for m in r.sample(CAR_MODELS, r.randint(4, 7)):
        lines.append(f"{m:<16}  {r.randint(3, 80)}  {r.randint(2, 70)}  {r.randint(0, 120)}  {r.uniform(0, 100):.1f}%")
    lines += ["", "在库车辆（VIN）："]
    for _ in range(r.randint(3, 6)):
        lines.append(f"  {g.vin()}  {g.engine_no()}  入库{g.date(2024, 2024)}  库龄{r.randint(3, 180)}天  临牌{g.mask_plate()}")
    lines += [f"售后产值{c}¥{g.amount(100000, 900000)}    保养台次{c}{r.randint(200, 1500)}", f"厂家救援热线{c}{svc_no(g)}"]
    return "\n".join(lines) + "\n"


def tr_si_notice(g):
    r, c = g.r, g.c
    y = r.choice([2023, 2024])
    lo, hi = r.randint(3800, 4500), r.randint(19000, 36000)
    lines = [f"关于公布{y}年度社会保险缴费基数上下限的通知", "",
             f"    根据{g.city[0]}市统计局公布的{y - 1}年全口径城镇单位就业人员平均工资{r.randint(70000, 150000):,}元，现将{y}年度缴费基数上下限公布如下：",
             f"    一、缴费基数下限为{lo:,}元/月，上限为{hi:,}元/月；",
             f"    二、养老保险单位缴费比例{r.choice([14, 16])}%，个人8%；医疗保险单位{r.choice([7, 8, 9.5])}%，个人2%；",
             f"    三、执行时间为{y}年7月1日至{y + 1}年6月30日。", "",
             "    附：个人编号查询示例（已脱敏）",
             f"    个人编号 {si_person_no(g)}，社保卡号 {si_card_no(g)}，姓名 {g.person().masked_name}，身份证 {g.mask_id()}",
             "", f"    咨询电话：{r.choice(['12333', '12345'])}", f"{g.city[0]}市人力资源和社会保障局", f"{g.date(y, y):%Y年%m月%d日}"]
    return "\n".join(lines) + "\n"


def tr_tax_table(g):
    r, c = g.r, g.c
    lines = ["综合所得适用个人所得税税率表（按年）", "级数  全年应纳税所得额                  税率  速算扣除数",
             "1     不超过36,000元                       3%    0", "2     超过36,000元至144,000元的部分        10%   2,520",
             "3     超过144,000元至300,000元的部分       20%   16,920", "4     超过300,000元至420,000元的部分       25%   31,920",
             "5     超过420,000元至660,000元的部分       30%   52,920", "6     超过660,000元至960,000元的部分       35%   85,920",
             "7     超过960,000元的部分                  45%   181,920", "",
             f"{g.city[0]}某单位{r.choice(['2023', '2024'])}年度汇算统计：应退税人数{r.randint(100, 900)}人，退税总额{g.amount(10000, 900000)}元，",
             f"补税人数{r.randint(5, 80)}人，平均补税{g.amount(100, 3000)}元。纳税服务热线 12366。", f"扣缴义务人识别号 {g.uscc()}"]
    return "\n".join(lines) + "\n"


def tr_asr_refuse(g):
    r = g.r
    roles = r.choice([{"a": "坐席", "b": "客户"}, {"a": "客服", "b": "用户"}])
    tail = g.digits(4, "0123456789")
    turns = [("a", f"您好，{r.choice(['工商银行', '中国移动', '顺丰速运'])}客服，工号{speak(g.digits(4), r)}。"),
             ("b", f"{fl(g, 0.7)}我想查一下我的账单"),
             ("a", f"为了保护您的信息安全，请问预留手机尾号是多少？"),
             ("b", f"尾号{speak(tail, r)}"),
             ("a", "请报一下身份证后六位。"),
             ("b", f"{speak(g.digits(5, '0123456789'), r, one='一')}{r.choice(['叉', '一', '三'])}"),
             ("a", f"好的验证通过。您本月账单{g.amount(30, 3000)}元，最后还款日{r.randint(1, 28)}号。"),
             ("b", "我不想在电话里说卡号，你们别问了"),
             ("a", f"好的，不需要提供卡号。您也可以拨打{r.choice(['九五五八八', '一零零八六', '九五三三八'])}自助查询，或者登录APP。"),
             ("b", f"那个工单号是多少？"),
             ("a", f"工单号是{speak(g.digits(8, '2'), r, one='一')}，{fl(g, 0.3)}请记录。"),
             ("b", "好的谢谢")]
    return render_asr(g, turns, roles, [r.choice(["【通话转写】", "语音转写结果"]), f"通话ID：{g.ref('CALL', 16)}",
                                        f"主叫号码：{g.mask_mobile()}    被叫：{svc_no(g)}", f"通话时长：0{r.randint(1, 9)}:{r.randint(10, 59)}"])


def tr_internal_notice(g):
    r, c = g.r, g.c
    lines = [f"发件人{c}行政部", f"收件人{c}全体员工", f"发送时间{c}{g.dtime()}", f"主题{c}{r.choice(['关于端午节放假安排的通知', '办公区网络升级通知', '年度体检安排', '消防演练通知'])}", "",
             "各位同事：", f"    {r.choice(['根据国务院办公厅通知', '为保障办公网络稳定', '为关爱员工健康'])}，现将有关事项通知如下：",
             f"    1. 时间：{g.date(2024, 2024):%m月%d日}（周{r.choice('一二三四五')}）{r.randint(9, 16)}:00-{r.randint(17, 18)}:00；",
             f"    2. 地点：{r.randint(3, 28)}楼{r.choice(['大会议室', '多功能厅', '前台'])}；",
             f"    3. 网关地址调整为 {g.private_ip()}，DNS {g.private_ip()}，请勿自行修改；",
             f"    4. 报修请拨打内线 {r.randint(6000, 8999)}，外部供应商热线 {svc_no(g)}。", "",
             "行政部", f"{g.date(2024, 2024):%Y年%m月%d日}", "", r.choice(DISCLAIMERS[2:])]
    return "\n".join(lines) + "\n"


def tr_recruit_stats(g):
    r, c = g.r, g.c
    lines = [f"{r.choice(['2024年Q2', '2024年上半年', '5月'])}招聘数据周报", "", "岗位              投递数  初筛通过  面试  Offer  入职  平均薪资(元)"]
    for j in r.sample(JOBS, r.randint(5, 8)):
        a = r.randint(50, 900)
        lines.append(f"{j:<14}  {a}  {a // r.randint(2, 5)}  {a // r.randint(6, 12)}  {r.randint(0, 6)}  {r.randint(0, 5)}  {r.randint(6000, 35000):,}")
    lines += ["", f"渠道占比：BOSS直聘 {r.randint(20, 50)}%，智联 {r.randint(10, 30)}%，内推 {r.randint(5, 20)}%。",
              f"候选人 {g.person().masked_name}（{g.mask_mobile()}）已发Offer，待确认。",
              "本岗位不接受电话咨询，请通过招聘平台投递简历。"]
    return "\n".join(lines) + "\n"


def tr_medical_anon(g):
    r, c = g.r, g.c
    d0 = g.date(2024, 2024)
    lines = [f"{g.city[0]}市{g.ch(HOSP)}  出院小结（教学病例，已去标识化）", "",
             f"姓名{c}***  性别{c}{r.choice('男女')}  年龄{c}{r.randint(20, 85)}岁  床号{c}{r.randint(1, 60)}",
             f"住院号{c}{g.ref('', 8)}    病案号{c}{g.ref('', 7)}    医保类型{c}{r.choice(['职工医保', '居民医保'])}",
             f"身份证号{c}{g.mask_id()}    联系电话{c}{g.mask_mobile()}",
             f"入院日期{c}{d0}    出院日期{c}{d0 + dt.timedelta(days=r.randint(3, 20))}",
             f"诊断{c}{g.ch(DIAG)}", f"用药：{r.choice(['头孢曲松钠', '奥美拉唑', '二甲双胍', '阿托伐他汀'])}（批号 {batch_no(g)}），{r.choice(['qd', 'bid', 'tid'])}",
             f"检验：WBC {r.uniform(3, 15):.1f}×10^9/L，HGB {r.randint(90, 160)}g/L，PLT {r.randint(100, 400)}×10^9/L",
             "", "（本病例仅用于教学讨论，患者信息已按规定脱敏。）"]
    return "\n".join(lines) + "\n"


def tr_vaccine_stock(g):
    r, c = g.r, g.c
    lines = [f"{g.city[0]}市{r.choice(['上城区', '福田区', '武侯区'])}预防接种门诊 疫苗出入库台账", "",
             "疫苗名称                  生产企业    批号            有效期至      入库数量  结存"]
    for v, m in r.sample(VACCINES, r.randint(5, 8)):
        lines.append(f"{v:<18}  {m}  {batch_no(g):<14}  {g.date(2025, 2026)}  {r.randint(20, 400)}  {r.randint(0, 300)}")
    lines += ["", f"冷链温度记录：2~8℃，{g.dtime()} 巡检正常。", f"疫苗追溯码示例：{g.ref('8', 19)}", f"预约请拨打 {svc_no(g)} 或使用“健康{g.city[0]}”小程序。"]
    return "\n".join(lines) + "\n"


def tr_logistics(g):
    r, c = g.r, g.c
    lines = [r.choice(["【丰巢】取件通知汇总", "快递驿站 入库记录", "物流轨迹查询"]), ""]
    for _ in range(r.randint(4, 7)):
        lines.append(f"{g.dtime()}  运单号 {g.tracking()}  取件码 {r.randint(1, 30)}-{r.randint(1, 6)}-{r.randint(1000, 9999)}  收件人 {g.person().masked_name} {g.mask_mobile()}  {r.choice(['已入柜', '已签收', '派送中', '待取件'])}")
    lines += ["", f"订单号{c}{g.order_no()}    交易单号{c}{g.order_no(28)}",
              f"发票代码{c}{g.safe(lambda: '0' + g.digits(11, '0123456789'))}  发票号码{c}{g.digits(8, '0123456789')}",
              f"如有疑问请联系快递员（隐私号）或拨打 {svc_no(g)}"]
    return "\n".join(lines) + "\n"


def tr_blank_form(g):
    r, c = g.r, g.c
    title = r.choice(["员工入职登记表（空白模板）", "租赁合同-承租人信息页（模板）", "理赔申请书（填写样例）", "参保登记表（空表）"])
    fields = ["姓名", "性别", "出生日期", "身份证号码", "手机号码", "电子邮箱", "微信号", "QQ号", "银行卡号", "开户行", "护照号码", "港澳通行证号码", "车牌号码", "紧急联系人电话"]
    r.shuffle(fields)
    lines = [title, ""]
    for f in fields[:r.randint(7, 12)]:
        blank = r.choice(["________________", "＿＿＿＿＿＿＿＿", "（请填写）", "", "□□□□□□□□□□□□□□□□□□", "____年__月__日" if f == "出生日期" else "__________"])
        lines.append(f"{f}{c}{blank}")
    lines += ["", f"填表说明：1. 手机号码请填写11位号码，如 138****0000；2. 身份证号码应为18位，末位可能为X；3. 日期格式为YYYY-MM-DD。",
              f"版本号 v{r.randint(1, 4)}.{r.randint(0, 9)}.{r.randint(0, 20)}    表单编号 {g.ref('FM-', 6)}"]
    return "\n".join(lines) + "\n"


def tr_device_log(g):
    r, c = g.r, g.c
    lines = [r.choice(["门禁设备巡检日志", "车载T-Box诊断日志", "医疗终端运维记录"]), ""]
    for _ in range(r.randint(5, 8)):
        lines.append(f"{g.dtime()} [{r.choice(['INFO', 'WARN', 'DEBUG'])}] dev={g.ref('DEV', 6)} ip={g.private_ip()} fw={r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 99)} "
                     f"build=10.0.{r.randint(17000, 22631)}.{r.randint(1000, 4000)} imei={g.imei()} iccid={g.iccid()} "
                     f"mac={':'.join(f'{r.randint(0, 255):02X}' for _ in range(6))} rssi=-{r.randint(40, 95)}dBm")
    lines += ["", f"网关 {g.private_ip()} 心跳正常，丢包率 {r.uniform(0, 3):.2f}%，平台版本 {r.randint(2, 6)}.{r.randint(0, 12)}.{r.randint(0, 40)}"]
    return "\n".join(lines) + "\n"


TRAP_TEMPLATES = [tr_masked_owners, tr_fee_stats, tr_claim_summary, tr_dealer_stats, tr_si_notice, tr_tax_table, tr_asr_refuse,
                  tr_internal_notice, tr_recruit_stats, tr_medical_anon, tr_vaccine_stock, tr_logistics, tr_blank_form, tr_device_log]

GENRES = [
    ("real_estate", RE_TEMPLATES), ("auto", AU_TEMPLATES), ("tax_social", TX_TEMPLATES), ("asr", AS_TEMPLATES),
    ("email_threads", EM_TEMPLATES), ("recruitment", RC_TEMPLATES), ("medical_ins", MD_TEMPLATES), ("traps16", TRAP_TEMPLATES),
]


# ==========================================================================================================
# driver
# ==========================================================================================================
NAME = "probe16"
SEED = 1616
PER_GENRE = 35
HERE = Path(__file__).resolve().parent
OUT = HERE / f"{NAME}.jsonl"


TYPOS = [("联系", "连系"), ("已经", "以经"), ("账号", "帐号"), ("确认", "确任"), ("预约", "预越"), ("登记", "登己"),
         ("您好", "你好"), ("地址", "地止"), ("谢谢", "xie xie"), ("麻烦", "麻繁")]


def messify(raw, r, genre):
    if r.random() < 0.3:
        a, b = r.choice([t for t in TYPOS if t[0] in raw] or [("", "")])
        if a:
            i = r.choice([m.start() for m in re.finditer(a, raw)])
            raw = raw[:i] + b + raw[i + len(a):]
    lines = raw.split("\n")
    if r.random() < 0.3:
        for _ in range(r.randint(1, 3)):
            i = r.randrange(len(lines))
            if lines[i]:
                lines[i] += r.choice([" ", "  ", "\t", "   "])
    if r.random() < 0.15:
        i = r.randrange(len(lines))
        lines.insert(i, "")
    raw = "\n".join(lines)
    if r.random() < 0.2:
        raw = raw.rstrip("\n")
    if r.random() < 0.1:
        raw = "\n" + raw
    return raw


def build_docs():
    docs = []
    for genre, templates in GENRES:
        gr = random.Random(f"{SEED}:{genre}:order")
        order = []
        while len(order) < PER_GENRE:
            t = list(templates)
            gr.shuffle(t)
            order += t
        order = order[:PER_GENRE]
        for i, tpl in enumerate(order, 1):
            r = random.Random(f"{SEED}:{genre}:{i}")
            g = G(r)
            raw = tpl(g)
            raw = messify(raw, r, genre)
            crlf = r.random() < (0.18 if genre == "email_threads" else 0.05)
            text, spans = finalize(raw, crlf)
            doc = {"id": f"{NAME}-{genre}-{i:03d}", "genre": genre, "text": text, "spans": spans}
            validate_doc(doc)
            if genre != "traps16" and not spans:
                raise ValueError(f"{doc['id']}: positive document without spans")
            docs.append(doc)
    ids = [d["id"] for d in docs]
    if len(set(ids)) != len(ids):
        raise ValueError("duplicate ids")
    texts = [d["text"] for d in docs]
    if len(set(texts)) != len(texts):
        raise ValueError("duplicate texts")
    return docs


def serialize(docs):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs).encode("utf-8")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--check", action="store_true", help="rebuild in memory and compare with the file")
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args(argv)
    data = serialize(build_docs())
    if a.check:
        if not OUT.exists() or OUT.read_bytes() != data:
            print(f"{OUT.name} is not identical to a fresh build", file=sys.stderr)
            return 1
        print(f"{OUT.name} OK ({len(data)} bytes)")
        return 0
    OUT.write_bytes(data)
    if a.stats:
        from collections import Counter
        docs = [json.loads(x) for x in data.decode().splitlines()]
        print(Counter(d["genre"] for d in docs))
        print(Counter(s[2] for d in docs for s in d["spans"]))
        print(sum(len(d["spans"]) for d in docs))
    print(f"wrote {OUT} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
