# ruff: noqa
"""Builder of blind accuracy probe 18: real files (files/) and their text (probe18.jsonl).

    python build_probe18.py           # (re)write probe18.jsonl, files/ and files/manifest.json
    python build_probe18.py --check   # rebuild in a temporary directory; fail unless byte-identical

Every value is fake and drawn from random.Random(1818).  See README.md for the labelling decisions.
"""
from __future__ import annotations

import argparse
import base64
import datetime as dt
import io
import ipaddress
import json
import quopri
import random
import re
import sys
import tempfile
import zipfile
from pathlib import Path

import phonenumbers
from stdnum import luhn
from stdnum.cn import ric, uscc

NAME = "probe18"
SEED = 1818
HERE = Path(__file__).resolve().parent
GENRES = ["sheets", "documents", "mail", "web", "logs", "traps18"]
TYPES = ["ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "PLATE", "PASSPORT", "HK_MACAO_PERMIT",
         "IP", "QQ", "WECHAT", "GPS", "BIRTHDATE"]

# ----------------------------------------------------------------------------------------------
# folding helpers
FW_DIGITS = str.maketrans({chr(0xFF10 + i): str(i) for i in range(10)})
FW_ALL = str.maketrans({**{chr(0xFF10 + i): str(i) for i in range(10)},
                        **{chr(0xFF21 + i): chr(0x41 + i) for i in range(26)},
                        **{chr(0xFF41 + i): chr(0x61 + i) for i in range(26)},
                        "\uff0b": "+", "\uff08": "(", "\uff09": ")", "\uff0d": "-", "\u3000": " ",
                        "\uff0e": ".", "\uff0c": ",", "\uff1a": ":", "\uff20": "@"})
