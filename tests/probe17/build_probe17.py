# ruff: noqa
"""Build the blind accuracy probe ``probe17`` (seed 1717).

    python build_probe17.py            # write probe17.jsonl next to this file
    python build_probe17.py --check    # rebuild in memory, fail unless byte-identical

Every value is fake and produced here from the fixed seed.  See README.md for the
labelling decisions.  The build raises when a span does not re-validate, spans
overlap, a span has leading/trailing whitespace or punctuation, a trap document has
spans, or the unlabelled remainder of a document still contains something that
should have been labelled.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import ipaddress
import json
import random
import re
import sys
from pathlib import Path

import phonenumbers
from stdnum import luhn
from stdnum.cn import ric, uscc

NAME = "probe17"
SEED = 1717
HERE = Path(__file__).resolve().parent
OUT = HERE / f"{NAME}.jsonl"

TYPES = (
    "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "PLATE", "PASSPORT",
    "HK_MACAO_PERMIT", "IP", "QQ", "WECHAT", "GPS", "BIRTHDATE",
)

# ---------------------------------------------------------------------------
# folding / validation
# ---------------------------------------------------------------------------
_FOLD = {0xFF01 + i: 0x21 + i for i in range(94)}
_FOLD[0x3000] = 0x20


def fold(s: str) -> str:
    """Full-width ASCII -> ASCII (length preserving)."""
    return s.translate(_FOLD)


def fw(s: str) -> str:
    """ASCII letters/digits -> full width."""
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in s)


CN_NUM = {
    "零": "0", "〇": "0", "洞": "0", "一": "1", "幺": "1", "壹": "1", "二": "2", "两": "2", "贰": "2",
    "貳": "2", "三": "3", "叁": "3", "參": "3", "四": "4", "肆": "4", "五": "5", "伍": "5", "六": "6",
    "陆": "6", "陸": "6", "七": "7", "柒": "7", "拐": "7", "八": "8", "捌": "8", "九": "9", "玖": "9",
    "勾": "9",
}
MOB_RE = re.compile(r"^1(?:3\d|4[5-9]|5[0-35-9]|6[2567]|7[0-35-8]|8\d|9[135-9])\d{8}$")

# Chinese issuer BINs used for BANK_CARD (bin -> card length)
BINS = {
    "622202": 19, "622208": 19, "621226": 19, "622848": 19, "621700": 19, "622700": 19,
    "622588": 16, "621483": 16, "622609": 16, "628288": 16, "625802": 16, "621661": 19,
    "621785": 19, "622262": 19, "622150": 19, "621799": 19, "623668": 19, "621098": 19,
    "436742": 16, "622575": 16, "621559": 19,
}
BANK_OF_BIN = {
    "622202": "中国工商银行", "622208": "中国工商银行", "621226": "中国工商银行", "622848": "中国农业银行",
    "621700": "中国建设银行", "622700": "中国建设银行", "622588": "招商银行", "621483": "招商银行",
    "622609": "中国民生银行", "628288": "中国工商银行", "625802": "招商银行", "621661": "中国银行",
    "621785": "中国银行", "622262": "交通银行", "622150": "中国邮政储蓄银行", "621799": "中国邮政储蓄银行",
    "623668": "中国建设银行", "621098": "中国邮政储蓄银行", "436742": "中国建设银行", "622575": "招商银行",
    "621559": "中国工商银行",
}

PLATE_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
PLATE_RE = re.compile(
    rf"^[{PLATE_PROV}][A-HJ-NP-Z][·・ ]?(?:[A-HJ-NP-Z0-9]{{5}}|[DF][A-HJ-NP-Z0-9]\d{{4}}|\d{{5}}[DF])$"
)
EMAIL_RE = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9._%+-]*[A-Za-z0-9])?@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
PASSPORT_RE = re.compile(r"^(?:E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8})$")
PERMIT_RE = re.compile(r"^(?:C\d{8}|C[A-HJ-NP-Z]\d{7}|[HM]\d{8}(?:\d{2})?)$")
QQ_RE = re.compile(r"^[1-9]\d{4,10}$")
WX_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_-]{5,19}$")

CUES = {
    "PASSPORT": ("护照", "護照", "passport"),
    "HK_MACAO_PERMIT": ("通行证", "通行證", "回乡证", "回鄉證", "permit"),
    "QQ": ("qq", "扣扣", "企鹅", "企鵝"),
    "WECHAT": ("微信", "wx", "vx", "v信", "加v", "➕v", "wechat", "weixin"),
    "BIRTHDATE": ("出生", "生日", "dob", "birthday", "dateofbirth", "生辰", "csrq"),
}


def _strip_seps(s: str) -> str:
    return re.sub(r"[\s\-.]", "", s)


def v_id(s: str) -> bool:
    f = fold(s).replace(" ", "").replace("\n", "").replace("-", "").upper()
    if len(f) == 18:
        return ric.is_valid(f)
    if len(f) == 15 and f.isdigit():
        f18 = f[:6] + "19" + f[6:]
        f18 += ric.calc_check_digit(f18 + "0")
        return ric.is_valid(f18)
    return False


def _cn_mobile(rest: str) -> bool:
    rest = "".join(CN_NUM.get(c, c) for c in rest)
    rest = _strip_seps(rest)
    return bool(MOB_RE.match(rest))


def _intl(s: str):
    """Normalise an international number to +CC..., or None when it is not written internationally."""
    f = fold(s)
    compact = re.sub(r"[\s\-().]", "", f)
    if compact.startswith("00"):
        return "+" + compact[2:]
    if compact.startswith("+"):
        return compact
    if f.startswith("(") and re.match(r"^\((?:852|853|886)\)", f):
        return "+" + compact
    return None


def v_mobile(s: str) -> bool:
    f = fold(s)
    intl = _intl(f)
    if intl is not None and not intl.startswith("+86"):
        try:
            n = phonenumbers.parse(intl, None)
        except phonenumbers.NumberParseException:
            return False
        return phonenumbers.is_valid_number(n) and phonenumbers.number_type(n) == phonenumbers.PhoneNumberType.MOBILE
    m = re.match(r"^(?:\+86|\(\+86\)|0086|86-)[\s-]?", f)
    rest = f[m.end():] if m else f
    return _cn_mobile(rest)


def v_landline(s: str) -> bool:
    f = fold(s)
    intl = _intl(f)
    try:
        if intl is not None:
            n = phonenumbers.parse(intl, None)
        else:
            c = re.sub(r"[\s\-().]", "", f)
            if not re.match(r"^0[1-9]\d{8,10}$", c):
                return False
            n = phonenumbers.parse(c, "CN")
    except phonenumbers.NumberParseException:
        return False
    nsn = phonenumbers.national_significant_number(n)
    if nsn.startswith(("400", "800")):
        return False
    t = phonenumbers.number_type(n)
    return phonenumbers.is_valid_number(n) and t in (
        phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)


def v_card(s: str) -> bool:
    f = re.sub(r"[\s\-]", "", fold(s))
    return f.isdigit() and 16 <= len(f) <= 19 and luhn.is_valid(f) and f[:6] in BINS and len(f) == BINS[f[:6]]


def v_email(s: str) -> bool:
    return bool(EMAIL_RE.match(s))


def v_plate(s: str) -> bool:
    return bool(PLATE_RE.match(fold(s)))


def v_ip(s: str) -> bool:
    try:
        a = ipaddress.ip_address(fold(s))
    except ValueError:
        return False
    return a.is_global and not a.is_multicast


def v_gps(s: str) -> bool:
    m = re.match(r"^(-?\d{1,3}\.\d{4,})\s*[,\s]\s*(-?\d{1,3}\.\d{4,})$", fold(s))
    if not m:
        return False
    a, b = float(m.group(1)), float(m.group(2))
    return (3 <= a <= 54 and 73 <= b <= 136) or (3 <= b <= 54 and 73 <= a <= 136)


def parse_date(s: str):
    f = fold(s).strip()
    for rx, order in (
        (r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$", "ymd"),
        (r"^(\d{4})\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?[日号]?$", "ymd"),
        (r"^(\d{4})(\d{2})(\d{2})$", "ymd"),
        (r"^(\d{1,2})/(\d{1,2})/(\d{4})$", "dmy"),
    ):
        m = re.match(rx, f)
        if m:
            a, b, c = (int(x) for x in m.groups())
            y, mo, d = (a, b, c) if order == "ymd" else (c, b, a)
            try:
                return dt.date(y, mo, d)
            except ValueError:
                return None
    return None


def v_birth(s: str) -> bool:
    d = parse_date(s)
    return d is not None and 1930 <= d.year <= 2022


VALIDATORS = {
    "ID_CARD": v_id, "MOBILE": v_mobile, "LANDLINE": v_landline, "BANK_CARD": v_card, "EMAIL": v_email,
    "PLATE": v_plate, "PASSPORT": lambda s: bool(PASSPORT_RE.match(fold(s))),
    "HK_MACAO_PERMIT": lambda s: bool(PERMIT_RE.match(fold(s))), "IP": v_ip,
    "QQ": lambda s: bool(QQ_RE.match(fold(s))),
    "WECHAT": lambda s: bool(WX_RE.match(fold(s))) or _cn_mobile(fold(s)), "GPS": v_gps,
    "BIRTHDATE": v_birth,
}


# ---------------------------------------------------------------------------
# leak check on the unlabelled remainder
# ---------------------------------------------------------------------------
_LK_MOB = re.compile(r"(?<!\d)1[3-9]\d(?:[-. \n]?\d){8}(?!\d)")
_LK_MOB_CN = re.compile(r"(?:[一幺二三四五六七八九零〇两洞拐勾][\s-]?){11}")
_LK_ID = re.compile(r"(?<![0-9A-Za-z])\d{6}[- ]?\d{8}[- ]?\d{3}[\dXx](?![0-9A-Za-z])")
_LK_CARD = re.compile(r"(?<![\d-])(?:\d{16,19}|\d{4}(?:[ -]\d{4}){3}(?:[ -]\d{1,3})?|\d{6}[ -]\d{10,13})(?![\d-])")
_LK_MAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_LK_IP4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d]|\.\d)")
_LK_GPS = re.compile(r"(?<![\d.])-?\d{1,3}\.\d{4,}\s*[,，]\s*-?\d{1,3}\.\d{4,}")
_LK_LAND = re.compile(r"(?<![\d])(?:\(0\d{2,3}\)|0\d{2,3}-)\s?\d{7,8}(?!\d)")


def leaks(text: str) -> list[str]:
    """Values in ``text`` (already blanked + folded) that look like they should have been labelled."""
    out = []
    for m in _LK_MOB.finditer(text):
        if re.fullmatch(r"\d{1,3}(?:\.\d{1,3}){3}", m.group()):
            continue  # a dotted IPv4 address, not a phone number
        if MOB_RE.match(re.sub(r"\D", "", m.group())) or re.match(r"^1[3-9]\d{9}$", re.sub(r"\D", "", m.group())):
            out.append(("MOBILE", m.group()))
    for m in _LK_MOB_CN.finditer(text):
        if _cn_mobile(m.group()):
            out.append(("MOBILE", m.group()))
    for m in _LK_ID.finditer(text):
        if v_id(m.group()):
            out.append(("ID_CARD", m.group()))
    for m in _LK_CARD.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if 16 <= len(digits) <= 19 and digits.startswith(("62", "4", "5")) and luhn.is_valid(digits):
            out.append(("BANK_CARD", m.group()))
    for m in _LK_MAIL.finditer(text):
        out.append(("EMAIL", m.group()))
    for m in _LK_IP4.finditer(text):
        parts = m.group().split(".")
        if all(int(p) < 256 for p in parts) and v_ip(m.group()):
            out.append(("IP", m.group()))
    for m in _LK_GPS.finditer(text):
        if v_gps(m.group().replace("，", ",")):
            out.append(("GPS", m.group()))
    for m in _LK_LAND.finditer(text):
        if v_landline(m.group()):
            out.append(("LANDLINE", m.group()))
    return out


def blank(text: str, spans) -> str:
    chars = list(text)
    for s, e, _ in spans:
        for i in range(s, e):
            if chars[i] != "\n":
                chars[i] = "■"
    return fold("".join(chars))


# ---------------------------------------------------------------------------
# document builder
# ---------------------------------------------------------------------------
class V:
    """A labelled value (typ=None: an unlabelled piece that must stay intact)."""

    __slots__ = ("s", "t")

    def __init__(self, s: str, t: str | None):
        self.s, self.t = s, t

    def __repr__(self):
        return f"V({self.s!r}, {self.t})"


class Doc:
    def __init__(self, g=None, noise: float = 0.0):
        self.buf: list[str] = []
        self.spans: list[list] = []
        self.pos = 0
        self.g = g
        self.noise = noise
        self.crlf = False

    def _w(self, s: str):
        self.buf.append(s)
        self.pos += len(s)

    def add(self, *parts):
        for p in parts:
            if isinstance(p, V):
                if p.t:
                    self.spans.append([self.pos, self.pos + len(p.s), p.t])
                self._w(p.s)
            elif isinstance(p, (list, tuple)):
                self.add(*p)
            elif p is None:
                continue
            else:
                s = str(p)
                if self.noise and self.g is not None:
                    s = self.g.ocr_noise(s, self.noise)
                self._w(s)
        return self

    def ln(self, *parts):
        self.add(*parts)
        self._w("\n")
        return self

    def extend(self, other: "Doc"):
        off = self.pos
        for s, e, t in other.spans:
            self.spans.append([s + off, e + off, t])
        self._w(other.text())
        return self

    def text(self) -> str:
        return "".join(self.buf)


BREAKABLE = {"MOBILE", "ID_CARD", "BANK_CARD", "LANDLINE", "QQ"}


def hard_wrap(doc: Doc, width: int, rng: random.Random) -> Doc:
    """Wrap each line at ``width`` characters like an OCR/PDF extractor does.  A break inside a
    numeric value stays inside its span; a break inside other values is moved behind the value."""
    text, spans = doc.text(), doc.spans
    inserts = []
    col = 0
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\n":
            col = 0
            i += 1
            continue
        col += 1
        if col >= width and i + 1 < len(text) and text[i + 1] != "\n":
            p = i + 1
            for s, e, t in spans:
                if s < p < e and t not in BREAKABLE:
                    p = e
            # do not break right in front of punctuation
            if p < len(text) and text[p] in "，。、；：,.;:)）":
                p += 1
            if p < len(text) and text[p] != "\n" and (not inserts or inserts[-1] < p):
                inserts.append(p)
            col = 0
            i = p
            continue
        i += 1
    new = Doc()
    prev = 0
    pieces = []
    for p in inserts:
        pieces.append(text[prev:p])
        pieces.append("\n")
        prev = p
    pieces.append(text[prev:])

    def shift(x, is_end):
        n = 0
        for p in inserts:
            if p < x or (p == x and not is_end):
                n += 1
        return x + n

    new.buf = ["".join(pieces)]
    new.pos = len(new.buf[0])
    new.spans = [[shift(s, False), shift(e, True), t] for s, e, t in spans]
    new.crlf = doc.crlf
    return new


def to_crlf(text: str, spans):
    idx = [0] * (len(text) + 1)
    n = 0
    out = []
    for i, ch in enumerate(text):
        idx[i] = i + n
        if ch == "\n":
            out.append("\r\n")
            n += 1
        else:
            out.append(ch)
    idx[len(text)] = len(text) + n
    new_spans = [[idx[s], idx[e - 1] + (2 if text[e - 1] == "\n" else 1), t] for s, e, t in spans]
    return "".join(out), new_spans


# ---------------------------------------------------------------------------
# fake data generator
# ---------------------------------------------------------------------------
SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤") + ["欧阳", "司马", "上官"]
GIVEN = list("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂文华慧建国志鹏宇轩浩然子涵梓萱欣怡雨桐思远俊诗琪嘉晨曦一鸣佳雪梅海燕晓东春生玉凯婷颖琳倩玲晶波辉斌红梦瑶雅楠宁博昊天翔泽睿晗妍蕾")
PY_SUR = ["zhang", "wang", "li", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu", "guo", "he", "gao", "lin", "luo", "zheng", "liang", "xie", "song", "tang", "han", "feng", "deng", "cao", "peng", "zeng", "xiao", "tian", "dong", "pan", "yuan", "jiang", "cai", "ye", "cheng", "su", "wei", "lv", "ding", "shen", "yao", "lu", "cui", "tan", "fan", "jin", "shi", "xia", "fang", "bai", "qin", "qiu"]
PY_GIV = ["wei", "fang", "na", "xiu", "ying", "min", "jing", "li", "qiang", "lei", "jun", "yang", "yong", "yan", "jie", "juan", "tao", "ming", "chao", "xia", "ping", "gang", "hua", "hui", "jian", "guo", "zhi", "peng", "yu", "xuan", "hao", "ran", "zi", "han", "xin", "yi", "tong", "si", "yuan", "shi", "qi", "jia", "chen", "xi", "kai", "ting", "lin", "qian", "ling", "bo", "meng", "yao", "nan", "ning", "rui", "ze", "tian", "xiang"]
EN_NAMES = ["amy", "lucy", "kevin", "tony", "jack", "coco", "vivian", "eric", "sunny", "lily", "leo", "grace", "nina", "jason", "cindy", "ray", "momo", "ivy", "alan", "zoe"]
MAIL_DOMAINS = ["qq.com", "163.com", "126.com", "sina.com", "sohu.com", "foxmail.com", "gmail.com", "outlook.com", "hotmail.com", "yeah.net", "139.com", "aliyun.com", "189.cn", "sina.cn"]

# city, area code, plate prefix, ID region codes, centre lat/lon, province
CITIES = [
    ("北京", "010", "京A", ["110101", "110105", "110108", "110102", "110106"], (39.9042, 116.4074), "北京市"),
    ("上海", "021", "沪A", ["310101", "310104", "310115", "310112", "310105"], (31.2304, 121.4737), "上海市"),
    ("广州", "020", "粤A", ["440103", "440106", "440111", "440104"], (23.1291, 113.2644), "广东省"),
    ("深圳", "0755", "粤B", ["440303", "440304", "440305", "440306"], (22.5431, 114.0579), "广东省"),
    ("杭州", "0571", "浙A", ["330102", "330105", "330106", "330108"], (30.2741, 120.1551), "浙江省"),
    ("南京", "025", "苏A", ["320102", "320104", "320105", "320106"], (32.0603, 118.7969), "江苏省"),
    ("苏州", "0512", "苏E", ["320505", "320506", "320507", "320508"], (31.2990, 120.5853), "江苏省"),
    ("武汉", "027", "鄂A", ["420102", "420103", "420106", "420111"], (30.5928, 114.3055), "湖北省"),
    ("成都", "028", "川A", ["510104", "510105", "510106", "510107"], (30.5728, 104.0668), "四川省"),
    ("重庆", "023", "渝A", ["500103", "500105", "500106", "500112"], (29.5630, 106.5516), "重庆市"),
    ("西安", "029", "陕A", ["610102", "610103", "610104", "610113"], (34.3416, 108.9398), "陕西省"),
    ("天津", "022", "津A", ["120101", "120103", "120104", "120105"], (39.3434, 117.3616), "天津市"),
    ("沈阳", "024", "辽A", ["210102", "210103", "210104", "210105"], (41.8057, 123.4315), "辽宁省"),
    ("长沙", "0731", "湘A", ["430102", "430103", "430104", "430105"], (28.2282, 112.9388), "湖南省"),
    ("郑州", "0371", "豫A", ["410102", "410103", "410104", "410105"], (34.7466, 113.6254), "河南省"),
    ("济南", "0531", "鲁A", ["370102", "370103", "370104", "370105"], (36.6512, 117.1201), "山东省"),
    ("福州", "0591", "闽A", ["350102", "350103", "350104", "350105"], (26.0745, 119.2965), "福建省"),
    ("合肥", "0551", "皖A", ["340102", "340103", "340104", "340111"], (31.8206, 117.2272), "安徽省"),
    ("昆明", "0871", "云A", ["530102", "530103", "530111", "530112"], (25.0389, 102.7183), "云南省"),
    ("哈尔滨", "0451", "黑A", ["230102", "230103", "230104", "230108"], (45.8038, 126.5350), "黑龙江省"),
    ("南宁", "0771", "桂A", ["450102", "450103", "450105", "450107"], (22.8170, 108.3665), "广西壮族自治区"),
    ("温州", "0577", "浙C", ["330302", "330303", "330304"], (27.9938, 120.6994), "浙江省"),
    ("石家庄", "0311", "冀A", ["130102", "130104", "130105"], (38.0428, 114.5149), "河北省"),
    ("南昌", "0791", "赣A", ["360102", "360103", "360104"], (28.6820, 115.8579), "江西省"),
]
CITY_DISTRICTS = {
    "北京": ["东城区", "西城区", "朝阳区", "海淀区", "丰台区"], "上海": ["黄浦区", "徐汇区", "浦东新区", "闵行区", "静安区"],
    "广州": ["越秀区", "天河区", "海珠区", "白云区"], "深圳": ["福田区", "罗湖区", "南山区", "宝安区", "龙岗区"],
    "杭州": ["上城区", "拱墅区", "西湖区", "滨江区", "余杭区"], "南京": ["玄武区", "秦淮区", "鼓楼区", "建邺区"],
    "苏州": ["姑苏区", "吴中区", "相城区", "虎丘区"], "武汉": ["江岸区", "江汉区", "武昌区", "洪山区"],
    "成都": ["锦江区", "青羊区", "武侯区", "成华区"], "重庆": ["渝中区", "江北区", "南岸区", "渝北区"],
    "西安": ["新城区", "碑林区", "雁塔区", "未央区"], "天津": ["和平区", "河西区", "南开区", "河东区"],
    "沈阳": ["和平区", "沈河区", "皇姑区", "铁西区"], "长沙": ["芙蓉区", "天心区", "岳麓区", "开福区"],
    "郑州": ["中原区", "二七区", "金水区", "管城回族区"], "济南": ["历下区", "市中区", "槐荫区", "天桥区"],
    "福州": ["鼓楼区", "台江区", "仓山区", "晋安区"], "合肥": ["瑶海区", "庐阳区", "蜀山区", "包河区"],
    "昆明": ["五华区", "盘龙区", "官渡区", "西山区"], "哈尔滨": ["道里区", "南岗区", "道外区", "香坊区"],
    "南宁": ["兴宁区", "青秀区", "江南区", "西乡塘区"], "温州": ["鹿城区", "龙湾区", "瓯海区"],
    "石家庄": ["长安区", "桥西区", "新华区", "裕华区"], "南昌": ["东湖区", "西湖区", "青云谱区", "红谷滩区"],
}
RURAL_REGIONS = ["411323", "412822", "511321", "513722", "522425", "341222", "362427", "431021", "450821",
                 "371522", "130528", "421124", "610528", "622621", "532622", "140429", "231121", "152626"]
DISTRICTS = ["朝阳区", "海淀区", "西湖区", "拱墅区", "天河区", "南山区", "福田区", "江汉区", "武侯区", "锦江区",
             "渝中区", "雁塔区", "和平区", "岳麓区", "金水区", "历下区", "鼓楼区", "蜀山区", "五华区", "南岗区",
             "青秀区", "鹿城区", "长安区", "东湖区", "姑苏区", "玄武区", "浦东新区", "徐汇区"]
ROADS = ["人民路", "解放路", "建设路", "中山路", "文化路", "学院路", "和平街", "新华路", "长江路", "滨江大道",
         "幸福路", "光明街", "青年路", "工业园路", "环城北路", "体育场路", "文三路", "科技路", "五一路", "望江路"]
COMMUNITIES = ["阳光花园", "金色家园", "翠苑一区", "锦绣华庭", "东方明珠小区", "幸福里", "滨江花城", "绿城桂花园",
               "万科城", "碧桂园", "和谐家园", "丽景湾", "梧桐苑", "紫金小区", "春江花月", "保利香槟国际"]
EMOJI = ["😀", "😂", "🤣", "😍", "🥰", "😘", "😎", "🔥", "💯", "✨", "🎉", "👍", "🙏", "💰", "💎", "🎮", "⚡", "❤️",
         "💕", "🌸", "🌹", "☀️", "🍀", "📞", "📱", "✅", "❗", "‼️", "⭐", "🌟", "🐱", "🐶", "🍓", "🥺", "😭", "🤝", "📢"]


def _mobile_prefixes():
    out = []
    w = {}
    for p in range(130, 140):
        w[str(p)] = 4
    for p in (145, 146, 147, 148, 149):
        w[str(p)] = 1
    for p in (150, 151, 152, 153, 155, 156, 157, 158, 159):
        w[str(p)] = 3
    for p in (162, 165, 166, 167, 170, 171, 172, 173, 175, 176, 177, 178):
        w[str(p)] = 1
    for p in range(180, 190):
        w[str(p)] = 3
    for p in (191, 193, 195, 196, 197, 198, 199):
        w[str(p)] = 2
    for k, v in w.items():
        out += [k] * v
    return out


MOB_PREFIXES = _mobile_prefixes()
CN_DIGIT_SETS = {
    "plain": "零一二三四五六七八九",
    "yao": "零幺二三四五六七八九",
    "big": "零壹贰叁肆伍陆柒捌玖",
    "radio": "洞幺两三四五六拐八勾",
}


class G:
    """Fake value generator bound to one document's RNG."""

    def __init__(self, rng: random.Random):
        self.r = rng

    # -- basic helpers -------------------------------------------------
    def ch(self, seq):
        return self.r.choice(seq)

    def p(self, prob: float) -> bool:
        return self.r.random() < prob

    def digits(self, n: int, first_nonzero=False) -> str:
        s = "".join(self.r.choice("0123456789") for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = self.r.choice("123456789") + s[1:]
        return s

    def colon(self):
        return self.ch(["：", "：", "：", ":", ": ", "： ", " "])

    def emo(self, n=1):
        return "".join(self.ch(EMOJI) for _ in range(n))

    def name(self):
        s = self.ch(SURNAMES)
        return s + "".join(self.ch(GIVEN) for _ in range(self.ch([1, 2, 2, 2])))

    def masked_name(self, n=None):
        n = n or self.name()
        return n[0] + "*" * (len(n) - 1) if self.p(0.6) else n[0] + "某" + ("某" if len(n) > 2 and self.p(0.3) else "")

    def city(self):
        return self.ch(CITIES)

    def district(self, c=None):
        return self.ch(CITY_DISTRICTS[(c or self.city())[0]])

    def addr(self, c=None):
        c = c or self.city()
        return (f"{c[5] if c[5] != c[0] + '市' else ''}{c[0]}市{self.district(c)}{self.ch(ROADS)}{self.r.randint(1, 399)}号"
                f"{self.ch(COMMUNITIES)}{self.r.randint(1, 30)}幢{self.r.randint(1, 6)}单元{self.r.randint(1, 28)}0{self.r.randint(1, 4)}室")

    def short_addr(self, c=None):
        c = c or self.city()
        return f"{self.district(c)}{self.ch(ROADS)}{self.r.randint(1, 399)}号"

    def date_between(self, y0: int, y1: int) -> dt.date:
        a = dt.date(y0, 1, 1).toordinal()
        b = dt.date(y1, 12, 31).toordinal()
        return dt.date.fromordinal(self.r.randint(a, b))

    def recent(self, y0=2022, y1=2024) -> dt.date:
        return self.date_between(y0, y1)

    def ts(self, d: dt.date | None = None, sep="-", sec=True):
        d = d or self.recent()
        t = f"{self.r.randint(0, 23):02d}:{self.r.randint(0, 59):02d}"
        if sec:
            t += f":{self.r.randint(0, 59):02d}"
        return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d} {t}"

    def dfmt(self, d: dt.date, style=None):
        style = style or self.ch(["iso", "iso", "slash", "cn", "cn0", "dot", "compact", "slash0"])
        if style == "iso":
            return f"{d.year}-{d.month:02d}-{d.day:02d}"
        if style == "slash":
            return f"{d.year}/{d.month}/{d.day}"
        if style == "slash0":
            return f"{d.year}/{d.month:02d}/{d.day:02d}"
        if style == "cn":
            return f"{d.year}年{d.month}月{d.day}日"
        if style == "cn0":
            return f"{d.year}年{d.month:02d}月{d.day:02d}日"
        if style == "dot":
            return f"{d.year}.{d.month:02d}.{d.day:02d}"
        if style == "compact":
            return f"{d.year}{d.month:02d}{d.day:02d}"
        if style == "dmy":
            return f"{d.day:02d}/{d.month:02d}/{d.year}"
        raise ValueError(style)

    def amount(self, lo=100, hi=20000, comma=None):
        v = self.r.randint(lo * 100, hi * 100) / 100
        if comma is None:
            comma = self.p(0.5)
        return f"{v:,.2f}" if comma else f"{v:.2f}"

    # -- safe look-alikes: re-rolled until they trigger no leak pattern --
    def safe(self, fn, *a, **k):
        for _ in range(200):
            s = fn(*a, **k)
            if not leaks(fold(s)) and not re.fullmatch(r"1[3-9]\d{9}", fold(s)):
                return s
        raise RuntimeError(f"could not make a safe look-alike with {fn}")

    # -- labelled values ------------------------------------------------
    def birth(self, y0=1955, y1=2004):
        return self.date_between(y0, y1)

    def id18(self, birth: dt.date | None = None, sex: str | None = None, region: str | None = None,
             city=None) -> str:
        for _ in range(200):
            b = birth or self.birth()
            if region:
                reg = region
            elif city is not None and self.p(0.6):
                reg = self.ch(city[3])
            elif self.p(0.3):
                reg = self.ch(RURAL_REGIONS)
            else:
                reg = self.ch(self.ch(CITIES)[3])
            seq = self.r.randint(0, 999)
            if sex == "男" and seq % 2 == 0:
                seq = (seq + 1) % 1000
            if sex == "女" and seq % 2 == 1:
                seq = seq - 1
            body = f"{reg}{b.year:04d}{b.month:02d}{b.day:02d}{seq:03d}"
            n = body + ric.calc_check_digit(body + "0")
            if ric.is_valid(n):
                return n
            region = None
        raise RuntimeError("id18")

    def id15(self, birth: dt.date | None = None) -> str:
        for _ in range(200):
            b = birth or self.date_between(1940, 1979)
            reg = self.ch(self.ch(CITIES)[3])
            s = f"{reg}{b.year % 100:02d}{b.month:02d}{b.day:02d}{self.r.randint(0, 999):03d}"
            if v_id(s):
                return s
        raise RuntimeError("id15")

    def fmt_id(self, n: str, style=None):
        style = style or self.ch(["plain"] * 8 + ["grp", "lowx", "fw"])
        if style == "grp":
            sep = self.ch([" ", " ", "-"])
            return f"{n[:6]}{sep}{n[6:14]}{sep}{n[14:]}"
        if style == "lowx":
            return n[:-1] + n[-1].lower()
        if style == "fw":
            return fw(n)
        if style == "ocr":
            k = self.r.randint(3, 15)
            return n[:k] + " " + n[k:]
        return n

    def mob_num(self) -> str:
        return self.ch(MOB_PREFIXES) + self.digits(8)

    def fmt_mob(self, n: str, style=None):
        if style is None:
            style = self.ch(["plain"] * 10 + ["dash", "dash", "space", "space", "p86", "p86s", "p86d", "dot", "(+86)", "0086", "86-", "fw"])
        if style == "plain":
            return n
        if style == "dash":
            return f"{n[:3]}-{n[3:7]}-{n[7:]}"
        if style == "space":
            return f"{n[:3]} {n[3:7]} {n[7:]}"
        if style == "dot":
            return f"{n[:3]}.{n[3:7]}.{n[7:]}"
        if style == "p86":
            return "+86" + n
        if style == "p86s":
            return "+86 " + (n if self.p(0.5) else f"{n[:3]} {n[3:7]} {n[7:]}")
        if style == "p86d":
            return "+86-" + n
        if style == "(+86)":
            return "(+86)" + n
        if style == "0086":
            return "0086 " + n if self.p(0.5) else "0086" + n
        if style == "86-":
            return "86-" + n
        if style == "fw":
            return fw(n)
        if style == "ocr":
            k = self.ch([3, 4, 7, 8])
            return n[:k] + " " + n[k:]
        if style in CN_DIGIT_SETS or style == "cn":
            ds = CN_DIGIT_SETS[self.ch(["plain", "yao", "yao", "big", "radio"]) if style == "cn" else style]
            w = "".join(ds[int(c)] for c in n)
            if self.p(0.4):
                w = f"{w[:3]} {w[3:7]} {w[7:]}"
            return w
        if style == "mixed":
            k = self.r.randint(3, 7)
            ds = CN_DIGIT_SETS[self.ch(["plain", "yao"])]
            return n[:k] + "".join(ds[int(c)] for c in n[k:k + 4]) + n[k + 4:]
        raise ValueError(style)

    def land_num(self, c=None):
        c = c or self.city()
        for k in range(100):
            local = self.ch("2345678") + self.digits(7 if k < 50 else 6)
            if v_landline(f"{c[1]}-{local}"):
                return c[1], local
        raise RuntimeError("landline")

    def fmt_land(self, area: str, local: str, style=None):
        style = style or self.ch(["dash"] * 6 + ["paren", "fwparen", "space", "spacegrp", "plain", "+86", "dashgrp"])
        if style == "dash":
            return f"{area}-{local}"
        if style == "paren":
            return f"({area}){local}"
        if style == "fwparen":
            return f"（{area}）{local}"
        if style == "space":
            return f"{area} {local}"
        h = 4 if len(local) == 8 else 3
        if style == "spacegrp":
            return f"{area} {local[:h]} {local[h:]}"
        if style == "dashgrp":
            return f"{area}-{local[:h]}-{local[h:]}"
        if style == "plain":
            return area + local
        if style == "+86":
            return f"+86 {area[1:]} {local[:h]} {local[h:]}"
        raise ValueError(style)

    def card_num(self, bin_=None):
        bin_ = bin_ or self.ch(list(BINS))
        n = BINS[bin_]
        for _ in range(50):
            body = bin_ + self.digits(n - 7)
            num = body + luhn.calc_check_digit(body)
            if v_card(num):
                return num
        raise RuntimeError("card")

    def fmt_card(self, n: str, style=None):
        style = style or self.ch(["plain"] * 6 + ["g4", "g4", "fw"])
        if style == "g4":
            return " ".join(n[i:i + 4] for i in range(0, len(n), 4))
        if style == "g4d":
            return "-".join(n[i:i + 4] for i in range(0, len(n), 4))
        if style == "fw":
            return fw(n)
        if style == "ocr":
            k = self.r.randint(4, len(n) - 4)
            return n[:k] + " " + n[k:]
        return n

    def email(self, name_py=None, domain=None):
        r = self.r
        kind = self.ch(["py", "py", "pyd", "en", "qq", "init"])
        if kind == "qq":
            return self.qq_num(6, 10) + "@" + (domain or self.ch(["qq.com", "qq.com", "foxmail.com"]))
        if kind == "py":
            local = (name_py or self.ch(PY_SUR) + self.ch(PY_GIV)) + self.ch(["", ".", "_"]) + self.ch(PY_GIV) + str(r.randint(1, 999))
        elif kind == "pyd":
            local = (name_py or self.ch(PY_SUR)) + self.ch(PY_GIV) + str(r.randint(1970, 2005))
        elif kind == "en":
            local = self.ch(EN_NAMES) + self.ch(["", ".", "_"]) + self.ch(PY_SUR) + self.ch(["", str(r.randint(1, 99))])
        else:
            local = self.ch("abcdefghjklmnpqrstwxyz") + self.ch("abcdefghjklmnpqrstwxyz") + str(r.randint(100, 99999))
        return local + "@" + (domain or self.ch(MAIL_DOMAINS))

    def qq_num(self, lo=5, hi=11):
        n = self.ch([x for x in (5, 6, 7, 8, 8, 9, 9, 9, 10, 10, 10, 11) if lo <= x <= hi])
        for _ in range(50):
            s = self.digits(n, first_nonzero=True)
            if n == 11 and s[0] == "1":
                continue
            return s
        return s

    def wx_id(self):
        r = self.r
        k = self.ch(["wxid", "py", "pyn", "en", "mob", "plain"])
        if k == "wxid":
            s = "wxid_" + "".join(self.ch("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(r.randint(10, 14)))
        elif k == "py":
            s = self.ch(PY_SUR) + self.ch(["", "_", "-"]) + self.ch(PY_GIV) + str(r.randint(1, 9999))
        elif k == "pyn":
            s = self.ch(PY_GIV) + self.ch(PY_GIV) + str(r.randint(1985, 2004))
        elif k == "en":
            s = self.ch(EN_NAMES).capitalize() + self.ch(["_", "", "-"]) + str(r.randint(10, 99999))
        elif k == "mob":
            s = self.ch("abcdefghjklmnpqrstwxyz") + self.mob_num()
        else:
            s = self.ch("abcdefghjklmnpqrstwxyz") + "".join(self.ch("abcdefghijklmnopqrstuvwxyz0123456789_") for _ in range(r.randint(6, 12)))
        s = s[:20].rstrip("_-")
        while len(s) < 6:
            s += self.ch("0123456789")
        assert WX_RE.match(s), s
        return s

    def plate(self, c=None, newenergy=None, dot=None):
        c = c or self.city()
        pre = c[2] if self.p(0.8) else self.ch(PLATE_PROV) + self.ch("ABCDEFGHJKLM")
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        if newenergy is None:
            newenergy = self.p(0.25)
        if newenergy:
            if self.p(0.8):
                tail = self.ch("DF") + self.ch(letters + "0123456789") + self.digits(4)
            else:
                tail = self.digits(5) + self.ch("DF")
        else:
            t = [self.ch("0123456789") for _ in range(5)]
            for _ in range(self.ch([0, 1, 1, 2])):
                t[self.r.randint(0, 4)] = self.ch(letters)
            tail = "".join(t)
        if dot is None:
            dot = self.ch(["", "", "", "·", " "])
        return pre + dot + tail

    def passport(self):
        k = self.ch(["E8", "E8", "EL", "EL", "G"])
        if k == "E8":
            return "E" + self.digits(8)
        if k == "EL":
            return "E" + self.ch("ABCDEFGH") + self.digits(7)
        return "G" + self.digits(8)

    def permit(self, kind=None):
        kind = kind or self.ch(["C", "C", "CL", "H", "M", "H10"])
        if kind == "C":
            return "C" + self.digits(8)
        if kind == "CL":
            return "C" + self.ch("ABCDEFGHJKLMN") + self.digits(7)
        if kind == "H":
            return "H" + self.digits(8)
        if kind == "M":
            return "M" + self.digits(8)
        return self.ch("HM") + self.digits(10)

    def ipv4(self):
        for _ in range(200):
            a = self.ch([1, 14, 27, 36, 39, 42, 49, 58, 59, 60, 61, 101, 103, 106, 110, 111, 112, 113, 114, 115,
                         116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 139, 140, 171, 175, 180, 182, 183, 202,
                         210, 211, 218, 219, 220, 221, 222, 223, 8, 47, 52, 104])
            s = f"{a}.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
            if v_ip(s):
                return s
        raise RuntimeError("ip")

    def ipv6(self):
        for _ in range(50):
            pre = self.ch(["240e", "2408", "2409", "240e", "2001:da8"])
            groups = [format(self.r.randint(0, 0xFFFF), "x") for _ in range(8 - pre.count(":") - 1)]
            if self.p(0.5):
                k = self.r.randint(2, 4)
                s = pre + ":" + ":".join(groups[:k]) + "::" + groups[-1]
            else:
                s = pre + ":" + ":".join(groups)
            if v_ip(s):
                return s
        raise RuntimeError("ipv6")

    def private_ip(self):
        k = self.ch(["192", "10", "172"])
        if k == "192":
            return f"192.168.{self.r.randint(0, 10)}.{self.r.randint(2, 254)}"
        if k == "10":
            return f"10.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(2, 254)}"
        return f"172.{self.r.randint(16, 31)}.{self.r.randint(0, 255)}.{self.r.randint(2, 254)}"

    def gps(self, c=None, sep=None, dec=None, order="latlon"):
        c = c or self.city()
        lat = c[4][0] + self.r.uniform(-0.15, 0.15)
        lon = c[4][1] + self.r.uniform(-0.15, 0.15)
        dec = dec or self.ch([4, 5, 6, 6])
        sep = sep if sep is not None else self.ch([",", ", ", ",", "，"])
        a, b = (lat, lon) if order == "latlon" else (lon, lat)
        return f"{a:.{dec}f}{sep}{b:.{dec}f}"

    # -- unlabelled look-alikes -------------------------------------------
    def masked_mob(self, n=None):
        n = n or self.mob_num()
        k = self.ch(["4", "4", "5", "tail", "sp"])
        if k == "4":
            return n[:3] + "****" + n[7:]
        if k == "5":
            return n[:3] + "*****" + n[8:]
        if k == "tail":
            return n[:7] + "****"
        return n[:3] + " **** " + n[7:]

    def masked_id(self, n=None):
        n = n or self.id18()
        k = self.ch(["a", "b", "c", "d"])
        if k == "a":
            return n[:4] + "*" * 10 + n[14:]
        if k == "b":
            return n[:6] + "********" + n[14:]
        if k == "c":
            return n[:3] + "*" * 11 + n[14:]
        return n[:1] + "*" * 16 + n[-1:]

    def masked_card(self, n=None):
        n = n or self.card_num()
        k = self.ch(["a", "b", "c"])
        if k == "a":
            return n[:6] + "*" * (len(n) - 10) + n[-4:]
        if k == "b":
            return n[:4] + " **** **** " + n[-4:]
        return "**** **** **** " + n[-4:]

    def masked_email(self):
        e = self.email()
        loc, dom = e.split("@")
        return loc[0] + "***@" + dom

    def ocr_conf(self, s: str, p=0.35):
        out = []
        for c in s:
            if c == "0" and self.p(p):
                out.append(self.ch("Oo"))
            elif c == "1" and self.p(p):
                out.append(self.ch("lI"))
            else:
                out.append(c)
        return "".join(out)

    def ocr_noise(self, s: str, p: float):
        out = []
        for c in s:
            out.append(c)
            if "\u4e00" <= c <= "\u9fff" and self.p(p):
                out.append(" ")
        return "".join(out)

    def order_no(self, prefix="", n=12):
        return self.safe(lambda: prefix + self.digits(n, first_nonzero=not prefix))

    def date_order(self, prefix="", tail=6, d=None):
        d = d or self.recent()
        return self.safe(lambda: f"{prefix}{d.year}{d.month:02d}{d.day:02d}{self.digits(tail)}")

    def uscc(self):
        reg = self.ch(self.ch(CITIES)[3])
        body = self.ch(["91", "92", "93", "12", "52"]) + reg + self.ch(["MA", "MA", "07", "31", "55"])
        body += "".join(self.ch("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(17 - len(body)))
        return self.safe(lambda: body + uscc.calc_check_digit(body))

    def imei(self):
        body = self.ch(["86", "35", "86", "99"]) + self.digits(12)
        return body + luhn.calc_check_digit(body)

    def iccid(self):
        return "8986" + self.ch(["00", "01", "03", "11"]) + self.digits(14)

    def vin(self):
        al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return self.ch(["LSV", "LFV", "LGW", "LHG", "LVS", "LBV", "LGB", "LNB"]) + "".join(self.ch(al) for _ in range(5)) + self.ch("0123456789X") + self.ch("NPRSLM") + "".join(self.ch(al) for _ in range(1)) + self.digits(6)

    def tracking(self):
        k = self.ch(["SF", "YT", "JD", "ZTO", "EMS", "YD"])
        if k == "SF":
            return self.safe(lambda: "SF" + self.digits(13))
        if k == "YT":
            return self.safe(lambda: "YT" + self.digits(13))
        if k == "JD":
            return self.safe(lambda: "JDVA" + self.digits(11))
        if k == "ZTO":
            return self.safe(lambda: "7" + self.digits(13))
        if k == "EMS":
            return self.safe(lambda: "1" + self.ch("0129") + self.digits(11))
        return self.safe(lambda: "4" + self.digits(12))

    def pickup(self):
        return self.ch([f"{self.r.randint(1, 30)}-{self.r.randint(1, 6)}-{self.r.randint(1000, 9999)}",
                        f"{self.r.randint(10, 99)}-{self.r.randint(1000, 9999)}", self.digits(6)])

    def wxpay_no(self):
        return "42000" + self.digits(23)

    def alipay_no(self, d=None):
        d = d or self.recent()
        return f"{d.year}{d.month:02d}{d.day:02d}2200141" + self.digits(13)

    def lhh(self, bank=None):
        codes = {"中国工商银行": "102", "中国农业银行": "103", "中国银行": "104", "中国建设银行": "105", "交通银行": "301",
                 "招商银行": "308", "中国民生银行": "305", "中国邮政储蓄银行": "403"}
        code = codes.get(bank) or self.ch(["102", "103", "104", "105", "308", "301", "403", "305", "302"])
        return self.safe(lambda: code + self.digits(8) + self.ch("0123456789"))

    def version(self):
        return self.ch([f"v{self.r.randint(1, 9)}.{self.r.randint(0, 20)}.{self.r.randint(0, 99)}",
                        f"{self.r.randint(1, 8)}.{self.r.randint(0, 9)}.{self.r.randint(0, 60)}",
                        f"V{self.r.randint(2, 12)}.{self.r.randint(0, 9)}"])

    def uid(self, n=None):
        n = n or self.ch([8, 9, 9, 10])
        return self.safe(lambda: self.digits(n, first_nonzero=True))

    def verif(self):
        return self.digits(self.ch([4, 6, 6]))

    def money_cn(self):
        return self.ch([f"{self.r.randint(1, 99)}00元", f"{self.r.randint(1, 50)}万元", f"¥{self.amount(50, 9000, False)}",
                        f"{self.amount(100, 50000, True)}元"])

    # -- people -------------------------------------------------------------
    def person(self, city=None, y0=1958, y1=2003, sex=None):
        c = city or self.city()
        sex = sex or self.ch("男女")
        b = self.birth(y0, y1)
        return {"name": self.name(), "sex": sex, "birth": b, "id": self.id18(b, sex, city=c), "mob": self.mob_num(),
                "city": c, "addr": self.addr(c)}

    # shortcuts returning labelled pieces
    def MOB(self, n=None, style=None):
        return V(self.fmt_mob(n or self.mob_num(), style), "MOBILE")

    def ID(self, n=None, style=None):
        return V(self.fmt_id(n or self.id18(), style), "ID_CARD")

    def LAND(self, c=None, style=None):
        a, l = self.land_num(c)
        return V(self.fmt_land(a, l, style), "LANDLINE")

    def CARD(self, n=None, style=None, bin_=None):
        return V(self.fmt_card(n or self.card_num(bin_), style), "BANK_CARD")

    def MAIL(self, e=None):
        return V(e or self.email(), "EMAIL")

    def BD(self, d, style=None):
        return V(self.dfmt(d, style), "BIRTHDATE")

    def QQ(self, n=None):
        return V(n or self.qq_num(), "QQ")

    def WX(self, n=None):
        return V(n or self.wx_id(), "WECHAT")

    def PLATE(self, c=None, **k):
        return V(self.plate(c, **k), "PLATE")

    def IP(self, v6=False):
        return V(self.ipv6() if v6 else self.ipv4(), "IP")

    def GPS(self, c=None, **k):
        return V(self.gps(c, **k), "GPS")

    def intl_mob(self, cc=None, style=None):
        cc = cc or self.ch(["852", "886", "853"])
        for _ in range(100):
            if cc == "852":
                nat = self.ch("569") + self.digits(7)
                grp = f"{nat[:4]} {nat[4:]}"
            elif cc == "853":
                nat = "6" + self.ch("2356") + self.digits(6)
                grp = f"{nat[:4]} {nat[4:]}"
            elif cc == "63":
                nat = "9" + self.ch(["17", "18", "27", "95", "99"]) + self.digits(7)
                grp = f"{nat[:3]} {nat[3:6]} {nat[6:]}"
            elif cc == "60":
                nat = "1" + self.ch("2369") + self.digits(7)
                grp = f"{nat[:2]}-{nat[2:5]} {nat[5:]}"
            else:
                nat = "9" + self.digits(8)
                grp = f"{nat[:3]} {nat[3:6]} {nat[6:]}" if self.p(0.5) else f"{nat[:3]}-{nat[3:6]}-{nat[6:]}"
            style_ = style or self.ch(["+", "+", "+ns", "(cc)", "00"])
            if style_ == "+":
                s = f"+{cc} {grp}"
            elif style_ == "+ns":
                s = f"+{cc}{nat}"
            elif style_ == "(cc)":
                s = f"({cc}) {grp}"
            else:
                s = f"00{cc} {grp}"
            if v_mobile(s):
                return V(s, "MOBILE"), nat
        raise RuntimeError("intl mobile")

    def intl_land(self, cc=None):
        cc = cc or self.ch(["852", "886"])
        for _ in range(100):
            if cc == "852":
                nat = self.ch("23") + self.digits(7)
                s = self.ch([f"+852 {nat[:4]} {nat[4:]}", f"(852) {nat[:4]} {nat[4:]}", f"+852-{nat}"])
            else:
                nat = "2" + self.ch("2345678") + self.digits(7)
                s = self.ch([f"+886 2 {nat[1:5]} {nat[5:]}", f"+886-2-{nat[1:5]}-{nat[5:]}"])
            if v_landline(s):
                return V(s, "LANDLINE")
        raise RuntimeError("intl land")


# ===========================================================================
# genre: ocr_pdf
# ===========================================================================
PROV_ABBR = {"北京": "京", "上海": "沪", "广州": "粤", "深圳": "粤", "杭州": "浙", "南京": "苏", "苏州": "苏", "武汉": "鄂",
             "成都": "川", "重庆": "渝", "西安": "陕", "天津": "津", "沈阳": "辽", "长沙": "湘", "郑州": "豫", "济南": "鲁",
             "福州": "闽", "合肥": "皖", "昆明": "云", "哈尔滨": "黑", "南宁": "桂", "温州": "浙", "石家庄": "冀", "南昌": "赣"}


def page_mark(g, k, total):
    return g.ch([f"第 {k} 页 共 {total} 页", f"第{k}页/共{total}页", f"- {k} -", f"{k} / {total}", f"第 {k} 页，共 {total} 页",
                 f"Page {k} of {total}"])


def ocr_wrap(g, part: Doc, d: Doc, lo=24, hi=42, prob=0.7):
    if g.p(prob):
        d.extend(hard_wrap(part, g.r.randint(lo, hi), g.r))
    else:
        d.extend(part)


def ocr_judgment(g):
    noise = g.ch([0, 0.03, 0.07])
    d = Doc(g)
    c = g.city()
    yr = g.r.randint(2018, 2024)
    total = g.r.randint(5, 14)
    p1, p2 = g.person(c), g.person()
    court = f"{c[0]}市{g.district(c)}人民法院"
    caseno = f"（{yr}）{PROV_ABBR[c[0]]}{g.r.randint(100, 999):04d}民初{g.r.randint(100, 19999)}号"
    if g.p(0.5):
        caseno = g.ocr_conf(caseno)
    a = Doc(g, noise)
    a.ln(court)
    a.ln(g.ch(["民 事 判 决 书", "民事判决书", "民 事 裁 定 书", "民事调解书"]))
    a.ln(g.ch(["", "                                   "]) + caseno)
    a.add("原告：", p1["name"], "，", p1["sex"], "，")
    a.add(g.BD(p1["birth"], g.ch(["cn", "cn"])), "出生，汉族，住", p1["addr"], "，")
    a.ln(g.ch(["公民身份号码", "身份证号码：", "身份证号"]), g.ID(p1["id"], g.ch(["plain", "plain", "fw", "ocr"])), "。")
    if g.p(0.6):
        a.ln("联系电话：", g.MOB(p1["mob"], g.ch(["plain", "ocr", "space"])), "。")
    lawyer = g.name()
    a.add("委托诉讼代理人：", lawyer, "，", c[0], g.ch(["天平", "正和", "金鼎", "汇诚", "明理"]), "律师事务所律师，")
    a.ln("联系电话：", g.LAND(c, g.ch(["dash", "paren"])), g.ch(["", "。", "转" + g.digits(3) + "。"]))
    a.add("被告：", p2["name"], "，", p2["sex"], "，")
    a.add(g.BD(p2["birth"], "cn"), "出生，住", p2["addr"], "，")
    a.ln("公民身份号码", g.ID(p2["id"]), "，联系电话", g.MOB(p2["mob"]), "。")
    body = Doc(g, noise)
    amt = g.r.randint(2, 90) * 1000
    body.add("原告", p1["name"], "向本院提出诉讼请求：1.判令被告偿还借款本金", f"{amt:,}", "元及逾期利息（以",
             f"{amt:,}", "元为基数，按全国银行间同业拆借中心公布的一年期贷款市场报价利率的四倍计算）；2.本案诉讼费由被告承担。")
    body._w("\n")
    card = g.card_num()
    body.add("事实与理由：", g.dfmt(g.recent(2017, 2022), "cn"), "，被告因资金周转向原告借款，原告通过其名下",
             BANK_OF_BIN[card[:6]], "账户（卡号", g.CARD(card, g.ch(["plain", "g4", "ocr"])), "）向被告转账", f"{amt}",
             "元，交易流水号", g.safe(g.ocr_conf, g.digits(20)), "。被告出具借条一份，约定于", g.dfmt(g.recent(2019, 2023), "cn"),
             "前归还。后经原告多次催讨，被告拒不还款。")
    body._w("\n")
    ocr_wrap(g, a, d)
    d.ln()
    d.ln(g.ch(["", "    "]) + page_mark(g, 1, total))
    if g.p(0.5):
        d.ln(court + g.ch(["", "  民事判决书"]))
    ocr_wrap(g, body, d)
    d.ln(page_mark(g, 2, total))
    return d


def two_col(g, d: Doc, left, right, width=None):
    """merge two columns line by line (as pdftotext without -layout does)."""
    width = width or g.r.randint(26, 34)
    for i in range(max(len(left), len(right))):
        lp = left[i] if i < len(left) else []
        rp = right[i] if i < len(right) else []
        ltxt = "".join(p.s if isinstance(p, V) else str(p) for p in lp)
        pad = max(2, width - len(ltxt) * 2 + g.r.randint(-3, 3)) if rp else 0
        d.ln(*lp, " " * pad if rp else "", *rp)


def ocr_lease(g):
    d = Doc(g)
    c = g.city()
    a, b = g.person(c), g.person()
    rent = g.r.randint(15, 80) * 100
    d.ln(g.ch(["房 屋 租 赁 合 同", "房屋租赁合同", "住房租赁合同（示范文本）"]))
    d.ln(g.ch(["合同编号：", "编号:"]), g.safe(lambda: "ZL" + g.ocr_conf(g.digits(10))))
    left = [
        ["出租方（甲方）：", a["name"]],
        ["身份证号：", g.ID(a["id"], g.ch(["plain", "grp", "fw"]))],
        ["联系电话：", g.MOB(a["mob"], g.ch(["plain", "dash", "ocr"]))],
        ["收款账户：", BANK_OF_BIN[(card := g.card_num())[:6]]],
        ["账号：", g.CARD(card, g.ch(["g4", "plain", "ocr"]))],
    ]
    right = [
        ["承租方（乙方）：", b["name"]],
        ["身份证号：", g.ID(b["id"])],
        ["联系电话：", g.MOB(b["mob"])],
        ["紧急联系人：", g.name(), " ", g.MOB()],
    ]
    if g.p(0.5):
        right.append(["电子邮箱：", g.MAIL()])
    two_col(g, d, left, right)
    d.ln()
    part = Doc(g, g.ch([0, 0.04]))
    part.add("第一条 甲方将坐落于", g.addr(c), "的房屋（不动产权证号：", PROV_ABBR[c[0]], f"（{g.r.randint(2016, 2023)}）",
             c[0], "市不动产权第", g.ocr_conf(g.digits(7)), "号）出租给乙方使用，建筑面积", f"{g.r.randint(35, 160)}.{g.r.randint(10, 99)}",
             "平方米。")
    part._w("\n")
    part.add("第二条 租期自", g.dfmt(g.recent(2022, 2024), "cn"), "起至", g.dfmt(g.recent(2025, 2026), "cn"), "止。月租金人民币",
             f"{rent}", "元（大写：", g.ch(["叁仟伍佰", "贰仟", "肆仟捌佰", "壹万贰仟"]), "元整），押一付三，乙方应于每月",
             str(g.r.randint(1, 28)), "日前支付至甲方上述账户。")
    part._w("\n")
    part.add("第三条 水电燃气由乙方自理，电表户号", g.digits(10), "，燃气户号", g.digits(8), "。")
    part._w("\n")
    ocr_wrap(g, part, d, 26, 40)
    d.ln(g.ch(["甲方（签字）：", "甲方签章:"]), "            ", g.ch(["乙方（签字）：", "乙方签章:"]))
    d.ln(g.dfmt(g.recent(), "cn"), "        ", g.dfmt(g.recent(), "cn"))
    d.ln(page_mark(g, 1, g.r.randint(2, 6)))
    return d


def ocr_resume(g):
    d = Doc(g)
    c = g.city()
    p = g.person(c, 1985, 2001)
    name_py = g.ch(PY_SUR) + g.ch(PY_GIV)
    d.ln(g.ch(["个 人 简 历", "个人简历", "简  历", "RESUME"]))
    left = [
        ["姓    名：", p["name"]],
        ["性    别：", p["sex"]],
        [g.ch(["出生日期：", "出生年月日：", "出 生 日 期："]), g.BD(p["birth"], g.ch(["iso", "dot", "cn", "slash0"]))],
        ["民    族：汉"],
        ["政治面貌：", g.ch(["中共党员", "共青团员", "群众"])],
        ["身    高：", f"{g.r.randint(155, 188)}cm"],
    ]
    right = [
        ["求职意向：", g.ch(["财务会计", "行政文员", "Java开发工程师", "新媒体运营", "销售代表", "UI设计"])],
        ["期望薪资：", f"{g.r.randint(5, 25)}K-{g.r.randint(26, 40)}K"],
        ["手    机：", g.MOB(p["mob"], g.ch(["plain", "dash", "space", "ocr"]))],
        ["邮    箱：", g.MAIL(g.email(name_py))],
        ["现居住地：", c[0], "市", g.district(c)],
    ]
    if g.p(0.4):
        right.append(["微    信：", g.WX()])
    two_col(g, d, left, right)
    d.ln()
    d.ln("教育背景")
    y = p["birth"].year + 18
    d.ln(f"{y}.09-{y + 4}.06      ", g.ch(["浙江工业大学", "华中师范大学", "西南财经大学", "郑州大学", "南京邮电大学"]), "      ",
         g.ch(["会计学", "计算机科学与技术", "汉语言文学", "市场营销"]), "   本科")
    d.ln("工作经历")
    part = Doc(g)
    part.add(f"{y + 4}.07-至今  ", g.ch(["杭州某科技有限公司", "某会计师事务所", "某电商公司"]), "  ",
             "负责公司日常账务处理、月末结账及报表编制，协助完成年度审计工作，参与ERP系统（",
             g.version(), "）上线实施，熟悉金蝶、用友等财务软件的使用，具备良好的沟通能力和团队协作精神。")
    part._w("\n")
    part.add("Skills: proficient in Microsoft Office, SQL and data analysis; experienced in cross-depart-\nment communication and project manage-\nment.")
    part._w("\n")
    ocr_wrap(g, part, d, 30, 46)
    if g.p(0.5):
        d.ln("证书：CET-6（", str(g.r.randint(430, 620)), "分）  初级会计职称  证书编号 ", g.safe(lambda: g.ocr_conf(g.digits(13))))
    d.ln(page_mark(g, 1, g.r.randint(1, 2)))
    return d


def ocr_bankstmt(g):
    d = Doc(g)
    p = g.person()
    card = g.card_num()
    bank = BANK_OF_BIN[card[:6]]
    d.ln(bank, g.ch(["个人账户交易明细", "  借记卡账户历史明细清单", "个人活期账户交易流水"]))
    d.ln(g.ch(["户名：", "户 名:"]), p["name"], "    ", g.ch(["账号：", "卡号：", "账号/卡号:"]), g.CARD(card, g.ch(["plain", "plain", "g4", "fw"])))
    d.ln("币种：人民币   钞汇：钞   起止日期：", g.dfmt(g.recent(2023, 2023), "iso"), " 至 ", g.dfmt(g.recent(2024, 2024), "iso"))
    d.ln(g.ch(["交易日期   摘要   交易金额   账户余额   对方户名   对方账号", "日期|摘要|金额|余额|对手信息|流水号"]))
    bal = g.r.randint(1000, 90000)
    for _ in range(g.r.randint(4, 8)):
        amt = g.r.randint(-5000, 8000)
        bal += amt
        row = [g.dfmt(g.recent(2023, 2024), g.ch(["compact", "iso"])), "  ",
               g.ch(["工资", "转账", "快捷支付", "ATM取款", "跨行转入", "消费", "网银转账"]), "  ",
               g.ocr_conf(f"{amt:,.2f}", 0.15), "  ", f"{bal:,.2f}", "  "]
        k = g.r.random()
        if k < 0.45:
            row += [g.name(), "  ", g.CARD(style=g.ch(["plain", "plain", "ocr"]))]
        elif k < 0.65:
            row += ["财付通-", g.name(), "  ", "1000050001"]
        elif k < 0.8:
            row += ["支付宝（中国）网络技术有限公司  ", g.order_no("", 18)]
        else:
            row += [g.masked_name(), "  ", g.masked_card()]
        d.ln(*row)
    d.ln("打印流水号：", g.date_order("", 10), "   打印日期：", g.dfmt(g.recent(2024, 2024), "iso"))
    d.ln(g.ch(["本清单仅供参考，如有疑问请致电客服热线95588", "客服热线 95533", "如有疑问请拨打 95555"]))
    d.ln(page_mark(g, 1, g.r.randint(1, 9)))
    return d


def ocr_waybill(g):
    d = Doc(g)
    s, r = g.person(), g.person()
    d.ln(g.ch(["顺丰速运", "中通快递", "京东物流", "EMS 中国邮政速递物流", "圆通速递"]), g.ch(["  标准快递", "  电子面单", ""]))
    d.ln("运单号：", g.tracking(), g.ch(["", "   子单号：" + g.tracking()]))
    d.ln(g.ch(["收件人：", "收:"]), r["name"], " ", g.MOB(r["mob"], g.ch(["plain", "space", "ocr"])))
    d.ln(r["addr"])
    d.ln(g.ch(["寄件人：", "寄:"]), s["name"], " ", g.masked_mob(s["mob"]))
    d.ln(g.short_addr())
    d.ln("托寄物：", g.ch(["文件", "衣物", "日用品", "电子产品"]), "  重量：", f"{g.r.randint(1, 30) / 2}kg", "  件数：1")
    d.ln("付款方式：寄付月结  月结卡号：", g.safe(lambda: g.digits(10)))
    if g.p(0.5):
        d.ln("收件人电话2：", g.LAND(r["city"], g.ch(["dash", "space"])))
    d.ln("签收人：________   时间：", g.ts(sec=False))
    d.ln("打印时间：", g.ts(), "  ", g.ch(["原寄地：", "目的地："]), g.digits(3), g.ch(["WA", "", "-A1"]))
    return d


def ocr_medical(g):
    d = Doc(g, g.ch([0, 0.05]))
    c = g.city()
    p = g.person(c, 1945, 2010)
    d.ln(c[0], g.ch(["市第一人民医院", "市中医院", "大学附属第二医院", "市妇幼保健院"]))
    d.ln(g.ch(["门 诊 病 历", "健康体检报告", "入院记录", "检验报告单"]))
    d.add("姓名：", p["name"], "  性别：", p["sex"], "  年龄：", f"{2024 - p['birth'].year}岁", "  ")
    d.ln(g.ch(["出生日期：", "出生年月：", "DOB:"]), g.BD(p["birth"], g.ch(["iso", "slash0", "compact"])))
    d.ln("门诊号：", g.safe(lambda: g.digits(10)), "  ", g.ch(["病案号：", "体检号：", "住院号："]), g.safe(lambda: g.digits(8)))
    d.ln(g.ch(["身份证号：", "证件号码:"]), g.ID(p["id"], g.ch(["plain", "plain", "fw", "ocr", "lowx"])))
    d.ln(g.ch(["联系电话：", "电话:", "联系方式："]), g.MOB(p["mob"], g.ch(["plain", "plain", "ocr"])))
    if g.p(0.5):
        d.ln("家属电话：", g.MOB(), "（", g.ch(["配偶", "儿子", "女儿", "母亲"]), "）")
    d.ln("住址：", p["addr"])
    d.ln("就诊日期：", g.ocr_conf(g.dfmt(g.recent(), "iso"), 0.2), "   科室：", g.ch(["内科", "外科", "妇科", "儿科", "体检中心"]))
    part = Doc(g)
    part.add("主诉：", g.ch(["反复咳嗽", "腹痛", "头晕乏力", "发热"]), str(g.r.randint(2, 10)), "天。现病史：患者", str(g.r.randint(2, 10)),
             "天前无明显诱因出现上述症状，自测体温", f"{g.r.randint(365, 392) / 10}", "℃，血压", f"{g.r.randint(100, 150)}/{g.r.randint(60, 95)}",
             "mmHg，心率", str(g.r.randint(60, 110)), "次/分。血常规：WBC ", f"{g.r.randint(40, 120) / 10}", "×10^9/L。")
    part._w("\n")
    ocr_wrap(g, part, d, 28, 40)
    d.ln("检验条码：", g.safe(lambda: g.digits(12)), "   医师签名：", g.name())
    d.ln(page_mark(g, 1, g.r.randint(1, 4)))
    return d


def ocr_license(g):
    d = Doc(g)
    c = g.city()
    p = g.person(c, 1960, 1995)
    comp = c[0] + g.ch(["恒信", "华创", "鼎盛", "博远", "金桥", "云帆"]) + g.ch(["科技", "贸易", "建筑工程", "餐饮管理", "物流"]) + "有限公司"
    d.ln(g.ch(["营 业 执 照", "营业执照（副本）"]))
    d.ln("统一社会信用代码  ", g.uscc(), g.ch(["", "   (1-1)"]))
    d.ln("名      称  ", comp)
    d.ln("法定代表人  ", p["name"])
    d.ln("注册资本  ", g.ch(["壹佰万元整", "伍拾万元整", "贰仟万元整"]), "   成立日期  ", g.dfmt(g.recent(2008, 2021), "cn"))
    d.ln("住      所  ", g.short_addr(c))
    d.ln()
    d.ln(g.ch(["授 权 委 托 书", "法定代表人身份证明书"]))
    part = Doc(g, g.ch([0, 0.04]))
    agent = g.person(c)
    part.add("兹委托", agent["name"], "（身份证号码：", g.ID(agent["id"], g.ch(["plain", "ocr"])), "，联系电话：", g.MOB(agent["mob"]),
             "）为我公司代理人，代为办理", g.ch(["银行开户", "税务登记变更", "社保账户开立", "诉讼事宜"]), "相关手续。法定代表人",
             p["name"], "，身份证号码：", g.ID(p["id"]), "。")
    part._w("\n")
    part.add("公司联系电话：", g.LAND(c), "，传真：", g.LAND(c, "dash"), "，电子邮箱：", g.MAIL(g.email(domain=g.ch(["163.com", "126.com", "qq.com"]))), "。")
    part._w("\n")
    ocr_wrap(g, part, d, 28, 44)
    d.ln("委托期限：自", g.dfmt(g.recent(), "cn"), "至", g.dfmt(g.recent(2025, 2025), "cn"))
    d.ln(page_mark(g, 1, 1))
    return d


def ocr_insurance(g):
    d = Doc(g)
    c = g.city()
    p = g.person(c, 1965, 2000)
    d.ln(g.ch(["机动车交通事故责任强制保险单", "机动车商业保险保险单（电子保单）", "中国人民财产保险股份有限公司 机动车保险单"]))
    d.ln("保险单号：", g.safe(lambda: "P" + g.ch(["DZA", "DAA", "ADZ"]) + g.ocr_conf(g.digits(19), 0.1)))
    d.ln("被保险人：", p["name"], "     ", g.ch(["身份证号码：", "证件号码:"]), g.ID(p["id"], g.ch(["plain", "fw", "grp"])))
    d.ln("联系电话：", g.MOB(p["mob"]), "    地址：", p["addr"])
    d.ln("号牌号码：", g.PLATE(c, dot=g.ch(["", "·"])), "     厂牌型号：", g.ch(["大众FV7152BBDBG", "丰田TV7250", "比亚迪QCJ7007BEV", "本田HG7150"]))
    d.ln("识别代码（车架号）：", g.vin(), "  发动机号码：", g.safe(lambda: g.ch(["DKJ", "CSS", "L15B"]) + g.digits(6)))
    d.ln("初次登记日期：", g.dfmt(g.recent(2015, 2022), "iso"), "  核定载客：5人")
    d.ln("保险期间：自", g.ts(g.recent(), sec=False), "起至", g.dfmt(g.recent(2025, 2025), "cn"), "24时止")
    d.ln("保险费合计（人民币大写）：", g.ch(["玖佰伍拾元整", "叁仟贰佰肆拾元零伍角"]), "（¥：", g.amount(800, 6000, False), "元）")
    d.ln("服务电话：", g.ch(["95518", "95500", "95511"]), "   投保确认码：", g.safe(lambda: g.ch(["01PICC", "02ZZ"]) + g.digits(14)))
    d.ln(page_mark(g, 1, g.r.randint(1, 3)))
    return d


def ocr_visa(g):
    d = Doc(g)
    c = g.city()
    p = g.person(c, 1960, 2004)
    py = g.ch(PY_SUR).upper() + " " + g.ch(PY_GIV).upper() + g.ch(PY_GIV).upper()
    d.ln(g.ch(["签证申请表 VISA APPLICATION FORM", "出境旅游报名表", "因私出国（境）人员备案表"]))
    d.ln("1. 姓名 Name：", p["name"], " / ", py)
    d.ln("2. 性别 Sex：", p["sex"], "   3. 出生日期 Date of birth：", g.BD(p["birth"], g.ch(["iso", "compact", "dmy", "cn0"])))
    d.ln("4. 出生地 Place of birth：", p["city"][5])
    pp = g.passport()
    d.ln("5. 护照号码 Passport No.：", V(fw(pp) if g.p(0.15) else pp, "PASSPORT"))
    d.ln("   签发日期 Date of issue：", g.dfmt(g.recent(2018, 2023), "iso"), "  有效期至 Date of expiry：", g.dfmt(g.recent(2028, 2033), "iso"))
    if g.p(0.6):
        d.ln("6. 往来港澳通行证号码：", V(g.permit(g.ch(["C", "CL"])), "HK_MACAO_PERMIT"), "  有效期至：", g.dfmt(g.recent(2026, 2031), "dot"))
    d.ln("7. 公民身份号码 ID No.：", g.ID(p["id"], g.ch(["plain", "fw"])))
    d.ln("8. 手机 Mobile：", g.MOB(p["mob"], g.ch(["plain", "p86s", "p86"])), "  E-mail：", g.MAIL())
    d.ln("9. 家庭住址 Home address：", p["addr"])
    d.ln("10. 工作单位电话 Tel：", g.LAND(c, g.ch(["dash", "+86", "paren"])), g.ch(["", " ext. " + g.digits(3), "-" + g.digits(4)]))
    d.ln("11. 紧急联系人 Emergency contact：", g.name(), "  ", g.MOB())
    d.ln("团号：", g.safe(lambda: g.ch(["ZJ", "GD", "BJ"]) + g.ocr_conf(g.digits(8), 0.2)), "   申请日期：", g.dfmt(g.recent(), "iso"))
    d.ln(page_mark(g, 1, 2))
    return d


def ocr_hukou(g):
    d = Doc(g, g.ch([0, 0.05]))
    c = g.city()
    old = g.person(c, 1940, 1965)
    id15 = g.id15(old["birth"])
    d.ln(g.ch(["证    明", "户籍证明", "常住人口登记卡（复印件）"]))
    d.ln()
    part = Doc(g, d.noise)
    part.add("兹证明", old["name"], "，", old["sex"], "，", g.BD(old["birth"], "cn"), "出生，原身份证号码", V(id15, "ID_CARD"),
             "，现身份证号码", g.ID(g.id18(old["birth"], old["sex"], region=id15[:6])), "，系我辖区常住人口，户籍地址为",
             old["addr"], "。上述两个号码系同一人。")
    part._w("\n")
    kid = g.person(c, 1975, 1995)
    part.add("其子（女）", kid["name"], "，公民身份号码", g.ID(kid["id"]), "，联系电话", g.MOB(kid["mob"], g.ch(["plain", "ocr"])),
             "，与", old["name"], "系母子（父子）关系。")
    part._w("\n")
    part.add("特此证明。（本证明有效期三个月）")
    part._w("\n")
    ocr_wrap(g, part, d, 24, 36, 0.8)
    d.ln()
    d.ln(g.ch(["", "    "]), c[0], "市公安局", g.district(c)[:-1], "分局", g.ch(["城东", "湖滨", "新华", "北山"]), "派出所（盖章）")
    d.ln("经办民警：", g.name(), "  警号：", g.safe(lambda: g.digits(6)), "  联系电话：", g.LAND(c))
    d.ln(g.ocr_conf(g.dfmt(g.recent(), "cn"), 0.3))
    return d


OCR_T = [ocr_judgment, ocr_lease, ocr_resume, ocr_bankstmt, ocr_waybill, ocr_medical, ocr_license, ocr_insurance,
         ocr_visa, ocr_hukou]


# ===========================================================================
# genre: work_orders
# ===========================================================================
WO_CATS = ["城乡建设>物业管理", "环境保护>噪声污染", "交通运输>违章停车", "劳动保障>欠薪", "市场监管>消费维权",
           "城市管理>占道经营", "住房保障>房屋漏水", "公共安全>消防通道堵塞", "卫生健康>医疗服务", "教育>校外培训退费"]
WO_CONTENT = [
    "市民反映小区地下车库长期积水，物业未及时处理，要求尽快排水并修复排水泵。",
    "市民反映楼下烧烤店夜间经营至凌晨2点，噪音扰民，油烟严重，多次沟通无果。",
    "市民反映其在某培训机构报名课程后机构停业，剩余课时费用未退还，要求协调退费。",
    "市民反映小区消防通道被车辆长期占用，存在安全隐患。",
    "市民反映楼上住户装修导致其家中卫生间天花板渗水，要求协调维修。",
    "市民反映路口红绿灯故障已三天，早晚高峰拥堵严重。",
    "市民反映在某商场购买的电器存在质量问题，商家拒绝退换。",
    "市民反映工地夜间施工，渣土车噪音大，影响休息。",
]


def wo_12345_card(g):
    d = Doc(g)
    c = g.city()
    p = g.person(c)
    t0 = g.recent(2023, 2024)
    tk = g.ch([g.date_order(PROV_ABBR[c[0]] == "浙" and "ZJ" or "GD", 6, t0), g.date_order("", 5, t0),
               f"12345-{t0.year % 100}{t0.month:02d}-{g.digits(7)}"])
    d.ln(g.ch(["【12345政务服务便民热线工单】", "12345热线 工单详情", "=== 工单信息 ===", f"{c[0]}市12345市民热线受理单"]))
    fields = []
    fields.append(["工单编号" if g.p(0.6) else "受理编号", g.colon(), tk])
    fields.append(["受理时间", g.colon(), g.ts(t0)])
    anon = g.p(0.15)
    caller = p["name"][0] + g.ch(["先生", "女士"]) if g.p(0.5) else p["name"]
    fields.append(["来电人", g.colon(), "匿名" if anon else caller])
    if g.p(0.75):
        fields.append([g.ch(["来电号码", "主叫号码"]), g.colon(), g.MOB(p["mob"], g.ch(["plain", "plain", "dash", "p86"]))])
        if g.p(0.4):
            fields.append(["联系电话", g.colon(), g.ch(["同来电号码", "同上"])])
    else:
        fields.append(["来电号码", g.colon(), g.LAND(c, g.ch(["plain", "dash"]))])
        fields.append(["联系电话", g.colon(), g.MOB(p["mob"])])
    if g.p(0.45) and not anon:
        fields.append([g.ch(["身份证号", "证件号码", "身份证"]), g.colon(), g.ID(p["id"])])
    g.r.shuffle(fields[2:])
    for f in fields:
        d.ln(*f)
    d.ln("事发地址", g.colon(), g.addr(c))
    d.ln("诉求分类", g.colon(), g.ch(WO_CATS))
    cont = g.ch(WO_CONTENT)
    extra = []
    k = g.r.random()
    if "消防通道" in cont or "渣土车" in cont:
        k = 0.0
    elif "物业" in cont or "装修" in cont:
        k = 0.5
    elif "商" in cont or "培训" in cont:
        k = 0.7
    if k < 0.35:
        extra = ["涉事车辆车牌为", g.PLATE(c), "，", g.ch(["车主电话未知。", "已多次占用。", "车内留有挪车电话" ]), ]
        if extra[-1] == "车内留有挪车电话":
            extra += [g.MOB(), "，但无人接听。"]
    elif k < 0.6:
        extra = ["物业联系电话", g.LAND(c, g.ch(["dash", "plain", "spacegrp"])), "，无人处理。"]
    elif k < 0.8:
        extra = ["商家客服", g.ch(["400-" + g.digits(3) + "-" + g.digits(4), "4008-" + g.digits(3) + "-" + g.digits(3)]), "无人接听，店长电话", g.MOB(), "。"]
    d.ln("诉求内容", g.colon(), cont, *extra, g.ch(["市民要求对其个人信息保密。", "请相关部门核实处理。", ""]))
    d.ln("承办单位", g.colon(), g.district(c), g.ch(["城管中队", "街道办事处", "住建局", "市场监管所"]), "  联系人：", g.name(),
         "  电话：", g.LAND(c), g.ch(["", "转" + g.digits(3), "-" + g.digits(4)]))
    d.ln("办理时限", g.colon(), g.ch(["3个工作日", "5个工作日", "24小时"]))
    d.ln("办理结果", g.colon(), g.ch(["已联系市民，现场核实情况属实，已责令整改。", "经核实，该问题属物业管理范畴，已督促物业处理。",
                                  "已电话联系来电人，说明政策，来电人表示理解。"]))
    d.ln("回访结果", g.colon(), g.ch(["满意", "基本满意", "不满意（问题未解决）", "未接通"]), "  回访时间：", g.ts(t0 + dt.timedelta(days=g.r.randint(1, 6))))
    if g.p(0.3):
        d.crlf = True
    return d


def wo_tsv_export(g):
    d = Doc(g)
    c = g.city()
    cols = ["工单号", "受理时间", "来电号码", "诉求人", "联系电话", "事发地址", "诉求类型", "办结状态", "满意度"]
    if g.p(0.4):
        cols = ["序号"] + cols
    d.ln("\t".join(cols))
    for i in range(g.r.randint(5, 9)):
        p = g.person(c)
        t0 = g.recent(2024, 2024)
        row = []
        for col in cols:
            if col == "序号":
                row.append(str(i + 1))
            elif col == "工单号":
                row.append(g.date_order("", 6, t0))
            elif col == "受理时间":
                row.append(g.ts(t0, sep=g.ch(["-", "/"])))
            elif col == "来电号码":
                k = g.r.random()
                row.append(g.MOB(p["mob"], "plain") if k < 0.6 else (g.LAND(c, "plain") if k < 0.8 else g.masked_mob(p["mob"])))
            elif col == "诉求人":
                row.append(g.ch([p["name"], p["name"][0] + g.ch(["先生", "女士"]), "匿名"]))
            elif col == "联系电话":
                row.append(g.ch([g.MOB(p["mob"], g.ch(["plain", "dash"])), "", "同主叫"]))
            elif col == "事发地址":
                row.append(g.short_addr(c))
            elif col == "诉求类型":
                row.append(g.ch(WO_CATS))
            elif col == "办结状态":
                row.append(g.ch(["已办结", "办理中", "退回", "已办结"]))
            else:
                row.append(g.ch(["满意", "基本满意", "不满意", "未回访"]))
        for j, cell in enumerate(row):
            if j:
                d.add("\t")
            d.add(cell)
        d.add("\n")
    if g.p(0.5):
        d.crlf = True
    return d


def wo_csv_export(g):
    d = Doc(g)
    c = g.city()
    q = g.p(0.6)

    def cell(x, last=False):
        parts = ['"', x, '"'] if q else [x]
        if isinstance(x, V) and g.p(0.15) and q:
            parts = ['"', "\t", x, '"']  # tab-prefixed to stop Excel from mangling numbers
        d.add(*parts)
        d.add("" if last else ",")

    head = ["序号", "受理编号", "渠道", "来电人", "身份证号", "联系电话", "地址", "内容摘要", "回访结果"]
    d.add(",".join(f'"{h}"' if q else h for h in head))
    d.add("\n")
    for i in range(g.r.randint(4, 8)):
        p = g.person(c)
        cell(str(i + 1))
        cell(g.safe(lambda: f"{g.ch(['XF', 'RX', 'WS'])}{g.digits(2)}-{g.digits(9)}") if g.p(0.3) else g.date_order("", 5))
        cell(g.ch(["电话", "网站", "微信公众号", "政务APP", "市长信箱"]))
        cell(p["name"])
        cell(g.ID(p["id"]) if g.p(0.6) else g.ch(["", g.masked_id(p["id"])]))
        cell(g.MOB(p["mob"], g.ch(["plain", "plain", "space"])))
        cell(g.short_addr(c))
        cell(g.ch(WO_CONTENT).replace("，", ";")[:g.r.randint(12, 30)])
        cell(g.ch(["满意", "基本满意", "不满意", ""]), last=True)
        d.add("\n")
    d.crlf = g.p(0.7)
    return d


def wo_xinfang(g):
    d = Doc(g)
    c = g.city()
    p = g.person(c, 1950, 1990)
    bar = g.ch(["│", "|", "  ", "\t"])
    d.ln(g.ch(["信访事项登记表", "来访登记表", "信 访 件 登 记 表"]))
    d.ln("信访件编号：", g.safe(lambda: c[3][0] + g.digits(4) + str(g.recent().year) + g.digits(6)), "    登记日期：", g.dfmt(g.recent(), "cn"))
    d.ln(bar, "信访人", bar, p["name"], bar, "性别", bar, p["sex"], bar, g.ch(["出生年月日", "出生日期"]), bar, g.BD(p["birth"], g.ch(["iso", "cn", "dot"])), bar)
    d.ln(bar, "身份证号码", bar, g.ID(p["id"], g.ch(["plain", "plain", "grp"])), bar)
    d.ln(bar, "联系电话", bar, g.MOB(p["mob"]), *(["、", g.MOB()] if g.p(0.3) else []), bar)
    if g.p(0.5):
        d.ln(bar, "备用电话", bar, g.LAND(c, g.ch(["dash", "plain"])), bar)
    d.ln(bar, "住址", bar, p["addr"], bar)
    d.ln(bar, "信访形式", bar, g.ch(["来访", "来信", "网上信访", "电话"]), bar, "人数", bar, str(g.r.randint(1, 5)), bar, "初信/重信", bar, g.ch(["初信", "重信"]), bar)
    d.ln(bar, "信访事项", bar, g.ch([
        "反映其在" + g.district(c) + "某楼盘购房后开发商逾期交房两年，要求退还购房款。",
        "反映征地拆迁补偿标准过低，要求按新标准补偿。",
        "反映其父亲在养老院摔伤，养老院拒绝承担责任。",
        "反映村委会账目不公开，要求公开" + str(g.r.randint(2015, 2022)) + "年以来的财务收支。",
    ]), bar)
    if g.p(0.6):
        q = g.person(c)
        d.ln(bar, "同行人员", bar, q["name"], "（", g.ID(q["id"]), "，", g.MOB(q["mob"]), "）", bar)
    d.ln(bar, "转送单位", bar, c[0], "市", g.ch(["住建局", "信访局", "民政局", "自然资源和规划局"]), bar, "办理期限", bar, "60日", bar)
    d.ln("登记人：", g.name(), "    审核人：", g.name())
    return d


def wo_grid_event(g):
    d = Doc(g)
    c = g.city()
    grid = g.person(c, 1970, 1998)
    d.ln(g.ch(["【网格事件上报】", "社区网格化管理 事件上报单", "基层治理四平台-事件详情"]))
    d.ln("事件编号：", g.date_order("SJ", 6))
    d.ln("所属网格：", g.district(c), g.ch(["湖滨", "城东", "新华", "望江"]), "街道", g.ch(COMMUNITIES), "社区第", str(g.r.randint(1, 20)), "网格")
    d.ln("上报人：", grid["name"], "（网格员）  手机：", g.MOB(grid["mob"], g.ch(["plain", "dash"])))
    d.ln("上报时间：", g.ts())
    d.ln(g.ch(["事件位置：", "定位：", "经纬度："]), g.GPS(c, order="latlon" if g.p(0.6) else "lonlat"), g.ch(["", "（偏差约15米）", "  " + g.short_addr(c)]))
    kind = g.r.random()
    if kind < 0.4:
        d.ln("事件类型：违规停车/占用消防通道")
        d.ln("事件描述：", g.ch(COMMUNITIES), "北门消防通道停放车辆", g.PLATE(c), "、", g.PLATE(c), "，已张贴告知单，车主电话",
             g.MOB(), "，未接。")
    elif kind < 0.7:
        t = g.person(c)
        d.ln("事件类型：矛盾纠纷")
        d.ln("事件描述：居民", t["name"], "（身份证号", g.ID(t["id"]), "，电话", g.MOB(t["mob"]), "）与楼下邻居因漏水问题发生争执，",
             "网格员已到场调解，双方同意由物业出具维修方案。")
    else:
        t = g.person(c, 1940, 1960)
        d.ln("事件类型：特殊人群走访")
        d.ln("事件描述：走访独居老人", t["name"], "，", g.ch(["出生日期", "生日"]), g.BD(t["birth"], g.ch(["iso", "cn"])), "，身体状况良好，",
             "子女联系电话", g.MOB(), "，已登记。门牌：", g.short_addr(c))
    d.ln("附件：IMG_", g.dfmt(g.recent(), "compact"), "_", g.digits(6), ".jpg（", str(g.r.randint(1, 4)), "张）")
    d.ln("处置状态：", g.ch(["已处置", "处置中", "已上报街道"]), g.ch(["", "  " + g.emo()]))
    return d


def wo_callback(g):
    d = Doc(g)
    c = g.city()
    p = g.person(c)
    tk = g.date_order("", 6)
    d.ln(g.ch(["回访录音转写（自动）", "【回访记录】", "坐席回访记录"]), "  工单号 ", tk)
    d.ln("坐席：您好，这里是", c[0], "市12345热线，请问是尾号", p["mob"][-4:], "的机主吗？")
    d.ln("市民：对对，是我。")
    d.ln("坐席：您", g.ch(["上周", "前天", "3月" + str(g.r.randint(1, 28)) + "号"]), "反映的", g.ch(["小区噪音", "物业漏水", "培训退费", "欠薪"]), "问题，承办单位反馈已经处理了，您这边情况怎么样？")
    alt = g.mob_num()
    d.ln("市民：没解决啊，他们就打了个电话。你记一下我另外一个号码，", g.MOB(alt, g.ch(["cn", "yao", "big", "mixed", "radio"])), "，白天打这个。")
    d.ln("坐席：好的，我重复一下", g.ch(["，", "："]), g.MOB(alt, g.ch(["space", "plain", "yao"])), "，请问号码是正确的吗？")
    d.ln("市民：对。还有物业那个电话", g.LAND(c, g.ch(["dash", "space"])), "根本打不通，你们帮我催一下。")
    d.ln("坐席：好的，工单我重新派发，请您保持电话畅通。请问对本次办理结果是否满意？")
    d.ln("市民：不满意。")
    d.ln("（通话时长 ", f"{g.r.randint(1, 6)}分{g.r.randint(0, 59)}秒", "，录音编号 ", g.safe(lambda: "R" + g.digits(14)), "）")
    return d


def wo_liudiao(g):
    d = Doc(g, g.ch([0, 0.02]))
    c = g.city()
    p = g.person(c, 1960, 2002)
    d.ln(c[0], "市", g.district(c), g.ch(["新冠肺炎病例流行病学调查报告", "核酸阳性人员流调信息（初稿）", "密接人员排查登记"]))
    d.ln("编号：", g.safe(lambda: "LD-2022-" + g.digits(4)))
    d.ln("一、基本信息")
    d.ln("姓名：", p["name"], "  性别：", p["sex"], "  ", g.ch(["出生日期：", "出生年月："]), g.BD(p["birth"], g.ch(["iso", "cn"])))
    d.ln("身份证号：", g.ID(p["id"]), "  联系电话：", g.MOB(p["mob"]))
    d.ln("现住址：", p["addr"], "（", g.GPS(c, dec=6), "）")
    d.ln("工作单位：", c[0], g.ch(["某物流公司", "某餐饮店", "某医院后勤", "某学校"]), "  单位电话：", g.LAND(c))
    d.ln("二、活动轨迹")
    base = dt.date(2022, g.r.randint(3, 11), g.r.randint(1, 28))
    for k in range(g.r.randint(3, 5)):
        day = base + dt.timedelta(days=k)
        items = [f"{day.month}月{day.day}日", " ", f"{g.r.randint(7, 20)}:{g.r.randint(0, 59):02d}", " "]
        kind = g.r.random()
        if kind < 0.35:
            items += ["驾驶私家车（", g.PLATE(c), "）前往", g.short_addr(c)]
        elif kind < 0.6:
            items += ["到", g.ch(["超市", "菜市场", "药店", "餐厅"]), "（", g.GPS(c, sep=","), "）停留约", str(g.r.randint(10, 90)), "分钟"]
        elif kind < 0.8:
            items += ["乘坐", str(g.r.randint(1, 300)), "路公交车（车牌", g.PLATE(c, newenergy=True), "）"]
        else:
            items += ["居家，未外出"]
        d.ln(*items)
    if g.p(0.75):
        d.ln("入境信息：", g.dfmt(base - dt.timedelta(days=g.r.randint(3, 14)), "iso"), "乘", g.ch(["CA", "MU", "CZ", "HX"]), g.digits(3), "航班自",
             g.ch(["首尔", "曼谷", "香港", "新加坡"]), "入境，", *g.ch([["护照号码：", V(g.passport(), "PASSPORT")],
                                                        ["往来港澳通行证：", V(g.permit(g.ch(["C", "CL"])), "HK_MACAO_PERMIT")],
                                                        ["护照号码：", V(g.passport(), "PASSPORT"), "（旧护照", g.ch(["E", "G"]), "*******", g.digits(2), "已注销）"]]))
    d.ln("三、密切接触者")
    for _ in range(g.r.randint(2, 4)):
        q = g.person(c)
        d.ln(g.ch(["配偶", "同事", "母亲", "儿子", "朋友"]), " ", q["name"], " ", g.ch([g.MOB(q["mob"]), g.masked_mob(q["mob"])]), " ",
             g.ch([g.ID(q["id"]), "身份证待核实"]))
    d.ln("调查人：", g.name(), "、", g.name(), "   调查时间：", g.ts(base, sec=False))
    return d


def wo_transfer(g):
    d = Doc(g)
    c = g.city()
    p = g.person(c)
    d.ln(c[0], "市12345政务服务热线", g.ch(["转办单", "交办单", "督办单"]))
    d.ln(g.ch(["编号：", "转办编号:"]), g.safe(lambda: f"{c[0]}热线转〔{g.recent().year}〕{g.digits(5)}号"))
    d.ln("承办单位：", c[0], "市", g.ch(["市场监督管理局", "住房和城乡建设局", "人力资源和社会保障局", "生态环境局"]))
    d.ln("市民姓名：", p["name"], "   联系方式：", g.MOB(p["mob"], g.ch(["plain", "dash", "space"])), g.ch(["", "（微信同号）", "（仅限工作日联系）"]))
    if g.p(0.4):
        d.ln("备用联系方式：", g.MAIL())
    d.ln("反映问题：", g.ch(WO_CONTENT))
    d.ln("办理要求：请于", g.dfmt(g.recent(), "cn"), "前办结并反馈，逾期将纳入督办。如对转办有异议，请于1个工作日内致电12345热线退回。")
    d.ln("热线联系人：", g.name(), "  电话：", g.LAND(c, g.ch(["dash", "dash", "plain"])), g.ch(["转", "-", " ext. ", "，分机"]), g.digits(g.ch([3, 4])))
    d.ln("承办联系人：", g.name(), "  电话：", g.LAND(c), "  手机：", g.MOB())
    d.ln("传真：", g.LAND(c, "dash"), "    热线服务监督电话：12345    政务服务投诉：", g.ch(["12315", "96345"]))
    return d


def wo_online(g):
    d = Doc(g)
    c = g.city()
    p = g.person(c)
    d.ln(g.ch(["【网上信访/留言详情】", "市长信箱来信", "政务服务网 · 留言板"]))
    d.ln("留言编号：", g.safe(lambda: "LY" + g.digits(12)), "   状态：", g.ch(["已回复", "处理中"]))
    d.ln("标题：", g.ch(["关于小区周边道路积水的问题", "某培训机构拒不退费", "公司拖欠工资三个月", "投诉出租车拒载"]))
    d.ln("留言人：", g.ch([p["name"], "网友" + g.digits(6), p["name"][0] + "**"]))
    d.ln("联系电话：", g.MOB(p["mob"]))
    d.ln("电子邮箱：", g.MAIL())
    d.ln("提交时间：", g.ts(), "   提交IP：", g.IP(v6=g.p(0.2)), g.ch(["", "（" + (c[5] if c[5] == c[0] + "市" else c[5] + c[0] + "市") + " " + g.ch(["电信", "联通", "移动"]) + "）"]))
    body = [g.ch(WO_CONTENT)]
    if g.p(0.5):
        body += ["该公司客服电话", g.ch(["400-", "400"]) + g.digits(3) + g.ch(["-", ""]) + g.digits(4), "，负责人", g.name(), "电话", g.MOB(), "。"]
    d.ln("内容：", *body)
    d.ln("回复单位：", c[0], "市", g.ch(["信访局", "教育局", "交通运输局"]), "   回复时间：", g.ts())
    d.ln("回复内容：您好！来信收悉。经核实……如有疑问可致电", g.LAND(c), "咨询。感谢您对我们工作的支持！")
    d.ln("浏览次数：", str(g.r.randint(10, 3000)), "  访问日志：", g.private_ip(), " -> ", g.ch(["nginx/1.18.0", "gateway " + g.version()]))
    return d


def wo_wage(g):
    d = Doc(g)
    c = g.city()
    d.ln(g.ch(["欠薪投诉登记表", "农民工欠薪线索登记", "劳动保障监察投诉受理单"]))
    d.ln("受理号：", g.date_order("LJ", 4), "   受理日期：", g.dfmt(g.recent(), "iso"))
    d.ln("被投诉单位：", c[0], g.ch(["宏远建筑劳务有限公司", "鑫达装饰工程有限公司", "某餐饮管理有限公司"]))
    d.ln("单位地址：", g.short_addr(c), "   单位电话：", g.LAND(c), g.ch(["", "（已停机）"]))
    d.ln("项目负责人：", g.name(), "  手机：", g.MOB(style=g.ch(["plain", "dash"])))
    d.ln("投诉人员名单：")
    sep = "," if g.p(0.3) else "  "
    d.ln(sep.join(["序号", "姓名", "身份证号", "联系电话", "工资卡号", "欠薪金额"]))
    for i in range(g.r.randint(3, 7)):
        p = g.person(None, 1965, 2000)
        d.ln(str(i + 1), sep, p["name"], sep, g.ID(p["id"], "plain"), sep, g.MOB(p["mob"], "plain"), sep,
             g.ch([g.CARD(style="plain"), "现金", g.masked_card()]), sep, str(g.r.randint(30, 300) * 100))
    d.ln("合计欠薪：", f"{g.r.randint(5, 60)}万元", "    投诉代表：", g.name(), "（", g.ch(["电话同上", "微信同号"]), "）")
    return d


WO_T = [wo_12345_card, wo_tsv_export, wo_csv_export, wo_xinfang, wo_grid_event, wo_callback, wo_liudiao, wo_transfer,
        wo_online, wo_wage]


# ===========================================================================
# genre: payroll_bank
# ===========================================================================
def branch(g, card, c=None):
    c = c or g.city()
    return BANK_OF_BIN[card[:6]] + c[0] + g.ch(["分行", "分行营业部", g.district(c)[:-1] + "支行", "支行"])


def corp_account(g):
    return g.safe(lambda: g.ch(["3", "1", "7", "8"]) + g.digits(g.ch([14, 17, 19, 20])))


def pb_csv(g):
    d = Doc(g)
    c = g.city()
    cols = ["序号", "姓名", "卡号", "开户行", "金额", "身份证号", "备注"]
    if g.p(0.5):
        cols = ["序号", "姓名", "身份证号", "卡号", "开户行", "金额", "备注"]
    if g.p(0.3):
        cols.insert(-1, "手机号")
    q = g.p(0.3)
    apos = g.p(0.3)
    d.ln(",".join(cols) + g.ch(["", ",", ",,"]))
    total = 0
    month = g.r.randint(1, 12)
    for i in range(g.r.randint(5, 11)):
        p = g.person(c, 1965, 2002)
        card = g.card_num()
        amt = g.r.randint(2500, 25000) + g.ch([0, 0.5, 0.35, 0])
        total += amt
        cells = []
        for col in cols:
            if col == "序号":
                cells.append([str(i + 1)])
            elif col == "姓名":
                cells.append([p["name"]])
            elif col == "卡号":
                cells.append(["'" if apos else "", g.CARD(card, "plain")])
            elif col == "开户行":
                cells.append([branch(g, card, c)])
            elif col == "金额":
                cells.append([f'"{amt:,.2f}"' if q and amt >= 1000 else f"{amt:.2f}"])
            elif col == "身份证号":
                cells.append(["'" if apos else "", g.ID(p["id"], g.ch(["plain"] * 9 + ["lowx"]))])
            elif col == "手机号":
                cells.append([g.ch([g.MOB(p["mob"], "plain"), ""])])
            else:
                cells.append([g.ch([f"{month}月工资", f"{month}月绩效", "补发工资", "年终奖", ""])])
        for j, cl in enumerate(cells):
            if j:
                d.add(",")
            d.add(*cl)
        d.add("\n")
    d.ln("合计", "," * (cols.index("金额") - 1 + 1), f"{total:.2f}")
    d.crlf = g.p(0.6)
    return d


def pb_fixed(g):
    d = Doc(g)
    c = g.city()
    n = g.r.randint(5, 10)
    rows = []
    total = 0
    for _ in range(n):
        p = g.person(c, 1965, 2002)
        amt = g.r.randint(300000, 2500000)
        total += amt
        rows.append((p, g.card_num(g.ch(["622202", "622848", "621700", "622208", "621226", "622588"])), amt))
    hs = g.ch(["|", " "])
    style = g.ch(["a", "b"])
    d.ln("H", hs, "PL", g.dfmt(g.recent(), "compact"), g.digits(3), hs, f"{n:06d}", hs, f"{total:015d}", hs, corp_account(g), hs, "DFGZ")
    for i, (p, card, amt) in enumerate(rows):
        nm = p["name"] + "　" * (4 - len(p["name"]))
        if style == "a":
            d.ln("D ", f"{i + 1:04d} ", g.CARD(card, "plain"), " " * (21 - len(card)), nm, "  ", f"{amt:012d}", "  ", "代发工资")
        else:
            d.ln(f"{i + 1:05d}", "|", g.CARD(card, "plain"), "|", p["name"], "|", f"{amt / 100:.2f}", "|", g.ID(p["id"], "plain"), "|",
                 g.ch(["工资", "奖金", "津贴"]), "|")
    d.ln("T", hs, f"{n:06d}", hs, f"{total / 100:.2f}", hs, "END")
    d.crlf = g.p(0.5)
    return d


def pb_pipe(g):
    d = Doc(g)
    c = g.city()
    d.ln(g.ch(["# 跨行批量转账模板 ", "# 企业网银批量付款文件 版本 "]) + g.version())
    d.ln("# 付款账号：", corp_account(g), "  付款户名：", c[0], g.ch(["恒信", "华创", "鼎盛"]), "科技有限公司")
    d.ln("收款人账号|收款人名称|收款行联行号|收款行名称|金额|用途|收款人手机号|备注")
    nrow = g.r.randint(4, 9)
    for _ in range(nrow):
        p = g.person(None, 1965, 2002)
        card = g.card_num()
        mob = g.ch([g.MOB(p["mob"], "plain"), "", ""])
        d.ln(g.CARD(card, g.ch(["plain"] * 8 + ["g4"])), "|", p["name"], "|", g.lhh(BANK_OF_BIN[card[:6]]), "|", branch(g, card), "|",
             g.amount(100, 30000, False), "|", g.ch(["劳务费", "报销款", "工资", "货款", "退款"]), "|", mob, "|",
             g.ch(["", "流水" + g.date_order("", 8), "加急"]))
    d.ln("# 共", str(nrow), "笔 请核对后上传，联行号为12位数字")
    return d


def pb_shebao(g):
    d = Doc(g)
    c = g.city()
    d.ln(c[0], "市社会保险", g.ch(["参保人员增员申报表", "新参保人员登记花名册", "职工参保登记表"]))
    d.ln("单位编号：", g.safe(lambda: g.digits(10)), "   单位名称：", c[0], g.ch(["某某", "云帆", "金桥"]), "有限公司", "   申报月份：",
         f"{g.recent().year}{g.r.randint(1, 12):02d}")
    cols = ["序号", "姓名", "公民身份号码", "性别", "出生日期", "户口性质", "参保日期", "缴费基数", "联系电话"]
    if g.p(0.5):
        cols.insert(3, "个人编号")
    d.ln("\t".join(cols))
    for i in range(g.r.randint(4, 9)):
        p = g.person(c, 1965, 2004)
        row = []
        for col in cols:
            if col == "序号":
                row.append(str(i + 1))
            elif col == "姓名":
                row.append(p["name"])
            elif col == "公民身份号码":
                row.append(g.ID(p["id"], "plain"))
            elif col == "个人编号":
                row.append(g.safe(lambda: g.digits(10)))
            elif col == "性别":
                row.append(p["sex"])
            elif col == "出生日期":
                row.append(g.BD(p["birth"], g.ch(["iso", "compact", "slash"])))
            elif col == "户口性质":
                row.append(g.ch(["城镇", "农村", "本市城镇", "外省农村"]))
            elif col == "参保日期":
                row.append(g.dfmt(g.recent(), "compact")[:6])
            elif col == "缴费基数":
                row.append(str(g.r.randint(4000, 30000)))
            else:
                row.append(g.ch([g.MOB(p["mob"], "plain"), g.MOB(p["mob"], "plain"), ""]))
        for j, cell in enumerate(row):
            if j:
                d.add("\t")
            d.add(cell)
        d.add("\n")
    d.ln("经办人：", g.name(), "  联系电话：", g.LAND(c, "dash"), "  填报日期：", g.dfmt(g.recent(), "iso"))
    return d


def pb_tax(g):
    d = Doc(g)
    c = g.city()
    d.ln("个人所得税扣缴申报表")
    d.ln("税款所属期：", f"{g.recent().year}年{g.r.randint(1, 12)}月", "   扣缴义务人名称：", c[0], g.ch(["某某", "星河", "瑞丰"]), "有限公司")
    d.ln("扣缴义务人纳税人识别号（统一社会信用代码）：", g.uscc())
    d.ln("序号,姓名,证件类型,证件号码,纳税人识别号,所得项目,收入额,基本养老保险费,应纳税额")
    for i in range(g.r.randint(4, 8)):
        p = g.person(None, 1965, 2002)
        kind = g.ch(["id", "id", "id", "id", "permit", "passport", "passport"])
        if kind == "id":
            cols = ["居民身份证", g.ID(p["id"], "plain"), g.ID(p["id"], "plain") if g.p(0.7) else ""]
        elif kind == "permit":
            cols = [g.ch(["港澳居民来往内地通行证", "回乡证"]), V(g.permit(g.ch(["H", "M", "H10"])), "HK_MACAO_PERMIT"),
                    g.safe(lambda: "8" + g.digits(17))]
        else:
            cols = ["中国护照", V(g.passport(), "PASSPORT"), g.safe(lambda: "7" + g.digits(17))]
        inc = g.r.randint(5000, 60000)
        d.ln(str(i + 1), ",", p["name"], ",", cols[0], ",", cols[1], ",", cols[2], ",", "正常工资薪金,", f"{inc:.2f}", ",",
             f"{inc * 0.08:.2f}", ",", f"{max(0, (inc - 5000) * 0.03):.2f}")
    d.ln("谨声明：本扣缴申报表是根据国家税收法律法规及相关规定填报的，是真实的、可靠的、完整的。")
    d.ln("经办人：", g.name(), "  经办人身份证件号码：", g.ID(), "  代理机构签章：")
    return d


def pb_payslip_email(g):
    d = Doc(g)
    c = g.city()
    p = g.person(c, 1975, 2001)
    dom = g.ch(["hzxinyuan.com.cn", "dingsheng-tech.com", "jqlogistics.cn", "yunfan-group.com"])
    card = g.card_num()
    disp = g.ch(["人力资源部", "HR Service", ""])
    frm = g.MAIL(g.ch(["hr", "payroll", "salary", "hrservice"]) + "@" + dom)
    d.ln("From: ", *([disp, " <", frm, ">"] if disp else [frm]))
    d.ln("To: ", g.MAIL(g.email()))
    if g.p(0.4):
        d.ln("Cc: ", g.MAIL(g.ch(PY_SUR) + "." + g.ch(PY_GIV) + "@" + dom))
    d.ln("Subject: ", f"{g.recent().year}年{g.r.randint(1, 12)}月工资条 - ", p["name"])
    d.ln("Date: ", g.ch(["Mon", "Tue", "Wed", "Thu", "Fri"]), ", ", str(g.r.randint(1, 28)), " ", g.ch(["Mar", "Apr", "May", "Jun"]),
         " 2024 10:", f"{g.r.randint(0, 59):02d}", ":00 +0800")
    d.ln()
    d.ln(p["name"], "，您好：")
    d.ln("以下是您本月的工资明细，请查收：")
    base = g.r.randint(6000, 30000)
    pre, mid = g.ch([("  ", "："), ("\t", "\t"), ("| ", " | ")])
    for k, v in [("基本工资", base), ("岗位津贴", g.r.randint(200, 2000)), ("绩效奖金", g.r.randint(0, 8000)),
                 ("社保个人部分", -round(base * 0.105, 2)), ("住房公积金", -round(base * 0.12, 2)), ("个人所得税", -g.r.randint(0, 3000))]:
        d.ln(pre, k, mid, f"{v:.2f}")
    d.ln("实发金额已于", g.dfmt(g.recent(), "cn"), "发放至您", BANK_OF_BIN[card[:6]], g.ch(["尾号" + card[-4:] + "的工资卡。",
                                                                                      "工资卡（" + g.masked_card(card) + "）。"]))
    if g.p(0.4):
        d.ln("如需变更工资卡，请回复新卡号：", "（例如 6222 **** **** 1234）", "，并附身份证正反面。")
    d.ln("如有疑问，请联系人力资源部 ", g.name(), "，电话 ", g.LAND(c), g.ch(["-", " 转 ", " ext "]), g.digits(4), "，或发送邮件至",
         g.MAIL(g.ch(["hr", "hrbp", "payroll"]) + g.ch(["", "01", "-sz"]) + "@" + dom), "。")
    d.ln("本邮件含个人薪酬信息，请勿转发。")
    return d


def pb_account_open(g):
    d = Doc(g)
    c = g.city()
    p = g.person(c, 1970, 1998)
    d.ln(g.ch(["代发工资业务签约申请表", "单位代发业务协议（申请书）", "企业代发工资开办申请"]))
    fields = [
        ("单位名称", c[0] + g.ch(["恒信", "华创", "鼎盛", "博远"]) + "有限公司"),
        ("统一社会信用代码", g.uscc()),
        ("单位基本账户", corp_account(g)),
        ("开户行联行号", g.lhh()),
        ("经办人姓名", p["name"]),
        ("经办人身份证号", g.ID(p["id"], g.ch(["plain", "grp"]))),
        ("经办人手机", g.MOB(p["mob"], g.ch(["plain", "dash", "space"]))),
        ("单位联系电话", g.LAND(c)),
        ("电子邮箱（回单接收）", g.MAIL()),
        ("代发项目", g.ch(["工资", "工资、奖金", "劳务报酬"])),
        ("预计代发人数", f"{g.r.randint(10, 800)}人"),
        ("代发日期", f"每月{g.r.randint(1, 28)}日"),
    ]
    if g.p(0.5):
        fields.insert(7, ("经办人回乡证/通行证号", V(g.permit(g.ch(["H", "M"])), "HK_MACAO_PERMIT")) if g.p(0.3) else
                      ("经办人出生日期", g.BD(p["birth"])))
    for k, v in fields:
        d.ln(g.ch(["", "□ ", "  "]), k, g.colon(), v)
    d.ln("客户经理：", g.name(), "  工号：", g.safe(lambda: g.digits(7)), "  网点电话：", g.LAND(c, g.ch(["dash", "paren"])))
    return d


def pb_json(g):
    d = Doc(g)
    c = g.city()
    pretty = g.p(0.5)
    d.add('{"code":0,"msg":"success","traceId":"', g.safe(lambda: "".join(g.ch("0123456789abcdef") for _ in range(32))), '","data":{"total":')
    n = g.r.randint(3, 6)
    d.add(str(n), ',"list":[')
    for i in range(n):
        p = g.person(c, 1970, 2002)
        fields = [("empNo", f"E{g.digits(5)}"), ("name", p["name"]), ("idNo", g.ID(p["id"], "plain")), ("mobile", g.MOB(p["mob"], "plain")),
                  ("bankAccount", g.CARD(style="plain")), ("birthday", g.BD(p["birth"], "iso")), ("email", g.MAIL()),
                  ("salary", g.r.randint(5000, 40000)), ("deptId", g.r.randint(100, 999)), ("updatedAt", g.r.randint(1700000000000, 1719999999999))]
        if g.p(0.3):
            fields.append(("emergencyPhone", g.MOB(style="plain")))
        d.add("\n  " if pretty else "", "{")
        for j, (k, v) in enumerate(fields):
            if j:
                d.add(",")
            if pretty:
                d.add("\n    ")
            d.add(f'"{k}":', " " if pretty else "")
            if isinstance(v, int):
                d.add(str(v))
            else:
                d.add('"', v, '"')
        d.add("\n  " if pretty else "", "}", "," if i < n - 1 else "")
    d.add("\n" if pretty else "", "]}}")
    d.add("\n")
    return d


def pb_migrant(g):
    d = Doc(g)
    c = g.city()
    d.ln(g.ch(["农民工工资专用账户代发明细表", "建设工程项目农民工工资发放表"]))
    d.ln("项目名称：", c[0], g.ch(["滨江", "城北", "高新区"]), g.ch(["安置房", "学校", "综合体"]), "工程", "   施工许可证号：",
         g.safe(lambda: c[3][0] + g.digits(6) + g.dfmt(g.recent(), "compact") + g.digits(2)))
    d.ln("专户账号：", corp_account(g), "   劳资专管员：", g.name(), " ", g.MOB(style=g.ch(["plain", "dash"])))
    d.ln("发放月份：", f"{g.recent().year}年{g.r.randint(1, 12)}月")
    d.ln("序号  姓名    工种   出勤天数  日工资  应发工资  身份证号码            工资卡号               联系电话")
    for i in range(g.r.randint(5, 9)):
        p = g.person(None, 1962, 2000)
        days = g.r.randint(10, 31)
        wage = g.ch([280, 300, 350, 400, 450])
        card = g.card_num(g.ch(["622848", "621799", "622150", "621098", "623668"]))
        d.ln(f"{i + 1:<4}  ", p["name"], "  ", g.ch(["木工", "钢筋工", "泥瓦工", "杂工", "电工", "架子工"]), "   ", f"{days:<4}", "    ", str(wage),
             "    ", str(days * wage), "    ", g.ID(p["id"], "plain"), "  ", g.CARD(card, "plain"), "  ",
             g.ch([g.MOB(p["mob"], "plain"), g.MOB(p["mob"], "plain"), "无"]))
    d.ln("班组长签字：", g.name(), "   总包单位（盖章）   监理单位（盖章）")
    return d


def pb_reimburse(g):
    d = Doc(g)
    c = g.city()
    p = g.person(c, 1975, 2000)
    d.ln(g.ch(["费用报销单", "退款打款申请", "劳务费支付申请单"]), "  单号：", g.date_order("BX", 4))
    d.ln("申请人：", p["name"], "  部门：", g.ch(["市场部", "技术部", "行政部", "销售二部"]), "  申请日期：", g.dfmt(g.recent(), "iso"))
    d.ln("事由：", g.ch(["出差" + c[0] + "差旅费", "客户招待费", "办公用品采购", "培训费"]))
    if g.p(0.4):
        d.ln("私车公用：车牌号 ", g.PLATE(c), "  里程 ", str(g.r.randint(20, 900)), "km  过路费 ", g.amount(10, 500, False), "元  ETC卡号 ", g.safe(lambda: g.digits(20)))
    d.ln("发票代码：", g.safe(lambda: "0" + g.digits(11)), "  发票号码：", g.digits(8), "  金额：", g.amount(50, 8000, True))
    if g.p(0.4):
        d.ln("（全电发票号码：", g.safe(lambda: str(g.recent().year % 100) + g.digits(18)), "）")
    k = g.r.random()
    if k < 0.45:
        card = g.card_num()
        d.ln("收款方式：银行卡   开户行：", branch(g, card, c), "   卡号：", g.CARD(card, g.ch(["plain", "g4", "g4"])))
    elif k < 0.75:
        d.ln("收款方式：支付宝   支付宝账号：", g.MOB(p["mob"], g.ch(["plain", "plain", "dash"])), "（实名：", p["name"], "）")
    else:
        d.ln("收款方式：支付宝   账号：", g.MAIL(), "   姓名：", p["name"])
    d.ln("联系电话：", g.MOB(p["mob"]), g.ch(["", "（微信同号）"]))
    d.ln("审批流程：部门经理 ", g.name(), " 同意 → 财务 ", g.name(), " 已付款  流水号 ", g.alipay_no() if g.p(0.5) else g.date_order("", 12))
    return d


PB_T = [pb_csv, pb_fixed, pb_pipe, pb_shebao, pb_tax, pb_payslip_email, pb_account_open, pb_json, pb_migrant, pb_reimburse]


# ===========================================================================
# genre: game_trade
# ===========================================================================
GAMES = ["王者荣耀", "和平精英", "原神", "英雄联盟", "梦幻西游", "逆水寒", "永劫无间", "崩坏：星穹铁道", "火影忍者手游", "CF穿越火线",
         "蛋仔派对", "第五人格", "阴阳师", "DNF地下城与勇士"]


def server(g):
    return g.ch([f"安卓QQ{g.r.randint(1, 400)}区", f"微信{g.r.randint(1, 300)}区", f"iOS QQ {g.r.randint(1, 200)}区",
                 f"S{g.r.randint(10, 99)}服 {g.ch(['王者之巅', '梦回三国', '天空岛', '世界树'])}", "天空岛官服", f"电信{g.r.randint(1, 12)}区",
                 "艾欧尼亚", "黑色玫瑰", f"QQ区{g.r.randint(1, 99)}服"])


def gt_sell_post(g):
    d = Doc(g)
    game = g.ch(GAMES)
    d.ln(g.emo(2), g.ch(["出", "急出", "出售", "转"]), " ", game, g.ch([" 国服大号", " 稀有号", " 满级号", " 初始号"]), " ", g.emo(g.r.randint(1, 3)))
    d.ln("区服：", server(g), g.ch(["", "（可转区）", " 不可转"]))
    d.ln(g.ch(["UID：", "角色ID:", "游戏ID："]), g.uid(), "   等级：", str(g.r.randint(30, 120)), g.ch(["级", ""]))
    d.ln(g.ch(["皮肤", "角色", "五星", "典藏"]), str(g.r.randint(20, 300)), "个 ", g.emo(), " ", g.ch(["荣耀典藏×3", "满命胡桃", "全英雄", "限定×5"]),
         " 充值约", str(g.r.randint(2, 60)), "k")
    d.ln("价格：", str(g.r.randint(300, 8000)), g.ch(["r", "元", "米"]), g.ch([" 可小刀", " 不刀", " 刀的别来"]), g.emo())
    k = g.r.random()
    if k < 0.4:
        p = g.person(None, 1985, 2004)
        d.ln("实名：", p["name"], " ", g.ID(p["id"], g.ch(["plain", "plain", "grp"])), g.ch(["（原始实名，可改二次）", "（附实名身份证，包换绑）", ""]))
    elif k < 0.7:
        d.ln("实名：可改二次实名，身份证", g.masked_id(), "，买家自行换绑")
    else:
        d.ln("实名：", g.ch(["无实名", "防沉迷已过", "成年实名"]))
    contacts = []
    if g.p(0.75):
        contacts.append([g.ch(["QQ", "扣扣", "Q", "企鹅"]) if g.p(0.85) else "QQ", g.ch(["：", ":", " "]), g.QQ()])
    if g.p(0.7):
        contacts.append([g.ch(["vx", "wx", "V信", "微信"]), g.ch(["：", ":", " "]), g.WX()])
    if g.p(0.4):
        contacts.append(["电话", g.ch(["：", ""]), g.MOB(style=g.ch(["plain", "space", "cn", "mixed"]))])
    if not contacts:
        contacts.append(["微信", "：", g.WX()])
    for c in contacts:
        if c[0] == "Q":
            c[0] = "QQ"
    d.ln("联系", g.ch(["👉", "：", "方式："]), *[x for c in contacts for x in (c + [g.ch(["  ", " / ", "，"])])][:-1])
    d.ln(g.emo(), g.ch(["非诚勿扰", "中介勿扰 走平台", "走交易猫/盼之 收手续费各一半", "先验号后付款"]), g.emo())
    return d


def gt_dailian_order(g):
    d = Doc(g)
    d.ln(g.ch(["【代练订单】", "代练下单信息", "===接单信息==="]), " 订单号：", g.date_order("DL", 6))
    d.ln("游戏：", g.ch(GAMES), "  区服：", server(g))
    if g.p(0.6):
        d.ln(g.ch(["游戏账号（QQ）：", "账号类型QQ 账号：", "QQ号："]), g.QQ(g.qq_num(8, 10)))
    else:
        d.ln("游戏账号：", g.ch(["手机号登录 ", "手机："]), g.MOB(style="plain"))
    d.ln("密码：", g.ch(["********", "已私发", "登录后修改"]))
    d.ln("当前段位：", g.ch(["钻石3", "星耀2", "铂金1", "黄金4"]), " → 目标：", g.ch(["王者50星", "星耀1", "荣耀王者", "超凡大师"]))
    d.ln("代练费用：¥", str(g.r.randint(80, 900)), "  保证金：¥", str(g.ch([20, 50, 100])), "  时限：", str(g.r.randint(1, 10)), "天")
    d.ln("下单人", g.ch(["微信", "vx", "wx"]), "：", g.WX(), "   ", g.ch(["联系手机", "电话"]), "：", g.MOB())
    if g.p(0.5):
        d.ln("打手接单：", g.ch(["打手QQ：", "打手扣扣 "]), g.QQ(), "  打手编号：", g.safe(lambda: "DS" + g.digits(5)))
    d.ln("备注：", g.ch(["登录要验证码，提前加微信沟通", "别开挂！封号全责", "晚上10点后不要上号", "顶号联系"]), g.emo())
    d.ln("下单时间：", g.ts(), "  交易单号：", g.wxpay_no())
    return d


def gt_realname_chat(g):
    d = Doc(g)
    p = g.person(None, 1988, 2005)
    t = dt.datetime(2024, g.r.randint(1, 12), g.r.randint(1, 28), g.r.randint(8, 22), g.r.randint(0, 59))
    buyer, seller = g.ch(["买家", "小胖", "BOSS"]) + g.digits(2), g.ch(["卖家", "号商", "老刘"])

    def msg(who, *parts):
        nonlocal t
        t += dt.timedelta(seconds=g.r.randint(10, 400))
        d.ln(f"[{t:%Y-%m-%d %H:%M:%S}] ", who, ": ", *parts)

    msg(buyer, "号收到了，实名怎么改", g.emo())
    msg(seller, "原始实名是我表弟的，要走申诉改，你把你的姓名和身份证号发我")
    msg(buyer, p["name"], " ", g.ID(p["id"], g.ch(["plain", "plain", "grp", "ocr"])))
    msg(seller, "手机号也发一下 要收验证码")
    msg(buyer, g.MOB(p["mob"], g.ch(["plain", "space", "dash"])))
    msg(seller, "验证码发你了 ", g.digits(6), " 这个是吗")
    msg(buyer, "收到的是", g.digits(6), g.emo())
    if g.p(0.5):
        msg(seller, "好了 改完了 截图给你，以后有事加我QQ ", g.QQ(), " 这个号要换了")
    else:
        msg(seller, "好了。尾款转我卡上 ", g.CARD(style=g.ch(["plain", "g4"])), " ", g.name())
    msg(buyer, "ok 👌 转了，交易单号 ", g.alipay_no())
    return d


def gt_login_records(g):
    d = Doc(g)
    c = g.city()
    d.ln(g.ch(["账号安全中心 - 最近登录记录", "【登录日志导出】", "Login history"]))
    d.ln("UID：", g.uid(), "  昵称：", g.ch(["夜雨声烦", "小小酥", "Ace丶", "风一样的男子"]), g.emo())
    d.ln("绑定手机：", g.masked_mob(), "  绑定邮箱：", g.masked_email())
    sep = " | " if g.p(0.5) else "\t"
    d.ln(sep.join(g.ch([["时间", "IP", "地点", "设备", "结果"], ["time", "ip", "location", "device", "result"]])))
    for _ in range(g.r.randint(4, 8)):
        k = g.r.random()
        ip = g.IP(v6=k < 0.15) if k < 0.75 else g.ch([g.private_ip(), g.ipv4().rsplit(".", 2)[0] + ".*.*"])
        d.ln(g.ts(), sep, ip, sep, g.ch(["浙江杭州", "广东深圳", "江苏南京", "未知", "四川成都", "香港"]), sep,
             g.ch(["iPhone14,2", "HUAWEI Mate60", "Xiaomi 13", "PC-Windows", "OPPO Reno9"]), g.ch(["", " IMEI " + g.imei()]), sep,
             g.ch(["成功", "成功", "密码错误", "异地登录已拦截"]))
    d.ln("客户端版本：", g.version(), "  本地网关：", g.private_ip())
    if g.p(0.4):
        d.ln("如非本人操作，请立即修改密码并联系客服（客服电话 ", g.ch(["400-", "400-"]) + g.digits(3) + "-" + g.digits(4), "）")
    return d


def gt_platform_order(g):
    d = Doc(g)
    p = g.person(None, 1985, 2003)
    card = g.card_num()
    d.ln(g.ch(["交易猫", "盼之代售", "螃蟹账号", "密马"]), " 订单详情")
    d.ln("订单编号：", g.date_order("", 10), "   商品编号：", g.safe(lambda: g.ch(["SP", "G"]) + g.digits(9)))
    d.ln("游戏/区服：", g.ch(GAMES), " / ", server(g))
    d.ln("成交价：¥", g.amount(200, 9000, False), "  包赔服务费：¥", g.amount(10, 300, False))
    d.ln("买家：", g.masked_mob(), "   下单时间：", g.ts())
    d.ln("卖家实名核验：", p["name"], " ", g.ID(p["id"], "plain") if g.p(0.6) else g.masked_id(p["id"]))
    d.ln("卖家收款：", BANK_OF_BIN[card[:6]], " ", g.CARD(card, g.ch(["plain", "g4"])))
    d.ln("卖家联系方式：", g.MOB(p["mob"]), g.ch(["", "（同微信）", " 微信同号"]))
    d.ln("支付方式：微信支付  交易单号：", g.wxpay_no())
    d.ln("换绑状态：", g.ch(["已换绑手机", "待换绑", "已完成实名变更"]), "  客服工单：", g.safe(lambda: "KF" + g.digits(10)))
    return d


def gt_studio_ad(g):
    d = Doc(g)
    d.ln(g.emo(3), g.ch(["高价收号", "专业工作室收号", "收各类游戏账号"]), g.emo(3))
    for gm in g.r.sample(GAMES, 4):
        d.ln("✅ ", gm, " ", g.ch(["V8以上", "满级", "带限定", "五星多"]), " ", str(g.r.randint(1, 20)), "00-", str(g.r.randint(21, 99)), "00")
    d.ln("收号群：", g.ch(["QQ群 ", "企鹅群 ", "Q群："]), g.uid(9), g.ch(["（满）", "", " 二群"]))
    d.ln(g.ch(["老板QQ", "收号QQ", "客服扣扣"]), g.ch(["：", " "]), g.QQ(), " ", g.emo())
    if g.p(0.6):
        d.ln(g.ch(["加V", "vx", "wx"]), g.ch(["：", " ", "➡️"]), g.WX(), g.ch(["（备注收号）", "", " 秒回"]))
    if g.p(0.5):
        d.ln("电话微信同号 ", g.MOB(style=g.ch(["plain", "dash", "space"])))
    d.ln("工作室地址：", g.short_addr(), "  营业执照：", g.uscc())
    d.ln(g.emo(), "诚信经营 已收", str(g.r.randint(1000, 20000)), "+单 ", g.emo(2))
    return d


def gt_appeal(g):
    d = Doc(g)
    p = g.person(None, 1988, 2006)
    d.ln(g.ch(["账号申诉表", "账号找回资料", "【申诉材料】"]))
    if g.p(0.5):
        d.ln("申诉账号：", g.ch(["QQ ", "QQ号 "]), g.QQ(g.qq_num(7, 10)))
    else:
        d.ln("申诉账号：游戏UID ", g.uid(), "（", server(g), "）")
    d.ln("注册手机：", g.MOB(p["mob"], g.ch(["plain", "plain", "(+86)", "p86"])))
    d.ln("注册邮箱：", g.MAIL())
    if g.p(0.2):
        d.ln("实名信息：", p["name"], "  证件类型：护照  证件号：", V(g.passport(), "PASSPORT"), "（海外华人，无身份证）")
    else:
        d.ln("实名信息：", p["name"], "  身份证号：", g.ID(p["id"]))
    d.ln("出生日期：", g.BD(p["birth"], g.ch(["iso", "cn", "slash"])))
    d.ln("首次登录IP：", g.IP(), "  常用登录地：", g.ch(["浙江杭州", "湖南长沙", "广东东莞"]))
    d.ln("近期登录IP：", g.IP(), "、", g.IP(v6=g.p(0.3)))
    d.ln("首次充值订单号：", g.wxpay_no() if g.p(0.5) else g.alipay_no(), "  金额：", g.amount(6, 648, False))
    d.ln("曾用密码：", g.ch(["abc123456", "******", "qwer1234"]), "   角色ID：", g.uid())
    d.ln("联系邮箱（接收结果）：", g.MAIL(), *(["   备用电话：", g.MOB()] if g.p(0.4) else []))
    return d


def gt_scam_report(g):
    d = Doc(g)
    d.ln(g.emo(), g.ch(["避雷！！", "曝光骗子", "【防骗曝光】"]), g.ch(["买号被骗", "代练跑路", "卖号被找回"]), g.emo(2))
    d.ln("在", g.ch(["贴吧", "闲鱼", "QQ群", "小红书"]), "看到", g.ch(GAMES), "出号，私聊后对方让我", g.ch(["私下交易", "先付定金", "加微信细谈"]),
         "，转了", str(g.r.randint(200, 5000)), "块就把我拉黑了", g.emo())
    d.ln("骗子信息如下，大家擦亮眼睛：")
    lines = []
    lines.append(["骗子QQ：", g.QQ()])
    lines.append([g.ch(["微信：", "vx："]), g.WX()])
    if g.p(0.7):
        lines.append(["收款卡号：", g.CARD(style=g.ch(["plain", "g4", "ocr"])), g.ch(["（", "("]), g.name(), g.ch(["）", ")"])])
    if g.p(0.6):
        lines.append(["手机号：", g.MOB(style=g.ch(["plain", "dash", "space"]))])
    if g.p(0.3):
        lines.append(["收款支付宝：", g.MAIL()])
    g.r.shuffle(lines)
    for ln_ in lines:
        d.ln(g.ch(["· ", "- ", "", "👉"]), *ln_)
    d.ln("交易截图：订单号 ", g.wxpay_no(), " 已报警，", g.ch(["报警回执编号 ", "受案回执 "]), g.safe(lambda: "J" + g.digits(18)))
    d.ln("有同样被骗的可以联系我 ", *(["QQ ", g.QQ()] if g.p(0.5) else ["vx ", g.WX()]))
    return d


def gt_tw_hk_post(g):
    d = Doc(g)
    if g.p(0.5):
        d.ln("【售】", g.ch(["天堂M", "新楓之谷", "原神", "傳說對決"]), " 帳號 ", g.ch(["台版", "台港澳服"]), g.emo())
        d.ln("伺服器：", g.ch(["亞服", "台服", "Asia"]), "  角色等級：", str(g.r.randint(50, 99)), "  UID：", g.uid(9))
        d.ln("售價：NT$", f"{g.r.randint(3, 80) * 500:,}", "（可議）")
        d.ln("聯絡方式：")
        d.ln("手機：", g.intl_mob("886")[0])
        d.ln("LINE ID：", g.ch(["tw", "ac", "mm"]) + g.digits(4), "（LINE 不是微信喔）")
        if g.p(0.6):
            d.ln("Email：", g.MAIL(g.email(domain=g.ch(["gmail.com", "yahoo.com.tw", "hotmail.com"]))))
        d.ln("面交地點：", g.ch(["台北車站", "高雄巨蛋", "台中一中街"]), "  可貨到付款 7-11 交貨便 代碼 ", g.safe(lambda: "F" + g.digits(11)))
    else:
        d.ln("出售 ", g.ch(["PS5", "Switch", "Steam"]), " 遊戲帳號 ", g.ch(["連 300+ 遊戲", "有多款DLC", "Lv.99"]), g.emo())
        d.ln("價錢：HK$", str(g.r.randint(3, 60) * 100), "  唔講價")
        d.ln("WhatsApp：", g.intl_mob("852")[0])
        if g.p(0.5):
            d.ln("微信：", g.WX(), "（大陸買家可以加）")
        d.ln("交收：", g.ch(["旺角", "觀塘", "沙田"]), "地鐵站 或 順豐到付  順豐單號 ", g.tracking())
        if g.p(0.5):
            d.ln("公司電話：", g.intl_land("852"), "（辦公時間）")
    return d


def gt_peiwan(g):
    d = Doc(g)
    p = g.person(None, 1996, 2004, sex="女" if g.p(0.7) else "男")
    d.ln(g.emo(2), g.ch(["陪玩接单", "声优陪玩", "技术陪玩 上分"]), g.emo(2), "  IP属地：", g.ch(["浙江", "广东", "四川", "湖北"]))
    d.ln("游戏：", " / ".join(g.r.sample(GAMES, 3)))
    d.ln("段位：", g.ch(["王者", "巅峰2100", "皇冠", "大师"]), "  单价：", str(g.r.randint(15, 60)), "/局 ", g.emo())
    d.ln(g.ch(["生日", "生日🎂"]), "：", g.BD(p["birth"], g.ch(["iso", "cn", "slash"])), "  ", zodiac(p["birth"]))
    d.ln("接单", g.ch(["➕V", "加V", "vx"]), "：", g.WX(), g.ch(["", " 备注陪玩"]))
    if g.p(0.6):
        d.ln(g.ch(["QQ", "扣扣"]), "：", g.QQ(), "  比心ID：", g.uid(8))
    d.ln("老板们下单前看一下要求：不接代练 不接未成年 ", g.emo(2))
    return d


GT_T = [gt_sell_post, gt_dailian_order, gt_realname_chat, gt_login_records, gt_platform_order, gt_studio_ad, gt_appeal,
        gt_scam_report, gt_tw_hk_post, gt_peiwan]


# ===========================================================================
# genre: anti_fraud
# ===========================================================================
SCAM_KINDS = ["冒充电商物流客服", "刷单返利", "虚假投资理财", "冒充公检法", "虚假网络贷款", "冒充领导熟人", "网络游戏虚假交易",
              "注销校园贷", "虚假征信"]


def service_no(g):
    return g.ch(["95188", "95588", "95533", "95555", "10086", "10010", "12321", "96110", "110", "12381",
                 "400-" + g.digits(3) + "-" + g.digits(4), "4008" + g.digits(6), "800-" + g.digits(3) + "-" + g.digits(4)])


def af_alert_list(g):
    d = Doc(g)
    c = g.city()
    d.ln(g.emo(), g.ch(["【反诈预警】", "【紧急提醒】", c[0] + "公安反诈中心提醒"]), g.emo())
    d.ln("近期我市", g.ch(SCAM_KINDS), "类诈骗高发，以下号码经核实为涉诈号码，请广大市民勿接听、勿回拨、勿转账：")
    items = []
    for _ in range(g.r.randint(4, 8)):
        k = g.r.random()
        if k < 0.5:
            items.append(g.MOB(style=g.ch(["plain", "plain", "dash", "space", "p86", "0086"])))
        elif k < 0.65:
            items.append(g.intl_mob(g.ch(["852", "63", "60", "886"]))[0])
        elif k < 0.8:
            items.append(g.LAND(style=g.ch(["dash", "plain"])))
        else:
            items.append(service_no(g) if g.p(0.3) else "400-" + g.digits(3) + "-" + g.digits(4))
    style = g.ch(["list", "inline"])
    for i, it in enumerate(items):
        if style == "list":
            d.ln(f"{i + 1}. ", it, g.ch(["", "（自称" + g.ch(["京东客服", "快递理赔", "医保局", "公安局"]) + "）", "  ⚠️"]))
        else:
            d.add(it, "、" if i < len(items) - 1 else "。\n")
    d.ln("温馨提示：骗子常用号码形如", g.masked_mob(), "、", g.ch(["+00", "+852"]), "开头的境外号码，或伪装成", g.ch(["95588", "95533", "10086"]),
         "等官方号码。接到", g.ch(["96110", "“96110”"]), "预警劝阻电话请务必接听！如已被骗请立即拨打110报警。")
    d.ln(g.ch(["#反诈 #全民反诈", "转发提醒家人朋友 🙏", "—— " + c[0] + "市公安局" + g.district(c)[:-1] + "分局"]))
    return d


def af_statement(g):
    d = Doc(g, g.ch([0, 0, 0.03]))
    c = g.city()
    v = g.person(c, 1955, 2002)
    own = g.card_num()
    d.ln(g.ch(["询 问 笔 录", "询问笔录（第1次）"]))
    t0 = g.recent()
    d.ln("时间：", f"{t0.year}年{t0.month}月{t0.day}日{g.r.randint(8, 18)}时{g.r.randint(0, 59)}分至{g.r.randint(19, 22)}时{g.r.randint(0, 59)}分")
    d.ln("地点：", c[0], "市公安局", g.district(c)[:-1], "分局", g.ch(["城东", "西湖", "新华"]), "派出所办案区")
    d.ln("询问人：", g.name(), "、", g.name(), "  工作单位：", c[0], "市公安局", g.district(c)[:-1], "分局")
    d.ln("被询问人：", v["name"], "  性别：", v["sex"], "  ", g.ch(["出生日期：", "出生年月日："]), g.BD(v["birth"], g.ch(["cn", "iso"])))
    d.ln("身份证件种类及号码：居民身份证 ", g.ID(v["id"], g.ch(["plain", "fw"])))
    d.ln("现住址：", v["addr"], "  联系方式：", g.MOB(v["mob"]))
    d.ln("问：我们是", c[0], "市公安局民警（出示工作证件），现依法向你询问，你应当如实回答……你听清楚了吗？")
    d.ln("答：听清楚了。")
    d.ln("问：你因何事来派出所？")
    sm = g.mob_num()
    d.ln("答：我被骗了。", g.dfmt(t0 - dt.timedelta(days=g.r.randint(1, 5)), "cn"), "上午，一个号码", g.MOB(sm, g.ch(["plain", "plain", "space"])),
         "给我打电话，自称是", g.ch(["京东金融客服", "快递理赔专员", "公安局民警", "银保监会工作人员"]), "，说我", g.ch(["开通了百万保障要扣费", "快递丢了要理赔", "涉嫌洗钱"]), "。")
    d.ln("问：对方还通过什么方式和你联系？")
    extra = []
    if g.p(0.6):
        extra += ["让我加了一个QQ，QQ号是", g.QQ(), "，"]
    if g.p(0.6):
        extra += ["又让我加微信", g.WX(), "，"]
    if not extra:
        extra = ["让我下载了一个叫“", g.ch(["云听", "会议通", "ZOOM"]), "”的软件开屏幕共享，会议号", " ".join([g.digits(3), g.digits(3), g.digits(3)]), "，"]
    d.ln("答：", *extra, "后来又用", g.MOB(), "给我发过短信。")
    d.ln("问：你是如何转账的？")
    tr = []
    for _ in range(g.r.randint(1, 3)):
        tr += ["通过手机银行从我的", BANK_OF_BIN[own[:6]], "卡（卡号", g.CARD(own, g.ch(["plain", "g4"])), "）向对方提供的账户",
               g.CARD(style=g.ch(["plain", "plain", "g4"])), "（户名", g.name(), "）转账", str(g.r.randint(1, 50) * 1000), "元；"]
    d.ln("答：", *tr)
    d.ln("问：转账的交易流水号还记得吗？")
    d.ln("答：手机上有，", g.date_order("", 14), "。")
    d.ln("问：你以上所说是否属实？")
    d.ln("答：属实。")
    d.ln("被询问人签名：", v["name"], "    ", g.dfmt(t0, "cn"))
    return d


def af_freeze_list(g):
    d = Doc(g)
    c = g.city()
    d.ln(c[0], "市公安局反诈中心", g.ch(["涉案账户紧急止付清单", "涉案资金冻结明细", "资金查控结果汇总"]))
    d.ln("案件编号：", g.safe(lambda: "A" + c[3][0] + g.digits(16)), "   立案时间：", g.dfmt(g.recent(), "iso"))
    cols = ["序号", "户名", "账号/卡号", "开户行", "止付金额", "账户类型", "状态", "查控流水号"]
    d.ln("\t".join(cols))
    for i in range(g.r.randint(5, 10)):
        k = g.r.random()
        if k < 0.55:
            card = g.card_num()
            acct, bank, typ = g.CARD(card, "plain"), BANK_OF_BIN[card[:6]], "个人借记卡"
        elif k < 0.7:
            acct, bank, typ = corp_account(g), g.ch(["中国农业银行", "中国银行", "某农商银行"]), "对公账户"
        elif k < 0.85:
            acct, bank, typ = g.MOB(style="plain"), "支付宝（中国）网络技术有限公司", "支付宝账户（手机）"
        else:
            acct, bank, typ = g.MAIL(), "支付宝（中国）网络技术有限公司", "支付宝账户（邮箱）"
        d.ln(str(i + 1), "\t", g.name() if typ != "对公账户" else c[0] + "某贸易有限公司", "\t", acct, "\t", bank, "\t", g.amount(500, 200000, False), "\t",
             typ, "\t", g.ch(["已止付", "已冻结", "余额不足", "查询中"]), "\t", g.date_order("ZF", 10))
    d.ln("填报人：", g.name(), "  联系电话：", g.LAND(c), *([g.ch(["  值班手机：", "  警务通："]), g.MOB()] if g.p(0.5) else []))
    return d


def af_notice(g):
    d = Doc(g)
    c = g.city()
    d.ln(g.ch(["防范电信网络诈骗告知书", "致广大居民朋友的一封信", "反诈宣传进社区"]))
    d.ln("广大居民朋友们：")
    d.ln("近期", g.ch(SCAM_KINDS), "案件频发。请牢记“三不一多”：未知链接不点击，陌生来电不轻信，个人信息不透露，转账汇款多核实。")
    d.ln("1. 公检法机关不会通过电话、QQ、微信办案，不存在“安全账户”。")
    d.ln("2. 凡是要求您提供银行卡号（如", g.masked_card(), "）、验证码的，都是诈骗！")
    d.ln("3. 陌生号码如", g.masked_mob(), "自称客服要求退款理赔的，请挂断后拨打官方客服", g.ch(["95188", "950618", "400-606-5500"]), "核实。")
    d.ln("4. 下载“国家反诈中心”APP，接到96110来电请务必接听。")
    d.ln("如遇可疑情况，请联系：")
    d.ln("社区民警 ", g.name(), "：", g.MOB(style=g.ch(["plain", "dash", "space"])), g.ch(["（微信同号）", "", "（24小时）"]))
    d.ln("警务室电话：", g.LAND(c, g.ch(["dash", "paren", "fwparen"])))
    if g.p(0.5):
        d.ln("反诈志愿者 ", g.name(), "：", g.MOB(), "    社区居委会：", g.LAND(c))
    if g.p(0.3):
        d.ln("投稿邮箱：", g.MAIL())
    d.ln(c[0], "市公安局", g.district(c)[:-1], "分局 ", g.dfmt(g.recent(), "cn"))
    return d


def af_assist_letter(g):
    d = Doc(g)
    c = g.city()
    s = g.person(None, 1975, 2002, sex="男")
    d.ln(g.ch(["协 查 函", "协助调查函", "调取证据通知书（附件）"]))
    d.ln(c[0], "公（", g.ch(["刑", "网安", "反诈"]), "）协字〔", str(g.recent().year), "〕", g.digits(4), "号")
    d.ln(g.ch(["中国移动通信集团", "腾讯计算机系统有限公司", "支付宝（中国）网络技术有限公司", "某银行"]), "：")
    d.ln("我局正在侦办一起", g.ch(SCAM_KINDS), "案，现需贵单位协助查询以下人员/账户信息：")
    d.ln("嫌疑人：", s["name"], "，男，", g.BD(s["birth"], g.ch(["cn", "iso"])), "出生，公民身份号码：", g.ID(s["id"]))
    k = g.r.random()
    if k < 0.5:
        d.ln("护照号码：", V(g.passport(), "PASSPORT"), "（曾于", g.dfmt(g.recent(), "iso"), "经", g.ch(["瑞丽", "磨憨", "拱北"]), "口岸出境）")
    elif k < 0.8:
        d.ln("往来港澳通行证：", V(g.permit(g.ch(["C", "CL"])), "HK_MACAO_PERMIT"))
    else:
        d.ln("护照号码：", V(g.passport(), "PASSPORT"), "；往来港澳通行证：", V(g.permit("C"), "HK_MACAO_PERMIT"))
    d.ln("关联手机号：", g.MOB(s["mob"], "plain"), "、", g.MOB(style="plain"), g.ch(["", "、" + g.masked_mob() + "（待核实）"]))
    d.ln("关联银行卡：", g.CARD(style="plain"))
    d.ln("登录IP：", g.IP(), "（", g.ts(), "）；", g.IP(v6=g.p(0.4)), "（", g.ts(), "）")
    if g.p(0.5):
        d.ln("涉案车辆：", g.PLATE(newenergy=g.p(0.4)), "  车架号：", g.vin())
    d.ln("请提供上述号码的实名登记信息、", g.ch(["通话详单", "登录日志", "交易明细"]), "（", g.dfmt(g.recent(2023, 2023), "iso"), "至", g.dfmt(g.recent(2024, 2024), "iso"), "）。")
    d.ln("联系人：", g.name(), "  联系电话：", g.LAND(c), "  手机：", g.MOB(), "  邮箱：", g.MAIL(g.email(domain="gaj." + g.ch(["hz", "nj", "cd", "wh"]) + ".gov.cn")))
    d.ln(c[0], "市公安局", g.district(c)[:-1], "分局（印）  ", g.dfmt(g.recent(), "cn"))
    return d


def af_chat(g):
    d = Doc(g)
    v = g.person(None, 1980, 2003)
    card = g.card_num()
    a = g.ch(["“客服”", "客服小王", "京东金融-李专员", "对方"])
    d.ln(g.ch(["【聊天记录截图文字识别】", "以下为受害人提供的聊天记录：", "通话录音整理："]))
    lines = [
        (a, ["您好，我是", g.ch(["京东金融", "支付宝", "抖音"]), "客服，工号", g.digits(6), "，您之前开通了百万保障服务，今天到期会自动扣费每月", str(g.r.randint(500, 2000)), "元。"]),
        ("我", ["我没开通过啊"]),
        (a, ["可能是您学生时期误开通的，现在需要取消，否则影响征信。请问您是", v["name"], "本人吗？身份证号是多少？"]),
        ("我", ["是我，", g.ID(v["id"], g.ch(["plain", "plain", "grp"]))]),
        (a, ["请提供一下您名下的储蓄卡号，我们需要核对流水。"]),
        ("我", [g.CARD(card, g.ch(["plain", "g4", "g4", "ocr"]))]),
        (a, ["好的，稍后您会收到一个验证码，请报给我。"]),
        ("我", ["验证码是", g.digits(6)]),
        (a, ["为方便沟通请下载“", g.ch(["云会议", "速课", "Zoom"]), "”，会议号", " ".join([g.digits(3), g.digits(3), g.digits(3)]), "，或者加我的",
             *(["QQ：", g.QQ()] if g.p(0.5) else ["微信：", g.WX()])]),
        (a, ["您需要把资金转入监管账户", g.CARD(style="plain"), "，户名", g.name(), "，核验后会原路退回。"]),
        ("我", ["我手机号", g.MOB(v["mob"], g.ch(["plain", "cn", "space"])), "，你们退回后通知我"]),
    ]
    t = dt.datetime(2024, g.r.randint(1, 12), g.r.randint(1, 28), g.r.randint(9, 20), 0)
    for who, parts in lines:
        t += dt.timedelta(seconds=g.r.randint(15, 300))
        if g.p(0.5):
            d.ln(who, " ", f"{t:%H:%M}")
            d.ln(*parts)
        else:
            d.ln(who, "：", *parts)
    d.ln("（对方号码：", g.MOB(style=g.ch(["p86", "plain", "0086"])), "，通话时长", str(g.r.randint(10, 80)), "分钟）")
    return d


def af_dissuade(g):
    d = Doc(g)
    c = g.city()
    v = g.person(c, 1950, 2004)
    d.ln(g.ch(["预警劝阻工作记录", "96110预警见面劝阻登记", "反诈预警处置反馈单"]))
    d.ln("预警编号：", g.date_order("YJ", 6), "  预警时间：", g.ts())
    d.ln("预警号码：", g.MOB(v["mob"], "plain"), "  预警类型：", g.ch(["涉诈APP安装", "涉诈电话呼入", "涉诈网站访问", "资金流出"]))
    d.ln("涉诈来电：", g.ch([g.MOB(style="plain"), g.intl_mob("63")[0], "95" + g.digits(3) + "（改号）"]))
    d.ln("被预警人：", v["name"], "  ", g.ch(["身份证号：", "证件号："]), g.ID(v["id"]), "  年龄：", str(2024 - v["birth"].year))
    d.ln("现场位置：", v["addr"], "（定位 ", g.GPS(c, sep=g.ch([",", ", "])), "）")
    d.ln("处置民警：", g.name(), "  警号：", g.digits(6), "  电话：", g.MOB(style=g.ch(["plain", "dash"])))
    d.ln("处置结果：", g.ch(["已见面劝阻，当事人未转账。", "电话劝阻成功，已卸载涉诈APP。", "当事人已转账" + str(g.r.randint(1, 30)) + "万元，已引导报案。"]))
    d.ln("涉诈APP：", g.ch(["“云闪付助手”", "“安全卫士pro”", "“XX理财”"]), "  版本 ", g.version(), "  下载地址已封堵")
    return d


def af_gambling(g):
    d = Doc(g)
    c = g.city()
    d.ln(g.ch(["“跑分”洗钱团伙涉案账户梳理表", "网络赌博平台资金通道分析", "专案组 账户研判（内部）"]))
    d.ln("平台名称：", g.ch(["“皇冠体育”", "“澳门威尼斯人线上”", "“幸运28”"]), "  服务器IP：", g.IP(), g.ch(["", ":8080", ":443", ":8888"]), "  后台登录IP：", g.IP(), "、", g.private_ip(), "（内网）")
    d.ln("一、收款码账户")
    for _ in range(g.r.randint(3, 6)):
        k = g.r.random()
        if k < 0.35:
            d.ln("  微信号：", g.WX(), "  实名：", g.name(), "  收款笔数：", str(g.r.randint(20, 900)))
        elif k < 0.6:
            d.ln("  支付宝：", g.MOB(style="plain"), "  实名：", g.name(), "  流水：", g.amount(1000, 900000, True))
        elif k < 0.75:
            d.ln("  支付宝：", g.MAIL(), "  实名：", g.name())
        else:
            d.ln("  QQ钱包：", g.QQ(), "  实名：", g.name())
    d.ln("二、银行卡（卡农）")
    for _ in range(g.r.randint(2, 5)):
        p = g.person(None, 1990, 2004)
        d.ln("  ", g.CARD(style=g.ch(["plain", "g4"])), "  持卡人 ", p["name"], "（", g.ID(p["id"]), "）  ", g.ch(["已到案", "在逃", "未成年，已训诫"]))
    d.ln("三、物联网卡 ICCID：", g.iccid(), "  IMEI：", g.imei())
    d.ln("研判人：", g.name(), "  ", g.dfmt(g.recent(), "iso"))
    return d


def af_hk_notice(g):
    d = Doc(g)
    d.ln(g.ch(["【防騙提示】", "香港警務處 反詐騙協調中心 提提你", "守網者 · 最新騙案警報"]))
    d.ln("近日有騙徒冒充", g.ch(["入境事務處", "銀行職員", "速遞公司", "內地公安"]), "致電市民，聲稱其涉及", g.ch(["清洗黑錢", "包裹藏有違禁品", "信用卡被盜用"]), "。")
    d.ln("以下電話號碼已被舉報：")
    for _ in range(g.r.randint(3, 6)):
        k = g.r.random()
        if k < 0.6:
            d.ln("‧ ", g.intl_mob("852")[0])
        elif k < 0.8:
            d.ln("‧ ", g.intl_land("852"), "（來電顯示為本地固網）")
        else:
            d.ln("‧ ", g.MOB(style=g.ch(["p86", "p86s", "0086"])), "（內地號碼）")
    d.ln("市民可使用「防騙視伏器」查核可疑電話，或致電 18222 防騙易熱線查詢。切勿向他人透露網上銀行密碼或一次性密碼。")
    d.ln("受害人陳先生（化名）表示，騙徒要求他把款項轉入", g.ch(["轉數快 FPS 識別碼 ", "帳戶 "]), g.digits(8) if g.p(0.5) else g.digits(3) + "-" + g.digits(6) + "-" + g.digits(3), "。")
    if g.p(0.5):
        d.ln("如需協助，可聯絡社區警民關係組 ", g.name(), " 警長：", g.intl_land("852"))
    return d


def af_blacklist_csv(g):
    d = Doc(g)
    d.ln(g.ch(["号码,类型,标记次数,首次标记时间,标记类别,归属地", "phone,type,count,first_seen,tag,region"]))
    for _ in range(g.r.randint(6, 12)):
        k = g.r.random()
        if k < 0.45:
            num, typ = g.MOB(style="plain"), "手机"
        elif k < 0.6:
            num, typ = g.LAND(style=g.ch(["plain", "dash"])), "固话"
        elif k < 0.7:
            num, typ = g.intl_mob(g.ch(["852", "63", "60"]), style="+ns")[0], "境外"
        elif k < 0.8:
            num, typ = "400" + g.digits(7), "400"
        elif k < 0.9:
            num, typ = "1069" + g.digits(g.ch([4, 6, 8])), "短信端口"
        else:
            num, typ = g.ch(["95", "96"]) + g.digits(3), "短号"
        d.ln(num, ",", typ, ",", str(g.r.randint(1, 5000)), ",", g.ts(sep="/"), ",", g.ch(["诈骗", "骚扰", "推销", "冒充客服", "贷款"]), ",",
             g.ch(["浙江杭州", "广东深圳", "未知", "境外", "云南西双版纳"]))
    d.crlf = g.p(0.5)
    return d


AF_T = [af_alert_list, af_statement, af_freeze_list, af_notice, af_assist_letter, af_chat, af_dissuade, af_gambling,
        af_hk_notice, af_blacklist_csv]


# ===========================================================================
# genre: education_exam
# ===========================================================================
SCHOOLS = ["第一中学", "实验中学", "外国语学校", "第二高级中学", "育才小学", "师范大学附属中学", "求是小学", "崇文实验学校"]
UNIS = ["浙江大学", "武汉大学", "四川大学", "华南理工大学", "南京师范大学", "西安交通大学", "郑州大学", "湖南大学"]


def kaosheng(g, c=None):
    c = c or g.city()
    return g.safe(lambda: f"{g.r.randint(21, 24)}{c[3][0][:4]}{g.digits(8)}")


def ed_xueji(g):
    d = Doc(g)
    c = g.city()
    kid = g.person(c, 2008, 2017)
    bar = g.ch(["|", "│", "  "])
    d.ln(g.ch(["中小学学生学籍信息登记表", "学生基础信息采集表", "新生入学信息登记表"]))
    d.ln(bar, "学校：", c[0], "市", g.ch(SCHOOLS), bar, "班级：", g.ch(["一", "三", "五", "七", "初一", "高一"]), "（", str(g.r.randint(1, 12)), "）班", bar)
    d.ln(bar, "姓名", bar, kid["name"], bar, "性别", bar, kid["sex"], bar, "出生日期", bar, g.BD(kid["birth"], g.ch(["iso", "compact", "cn"])), bar)
    d.ln(bar, "身份证件类型", bar, "居民身份证", bar, "身份证件号", bar, g.ID(kid["id"], g.ch(["plain", "plain", "lowx"])), bar)
    d.ln(bar, "学籍辅号", bar, g.safe(lambda: g.digits(14)), bar, "入学年月", bar, f"{g.recent(2020, 2024).year}09", bar)
    d.ln(bar, "户口所在地", bar, (c[5] if c[5] == c[0] + "市" else c[5] + c[0] + "市") + g.district(c), bar, "是否留守儿童", bar, g.ch(["否", "否", "是"]), bar)
    for rel in g.r.sample(["父亲", "母亲", "爷爷", "外婆"], 2):
        par = g.person(c, 1965, 1992, sex="男" if rel in ("父亲", "爷爷") else "女")
        row = [bar, "家庭成员", bar, rel, bar, par["name"], bar, "联系电话", bar, g.MOB(par["mob"], g.ch(["plain", "plain", "dash"])), bar]
        if g.p(0.5):
            row += ["身份证", bar, g.ID(par["id"]), bar]
        d.ln(*row)
    d.ln(bar, "家庭住址", bar, kid["addr"], bar)
    d.ln("填表人签字：__________    ", g.dfmt(g.recent(), "cn"))
    return d


def ed_gaokao(g):
    d = Doc(g)
    c = g.city()
    p = g.person(c, 2004, 2007)
    d.ln(c[5], g.ch(["普通高校招生考试报名信息确认表", "高考报名信息表（考生留存）"]))
    d.ln("考生号：", kaosheng(g, c), "    报名序号：", g.safe(lambda: g.digits(8)))
    d.ln("姓名：", p["name"], "  性别：", p["sex"], "  民族：汉族  ", g.ch(["出生日期：", "出生年月："]), g.BD(p["birth"], g.ch(["compact", "iso", "cn"])))
    d.ln("身份证号：", g.ID(p["id"], g.ch(["plain", "plain", "fw"])))
    d.ln("毕业学校：", c[0], "市", g.ch(SCHOOLS), "  学籍号：", g.safe(lambda: g.digits(12)), "  选考科目：", g.ch(["物理、化学、生物", "历史、政治、地理", "物理、化学、技术"]))
    d.ln("考生手机：", g.MOB(p["mob"], g.ch(["plain", "plain", "dash"])), "  家长手机：", g.MOB())
    if g.p(0.5):
        d.ln("电子邮箱：", g.MAIL())
    d.ln("通知书邮寄地址：", p["addr"], "  邮编：", g.digits(6), "  收件人电话：", g.ch(["同考生手机", "同家长手机"]))
    d.ln("照片采集编号：", g.safe(lambda: "ZP" + g.digits(10)), "  报名点：", c[0], "市", g.district(c), "招生办  咨询电话：", g.LAND(c))
    d.ln("本人确认以上信息真实准确。考生签字：________  ", g.dfmt(g.recent(), "cn"))
    return d


def ed_admission(g):
    d = Doc(g)
    c = g.city()
    p = g.person(c, 2004, 2007)
    u = g.ch(UNIS)
    if g.p(0.5):
        d.ln("【", u, "】", p["name"], "同学（考生号", kaosheng(g, c), "）你好！祝贺你被我校", g.ch(["计算机科学与技术", "临床医学", "法学", "会计学"]),
             "专业录取。录取通知书已于", g.dfmt(g.recent(), "cn"), "通过EMS寄出，运单号", g.safe(lambda: "1" + g.ch("019") + g.digits(11)), "，请注意查收。",
             "新生报到咨询电话：", g.LAND(g.city(), g.ch(["dash", "plain"])), "。退订回T")
        d.ln()
        d.ln("收件人：", p["name"], "  电话：", g.MOB(p["mob"]), "  地址：", p["addr"])
    else:
        d.ln("录取通知书（电子版）")
        d.ln(p["name"], "同学：")
        d.ln("经", c[5], "教育考试院批准，你已被录取到我校", g.ch(["电子信息工程", "汉语言文学", "土木工程"]), "专业学习。请凭本通知书于",
             f"{g.recent().year}年9月{g.r.randint(1, 10)}日", "到校报到。")
        d.ln("学号：", g.safe(lambda: str(g.recent().year) + g.digits(6)), "  考生号：", kaosheng(g, c), "  身份证号：", g.ID(p["id"]))
        d.ln("新生QQ群：", g.uid(9), "（验证信息：姓名+学号）")
        d.ln("辅导员：", g.name(), "老师  手机：", g.MOB(style=g.ch(["plain", "dash"])), "  微信：", g.WX(), "  邮箱：", g.MAIL())
        d.ln("学工办电话：", g.LAND(), g.ch(["转", "-"]), g.digits(3))
    return d


def ed_class_group(g):
    d = Doc(g)
    c = g.city()
    t = dt.datetime(2024, g.r.randint(2, 12), g.r.randint(1, 28), g.r.randint(7, 21), g.r.randint(0, 59))
    teacher = g.name()
    d.ln(g.ch(["三（2）班家长群", "初二7班 家校沟通群", "高一(5)班家长群🌻"]), "（", str(g.r.randint(35, 60)), "）")
    d.ln(f"{t:%Y年%m月%d日 %H:%M}")
    d.ln(teacher, "老师：", "@所有人 ", g.ch(["【重要通知】", "📢", "温馨提示："]), "请各位家长于本周五前完成", g.ch(["研学活动报名", "校服征订", "医保缴费", "课后服务签到"]),
         "，有问题请私聊我，手机", g.MOB(style=g.ch(["plain", "dash", "space"])), g.ch(["，微信同号", "", "（上课期间不接电话）"]), g.emo())
    if g.p(0.5):
        d.ln(teacher, "老师：", "没加我微信的家长请加一下：", g.WX(), " 备注孩子姓名+学号", g.emo())
    for _ in range(g.r.randint(3, 6)):
        t += dt.timedelta(minutes=g.r.randint(1, 30))
        kid = g.name()
        k = g.r.random()
        who = kid + g.ch(["妈妈", "爸爸", "奶奶", "家长"])
        if k < 0.35:
            d.ln(who, "：收到", g.emo(), " 学号", g.safe(lambda: g.digits(g.ch([6, 8, 10]))), " 已报名，联系电话", g.MOB(style="plain"))
        elif k < 0.55:
            d.ln(who, "：老师，孩子", g.ch(["今天发烧请假一天", "忘带作业本了", "坐校车的"]), "，有事打我电话", g.MOB(style=g.ch(["plain", "space", "cn"])))
        elif k < 0.7:
            d.ln(who, "：", g.ch(["收到👌", "收到，谢谢老师🙏", "好的"]))
        elif k < 0.85:
            d.ln(who, "：老师，我加不上您微信，我的是", g.WX(), "，麻烦通过一下")
        else:
            d.ln(who, "：孩子身份证号是", g.ID(g.id18(g.birth(2010, 2017), city=c)), "，医保缴费填这个对吧？")
    if g.p(0.5):
        d.ln(teacher, "老师：", "需要开车接送的家长请登记车牌，门卫放行：")
        for _ in range(g.r.randint(2, 4)):
            d.ln(g.name(), g.ch(["妈妈", "爸爸", "家长"]), " ", g.PLATE(c, dot=g.ch(["", "", "·"])), " ", g.ch([g.MOB(style="plain"), g.masked_mob(), ""]))
    d.ln(g.ch(["学校办公室电话：", "德育处："]), g.LAND(c), g.ch(["", "  转" + g.digits(3)]))
    return d


def ed_hkmo(g):
    d = Doc(g)
    p = g.person(None, 2003, 2007)
    cc = g.ch(["852", "853"])
    d.ln(g.ch(["港澳台侨联考报名信息", "港澳台地区学生报名表（内地高校）", "Application Form - HK/Macao Students"]))
    d.ln("报名号：", g.safe(lambda: g.digits(11)), "   考生类别：", "香港" if cc == "852" else "澳门")
    d.ln("姓名：", p["name"], "   性别：", p["sex"], "   出生日期 Date of Birth：", g.BD(p["birth"], g.ch(["iso", "dmy", "cn"])))
    d.ln("证件类型：港澳居民来往内地通行证（回乡证）   证件号码：", V(g.permit("H" if cc == "852" else "M"), "HK_MACAO_PERMIT"))
    if g.p(0.4):
        d.ln("港澳居民居住证号码：", g.ch(["（未办理）", "无", "办理中"]))
    d.ln("联系电话：", g.intl_mob(cc)[0], "   电子邮箱：", g.MAIL(g.email(domain=g.ch(["gmail.com", "yahoo.com.hk", "outlook.com", "netvigator.com", "macau.ctm.net"]))))
    d.ln("内地联系人：", g.name(), "  电话：", g.MOB(style=g.ch(["plain", "p86s", "p86"])))
    d.ln("中学：", g.ch(["聖保羅書院", "培正中學", "皇仁書院", "濠江中學"]), "   DSE/保送 成绩编号：", g.safe(lambda: g.digits(9)))
    if g.p(0.5):
        d.ln("家长联系电话：", g.intl_mob(cc)[0], "  家长中国护照号码：", V(g.passport(), "PASSPORT"))
    d.ln("报名费：HK$", str(g.ch([400, 450, 500])), "  缴费流水：", g.date_order("", 12))
    return d


def ed_score_list(g):
    d = Doc(g)
    d.ln(g.ch(["期中考试成绩汇总", "月考成绩单", "期末成绩及家长联系表"]), "  ", g.ch(["初二（3）班", "高一（7）班", "六年级2班"]))
    cols = ["学号", "姓名", "语文", "数学", "英语", "总分", "班级排名", "家长手机"]
    sep = g.ch(["\t", ",", "  "])
    d.ln(sep.join(cols))
    base = int(g.safe(lambda: str(g.recent().year) + g.digits(4)))
    for i in range(g.r.randint(6, 12)):
        sc = [g.r.randint(60, 148), g.r.randint(40, 150), g.r.randint(50, 148)]
        par = g.ch([g.MOB(style="plain"), g.MOB(style="plain"), g.masked_mob(), ""])
        d.ln(str(base + i), sep, g.masked_name() if g.p(0.3) else g.name(), sep, str(sc[0]), sep, str(sc[1]), sep, str(sc[2]), sep, str(sum(sc)), sep,
             str(g.r.randint(1, 50)), sep, par)
    d.ln("注：成绩仅供家长参考，请勿外传。班主任：", g.name())
    return d


def ed_directory(g):
    d = Doc(g)
    c = g.city()
    dom = g.ch(["hzsyzx.edu.cn", "szwgy.cn", "cdsz.net", "whsd-fz.cn"])
    d.ln(c[0], "市", g.ch(SCHOOLS), g.ch(["教职工通讯录", "部门电话一览表", "行政办公电话"]), "（", str(g.recent().year), "学年）")
    sep = "\t" if g.p(0.5) else " | "
    d.ln(sep.join(["部门", "姓名", "办公电话", "手机", "短号", "邮箱"]))
    area, local = g.land_num(c)
    for dep in g.r.sample(["校长室", "办公室", "教务处", "德育处", "总务处", "招生办", "财务室", "保卫科", "医务室"], g.r.randint(5, 8)):
        local2 = local[:-3] + g.digits(3)
        land = V(g.fmt_land(area, local2, g.ch(["dash", "dash", "plain"])), "LANDLINE") if v_landline(area + local2) else g.LAND(c)
        ext = g.ch(["", "转" + g.digits(3), "-" + g.digits(3), " ext." + g.digits(4)])
        d.ln(dep, sep, g.name(), sep, land, ext, sep, g.ch([g.MOB(style="plain"), g.MOB(style="plain"), "—"]), sep, g.ch(["6" + g.digits(4), "66" + g.digits(3), ""]), sep,
             g.ch([g.MAIL(g.ch(PY_SUR) + g.ch(PY_GIV) + "@" + dom), ""]))
    d.ln("总机：", g.LAND(c), "  传真：", g.LAND(c), "  校园报警：110 / 保卫科短号 ", g.digits(4))
    return d


def ed_exam_csv(g):
    d = Doc(g)
    c = g.city()
    head = g.ch([["报名号", "姓名", "证件类型", "证件号码", "出生日期", "手机号码", "电子邮箱", "准考证号", "考点"],
                 ["bmh", "xm", "zjlx", "zjhm", "csrq", "sjhm", "email", "zkzh", "kd"]])
    d.ln(",".join(head))
    for _ in range(g.r.randint(4, 8)):
        p = g.person(c, 1995, 2004)
        kind = g.ch(["id"] * 5 + ["permit", "passport", "passport"])
        if kind == "id":
            typ, num = "居民身份证", g.ID(p["id"], "plain")
        elif kind == "permit":
            typ, num = g.ch(["港澳居民来往内地通行证", "港澳通行证"]), V(g.permit(g.ch(["H", "M"])), "HK_MACAO_PERMIT")
        else:
            typ, num = "护照", V(g.passport(), "PASSPORT")
        d.ln(g.safe(lambda: g.digits(g.ch([10, 12]))), ",", p["name"], ",", typ, ",", num, ",", g.BD(p["birth"], g.ch(["iso", "compact"])), ",",
             g.MOB(p["mob"], "plain"), ",", g.MAIL(), ",", g.safe(lambda: g.digits(15)), ",", c[0], g.ch(["大学", "职业技术学院", "第二中学"]), "考点")
    d.crlf = g.p(0.5)
    return d


def ed_grad(g):
    d = Doc(g)
    p = g.person(None, 1998, 2003)
    d.ln("发件人：", p["name"], " <", g.MAIL(), ">")
    tname = g.name()
    d.ln("收件人：", tname, "老师 <", g.MAIL(g.ch(PY_SUR) + g.ch(PY_GIV) + "@" + g.ch(["zju.edu.cn", "whu.edu.cn", "scu.edu.cn", "hnu.edu.cn"])), ">")
    d.ln("主题：", g.ch(["调剂申请-", "硕士研究生复试咨询-", "毕业设计选题-"]), p["name"], "-", g.ch(["计算机技术", "材料工程", "应用统计"]))
    d.ln()
    d.ln(tname, "老师您好：")
    d.ln("我是", g.ch(UNIS), g.ch(["计算机", "材料", "数学"]), "专业应届本科生", p["name"], "（学号", g.safe(lambda: "20" + g.digits(8)), "），今年报考贵校，考生编号",
         g.safe(lambda: g.digits(15)), "，初试总分", str(g.r.randint(330, 420)), "分，其中数学", str(g.r.randint(90, 140)), "分。")
    d.ln("本科期间GPA ", f"{g.r.randint(320, 395) / 100}", "/4.0，发表论文一篇（DOI 10.", g.digits(4), "/j.issn.", g.digits(4), "-", g.digits(4), "）。")
    d.ln("附件为我的简历和成绩单，恳请老师考虑。我的联系方式：", g.MOB(p["mob"], g.ch(["plain", "dash", "space"])),
         *g.ch([["（微信同号）"], [""], ["，微信：", g.WX()]]))
    d.ln("祝老师工作顺利！")
    d.ln(p["name"])
    d.ln(g.dfmt(g.recent(), "iso"))
    return d


def ed_schoolbus(g):
    d = Doc(g)
    c = g.city()
    drv = g.person(c, 1965, 1990, sex="男")
    d.ln(c[0], "市", g.ch(SCHOOLS), g.ch(["校车运行登记表", "校车线路及乘车学生名单"]))
    d.ln("校车车牌：", g.PLATE(c, newenergy=g.p(0.3)), "   核载：", str(g.r.randint(19, 56)), "人   校车标牌号：", g.safe(lambda: "XC" + g.digits(8)))
    d.ln("驾驶员：", drv["name"], "  身份证号：", g.ID(drv["id"]), "  驾驶证档案编号：", g.safe(lambda: g.digits(12)), "  手机：", g.MOB(drv["mob"]))
    d.ln("照管员：", g.name(), "  手机：", g.MOB(style=g.ch(["plain", "dash"])))
    d.ln("线路站点：")
    for i in range(g.r.randint(3, 5)):
        d.ln(f"  {i + 1}. ", g.ch(COMMUNITIES), "门口（", g.GPS(c, dec=g.ch([5, 6])), "）", f"  {g.r.randint(6, 7)}:{g.r.randint(0, 59):02d}")
    d.ln("乘车学生：")
    for _ in range(g.r.randint(3, 6)):
        d.ln("  ", g.name(), "  ", g.ch(["一", "二", "三", "四", "五", "六"]), "年级  家长电话：", g.MOB(style=g.ch(["plain", "plain", "space"])))
    d.ln("GPS终端号：", g.safe(lambda: g.digits(12)), "  SIM卡ICCID：", g.iccid())
    return d


ED_T = [ed_xueji, ed_gaokao, ed_admission, ed_class_group, ed_hkmo, ed_score_list, ed_directory, ed_exam_csv, ed_grad,
        ed_schoolbus]


# ===========================================================================
# genre: dating
# ===========================================================================
XINGZUO = ["白羊座", "金牛座", "双子座", "巨蟹座", "狮子座", "处女座", "天秤座", "天蝎座", "射手座", "摩羯座", "水瓶座", "双鱼座"]
XINGZUO_T = ["牡羊座", "金牛座", "雙子座", "巨蟹座", "獅子座", "處女座", "天秤座", "天蠍座", "射手座", "摩羯座", "水瓶座", "雙魚座"]
SHENGXIAO = "鼠牛虎兔龙蛇马羊猴鸡狗猪"


def zodiac(d: dt.date, trad=False) -> str:
    starts = [(1, 20, 10), (2, 19, 11), (3, 21, 0), (4, 20, 1), (5, 21, 2), (6, 22, 3), (7, 23, 4), (8, 23, 5), (9, 23, 6),
              (10, 24, 7), (11, 23, 8), (12, 22, 9)]
    idx = 9  # 摩羯 before 1/20
    for m, day, k in starts:
        if (d.month, d.day) >= (m, day):
            idx = k
    return (XINGZUO_T if trad else XINGZUO)[idx]


def shengxiao(year: int) -> str:
    return SHENGXIAO[(year - 2020) % 12]


def prov_city(c) -> str:
    return c[5] if c[5] == c[0] + "市" else c[5] + c[0] + "市"


JOBS = ["教师", "护士", "公务员", "国企职员", "程序员", "医生", "会计", "个体经营", "银行职员", "设计师", "事业单位"]


def dt_profile_card(g):
    d = Doc(g)
    c = g.city()
    p = g.person(c, 1980, 2000)
    d.ln(g.emo(), g.ch(["会员资料卡", "【优质单身推荐】", "相亲资料"]), g.emo())
    d.ln(g.ch(["编号：", "会员编号:"]), g.safe(lambda: g.ch(["NV", "NA", "M", "F"]) + g.digits(g.ch([4, 6, 8]))))
    d.ln("性别：", p["sex"])
    if g.p(0.6):
        d.ln(g.ch(["生日：", "出生日期：", "出生年月日："]), g.BD(p["birth"], g.ch(["iso", "cn", "dot", "slash"])))
    else:
        d.ln("年龄：", f"{p['birth'].year % 100:02d}年（", str(2024 - p["birth"].year), "岁）")
    d.ln("身高：", str(g.r.randint(150, 188)), "cm   体重：", str(g.r.randint(42, 90)), "kg")
    d.ln("学历：", g.ch(["本科", "硕士", "大专", "博士"]), "   职业：", g.ch(JOBS))
    d.ln("收入：", g.ch([f"月薪{g.r.randint(5, 30)}k", f"年薪{g.r.randint(10, 80)}w", f"月入{g.r.randint(6, 20)}000+"]))
    d.ln("星座：", zodiac(p["birth"]), "   属相：", shengxiao(p["birth"].year))
    d.ln("户籍：", prov_city(c), "   现居：", c[0], g.district(c))
    d.ln("房车：", g.ch(["有房有车", "有房无贷", "无房有车", "婚后买"]))
    d.ln("择偶要求：", g.ch(["人品好，有上进心", "身高175以上，本地优先", "年龄相差5岁以内，不抽烟"]))
    k = g.r.random()
    if k < 0.35:
        d.ln("联系方式：", g.ch(["微信", "vx"]), " ", g.WX())
    elif k < 0.6:
        d.ln("联系方式：手机 ", g.MOB(p["mob"]), g.ch(["（微信同号）", ""]))
    elif k < 0.8:
        d.ln("联系方式：微信 ", g.WX(g.mob_num()), g.ch(["（加好友请备注相亲）", "", "（不接电话，请加微信）"]))
    else:
        d.ln("联系红娘：", g.name(), "老师 ", g.MOB(style=g.ch(["plain", "dash"])), "  门店电话 ", g.LAND(c))
    return d


def dt_moments_post(g):
    d = Doc(g)
    p = g.person(None, 1985, 2001, sex=g.ch("男女"))
    yy = p["birth"].year % 100
    d.ln(g.emo(2), g.ch(["脱单", "帮朋友发", "本人征婚", "红娘推荐"]), g.emo(2))
    d.ln(g.ch(["👩" if p["sex"] == "女" else "👨", "🌸", ""]), p["sex"], " ", f"{yy:02d}年", " ", f"{g.r.randint(155, 185)}/{g.r.randint(45, 80)}", " ", g.ch(["本科", "硕士", "大专"]), " ",
         g.ch(JOBS), " ", g.ch(["月入1w+", "年薪30w", "收入稳定", "月薪8k"]), g.emo())
    if g.p(0.5):
        d.ln("🎂生日：", g.BD(p["birth"], g.ch(["dot", "iso", "cn"])), " ", zodiac(p["birth"]))
    d.ln("🏠", g.ch(["有房有车", "杭州有房", "家里独生", "父母退休有养老金"]), " ", g.emo())
    d.ln("💕想找：", g.ch(["85-92年", "90后", "95后"]), " ", g.ch(["175+", "160+", "本科以上"]), " ", g.ch(["性格好", "有责任心", "不要妈宝"]))
    k = g.r.random()
    if k < 0.4:
        d.ln("有意", g.ch(["加V：", "➕V：", "vx：", "私信或加微信 "]), g.WX(), g.emo())
    elif k < 0.7:
        d.ln("有意联系", g.ch(["：", " "]), g.MOB(style=g.ch(["plain", "space", "cn", "mixed", "dash"])), g.ch(["（微信同号）", "", " 备注相亲"]))
    else:
        d.ln("有意", g.ch(["扣扣", "QQ"]), "：", g.QQ(), "  或者微信：", g.WX())
    d.ln(g.ch(["#相亲 #脱单", "转发积德🙏", "诚心找对象，中介勿扰"]), g.emo())
    return d


def dt_tw_post(g):
    d = Doc(g)
    p = g.person(None, 1982, 2000, sex=g.ch("男女"))
    roc = p["birth"].year - 1911
    d.ln("【徵友】", f"{roc}年次", " / ", "女" if p["sex"] == "女" else "男", " / ", str(g.r.randint(150, 185)), "cm / ", g.ch(["台北", "新北", "台中", "高雄"]), " / ",
         g.ch(["上班族", "護理師", "工程師", "自營"]))
    d.ln("關於我：", g.ch(["喜歡爬山、看電影，週末常去咖啡廳", "個性開朗，廚藝還不錯", "養了一隻貓，喜歡旅行"]), g.emo())
    if g.p(0.6):
        d.ln("生日：", g.BD(p["birth"], g.ch(["slash0", "iso", "cn"])), "（", zodiac(p["birth"], trad=True), "）")
    d.ln("希望對象：", g.ch(["誠懇、有穩定工作", "不抽菸", "願意一起成長"]), "，年紀差不多即可")
    d.ln("聯絡：")
    d.ln("  手機 ", g.intl_mob("886")[0])
    d.ln("  LINE：", g.ch(["happy", "amy", "sun", "kiki"]) + g.digits(g.ch([3, 4])))
    if g.p(0.6):
        d.ln("  Email：", g.MAIL(g.email(domain=g.ch(["gmail.com", "yahoo.com.tw", "hotmail.com", "ms1.hinet.net"]))))
    if g.p(0.3):
        d.ln("  大陸朋友可加微信：", g.WX())
    d.ln("（請先自我介紹，已讀不回請見諒）")
    return d


def dt_hk_post(g):
    d = Doc(g)
    p = g.person(None, 1980, 1999, sex=g.ch("男女"))
    d.ln(g.ch(["【搵另一半】", "單身交友 Speed Dating 報名表", "徵婚啟事"]))
    d.ln("稱呼：", p["name"][0], g.ch(["先生", "小姐"]), "   年齡：", str(2024 - p["birth"].year), "歲")
    d.ln("出生日期 DOB：", g.BD(p["birth"], g.ch(["dmy", "dmy", "cn", "iso"])))
    d.ln("身高：", str(g.r.randint(152, 186)), "cm   職業：", g.ch(["會計師", "社工", "文員", "IT", "教師"]), "   月入：HK$", f"{g.r.randint(2, 10)}萬")
    d.ln("住：", g.ch(["沙田", "將軍澳", "屯門", "北角", "深水埗"]), "   宗教：", g.ch(["無", "基督教", "天主教"]))
    d.ln("WhatsApp：", g.intl_mob("852")[0])
    if g.p(0.5):
        d.ln("Email：", g.MAIL(g.email(domain=g.ch(["gmail.com", "yahoo.com.hk", "netvigator.com"]))))
    if g.p(0.4):
        d.ln("內地手機：", g.MOB(style=g.ch(["p86", "p86s", "(+86)"])), "  微信：", g.WX())
    d.ln("報名費 HK$", str(g.ch([188, 288, 388])), "  活動編號 ", g.safe(lambda: "SD" + g.digits(6)), "  查詢：", g.intl_land("852"))
    return d


def dt_member_table(g):
    d = Doc(g)
    c = g.city()
    cols = ["会员号", "姓名", "性别", "生日", "身高", "体重", "学历", "月收入", "身份证号", "手机", "微信"]
    sep = g.ch(["\t", ",", " | "])
    d.ln(c[0], g.ch(["佳缘", "百合", "喜鹊", "月老"]), "婚介 会员登记表（内部）")
    d.ln(sep.join(cols))
    for _ in range(g.r.randint(4, 8)):
        p = g.person(c, 1975, 2000)
        wx = g.ch([g.WX(), g.WX(), "同手机", ""])
        d.ln(g.safe(lambda: g.ch(["A", "B", "VIP"]) + g.digits(5)), sep, p["name"], sep, p["sex"], sep, g.BD(p["birth"], g.ch(["iso", "slash"])), sep,
             str(g.r.randint(150, 188)), sep, str(g.r.randint(42, 95)), sep, g.ch(["本科", "大专", "硕士", "高中"]), sep, str(g.r.randint(3, 40) * 1000), sep,
             g.ch([g.ID(p["id"], "plain"), g.ID(p["id"], "plain"), g.masked_id(p["id"])]), sep, g.MOB(p["mob"], "plain"), sep, wx)
    d.crlf = g.p(0.3)
    return d


def dt_chat(g):
    d = Doc(g)
    p = g.person(None, 1988, 2000, sex="女")
    q = g.person(None, 1985, 1998, sex="男")
    A, B = g.ch(["我", "男方"]), g.ch(["她", "女方", "小" + p["name"][-1]])
    msgs = [
        (A, ["你好，我是", g.ch(["王阿姨", "红娘李老师", "朋友"]), "介绍的", g.emo()]),
        (B, ["你好呀", g.emo()]),
        (A, ["我是", str(q["birth"].year), "年的，属", g.ch("鼠牛虎兔龙蛇马羊猴鸡狗猪"), "，身高", str(g.r.randint(170, 185)), "，在", g.ch(["银行", "设计院", "学校"]), "上班"]),
        (B, ["我是", g.BD(p["birth"], g.ch(["cn", "iso"])), "出生的，", zodiac(p["birth"]), "，生日", f"{p['birth'].month}月{p['birth'].day}号", "快到了哈哈"]),
        (A, ["方便加个微信吗？我的是", g.WX()]),
        (B, ["我微信就是手机号 ", g.MOB(p["mob"], g.ch(["plain", "space"])), "，你搜一下"]),
        (A, ["加了，另外我QQ也给你", g.QQ(), "，平时上班用QQ多"]),
        (B, ["好的👌 周末", g.ch(["一起吃饭", "看电影", "喝咖啡"]), "？"]),
    ]
    if g.p(0.6):
        msgs.append((A, ["好呀，我开车过来接你，车牌", g.PLATE(), "，白色的"]))
    for who, parts in msgs:
        d.ln(who, "：", *parts)
    return d


def dt_newspaper_ads(g):
    d = Doc(g)
    c = g.city()
    d.ln(g.ch(["【鹊桥】征婚启事", "婚恋交友 · 本期征婚", f"《{c[0]}晚报》征婚专栏"]))
    for _ in range(g.r.randint(4, 7)):
        sex = g.ch("男女")
        d.add("※ ", sex, "，", str(g.r.randint(26, 58)), "岁，", g.ch(["未婚", "离异无孩", "丧偶", "离异带一女"]), "，", str(g.r.randint(150, 185)), "cm，",
              g.ch(["大专", "本科", "硕士"]), "，", g.ch(JOBS), "，", g.ch(["有房", "有房有车", "收入稳定"]), "，觅", g.ch(["45岁以下", "本市人", "有共同语言者"]),
              "。编号", g.digits(4))
        if g.p(0.3):
            d.add("，电话", g.MOB(style=g.ch(["plain", "dash"])))
        d.add("\n")
    area, local = g.land_num(c)
    d.ln("咨询电话：", V(g.fmt_land(area, local), "LANDLINE"), g.ch(["转", "-", "，分机"]), g.digits(1), "   热线：", "400-" + g.digits(3) + "-" + g.digits(4))
    d.ln("地址：", g.short_addr(c), "  红娘微信：", g.WX(), *(["  邮箱：", g.MAIL()] if g.p(0.3) else []))
    return d


def dt_parents_corner(g):
    d = Doc(g, g.ch([0, 0.05]))
    c = g.city()
    p = g.person(c, 1985, 1998, sex=g.ch("男女"))
    d.ln("【儿子】" if p["sex"] == "男" else "【女儿】", g.ch(["", " 征婚", " 诚心找对象"]))
    d.ln(f"{p['birth'].year}年{p['birth'].month}月出生", "  ", zodiac(p["birth"]), "  属", shengxiao(p["birth"].year))
    d.ln("身高", str(g.r.randint(158, 185)), "  ", g.ch(["本科", "硕士", "985硕士"]), "  ", g.ch(["国企", "外企", "公务员", "医院"]), "  年薪", str(g.r.randint(10, 60)), "万")
    d.ln("户籍：", c[0], "  ", g.ch(["有房无贷", "有房有车", "父母有房"]), "  独生", "子" if p["sex"] == "男" else "女")
    d.ln("找：", g.ch(["本地", "本科以上", "年龄相当"]), "  性格温和")
    d.ln("联系", g.ch(["母亲", "父亲", "妈妈"]), "：", g.MOB(style=g.ch(["plain", "dash", "space", "cn"])), g.ch(["", "（白天）", " 非诚勿扰"]))
    if g.p(0.4):
        d.ln("（", g.ch(["公园", "人民广场"]), "相亲角 每周六上午  第", str(g.r.randint(1, 40)), "号伞）")
    return d


def dt_app_export_json(g):
    d = Doc(g)
    c = g.city()
    p = g.person(c, 1985, 2003)
    fields = [("userId", g.uid(10)), ("nickname", g.ch(["🌸小鹿", "Sunny", "晴天", "木子李"])), ("gender", 1 if p["sex"] == "男" else 2),
              ("birthday", g.BD(p["birth"], "iso")), ("height", g.r.randint(150, 188)), ("income", g.ch(["10k-20k", "5k-10k", "20k+"])),
              ("phone", g.MOB(p["mob"], g.ch(["plain", "p86", "p86s"]))), ("wechat", g.WX()), ("email", g.MAIL()),
              ("lastLoginIp", g.IP(v6=g.p(0.25))), ("location", g.GPS(c, sep=",", dec=6, order=g.ch(["latlon", "lonlat"]))), ("deviceId", g.imei()),
              ("vipExpire", g.dfmt(g.recent(2024, 2025), "iso")), ("appVersion", g.version())]
    if g.p(0.4):
        fields.append(("realNameId", g.ID(p["id"], "plain")))
    pretty = g.p(0.6)
    d.add("{")
    for j, (k, v) in enumerate(fields):
        if j:
            d.add(",")
        d.add("\n  " if pretty else "", f'"{k}":', " " if pretty else "")
        if isinstance(v, int):
            d.add(str(v))
        else:
            d.add('"', v, '"')
    d.add("\n" if pretty else "", "}\n")
    return d


def dt_marriage_appt(g):
    d = Doc(g)
    c = g.city()
    m = g.person(c, 1985, 2000, sex="男")
    f = g.person(c, 1987, 2001, sex="女")
    d.ln(c[0], "市", g.district(c), "婚姻登记处 ", g.ch(["预约成功通知", "结婚登记预约单"]))
    d.ln("预约号：", g.date_order("HY", 4), "   预约时段：", g.dfmt(g.recent(), "iso"), " ", g.ch(["09:00-10:00", "14:00-15:00", "10:00-11:00"]))
    special = g.ch([None, None, None, "permit", "passport"])
    for role, p in (("男方", m), ("女方", f)):
        if special and role == "女方":
            if special == "permit":
                doc = ["证件类型：港澳居民来往内地通行证  证件号码：", V(g.permit(g.ch(["H", "M", "H10"])), "HK_MACAO_PERMIT")]
                phone = g.intl_mob(g.ch(["852", "853"]))[0]
            else:
                doc = ["证件类型：护照（华侨）  护照号：", V(g.passport(), "PASSPORT")]
                phone = g.MOB(p["mob"])
        else:
            doc = ["身份证号：", g.ID(p["id"], g.ch(["plain", "plain", "grp"]))]
            phone = g.MOB(p["mob"])
        d.ln(role, "：", p["name"], "  ", *doc, "  ", g.ch(["出生日期：", "出生日期: "]), g.BD(p["birth"], g.ch(["iso", "cn"])), "  手机：", phone)
    d.ln("请携带双方户口簿、身份证原件及近期2寸双人合影照片3张准时到场。")
    d.ln("登记处地址：", g.short_addr(c), "  咨询电话：", g.LAND(c), "  预约变更请关注“", c[0], "民政”公众号")
    return d


DT_T = [dt_profile_card, dt_moments_post, dt_tw_post, dt_hk_post, dt_member_table, dt_chat, dt_newspaper_ads,
        dt_parents_corner, dt_app_export_json, dt_marriage_appt]


# ===========================================================================
# genre: traps17 (no personal data at all)
# ===========================================================================
def tr_12345_stats(g):
    d = Doc(g)
    c = g.city()
    y = g.recent().year
    m = g.r.randint(1, 12)
    d.ln(c[0], "市12345政务服务便民热线", f"{y}年{m}月", g.ch(["运行分析报告", "工单办理情况通报", "数据月报"]))
    d.ln("一、总体情况")
    tot = g.r.randint(80000, 400000)
    d.ln(f"本月热线共受理市民诉求{tot:,}件，同比增长{g.r.randint(1, 30)}.{g.r.randint(0, 9)}%，其中电话渠道{g.r.randint(50, 80)}%，网络渠道{g.r.randint(10, 40)}%。"
         f"按时办结率{g.r.randint(95, 99)}.{g.digits(2)}%，满意率{g.r.randint(88, 98)}.{g.digits(1)}%。")
    d.ln("二、热点诉求（前五）")
    for i, cat in enumerate(g.r.sample(WO_CATS, 5)):
        d.ln(f"{i + 1}. {cat}  {g.r.randint(1000, 20000)}件  环比{g.ch(['+', '-'])}{g.r.randint(1, 40)}.{g.r.randint(0, 9)}%")
    d.ln("三、典型工单")
    for _ in range(g.r.randint(2, 4)):
        d.ln("工单号 ", g.date_order("", 6), "：", g.ch(WO_CONTENT), "来电号码", g.masked_mob(), "，已办结。")
    d.ln("四、超期工单：受理编号 ", "、".join(g.date_order("", 5) for _ in range(3)), " 等", str(g.r.randint(3, 30)), "件已督办。")
    d.ln("报送：", c[0], "市政府办公厅  抄送：各区县（市）人民政府  热线：12345  政务服务投诉：12345转", g.digits(1))
    return d


def tr_fraud_tips(g):
    d = Doc(g)
    d.ln(g.ch(["反诈知识小课堂", "识骗防骗十问十答", "全民反诈 · 每日一学"]), g.emo())
    d.ln("1. “96110”是全国反诈预警劝阻专线，接到请务必接听。")
    d.ln("2. 银行客服电话是95开头的五位数（如95588、95533、95555），不会用", g.masked_mob(), "这样的手机号联系您。")
    d.ln("3. 显示“+00”“+852”“+63”开头的陌生来电，多为境外诈骗，请直接挂断。")
    d.ln("4. 400、800开头的号码（如400-", g.digits(3), "-", g.digits(4), "、800", g.digits(7), "）也可能被冒用，请通过官方App核实。")
    d.ln("5. 公安机关不会要求把钱转入“安全账户”，如", g.masked_card(), "这类账户都是骗子的。")
    d.ln("6. 身份证号（如", g.masked_id(), "）、验证码（如", g.digits(6), "）切勿告诉他人。")
    d.ln("7. 遇到诈骗请拨打110，或拨打12381涉诈预警劝阻短信系统查询。")
    d.ln("8. 本月全市共劝阻", str(g.r.randint(1000, 20000)), "人次，止付金额", f"{g.r.randint(100, 9000)}.{g.digits(1)}万元，破案", str(g.r.randint(50, 800)), "起。")
    d.ln("来源：", g.city()[0], "市公安局反诈中心 ", g.dfmt(g.recent(), "cn"), "  阅读 ", str(g.r.randint(1000, 90000)))
    return d


def tr_exam_publicity(g):
    d = Doc(g)
    c = g.city()
    d.ln(c[0], g.ch(["市教育考试院", "某大学研究生院", "市人事考试中心"]), g.ch(["拟录取名单公示", "面试成绩公示", "体检合格人员名单"]))
    d.ln("公示期：", g.dfmt(g.recent(), "cn"), "至", g.dfmt(g.recent(), "cn"), "。如有异议请于公示期内实名反映，监督电话12345。")
    cols = g.ch([["序号", "考生编号", "姓名", "证件号", "初试", "复试", "总成绩", "专业"], ["序号", "准考证号", "姓名", "身份证号", "笔试", "面试", "总分", "岗位"]])
    d.ln("\t".join(cols))
    for i in range(g.r.randint(6, 12)):
        a, b = g.r.randint(300, 420), g.r.randint(60, 95)
        d.ln(str(i + 1), "\t", g.safe(lambda: g.digits(15)) if cols[1] == "考生编号" else g.safe(lambda: g.digits(10)), "\t", g.masked_name(), "\t", g.masked_id(), "\t",
             str(a), "\t", str(b), "\t", f"{a * 0.6 + b * 0.4 * 5:.2f}", "\t", g.ch(["计算机技术", "会计", "法律", "综合管理"]))
    d.ln("学号分配：", g.safe(lambda: str(g.recent().year) + g.digits(6)), "起顺延。联系人：招生办，电话请见官网。")
    return d


def tr_batch_receipt(g):
    d = Doc(g)
    d.ln(g.ch(["代发业务处理回执", "批量代付结果通知", "Batch payment receipt"]))
    d.ln("批次号：", g.date_order("PL", 6), "   提交时间：", g.ts())
    d.ln("付款行联行号：", g.lhh(), "   付款账号：", g.ch(["3301****8899", "****" + g.digits(4), "尾号" + g.digits(4)]))
    n = g.r.randint(20, 500)
    ok = n - g.r.randint(0, 5)
    d.ln("总笔数：", str(n), "  成功：", str(ok), "  失败：", str(n - ok), "  总金额：", g.amount(10000, 9000000, True))
    d.ln("失败明细：")
    for _ in range(n - ok):
        d.ln("  收款账号 ", g.masked_card(), "  户名 ", g.masked_name(), "  原因：", g.ch(["户名不符", "账户已冻结", "卡号不存在", "超过限额"]),
             "  流水号 ", g.date_order("", 12))
    d.ln("手续费：", g.amount(1, 500, False), "元  回单编号：", g.safe(lambda: g.digits(20)))
    d.ln("客服热线：", g.ch(["95588", "95599", "95566", "95533"]), "   网银版本 ", g.version())
    return d


def tr_game_notice(g):
    d = Doc(g)
    game = g.ch(GAMES)
    d.ln("【", game, "】", g.ch(["关于部分服务器合服的公告", "周年庆活动获奖名单", "停服维护公告"]), g.emo())
    d.ln("亲爱的玩家：")
    d.ln("为提升游戏体验，我们将于", g.dfmt(g.recent(), "cn"), " 06:00-10:00 对", server(g), "、", server(g), "进行合服，合服后区服编号为",
         str(g.r.randint(1000, 3000)), "。")
    d.ln("获奖玩家（UID / 昵称）：")
    for _ in range(g.r.randint(4, 8)):
        d.ln("  ", g.uid(), " / ", g.masked_name(g.name()), "  奖励：", g.ch(["限定皮肤", "648点券", "传说武器", "坐骑"]))
    d.ln("兑换码：", g.safe(lambda: "".join(g.ch("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(12))), "（有效期至", g.dfmt(g.recent(), "iso"), "）")
    d.ln("客户端版本：", g.version(), "  资源包 ", f"{g.r.randint(100, 3000)}MB", "  官方QQ群、微信公众号同步发布。")
    d.ln("客服热线：", "400-" + g.digits(3) + "-" + g.digits(4), "  ", g.ch(["（9:00-24:00）", ""]))
    return d


def tr_dating_stats(g):
    d = Doc(g)
    d.ln(g.ch(["2024年单身人群婚恋观调查报告（节选）", "婚介会员数据统计", "相亲大会报名情况汇总"]))
    d.ln("年龄段\t人数\t平均身高(cm)\t平均体重(kg)\t月收入中位数(元)")
    for a in ["20-24", "25-29", "30-34", "35-39", "40+"]:
        d.ln(a, "\t", str(g.r.randint(50, 3000)), "\t", f"{g.r.randint(1580, 1780) / 10}", "\t", f"{g.r.randint(480, 750) / 10}", "\t", str(g.r.randint(4, 20) * 1000))
    d.ln("星座分布：", "、".join(f"{x}{g.r.randint(3, 12)}%" for x in g.r.sample(XINGZUO, 5)))
    d.ln("活动编号：", g.safe(lambda: "XQ" + g.digits(8)), "  报名人数：", str(g.r.randint(100, 2000)), "  场地：", g.ch(COMMUNITIES), "会所")
    d.ln("会员编号段：", g.safe(lambda: "A" + g.digits(5)), "～", g.safe(lambda: "A" + g.digits(5)), "  咨询请拨400-", g.digits(3), "-", g.digits(4))
    return d


def tr_ocr_gov_doc(g):
    d = Doc(g, g.ch([0.03, 0.06]))
    c = g.city()
    y = g.r.randint(2019, 2024)
    d.ln(c[0], "市人民政府办公厅文件")
    d.ln(g.ocr_conf(f"{PROV_ABBR[c[0]]}政办发〔{y}〕{g.r.randint(1, 99)}号", 0.3))
    d.ln(g.ch(["关于印发", "关于进一步加强"]), g.ch(["城市社区网格化服务管理", "12345热线工单办理", "学生资助工作"]), "的通知")
    part = Doc(g, d.noise)
    part.add("各区、县（市）人民政府，市政府各部门、各直属单位：经市政府同意，现将有关事项通知如下。一、",
             g.ch(["各单位应于", "自"]), g.ocr_conf(g.dfmt(g.recent(), "cn"), 0.3), "起执行，专项资金", g.ocr_conf(f"{g.r.randint(100, 9000)}.{g.digits(2)}", 0.3),
             "万元，统一社会信用代码", g.uscc(), "。二、", "本通知自发布之日起施行，有效期", str(g.r.randint(2, 5)), "年。", "联系电话：12345。")
    part._w("\n")
    ocr_wrap(g, part, d, 24, 36, 0.9)
    d.ln(page_mark(g, g.r.randint(1, 5), g.r.randint(5, 12)))
    d.ln("抄送：市委各部门，市人大常委会办公厅，市政协办公厅。")
    d.ln(c[0], "市人民政府办公厅  ", g.ocr_conf(f"{y}年{g.r.randint(1, 12)}月{g.r.randint(1, 28)}日印发", 0.3))
    return d


def tr_logistics(g):
    d = Doc(g)
    d.ln(g.ch(["物流详情", "【菜鸟驿站】取件通知", "快递轨迹查询结果"]))
    if g.p(0.5):
        d.ln("【", g.ch(["菜鸟驿站", "兔喜生活", "妈妈驿站"]), "】您的", g.ch(["中通", "圆通", "韵达", "极兔"]), "包裹已到", g.ch(COMMUNITIES), "驿站，取件码", g.pickup(), "，请于",
             g.dfmt(g.recent(), "iso"), "前领取。收件人电话", g.masked_mob(), "。")
    d.ln("运单号：", g.tracking(), "  签收人：", g.masked_name())
    t = dt.datetime.combine(g.recent(), dt.time(g.r.randint(0, 12), g.r.randint(0, 59)))
    src, dst = g.city(), g.city()
    events = [f"【{src[0]}{g.ch(['转运中心', '分拨中心'])}】已收件", f"【{src[0]}转运中心】已发出，下一站【{dst[0]}集散中心】",
              f"快件已到达【{dst[0]}集散中心】", f"【{dst[0]}{g.district(dst)}营业部】派件员正在派件，联系电话 {g.masked_mob()}",
              g.ch(["已签收，签收人：本人", "已签收，签收人：驿站代收", "已放入快递柜，取件码 " + g.pickup()])]
    rows = []
    for ev in events:
        t += dt.timedelta(minutes=g.r.randint(30, 900))
        rows.append((f"{t:%Y-%m-%d %H:%M:%S}", ev))
    for ts_, ev in reversed(rows):
        d.ln(ts_, "  ", ev)
    d.ln("寄件网点电话：", "95311" if g.p(0.5) else "400-" + g.digits(3) + "-" + g.digits(4), "  包裹重量 ", f"{g.r.randint(1, 40) / 4}kg", "  设备号 ", g.imei())
    return d


def tr_school_notice(g):
    d = Doc(g)
    d.ln(g.ch(["期末考试安排通知", "考场安排表", "新生分班名单"]))
    d.ln("考试时间：", g.dfmt(g.recent(), "cn"), "  8:00-9:40")
    d.ln("学号\t考场号\t座位号")
    start = int(g.safe(lambda: str(g.recent().year) + g.digits(6)))
    for i in range(g.r.randint(8, 14)):
        d.ln(str(start + i), "\t", f"第{g.r.randint(1, 30)}考场", "\t", str(g.r.randint(1, 30)))
    d.ln("准考证号规则：年份+校区+考场+座位，如", g.safe(lambda: g.digits(11)), "。")
    d.ln("如有疑问请拨打教务处短号 ", g.digits(4), "，或市民热线12345、教育服务热线12356。")
    return d


def tr_syslog(g):
    d = Doc(g)
    for _ in range(g.r.randint(6, 12)):
        k = g.r.random()
        ts = g.ts()
        if k < 0.3:
            d.ln(ts, " INFO  [gateway] ", g.private_ip(), " - - \"GET /api/v", str(g.r.randint(1, 3)), "/order/", g.date_order("", 8), " HTTP/1.1\" 200 ", str(g.r.randint(100, 9000)))
        elif k < 0.45:
            d.ln(ts, " WARN  login failed uid=", g.uid(), " ip=", g.ipv4().rsplit(".", 1)[0] + ".*", " reason=BAD_PASSWORD")
        elif k < 0.6:
            d.ln(ts, " INFO  device imei=", g.imei(), " iccid=", g.iccid(), " fw=", g.version())
        elif k < 0.7:
            d.ln(ts, " DEBUG geo city_center=", f"{g.r.uniform(20, 45):.2f},{g.r.uniform(100, 125):.2f}", " (rounded)")
        elif k < 0.8:
            d.ln(ts, " INFO  sms sent to ", g.masked_mob(), " template=SMS_", g.digits(9), " code=****")
        elif k < 0.9:
            d.ln(ts, " ERROR db timeout host=", g.private_ip(), ":", str(g.ch([3306, 5432, 6379])), " trace=", "".join(g.ch("0123456789abcdef") for _ in range(16)))
        else:
            d.ln(ts, " INFO  payment notify out_trade_no=", g.date_order("", 10), " transaction_id=", g.wxpay_no(), " total_fee=", str(g.r.randint(1, 99999)))
    return d


def bad_id(g):
    n = g.id18()
    wrong = g.ch([c for c in "0123456789X" if c != n[-1]])
    return n[:-1] + wrong


def bad_card(g):
    n = g.card_num()
    return n[:-1] + str((int(n[-1]) + g.r.randint(1, 9)) % 10)


def tr_data_quality(g):
    d = Doc(g)
    d.ln(g.ch(["数据导入校验报告", "批量开户文件校验结果（未通过记录）", "花名册导入失败明细"]), "  任务号 ", g.date_order("IMP", 6))
    nbad = g.r.randint(5, 9)
    tot = g.r.randint(200, 5000)
    d.ln("总记录数：", str(tot), "  通过：", str(tot - nbad), "  未通过：", str(nbad))
    d.ln("行号\t字段\t原始值\t错误原因")
    rows = []
    for _ in range(nbad):
        k = g.r.random()
        if k < 0.3:
            rows.append(("身份证号", g.safe(bad_id, g), "校验位错误"))
        elif k < 0.55:
            rows.append(("银行卡号", bad_card(g), "卡号校验失败(Luhn)"))
        elif k < 0.7:
            rows.append(("手机号", g.safe(lambda: g.ch(["1", "1"]) + g.ch("3589") + g.digits(8)), "位数不足(10位)"))
        elif k < 0.8:
            rows.append(("手机号", g.safe(lambda: "12" + g.digits(9)), "号段不存在"))
        elif k < 0.9:
            rows.append(("身份证号", g.masked_id(), "含掩码字符"))
        else:
            rows.append(("出生日期", g.ch(["1990-02-30", "19851332", "2001/13/01", "0000-00-00"]), "日期非法"))
    for i, (f, v, why) in enumerate(rows):
        d.ln(str(g.r.randint(2, 5000)), "\t", f, "\t", v, "\t", why)
    d.ln("请修正后重新上传。模板版本 ", g.version(), "  技术支持：95588转" + g.digits(1))
    return d


def tr_hr_anon(g):
    d = Doc(g)
    c = g.city()
    d.ln(c[0], g.ch(["某科技有限公司", "某物流公司", "某连锁餐饮"]), g.ch(["员工信息汇总（已脱敏）", "人员结构统计表", "在职人员清单（对外版）"]))
    d.ln("工号\t部门\t入职日期\t合同到期\t职级\t手机\t身份证号")
    for _ in range(g.r.randint(5, 10)):
        d.ln(f"E{g.digits(5)}", "\t", g.ch(["研发部", "财务部", "仓储部", "门店", "人事行政"]), "\t", g.dfmt(g.date_between(1995, 2023), g.ch(["iso", "slash", "compact"])), "\t",
             g.dfmt(g.recent(2025, 2027), "iso"), "\t", g.ch(["P3", "P5", "M1", "T2", "S4"]), "\t", g.masked_mob(), "\t", g.masked_id())
    d.ln("注：本表已做去标识化处理，仅用于人员结构分析；体检抽样平均身高", f"{g.r.randint(160, 175)}cm，平均体重{g.r.randint(55, 75)}kg。")
    d.ln("公司统一社会信用代码 ", g.uscc(), "  开户行联行号 ", g.lhh(), "  基本户 ", corp_account(g))
    return d


TR_T = [tr_data_quality, tr_hr_anon, tr_12345_stats, tr_fraud_tips, tr_exam_publicity, tr_batch_receipt, tr_game_notice, tr_dating_stats, tr_ocr_gov_doc,
        tr_logistics, tr_school_notice, tr_syslog]


# ===========================================================================
# assembly
# ===========================================================================
GENRES = [
    ("ocr_pdf", OCR_T, 35),
    ("work_orders", WO_T, 36),
    ("payroll_bank", PB_T, 35),
    ("game_trade", GT_T, 34),
    ("anti_fraud", AF_T, 35),
    ("education_exam", ED_T, 35),
    ("dating", DT_T, 36),
    ("traps17", TR_T, 34),
]
TRAP_GENRES = {"traps17"}
PUNCT_OK_START = {"MOBILE": "+(（", "LANDLINE": "+(（"}


def doc_rng(genre: str, i: int) -> random.Random:
    h = hashlib.sha256(f"{SEED}:{NAME}:{genre}:{i}".encode()).hexdigest()
    return random.Random(int(h[:16], 16))


def check_doc(rec: dict) -> None:
    text, spans, genre, did = rec["text"], rec["spans"], rec["genre"], rec["id"]
    prev_end = -1
    for s, e, t in spans:
        if t not in TYPES:
            raise ValueError(f"{did}: unknown type {t}")
        if not (0 <= s < e <= len(text)):
            raise ValueError(f"{did}: bad offsets {s},{e}")
        if s < prev_end:
            raise ValueError(f"{did}: overlapping or unsorted spans at {s}")
        prev_end = e
        v = text[s:e]
        if v != v.strip() or not v[-1].isalnum() or not (v[0].isalnum() or v[0] in PUNCT_OK_START.get(t, "")):
            raise ValueError(f"{did}: span edge whitespace/punctuation {t} {v!r}")
        if v[0] in "(（" and not re.search(r"[)）]", v):
            raise ValueError(f"{did}: unbalanced bracket in {t} {v!r}")
        if not VALIDATORS[t](v.replace("\r\n", "\n")):
            raise ValueError(f"{did}: span does not validate as {t}: {v!r}")
        if t in CUES:
            window = re.sub(r"\s", "", fold(text[:s] + " " + text[e:e + 8]).lower())
            if not any(cue in window for cue in CUES[t]):
                raise ValueError(f"{did}: {t} span without cue {v!r}")
    if genre in TRAP_GENRES and spans:
        raise ValueError(f"{did}: trap document has spans")
    lk = leaks(blank(text, spans).replace("\r", ""))
    if lk:
        raise ValueError(f"{did}: unlabelled value(s) in remainder: {lk}")


def build() -> list[dict]:
    out = []
    for genre, templates, n in GENRES:
        order = [templates[i % len(templates)] for i in range(n)]
        random.Random(f"{SEED}:{genre}:order").shuffle(order)
        for i, tpl in enumerate(order):
            g = G(doc_rng(genre, i))
            d = tpl(g)
            text, spans = d.text(), [list(s) for s in d.spans]
            if d.crlf:
                text, spans = to_crlf(text, spans)
            spans.sort(key=lambda x: (x[0], x[1]))
            rec = {"id": f"{NAME}-{genre}-{i + 1:03d}", "genre": genre, "text": text, "spans": spans}
            try:
                check_doc(rec)
            except ValueError as exc:
                raise ValueError(f"{exc} [template {tpl.__name__}]") from None
            out.append(rec)
    ids = [r["id"] for r in out]
    if len(set(ids)) != len(ids):
        raise ValueError("duplicate ids")
    counts = {t: 0 for t in TYPES}
    for r in out:
        for _, _, t in r["spans"]:
            counts[t] += 1
    missing = [t for t, c in counts.items() if c == 0]
    if missing:
        raise ValueError(f"types not represented: {missing}")
    return out


def serialise(recs: list[dict]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--check", action="store_true", help="rebuild in memory and compare with the file on disk")
    ap.add_argument("--stats", action="store_true", help="print counts per genre and type")
    a = ap.parse_args(argv)
    recs = build()
    data = serialise(recs)
    if a.check:
        if not OUT.exists() or OUT.read_bytes() != data:
            print(f"{OUT.name} is not byte-identical with a fresh build", file=sys.stderr)
            return 1
        print(f"{OUT.name}: OK ({len(recs)} documents)")
    else:
        OUT.write_bytes(data)
        print(f"wrote {OUT.name}: {len(recs)} documents")
    if a.stats:
        from collections import Counter
        gc = Counter(r["genre"] for r in recs)
        tc = Counter(t for r in recs for _, _, t in r["spans"])
        sc = Counter()
        for r in recs:
            sc[r["genre"]] += len(r["spans"])
        for k, v in gc.items():
            print(f"  {k:16s} docs={v:3d} spans={sc[k]}")
        for k in TYPES:
            print(f"  {k:16s} {tc[k]}")
        print("  total spans", sum(tc.values()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