CN_NUM = {"〇": "0", "零": "0", "洞": "0", "一": "1", "幺": "1", "二": "2", "两": "2", "三": "3", "四": "4",
          "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}


def fold(s: str) -> str:
    return "".join(CN_NUM.get(c, c) for c in s.translate(FW_ALL))


def to_fw(s: str) -> str:
    """ASCII digits/letters to full-width."""
    out = []
    for c in s:
        if "0" <= c <= "9" or "A" <= c <= "Z" or "a" <= c <= "z":
            out.append(chr(ord(c) + 0xFEE0))
        elif c == "+":
            out.append("\uff0b")
        elif c == "-":
            out.append("\uff0d")
        else:
            out.append(c)
    return "".join(out)


# ----------------------------------------------------------------------------------------------
# validators (one per type); a span must satisfy the validator of its type
MOBILE_SEGS = ([str(x) for x in range(130, 140)] + [str(x) for x in range(145, 150)]
               + ["150", "151", "152", "153", "155", "156", "157", "158", "159", "162", "165", "166", "167",
                  "170", "171", "172", "173", "175", "176", "177", "178"]
               + [str(x) for x in range(180, 190)] + ["191", "193", "195", "196", "197", "198", "199"])
MOBILE_SEGS_SET = set(MOBILE_SEGS)
# BINs used for BANK_CARD (all of Chinese issuers); value = card length drawn by the generator
BINS = {"622202": 19, "621226": 19, "622208": 19, "622848": 19, "621700": 19, "622700": 19,
        "622588": 16, "621483": 16, "622609": 16, "628288": 16, "625802": 16, "621661": 19,
        "622262": 19, "436742": 19}
PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
PUNCT = set(",.;:!?，。；：！？、()（）[]【】<>《》\"'“”‘’`~-_/\\|·•+*#=&%$^{}「」『』…")
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _cn_mobile_digits(d: str) -> bool:
    return len(d) == 11 and d.isdigit() and d[:3] in MOBILE_SEGS_SET


def _intl(num: str):
    try:
        p = phonenumbers.parse(num, None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(p):
        return None
    return p


def v_mobile(s: str) -> bool:
    t = re.sub(r"[\s\-.]", "", fold(s))
    m = re.fullmatch(r"(?:\+86|\(\+86\)|0086|86)?(\d{11})", t)
    if m and _cn_mobile_digits(m.group(1)):
        return True
    if t[:1] in "+(" or t.startswith("00"):
        d = re.sub(r"\D", "", t)
        if t.startswith("00"):
            d = d[2:]
        p = _intl("+" + d)
        return bool(p) and p.country_code != 86 and phonenumbers.number_type(p) == phonenumbers.PhoneNumberType.MOBILE
    return False


def v_landline(s: str) -> bool:
    t = re.sub(r"[\s\-]", "", fold(s))
    m = re.match(r"\(\+?([1-9]\d{0,3})\)", t)
    if m and m.group(1) != "86":
        t = "+" + m.group(1) + t[m.end():]
    t = re.sub(r"[()]", "", t)
    if t.startswith("+86"):
        t = "0" + t[3:]
    elif t.startswith("0086"):
        t = "0" + t[4:]
    if t.startswith("0") and not t.startswith("00"):
        if not t.isdigit() or t.startswith(("0400", "0800")):
            return False
        try:
            p = phonenumbers.parse(t, "CN")
        except phonenumbers.NumberParseException:
            return False
        return phonenumbers.is_valid_number(p) and phonenumbers.number_type(p) == phonenumbers.PhoneNumberType.FIXED_LINE
    if t.startswith(("+", "00")):
        d = re.sub(r"\D", "", t)
        if t.startswith("00"):
            d = d[2:]
        p = _intl("+" + d)
        return bool(p) and p.country_code != 86 and phonenumbers.number_type(p) == phonenumbers.PhoneNumberType.FIXED_LINE
    return False


def _valid_date(y, m, d, lo=1900, hi=2025) -> bool:
    try:
        dt.date(int(y), int(m), int(d))
    except ValueError:
        return False
    return lo <= int(y) <= hi


def v_id(s: str) -> bool:
    t = re.sub(r"[\s\-]", "", fold(s)).upper()
    if len(t) == 18:
        return ric.is_valid(t) and _valid_date(t[6:10], t[10:12], t[12:14])
    if len(t) == 15 and t.isdigit():
        return t[:6] in REGIONS and _valid_date("19" + t[6:8], t[8:10], t[10:12])
    return False


def v_card(s: str) -> bool:
    t = re.sub(r"[\s\-]", "", fold(s))
    return t.isdigit() and 16 <= len(t) <= 19 and luhn.is_valid(t) and t[:6] in BINS


def v_email(s: str) -> bool:
    return re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", s) is not None


def v_plate(s: str) -> bool:
    t = fold(s).upper()
    return re.fullmatch(rf"[{PROVINCES}][A-HJ-NP-Z][·•・ ]?(?:[A-HJ-NP-Z0-9]{{5}}|[DF][A-HJ-NP-Z0-9]\d{{4}}|\d{{5}}[DF]|[A-HJ-NP-Z0-9]{{4}}挂)",
                        t) is not None


def v_passport(s: str) -> bool:
    return re.fullmatch(r"E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8}", fold(s).upper()) is not None


def v_permit(s: str) -> bool:
    return re.fullmatch(r"C[0-9A-HJ-NP-Z]\d{7}|[HM]\d{8}(?:\d{2})?", fold(s).upper()) is not None


def v_ip(s: str) -> bool:
    try:
        a = ipaddress.ip_address(s)
    except ValueError:
        return False
    return a.is_global and not a.is_multicast


def v_qq(s: str) -> bool:
    return re.fullmatch(r"[1-9]\d{4,10}", fold(s)) is not None


def v_wechat(s: str) -> bool:
    return re.fullmatch(r"[A-Za-z][-_A-Za-z0-9]{5,19}", s) is not None or v_mobile(s)


def v_gps(s: str) -> bool:
    m = re.fullmatch(r"(-?\d{1,2}\.\d{4,})\s*[,，/]\s*(-?\d{1,3}\.\d{4,})|(-?\d{1,2}\.\d{4,}) (-?\d{1,3}\.\d{4,})", s)
    if not m:
        return False
    lat, lon = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    return abs(float(lat)) <= 90 and abs(float(lon)) <= 180


def v_birth(s: str) -> bool:
    t = fold(s)
    for rx, order in ((r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", "ymd"), (r"(\d{4})年(\d{1,2})月(\d{1,2})日", "ymd"),
                      (r"(\d{4})(\d{2})(\d{2})", "ymd"), (r"(\d{1,2})/(\d{1,2})/(\d{4})", "dmy")):
        m = re.fullmatch(rx, t)
        if m:
            a, b, c = m.groups()
            return _valid_date(a, b, c) if order == "ymd" else _valid_date(c, b, a)
    m = re.fullmatch(r"(\d{1,2}) ([A-Z][a-z]{2}) (\d{4})", t) or re.fullmatch(r"([A-Z][a-z]{2}) (\d{1,2}), (\d{4})", t)
    if m:
        g = m.groups()
        d, mon, y = (g[0], g[1], g[2]) if g[0].isdigit() else (g[1], g[0], g[2])
        return mon in MONTHS and _valid_date(y, MONTHS.index(mon) + 1, d)
    return False


VALIDATORS = {"ID_CARD": v_id, "MOBILE": v_mobile, "LANDLINE": v_landline, "BANK_CARD": v_card, "EMAIL": v_email,
              "PLATE": v_plate, "PASSPORT": v_passport, "HK_MACAO_PERMIT": v_permit, "IP": v_ip, "QQ": v_qq,
              "WECHAT": v_wechat, "GPS": v_gps, "BIRTHDATE": v_birth}


def check_span_value(typ: str, val: str, where: str = "") -> None:
    if typ not in VALIDATORS:
        raise ValueError(f"{where}: unknown type {typ}")
    if not val or val != val.strip():
        raise ValueError(f"{where}: span has surrounding whitespace: {val!r}")
    first, last = fold(val[0]), fold(val[-1])
    if last in PUNCT or (first in PUNCT and not (typ in ("MOBILE", "LANDLINE") and first in "+(")):
        raise ValueError(f"{where}: span has leading/trailing punctuation: {val!r}")
    if not VALIDATORS[typ](val):
        raise ValueError(f"{where}: {typ} does not validate: {val!r}")


# ----------------------------------------------------------------------------------------------
# leak check: what must not stay unlabelled
VERSION_CUE = re.compile(r"(?i)(?:\bv|ver\.?|version|版本号?|build|固件|firmware)\s*[:：=]?\s*$")


def leaks(text: str) -> list[tuple[str, str]]:
    t = text.translate(FW_DIGITS)
    out = []
    for m in re.finditer(r"(?<!\d)1[3-9]\d(?:[- .]?\d{4}){2}(?!\d)", t):
        out.append(("MOBILE", m.group()))
    for m in re.finditer(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])", t):
        if ric.is_valid(m.group().upper()):
            out.append(("ID_CARD", m.group()))
    for m in re.finditer(r"(?<!\d)\d{16,19}(?!\d)", t):
        g = m.group()
        if g.startswith(("62", "4", "5")) and luhn.is_valid(g):
            out.append(("BANK_CARD", g))
    for m in re.finditer(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+", t):
        out.append(("EMAIL", m.group()))
    for m in re.finditer(r"(?<!\d)(?<!\d\.)(?:\d{1,3}\.){3}\d{1,3}(?!\d)(?!\.\d)", t):
        try:
            a = ipaddress.ip_address(m.group())
        except ValueError:
            continue
        if a.is_global and not VERSION_CUE.search(t[max(0, m.start() - 14):m.start()]):
            out.append(("IP", m.group()))
    return out


def blank(text: str, spans) -> str:
    chars = list(text)
    for s, e, _ in spans:
        for i in range(s, e):
            chars[i] = "\u2588"
    return "".join(chars)


# ----------------------------------------------------------------------------------------------
# value generators
REGIONS = ["110101", "110102", "110105", "110106", "110108", "110114", "120101", "120104", "130102", "130104",
           "130602", "140105", "150102", "210102", "210202", "220102", "230102", "310101", "310104", "310105",
           "310107", "310112", "310115", "320102", "320106", "320205", "320505", "320583", "330102", "330106",
           "330108", "330203", "330302", "330482", "340104", "350102", "350203", "360102", "370102", "370202",
           "410105", "410305", "420102", "420106", "430102", "430104", "440103", "440104", "440106", "440305",
           "440306", "440604", "441900", "450103", "460105", "500103", "500106", "510104", "510107", "520102",
           "530102", "610103", "610113", "620102", "630102", "640104", "650102"]
AREAS = [("010", 8), ("021", 8), ("022", 8), ("023", 8), ("020", 8), ("024", 8), ("025", 8), ("027", 8),
         ("028", 8), ("029", 8), ("0755", 8), ("0571", 8), ("0512", 8), ("0731", 8), ("0591", 8),
         ("0371", 8), ("0531", 8), ("0532", 8), ("0451", 8), ("0871", 8), ("0769", 8), ("0757", 8),
         ("0574", 8), ("0898", 8), ("0311", 8), ("0551", 8), ("0791", 7), ("0931", 7)]
SURN = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN = list("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝思丽浩宇轩然子墨梓涵一诺博文俊杰")
PINYIN = ["wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu",
          "hu", "guo", "he", "gao", "lin", "luo", "zheng", "liang", "xie", "song", "tang", "han", "feng", "deng",
          "cao", "peng", "zeng", "xiao", "tian", "dong", "pan", "yuan", "jiang", "cai", "du", "ye", "cheng",
          "su", "wei", "lv", "ding", "shen", "yao", "lu", "cui", "zhong", "tan", "fan", "jin", "shi", "xia"]
GIVEN_PY = ["wei", "fang", "na", "min", "jing", "li", "qiang", "lei", "jun", "yang", "yong", "yan", "jie", "juan",
            "tao", "ming", "chao", "xia", "ping", "gang", "hua", "yu", "ling", "fen", "yan", "mei", "lin", "xue",
            "rong", "yue", "rui", "jia", "qiong", "ting", "qian", "ying", "lu", "yao", "dan", "hao", "xuan",
            "zimo", "yinuo", "bowen", "junjie", "xiaoming", "xiaohong", "haoran", "yuxuan", "shuang"]
FREE_MAIL = ["qq.com", "163.com", "126.com", "sina.com", "sohu.com", "foxmail.com", "outlook.com", "gmail.com",
             "yeah.net", "139.com", "hotmail.com", "aliyun.com", "icloud.com", "sina.cn"]
CORP = [("杭州云栖数据科技有限公司", "yunqidata.cn"), ("上海浦江物流有限公司", "pujiang-logistics.com"),
        ("深圳市南山智造电子有限公司", "nszz-tech.cn"), ("北京中关信通科技股份有限公司", "zgxt.com.cn"),
        ("广州珠江人力资源服务有限公司", "zjhr.cn"), ("成都天府云医疗信息有限公司", "tfymed.com"),
        ("苏州金鸡湖生物医药有限公司", "jjh-bio.cn"), ("武汉光谷新能源汽车销售服务有限公司", "oggev.cn"),
        ("南京秦淮文旅发展有限公司", "qhwl.net"), ("宁波甬港保险代理有限公司", "ygins.cn")]
CITY = [("北京市", "朝阳区", "建国路"), ("北京市", "海淀区", "中关村南大街"), ("上海市", "浦东新区", "张杨路"),
        ("上海市", "徐汇区", "漕溪北路"), ("广东省深圳市", "南山区", "科技园南路"), ("广东省广州市", "天河区", "体育西路"),
        ("浙江省杭州市", "西湖区", "文三路"), ("江苏省南京市", "鼓楼区", "中山北路"), ("四川省成都市", "武侯区", "天府大道"),
        ("湖北省武汉市", "洪山区", "珞喻路"), ("江苏省苏州市", "工业园区", "星湖街"), ("浙江省宁波市", "鄞州区", "天童南路")]
BANK_NAMES = {"622202": "中国工商银行", "621226": "中国工商银行", "622208": "中国工商银行", "622848": "中国农业银行",
              "621700": "中国建设银行", "622700": "中国建设银行", "436742": "中国建设银行", "622588": "招商银行",
              "621483": "招商银行", "622609": "中国民生银行", "628288": "中信银行", "625802": "招商银行信用卡",
              "621661": "中国银行", "622262": "交通银行"}


class Gen:
    """All random draws go through one instance; values are unique across the whole probe."""

    def __init__(self, seed: int):
        self.r = random.Random(seed)
        self.used: set[str] = set()

    # basic
    def c(self, seq):
        return self.r.choice(seq)

    def i(self, a, b):
        return self.r.randint(a, b)

    def p(self, x: float) -> bool:
        return self.r.random() < x

    def digits(self, n: int, first_nonzero=False) -> str:
        s = "".join(str(self.r.randint(0, 9)) for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = str(self.r.randint(1, 9)) + s[1:]
        return s

    def uniq(self, f):
        for _ in range(1000):
            v = f()
            if v not in self.used:
                self.used.add(v)
                return v
        raise RuntimeError("no unique value")

    # people
    def name(self) -> str:
        return self.c(SURN) + "".join(self.c(GIVEN) for _ in range(self.i(1, 2)))

    def birth(self, lo=1958, hi=2004) -> dt.date:
        return dt.date(self.i(lo, hi), 1, 1) + dt.timedelta(days=self.i(0, 364))

    def id_card(self, birth: dt.date | None = None, male: bool | None = None) -> str:
        def f():
            b = birth or self.birth()
            seq = self.i(0, 999)
            if male is not None and (seq % 2 == 1) != male:
                seq = (seq + 1) % 1000
            for _ in range(100):
                body = self.c(REGIONS) + b.strftime("%Y%m%d") + f"{seq:03d}"
                v = body + ric.calc_check_digit(body + "0")
                if ric.is_valid(v):
                    return v
            raise RuntimeError("no valid region for this birth date")
        return self.uniq(f)

    def id15(self) -> str:
        def f():
            b = self.birth(1950, 1979)
            return self.c(REGIONS) + b.strftime("%y%m%d") + self.digits(3)
        return self.uniq(f)

    def mobile(self, seg: str | None = None) -> str:
        return self.uniq(lambda: (seg or self.c(MOBILE_SEGS)) + self.digits(8))

    def landline(self) -> tuple[str, str]:
        """(area, subscriber) validated by phonenumbers as a CN fixed line."""
        def f():
            area, n = self.c(AREAS)
            sub = str(self.i(2, 8)) + self.digits(n - 1)
            return area + "-" + sub
        for _ in range(200):
            v = self.uniq(f)
            if v_landline(v):
                a, s = v.split("-")
                return a, s
        raise RuntimeError("landline")

    def intl(self, cc: str, kind: str) -> str:
        """E.164 of a HK/MO/TW/SG number of the wanted phonenumbers type."""
        want = phonenumbers.PhoneNumberType.MOBILE if kind == "m" else phonenumbers.PhoneNumberType.FIXED_LINE
        firsts = {("852", "m"): "569", ("852", "f"): "23", ("853", "m"): "6", ("886", "m"): "9",
                  ("886", "f"): "2", ("65", "m"): "89", ("65", "f"): "6"}[(cc, kind)]
        lens = {"852": 8, "853": 8, "886": 9, "65": 8}[cc]
        for _ in range(500):
            v = self.uniq(lambda: "+" + cc + self.c(firsts) + self.digits(lens - 1))
            p = _intl(v)
            if p and phonenumbers.number_type(p) == want:
                return v
        raise RuntimeError("intl")

    def card(self, bin_: str | None = None) -> str:
        def f():
            b = bin_ or self.c(list(BINS))
            body = b + self.digits(BINS[b] - 7)
            return body + luhn.calc_check_digit(body)
        return self.uniq(f)

    def email(self, domain: str | None = None, style: int | None = None) -> str:
        def f():
            st = self.i(0, 6) if style is None else style
            sur, giv = self.c(PINYIN), self.c(GIVEN_PY)
            if (domain or "") == "qq.com" or (domain is None and st == 6):
                return self.digits(self.i(6, 10), True) + "@qq.com"
            d = domain or self.c(FREE_MAIL[1:])
            local = [f"{giv}.{sur}", f"{sur}{giv}{self.i(1, 99)}", f"{sur}_{giv}", f"{giv[0]}{sur}{self.i(1960, 2005)}",
                     f"{sur}.{giv}", f"{giv}{sur}{self.digits(3)}", f"{sur}{giv}"][st % 7]
            return local + "@" + d
        return self.uniq(f)

    def plate(self, prov: str | None = None, ev: bool | None = None) -> str:
        def f():
            pv = prov or self.c(PROVINCES)
            city = self.c(PLATE_LETTERS[:12])
            if ev if ev is not None else self.p(0.3):
                body = (self.c("DF") + self.c(PLATE_LETTERS + "0123456789") + self.digits(4)) if self.p(0.7) \
                    else self.digits(5) + self.c("DF")
            else:
                body = list(self.digits(5))
                for k in self.r.sample(range(5), self.i(0, 2)):
                    body[k] = self.c(PLATE_LETTERS)
                body = "".join(body)
            return pv + city + body
        return self.uniq(f)

    def passport(self) -> str:
        return self.uniq(lambda: self.c(["E" + self.digits(8), "E" + self.c("ABCDEFGHJ") + self.digits(7),
                                        "G" + self.digits(8)]))

    def permit(self, kind: str = "C") -> str:
        if kind == "C":
            return self.uniq(lambda: "C" + self.c(PLATE_LETTERS + "0123456789") + self.digits(7))
        return self.uniq(lambda: kind + self.digits(self.c([8, 10])))

    def ip4(self) -> str:
        def f():
            first = self.c([36, 39, 42, 58, 59, 60, 61, 101, 106, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119,
                            120, 121, 122, 123, 124, 125, 139, 140, 171, 175, 180, 182, 183, 202, 210, 211, 218,
                            219, 220, 221, 222, 223])
            return f"{first}.{self.i(0, 255)}.{self.i(0, 255)}.{self.i(1, 254)}"
        while True:
            v = self.uniq(f)
            if v_ip(v):
                return v

    def ip6(self) -> str:
        def f():
            pre = self.c(["240e", "2408", "2409", "2400:da00", "2001:250", "240e:3b7"])
            groups = pre.split(":") + [f"{self.i(0, 65535):x}" for _ in range(8 - len(pre.split(":")))]
            if self.p(0.5):
                groups[4:7] = ["0", "0", "0"]
            return str(ipaddress.ip_address(":".join(groups)))
        while True:
            v = self.uniq(f)
            if v_ip(v) and not v.endswith("::"):
                return v

    def qq(self) -> str:
        return self.uniq(lambda: self.digits(self.c([6, 7, 8, 9, 9, 10, 10, 10]), True))

    def wechat(self) -> str:
        def f():
            sur, giv = self.c(PINYIN), self.c(GIVEN_PY)
            return self.c([f"wxid_{self.r.choice('abcdefghjkmnpqrstuvwxyz')}{self.digits(3)}{self.c(['k', 'q', 'z'])}{self.digits(4)}",
                           f"{sur}{giv}{self.i(1980, 2005)}", f"{giv.capitalize()}_{sur}{self.digits(2)}",
                           f"{sur}-{giv}-{self.digits(3)}", f"{giv}{sur}{self.digits(4)}", f"xiao{giv}{self.digits(3)}",
                           f"{sur[0].upper()}{giv}_{self.i(10, 99)}"])
        return self.uniq(f)

    def gps(self, sep: str | None = None) -> str:
        def f():
            lat = self.r.uniform(21.5, 45.5)
            lon = self.r.uniform(100.0, 125.0)
            k = self.c([4, 5, 6, 6])
            s = self.c([",", ", ", "，", " , "]) if sep is None else sep
            return f"{lat:.{k}f}{s}{lon:.{k}f}"
        return self.uniq(f)

    def bday_fmt(self, d: dt.date, style: str | None = None) -> str:
        st = style or self.c(["-", "-", "/", ".", "cn", "compact", "nopad"])
        return {"-": f"{d:%Y-%m-%d}", "/": f"{d:%Y/%m/%d}", ".": f"{d:%Y.%m.%d}",
                "cn": f"{d.year}年{d.month}月{d.day}日", "compact": f"{d:%Y%m%d}", "nopad": f"{d.year}-{d.month}-{d.day}",
                "dmy": f"{d:%d/%m/%Y}", "en": f"{d.day} {MONTHS[d.month - 1]} {d.year}",
                "us": f"{MONTHS[d.month - 1]} {d.day}, {d.year}", "slash_nopad": f"{d.year}/{d.month}/{d.day}"}[st]

    # formatting
    def fmt_mobile(self, m: str, style: str | None = None) -> str:
        st = style or self.c(["plain"] * 8 + ["dash", "space", "+86", "+86 ", "dash", "space", "(+86)", "0086",
                                               "86-", "dot", "+86sp"])
        a, b, c = m[:3], m[3:7], m[7:]
        return {"plain": m, "dash": f"{a}-{b}-{c}", "space": f"{a} {b} {c}", "+86": "+86" + m, "+86 ": "+86 " + m,
                "(+86)": "(+86)" + m, "0086": "0086" + m, "86-": "86-" + m, "dot": f"{a}.{b}.{c}",
                "+86sp": f"+86 {a} {b} {c}", "+86-": f"+86-{a}-{b}-{c}", "fw": to_fw(m), "34 4": f"{a}{b} {c}"}[st]

    def fmt_land(self, area: str, sub: str, style: str | None = None) -> str:
        st = style or self.c(["dash"] * 5 + ["space", "paren", "fwparen", "+86", "plain", "split"])
        half = len(sub) // 2
        return {"dash": f"{area}-{sub}", "space": f"{area} {sub}", "paren": f"({area}){sub}",
                "fwparen": f"（{area}）{sub}", "+86": f"+86 {area[1:]} {sub[:half]} {sub[half:]}", "plain": area + sub,
                "split": f"{area}-{sub[:half]} {sub[half:]}", "+86-": f"+86-{area[1:]}-{sub}"}[st]

    def fmt_card(self, c: str, style: str | None = None) -> str:
        st = style or self.c(["plain", "plain", "plain", "space4", "space4", "dash4"])
        if st == "plain":
            return c
        g = [c[i:i + 4] for i in range(0, len(c), 4)]
        return (" " if st == "space4" else "-").join(g)

    def fmt_id(self, i: str, style: str | None = None) -> str:
        st = style or self.c(["plain"] * 10 + ["group", "lowerx"])
        if st == "group":
            return f"{i[:6]} {i[6:14]} {i[14:]}"
        if st == "lowerx":
            return i.lower()
        if st == "fw":
            return to_fw(i)
        return i


class Person:
    def __init__(self, g: Gen, lo=1960, hi=2003):
        self.g = g
        self.name = g.name()
        self.male = g.p(0.5)
        self.sex = "男" if self.male else "女"
        self.birth = g.birth(lo, hi)
        self.id = g.id_card(self.birth, self.male)
        self.mobile = g.mobile()
        self._email = None
        self.py = g.c(PINYIN) + g.c(GIVEN_PY)

    @property
    def email(self):
        if self._email is None:
            self._email = self.g.email()
        return self._email


# ----------------------------------------------------------------------------------------------
# look-alikes (never labelled); each is redrawn until the leak check finds nothing in it
def safe(g: Gen, f):
    for _ in range(200):
        v = f()
        if not leaks(" " + v + " ") and v not in g.used:
            g.used.add(v)
            return v
    raise RuntimeError("look-alike keeps leaking")


class Fake:
    def __init__(self, g: Gen):
        self.g = g

    def order(self):  # e-commerce order numbers
        g = self.g
        return safe(g, lambda: g.c([f"{g.i(20240101, 20240630)}{g.digits(10)}", "3" + g.digits(18), "2" + g.digits(18),
                                   "DD" + g.digits(16), "E" + g.digits(19), f"SO{g.i(2024, 2024)}{g.digits(8)}"]))

    def tracking(self):
        g = self.g
        return safe(g, lambda: g.c(["SF" + g.digits(13), "YT" + g.digits(13), "JD" + g.digits(13) + "-1-1-",
                                   "78" + g.digits(12), "4" + g.digits(12), "JT" + g.digits(13), "7" + g.digits(14)]).rstrip("-"))

    def wx_trade(self):
        g = self.g
        return safe(g, lambda: "42000" + g.digits(5) + f"{g.i(20240101, 20240630)}" + g.digits(10))

    def ali_trade(self):
        g = self.g
        return safe(g, lambda: f"{g.i(20240101, 20240630)}2200" + g.digits(16))

    def uscc(self):
        g = self.g
        def f():
            body = g.c(["91", "92", "93", "12"]) + g.c(REGIONS) + g.c(["MA", "MA", "07"]) + "".join(
                g.c("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(7))
            body = body[:17]
            return body + uscc.calc_check_digit(body)
        return safe(g, f)

    def imei(self):
        g = self.g
        def f():
            body = g.c(["35", "86", "99"]) + g.digits(12)
            return body + luhn.calc_check_digit(body)
        return safe(g, f)

    def iccid(self):
        g = self.g
        def f():
            body = "8986" + g.c(["00", "01", "03", "11"]) + g.digits(13)
            return body + luhn.calc_check_digit(body)
        return safe(g, f)

    def vin(self):
        g = self.g
        return safe(g, lambda: g.c(["LSV", "LFV", "LGB", "LVS", "LHG", "LRW", "LNB"]) + "".join(
            g.c("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(5)) + g.c("0123456789X") + g.c("NPRS") + g.c("0123456789ABC") + g.digits(6))

    def invoice(self):
        g = self.g
        return safe(g, lambda: g.c(["0", "1"]) + g.digits(11)), safe(g, lambda: g.digits(8)), safe(g, lambda: "24" + g.digits(18))

    def pickup(self):
        g = self.g
        return g.c([f"{g.i(1, 9)}-{g.i(1, 6)}-{g.i(1000, 9999)}", f"{g.i(10, 99)}-{g.i(1, 9)}-{g.i(100, 999)}", g.digits(6),
                    f"A{g.i(10, 99)}-{g.i(1000, 9999)}"])

    def amount(self):
        g = self.g
        return g.c([f"¥{g.i(1, 99999):,}.{g.i(0, 99):02d}", f"{g.i(10, 20000)}.{g.i(0, 99):02d}元", f"RMB {g.i(100, 900000):,}.00"])

    def masked_mobile(self):
        g = self.g
        m = g.c(MOBILE_SEGS) + g.digits(8)
        return g.c([m[:3] + "****" + m[7:], m[:3] + "*****" + m[8:], m[:3] + "xxxx" + m[7:], m[:4] + "***" + m[7:],
                    m[:3] + "****" + m[7:]])

    def masked_id(self):
        g = self.g
        i = g.id_card()
        g.used.discard(i)
        return g.c([i[:4] + "*" * 10 + i[14:], i[:6] + "********" + i[14:], i[:3] + "*" * 11 + i[14:],
                    i[0] + "*" * 16 + i[17], i[:6] + "*" * 12])

    def masked_card(self):
        g = self.g
        c = g.card()
        g.used.discard(c)
        return g.c([c[:4] + " **** **** " + c[-4:], c[:6] + "******" + c[-4:], "尾号" + c[-4:], "**** **** **** " + c[-4:]])

    def ts_ms(self):
        return str(self.g.i(1704067200000, 1719763200000))

    def ts(self):
        return (dt.datetime(2024, 1, 1) + dt.timedelta(seconds=self.g.i(0, 180 * 86400))).strftime("%Y-%m-%d %H:%M:%S")

    def priv_ip(self):
        g = self.g
        return g.c([f"10.{g.i(0, 255)}.{g.i(0, 255)}.{g.i(1, 254)}", f"192.168.{g.i(0, 10)}.{g.i(2, 254)}",
                    f"172.{g.i(16, 31)}.{g.i(0, 255)}.{g.i(1, 254)}", "127.0.0.1", f"100.{g.i(64, 127)}.{g.i(0, 255)}.{g.i(1, 254)}",
                    f"169.254.{g.i(1, 254)}.{g.i(1, 254)}", f"203.0.113.{g.i(1, 254)}", f"198.51.100.{g.i(1, 254)}"])

    def uuid(self):
        g = self.g
        h = "".join(g.c("0123456789abcdef") for _ in range(32))
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def hexid(self, n=16):
        return "".join(self.g.c("0123456789abcdef") for _ in range(n))

    def mac(self):
        return ":".join(f"{self.g.i(0, 255):02X}" for _ in range(6))

    def case_no(self):
        g = self.g
        return f"（{g.i(2021, 2024)}）{g.c(['京0105', '沪0115', '粤0305', '浙0106', '苏0508'])}{g.c(['民初', '刑初', '民终', '执'])}{g.i(100, 39999)}号"

    def bad_id(self):  # wrong check character
        g = self.g

        def f():
            i = g.id_card()
            g.used.discard(i)
            return i[:-1] + g.c([c for c in "0123456789X" if c != i[-1]])
        return safe(g, f)

    def bad_card(self):
        g = self.g

        def f():
            c = g.card()
            g.used.discard(c)
            return c[:-1] + str((int(c[-1]) + g.i(1, 9)) % 10)
        return safe(g, f)


# ----------------------------------------------------------------------------------------------
# text documents
class Doc:
    def __init__(self, crlf: bool = False):
        self.parts: list[str] = []
        self.spans: list[list] = []
        self.n = 0
        self.crlf = crlf

    def __call__(self, *parts):
        for p in parts:
            if p is None or p == "":
                continue
            if isinstance(p, tuple):
                typ, val = p
                self.spans.append([self.n, self.n + len(val), typ])
                self.parts.append(val)
                self.n += len(val)
            else:
                if self.crlf:
                    p = p.replace("\r\n", "\n").replace("\n", "\r\n")
                self.parts.append(p)
                self.n += len(p)
        return self

    @property
    def text(self) -> str:
        return "".join(self.parts)


class Lab:
    """Value makers returning (TYPE, text) tuples for Doc."""

    def __init__(self, g: Gen):
        self.g = g

    def mob(self, m=None, style=None):
        return ("MOBILE", self.g.fmt_mobile(m or self.g.mobile(), style))

    def land(self, style=None):
        a, s = self.g.landline()
        return ("LANDLINE", self.g.fmt_land(a, s, style))

    def intl(self, cc="852", kind="m", style=None):
        e = self.g.intl(cc, kind)
        nat = e[1 + len(cc):]
        st = style or self.g.c(["sp", "paren", "00", "dash", "plain"])
        if cc == "886":
            body = f"{nat[0]} {nat[1:5]} {nat[5:]}" if kind == "f" else f"{nat[:3]} {nat[3:6]} {nat[6:]}"
        else:
            body = f"{nat[:4]} {nat[4:]}"
        v = {"sp": f"+{cc} {body}", "paren": f"({cc}) {body}", "00": f"00{cc} {nat}", "dash": f"+{cc}-{body.replace(' ', '-')}",
             "plain": f"+{cc}{nat}"}[st]
        return ("MOBILE" if kind == "m" else "LANDLINE", v)

    def id(self, i=None, style=None):
        return ("ID_CARD", self.g.fmt_id(i or self.g.id_card(), style))

    def card(self, c=None, style=None, bin_=None):
        return ("BANK_CARD", self.g.fmt_card(c or self.g.card(bin_), style))

    def mail(self, e=None, domain=None):
        return ("EMAIL", e or self.g.email(domain))

    def plate(self, p=None, dot=None, **kw):
        p = p or self.g.plate(**kw)
        if dot is None:
            dot = self.g.p(0.3)
        if dot:
            p = p[:2] + "·" + p[2:]
        return ("PLATE", p)

    def ip4(self):
        return ("IP", self.g.ip4())

    def ip6(self):
        return ("IP", self.g.ip6())

    def qq(self, q=None):
        return ("QQ", q or self.g.qq())

    def wx(self, w=None):
        return ("WECHAT", w or self.g.wechat())

    def gps(self, sep=None):
        return ("GPS", self.g.gps(sep))

    def bd(self, d=None, style=None):
        return ("BIRTHDATE", self.g.bday_fmt(d or self.g.birth(), style))

    def pp(self):
        return ("PASSPORT", self.g.passport())

    def permit(self, kind="C"):
        return ("HK_MACAO_PERMIT", self.g.permit(kind))


def mob_float(L: Lab, m=None):
    """A mobile exported from a float column: the span is the 11 digits, '.0' stays outside."""
    return [L.mob(m, "plain"), ".0"]


def addr(g: Gen) -> str:
    p, d, r = g.c(CITY)
    return f"{p}{d}{r}{g.i(1, 999)}号{g.c(['', f'{g.i(1, 30)}栋', f'{g.i(1, 12)}幢'])}{g.i(1, 32)}0{g.i(1, 9)}室"


def corp(g: Gen):
    return g.c(CORP)


# ---------------------------------------------------------------- sheets
def sh_roster(g, L, F, k):
    d = Doc()
    sep = ["," , "\t", ","][k % 3]
    floaty = k % 2 == 1
    cols = ["工号", "姓名", "性别", "部门", "身份证号码", "手机号码", "出生日期", "入职日期", "工资卡号", "开户行"]
    if g.p(0.5):
        cols[4], cols[5] = cols[5], cols[4]
    if k % 3 == 2:
        cols = ["序号", "姓名", "证件号", "联系电话", "生日", "银行账号", "邮箱"]
    bstyle = g.c(["-", "/", "compact", "cn", "."])
    d(sep.join(cols) + "\n")
    for r in range(g.i(3, 5)):
        p = Person(g)
        cells = []
        for c in cols:
            if c == "工号":
                cells.append(f"HR{g.i(2015, 2024)}{g.digits(4)}")
            elif c == "序号":
                cells.append(str(r + 1))
            elif c == "姓名":
                cells.append(p.name)
            elif c == "性别":
                cells.append(p.sex)
            elif c == "部门":
                cells.append(g.c(['"研发中心,平台组"', "财务部", "人力资源部", "市场部", "客服中心", "仓储物流部"]) if sep == "," else
                             g.c(["研发中心/平台组", "财务部", "人力资源部", "市场部", "客服中心", "仓储物流部"]))
            elif c in ("身份证号码", "证件号"):
                cells.append(L.id(p.id, g.c(["plain"] * 6 + ["lowerx"])) if not (r == 3 and k == 0) else "（待补）")
            elif c in ("手机号码", "联系电话"):
                if floaty:
                    cells.append(mob_float(L, p.mobile))
                else:
                    cells.append(L.mob(p.mobile, g.c(["plain"] * 5 + ["dash", "space"])))
            elif c in ("出生日期", "生日"):
                cells.append(L.bd(p.birth, bstyle))
            elif c == "入职日期":
                cells.append(f"{g.i(2015, 2024)}-{g.i(1, 12):02d}-{g.i(1, 28):02d}")
            elif c in ("工资卡号", "银行账号"):
                cells.append(L.card(style=g.c(["plain", "plain", "space4"])) if g.p(0.9) else "")
            elif c == "开户行":
                cells.append(g.c(["工行", "农行", "建行西湖支行", "招商银行", "中国银行", "交通银行"]))
            elif c == "邮箱":
                cells.append(L.mail(p.email))
        for j, c in enumerate(cells):
            if j:
                d(sep)
            if isinstance(c, list):
                d(*c)
            else:
                d(c)
        d("\n")
    if k == 1:
        d(f"\n合计{r + 1}人{sep}{sep}{sep}制表：人力资源部{sep}{F.ts()[:10]}\n")
    return d


def sh_outsourced(g, L, F, k):
    d = Doc()
    t = "\t"
    q = ["2024年第二季度外包人员花名册", "驻场外包人员信息汇总（内部）", "项目组人员登记表 v3"][k % 3]
    d(f"{q}{t * 8}\n")
    d(f"序号{t}基本信息{t}{t}{t}联系方式{t}{t}{t}紧急联系人{t}\n")
    hdr = ["", "姓名", "性别", "身份证号", "手机", "微信", "QQ", "姓名", "电话"]
    d(t.join(hdr) + "\n")
    for r in range(g.i(3, 5)):
        p = Person(g)
        d(f"{r + 1}{t}{p.name}{t}{p.sex}{t}", L.id(p.id), t, L.mob(p.mobile), t)
        w = g.c(["id", "id", "id", "phone", "same", "none"])
        if w == "id":
            d(L.wx())
        elif w == "phone":
            d(L.wx(g.mobile()))
        elif w == "same":
            d("同手机")
        d(t)
        if g.p(0.7):
            d(L.qq())
        d(t, g.name(), t)
        e = g.c(["mob", "mob", "land", "none"])
        if e == "mob":
            d(L.mob(style=g.c(["plain", "dash", "space"])))
        elif e == "land":
            d(L.land("dash"))
        d("\n")
    d(f"{t}{t}{t}注：微信/QQ 如无可空{t}{t}{t}{t}{t}\n")
    return d


def sh_visitors(g, L, F, k):
    d = Doc()
    d(["## 访客登记（B座大堂）\n\n", "### 5月访客车辆登记\n\n", "# 夜间访客记录\n\n"][k % 3])
    d("| 序号 | 来访人 | 手机 | 车牌号 | 身份证 | 进入时间 | 离开时间 | 被访人 |\n")
    d("|---|---|---|---|---|---|---|---|\n")
    for r in range(g.i(3, 5)):
        p = Person(g)
        t0 = dt.datetime(2024, 5, g.i(1, 30), g.i(7, 21), g.i(0, 59))
        d(f"| {r + 1} | {p.name} | ", L.mob(p.mobile, g.c(["plain", "plain", "space", "dash"])), " | ")
        if g.p(0.75):
            d(L.plate(ev=g.p(0.35)))
        else:
            d("步行")
        d(" | ")
        if g.p(0.6):
            d(L.id(p.id))
        else:
            d(F.masked_id())
        d(f" | {t0:%m-%d %H:%M} | {(t0 + dt.timedelta(minutes=g.i(15, 300))):%H:%M} | {g.name()[0]}{g.c(['经理', '总', '老师', '工'])} |\n")
    d("\n> 说明：身份证号码按物业要求仅登记后四位的，已打码。\n")
    return d


def sh_pandas(g, L, F, k):
    d = Doc()
    d(",user_id,name,phone,id_no,birthday,reg_ip,reg_time,channel\n")
    for r in range(g.i(3, 5)):
        p = Person(g)
        d(f"{r},{g.i(100000, 999999)},{p.name},")
        if g.p(0.85):
            d(*mob_float(L, p.mobile))
        else:
            d("")  # NaN
        d(",")
        d(L.id(p.id) if g.p(0.85) else "")
        d(",", L.bd(p.birth, "-"), ",")
        d(L.ip4() if g.p(0.6) else F.priv_ip())
        d(f",{F.ts()},{g.c(['app', 'h5', 'mini_program', 'offline'])}\n")
    if k % 2 == 0:
        d("\n# df.describe()\n")
        d(f"count    {g.i(1000, 9000)}.000000\nmean     1.{g.digits(6)}e+10\nstd      2.{g.digits(6)}e+09\nmin      1.300{g.digits(3)}e+10\n")
    return d


def sh_travel(g, L, F, k):
    d = Doc()
    sep = "\t" if k % 2 == 0 else ","
    d(["出差人员信息表（请勿外传）\n", "2024 香港/澳门 商务考察 团员名单\n", "海外展会 签证材料 人员清单\n"][k % 3])
    hdr = ["姓名", "拼音", "证件类型", "证件号码", "有效期至", "出生日期", "手机", "邮箱"]
    d(sep.join(hdr) + "\n")
    for r in range(g.i(3, 5)):
        p = Person(g)
        kind = g.c(["护照", "护照", "港澳通行证", "身份证", "回乡证"] if k != 1 else ["港澳通行证", "港澳通行证", "护照"])
        d(p.name, sep, p.py.upper(), sep, kind, sep)
        if kind == "护照":
            d(L.pp())
        elif kind == "港澳通行证":
            d(L.permit("C"))
        elif kind == "回乡证":
            d(L.permit(g.c("HM")))
        else:
            d(L.id(p.id))
        d(sep, f"{g.i(2025, 2034)}-{g.i(1, 12):02d}-{g.i(1, 28):02d}", sep, L.bd(p.birth, g.c(["-", "/", "."])), sep)
        d(L.mob(p.mobile, g.c(["+86", "+86 ", "plain", "0086"])), sep, L.mail(p.email), "\n")
    return d


def sh_assets(g, L, F, k):
    d = Doc()
    t = "\t"
    d(t.join(["资产编号", "使用人", "工号", "设备", "IMEI", "SN", "内网IP", "出口IP", "手机", "备注"]) + "\n")
    for r in range(g.i(3, 5)):
        d(f"IT-{g.i(2019, 2024)}-{g.digits(4)}{t}{g.name()}{t}E{g.digits(5)}{t}")
        dev = g.c(["iPhone 15", "华为 Mate 60", "ThinkPad X1", "MacBook Pro 14", "小米14", "OPPO Find X7"])
        d(dev, t, F.imei() if "Think" not in dev and "Mac" not in dev else "", t,
          "SN" + "".join(g.c("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10)), t, F.priv_ip(), t)
        if g.p(0.6):
            d(L.ip4())
        elif g.p(0.5):
            d(L.ip6())
        d(t)
        d(L.mob(style=g.c(["plain", "plain", "dash"])) if g.p(0.8) else F.masked_mobile())
        d(t, g.c(["", "", "备用机", "已回收", f"MAC {F.mac()}", "系统版本 v2.3.1.15"]), "\n")
    return d


def sh_payroll(g, L, F, k):
    d = Doc()
    d(["| 姓名 | 卡号 | 开户行 | 应发 | 实发 | 备注 |\n|:--|:--|:--|--:|--:|:--|\n",
       "姓名|卡号|开户行|实发工资|备注\n", "工资发放明细（2024年4月）\n姓名  卡号                      开户行        实发金额\n"][k % 3])
    for r in range(g.i(3, 5)):
        b = g.c(list(BINS))
        c = g.card(b)
        nm = g.name()
        amt = f"{g.i(4000, 32000)}.{g.i(0, 99):02d}"
        cstyle = g.c(["space4", "plain", "space4", "dash4"])
        if k % 3 == 0:
            d(f"| {nm} | ", L.card(c, cstyle), f" | {BANK_NAMES[b]} | {float(amt) + g.i(100, 2000):.2f} | {amt} | {g.c(['', '', '补发4月绩效', '新开户'])} |\n")
        elif k % 3 == 1:
            d(f"{nm}|", L.card(c, cstyle), f"|{BANK_NAMES[b]}|{amt}|{g.c(['', '', '补发', '离职结算'])}\n")
        else:
            d(f"{nm:<4}  ", L.card(c, cstyle), f"    {BANK_NAMES[b]:<8}  {amt}\n")
    d(f"\n合计：{F.amount()}    公司账户：{g.c(['1202', '3100', '1001'])} {g.digits(4)} {g.digits(4)} {g.digits(4)} {g.digits(3)}（对公账户）\n")
    return d


def sh_crm(g, L, F, k):
    d = Doc()
    d("Name,Mobile,Email,WeChat,QQ,Tel,Ext,Created At,Last Login IP\n")
    for r in range(g.i(3, 5)):
        p = Person(g)
        d(p.py.capitalize() if k % 2 else p.name, ",", L.mob(p.mobile, g.c(["plain", "+86", "+86 ", "dash", "plain"])), ",")
        d(L.mail(p.email) if g.p(0.8) else "", ",")
        d(L.wx() if g.p(0.6) else "", ",")
        if g.p(0.5):
            q = g.qq()
            d(L.qq(q))
        d(",")
        if g.p(0.5):
            d(L.land(g.c(["dash", "plain", "paren"])), f",{g.i(100, 8999)}")
        else:
            d(",")
        d(f",{F.ts()},")
        d(L.ip4() if g.p(0.7) else F.priv_ip())
        d("\n")
    return d


def sh_hk(g, L, F, k):
    d = Doc()
    d("員工編號,姓名,身分證/回鄉證,流動電話,電郵,出生日期(DD/MM/YYYY),車牌\n")
    for r in range(g.i(3, 4)):
        d(f"HK{g.digits(5)},{g.name()},")
        if g.p(0.5):
            d(L.permit(g.c("HM")))
        else:
            d(f"{g.c('ABCDEGHKMPRYZ')}{g.digits(6)}({g.c('0123456789A')})")  # HK identity card: not a labelled type
        d(",", L.intl("852", "m", g.c(["sp", "plain", "dash"])) if g.p(0.8) else L.mob(style="+86 "), ",")
        d(L.mail(domain=g.c(["gmail.com", "yahoo.com.hk", "netvigator.com", "outlook.com"])), ",")
        d(L.bd(style="dmy"), ",")
        d(L.plate(prov="粤", dot=False) if g.p(0.3) else g.c(["", f"{g.c(['AB', 'KD', 'TX', 'PV'])}{g.i(1, 9999)}"]))
        d("\n")
    return d


# ---------------------------------------------------------------- documents
def doc_contract(g, L, F, k):
    d = Doc()
    a = corp(g)
    p = Person(g, 1975, 2002)
    d("劳 动 合 同 书\n\n合同编号：", f"LD-{g.i(2023, 2024)}-{g.digits(5)}", "\n\n")
    d(f"甲方（用人单位）：{a[0]}\n统一社会信用代码：{F.uscc()}\n法定代表人：{g.name()}\n联系电话：", L.land(), "\n")
    d(f"地址：{addr(g)}\n\n")
    d(f"乙方（劳动者）：{p.name}        性别：{p.sex}\n")
    if k % 2 == 0:
        d("出生日期：", L.bd(p.birth, "cn"), "\n居民身份证号码：", L.id(p.id, g.c(["plain", "group"])), "\n")
    else:
        d("公民身份号码：", L.id(p.id), "（出生于", L.bd(p.birth, g.c(["cn", "-"])), "）\n")
    d(f"户籍地址：{addr(g)}\n现住址：{addr(g)}\n")
    d("联系电话：", L.mob(p.mobile, g.c(["plain", "dash", "space"])), "    电子邮箱：", L.mail(p.email), "\n")
    d("紧急联系人：", g.name(), "（", g.c(["父亲", "母亲", "配偶", "兄弟"]), "）  电话：", L.mob(), "\n\n")
    d("根据《中华人民共和国劳动法》《中华人民共和国劳动合同法》等法律法规的规定，甲乙双方经平等自愿、协商一致签订本合同。\n\n")
    d(f"第一条 合同期限：自{g.i(2023, 2024)}年{g.i(1, 12)}月{g.i(1, 28)}日起至{g.i(2026, 2027)}年{g.i(1, 12)}月{g.i(1, 28)}日止，其中试用期{g.c(['三', '六'])}个月。\n")
    d(f"第二条 工作内容：乙方同意在{g.c(['研发', '销售', '运营', '财务'])}岗位工作，工作地点为{g.c(CITY)[0]}。\n")
    d(f"第三条 劳动报酬：试用期月工资{g.i(6, 20)}000元，转正后月工资{g.i(8, 30)}000元，甲方于每月{g.i(5, 15)}日前以银行转账方式支付至乙方账户：\n")
    d("    开户行：", BANK_NAMES[(b := g.c(list(BINS)))], f"{g.c(['西湖支行', '高新支行', '营业部', '科技园支行'])}\n    账号：", L.card(bin_=b, style=g.c(["plain", "space4"])), "\n")
    d("第四条 社会保险：甲方依法为乙方缴纳社会保险和住房公积金。\n\n")
    d("（以下无正文）\n\n甲方（盖章）：                        乙方（签字）：\n")
    d(f"日期：{g.i(2023, 2024)}年{g.i(1, 12)}月{g.i(1, 28)}日               日期：\n\n")
    d(f"—— 第 1 页 共 {g.i(3, 6)} 页 ——\n")
    return d


def doc_judgment(g, L, F, k):
    d = Doc()
    court = g.c(["北京市朝阳区人民法院", "上海市浦东新区人民法院", "深圳市南山区人民法院", "杭州市西湖区人民法院"])
    d(f"{court}\n民 事 判 决 书\n\n{F.case_no()}\n\n")
    p1, p2 = Person(g, 1960, 1995), Person(g, 1960, 1995)
    for role, p in (("原告", p1), ("被告", p2)):
        if k % 2 == 0:
            d(f"{role}：{p.name}，{p.sex}，", L.bd(p.birth, "cn"), f"出生，汉族，住{addr(g)}，公民身份号码", L.id(p.id), "，联系电话", L.mob(p.mobile), "。\n")
        else:
            d(f"{role}：{p.name}，{p.sex}，", L.bd(p.birth, "cn"), f"生，身份证号码：", L.id(p.id), f"，住{addr(g)}。\n")
    d(f"委托诉讼代理人：{g.name()}，{g.c(['北京', '上海', '广东', '浙江'])}{g.c(['德恒', '金诚', '明理', '正源'])}律师事务所律师，执业证号{g.digits(17)}。\n\n")
    d(f"原告{p1.name}与被告{p2.name}民间借贷纠纷一案，本院于{g.i(2023, 2024)}年{g.i(1, 12)}月{g.i(1, 28)}日立案后，依法适用简易程序，公开开庭进行了审理。\n")
    d(f"原告诉称：{g.i(2021, 2022)}年{g.i(1, 12)}月，被告向原告借款{g.i(5, 80)}0000元，原告通过其名下尾号{g.digits(4)}的银行卡向被告账户（卡号", L.card(style="plain"), "）转账，")
    d(f"被告出具借条一张，约定{g.i(6, 24)}个月内归还。后经原告多次催要（微信：", L.wx(), "），被告至今未还。\n")
    d(f"本院认为，合法的借贷关系受法律保护。依照《中华人民共和国民法典》第六百七十五条、第六百七十六条之规定，判决如下：\n")
    d(f"被告{p2.name}于本判决生效之日起十日内偿还原告{p1.name}借款本金{F.amount()}。\n\n")
    d(f"案件受理费{g.i(50, 2000)}元，减半收取，由被告负担。\n\n审判员  {g.name()}\n{g.i(2024, 2024)}年{g.c(['一', '二', '三', '四', '五'])}月{g.c(['八', '十二', '二十'])}日\n书记员  {g.name()}\n")
    return d


def doc_police(g, L, F, k):
    d = Doc()
    p = Person(g)
    d(["接处警登记表\n", "报 案 笔 录（摘录）\n", "交通事故认定书（简易程序）\n"][k % 3])
    d(f"编号：{g.c(['JJ', 'BA', 'JT'])}{g.i(2024, 2024)}{g.digits(8)}\n")
    d(f"报警时间：{F.ts()}\n报案人：{p.name}  性别：{p.sex}  出生日期：", L.bd(p.birth), "\n")
    d("身份证件：", L.id(p.id, g.c(["plain", "group"])))
    if k % 3 == 0:
        d("（户籍系统登记为15位老证号 ", ("ID_CARD", p.id[:6] + p.id[8:17]), "）")
    d("\n联系方式：", L.mob(p.mobile, g.c(["plain", "dash"])), "\n")
    d("事发地点：", f"{addr(g)}附近（定位 ", L.gps(), "）\n")
    d("涉及车辆：", L.plate(), f"（{g.c(['白色', '黑色', '灰色'])}{g.c(['大众朗逸', '丰田卡罗拉', '比亚迪秦PLUS', '特斯拉Model 3'])}，车架号{F.vin()}）")
    if k % 2 == 0:
        d("、", L.plate(ev=True), "（电动车）")
    d("\n简要案情：报案人称其在上述地点", g.c(["停放车辆被刮擦", "手机被盗", "遭遇电信诈骗"]), "。")
    if k % 3 == 2 or g.p(0.5):
        d("对方驾驶人", g.name(), "，电话", L.mob(), "，驾驶证号", L.id(), "。")
    d(f"\n处理结果：{g.c(['已调解', '已受理，待进一步调查', '移交刑侦大队'])}。\n民警：{g.name()}  警号 {g.digits(6)}\n")
    return d


def doc_rental(g, L, F, k):
    d = Doc()
    a, b = Person(g, 1960, 1990), Person(g, 1985, 2002)
    d("房屋租赁合同\n\n")
    d(f"出租方（甲方）：{a.name}\n身份证号：", L.id(a.id), "\n电话：", L.mob(a.mobile), "\n")
    d(f"承租方（乙方）：{b.name}\n证件号码：", L.id(b.id, g.c(["plain", "group", "lowerx", "fw"])), "\n电话：", L.mob(b.mobile, g.c(["space", "dash", "plain"])))
    if g.p(0.6):
        d("（微信同号）")
    d("\n\n")
    d(f"一、甲方将位于{addr(g)}的房屋出租给乙方居住使用，建筑面积{g.i(40, 140)}.{g.i(0, 99)}平方米。\n")
    d(f"二、租期自{g.i(2024, 2024)}年{g.i(1, 6)}月1日至{g.i(2025, 2026)}年{g.i(1, 6)}月1日，月租金{g.i(20, 90)}00元，押一付三。\n")
    d("三、租金支付至甲方银行卡：", L.card(style=g.c(["space4", "plain"])), f"（{g.c(['工商银行', '建设银行', '招商银行'])}，户名{a.name}）。\n")
    d("四、乙方车辆（", L.plate(), "）可使用小区地下车位一个，车位费另计。\n")
    d(f"五、水电燃气费用由乙方承担。当前水表读数{g.i(100, 9999)}，电表读数{g.i(1000, 99999)}。\n")
    d("\n甲方签字：            乙方签字：\n")
    return d


def doc_claim(g, L, F, k):
    d = Doc()
    p = Person(g)
    d(["人身意外险理赔申请书\n", "境外旅行险 理赔报案表\n"][k % 2])
    d(f"保单号：{g.c(['P', 'A'])}{g.digits(19)}    报案号：{g.c(['RC', 'BA'])}{g.digits(14)}\n\n")
    d(f"被保险人：{p.name}\n证件类型：护照    证件号码：", L.pp(), "\n")
    d("出生日期：", L.bd(p.birth, g.c(["-", "/", "cn"])), f"    性别：{p.sex}\n")
    d("联系电话：", L.mob(p.mobile, g.c(["+86 ", "plain", "dash"])), "    电子邮件：", L.mail(p.email), "\n")
    d(f"出险时间：{F.ts()}\n出险地点：", g.c(["泰国曼谷", "日本大阪", "香港旺角", "新加坡"]), "（定位 ", L.gps(), "）\n")
    d("出险经过：", g.c(["在酒店浴室滑倒导致右腕骨折", "乘坐出租车时发生追尾，颈部受伤", "行李在机场丢失"]), "，已在当地医院就诊，就诊卡号 ", F.order(), "。\n")
    d(f"申请金额：{F.amount()}\n收款账户：{p.name}  ", BANK_NAMES[(b := g.c(list(BINS)))], "  ", L.card(bin_=b), "\n")
    if k % 2 == 1:
        d("港澳通行证号码（如经港澳出境）：", L.permit(), "\n")
    d("\n本人声明以上内容真实有效。   申请人签名：__________\n")
    return d


def doc_breach(g, L, F, k):
    d = Doc()
    d(["# 数据安全事件初步报告（内部·机密）\n\n", "# 个人信息泄露事件处置记录\n\n"][k % 2])
    d(f"**事件编号**：SEC-{g.i(2024, 2024)}-{g.digits(4)}\n**发现时间**：{F.ts()}\n**报告人**：{g.name()}（安全运营中心，分机 {g.i(8000, 8999)}）\n\n")
    d("## 1. 事件概述\n\n")
    d(f"监测平台发现外部地址 ", L.ip4(), " 与 ", L.ip4(), f" 在 {g.i(2, 40)} 分钟内对 /api/v2/member/export 接口发起 {g.i(2000, 90000)} 次请求，")
    d("疑似利用越权漏洞批量拉取会员资料。另有 IPv6 来源 ", L.ip6(), " 出现相同 User-Agent。\n\n")
    d("## 2. 泄露样本（已脱敏处理前的原始样例，仅供取证）\n\n")
    for _ in range(g.i(3, 4)):
        p = Person(g)
        d(f"- {p.name} / ", L.mob(p.mobile), " / ", L.id(p.id), " / ", L.mail(p.email), "\n")
    d(f"\n## 3. 影响范围\n\n约 {g.i(1, 9)}.{g.i(1, 9)} 万条记录，字段包括姓名、手机号、身份证号、邮箱，部分含收货地址。内网跳板机 {F.priv_ip()} 已隔离。\n\n")
    d("## 4. 联系人\n\n法务：", g.name(), " ", L.land(), f" 转 {g.i(100, 999)}；DPO 邮箱 ", L.mail(domain=corp(g)[1]), "\n")
    return d


def doc_resume(g, L, F, k):
    d = Doc()
    p = Person(g, 1990, 2002)
    d(f"个 人 简 历\n\n姓    名：{p.name}            性    别：{p.sex}\n")
    d("出生年月：", f"{p.birth.year}.{p.birth.month:02d}", "            政治面貌：", g.c(["群众", "共青团员", "中共党员"]), "\n")
    d("出生日期：", L.bd(p.birth, g.c(["-", ".", "cn", "/"])), "\n")
    d("手    机：", L.mob(p.mobile, g.c(["plain", "dash", "space"])), "        邮    箱：", L.mail(p.email), "\n")
    if k % 2 == 0:
        d("微    信：", L.wx(), "\n")
    else:
        d("QQ：", L.qq(), "（同微信）\n")
    d(f"求职意向：{g.c(['Java开发工程师', '数据分析师', '产品经理', '新媒体运营'])}    期望薪资：{g.i(10, 35)}K\n\n教育背景\n")
    d(f"{g.i(2008, 2016)}.09 - {g.i(2012, 2020)}.06    {g.c(['浙江大学', '武汉大学', '华南理工大学', '四川大学'])}    {g.c(['计算机科学与技术', '统计学', '信息管理'])}    本科\n\n工作经历\n")
    d(f"{g.i(2016, 2021)}.07 - 至今    {corp(g)[0]}    高级工程师\n  · 负责会员系统重构，QPS 提升 {g.i(2, 8)} 倍；\n  · 主导数据脱敏平台建设。\n")
    d("\n证明人：", g.name(), "  ", L.land(g.c(["dash", "paren"])), "\n")
    return d


def doc_hk_auth(g, L, F, k):
    d = Doc()
    d("授 權 書\n\n")
    d(f"本人 {g.name()}（香港身份證號碼 {g.c('ABCDEGKPRYZ')}{g.digits(6)}({g.digits(1)})，回鄉證號碼 ", L.permit(g.c("HM")), "，")
    d("護照號碼 ", L.pp(), "），出生日期 ", L.bd(style=g.c(["dmy", "cn", "-"])), "，")
    d("現授權 ", g.name(), "（內地居民身份證號碼 ", L.id(), "，電話 ", L.mob(style=g.c(["+86 ", "plain", "+86-"])), "）")
    d(f"代為辦理位於{g.c(['深圳市福田區', '廣州市天河區', '珠海市香洲區'])}物業之過戶手續。\n\n")
    d("本人聯絡電話：", L.intl("852", "m"), "（手提）／", L.intl("852", "f"), "（辦公室）\n電郵：", L.mail(domain=g.c(["gmail.com", "yahoo.com.hk", "hotmail.com"])), "\n")
    if k % 2:
        d("台灣聯絡處：", L.intl("886", "f", "sp"), "，手機 ", L.intl("886", "m", "sp"), "\n")
    d(f"\n授權期限：自簽署之日起{g.c(['六', '十二'])}個月。\n\n授權人簽署：__________    日期：{g.i(1, 28)}/{g.i(1, 12)}/2024\n")
    return d


def doc_medical(g, L, F, k):
    d = Doc()
    p = Person(g, 1940, 2015)
    d(f"{g.c(['浙江大学医学院附属第一医院', '北京协和医院', '中山大学附属第三医院', '四川大学华西医院'])}\n门（急）诊病历\n\n")
    d(f"门诊号：{g.digits(10)}    就诊科室：{g.c(['心内科', '消化内科', '骨科', '儿科', '皮肤科'])}    就诊日期：{F.ts()[:10]}\n")
    d(f"姓名：{p.name}  性别：{p.sex}  年龄：{2024 - p.birth.year}岁  出生日期：", L.bd(p.birth, g.c(["-", "compact", "/"])), "\n")
    d("身份证号：", L.id(p.id))
    if k % 2 == 0 and p.birth.year < 2000:
        d("（旧系统15位证号 ", ("ID_CARD", p.id[:6] + p.id[8:17]), "）")  # the legacy 15-digit form of the same ID
    d("  医保卡号：", f"{g.c(['33', '11', '44', '51'])}{g.digits(10)}", "\n")
    d("联系电话：  ", L.mob(p.mobile, g.c(["plain", "fw"])), "   紧急联系人：", g.name(), "  ", L.mob(style=g.c(["plain", "dash"])), "\n")
    d(f"主诉：{g.c(['反复胸闷3天', '上腹痛伴反酸1周', '右膝外伤后肿痛2小时', '发热咳嗽2天'])}。\n现病史：……\n")
    d(f"诊断：{g.c(['1. 高血压病2级', '1. 慢性胃炎', '1. 右膝半月板损伤', '1. 急性上呼吸道感染'])}\n处理：{g.c(['完善心电图、血常规', '奥美拉唑肠溶胶囊 20mg qd', '制动，MRI检查'])}\n医师签名：{g.name()}\n")
    return d


# ---------------------------------------------------------------- mail
def sig(d, g, L, nm, co, k):
    d(f"\n--\n{nm}\n{co[0]} | {g.c(['人力资源部', '客户服务部', '法务合规部', '信息安全部', '采购部'])}\n")
    d("T: ", L.land(g.c(["dash", "+86", "paren"])), f" ext. {g.i(100, 9999)}\n" if g.p(0.5) else f" 转 {g.i(100, 9999)}\n")
    d("M: ", L.mob(style=g.c(["dash", "space", "+86 ", "plain", "+86sp"])), "\nE: ", L.mail(g.email(domain=co[1], style=g.i(0, 5))), "\n")
    d(f"地址：{addr(g)}\n")


def ml_onboard(g, L, F, k):
    d = Doc(crlf=k % 2 == 1)
    co = corp(g)
    hr = g.name()
    p = Person(g, 1992, 2002)
    d("From: ", hr, " <", L.mail(g.email(domain=co[1], style=2)), ">\nTo: ", L.mail(p.email), f"\nDate: {g.c(['Mon', 'Tue', 'Wed', 'Thu'])}, {g.i(1, 28)} May 2024 {g.i(9, 18)}:{g.i(10, 59)}:{g.i(10, 59)} +0800\n")
    d(f"Subject: 【入职通知】{co[0]} 录用通知书及入职材料清单\n\n{p.name} 同学，您好！\n\n")
    d(f"恭喜您通过面试，现正式通知您于 {g.i(2024, 2024)}年{g.i(6, 7)}月{g.i(1, 28)}日 上午9:00 到公司报到。请核对以下信息：\n\n")
    d("  身份证号：", L.id(p.id), "\n  手机号码：", L.mob(p.mobile), "\n  出生日期：", L.bd(p.birth, g.c(["-", "cn"])), "\n  工资卡（请提供本人名下一类卡）：", L.card(style=g.c(["plain", "space4"])), "\n\n")
    d("如信息有误请直接回复本邮件。入职当天请携带身份证原件、学历证书、离职证明。\n停车请登记车牌，访客车位有限。\n")
    sig(d, g, L, hr, co, k)
    return d


def ml_complaint(g, L, F, k):
    d = Doc()
    co = corp(g)
    p = Person(g)
    cs = g.name()
    d(f"发件人: 客服中心 <", L.mail(f"kefu@{co[1]}"), f">\n发送时间: 2024年{g.i(3, 6)}月{g.i(1, 28)}日 {g.i(9, 20)}:{g.i(10, 59)}\n收件人: 法务部 <", L.mail(f"legal@{co[1]}"), ">\n主题: 转发: 投诉升级 - 订单 ", F.order(), "\n\n")
    d("法务同事好，客户要求升级处理，原始邮件如下，请评估。\n\n---------- 转发的邮件 ----------\n")
    d(f"> 发件人：{p.name} <", L.mail(p.email), ">\n> 你们的快递员把我的包裹放在门口被偷了！！😡 单号 ", F.tracking(), "\n")
    d("> 我的电话 ", L.mob(p.mobile, g.c(["plain", "space", "fw"])), " 打了 N 次客服都没人接。\n")
    d("> 身份证 ", L.id(p.id), " 已经按你们要求上传了，还要我怎样？\n")
    if k % 2 == 0:
        d("> 退款请打到我的卡 ", L.card(style="space4"), " 谢谢\n")
    d(f">\n> {p.name}\n\n客服处理记录：{g.c(['已致电2次未接通', '已补发', '已赔付50元优惠券'])}；客户手机号的脱敏显示为 {F.masked_mobile()}。\n")
    d(f"\n{cs}\n客服中心  400-{g.i(100, 999)}-{g.digits(4)}\n")
    return d


def ml_hk_partner(g, L, F, k):
    d = Doc(crlf=True)
    d("From: ", g.c(["Karen", "Vincent", "Janice", "Alan"]), " ", g.c(["Chan", "Wong", "Leung", "Lau"]), " <", L.mail(domain=g.c(["hkfinance.com.hk", "gmail.com"])), ">\n")
    d("To: ", L.mail(), "\nCc: ", L.mail(domain=corp(g)[1]), "\nSubject: RE: Visa invitation letter - delegates list\n\n")
    d("Hi all,\n\nPlease find below the details of our delegates for the invitation letters:\n\n")
    for _ in range(g.i(2, 3)):
        d(f"  * {g.c(['Mr', 'Ms'])} {g.c(['CHAN Tai Man', 'WONG Siu Ming', 'LEE Ka Yan', 'HO Wing Sze'])}, DOB ", L.bd(style=g.c(["en", "dmy", "us"])),
          f", HKID {g.c('ABCDEGKPRYZ')}{g.digits(6)}({g.digits(1)}), Home Return Permit ", L.permit(g.c("HM")), ", mobile ", L.intl("852", "m", g.c(["sp", "dash", "plain"])), "\n")
    d("\nOur mainland colleague Ms ", g.name(), " (passport no. ", L.pp(), ", mobile ", L.mob(style=g.c(["+86 ", "+86sp", "+86-"])), ") will join from Shenzhen.\n")
    d("\nOffice: ", L.intl("852", "f"), "\nFax: +852 ", f"{g.i(2, 3)}{g.digits(3)} {g.digits(4)}", "\n\nBest regards,\n")
    d("\n-----Original Message-----\nFrom: ", L.mail(domain=corp(g)[1]), f"\nSent: {g.i(1, 28)} May 2024 10:{g.i(10, 59)}\nSubject: Visa invitation letter\n\n> Kindly send passport copies before Friday. Thanks!\n")
    return d


def ml_travel(g, L, F, k):
    d = Doc()
    p = Person(g)
    d(f"【行程确认】您的订单 {F.order()} 已出票\n\n尊敬的 {p.name} 先生/女士：\n\n")
    d(f"航班：{g.c(['CA', 'MU', 'CZ', 'HU'])}{g.i(100, 9999)}  {g.c(['北京首都', '上海浦东', '广州白云'])} → {g.c(['香港', '澳门', '新加坡', '东京成田'])}\n")
    d(f"起飞：{F.ts()[:16]}    票号：{g.i(781, 999)}-{g.digits(10)}\n\n乘机人信息：\n")
    kind = g.c(["护照", "港澳通行证"]) if k % 2 == 0 else "护照"
    d(f"  姓名：{p.py.upper()}/{p.name}\n  证件：{kind} ", L.pp() if kind == "护照" else L.permit())
    d("\n  出生日期：", L.bd(p.birth, g.c(["-", "/"])), "\n  联系手机：", L.mob(p.mobile, g.c(["plain", "dash"])), "\n  常旅客卡号：", f"{g.c(['CA', 'MU'])}{g.digits(12)}", "\n\n")
    d(f"支付方式：信用卡 {F.masked_card()}    金额：{F.amount()}\n")
    d("如需改签请致电 95583 或 4006-100-666。\n本邮件由系统自动发出，请勿直接回复。退订请发送邮件至 ", L.mail(f"unsubscribe@{g.c(['trip-mail', 'ctripmail', 'fly-notice'])}.cn"), "\n")
    return d


def ml_security(g, L, F, k):
    d = Doc()
    u = g.email(domain=corp(g)[1])
    d("Subject: [Security Alert] New sign-in to your account\nFrom: ", L.mail("no-reply@" + g.c(["accounts.example-sso.cn", "sso.corp-idp.cn"])), "\nTo: ")
    d(L.mail(u), "\n\nWe noticed a new sign-in to your account ", L.mail(u), ".\n\n")
    d("  Time:     ", F.ts(), " (UTC+8)\n  IP:       ", L.ip4() if k % 2 == 0 else L.ip6(), "\n  Location: ", g.c(["Guangzhou, CN", "Chengdu, CN", "Hanoi, VN", "Unknown"]), "\n")
    d(f"  Device:   {g.c(['Chrome 124 on Windows 10', 'Safari on iPhone (iOS 17.4.1)', 'Edge 123 on macOS'])}\n\n")
    d("If this was you, you can ignore this message. Otherwise reset your password and contact the IT desk at ", L.land("dash"), " (ext. ", str(g.i(1000, 9999)), ").\n")
    d(f"Previous sign-in: {F.ts()} from ", L.ip4(), f" (office VPN gateway {F.priv_ip()}).\n")
    return d


def ml_recruit(g, L, F, k):
    d = Doc()
    cands = [Person(g, 1993, 2002) for _ in range(g.i(2, 3))]
    d(f"主题：【简历推荐】{g.c(['Java高级开发', '数据产品经理', 'UI设计师'])} - {len(cands)}位候选人\n\n张总您好，\n\n本周推荐以下候选人，联系方式如下，请勿外传：\n\n")
    for i, p in enumerate(cands, 1):
        d(f"{i}. {p.name}，{p.sex}，", str(2024 - p.birth.year), "岁，现就职于", corp(g)[0], "\n   电话：", L.mob(p.mobile, g.c(["plain", "dash", "space"])))
        if g.p(0.5):
            d(" 微信：", L.wx())
        else:
            d("（微信同号）")
        d("\n   邮箱：", L.mail(p.email))
        if g.p(0.5):
            d("  QQ：", L.qq())
        d(f"\n   期望：{g.i(25, 60)}K×{g.c(['13', '14', '15', '16'])}，到岗时间 {g.c(['一个月内', '随时', '两周'])}\n\n")
    d(f"猎头顾问 {g.name()}\n", L.mob(style="dash"), " | 微信 ", L.wx(), "\n")
    return d


def ml_digest(g, L, F, k):
    d = Doc()
    d(f"[hr-list] 摘要，第 {g.i(10, 99)} 卷，第 {g.i(1, 30)} 期\n\n今日主题：\n  1. 年会报名 ({g.name()})\n  2. 回复：社保基数调整 ({g.name()})\n\n")
    d("----------------------------------------------------------------------\n\n消息：1\n日期：", F.ts(), "\n发件人：", g.name(), " <", L.mail(), ">\n\n")
    d("报名年会的同学请把姓名、手机号发到这个邮箱。我先报：", L.mob(style=g.c(["plain", "dash"])), "，带家属1人。\n\n")
    d("----------------------------------------------------------------------\n\n消息：2\n日期：", F.ts(), "\n发件人：", g.name(), " <", L.mail(domain=corp(g)[1]), ">\n\n")
    d(f"> 社保基数按上年度月平均工资{g.i(6000, 30000)}元核定\n\n补充：有疑问请联系社保专员 ", g.name(), "，电话 ", L.land(), "，或发邮件至 ", L.mail(domain=corp(g)[1]), "。\n")
    d(f"\n_______________________________________________\nhr-list 邮件列表\n退订：https://lists.{corp(g)[1]}/mailman/listinfo/hr-list\n")
    return d


def ml_logistics(g, L, F, k):
    d = Doc(crlf=k % 2 == 0)
    d(f"Subject: 提货通知 / 车辆信息 - 提单号 {g.c(['COSU', 'MSKU', 'OOLU'])}{g.digits(10)}\n\n{g.name()}您好：\n\n明日提货车辆信息如下：\n\n")
    for _ in range(g.i(2, 3)):
        d("  车牌 ", L.plate(), "  挂车 ", ("PLATE", g.uniq(lambda: f"{g.c(PROVINCES)}{g.c(PLATE_LETTERS)}{g.digits(4)}挂")), f"  司机 {g.name()}  电话 ", L.mob(style=g.c(["plain", "space", "dash"])), "  身份证 ", L.id(), "\n")
    d(f"\n预计到场 {F.ts()[:16]}，装货地点 {addr(g)}（GPS：", L.gps(), "）。\n")
    d(f"快递单号 {F.tracking()}，取件码 {F.pickup()}。\n现场联系人：", g.name(), " ", L.mob(), "；仓库座机 ", L.land(), "-8", str(g.i(10, 99)), "\n")
    return d


def ml_bank(g, L, F, k):
    d = Doc()
    p = Person(g)
    d(f"{g.c(['招商银行', '中国工商银行', '交通银行'])}信用卡电子对账单\n\n尊敬的{p.name}{g.c(['先生', '女士'])}：\n\n")
    d(f"您 {g.i(2024, 2024)}年{g.i(1, 5)}月 的账单已出。\n卡号：{F.masked_card()}    账单日：{g.i(1, 28)}日    到期还款日：{g.i(1, 28)}日\n")
    d(f"本期应还：{F.amount()}    最低还款：{F.amount()}\n\n")
    d("自动还款账户：", L.card(style=g.c(["plain", "space4"])), "（借记卡）\n")
    d("账单寄送邮箱：", L.mail(p.email), "\n预留手机：", L.mob(p.mobile, g.c(["plain", "34 4"])) if k % 2 else F.masked_mobile(), "\n\n")
    d(f"交易明细：\n  {F.ts()[:10]}  财付通-微信转账  {F.amount()}  交易单号 {F.wx_trade()}\n  {F.ts()[:10]}  支付宝-{g.c(['美团', '京东', '滴滴出行'])}  {F.amount()}  交易号 {F.ali_trade()}\n")
    d("\n客服热线 95555 | 境外请拨 ", L.land("+86"), "\n")
    return d


# ---------------------------------------------------------------- web
def wb_form(g, L, F, k):
    d = Doc()
    p = Person(g)
    d('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>会员资料修改</title>\n<style>.row{margin:8px 0}.lbl{width:120px;color:#333}</style>\n')
    d(f'<script src="/static/js/app.{F.hexid(8)}.js?v=3.2.1"></script>\n</head>\n<body>\n<form id="profile" method="post" action="/member/profile/save">\n')
    d(f'  <input type="hidden" name="csrf_token" value="{F.hexid(32)}">\n')
    d(f'  <div class="row"><label class="lbl">姓名</label><input name="realName" value="{p.name}"></div>\n')
    d('  <div class="row"><label class="lbl">手机号</label><input name="mobile" type="tel" value="', L.mob(p.mobile), '"></div>\n')
    d('  <div class="row"><label class="lbl">身份证</label><input name="idCard" value="', L.id(p.id), '" maxlength="18"></div>\n')
    d('  <div class="row"><label class="lbl">邮箱</label><input name="email" type="email" value="', L.mail(p.email), '"></div>\n')
    d('  <div class="row"><label class="lbl">生日</label><input name="birthday" type="date" value="', L.bd(p.birth, "-"), '"></div>\n')
    if k % 2 == 0:
        d('  <div class="row"><label class="lbl">QQ</label><input name="qq" value="', L.qq(), '"></div>\n')
    else:
        d('  <div class="row"><label class="lbl">微信号</label><input name="wechat" value="', L.wx(), '"></div>\n')
    d('  <div class="row"><label class="lbl">备注</label><textarea name="remark">周末请打座机 ', L.land(), '，手机 ', F.masked_mobile(), ' 已停用</textarea></div>\n')
    d('  <button type="submit">保存</button>\n</form>\n<script>\n  window.__INIT__ = {"uid": ', str(g.i(10000000, 99999999)), ', "ver": "5.12.3", "ts": ', F.ts_ms(), '};\n</script>\n</body>\n</html>\n')
    return d


def wb_api(g, L, F, k):
    d = Doc()
    p = Person(g)
    ind = "  "
    d('{\n  "code": 0,\n  "msg": "success",\n  "requestId": "', F.uuid(), '",\n  "data": {\n')
    d(f'{ind * 2}"userId": {g.i(10 ** 9, 10 ** 10 - 1)},\n{ind * 2}"nickname": "{g.c(["小鱼儿", "风吹麦浪", "Lucky🍀", "阿杰", "momo"])}",\n')
    d(f'{ind * 2}"realName": "{p.name}",\n{ind * 2}"mobile": "', L.mob(p.mobile), f'",\n{ind * 2}"mobileMask": "{p.mobile[:3]}****{p.mobile[7:]}",\n')
    d(f'{ind * 2}"idNo": "', L.id(p.id), f'",\n{ind * 2}"birthday": "', L.bd(p.birth, "-"), f'",\n')
    d(f'{ind * 2}"email": "', L.mail(p.email), f'",\n')
    if k % 2 == 0:
        d(f'{ind * 2}"bankCards": [\n{ind * 3}{{"bank": "ICBC", "cardNo": "', L.card(bin_="622202"), f'", "type": "DEBIT"}},\n{ind * 3}{{"bank": "CMB", "cardNo": "', L.card(bin_="622588"), '", "type": "DEBIT"}}\n', f'{ind * 2}],\n')
    d(f'{ind * 2}"lastLogin": {{"ip": "', L.ip4(), '", "time": "', F.ts(), '", "device": "', g.c(["iPhone15,2", "HUAWEI ALN-AL00", "Xiaomi 23127PN0CC"]), '"},\n')
    d(f'{ind * 2}"address": {{"location": "', L.gps(","), f'", "detail": "{addr(g)}"}},\n')
    d(f'{ind * 2}"vip": {{"level": {g.i(1, 9)}, "expire": "{F.ts()[:10]}", "cardNo": "VIP{g.digits(10)}"}}\n  }}\n}}\n')
    return d


def wb_secondhand(g, L, F, k):
    d = Doc()
    d(g.c(["【转让】", "出闲置～", "【急租】", "✨低价转✨"]), g.c(["九成新 iPhone 14 Pro 256G", "宝宝推车+安全座椅", "次卧单间（近地铁）", "2019款 大众途观L"]), "\n\n")
    d(f"{g.c(['自用', '搬家处理', '换新了', '毕业甩卖'])}，{g.c(['不刀', '可小刀', '价格可议'])} 💰{g.i(200, 90000)}\n")
    d(g.c(["同城面交，", "可走闲鱼担保，", "仅限本地自提，"]), "有意的加V：", L.wx(), " 或者扣扣 ", L.qq(), "\n")
    if k % 3 == 0:
        d("电话怕被骚扰写成这样：", ("MOBILE", "".join(CN_NUM_REV[c] for c in g.mobile())), "（看得懂的来）\n")
    elif k % 3 == 1:
        m = g.mobile()
        d("☎️ ", ("MOBILE", "幺" + "".join(CN_NUM_REV[c] for c in m[1:3]) + " " + m[3:7] + " " + "".join(CN_NUM_REV[c] for c in m[7:])), " 晚上8点后勿扰\n")
    else:
        d("电话 ", L.mob(style="fw"), " 微信同号\n")
    if "途观" in d.text:
        d("车牌 ", L.plate(), "，年审到明年，VIN ", F.vin(), "\n")
    d(f"\n{g.i(1, 59)}分钟前 · {g.c(['杭州', '成都', '深圳', '武汉'])} · {g.i(3, 300)}人想要\n")
    d("--- 评论 ---\n", g.c(["路人甲", "momo", "好运来"]), "：还在吗？我电话 ", L.mob(style=g.c(["plain", "space"])), "，看到回一下🙏\n")
    return d


CN_NUM_REV = {"0": "零", "1": "一", "2": "二", "3": "三", "4": "四", "5": "五", "6": "六", "7": "七", "8": "八", "9": "九"}


def wb_jobs(g, L, F, k):
    d = Doc()
    co = corp(g)
    d(f"<div class=\"job-detail\">\n  <h1>{g.c(['Java开发工程师', '客服专员', '仓库管理员', '销售代表'])}</h1>\n  <p class=\"salary\">{g.i(5, 20)}-{g.i(21, 40)}K·13薪</p>\n")
    d(f"  <p>公司：{co[0]}</p>\n  <p>工作地点：{addr(g)}</p>\n  <div class=\"contact\">\n")
    d("    <p>联系人：", g.name(), g.c(["经理", "女士", "先生"]), "</p>\n    <p>电话：<a href=\"tel:", L.mob(style="plain"), "\">")
    m = d.parts[-2]
    d(("MOBILE", g.fmt_mobile(m, "dash")), "</a></p>\n")
    d("    <p>座机：", L.land(g.c(["dash", "paren"])), "</p>\n    <p>简历投递：<a href=\"mailto:", L.mail(g.email(domain=co[1])), "\">")
    d(("EMAIL", d.parts[-2]), "</a></p>\n")
    if k % 2:
        d("    <p>HR微信：", L.wx(), "（备注“应聘”）</p>\n")
    d(f"  </div>\n  <p class=\"meta\">发布于 {F.ts()[:10]} · 职位编号 JD{g.digits(8)}</p>\n</div>\n")
    return d


def wb_profile(g, L, F, k):
    d = Doc()
    p = Person(g)
    d(f"个人中心 > 账号与安全\n\n昵称：{g.c(['一只小鹿', 'Tony老师', '🍉西瓜', 'Kevin_Wu'])}\n会员号：{g.digits(12)}\n")
    d("绑定手机：", L.mob(p.mobile, g.c(["plain", "space"])), "  [更换]\n绑定邮箱：", L.mail(p.email), "  [解绑]\n")
    d("实名认证：已认证（", p.name, "，", L.id(p.id, "plain") if k % 2 == 0 else F.masked_id(), "）\n")
    d("生日：", L.bd(p.birth, g.c(["-", "cn", "/"])), "  （生日当月享双倍积分🎂）\n")
    d("常用车辆：", L.plate(), "\n")
    d(f"登录设备：\n  · {g.c(['iPhone 15 Pro', 'HUAWEI P60', 'Redmi K70'])}  最近登录 {F.ts()}  IP ", L.ip4(), "\n")
    d(f"  · Windows PC  最近登录 {F.ts()}  IP ", L.ip6(), "\n  · 平板  最近登录 ", F.ts(), f"  IP {F.priv_ip()}（局域网）\n")
    d("\n收货地址（默认）：", addr(g), " ", p.name, " ", L.mob(style="plain"), "\n")
    return d


def wb_notice(g, L, F, k):
    d = Doc()
    d(f"<h2>{g.c(['2024年度困难学生补助公示', '拟录用人员名单公示', '安置房摇号结果公示'])}</h2>\n")
    d(f"<p>根据有关规定，现将名单予以公示，公示期{g.c(['5', '7'])}个工作日。</p>\n<table border=\"1\">\n<tr><th>序号</th><th>姓名</th><th>身份证号</th><th>联系电话</th></tr>\n")
    leak_row = g.i(1, 4)
    for i in range(1, 6):
        if i == leak_row:
            p = Person(g)
            d(f"<tr><td>{i}</td><td>{p.name}</td><td>", L.id(p.id), "</td><td>", L.mob(p.mobile), "</td></tr>\n")
        else:
            d(f"<tr><td>{i}</td><td>{g.name()[0]}*{g.c(GIVEN)}</td><td>{F.masked_id()}</td><td>{F.masked_mobile()}</td></tr>\n")
    d("</table>\n<p>如有异议，请在公示期内向监督电话 ", L.land(), " 或邮箱 ", L.mail(domain=g.c(["edu.cn", "gov.cn", "zjedu.gov.cn"])), " 反映。</p>\n")
    d(f"<p style=\"text-align:right\">{g.c(['区教育局', '人事处', '住房保障中心'])}<br>{F.ts()[:10]}</p>\n")
    return d


def wb_checkin(g, L, F, k):
    d = Doc()
    d('{"trace_id":"', F.hexid(32), '","events":[\n')
    n = g.i(3, 4)
    for i in range(n):
        d('  {"type":"checkin","uid":', str(g.i(10 ** 7, 10 ** 8 - 1)), ',"loc":"', L.gps(","), '","accuracy":', str(g.i(5, 80)), ',"ip":"')
        d(L.ip4() if g.p(0.6) else L.ip6(), '","net":"', g.c(["4G", "5G", "WIFI"]), '","ts":', F.ts_ms())
        if i == 0:
            d(',"phone":"', L.mob(style="+86"), '"')
        d("}" + ("," if i < n - 1 else "") + "\n")
    d('],"page":{"size":20,"cursor":"', F.hexid(12), '"}}\n')
    return d


def wb_comments(g, L, F, k):
    d = Doc()
    d(f"{g.c(['#某某小区业主群', '【维权帖】', '求助｜'])}{g.c(['物业乱收费', '装修公司跑路', '租房押金不退'])}\n楼主 {g.c(['不吃香菜', '开心就好', 'Echo', '老王隔壁'])}  {F.ts()[:16]}\n\n")
    d(f"交了{g.i(3, 9)}万{g.c(['装修款', '押金', '物业费'])}，现在老板人找不到了！！！他叫{g.name()}，电话 ", L.mob(style=g.c(["plain", "space", "dash", "fw"])), "，身份证 ", L.id(), "，开的车 ", L.plate(), "，大家看到了告诉我😭\n\n")
    d(f"#{g.i(1, 9)}楼 {g.c(['路过', '吃瓜', '同病相怜'])}：我也被坑了，他另一个号是 ", L.mob(), "，QQ ", L.qq(), "\n")
    d(f"#{g.i(10, 19)}楼 {g.c(['律师小张', '法援志愿者'])}：建议报警，不要公开别人的个人信息哦，这样可能违法。有需要可以联系我 ", L.mail(), "\n")
    d(f"#{g.i(20, 29)}楼 楼主：已报警，回执编号 {g.c(['BA', 'JJ'])}{g.digits(14)}\n")
    return d


# ---------------------------------------------------------------- logs
def lg_java(g, L, F, k):
    d = Doc(crlf=k % 2 == 0)
    for _ in range(g.i(3, 5)):
        ts = F.ts().replace(" ", " ") + f".{g.i(0, 999):03d}"
        th = g.c(["http-nio-8080-exec-3", "http-nio-8080-exec-17", "main", "task-2", "kafka-consumer-1"])
        kind = g.c(["reg", "reg", "pay", "sms", "login"])
        tid = F.hexid(16)
        if kind == "reg":
            p = Person(g)
            d(f"{ts} INFO  [{th}] [{tid}] c.y.member.controller.RegisterController - register request: RegisterDTO(mobile=", L.mob(p.mobile), f", realName={p.name}, idCard=", L.id(p.id), ", email=", L.mail(p.email), f", inviteCode={g.digits(6)})\n")
        elif kind == "pay":
            d(f"{ts} WARN  [{th}] [{tid}] c.y.pay.service.BindCardService - bind card failed, cardNo=", L.card(), ", phone=", L.mob(), f", respCode=E{g.digits(4)}, respMsg=卡状态异常\n")
        elif kind == "sms":
            d(f"{ts} DEBUG [{th}] [{tid}] c.y.sms.AliyunSmsSender - send sms to ", L.mob(style=g.c(["+86", "plain"])), f" template=SMS_{g.digits(9)} params={{\"code\":\"{g.digits(6)}\"}} bizId={g.digits(18)}^{g.digits(1)}\n")
        else:
            d(f"{ts} INFO  [{th}] [{tid}] c.y.auth.LoginFilter - login ok user=", L.mail(), " ip=", L.ip4(), f" ua=\"Mozilla/5.0 (Linux; Android 14; {g.c(['SM-S9180', 'V2309A', 'PJD110'])} Build/UP1A.{g.i(230000, 240000)}.{g.digits(3)})\"\n")
    d(f"{F.ts()}.{g.i(0, 999):03d} ERROR [main] o.a.c.c.StandardContext - Exception sending context initialized event\njava.lang.IllegalStateException: duplicate key {g.digits(10)}\n\tat com.y.member.cache.UserCache.load(UserCache.java:{g.i(20, 300)})\n")
    return d


def lg_nginx(g, L, F, k):
    d = Doc()
    for i in range(g.i(4, 5)):
        pub = g.p(0.75)
        ts = dt.datetime(2024, 5, 1) + dt.timedelta(seconds=g.i(0, 30 * 86400))
        path = g.c(["/api/v1/user/info", "/api/v1/sms/send", "/h5/order/list", "/static/img/logo.png", "/api/v1/address/save"])
        d(L.ip4() if pub and g.p(0.8) else (L.ip6() if pub else F.priv_ip()), f" - - [{ts:%d/%b/%Y:%H:%M:%S} +0800] \"{g.c(['GET', 'POST'])} {path}")
        if "sms" in path or "address" in path:
            d("?phone=", L.mob(), f"&scene={g.c(['login', 'bind'])}")
        if "info" in path and g.p(0.5):
            d("?uid=", str(g.i(10 ** 6, 10 ** 7)), "&email=", L.mail())
        d(f" HTTP/1.1\" {g.c([200, 200, 200, 302, 404, 499])} {g.i(200, 90000)} \"-\" \"{g.c(['okhttp/4.9.3', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)', 'curl/8.5.0'])}\" rt={g.i(1, 999) / 1000:.3f}\n")
    return d


def lg_sql(g, L, F, k):
    d = Doc()
    d(f"-- MySQL dump 10.13  Distrib 8.0.{g.i(30, 36)}, for Linux (x86_64)\n-- Host: {F.priv_ip()}    Database: member\n\n")
    d("INSERT INTO `t_member` (`id`,`name`,`mobile`,`id_card`,`birthday`,`email`,`reg_ip`,`created_at`) VALUES\n")
    n = g.i(3, 5)
    for i in range(n):
        p = Person(g)
        d(f"({g.i(1000, 99999)},'{p.name}','", L.mob(p.mobile), "','", L.id(p.id), "','", L.bd(p.birth, "-"), "',")
        if g.p(0.7):
            d("'", L.mail(p.email), "'")
        else:
            d("NULL")
        d(",'", L.ip4() if g.p(0.7) else F.priv_ip(), f"','{F.ts()}')" + ("," if i < n - 1 else ";") + "\n")
    d("\n-- slow query\n# Query_time: ", f"{g.i(1, 30)}.{g.digits(6)}", "  Lock_time: 0.000120 Rows_sent: 1  Rows_examined: ", str(g.i(10 ** 5, 10 ** 7)), "\n")
    d("SELECT * FROM t_member WHERE mobile = '", L.mob(), "' OR id_card = '", L.id(), "';\n")
    return d


def lg_json(g, L, F, k):
    d = Doc()
    for _ in range(g.i(3, 4)):
        d('{"@timestamp":"', F.ts().replace(" ", "T"), f'+08:00","level":"{g.c(["INFO", "INFO", "WARN"])}","service":"{g.c(["ride-dispatch", "order-center", "risk-engine"])}","clientIp":"')
        d(L.ip4() if g.p(0.7) else L.ip6(), '"')
        ev = g.c(["ride", "risk", "kyc"])
        if ev == "ride":
            d(',"event":"trip_start","driverPhone":"', L.mob(), '","plate":"', L.plate(dot=False), '","pickup":"', L.gps(","), '"')
        elif ev == "risk":
            d(f',"event":"risk_hit","rule":"R{g.digits(4)}","deviceId":"{F.imei()}","userMobile":"', L.mob(style="+86"), f'","score":{g.i(1, 100)}')
        else:
            d(',"event":"kyc_submit","certType":"PASSPORT","certNo":"', L.pp(), '","birthday":"', L.bd(style="-"), '"')
        d(f',"traceId":"{F.hexid(32)}"}}\n')
    return d


def lg_trace(g, L, F, k):
    d = Doc(crlf=True)
    p = Person(g)
    d(f"{F.ts()},{g.i(100, 999)} ERROR [order-service,{F.hexid(16)},{F.hexid(16)}] 1 --- [nio-8080-exec-{g.i(1, 20)}] o.s.web.servlet.DispatcherServlet : Request processing failed\n")
    d("org.springframework.dao.DuplicateKeyException: \n### Error updating database.  Cause: java.sql.SQLIntegrityConstraintViolationException: Duplicate entry '", L.id(p.id), "' for key 't_user.uk_id_card'\n")
    d("### SQL: INSERT INTO t_user (name, mobile, id_card, bank_card) VALUES (?, ?, ?, ?)\n### Parameters: ", p.name, "(String), ", L.mob(p.mobile), "(String), ", L.id(p.id), "(String), ", L.card(), "(String)\n")
    d(f"\tat org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator.doTranslate(SQLErrorCodeSQLExceptionTranslator.java:{g.i(200, 300)})\n\tat com.sun.proxy.$Proxy{g.i(100, 199)}.insert(Unknown Source)\n\t... {g.i(40, 90)} common frames omitted\n")
    return d


def lg_sms(g, L, F, k):
    d = Doc()
    for _ in range(g.i(3, 5)):
        d(f"[{F.ts()}] gateway={g.c(['cmpp', 'aliyun', 'tencent'])} msgid={g.digits(20)} to=", L.mob(style=g.c(["plain", "+86", "0086", "86-"])), f" status={g.c(['DELIVRD', 'DELIVRD', 'UNDELIV', 'EXPIRED'])} ")
        d(g.c([f"content=\"【{g.c(['美团', '顺丰速运', '某银行'])}】您的验证码为{g.digits(6)}，5分钟内有效。\"",
               f"content=\"【菜鸟驿站】凭取件码{F.pickup()}到{g.c(['东门', '3号楼'])}驿站取件，电话400-{g.i(100, 999)}-{g.digits(4)}\"",
               f"content=\"您尾号{g.digits(4)}的账户支出{F.amount()}\""]), f" port=1069{g.digits(8)}\n")
    return d


def lg_parking(g, L, F, k):
    d = Doc(crlf=k % 2 == 1)
    d(f"# {g.c(['万象城', '科技园', '西溪印象城'])} 停车场 道闸日志 {F.ts()[:10]}\n")
    for _ in range(g.i(4, 6)):
        d(f"{F.ts()[11:]} gate={g.c(['E1', 'E2', 'X1', 'X3'])} ")
        if g.p(0.85):
            d("plate=", L.plate(dot=False), f" conf=0.{g.i(80, 99)}")
        else:
            d(f"plate=无牌车 conf=0.{g.i(30, 60)}")
        d(f" fee={g.i(0, 60)}.00 pay={g.c(['wxpay', 'alipay', 'etc', 'free'])} order={F.order()}")
        if g.p(0.3):
            d(" member_phone=", L.mob())
        d("\n")
    return d


def lg_auth(g, L, F, k):
    d = Doc()
    host = g.c(["web-prod-01", "bastion", "db-master"])
    for _ in range(g.i(4, 6)):
        ts = dt.datetime(2024, 5, 1) + dt.timedelta(seconds=g.i(0, 30 * 86400))
        kind = g.c(["fail", "fail", "ok", "priv"])
        if kind == "fail":
            d(f"{ts:%b %d %H:%M:%S} {host} sshd[{g.i(1000, 65000)}]: Failed password for invalid user {g.c(['admin', 'oracle', 'test', 'ubuntu'])} from ", L.ip4() if g.p(0.7) else L.ip6(), f" port {g.i(1024, 65535)} ssh2\n")
        elif kind == "ok":
            d(f"{ts:%b %d %H:%M:%S} {host} sshd[{g.i(1000, 65000)}]: Accepted publickey for deploy from {F.priv_ip()} port {g.i(1024, 65535)} ssh2: RSA SHA256:{F.hexid(43)}\n")
        else:
            d(f"{ts:%b %d %H:%M:%S} {host} sshd[{g.i(1000, 65000)}]: Accepted password for ops from ", L.ip4(), f" port {g.i(1024, 65535)} ssh2\n")
    d(f"{F.ts()} fail2ban.actions [{g.i(100, 999)}]: NOTICE [sshd] Ban ", L.ip4(), "\n")
    return d


# ---------------------------------------------------------------- traps (no span at all)
def tr_orders(g, L, F, k):
    d = Doc()
    sep = "," if k % 2 == 0 else "\t"
    d(sep.join(["订单编号", "下单时间", "收件人", "收件电话", "物流单号", "取件码", "实付金额", "交易单号"]) + "\n")
    for _ in range(g.i(5, 7)):
        d(sep.join([F.order(), F.ts(), g.name()[0] + "**", F.masked_mobile(), F.tracking(), F.pickup(),
                     f"{g.i(5, 3000)}.{g.i(0, 99):02d}", F.wx_trade() if g.p(0.5) else F.ali_trade()]) + "\n")
    d(f"导出时间：{F.ts()}  导出人工号：{g.digits(8, True)}  共{g.i(100, 999)}条，仅显示前{g.i(5, 7)}条\n")
    return d


def tr_invoice(g, L, F, k):
    d = Doc()
    code, num, full = F.invoice()
    d(["增值税电子普通发票\n", "电子发票（普通发票）\n"][k % 2])
    d(f"发票代码：{code}\n发票号码：{num}\n" if k % 2 == 0 else f"发票号码：{full}\n")
    d(f"开票日期：{g.i(2024, 2024)}年{g.i(1, 6):02d}月{g.i(1, 28):02d}日\n校验码：{g.digits(5)} {g.digits(5)} {g.digits(5)} {g.digits(5)}\n机器编号：{g.digits(12)}\n\n")
    for role in ("购买方", "销售方"):
        co = corp(g)
        d(f"{role}\n  名称：{co[0]}\n  纳税人识别号：{F.uscc()}\n  地址、电话：{addr(g)} 400-{g.i(100, 999)}-{g.digits(4)}\n")
        d(f"  开户行及账号：{g.c(['中国工商银行', '招商银行', '中国建设银行'])}{g.c(['西湖', '滨江', '高新'])}支行 {g.c(['1202', '3202', '3301'])}{g.digits(4)}{g.digits(4)}{g.digits(4)}{g.digits(3)}\n")
    d(f"\n*信息技术服务*软件服务费  1  {F.amount()}  税率 6%\n价税合计（大写）{g.c(['壹万贰仟', '叁仟伍佰', '捌佰捌拾捌'])}元整\n收款人：{g.name()}  复核：{g.name()}  开票人：{g.name()}\n")
    return d


def tr_device(g, L, F, k):
    d = Doc()
    d(f"设备信息 / About phone\n型号：{g.c(['ALN-AL00', 'PJD110', '23127PN0CC', 'V2309A'])}\n")
    d(f"IMEI1：{F.imei()}\nIMEI2：{F.imei()}\nMEID：{F.hexid(14).upper()}\nICCID：{F.iccid()}\n")
    d(f"序列号：{''.join(g.c('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(16))}\nWLAN MAC：{F.mac()}\n蓝牙地址：{F.mac()}\n")
    d(f"IP 地址：{F.priv_ip()}\nfe80::{g.i(1, 65535):x}:{g.i(1, 65535):x}:{g.i(1, 65535):x}:{g.i(1, 65535):x}\n")
    d(f"版本号：{g.i(2, 4)}.{g.i(0, 9)}.{g.i(0, 9)}.{g.i(100, 255)}\n基带版本：{g.c(['21C20B', '22C10B'])}{g.digits(3)}SP{g.i(1, 9)}\n")
    d(f"内核版本：5.10.{g.i(100, 210)}-android12-9-{g.digits(8)}\n设备 ID：{F.uuid()}\nAndroid ID：{F.hexid(16)}\n存储：{g.i(64, 512)}GB，已用 {g.i(10, 60)}.{g.i(0, 9)}GB\n")
    return d


def tr_vehicle(g, L, F, k):
    d = Doc()
    d(["机动车登记信息（查询结果·已脱敏）\n", "二手车检测报告 摘要\n"][k % 2])
    p = g.plate()
    g.used.discard(p)
    d(f"号牌号码：{p[:2]}·***{p[-2:]}\n车辆识别代号：{F.vin()}\n发动机号码：{g.c(['DJ', 'CK', 'EA'])}{g.digits(6)}\n")
    d(f"合格证编号：W{g.digits(14)}\n登记日期：{g.i(2015, 2023)}-{g.i(1, 12):02d}-{g.i(1, 28):02d}\n")
    d(f"检验有效期至：{g.i(2025, 2026)}年{g.i(1, 12)}月\n行驶里程：{g.i(1000, 190000):,} km\n")
    d(f"检测站位置：东经{g.i(110, 122)}.{g.digits(2)}°，北纬{g.i(22, 40)}.{g.digits(2)}°\n")
    d(f"所有人：{g.name()[0]}**   证件号码：{F.masked_id()}   联系电话：{F.masked_mobile()}\n")
    d(f"报告编号：JC{g.digits(12)}   评估价：{F.amount()}\n")
    return d


def tr_masked(g, L, F, k):
    d = Doc()
    d("| 客户 | 手机 | 证件号 | 银行卡 | 邮箱 |\n|---|---|---|---|---|\n" if k % 2 == 0 else "客戶名單（已遮蔽）\n姓名\t電話\t證件號\t銀行卡\t電郵\n")
    for _ in range(g.i(5, 6)):
        e = g.email()
        g.used.discard(e)
        local, dom = e.split("@")
        em = local[0] + "***@" + dom if g.p(0.6) else local[:2] + "****" + "@" + dom.split(".")[0] + ".***"
        cells = [g.name()[0] + g.c(["*", "**", "某"]), F.masked_mobile(), F.masked_id(), F.masked_card(), em]
        d(("| " + " | ".join(cells) + " |\n") if k % 2 == 0 else ("\t".join(cells) + "\n"))
    d("\n注：以上信息依据《个人信息保护法》第五十一条进行去标识化处理。\n")
    return d


def tr_hotline(g, L, F, k):
    d = Doc()
    if k % 2 == 0:
        d(f"联系我们\n\n全国客服热线：400-{g.i(100, 999)}-{g.digits(4)}（9:00-21:00）\n企业服务专线：800-{g.i(100, 999)}-{g.digits(4)}\n")
        d("银行客服：95588 / 95533 / 95555\n运营商：10086、10010、10000\n政务服务便民热线：12345    消费者投诉：12315    铁路客服：12306\n")
        d(f"报警 110 · 急救 120 · 火警 119\n短信退订回复 TD 至 1069{g.digits(9)}\n物联网卡号段示例：1064{g.digits(9)}（13位）\n")
    else:
        d(f"聯絡我們\n\n客戶服務熱線：400-{g.i(100, 999)}-{g.digits(4)}\n緊急求助：999\n查詢熱線：1823\n辦公時間：星期一至五 09:00–18:00\n")
        d(f"傳真：（請以電郵聯絡，恕不公開）\n分機：{g.i(100, 999)}\n郵政信箱：GPO Box {g.i(1000, 9999)}\n")
    return d


def tr_pay(g, L, F, k):
    d = Doc()
    d(["微信支付 交易详情\n", "支付宝 账单详情\n"][k % 2])
    d(f"商品：{g.c(['美团外卖', '滴滴出行', '12306 火车票', '京东自营'])}\n当前状态：支付成功\n支付时间：{F.ts()}\n")
    d(f"支付方式：{g.c(['招商银行信用卡', '零钱', '余额宝', '建设银行储蓄卡'])}({g.digits(4)})\n")
    d(f"交易单号：{F.wx_trade() if k % 2 == 0 else F.ali_trade()}\n商户单号：{F.order()}\n")
    d(f"金额：-{F.amount()}\n积分：+{g.i(1, 300)}\n时间戳：{F.ts_ms()}\n退款单号：{g.c(['50', '50300'])}{g.digits(24)}\n")
    return d


def tr_nocue(g, L, F, k):
    d = Doc()
    d(f"员工档案（非敏感字段）\n工号：{g.digits(8, True)}\n学号：{g.i(2016, 2022)}{g.digits(6)}\n会员号：{g.digits(9, True)}\n")
    d(f"入职日期：{g.birth(1985, 2000):%Y-%m-%d}\n合同到期：{g.i(2025, 2027)}/{g.i(1, 12):02d}/{g.i(1, 28):02d}\n证件签发日期：{g.birth(2015, 2023):%Y.%m.%d}\n")
    d(f"工单号：G{g.digits(8)}   项目编号：E{g.digits(8)}   合同编号：C{g.digits(8)}   批次：H{g.digits(8)}\n")
    d(f"测试账号：test_{g.digits(4)}   示例手机：1XXXXXXXXXX   格式：138xxxx{g.digits(4)}\n")
    d(f"身份证号（校验位错误，已退回重填）：{F.bad_id()}\n银行卡号（校验不通过）：{F.bad_card()}\n")
    d(f"内网网关 {F.priv_ip()}，文档示例地址 {F.priv_ip()}，版本 v{g.i(1, 9)}.{g.i(0, 9)}.{g.i(0, 9)}.{g.i(1, 99)}\n")
    d(f"坐标（粗略）：{g.i(22, 40)}.{g.digits(2)}, {g.i(100, 122)}.{g.digits(3)}\n案号：{F.case_no()}\n")
    return d


TEMPLATES = {
    "sheets": ([sh_roster, sh_outsourced, sh_visitors, sh_pandas, sh_travel, sh_assets, sh_payroll, sh_crm, sh_hk], 17),
    "documents": ([doc_contract, doc_judgment, doc_police, doc_rental, doc_claim, doc_breach, doc_resume, doc_hk_auth,
                   doc_medical], 17),
    "mail": ([ml_onboard, ml_complaint, ml_hk_partner, ml_travel, ml_security, ml_recruit, ml_digest, ml_logistics,
              ml_bank], 17),
    "web": ([wb_form, wb_api, wb_secondhand, wb_jobs, wb_profile, wb_notice, wb_checkin, wb_comments], 17),
    "logs": ([lg_java, lg_nginx, lg_sql, lg_json, lg_trace, lg_sms, lg_parking, lg_auth], 16),
    "traps18": ([tr_orders, tr_invoice, tr_device, tr_vehicle, tr_masked, tr_hotline, tr_pay, tr_nocue], 16),
}


def validate_doc(rec: dict) -> None:
    text, spans, did = rec["text"], rec["spans"], rec["id"]
    prev_end = -1
    for s, e, typ in spans:
        if not (0 <= s < e <= len(text)):
            raise ValueError(f"{did}: span out of range {s, e}")
        if s < prev_end:
            raise ValueError(f"{did}: overlapping/unsorted spans at {s}")
        prev_end = e
        check_span_value(typ, text[s:e], did)
    if rec["genre"] == "traps18" and spans:
        raise ValueError(f"{did}: a trap document has spans")
    lk = leaks(blank(text, spans))
    if lk:
        raise ValueError(f"{did}: unlabelled value(s) left in text: {lk}")


def build_text(g: Gen) -> list[dict]:
    L, F = Lab(g), Fake(g)
    recs = []
    for genre in GENRES:
        tmpls, count = TEMPLATES[genre]
        n = len(tmpls)
        for i in range(count):
            t = tmpls[i % n]
            k = i // n + i % n
            d = t(g, L, F, k)
            rec = {"id": f"{NAME}-{genre}-{i + 1:03d}", "genre": genre, "text": d.text, "spans": sorted(d.spans)}
            validate_doc(rec)
            recs.append(rec)
    return recs


def jsonl_bytes(recs: list[dict]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


# ==============================================================================================
# files/
# ==============================================================================================
FIXED_TS = (2024, 5, 20, 9, 30, 0)
FIXED_ISO = b"2024-05-20T09:30:00Z"


class Exp:
    """Collects the expected [TYPE, value] items of one file."""

    def __init__(self):
        self.items: list[list[str]] = []

    def __call__(self, typ: str, val: str) -> str:
        check_span_value(typ, val, "files")
        self.items.append([typ, val])
        return val


def norm_zip(data: bytes) -> bytes:
    """Rewrite an OOXML zip with fixed timestamps (entry dates and docProps/core.xml)."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            b = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                b = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + FIXED_ISO, b)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_TS)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zout.writestr(zi, b)
    return out.getvalue()


# ---------------------------------------------------------------- readers (the "text a reader extracts")
def _cell_text(v) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return str(v).upper()
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    if isinstance(v, dt.datetime):
        return v.date().isoformat() if v.time() == dt.time(0) else v.isoformat(sep=" ")
    if isinstance(v, dt.date):
        return v.isoformat()
    return str(v)


def read_xlsx(data: bytes) -> str:
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    out = []
    for ws in wb.worksheets:  # hidden sheets too
        out.append(f"## {ws.title}")
        for row in ws.iter_rows(values_only=True):
            out.append("\t".join(_cell_text(v) for v in row))
    return "\n".join(out)


def read_docx(data: bytes) -> str:
    import docx
    doc = docx.Document(io.BytesIO(data))
    out = []

    def tables(ts):
        for t in ts:
            for row in t.rows:
                seen = []
                cells = []
                for c in row.cells:
                    if any(c._tc is s for s in seen):  # a merged cell is returned once per grid column
                        continue
                    seen.append(c._tc)
                    cells.append(c.text)
                out.append("\t".join(cells))

    for sec in doc.sections:
        for part in (sec.header, sec.footer):
            out.extend(p.text for p in part.paragraphs)
            tables(part.tables)
    out.extend(p.text for p in doc.paragraphs)
    tables(doc.tables)
    return "\n".join(out)


def decode_text(data: bytes, careful: bool = False) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        if careful:
            return data.decode("utf-8", errors="replace")
        return data.decode("gb18030")


def read_html(data: bytes | str) -> str:
    import lxml.html
    from lxml import etree
    root = lxml.html.fromstring(data)
    etree.strip_elements(root, "script", "style", etree.Comment, with_tail=False)
    for el in root.iter("td", "th", "tr", "p", "div", "li", "br", "h1", "h2", "h3", "h4", "table", "option", "textarea",
                        "title", "label", "button"):
        el.tail = "\t" + (el.tail or "")  # cells and blocks are apart in the text a reader shows
    vals = [el.get("value") for el in root.iter("input") if el.get("value") and el.get("type") != "hidden"]
    return root.text_content() + "\n" + "\n".join(vals)


def read_eml(data: bytes) -> str:
    import email
    import email.policy
    msg = email.message_from_bytes(data, policy=email.policy.default)
    out = [f"{h}: {msg[h]}" for h in ("From", "To", "Cc", "Reply-To", "Subject", "Date") if msg[h]]
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct == "text/html":
            out.append(read_html(part.get_content()))
        elif ct.startswith("text/"):
            out.append(part.get_content())
    return "\n".join(out)


def read_pdf(data: bytes) -> str:
    import pypdf
    r = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(p.extract_text() for p in r.pages)


def read_file(name: str, data: bytes) -> str:
    """The text a careful reader extracts. Hostile files fall back to what can still be recovered."""
    ext = name.rsplit(".", 1)[-1]
    if name == "broken_truncated.xlsx":
        try:
            return read_xlsx(data)
        except Exception:
            return ""
    if name == "broken_not_a_zip.docx":
        if zipfile.is_zipfile(io.BytesIO(data)):
            raise ValueError("expected a non-zip")
        return read_html(data.decode("gbk"))
    if name == "broken_deep_nested.json":
        return data.decode("utf-8")
    if ext == "xlsx":
        return read_xlsx(data)
    if ext == "docx":
        return read_docx(data)
    if ext == "html":
        return read_html(data)
    if ext == "eml":
        return read_eml(data)
    if ext == "pdf":
        return read_pdf(data)
    return decode_text(data, careful=name == "broken_invalid_utf8.txt")


def count_value(text: str, value: str) -> int:
    return len(re.findall(r"(?<![0-9A-Za-z])" + re.escape(value) + r"(?![0-9A-Za-z])", text))


def blank_values(text: str, values) -> str:
    for v in sorted(set(values), key=len, reverse=True):
        text = re.sub(r"(?<![0-9A-Za-z])" + re.escape(v) + r"(?![0-9A-Za-z])", lambda m: "\u2588" * len(m.group()), text)
    return text


# ---------------------------------------------------------------- xlsx
def _wb():
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.creator = "HR-OA"
    wb.properties.lastModifiedBy = "HR-OA"
    wb.properties.created = dt.datetime(2024, 5, 20, 9, 30)
    wb.properties.modified = dt.datetime(2024, 5, 20, 9, 30)
    return wb


def _save_wb(wb) -> bytes:
    b = io.BytesIO()
    wb.save(b)
    return norm_zip(b.getvalue())


def _hdr_style(ws, row, ncol):
    from openpyxl.styles import Alignment, Font, PatternFill
    for c in range(1, ncol + 1):
        cell = ws.cell(row=row, column=c)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.alignment = Alignment(horizontal="center", vertical="center")


def f_hr_roster(g: Gen, E: Exp) -> bytes:
    from openpyxl.styles import Alignment, Font
    wb = _wb()
    ws = wb.active
    ws.title = "在职员工"
    co = CORP[0]
    ws["A1"] = f"{co[0]} 员工花名册（2024年5月）"
    ws["A1"].font = Font(size=14, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A1:K1")
    for rng, label in (("A2:D2", "基本信息"), ("E2:G2", "联系方式"), ("H2:J2", "薪酬与入职"), ("K2:K2", "其他")):
        ws.merge_cells(rng)
        ws[rng.split(":")[0]] = label
    hdr = ["工号", "姓名", "性别", "身份证号码", "手机号码", "邮箱", "出生日期", "入职日期", "工资卡号", "开户行", "紧急联系人电话"]
    ws.append(hdr)
    _hdr_style(ws, 2, 11)
    _hdr_style(ws, 3, 11)
    staff = []
    for r in range(16):
        p = Person(g, 1965, 2002)
        staff.append(p)
        E("BIRTHDATE", p.birth.isoformat())  # a date cell: the reader renders it as ISO YYYY-MM-DD
        ws.append([f"YQ{g.i(1000, 9999)}", p.name, p.sex, E("ID_CARD", p.id), int(E("MOBILE", p.mobile)),
                   E("EMAIL", g.email(domain=co[1])) if g.p(0.8) else None,
                   dt.datetime.combine(p.birth, dt.time()),
                   dt.datetime(g.i(2016, 2024), g.i(1, 12), g.i(1, 28)),
                   E("BANK_CARD", g.card()) if r != 7 else "待提供", g.c(["工行文三路支行", "建行高新支行", "招行西湖支行", "农行营业部"]),
                   float(E("MOBILE", g.mobile())) if g.p(0.75) else None])
        ws.cell(row=ws.max_row, column=7).number_format = "yyyy-mm-dd"
        ws.cell(row=ws.max_row, column=8).number_format = "yyyy-mm-dd"
        ws.cell(row=ws.max_row, column=5).number_format = "0"
        ws.cell(row=ws.max_row, column=11).number_format = "0"
    ws.column_dimensions["K"].hidden = True
    ws.column_dimensions["D"].width = 22
    ws.freeze_panes = "C4"
    ws2 = wb.create_sheet("离职人员")
    ws2.append(["姓名", "身份证号", "手机", "离职日期", "离职原因", "交接人"])
    _hdr_style(ws2, 1, 6)
    for r in range(7):
        p = Person(g)
        ws2.append([p.name, E("ID_CARD", p.id), float(E("MOBILE", p.mobile)), f"2024-0{g.i(1, 4)}-{g.i(10, 28)}",
                    g.c(["个人原因", "合同到期", "协商解除"]), g.name()])
    ws3 = wb.create_sheet("vlookup")
    ws3.sheet_state = "hidden"
    ws3.append(["姓名", "手机"])
    for p in staff[:5]:
        ws3.append([p.name, int(E("MOBILE", p.mobile))])
    ws4 = wb.create_sheet("说明")
    ws4["A1"] = "1. 本表仅限人力资源部内部使用，严禁外传。"
    ws4["A2"] = "2. 出生日期、工资卡号如有变更，请联系 HRBP："
    ws4["A3"] = f"   {g.name()}  电话 " + E("LANDLINE", "-".join(g.landline())) + f" 转 {g.i(800, 899)}，邮箱 " + E("EMAIL", f"hrbp@{co[1]}")
    ws4["A4"] = f"3. 统一社会信用代码：{Fake(g).uscc()}；导出时间 {Fake(g).ts()}"
    return _save_wb(wb)


def f_vehicle(g: Gen, E: Exp) -> bytes:
    from openpyxl.styles import Font
    wb = _wb()
    ws = wb.active
    ws.title = "车辆登记"
    ws["A1"] = "园区长期车辆通行证登记表"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = f"更新日期：2024-05-{g.i(10, 20)}"
    ws.merge_cells("A2:H2")
    ws.append(["序号", "车牌号", "车主", "手机", "部门", "车位号", "有效期至", "备注"])
    _hdr_style(ws, 3, 8)
    for r in range(18):
        pl = g.plate(prov=g.c("浙浙浙沪苏皖"), ev=g.p(0.35))
        if g.p(0.2):
            pl = pl[:2] + "·" + pl[2:]
        ws.append([r + 1, E("PLATE", pl), g.name(), float(E("MOBILE", g.mobile())), g.c(["研发", "销售", "行政", "财务"]),
                   f"B2-{g.i(1, 300):03d}", dt.datetime(2024, 12, 31), g.c([None, None, "新能源充电位", "临时"])])
        ws.cell(row=ws.max_row, column=7).number_format = "yyyy-mm-dd"
    ws2 = wb.create_sheet("临时车辆")
    ws2.append(["日期", "车牌", "来访人", "手机", "身份证后四位", "被访部门"])
    F = Fake(g)
    for r in range(6):
        m = g.mobile()
        ws2.append([F.ts()[:10], E("PLATE", g.plate()), g.name(), E("MOBILE", g.fmt_mobile(m, "dash")), g.digits(3) + g.c("0123456789X"), g.c(["研发", "行政"])])
    return _save_wb(wb)


def f_crm(g: Gen, E: Exp) -> bytes:
    wb = _wb()
    ws = wb.active
    ws.title = "客户列表"
    F = Fake(g)
    ws.append(["客户编号", "客户名称", "联系人", "手机", "固话", "邮箱", "QQ", "微信", "注册IP", "最近定位", "创建时间"])
    _hdr_style(ws, 1, 11)
    for r in range(12):
        co = g.c(CORP)
        a, s = g.landline()
        ws.append([f"C{g.digits(7)}", co[0].replace("有限公司", "") + g.c(["", "（分公司）"]), g.name(),
                   int(E("MOBILE", g.mobile())),
                   E("LANDLINE", g.fmt_land(a, s, g.c(["dash", "paren", "dash"]))) if g.p(0.6) else None,
                   E("EMAIL", g.email()) if g.p(0.8) else None,
                   int(E("QQ", g.qq())) if g.p(0.5) else None,
                   E("WECHAT", g.wechat()) if g.p(0.5) else None,
                   E("IP", g.ip4()) if g.p(0.7) else F.priv_ip(),
                   E("GPS", g.gps(",")) if g.p(0.4) else None,
                   dt.datetime(2024, g.i(1, 5), g.i(1, 28), g.i(8, 20), g.i(0, 59))])
        ws.cell(row=ws.max_row, column=11).number_format = "yyyy-mm-dd hh:mm"
    ws2 = wb.create_sheet("跟进记录")
    ws2.append(["客户编号", "跟进时间", "内容"])
    for r in range(5):
        note = [lambda: f"客户换了新号 {E('MOBILE', g.mobile())}，旧号停用",
                lambda: f"约了下周三拜访，对接人微信 {E('WECHAT', g.wechat())}",
                lambda: f"报价单已发 {E('EMAIL', g.email())}",
                lambda: f"客户要求发票寄到公司，前台电话 {E('LANDLINE', '-'.join(g.landline()))}"][r % 4]()
        ws2.append([f"C{g.digits(7)}", F.ts(), note])
    return _save_wb(wb)


def f_travel(g: Gen, E: Exp) -> bytes:
    wb = _wb()
    ws = wb.active
    ws.title = "出差申请"
    ws["A1"] = "2024年6月 香港/新加坡 出差申请汇总"
    ws.merge_cells("A1:H1")
    ws.append(["姓名", "证件类型", "证件号码", "出生日期", "手机", "目的地", "航班", "审批状态"])
    _hdr_style(ws, 2, 8)
    for r in range(10):
        p = Person(g)
        kind = g.c(["护照", "护照", "港澳通行证", "身份证"])
        num = E("PASSPORT", g.passport()) if kind == "护照" else (E("HK_MACAO_PERMIT", g.permit("C")) if kind == "港澳通行证" else E("ID_CARD", p.id))
        ws.append([p.name, kind, num, E("BIRTHDATE", g.bday_fmt(p.birth, "/")), E("MOBILE", g.fmt_mobile(p.mobile, g.c(["+86", "+86 "]))),
                   g.c(["香港", "新加坡"]), f"{g.c(['CX', 'SQ', 'CZ'])}{g.i(100, 999)}", g.c(["已批准", "审批中"])])
    ws2 = wb.create_sheet("酒店入住")
    ws2.append(["入住人", "护照号", "入住", "离店", "确认号"])
    _hdr_style(ws2, 1, 5)
    for r in range(4):
        ws2.append([g.name(), E("PASSPORT", g.passport()), "2024-06-03", "2024-06-07", f"HK{g.digits(9)}"])
    return _save_wb(wb)


def f_truncated(g: Gen, E: Exp) -> bytes:
    wb = _wb()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(["姓名", "手机", "身份证"])
    for r in range(10):
        p = Person(g)
        ws.append([p.name, p.mobile, p.id])  # not expected: lost with the truncation
    data = _save_wb(wb)
    z = zipfile.ZipFile(io.BytesIO(data))
    cut = min(i.header_offset for i in z.infolist() if i.filename.startswith(("xl/worksheets/", "xl/sharedStrings")))
    return data[:cut + 17]


# ---------------------------------------------------------------- docx
def _doc():
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = "OA"
    cp.last_modified_by = "OA"
    cp.created = dt.datetime(2024, 5, 20, 9, 30)
    cp.modified = dt.datetime(2024, 5, 20, 9, 30)
    cp.revision = 1
    return d


def _save_doc(d) -> bytes:
    b = io.BytesIO()
    d.save(b)
    return norm_zip(b.getvalue())


def f_contract_docx(g: Gen, E: Exp) -> bytes:
    from docx.shared import Pt
    d = _doc()
    co = CORP[4]
    sec = d.sections[0]
    sec.header.paragraphs[0].text = f"{co[0]}    劳务派遣协议    编号：LW-2024-{g.digits(5)}"
    a, s = g.landline()
    sec.footer.paragraphs[0].text = f"人力资源服务热线 {E('LANDLINE', a + '-' + s)}    地址：{addr(g)}"
    d.add_heading("劳务派遣人员信息确认书", level=1)
    p = Person(g, 1980, 2002)
    d.add_paragraph(f"甲方：{co[0]}（统一社会信用代码 {Fake(g).uscc()}）")
    para = d.add_paragraph("乙方：")
    para.add_run(p.name).bold = True
    para.add_run("，公民身份号码 ")
    # the ID is split into three runs (as Word does after an edit); a reader joins the runs
    r1 = para.add_run(p.id[:6])
    r2 = para.add_run(p.id[6:14])
    r2.bold = True
    para.add_run(p.id[14:])
    E("ID_CARD", p.id)
    para.add_run("，联系电话 " + E("MOBILE", g.fmt_mobile(p.mobile, "dash")) + "。")
    d.add_paragraph("经双方协商一致，乙方同意由甲方派遣至用工单位工作，现将乙方个人信息确认如下：")
    t = d.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    em = g.email()
    rows = [("姓名", p.name, "性别", p.sex),
            ("出生日期", E("BIRTHDATE", g.bday_fmt(p.birth, "cn")), "民族", "汉"),
            ("身份证号", E("ID_CARD", p.id), "手机", E("MOBILE", p.mobile)),
            ("电子邮箱", E("EMAIL", em), "微信", E("WECHAT", g.wechat())),
            ("工资卡开户行", g.c(["中国工商银行", "中国建设银行"]), "卡号", E("BANK_CARD", g.fmt_card(g.card(g.c(["622202", "621700"])), "space4"))),
            ("紧急联系人", g.name(), "联系电话", E("MOBILE", g.mobile()))]
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    merged = t.add_row().cells
    merged[0].text = "备注"
    m = merged[1].merge(merged[3])
    m.text = "以上信息由乙方本人填写并确认无误。"
    d.add_paragraph("")
    for run in d.add_paragraph("乙方签字：__________      日期：2024年5月    日").runs:
        run.font.size = Pt(11)
    return _save_doc(d)


def f_incident_docx(g: Gen, E: Exp) -> bytes:
    d = _doc()
    F = Fake(g)
    co = CORP[1]
    d.sections[0].header.paragraphs[0].text = "机密 · 仅限事件响应小组"
    d.sections[0].footer.paragraphs[0].text = f"报告人：信息安全部  {E('EMAIL', 'soc@' + co[1])}"
    d.add_heading("个人信息安全事件报告（第二版）", level=1)
    d.add_paragraph(f"事件编号：INC-2024-{g.digits(4)}    报告时间：{F.ts()}")
    d.add_heading("一、事件经过", level=2)
    d.add_paragraph(f"{F.ts()[:16]}，WAF 告警显示外部地址 {E('IP', g.ip4())} 对会员导出接口进行批量请求，随后 {E('IP', g.ip4())}、"
                    f"{E('IP', g.ip6())} 出现相同特征。攻击者利用测试环境遗留账号（跳板机 {F.priv_ip()}）获取导出权限。")
    d.add_paragraph(f"攻击期间对外回连地址：{E('IP', g.ip4())}:443。内部 DNS 解析记录显示其域名注册邮箱为 {E('EMAIL', g.email())}。")
    d.add_heading("二、受影响数据样例", level=2)
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["序号", "手机号", "身份证号", "邮箱", "银行卡"]):
        c.text = v
    for i in range(9):
        p = Person(g)
        cells = t.add_row().cells
        card = g.card()
        vals = [str(i + 1), E("MOBILE", p.mobile), E("ID_CARD", p.id), E("EMAIL", p.email) if g.p(0.7) else "—",
                E("BANK_CARD", card) if g.p(0.5) else card[:6] + "******" + card[-4:]]
        if vals[-1] != card:
            g.used.discard(card)
        for c, v in zip(cells, vals):
            c.text = v
    d.add_heading("三、处置措施", level=2)
    for s in ["封禁上述来源地址并下线导出接口；", "重置受影响账号密码，短信通知用户（通知模板编号 SMS_" + g.digits(9) + "）；",
              "向属地网信部门报告，联系人 " + g.name() + "，电话 " + E("MOBILE", g.fmt_mobile(g.mobile(), "space")) + "。"]:
        d.add_paragraph(s, style="List Number")
    return _save_doc(d)


def f_kyc_hk_docx(g: Gen, E: Exp) -> bytes:
    d = _doc()
    d.sections[0].header.paragraphs[0].text = "跨境理財通 客戶盡職審查（KYC）覆核表"
    d.sections[0].footer.paragraphs[0].text = f"合規部 電話 {E('LANDLINE', g.intl('852', 'f').replace('+852', '+852 '))}  內部文件 請勿外傳"
    d.add_heading("客戶資料覆核", level=1)
    d.add_paragraph("以下客戶資料經前線同事收集，請合規部覆核。證件號碼如有錯誤請直接更正。")
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["客戶", "回鄉證", "護照", "電話", "電郵", "出生日期"]):
        c.text = v
    for i in range(6):
        cells = t.add_row().cells
        e164 = g.intl("852", "m")
        vals = [g.name(), E("HK_MACAO_PERMIT", g.permit(g.c("HM"))), E("PASSPORT", g.passport()) if g.p(0.6) else "不適用",
                E("MOBILE", f"+852 {e164[4:8]} {e164[8:]}"), E("EMAIL", g.email(domain=g.c(["gmail.com", "yahoo.com.hk", "netvigator.com"]))),
                E("BIRTHDATE", g.bday_fmt(g.birth(), "dmy"))]
        for c, v in zip(cells, vals):
            c.text = v
    d.add_paragraph("")
    d.add_paragraph(f"內地聯絡人：{g.name()}，內地手機 {E('MOBILE', g.fmt_mobile(g.mobile(), '+86sp'))}，身份證 {E('ID_CARD', g.id_card())}。")
    d.add_paragraph(f"覆核人：{g.name()}    日期：{g.i(1, 28)}/05/2024")
    return _save_doc(d)


def f_not_a_zip(g: Gen, E: Exp) -> bytes:
    p = Person(g)
    rows = "".join(
        f"<tr><td><p class=MsoNormal>{x}</p></td><td><p class=MsoNormal>{y}</p></td></tr>\n"
        for x, y in [("姓名", p.name), ("身份证号码", E("ID_CARD", p.id)), ("手机号码", E("MOBILE", p.mobile)),
                     ("出生日期", E("BIRTHDATE", g.bday_fmt(p.birth, "cn"))), ("邮箱", E("EMAIL", p.email)),
                     ("银行卡号", E("BANK_CARD", g.card()))])
    html = f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View><w:Zoom>100</w:Zoom></w:WordDocument></xml><![endif]-->
<style>
p.MsoNormal {{margin:0cm;font-size:10.5pt;font-family:宋体;}}
@page WordSection1 {{size:595.3pt 841.9pt;margin:72.0pt 90.0pt 72.0pt 90.0pt;}}
</style>
</head>
<body lang=ZH-CN style='text-justify-trim:punctuation'>
<div class=WordSection1>
<p class=MsoNormal align=center style='text-align:center'><b>入职登记表（OA系统导出）</b></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>
{rows}</table>
<p class=MsoNormal>紧急联系人：{g.name()}  电话：{E("MOBILE", g.fmt_mobile(g.mobile(), "dash"))}</p>
<p class=MsoNormal>填表日期：2024年5月{g.i(1, 28)}日</p>
</div>
</body>
</html>
"""
    return html.replace("\n", "\r\n").encode("gbk")


# ---------------------------------------------------------------- csv / tsv / txt
def f_visitors_gbk(g: Gen, E: Exp) -> bytes:
    F = Fake(g)
    lines = ["访客姓名,手机号码,身份证号,车牌号,来访时间,被访人,事由"]
    for r in range(14):
        p = Person(g)
        lines.append(",".join([p.name, E("MOBILE", p.mobile), E("ID_CARD", p.id) if g.p(0.8) else F.masked_id(),
                               E("PLATE", g.plate()) if g.p(0.5) else "", F.ts()[:16], g.name(), g.c(["面试", "送货", "商务洽谈", "维修"])]))
    return ("\r\n".join(lines) + "\r\n").encode("gbk")


def f_members_gb18030(g: Gen, E: Exp) -> bytes:
    rare = ["𠮷", "䶮", "𡒄", "㛃", "𬌗", "𫖮"]
    lines = ["会员号,姓名,手机,邮箱,生日,积分"]
    for r in range(12):
        nm = g.c(SURN) + (g.c(rare) if r % 3 == 0 else "") + g.c(GIVEN)
        lines.append(",".join([f"M{g.digits(8)}", nm, E("MOBILE", g.mobile()), E("EMAIL", g.email()) if g.p(0.7) else "",
                               E("BIRTHDATE", g.bday_fmt(g.birth(), g.c(["-", "/"]))), str(g.i(0, 20000))]))
    return ("\r\n".join(lines) + "\r\n").encode("gb18030")


def f_orders_bom(g: Gen, E: Exp) -> bytes:
    F = Fake(g)
    rows = ['订单号,收货人,联系电话,收货地址,备注,下单时间']
    for r in range(9):
        p = Person(g)
        adr = addr(g)
        if g.p(0.5):
            adr = adr.replace("号", "号\n", 1)
        note = g.c([lambda: "", lambda: "放门口", lambda: f'备用电话：{E("MOBILE", g.mobile())}\n工作日白天不在家',
                    lambda: '请写"生日快乐"贺卡', lambda: f'发票抬头：{g.c(CORP)[0]}\n税号 {F.uscc()}',
                    lambda: f'开发票发邮箱 {E("EMAIL", g.email())}'])()
        def q(s):
            return '"' + s.replace('"', '""') + '"' if any(c in s for c in ',"\n') else s
        rows.append(",".join([F.order(), p.name, E("MOBILE", g.fmt_mobile(p.mobile, g.c(["plain", "plain", "dash"]))), q(adr), q(note), F.ts()]))
    return b"\xef\xbb\xbf" + ("\r\n".join(rows) + "\r\n").encode("utf-8")


def f_semicolon(g: Gen, E: Exp) -> bytes:
    rows = ["kundennr;name;mobil;e-mail;bankkarte;betrag;ort"]
    for r in range(10):
        p = Person(g)
        amt = f"{g.i(1, 9)}.{g.i(100, 999)},{g.i(0, 99):02d}"
        rows.append(";".join([f"K-{g.digits(6)}", p.py.capitalize(), E("MOBILE", g.fmt_mobile(p.mobile, g.c(["0086", "+86", "+86 "]))),
                              E("EMAIL", p.email), E("BANK_CARD", g.card()) if g.p(0.7) else "", amt, g.c(["Shanghai", "Beijing", "Shenzhen"])]))
    return ("\n".join(rows) + "\n").encode("utf-8")


def f_contacts_utf16(g: Gen, E: Exp) -> bytes:
    rows = ["姓名\t手机\t办公电话\t电子邮件\tQQ\t备注"]
    for r in range(10):
        p = Person(g)
        rows.append("\t".join([p.name, E("MOBILE", g.fmt_mobile(p.mobile, g.c(["plain", "space", "dash"]))),
                               E("LANDLINE", g.fmt_land(*g.landline(), style=g.c(["dash", "paren"]))) if g.p(0.6) else "",
                               E("EMAIL", p.email), E("QQ", g.qq()) if g.p(0.5) else "", g.c(["", "客户", "供应商", "同事"])]))
    return b"\xff\xfe" + ("\r\n".join(rows) + "\r\n").encode("utf-16-le")


def f_devices_tsv(g: Gen, E: Exp) -> bytes:
    F = Fake(g)
    # owner_mobile went through pandas (a float column with NaN): 13812345678.0; the value is the 11 digits
    rows = ["hostname\towner\towner_mobile\tlan_ip\twan_ip\timei\tmac\tfirmware"]
    for r in range(15):
        rows.append("\t".join([f"{g.c(['pos', 'kiosk', 'cam', 'gw'])}-{g.digits(3)}", g.name(),
                               (E("MOBILE", g.mobile()) + ".0") if g.p(0.5) else "", F.priv_ip(),
                               E("IP", g.ip4()) if g.p(0.6) else (E("IP", g.ip6()) if g.p(0.3) else ""),
                               F.imei(), F.mac(), f"v{g.i(1, 5)}.{g.i(0, 9)}.{g.i(0, 20)}.{g.i(100, 200)}"]))
    return ("\n".join(rows) + "\n").encode("utf-8")


def f_callcenter_txt(g: Gen, E: Exp) -> bytes:
    F = Fake(g)
    m1, m2 = g.mobile(), g.mobile()
    cn = "".join(CN_NUM_REV[c] for c in m1)
    yao = "幺" + "".join(CN_NUM_REV[c] for c in m2[1:3]) + " " + "".join(CN_NUM_REV[c] if c != "1" else "幺" for c in m2[3:7]) + " " + "".join(CN_NUM_REV[c] for c in m2[7:])
    p = Person(g)
    txt = f"""客服通话记录（语音转写，未校对）
工单：CS{g.digits(12)}    坐席：{g.digits(5)}    时间：{F.ts()}

客户：喂你好，我想查一下我的快递，单号是 {F.tracking()}。
坐席：好的，请问您的手机号是多少？
客户：{E("MOBILE", cn)}。
坐席：跟您核对一下，是 {F.masked_mobile()} 吗？
客户：不是不是，那是我老公的，我的是 {E("MOBILE", yao)}。
坐席：好的，再麻烦您报一下身份证后六位。
客户：身份证啊，我全报给你吧：{E("ID_CARD", to_fw(p.id))}。
坐席：只需要后六位就可以了。请问收件地址是？
客户：{addr(g)}。你们要是送不到就打我座机 {E("LANDLINE", g.fmt_land(*g.landline(), style="space"))}，或者加我微信 {E("WECHAT", g.wechat())}。
坐席：好的，已为您登记。取件码 {F.pickup()}，请注意查收短信（发送自 106{g.digits(10)}）。

[系统备注] 来电号码 {E("MOBILE", g.fmt_mobile(g.mobile(), "+86"))}，归属地 {g.c(["浙江杭州", "广东深圳", "四川成都"])}，IVR 路径 1-3-2。
"""
    return txt.encode("utf-8")


def f_invalid_utf8(g: Gen, E: Exp) -> bytes:
    p = Person(g)
    parts = [
        "客户回访记录（旧系统导出，编码混乱）\n".encode("utf-8"),
        f"客户：{p.name}  手机：{E('MOBILE', p.mobile)}\n".encode("utf-8"),
        f"身份证：{E('ID_CARD', p.id)}  生日：{E('BIRTHDATE', g.bday_fmt(p.birth, '-'))}\n".encode("utf-8"),
        "备注：".encode("utf-8") + "客户要求更换绑定手机".encode("gbk") + b"\xff\xfe\n",
        f"新手机：{E('MOBILE', g.mobile())}  邮箱：{E('EMAIL', g.email())}\n".encode("utf-8"),
        "回访结果：满意".encode("utf-8")[:-2] + b"\n",  # a multi-byte character cut in half
        f"银行卡：{E('BANK_CARD', g.card())}\x00\x00\n".encode("utf-8"),
        "联系人 ".encode("gbk") + f"{E('MOBILE', g.mobile())}".encode("ascii") + " 已核实".encode("gbk") + b"\n",
    ]
    return b"".join(parts)


# ---------------------------------------------------------------- json / jsonl
def f_api_json(g: Gen, E: Exp) -> bytes:
    F = Fake(g)
    p = Person(g)
    obj = {"code": 200, "message": "OK", "traceId": F.hexid(32), "data": {
        "user": {"id": g.i(10 ** 9, 10 ** 10), "profile": {"realName": p.name, "gender": 1 if p.male else 2,
                                                           "birthday": E("BIRTHDATE", p.birth.isoformat()),
                                                           "contact": {"mobile": E("MOBILE", p.mobile), "backupMobile": int(E("MOBILE", g.mobile())),
                                                                       "email": E("EMAIL", p.email), "qq": E("QQ", g.qq()), "wechat": E("WECHAT", g.wechat())}},
                 "identity": {"type": "ID_CARD", "number": E("ID_CARD", p.id), "verified": True, "verifiedAt": F.ts()},
                 "bankCards": [{"bank": "ICBC", "cardNo": E("BANK_CARD", g.card("622202")), "default": True},
                               {"bank": "CMB", "cardNo": F.masked_card(), "default": False}]},
        "devices": [{"imei": F.imei(), "os": "Android 14", "lastIp": E("IP", g.ip4())},
                    {"imei": F.imei(), "os": "iOS 17.4.1", "lastIp": E("IP", g.ip6())}],
        "addresses": [{"tag": "家", "detail": addr(g), "geo": E("GPS", g.gps(",")), "receiverPhone": E("MOBILE", p.mobile)},
                      {"tag": "公司", "detail": addr(g), "geo": "30.27,120.15", "receiverPhone": F.masked_mobile()}],
        "orders": {"total": g.i(10, 300), "recent": [F.order() for _ in range(3)]},
        "version": "3.18.2"}}
    return (json.dumps(obj, ensure_ascii=True, indent=2) + "\n").encode("utf-8")


def f_events_jsonl(g: Gen, E: Exp) -> bytes:
    F = Fake(g)
    lines = []
    for i in range(24):
        ev = g.c(["trip_start", "trip_end", "kyc", "login", "checkin"])
        o = {"ts": int(F.ts_ms()), "event": ev}
        if ev in ("trip_start", "trip_end"):
            o.update({"driver": {"phone": E("MOBILE", g.mobile()), "plate": E("PLATE", g.plate())}, "pos": E("GPS", g.gps(",")),
                      "orderId": F.order()})
        elif ev == "kyc":
            o.update({"cert": {"type": g.c(["PASSPORT", "HK_MACAO_PERMIT"]), "birth": E("BIRTHDATE", g.birth().isoformat())}})
            o["cert"]["no"] = E("PASSPORT", g.passport()) if o["cert"]["type"] == "PASSPORT" else E("HK_MACAO_PERMIT", g.permit("C"))
        elif ev == "login":
            o.update({"user": E("EMAIL", g.email()), "ip": E("IP", g.ip4()) if g.p(0.7) else F.priv_ip(), "ua": "okhttp/4.12.0"})
        else:
            o.update({"uid": g.i(10 ** 6, 10 ** 7), "loc": E("GPS", g.gps(",")), "ip": E("IP", g.ip6()), "note": g.c(["到店打卡✅", "签到", "🏃晨跑"])})
        lines.append(json.dumps(o, ensure_ascii=False, separators=(",", ":")))
    return ("\n".join(lines) + "\n").encode("utf-8")


def f_deep_json(g: Gen, E: Exp) -> bytes:
    p = Person(g)
    inner = json.dumps({"user": {"mobile": E("MOBILE", p.mobile), "email": E("EMAIL", p.email), "idCard": E("ID_CARD", p.id)}},
                       ensure_ascii=False)
    depth = 3000
    return ('{"data":' * depth + inner + "}" * depth + "\n").encode("utf-8")


# ---------------------------------------------------------------- html
def f_member_html(g: Gen, E: Exp) -> bytes:
    F = Fake(g)
    rows = []
    for i in range(12):
        p = Person(g)
        rows.append(f'      <tr class="{"odd" if i % 2 else "even"}"><td>{i + 1}</td><td>{p.name}</td><td>{E("MOBILE", p.mobile)}</td>'
                    f'<td>{E("ID_CARD", p.id) if g.p(0.7) else F.masked_id()}</td><td><a href="mailto:{p.email}">{E("EMAIL", p.email)}</a></td>'
                    f'<td>{E("BIRTHDATE", p.birth.isoformat())}</td></tr>')
    a, s = g.landline()
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>会员管理 - 导出预览</title>
<style>
  table {{ border-collapse: collapse; font: 13px/1.6 "PingFang SC", sans-serif; }}
  td, th {{ border: 1px solid #ccc; padding: 2px 8px; }}
  .odd {{ background: #fafafa; }}
</style>
<script>
  var _hmt = _hmt || [];
  window.APP_CONFIG = {{"env": "prod", "build": "{F.hexid(10)}", "release": "2024.05.18-r3", "cdn": "https://static.example-cdn.cn/v/1.8.2/"}};
</script>
</head>
<body>
  <!-- 导出任务 {F.uuid()} ，操作人工号 {g.digits(8, True)} -->
  <h3>会员列表（共 {g.i(2000, 9000)} 条，当前第 1 页）</h3>
  <table id="members">
    <thead><tr><th>#</th><th>姓名</th><th>手机</th><th>身份证</th><th>邮箱</th><th>出生日期</th></tr></thead>
    <tbody>
{chr(10).join(rows)}
    </tbody>
  </table>
  <p class="footer">数据来源：CRM　技术支持：{E("LANDLINE", g.fmt_land(a, s, "paren"))}　版本 v2.4.1</p>
</body>
</html>
"""
    return html.encode("utf-8")


def f_signup_html(g: Gen, E: Exp) -> bytes:
    F = Fake(g)
    p = Person(g)
    html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>在线报名</title>
<style>input{{width:260px}} .tip{{color:#999}}</style>
<script src="https://cdn.example-cdn.cn/jquery/3.7.1/jquery.min.js"></script>
<script>
$(function(){{ $('#f').on('submit', function(){{ return validate(this); }}); }});
function validate(f){{ return /^1[3-9]\\d{{9}}$/.test(f.mobile.value); }}
</script></head>
<body>
<h2>2024 夏令营报名表（已保存的草稿）</h2>
<form id="f" action="/signup/submit" method="post">
  <input type="hidden" name="draftId" value="{F.uuid()}">
  <p>学生姓名：<input name="name" value="{p.name}"></p>
  <p>身份证号：<input name="idCard" value="{E("ID_CARD", p.id)}"></p>
  <p>出生日期：<input name="birth" type="date" value="{E("BIRTHDATE", p.birth.isoformat())}"></p>
  <p>家长手机：<input name="mobile" type="tel" value="{E("MOBILE", g.mobile())}"> <span class="tip">例：138xxxx0000</span></p>
  <p>家长邮箱：<input name="email" value="{E("EMAIL", g.email())}"></p>
  <p>家长QQ：<input name="qq" value="{E("QQ", g.qq())}"></p>
  <p>特殊说明：<textarea name="remark">孩子对花生过敏。紧急情况请联系爷爷 {E("MOBILE", g.fmt_mobile(g.mobile(), "space"))}，或家里座机 {E("LANDLINE", "-".join(g.landline()))}。</textarea></p>
  <p>班级：<select name="cls"><option value="A">A 班（8-10岁）</option><option value="B" selected>B 班（11-13岁）</option></select></p>
  <button type="submit">提交报名</button>
</form>
<p class="tip">咨询热线 400-{g.i(100, 999)}-{g.digits(4)}（工作日 9:00-17:30）</p>
</body></html>
"""
    return html.encode("utf-8")


# ---------------------------------------------------------------- eml
def _hdr(s: str, charset: str) -> str:
    from email.header import Header
    return Header(s, charset).encode()


def _crlf(s: str) -> bytes:
    return s.replace("\r\n", "\n").replace("\n", "\r\n").encode("ascii")


def f_complaint_eml(g: Gen, E: Exp) -> bytes:
    F = Fake(g)
    p = Person(g)
    co = CORP[6]
    body = f"""尊敬的贵公司个人信息保护负责人：

本人{p.name}，身份证号 {E("ID_CARD", p.id)}，是贵公司APP注册用户（注册手机 {E("MOBILE", p.mobile)}）。
近期本人频繁接到推销电话，对方能准确说出我的姓名、住址和出生日期（{E("BIRTHDATE", g.bday_fmt(p.birth, "cn"))}），
并声称数据来自贵公司。根据《个人信息保护法》第四十五条，本人要求：
  1. 查阅贵公司处理的本人全部个人信息；
  2. 说明是否向第三方提供过本人信息，如有，请提供接收方名称及联系方式；
  3. 删除本人账户及相关信息。

骚扰电话号码记录：{E("MOBILE", g.mobile())}、{E("MOBILE", g.fmt_mobile(g.mobile(), "dash"))}、{E("LANDLINE", g.fmt_land(*g.landline(), style="dash"))}（均为{F.ts()[:10]}前后来电）。
请于十五个工作日内以书面形式回复至本邮箱或寄至{addr(g)}。

此致
{p.name}
{F.ts()[:10]}
"""
    frm = E("EMAIL", p.email)
    to = E("EMAIL", f"privacy@{co[1]}")
    qp = quopri.encodestring(body.encode("gbk")).decode("ascii")
    raw = f"""Received: from [192.168.{g.i(0, 9)}.{g.i(2, 250)}] (unknown [10.{g.i(0, 255)}.{g.i(0, 255)}.{g.i(1, 254)}])
	by mx.{co[1]} (Postfix) with ESMTPS id {F.hexid(10).upper()};
	Tue, 14 May 2024 21:03:11 +0800 (CST)
From: {_hdr(p.name, "gbk")} <{frm}>
To: {_hdr("个人信息保护负责人", "gbk")} <{to}>
Subject: {_hdr("关于行使个人信息查阅、删除权利的申请", "gbk")}
Date: Tue, 14 May 2024 21:03:06 +0800
Message-ID: <{g.i(2024051400000000, 2024051499999999)}{g.digits(3)}@{frm.split("@")[1]}>
X-Mailer: Foxmail 7.2.25.228[cn]
MIME-Version: 1.0
Content-Type: text/plain;
	charset="GBK"
Content-Transfer-Encoding: quoted-printable

{qp}"""
    return _crlf(raw)


def f_hr_attach_eml(g: Gen, E: Exp) -> bytes:
    F = Fake(g)
    co = CORP[0]
    sender = E("EMAIL", g.email(domain=co[1], style=0))
    rcpt = E("EMAIL", g.email(domain="zjhr.cn", style=2))
    cc = E("EMAIL", g.email(domain=co[1], style=4))
    sname = g.name()
    contact_mobile = g.mobile()
    a, s = g.landline()
    # the same content in the plain and the html alternative: each occurrence is expected (the plain and the html)
    m_txt = [E("MOBILE", g.fmt_mobile(contact_mobile, "dash")) for _ in range(2)][0]
    l_txt = [E("LANDLINE", f"{a}-{s}") for _ in range(2)][0]
    plain = f"""王经理好：

附件是5月新入职人员的社保增员信息（共8人），请协助办理。
其中第3位同事的身份证号此前填错，已更正。

有问题随时联系我：手机 {m_txt}，座机 {l_txt}。

{sname}
{co[0]} 人力资源部
"""
    html = f"""<html><head><meta charset="utf-8"></head><body>
<div style="font-family:微软雅黑;font-size:14px">王经理好：<br><br>附件是5月新入职人员的社保增员信息（共8人），请协助办理。<br>
其中第3位同事的身份证号此前填错，已更正。<br><br>有问题随时联系我：手机 <b>{m_txt}</b>，座机 {l_txt}。<br><br>
<span style="color:#888">{sname}<br>{co[0]} 人力资源部</span></div>
<img src="https://mail-track.example-mkt.cn/o.gif?u={F.hexid(16)}" width="1" height="1">
</body></html>
"""
    csv_rows = ["序号,姓名,身份证号,手机,工资卡号,参保日期"]
    for i in range(8):
        p = Person(g)
        csv_rows.append(",".join([str(i + 1), p.name, E("ID_CARD", p.id), E("MOBILE", p.mobile), E("BANK_CARD", g.card()), "2024-05-01"]))
    csv_b = ("\r\n".join(csv_rows) + "\r\n").encode("gbk")
    b64 = lambda b: base64.encodebytes(b).decode("ascii")
    bnd1, bnd2 = f"----=_Part_{g.digits(6)}_{g.digits(9)}.{F.ts_ms()}", f"----=_Part_{g.digits(6)}_{g.digits(9)}.{F.ts_ms()}"
    fname = _hdr("5月社保增员名单.csv", "utf-8")
    raw = f"""From: {_hdr(sname, "utf-8")} <{sender}>
To: "zjhr" <{rcpt}>
Cc: {cc}
Subject: {_hdr("5月社保增员-" + co[0], "utf-8")}
Date: Mon, 20 May 2024 10:12:45 +0800
Message-ID: <{F.hexid(24)}.{g.digits(6)}@{co[1]}>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="{bnd1}"

This is a multi-part message in MIME format.

--{bnd1}
Content-Type: multipart/alternative; boundary="{bnd2}"

--{bnd2}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(plain.encode("utf-8"))}
--{bnd2}
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(html.encode("utf-8"))}
--{bnd2}--

--{bnd1}
Content-Type: text/csv; charset=gbk; name="{fname}"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="{fname}"

{b64(csv_b)}
--{bnd1}--
"""
    return _crlf(raw)


def f_newsletter_eml(g: Gen, E: Exp) -> bytes:
    F = Fake(g)
    rcpt = E("EMAIL", g.email())
    m = g.mobile()
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>.btn{{background:#ff5000;color:#fff}}</style></head>
<body>
<table width="600" align="center"><tr><td>
<h2>618 年中大促 · 会员专享</h2>
<p>亲爱的会员（绑定手机 {m[:3]}****{m[7:]}）：</p>
<p>您的积分 {g.i(100, 9000)} 即将于 2024-06-30 过期，立即兑换 &gt;&gt;</p>
<p><a class="btn" href="https://m.example-shop.cn/act/618?uid={g.digits(10)}&amp;from=edm">去看看</a></p>
<p style="font-size:12px;color:#999">本邮件发送至 {E("EMAIL", rcpt)}，如不想再收到此类邮件，请<a href="https://m.example-shop.cn/unsub?t={F.hexid(20)}">退订</a>。<br>
客服热线 400-{g.i(100, 999)}-{g.digits(4)}　订单号 {F.order()}</p>
</td></tr></table>
<img src="https://edm-track.example-mkt.cn/open?id={F.hexid(24)}" width="1" height="1">
</body></html>
"""
    qp = quopri.encodestring(html.encode("utf-8")).decode("ascii")
    raw = f"""From: =?utf-8?B?{base64.b64encode("会员中心".encode()).decode()}?= <edm@mail.example-shop.cn>
To: {rcpt}
Subject: {_hdr("【618】您有一张满300减50优惠券待领取 🎁", "utf-8")}
Date: Sat, 01 Jun 2024 08:00:00 +0800
MIME-Version: 1.0
List-Unsubscribe: <https://m.example-shop.cn/unsub?t={F.hexid(20)}>
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp}"""
    E("EMAIL", "edm@mail.example-shop.cn")
    return _crlf(raw)


# ---------------------------------------------------------------- md / log
def f_breach_md(g: Gen, E: Exp) -> bytes:
    F = Fake(g)
    rows = []
    for i in range(8):
        p = Person(g)
        rows.append(f"| {i + 1} | {p.name} | {E('MOBILE', g.fmt_mobile(p.mobile, g.c(['plain', 'dash', 'space'])))} | "
                    f"{E('ID_CARD', p.id) if g.p(0.75) else F.masked_id()} | {E('PLATE', g.plate()) if g.p(0.4) else '—'} |")
    md = f"""# 泄露数据核查记录

> 状态：**处理中**　负责人：@{g.c(PINYIN)}　更新：{F.ts()}

## 来源

暗网论坛帖子（编号 `{F.hexid(12)}`）出售 "{g.c(['某物流', '某快递', '某停车场'])}用户数据 20 万条"，样本中可核实的记录如下：

| # | 姓名 | 手机 | 身份证 | 车牌 |
|---|------|------|--------|------|
{chr(10).join(rows)}

## 卖家联系方式

- Telegram：`@{g.c(['dataking', 'leakshop', 'bigdata888'])}`
- 邮箱：{E('EMAIL', g.email(domain='protonmail.com'))}
- QQ：{E('QQ', g.qq())}

## 服务器

样本文件的 EXIF/元数据指向 `{E('IP', g.ip4())}`，另一个下载镜像 `[{E('IP', g.ip6())}]:8080`。内网溯源显示导出操作来自 `{F.priv_ip()}`。

```
$ curl -I http://{E('IP', g.ip4())}/dump/part1.zip
HTTP/1.1 200 OK
Server: nginx/1.24.0
Content-Length: {g.i(10 ** 6, 10 ** 8)}
```

## 下一步

1. 通知受影响用户（短信模板见 `sms_{g.digits(4)}.md`）；
2. 联系属地网安：{E('LANDLINE', g.fmt_land(*g.landline(), style='dash'))}；
3. 证据保全，公证处案号 {F.case_no()}。
"""
    return md.encode("utf-8")


def f_app_log(g: Gen, E: Exp) -> bytes:
    F = Fake(g)
    lines = []
    for i in range(36):
        ts = F.ts() + f",{g.i(0, 999):03d}"
        kind = g.c(["noise", "noise", "reg", "login", "pay", "noise", "gps"])
        if kind == "noise":
            lines.append(f"{ts} INFO  [pool-{g.i(1, 4)}-thread-{g.i(1, 20)}] c.x.job.SyncJob - synced {g.i(1, 500)} rows in {g.i(5, 900)} ms (batch={F.hexid(8)})")
        elif kind == "reg":
            p = Person(g)
            lines.append(f"{ts} INFO  [http-nio-8080-exec-{g.i(1, 50)}] c.x.user.UserService - new user: {{\"mobile\":\"{E('MOBILE', p.mobile)}\",\"idNo\":\"{E('ID_CARD', p.id)}\",\"name\":\"{p.name}\"}}")
        elif kind == "login":
            lines.append(f"{ts} INFO  [http-nio-8080-exec-{g.i(1, 50)}] c.x.auth.AuthFilter - login success account={E('EMAIL', g.email())} ip={E('IP', g.ip4())} ua=Mozilla/5.0")
        elif kind == "pay":
            lines.append(f"{ts} WARN  [http-nio-8080-exec-{g.i(1, 50)}] c.x.pay.PayService - withdraw to card {E('BANK_CARD', g.card())} failed: 余额不足 order={F.order()}")
        else:
            lines.append(f"{ts} DEBUG [mqtt-{g.i(1, 4)}] c.x.iot.Tracker - device {F.imei()} plate={E('PLATE', g.plate())} pos={E('GPS', g.gps(','))} speed={g.i(0, 120)}")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def f_big_log(g: Gen, E: Exp) -> bytes:
    """~2 MB internal access log; mostly private addresses, with a few needles."""
    F = Fake(g)
    out = []
    size = 0
    base = dt.datetime(2024, 5, 19, 0, 0, 0)
    i = 0
    def rid():
        while True:
            r = F.hexid(16)
            if not re.search(r"\d{11}", r):
                return r

    paths = ["/api/v1/orders", "/api/v1/orders/detail", "/api/v1/cart", "/api/v1/goods/list", "/health", "/metrics",
             "/api/v1/coupon/query", "/api/v1/search"]
    while size < 2_000_000:
        t = base + dt.timedelta(milliseconds=i * 4300 + g.i(0, 999))
        i += 1
        needle = i % 170 == 0
        if needle:
            kind = g.c(["ip", "ip", "mobile", "email", "ip6", "id"])
            if kind == "ip":
                src, q = E("IP", g.ip4()), f"/api/v1/user/info?uid={g.i(10 ** 6, 10 ** 7)}"
            elif kind == "ip6":
                src, q = E("IP", g.ip6()), "/api/v1/address/list"
            elif kind == "mobile":
                src, q = F.priv_ip(), f"/api/v1/sms/send?mobile={E('MOBILE', g.mobile())}&tpl=LOGIN"
            elif kind == "email":
                src, q = F.priv_ip(), f"/api/v1/user/check?email={E('EMAIL', g.email())}"
            else:
                src, q = F.priv_ip(), f"/api/v1/realname/verify?idNo={E('ID_CARD', g.id_card())}"
        else:
            src = f"10.{g.i(16, 31)}.{g.i(0, 255)}.{g.i(1, 254)}"
            q = g.c(paths) + g.c(["", f"?page={g.i(1, 50)}&size=20", f"?id={g.i(10 ** 5, 10 ** 6)}", f"?kw={g.c(['手机壳', 'iphone', '纸巾', '猫粮'])}"])
        line = (f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}+08:00 {src} \"{g.c(['GET', 'GET', 'POST'])} {q} HTTP/1.1\" "
                f"{g.c([200, 200, 200, 200, 204, 304, 404, 500])} {g.i(0, 40000)} {g.i(1, 2500) / 1000:.3f} "
                f"upstream=10.{g.i(0, 9)}.{g.i(0, 255)}.{g.i(1, 254)}:8080 rid={rid()}")
        out.append(line)
        size += len(line.encode("utf-8")) + 1
    return ("\n".join(out) + "\n").encode("utf-8")


# ---------------------------------------------------------------- pdf (hand-written, real text layer)
def make_pdf(pages: list[list[str]], cjk: bool) -> bytes:
    objs: list[bytes] = []

    def add(b: bytes) -> int:
        objs.append(b)
        return len(objs)

    catalog = add(b"")  # placeholder 1
    pages_id = add(b"")  # placeholder 2
    if cjk:
        chars = sorted({c for pg in pages for ln in pg for c in ln})
        bf = "\n".join(f"<{ord(c):04X}> <{ord(c):04X}>" for c in chars)
        cmap = ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
                f"{len(chars)} beginbfchar\n{bf}\nendbfchar\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").encode()
        fd = add(b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 "
                 b"/Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>")
        cid = add(b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) "
                  b"/Ordering (GB1) /Supplement 4 >> /FontDescriptor %d 0 R /DW 1000 >>" % fd)
        tu = add(b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream")
        font = add(b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
                   b"/DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (cid, tu))
    else:
        font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    page_ids = []
    for pg in pages:
        ops = ["BT", "/F1 10.5 Tf", "15 TL", "56 790 Td"]
        for ln in pg:
            if cjk:
                ops.append("<" + "".join(f"{ord(c):04X}" for c in ln) + "> Tj T*")
            else:
                esc = ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                ops.append(f"({esc}) Tj T*")
        ops.append("ET")
        stream = "\n".join(ops).encode("latin-1")
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        page_ids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R >> >> "
                            b"/Contents %d 0 R >>" % (pages_id, font, content)))
    objs[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objs[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % p for p in page_ids), len(page_ids))
    info = add(b"<< /Producer (OA Report Engine 3.2) /CreationDate (D:20240520093000+08'00') >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for n, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % n + o + b"\nendobj\n")
    x = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, catalog, info, x))
    return out.getvalue()


def f_letter_pdf(g: Gen, E: Exp) -> bytes:
    F = Fake(g)
    p = Person(g)
    co = CORP[9]
    a, s = g.landline()
    p1 = [f"{co[0]}", "客户信息确认函", "", f"致：{p.name} 先生/女士", "",
          f"您于 {F.ts()[:10]} 投保的保单（保单号 P{g.digits(18)}）已生效，请核对以下投保人信息：",
          f"  投保人姓名：{p.name}", f"  证件号码：{E('ID_CARD', p.id)}", f"  出生日期：{E('BIRTHDATE', g.bday_fmt(p.birth, 'cn'))}",
          f"  手机号码：{E('MOBILE', g.fmt_mobile(p.mobile, 'space'))}", f"  电子邮箱：{E('EMAIL', p.email)}",
          f"  续期扣款账户：{E('BANK_CARD', g.fmt_card(g.card(), 'space4'))}", f"  车辆号牌：{E('PLATE', g.plate(prov='浙'))}",
          "", "如信息有误，请于十日内联系我们。"]
    p2 = ["受益人信息", f"  受益人：{g.name()}  关系：子女  证件号码：{E('ID_CARD', g.id_card())}",
          f"  联系电话：{E('MOBILE', g.mobile())}", "",
          f"客服专线：{E('LANDLINE', a + '-' + s)}    全国服务热线：95{g.digits(3)}", f"{co[0]}  {F.ts()[:10]}", "第 2 页 / 共 2 页"]
    return make_pdf([p1, p2], cjk=True)


def f_hk_form_pdf(g: Gen, E: Exp) -> bytes:
    hkm = g.intl("852", "m")
    hkf = g.intl("852", "f")
    lines = ["ACCOUNT OPENING FORM - INDIVIDUAL (Cross-boundary Wealth Management Connect)", "",
             "Section A  Personal particulars", "  Name (as in passport): CHEUNG Wai Kit",
             f"  Date of birth: {E('BIRTHDATE', g.bday_fmt(g.birth(), 'en'))}",
             f"  Mainland ID card no.: {E('ID_CARD', g.id_card())}",
             f"  PRC passport no.: {E('PASSPORT', g.passport())}",
             f"  Mainland Travel Permit for HK/Macao Residents (Home Return Permit) no.: {E('HK_MACAO_PERMIT', g.permit('H'))}",
             f"  HKID no.: {g.c('ACDEGKPRZ')}{g.digits(6)}({g.digits(1)})", "",
             "Section B  Contact", f"  Mobile (HK): {E('MOBILE', '+852 ' + hkm[4:8] + ' ' + hkm[8:])}",
             f"  Mobile (Mainland): {E('MOBILE', g.fmt_mobile(g.mobile(), '+86sp'))}",
             f"  Office: {E('LANDLINE', '+852 ' + hkf[4:8] + ' ' + hkf[8:])}",
             f"  E-mail: {E('EMAIL', g.email(domain='gmail.com'))}", "",
             f"Section C  Settlement account: {E('BANK_CARD', g.card('621661'))} (Bank of China, Shenzhen Branch)",
             f"Form ref: WMC-{g.digits(8)}    Version 2.1    Page 1 of 1"]
    return make_pdf([lines], cjk=False)


FILES = [
    ("hr_roster_2024.xlsx", "xlsx", f_hr_roster),
    ("vehicle_pass.xlsx", "xlsx", f_vehicle),
    ("crm_customers.xlsx", "xlsx", f_crm),
    ("travel_booking.xlsx", "xlsx", f_travel),
    ("broken_truncated.xlsx", "xlsx", f_truncated),
    ("dispatch_contract.docx", "docx", f_contract_docx),
    ("incident_report.docx", "docx", f_incident_docx),
    ("kyc_review_hk.docx", "docx", f_kyc_hk_docx),
    ("broken_not_a_zip.docx", "docx", f_not_a_zip),
    ("visitors_gbk.csv", "csv", f_visitors_gbk),
    ("members_gb18030.csv", "csv", f_members_gb18030),
    ("orders_utf8bom.csv", "csv", f_orders_bom),
    ("export_semicolon.csv", "csv", f_semicolon),
    ("contacts_utf16.csv", "csv", f_contacts_utf16),
    ("devices.tsv", "tsv", f_devices_tsv),
    ("api_user_detail.json", "json", f_api_json),
    ("events.jsonl", "jsonl", f_events_jsonl),
    ("broken_deep_nested.json", "json", f_deep_json),
    ("member_list.html", "html", f_member_html),
    ("signup_form.html", "html", f_signup_html),
    ("complaint_gbk_qp.eml", "eml", f_complaint_eml),
    ("hr_with_attachment.eml", "eml", f_hr_attach_eml),
    ("newsletter_html.eml", "eml", f_newsletter_eml),
    ("breach_notes.md", "md", f_breach_md),
    ("app_server.log", "log", f_app_log),
    ("access_big.log", "log", f_big_log),
    ("callcenter_notes.txt", "txt", f_callcenter_txt),
    ("broken_invalid_utf8.txt", "txt", f_invalid_utf8),
    ("customer_letter.pdf", "pdf", f_letter_pdf),
    ("hk_account_form.pdf", "pdf", f_hk_form_pdf),
]
SKIPPED = [
    {"name": "broken_truncated.xlsx", "note": "truncated zip: cut inside the first worksheet entry, no central directory; "
                                              "no cell can be recovered (expected: nothing)"},
    {"name": "broken_not_a_zip.docx", "note": "not a zip: a Word 'Web page' (HTML, GB2312/GBK) saved under .docx; "
                                              "a careful reader sniffs it and reads it as HTML"},
    {"name": "broken_deep_nested.json", "note": "valid JSON nested 3000 levels deep (json.loads raises RecursionError); "
                                                "the values are still in the raw text"},
    {"name": "broken_invalid_utf8.txt", "note": "invalid UTF-8: GBK fragments, stray 0xFF 0xFE, a character cut in half, NUL bytes; "
                                                "the values themselves are ASCII and intact"},
]


def check_file(name: str, data: bytes, expected: list[list[str]]) -> None:
    """Re-read the file with the same libraries; every expected value must occur exactly as often as listed."""
    if len(data) >= 3_000_000:
        raise ValueError(f"{name}: {len(data)} bytes, must stay under 3 MB")
    text = read_file(name, data)
    want: dict[str, int] = {}
    for typ, val in expected:
        check_span_value(typ, val, name)
        want[val] = want.get(val, 0) + 1
    for val, n in want.items():
        got = count_value(text, val)
        if got != n:
            raise ValueError(f"{name}: {val!r} occurs {got}x in the extracted text, listed {n}x")
    lk = leaks(blank_values(text, want))
    if lk:
        raise ValueError(f"{name}: unlabelled value(s) in the extracted text: {lk[:5]}")
    if name == "broken_truncated.xlsx":
        import openpyxl
        try:
            openpyxl.load_workbook(io.BytesIO(data))
        except Exception:
            pass
        else:
            raise ValueError("broken_truncated.xlsx still opens")
    if name == "broken_deep_nested.json":
        try:
            json.loads(data)
        except RecursionError:
            pass
        else:
            raise ValueError("deep JSON parses")


def build_files(g: Gen) -> tuple[dict[str, bytes], dict]:
    out: dict[str, bytes] = {}
    manifest = {"files": [], "skipped": SKIPPED}
    for name, fmt, f in FILES:
        E = Exp()
        data = f(g, E)
        check_file(name, data, E.items)
        out[name] = data
        manifest["files"].append({"name": name, "format": fmt, "expected": E.items})
    out["manifest.json"] = (json.dumps(manifest, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    return out, manifest


# ==============================================================================================
def build_all() -> dict[str, bytes]:
    """Everything the probe holds, as {relative path: bytes}."""
    g = Gen(SEED)
    recs = build_text(g)
    files, _ = build_files(g)
    out = {f"{NAME}.jsonl": jsonl_bytes(recs)}
    out.update({f"files/{k}": v for k, v in files.items()})
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true", help="rebuild in a temporary directory and compare byte for byte")
    a = ap.parse_args(argv)
    built = build_all()
    if a.check:
        with tempfile.TemporaryDirectory() as tmp:
            for rel, b in built.items():
                p = Path(tmp) / rel
                p.parent.mkdir(parents=True, exist_ok=True)
                p.write_bytes(b)
            bad = [rel for rel in built if not (HERE / rel).is_file() or (HERE / rel).read_bytes() != (Path(tmp) / rel).read_bytes()]
        extra = sorted(str(p.relative_to(HERE)) for p in (HERE / "files").iterdir() if f"files/{p.name}" not in built) \
            if (HERE / "files").is_dir() else []
        if bad or extra:
            print("MISMATCH:", bad, "EXTRA:", extra)
            return 1
        print(f"ok: {len(built)} outputs byte-identical")
        return 0
    for rel, b in built.items():
        p = HERE / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(b)
    recs = [json.loads(x) for x in built[f"{NAME}.jsonl"].decode().splitlines()]
    man = json.loads(built["files/manifest.json"])
    print(f"{len(recs)} documents, {sum(len(r['spans']) for r in recs)} spans; "
          f"{len(man['files'])} files, {sum(len(f['expected']) for f in man['files'])} expected values")
    return 0


if __name__ == "__main__":
    sys.exit(main())
