"""Build the independent, hand-written probe set ``tests/probe/probe.jsonl``.

The probe measures leakaid on text that was *not* made by ``leakaid.synth``: every template below was written
by hand from what real waybills, chat exports, leaked tables, SMS, server logs, forms, court judgments and
look-alike numbers look like, without reading the detector. All personal data is fake (random tails, fake
names) but valid where the type requires validity (GB 11643 check digit, real region codes and birth dates,
Luhn + real Chinese BIN prefixes, current mobile segments, real area codes, public IP ranges).

Documents are assembled from parts: plain text (audited: it must not accidentally contain a valid value),
labelled values (``V``) and deliberate traps (``T``, not labelled, not audited). Offsets are computed from the
parts, so they cannot be wrong.

Label conventions (strict scoring: same start, end and type):

* the span is the value as written, with its internal separators and an attached country prefix
  (``+86 138-1234-5678``, ``(010)6234-5678``, ``138 1234 5678``), never the cue word;
* full-width digits and Chinese-numeral phone numbers are labelled when they are someone's number;
* a landline extension (``-8001``, ``转8001``) is not part of the LANDLINE span;
* a GPS span covers ``lat, lon`` (or ``lon,lat``) from the first digit to the last;
* masked values (``138****5678``), private/loopback IPs, QQ *group* numbers, hotlines and business numbers
  are not labelled.

Run ``python tests/probe/build_probe.py`` to regenerate; the output is deterministic (fixed seed).
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import random
import re
import sys
from pathlib import Path

SEED = 20240312
OUT = Path(__file__).with_name("probe.jsonl")
DOCS_PER_GENRE = 40

GENRES = ("waybill", "chat", "table", "sms", "log", "form", "legal", "lookalike")

# ---------------------------------------------------------------------------------------------------------
# value generators (independent of leakaid)
# ---------------------------------------------------------------------------------------------------------

# GB/T 2260 county codes with the first birth year for which the code is plausible (the county existed).
REGIONS = {
    "110105": ("北京市朝阳区", 1960),
    "110108": ("北京市海淀区", 1960),
    "310104": ("上海市徐汇区", 1960),
    "120101": ("天津市和平区", 1960),
    "440305": ("深圳市南山区", 1991),
    "440304": ("深圳市福田区", 1991),
    "440106": ("广州市天河区", 1986),
    "330106": ("杭州市西湖区", 1986),
    "510107": ("成都市武侯区", 1992),
    "320102": ("南京市玄武区", 1986),
    "420106": ("武汉市武昌区", 1986),
    "610113": ("西安市雁塔区", 1986),
    "370102": ("济南市历下区", 1986),
    "430104": ("长沙市岳麓区", 1986),
    "350203": ("厦门市思明区", 1986),
    "310115": ("上海市浦东新区", 1999),
}

ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def id_check(body17: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(body17, ID_WEIGHTS, strict=True)) % 11]


def luhn_check_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:  # these positions are doubled once the check digit is appended
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num: str) -> bool:
    return luhn_check_digit(num[:-1]) == num[-1]


MOBILE_SEGMENTS = (
    [str(s) for s in range(130, 140)]
    + ["150", "151", "152", "153", "155", "156", "157", "158", "159", "166"]
    + ["170", "171", "173", "175", "176", "177", "178"]
    + [str(s) for s in range(180, 190)]
    + ["191", "193", "195", "197", "198", "199"]
)
VALID_SEGMENTS_FOR_AUDIT = set(MOBILE_SEGMENTS) | {"145", "147", "172", "174", "190", "192", "196", "162", "165", "167"}

# area code -> (city, local number length)
AREA_CODES = {
    "010": ("北京", 8),
    "021": ("上海", 8),
    "020": ("广州", 8),
    "022": ("天津", 8),
    "023": ("重庆", 8),
    "025": ("南京", 8),
    "027": ("武汉", 8),
    "028": ("成都", 8),
    "029": ("西安", 8),
    "0755": ("深圳", 8),
    "0571": ("杭州", 8),
    "0512": ("苏州", 8),
    "0532": ("青岛", 8),
    "0731": ("长沙", 8),
    "0591": ("福州", 8),
    "0891": ("拉萨", 7),
}

BANK_NAMES = {
    "622202": ("中国工商银行", "工行"), "621226": ("中国工商银行", "工行"), "621700": ("中国建设银行", "建行"),
    "622700": ("中国建设银行", "建行"), "622848": ("中国农业银行", "农行"), "621483": ("招商银行", "招行"),
    "622588": ("招商银行", "招行"), "621661": ("中国银行", "中行"), "622262": ("交通银行", "交行"),
}

# (prefix, total length) of real Chinese debit-card BINs
BINS = [
    ("622202", 19),  # 工商银行
    ("621226", 19),  # 工商银行
    ("621700", 19),  # 建设银行
    ("622700", 19),  # 建设银行
    ("622848", 19),  # 农业银行
    ("621483", 16),  # 招商银行
    ("622588", 16),  # 招商银行
    ("621661", 19),  # 中国银行
    ("622262", 19),  # 交通银行
]

PUBLIC_V4_FIRST = [36, 39, 42, 58, 59, 60, 61, 101, 106, 110, 111, 112, 113, 114, 115, 116, 117, 119, 120,
                   121, 122, 123, 124, 125, 180, 182, 183, 211, 218, 219, 220, 221, 222, 223]

SURNAMES = "张王李赵刘陈杨黄吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈"
GIVEN = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英",
         "霞", "平", "刚", "桂英", "建华", "晓东", "雨涵", "子轩", "梓萱", "浩然", "欣怡", "宇航", "思远", "佳琪"]
PINYIN = ["zhang", "wang", "li", "zhao", "liu", "chen", "yang", "huang", "wu", "zhou", "xu", "sun", "ma", "zhu",
          "hu", "guo", "lin", "gao", "zheng", "xie", "song", "tang", "han", "deng", "cao", "peng", "xiao"]
PINYIN2 = ["wei", "fang", "na", "min", "jing", "li", "qiang", "lei", "jun", "yang", "yong", "jie", "tao", "ming",
           "chao", "xia", "ping", "gang", "hao", "yu", "xin", "yi", "hang", "yuan", "qi"]
MAIL_DOMAINS = ["qq.com", "163.com", "126.com", "sina.com", "sohu.com", "foxmail.com", "gmail.com", "outlook.com",
                "hotmail.com", "yeah.net", "139.com", "aliyun.com", "189.cn", "sina.cn"]
STREETS = ["建国路88号", "漕溪北路201号", "科技南十二路2号", "文三路478号", "人民南路四段11号", "中山东路300号",
           "解放大道1277号", "小寨东路66号", "泉城路180号", "麓山南路932号", "湖滨南路90号", "世纪大道100号"]
CN_DIGITS = "〇一二三四五六七八九"
CN_DIGITS_SPOKEN = "洞幺两三四五六拐八九"


class Gen:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)

    # --- helpers
    def pick(self, seq):
        return self.r.choice(list(seq))

    def digits(self, n: int, first: str = "0123456789") -> str:
        return self.r.choice(first) + "".join(self.r.choice("0123456789") for _ in range(n - 1))

    def name(self) -> str:
        return self.pick(SURNAMES) + self.pick(GIVEN)

    def masked_name(self) -> str:
        return self.pick(SURNAMES) + self.pick(["某", "某某"])

    def address(self) -> str:
        region = self.pick(list(REGIONS.values()))[0]
        return f"{region}{self.pick(STREETS)}{self.r.randint(1, 30)}栋{self.r.randint(1, 28)}0{self.r.randint(1, 9)}室"

    # --- values
    def birth(self, min_year: int = 1960, max_year: int = 2005) -> dt.date:
        start = dt.date(min_year, 1, 1).toordinal()
        end = dt.date(max_year, 12, 31).toordinal()
        return dt.date.fromordinal(self.r.randint(start, end))

    def id_card(self, region: str | None = None, birth: dt.date | None = None) -> str:
        region = region or self.pick(REGIONS)
        birth = birth or self.birth(max(REGIONS[region][1], 1960), 2005)
        if birth.year < REGIONS[region][1]:
            birth = birth.replace(year=REGIONS[region][1])
        body = f"{region}{birth:%Y%m%d}{self.r.randint(1, 999):03d}"
        return body + id_check(body)

    def id_with_x(self) -> str:
        while True:
            v = self.id_card()
            if v.endswith("X"):
                return v

    def mobile(self) -> str:
        return self.pick(MOBILE_SEGMENTS) + self.digits(8)

    def landline(self) -> tuple[str, str]:
        area = self.pick(AREA_CODES)
        return area, self.digits(AREA_CODES[area][1], "2345678")

    def bank_card(self, bin_: tuple[str, int] | None = None) -> str:
        prefix, length = bin_ or self.pick(BINS)
        body = prefix + self.digits(length - len(prefix) - 1)
        return body + luhn_check_digit(body)

    @staticmethod
    def bank_name(card: str, short: bool = False) -> str:
        return BANK_NAMES[card[:6]][1 if short else 0]

    def bad_luhn(self, bin_: tuple[str, int] | None = None) -> str:
        good = self.bank_card(bin_)
        return good[:-1] + str((int(good[-1]) + self.r.randint(1, 9)) % 10)

    def no_luhn(self, num: str) -> str:
        """``num`` with its last digit changed if it happens to pass Luhn (a trap must not be a valid card)."""
        if luhn_ok(num):
            num = num[:-1] + str((int(num[-1]) + 1) % 10)
        return num

    def email(self) -> str:
        local = self.pick([
            lambda: self.pick(PINYIN) + self.pick(PINYIN2) + str(self.r.randint(1, 99)),
            lambda: self.pick(PINYIN) + "." + self.pick(PINYIN2),
            lambda: self.pick(PINYIN) + "_" + self.pick(PINYIN2) + str(self.r.randint(1970, 2005)),
            lambda: self.digits(self.r.randint(8, 10), "123456789"),
            lambda: self.pick(PINYIN2) + self.pick(PINYIN2) + "-" + str(self.r.randint(100, 999)),
        ])()
        return f"{local}@{self.pick(MAIL_DOMAINS)}"

    def plate(self, new_energy: bool = False, dot: bool = False) -> str:
        prov = self.pick("京沪粤浙苏川鄂陕鲁湘闽津")
        office = self.pick("ABCDEFGHJK") + ("·" if dot else "")
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        if new_energy:
            return f"{prov}{office}{self.pick('DF')}{self.digits(5)}"
        body = list(self.digits(5))
        if self.r.random() < 0.5:  # one letter among the five, at least three digits remain
            body[self.r.randint(0, 1)] = self.pick(letters)
        return f"{prov}{office}{''.join(body)}"

    def passport(self) -> str:
        return self.pick("EG") + self.digits(8)

    def permit(self) -> str:
        return "C" + self.digits(8)

    def qq(self) -> str:
        return self.digits(self.r.randint(6, 10), "123456789")

    def wechat(self) -> str:
        return self.pick([
            lambda: self.pick(PINYIN) + "_" + self.pick(PINYIN2) + str(self.r.randint(1980, 2005)),
            lambda: self.pick(PINYIN2) + self.pick(PINYIN) + str(self.r.randint(10, 999)),
            lambda: "wxid_" + "".join(self.pick("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(14)),
            lambda: self.pick(PINYIN) + "-" + self.pick(PINYIN2) + "-" + str(self.r.randint(1, 99)),
        ])()

    def ipv4(self) -> str:
        while True:
            v = f"{self.pick(PUBLIC_V4_FIRST)}.{self.r.randint(1, 254)}.{self.r.randint(0, 254)}.{self.r.randint(1, 254)}"
            if ipaddress.ip_address(v).is_global:
                return v

    def ipv6(self) -> str:
        head = self.pick(["240e", "2408", "2409", "240a"])
        groups = [f"{self.r.randint(0x100, 0xffff):x}" for _ in range(7)]
        if self.r.random() < 0.5:
            v = f"{head}:{groups[0]}:{groups[1]}:{groups[2]}::{groups[3]}"
        else:
            v = head + ":" + ":".join(groups)
        assert ipaddress.ip_address(v).is_global
        return v

    def private_ip(self) -> str:
        return self.pick([
            f"10.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}",
            f"192.168.{self.r.randint(0, 10)}.{self.r.randint(1, 254)}",
            f"172.{self.r.randint(16, 31)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}",
            "127.0.0.1",
            f"100.{self.r.randint(64, 127)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}",
            f"169.254.{self.r.randint(1, 254)}.{self.r.randint(1, 254)}",
        ])

    def gps(self) -> tuple[float, float]:
        return round(self.r.uniform(22.0, 45.0), 6), round(self.r.uniform(100.0, 125.0), 6)

    def ts(self) -> dt.datetime:
        return dt.datetime(2024, 1, 1) + dt.timedelta(seconds=self.r.randint(0, 200 * 86400))


# ---------------------------------------------------------------------------------------------------------
# formatting (obfuscations people really use)
# ---------------------------------------------------------------------------------------------------------

def fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in s)


def fmt_mobile(n: str, style: str) -> str:
    a, b, c = n[:3], n[3:7], n[7:]
    return {
        "plain": n,
        "dash": f"{a}-{b}-{c}",
        "space": f"{a} {b} {c}",
        "dot": f"{a}.{b}.{c}",
        "p86": f"+86 {n}",
        "p86dash": f"+86-{a}-{b}-{c}",
        "p86space": f"+86 {a} {b} {c}",
        "p86glued": f"+86{n}",
        "0086": f"0086{n}",
        "0086sp": f"0086 {n}",
        "paren86": f"(+86){n}",
        "paren86sp": f"(+86) {a} {b} {c}",
        "fw": fullwidth(n),
        "fwdash": fullwidth(f"{a}-{b}-{c}"),
        "cn": "".join(CN_DIGITS[int(d)] for d in n),
        "cnyao": "".join(CN_DIGITS_SPOKEN[int(d)] if d in "127" else CN_DIGITS[int(d)] for d in n),
    }[style]


ALL_MOBILE_STYLES = ["plain", "plain", "plain", "dash", "space", "dot", "p86", "p86dash", "p86space", "p86glued",
                     "0086", "0086sp", "paren86", "paren86sp", "fw", "fwdash", "cn", "cnyao"]
ASCII_MOBILE_STYLES = ["plain", "plain", "dash", "space", "p86", "p86glued", "0086", "paren86"]


def fmt_landline(area: str, local: str, style: str) -> str:
    h = len(local) // 2
    return {
        "dash": f"{area}-{local}",
        "paren": f"({area}){local}",
        "parendash": f"({area}){local[:h]}-{local[h:]}",
        "space": f"{area} {local[:h]} {local[h:]}",
        "dashsplit": f"{area}-{local[:h]} {local[h:]}",
        "glued": f"{area}{local}",
        "p86": f"+86 {area[1:]} {local[:h]} {local[h:]}",
        "fwparen": fullwidth(f"({area})") + fullwidth(local),
    }[style]


LANDLINE_STYLES = ["dash", "dash", "paren", "parendash", "space", "dashsplit", "glued", "p86", "fwparen"]


def fmt_id(v: str, style: str) -> str:
    return {
        "plain": v,
        "lower": v.lower(),
        "s684": f"{v[:6]} {v[6:14]} {v[14:]}",
        "s4": " ".join(v[i:i + 4] for i in range(0, 18, 4)),
        "fw": fullwidth(v),
    }[style]


def fmt_card(v: str, style: str) -> str:
    return {
        "plain": v,
        "s4": " ".join(v[i:i + 4] for i in range(0, len(v), 4)),
        "d4": "-".join(v[i:i + 4] for i in range(0, len(v), 4)),
        "s6": f"{v[:6]} {v[6:]}",
        "fw": fullwidth(v),
    }[style]


def fmt_date(d: dt.date, style: str) -> str:
    return {
        "cn": f"{d.year}年{d.month}月{d.day}日",
        "cn0": f"{d.year}年{d.month:02d}月{d.day:02d}日",
        "iso": f"{d:%Y-%m-%d}",
        "slash": f"{d:%Y/%m/%d}",
        "dot": f"{d:%Y.%m.%d}",
        "compact": f"{d:%Y%m%d}",
    }[style]


def masked_mobile(n: str) -> str:
    return f"{n[:3]}****{n[7:]}"


# ---------------------------------------------------------------------------------------------------------
# document assembly
# ---------------------------------------------------------------------------------------------------------

class V:
    """A labelled value."""

    def __init__(self, text: str, typ: str) -> None:
        self.text, self.typ = text, typ


class T:
    """A deliberate trap or look-alike: not labelled, exempt from the accidental-value audit."""

    def __init__(self, text: str) -> None:
        self.text = text


_FOLD = {chr(0xFF10 + i): str(i) for i in range(10)}


def _audit(plain: str, where: str) -> None:
    """Fail if unlabelled plain text accidentally holds a valid value (the builder's own safety net)."""
    folded = "".join(_FOLD.get(c, c) for c in plain)
    for m in re.finditer(r"\d+", folded):
        run = m.group()
        if len(run) == 11 and run[0] == "1" and run[:3] in VALID_SEGMENTS_FOR_AUDIT:
            raise AssertionError(f"{where}: unlabelled mobile-like {run!r}")
        if 16 <= len(run) <= 19 and luhn_ok(run) and run[0] in "3456":
            raise AssertionError(f"{where}: unlabelled Luhn-valid {run!r}")
    for m in re.finditer(r"\d{17}[\dXx]", folded):
        v = m.group().upper()
        if v[:6] in REGIONS and id_check(v[:17]) == v[17]:
            raise AssertionError(f"{where}: unlabelled ID {v!r}")
    if re.search(r"[A-Za-z0-9._-]+@[A-Za-z0-9-]+\.[A-Za-z]{2,}", plain):
        raise AssertionError(f"{where}: unlabelled e-mail in {plain!r}")
    for m in re.finditer(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])", plain):
        try:
            if ipaddress.ip_address(m.group()).is_global:
                raise AssertionError(f"{where}: unlabelled public IP {m.group()!r}")
        except ValueError:
            pass


class Doc:
    def __init__(self, genre: str) -> None:
        self.genre = genre
        self.parts: list[str | V | T] = []

    def add(self, *parts: str | V | T) -> Doc:
        self.parts.extend(parts)
        return self

    def build(self, doc_id: str) -> dict:
        text, spans = [], []
        pos = 0
        for p in self.parts:
            if isinstance(p, V):
                assert p.text == p.text.strip() and p.text, (doc_id, p.text)
                spans.append([pos, pos + len(p.text), p.typ])
                s = p.text
            elif isinstance(p, T):
                s = p.text
            else:
                _audit(p, doc_id)
                s = p
            text.append(s)
            pos += len(s)
        full = "".join(text)
        if self.genre == "lookalike":
            assert not spans, doc_id
        return {"id": doc_id, "genre": self.genre, "text": full, "spans": spans}


# ---------------------------------------------------------------------------------------------------------
# genres
# ---------------------------------------------------------------------------------------------------------

def waybill(g: Gen, i: int) -> Doc:
    d = Doc("waybill")
    t = g.ts()
    kind = i % 8
    if kind >= 5:
        return waybill_more(g, kind - 5, d)
    if kind == 0:  # 顺丰 electronic waybill
        sender, receiver = g.name(), g.name()
        m1, m2 = g.mobile(), g.mobile()
        d.add("顺丰速运 SF EXPRESS 电子运单\n运单号：", T(f"SF{g.digits(13, '1')}"), "\n",
              "寄件人：", sender, "  电话：", V(fmt_mobile(m1, g.pick(ASCII_MOBILE_STYLES)), "MOBILE"), "\n",
              "寄件地址：", g.address(), "\n",
              "收件人：", receiver, "  电话：", V(fmt_mobile(m2, "plain"), "MOBILE"), "\n",
              "收件地址：", g.address(), "\n",
              "托寄物：文件  计费重量：", f"{g.r.randint(1, 30) / 2}", "kg  件数：1\n",
              "月结账号：", T(g.digits(10, "7")), "  付款方式：寄付月结\n",
              "打印时间：", f"{t:%Y-%m-%d %H:%M:%S}", "  客服热线：", T("95338"), "\n")
    elif kind == 1:  # 中通 with masked receiver phone and full sender landline
        area, local = g.landline()
        d.add("中通快递 ZTO\n运单编号 ", T("7" + g.digits(13, "3456")), "\n",
              "三段码：", T(f"{g.r.randint(100, 999)}-{g.r.randint(10, 99)}-{g.r.randint(100, 999)}"), "\n",
              "收：", g.name(), " ", T(masked_mobile(g.mobile())), "\n", g.address(), "\n",
              "寄：", g.pick(["优品旗舰店", "良仓百货", "花漾生活馆"]), " ",
              V(fmt_landline(area, local, g.pick(["dash", "paren", "space"])), "LANDLINE"), "\n",
              "签收时间：", f"{t:%Y/%m/%d %H:%M}", "  网点：", g.pick(["朝阳三部", "南山科技园", "西湖文三"]), "\n")
    elif kind == 2:  # 京东物流 with order number and receiver mobile written with +86
        m = g.mobile()
        d.add("京东物流  ", T(f"JDVA{g.digits(11, '2')}"), "\n",
              "订单号：", T(g.digits(12, "2")), "\n",
              "客户姓名：", g.name(), "\n",
              "客户电话：", V(fmt_mobile(m, g.pick(["dash", "p86space", "space", "0086"])), "MOBILE"), "\n",
              "客户地址：", g.address(), "\n",
              "应收金额：￥", f"{g.r.randint(10, 3000)}.{g.r.randint(0, 99):02d}", "  配送员：", g.name(), " ",
              V(fmt_mobile(g.mobile(), "plain"), "MOBILE"), "\n",
              "预计送达：", f"{t:%m月%d日}", " 9:00-15:00\n")
    elif kind == 3:  # 圆通 one-line label with sender e-mail (e-commerce return)
        m = g.mobile()
        e = g.email()
        d.add("圆通速递 YTO ", T(f"YT{g.digits(13, '7')}"), " | 收件人 ", g.name(), " | ",
              V(fmt_mobile(m, g.pick(["plain", "dash", "dot"])), "MOBILE"), " | ", g.address(),
              " | 退货联系邮箱：", V(e, "EMAIL"), " | 保价 ", f"{g.r.randint(1, 20) * 100}", " 元 | 重量 1.2kg\n")
    else:  # 韵达 multi-parcel with virtual (privacy) numbers and a full backup number
        m = g.mobile()
        d.add("韵达快递 批量发货清单 ", f"{t:%Y-%m-%d}", "\n")
        for _ in range(g.r.randint(2, 3)):
            d.add(T(g.digits(15, "4")), "  ", g.name(), "  ", T(masked_mobile(g.mobile())), "  ",
                  g.pick(["北京", "上海", "杭州", "成都"]), "\n")
        d.add("异常件联系：", g.name(), " 备用手机 ", V(fmt_mobile(m, g.pick(ASCII_MOBILE_STYLES)), "MOBILE"),
              "（微信同号）\n")
    return d


def chat(g: Gen, i: int) -> Doc:
    d = Doc("chat")
    t = g.ts()
    kind = i % 10
    if kind >= 7:
        return chat_more(g, kind - 7, d)
    a, b = g.name(), g.name()
    if kind == 0:  # WeChat export (third-party tool style)
        idc = g.id_card()
        d.add(f"{t:%Y-%m-%d %H:%M:%S} ", a, "\n你把身份证号发我一下，我帮你订高铁票\n",
              f"{t + dt.timedelta(minutes=2):%Y-%m-%d %H:%M:%S} ", b, "\n",
              V(fmt_id(idc, g.pick(["plain", "plain", "s684", "lower"])), "ID_CARD"), "\n",
              f"{t + dt.timedelta(minutes=3):%Y-%m-%d %H:%M:%S} ", a, "\n手机号也发下，12306要验证\n",
              f"{t + dt.timedelta(minutes=3, seconds=40):%Y-%m-%d %H:%M:%S} ", b, "\n",
              V(fmt_mobile(g.mobile(), g.pick(ALL_MOBILE_STYLES)), "MOBILE"), "\n")
    elif kind == 1:  # QQ export with numbers in the headers
        qa, qb = g.qq(), g.qq()
        d.add("消息记录（此消息记录为文本格式，不支持重新导入）\n\n",
              "================================================================\n",
              "消息分组:我的好友\n",
              "================================================================\n",
              "消息对象:", b, "\n",
              "================================================================\n\n",
              f"{t:%Y-%m-%d %H:%M:%S} ", a, "(", V(qa, "QQ"), ")\n", "在吗，把你邮箱给我，我发资料\n\n",
              f"{t + dt.timedelta(minutes=1):%Y-%m-%d %H:%M:%S} ", b, "(", V(qb, "QQ"), ")\n",
              V(g.email(), "EMAIL"), "\n\n",
              f"{t + dt.timedelta(minutes=5):%Y-%m-%d %H:%M:%S} ", a, "(", V(qa, "QQ"), ")\n", "[图片]\n")
    elif kind == 2:  # casual chat with QQ / WeChat cues and Chinese-numeral phone
        m = g.mobile()
        d.add(a, "：你加我微信吧，微信号 ", V(g.wechat(), "WECHAT"), "\n",
              b, "：搜不到啊\n",
              a, "：那加QQ ", V(g.qq(), "QQ"), "，或者直接打我电话", V(fmt_mobile(m, g.pick(["cn", "cnyao"])), "MOBILE"),
              "\n", b, "：好的，我们群号是", T(g.digits(9, "7")), "，你也进来\n")
    elif kind == 3:  # Taiwan chat, Traditional characters
        tw = "09" + g.digits(8)
        d.add(f"[{t:%Y/%m/%d} 下午 {t:%I:%M}] ", a, ": 我換手機了，新號碼 ",
              V(f"{tw[:4]}-{tw[4:7]}-{tw[7:]}", "MOBILE"), "\n",
              f"[{t:%Y/%m/%d} 下午 {t:%I:%M}] ", b, ": 收到～我的電郵改成 ", V(g.email(), "EMAIL"), " 喔\n",
              f"[{t:%Y/%m/%d} 下午 {t:%I:%M}] ", a, ": 訂房要大陸身分證號碼嗎？我的是 ",
              V(fmt_id(g.id_card(), "plain"), "ID_CARD"), "\n")
    elif kind == 4:  # Hong Kong chat, Cantonese + Traditional, +852 and mainland numbers
        hk = g.pick("69") + g.pick("12345678") + g.digits(6)
        d.add(a, "：我香港手機係 ", V(f"+852 {hk[:4]} {hk[4:]}", "MOBILE"), "，大陸嗰個係 ",
              V(fmt_mobile(g.mobile(), g.pick(["p86space", "paren86", "dash"])), "MOBILE"), "\n",
              b, "：得，我幫你填表，回鄉證號碼呢？\n",
              a, "：港澳通行證係 ", V(g.permit(), "HK_MACAO_PERMIT"), "，護照 ", V(g.passport(), "PASSPORT"), "\n")
    elif kind == 5:  # location sharing + bank transfer
        lat, lon = g.gps()
        card = g.bank_card()
        d.add(a, "：我到了，定位发你 ", V(f"{lat:.6f},{lon:.6f}", "GPS"), "\n",
              b, "：好，钱转我卡上，", g.bank_name(card, short=True), " ",
              V(fmt_card(card, g.pick(["plain", "s4", "s4", "s6"])), "BANK_CARD"), " 户名", b, "\n",
              a, "：转了", f"{g.r.randint(200, 5000)}", "，截图发你了\n")
    else:  # group chat: birthday, plate, full-width phone
        d.add("【家族群】\n", a, "：下周三是妈生日，她是", V(fmt_date(g.birth(1955, 1970), "cn"), "BIRTHDATE"),
              "出生的，你们别又记错了\n",
              b, "：我开车去接，车牌 ", V(g.plate(g.r.random() < 0.4), "PLATE"), "，到楼下打我",
              V(fmt_mobile(g.mobile(), g.pick(["fw", "fwdash", "space"])), "MOBILE"), "\n",
              g.name(), "：蛋糕订了，", f"{g.r.randint(2, 6)}", "磅的，花了", f"{g.r.randint(200, 600)}", "块\n")
    return d


def table(g: Gen, i: int) -> Doc:
    d = Doc("table")
    kind = i % 10
    if kind >= 7:
        return table_more(g, kind - 7, d)
    rows = g.r.randint(3, 5)
    if kind == 0:  # CSV with header
        d.add("姓名,手机号,身份证号,邮箱,地址\n")
        for _ in range(rows):
            d.add(g.name(), ",", V(g.mobile(), "MOBILE"), ",", V(g.id_card(), "ID_CARD"), ",",
                  V(g.email(), "EMAIL"), ",", g.address(), "\n")
    elif kind == 1:  # TSV with header, birth date, bank card, register time (not a birth date)
        d.add("用户ID\t姓名\t出生日期\t银行卡号\t注册时间\n")
        for _ in range(rows):
            d.add(T(g.digits(7, "1")), "\t", g.name(), "\t", V(fmt_date(g.birth(1965, 2004), "iso"), "BIRTHDATE"),
                  "\t", V(g.bank_card(), "BANK_CARD"), "\t", f"{g.ts():%Y-%m-%d %H:%M:%S}", "\n")
    elif kind == 2:  # headerless rows of name, mobile, id
        for _ in range(rows + 1):
            d.add(g.name(), ",", V(g.mobile(), "MOBILE"), ",", V(g.id_card(), "ID_CARD"), "\n")
    elif kind == 3:  # ---- separated e-mail dumps with passwords
        d.add("# 某论坛 2019 拖库 邮箱----密码----手机\n")
        for _ in range(rows + 2):
            pw = g.pick(["a123456", "woaini1314", "qwe123!@#", "zxcvbnm", "iloveyou"]) + str(g.r.randint(0, 99))
            d.add(V(g.email(), "EMAIL"), "----", T(pw), "----", V(g.mobile(), "MOBILE"), "\n")
    elif kind == 4:  # QQ----password dump with a header that names the column
        d.add("QQ号----密码\n")
        for _ in range(rows + 2):
            d.add(V(g.qq(), "QQ"), "----", T(g.pick(["abc", "qq", "pass", "x"]) + str(g.r.randint(1000, 99999))),
                  "\n")
    elif kind == 5:  # pipe table with mixed columns incl. order numbers and amounts
        d.add("| 订单号 | 收货人 | 联系电话 | 金额 | 下单时间 |\n|---|---|---|---|---|\n")
        for _ in range(rows):
            d.add("| ", T(g.no_luhn("2024" + g.digits(14))), " | ", g.name(), " | ",
                  V(fmt_mobile(g.mobile(), g.pick(["plain", "dash", "space"])), "MOBILE"), " | ",
                  f"{g.r.randint(10, 9999)}.{g.r.randint(0, 99):02d}", " | ", f"{g.ts():%Y-%m-%d %H:%M}", " |\n")
    else:  # hotel guest export: semicolons, id with spaces, landline, plate
        d.add("入住人;证件号;联系电话;车牌;房号\n")
        for _ in range(rows):
            area, local = g.landline()
            tel = (V(fmt_landline(area, local, "dash"), "LANDLINE") if g.r.random() < 0.4
                   else V(fmt_mobile(g.mobile(), "plain"), "MOBILE"))
            d.add(g.name(), ";", V(fmt_id(g.id_card(), g.pick(["plain", "s684", "s4"])), "ID_CARD"), ";", tel, ";",
                  V(g.plate(g.r.random() < 0.3), "PLATE"), ";", f"{g.r.randint(2, 20)}{g.r.randint(1, 30):02d}",
                  "\n")
    return d


def sms(g: Gen, i: int) -> Doc:
    d = Doc("sms")
    t = g.ts()
    kind = i % 10
    if kind >= 7:
        return sms_more(g, kind - 7, d)
    if kind == 0:  # bank notice: masked card tail only
        d.add("【", g.pick(["工商银行", "建设银行", "招商银行"]), "】您尾号", T(g.digits(4)), "的储蓄卡", f"{t:%m月%d日%H:%M}",
              "支出(消费)人民币", f"{g.r.randint(1, 9999)}.{g.r.randint(0, 99):02d}", "元，余额",
              f"{g.r.randint(1, 99999)}.{g.r.randint(0, 99):02d}", "元。", "[", T(g.pick(["95588", "95533", "95555"])), "]")
    elif kind == 1:  # verification code
        d.add("【", g.pick(["支付宝", "美团", "12306", "滴滴出行"]), "】验证码", T(g.digits(6)), "，",
              "用于登录/注册，5分钟内有效。请勿泄露给他人。如非本人操作，请忽略本短信。")
    elif kind == 2:  # delivery notice with courier mobile
        d.add("【菜鸟驿站】您的", g.pick(["中通", "圆通", "韵达", "申通"]), "包裹已到", g.pick(["小区东门", "3号楼下"]),
              "驿站，取件码", T(f"{g.r.randint(1, 9)}-{g.r.randint(1, 9)}-{g.r.randint(1000, 9999)}"),
              "，有问题联系快递员", V(fmt_mobile(g.mobile(), g.pick(ASCII_MOBILE_STYLES)), "MOBILE"), "。")
    elif kind == 3:  # fraud SMS with QQ and WeChat cues
        d.add("【", g.pick(["京东金融", "借呗"]), "】尊敬的用户，您的账户存在异常，将影响征信，请于24小时内添加客服QQ：",
              V(g.qq(), "QQ"), " 或微信 ", V(g.wechat(), "WECHAT"), " 处理，逾期后果自负。")
    elif kind == 4:  # transfer request from a "relative" with a bank card
        card = g.bank_card()
        d.add("妈，我手机丢了，这是同学的号。急用钱交培训费，打到这个卡上：", V(fmt_card(card, g.pick(["plain", "s4"])), "BANK_CARD"),
              " ", g.bank_name(card), " 户名", g.name(), "，转好回我这个号",
              V(fmt_mobile(g.mobile(), "plain"), "MOBILE"), "。")
    elif kind == 5:  # appointment notice with landline and extension
        area, local = g.landline()
        ext = str(g.r.randint(100, 9999))
        sep = g.pick(["-", "转", " ext."])
        d.add("【", g.pick(["协和医院", "市第一人民医院", "儿童医院"]), "】", g.masked_name(), "您好，您预约的",
              f"{t:%m月%d日}", "上午门诊已成功，就诊卡号", T(g.digits(10, "9")), "。如需改约请致电",
              V(fmt_landline(area, local, g.pick(["dash", "paren", "space"])), "LANDLINE"), T(f"{sep}{ext}"), "。")
    else:  # carrier notice: own number in the message, with +86
        m = g.mobile()
        d.add("【中国", g.pick(["移动", "联通", "电信"]), "】尊敬的客户，您的号码", V(fmt_mobile(m, g.pick(["plain", "p86"])), "MOBILE"),
              "本月套餐内通用流量已使用80%，剩余", f"{g.r.randint(1, 9)}.{g.r.randint(0, 99):02d}", "GB。退订回TD。")
    return d


UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.109 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN",
    "Mozilla/5.0 (Linux; Android 13; V2227A Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160065",
    "okhttp/4.12.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2.1 Safari/605.1.15",
]


def log(g: Gen, i: int) -> Doc:
    d = Doc("log")
    kind = i % 9
    if kind >= 6:
        return log_more(g, kind - 6, d)
    t = g.ts()
    if kind == 0:  # nginx combined log, public client, private upstream
        for k in range(g.r.randint(2, 3)):
            tt = t + dt.timedelta(seconds=k * 7)
            d.add(V(g.ipv4(), "IP"), " - - [", f"{tt:%d/%b/%Y:%H:%M:%S} +0800", '] "GET /api/v1/orders?page=',
                  str(g.r.randint(1, 9)), ' HTTP/1.1" 200 ', str(g.r.randint(200, 9000)), ' "-" "', T(g.pick(UAS)),
                  '" upstream=', T(f"{g.private_ip()}:8080"), " rt=0.0", str(g.r.randint(10, 99)), "\n")
    elif kind == 1:  # app log with phone in query string and request id
        m = g.mobile()
        d.add(f"{t:%Y-%m-%d %H:%M:%S}.{g.r.randint(0, 999):03d}", " INFO  [http-nio-8080-exec-", str(g.r.randint(1, 20)),
              "] c.x.user.LoginController - reqId=", T(f"{g.r.getrandbits(64):016x}"),
              " POST /sms/send?phone=", V(m, "MOBILE"), "&scene=login client_ip=", V(g.ipv4(), "IP"),
              " cost=", str(g.r.randint(5, 300)), "ms\n",
              f"{t:%Y-%m-%d %H:%M:%S}.{g.r.randint(0, 999):03d}", " WARN  [redis-pool] c.x.cache.Pool - reconnect ",
              T(f"{g.private_ip()}:6379"), " after ", str(g.r.randint(1, 5)), " tries\n")
    elif kind == 2:  # JSON log line with email, ipv6 and a millisecond timestamp
        d.add('{"ts":', T(str(int(t.timestamp() * 1000) + g.r.randint(0, 999))), ',"level":"info","msg":"user registered",',
              '"email":"', V(g.email(), "EMAIL"), '","ip":"', V(g.ipv6(), "IP"), '","ua":"', T(g.pick(UAS)),
              '","trace_id":"', T(f"{g.r.getrandbits(128):032x}"), '"}\n')
    elif kind == 3:  # X-Forwarded-For chain: public client then private proxies
        d.add(f"[{t:%Y-%m-%dT%H:%M:%S}+08:00] ", "gateway access x_forwarded_for=\"", V(g.ipv4(), "IP"), ", ",
              T(g.private_ip()), ", ", T(g.private_ip()), "\" remote_addr=", T(g.private_ip()),
              " host=api.example.cn path=/v2/profile status=401 app_version=", T(f"{g.r.randint(1, 9)}.{g.r.randint(0, 20)}.{g.r.randint(0, 9)}.{g.r.randint(100, 999)}"),
              "\n")
    elif kind == 4:  # audit log: admin exported a user record (id card + bank card in payload)
        d.add(f"{t:%Y-%m-%d %H:%M:%S}", " AUDIT user=admin01 action=export_customer src=", T(g.private_ip()),
              " payload={name:", g.name(), ", idNo:", V(g.id_card(), "ID_CARD"), ", bankCardNo:", V(g.bank_card(), "BANK_CARD"),
              ", mobile:", V(g.mobile(), "MOBILE"), "}\n")
    else:  # geo service log with lng,lat order (AMap style) and a loopback health check
        lat, lon = g.gps()
        d.add(f"{t:%Y-%m-%d %H:%M:%S}", " DEBUG geo.resolve uid=", T(g.digits(8, "3")), ' location="', V(f"{lon:.6f},{lat:.6f}", "GPS"),
              '" from ', V(g.ipv4(), "IP"), "\n",
              f"{t:%Y-%m-%d %H:%M:%S}", " DEBUG health check from 127.0.0.1 ok (v", T(f"{g.r.randint(1, 3)}.{g.r.randint(0, 9)}.{g.r.randint(0, 9)}.{g.r.randint(0, 99)}"),
              ")\n")
    return d


def form(g: Gen, i: int) -> Doc:
    d = Doc("form")
    kind = i % 8
    if kind >= 5:
        return form_more(g, kind - 5, d)
    if kind == 0:  # employee registration form
        b = g.birth(1970, 2003)
        idc = g.id_card(birth=b)
        area, local = g.landline()
        d.add("员工入职登记表\n姓名：", g.name(), "    性别：", g.pick("男女"), "\n",
              "出生日期：", V(fmt_date(b, g.pick(["cn", "iso", "dot", "cn0"])), "BIRTHDATE"), "    民族：汉\n",
              "身份证号码：", V(fmt_id(idc, g.pick(["plain", "s684", "fw"])), "ID_CARD"), "\n",
              "手机：", V(fmt_mobile(g.mobile(), g.pick(ALL_MOBILE_STYLES)), "MOBILE"),
              "    家庭电话：", V(fmt_landline(area, local, g.pick(LANDLINE_STYLES)), "LANDLINE"), "\n",
              "电子邮箱：", V(g.email(), "EMAIL"), "\n",
              "工资卡开户行：", g.bank_name(card := g.bank_card()), "    卡号：",
              V(fmt_card(card, g.pick(["plain", "s4", "d4"])), "BANK_CARD"), "\n",
              "紧急联系人：", g.name(), "（", g.pick(["父亲", "母亲", "配偶"]), "）",
              V(fmt_mobile(g.mobile(), "plain"), "MOBILE"), "\n")
    elif kind == 1:  # hotel check-in for a foreign-travel guest with passport
        d.add("酒店入住登记单  No.", T(g.digits(8, "0")), "\n宾客姓名：", g.name(), "\n证件类型：护照\n证件号码：",
              V(g.passport(), "PASSPORT"), "\n联系电话：", V(fmt_mobile(g.mobile(), g.pick(ASCII_MOBILE_STYLES)), "MOBILE"),
              "\n入住日期：", f"{g.ts():%Y-%m-%d}", "    房号：", str(g.r.randint(1001, 2830)), "    房价：",
              str(g.r.randint(300, 1200)), "元/晚\n车牌号：", V(g.plate(g.r.random() < 0.5), "PLATE"), "\n")
    elif kind == 2:  # HK/Macao trip application
        b = g.birth(1975, 2005)
        d.add("港澳旅游报名表\n姓名：", g.name(), "\n出生年月日：", V(fmt_date(b, g.pick(["iso", "slash", "compact", "cn"])), "BIRTHDATE"),
              "\n港澳通行证号码：", V(g.permit(), "HK_MACAO_PERMIT"), "\n身份证：",
              V(fmt_id(g.id_card(birth=b), g.pick(["plain", "s4"])), "ID_CARD"),
              "\n微信号：", V(g.wechat(), "WECHAT"), "\n出团日期：", f"{g.ts():%Y年%m月%d日}", "\n")
    elif kind == 3:  # online registration, English keys (web form dump)
        b = g.birth(1980, 2004)
        d.add("Registration #", T(g.digits(6, "1")), "\nfullName: ", g.name(), "\ndateOfBirth: ",
              V(fmt_date(b, "iso"), "BIRTHDATE"), "\nmobile: ", V(fmt_mobile(g.mobile(), g.pick(["p86", "plain", "p86dash"])), "MOBILE"),
              "\nemail: ", V(g.email(), "EMAIL"), "\nqq: ", V(g.qq(), "QQ"), "\npassportNo: ",
              V(g.passport(), "PASSPORT"), "\nsubmittedAt: ", f"{g.ts():%Y-%m-%dT%H:%M:%S}", "\n")
    else:  # Traditional-character form (Taiwan business traveller registering in the mainland office)
        b = g.birth(1970, 2000)
        d.add("會員資料表\n姓名：", g.name(), "\n出生日期：", V(fmt_date(b, g.pick(["cn", "slash"])), "BIRTHDATE"),
              "\n大陸手機：", V(fmt_mobile(g.mobile(), g.pick(["dash", "space", "plain"])), "MOBILE"),
              "\n電郵：", V(g.email(), "EMAIL"), "\n身分證號碼：", V(fmt_id(g.id_card(birth=b), "plain"), "ID_CARD"),
              "\n銀行卡號：", V(fmt_card(g.bank_card(), "s4"), "BANK_CARD"), "\n")
    return d


STATUTES = [
    "《中华人民共和国刑法》第二百五十三条之一　违反国家有关规定，向他人出售或者提供公民个人信息，情节严重的，处三年以下有期徒刑或者拘役，"
    "并处或者单处罚金；情节特别严重的，处三年以上七年以下有期徒刑，并处罚金。",
    "《最高人民法院 最高人民检察院关于办理侵犯公民个人信息刑事案件适用法律若干问题的解释》（法释〔2017〕10号）第五条　"
    "非法获取、出售或者提供行踪轨迹信息、通信内容、征信信息、财产信息五十条以上的；非法获取、出售或者提供住宿信息、通信记录、健康生理信息、"
    "交易信息等其他可能影响人身、财产安全的公民个人信息五百条以上的；非法获取、出售或者提供第三项、第四项规定以外的公民个人信息五千条以上的。",
    "《中华人民共和国个人信息保护法》第二十八条　敏感个人信息是一旦泄露或者非法使用，容易导致自然人的人格尊严受到侵害或者人身、"
    "财产安全受到危害的个人信息，包括生物识别、宗教信仰、特定身份、医疗健康、金融账户、行踪轨迹等信息，以及不满十四周岁未成年人的个人信息。",
    "《中华人民共和国民法典》第一千零三十四条　自然人的个人信息受法律保护。个人信息是以电子或者其他方式记录的能够单独或者与其他信息结合"
    "识别特定自然人的各种信息，包括自然人的姓名、出生日期、身份证件号码、生物识别信息、住址、电话号码、电子邮箱、健康信息、行踪信息等。",
    "《中华人民共和国网络安全法》第四十二条　网络运营者不得泄露、篡改、毁损其收集的个人信息；未经被收集者同意，不得向他人提供个人信息。"
    "但是，经过处理无法识别特定个人且不能复原的除外。本法自2017年6月1日起施行。",
]


def legal(g: Gen, i: int) -> Doc:
    d = Doc("legal")
    kind = i % 8
    if kind >= 5:
        return legal_more(g, kind - 5, d)
    court = g.pick([("北京市朝阳区人民法院", "京0105"), ("上海市徐汇区人民法院", "沪0104"), ("深圳市南山区人民法院", "粤0305"),
                    ("杭州市西湖区人民法院", "浙0106"), ("成都市武侯区人民法院", "川0107")])
    year = g.r.randint(2018, 2023)
    case_no = f"（{year}）{court[1]}刑初{g.r.randint(10, 2999)}号"
    if kind == 0:  # statute text: no personal data, many numbers
        d.add(STATUTES[i % len(STATUTES)], "\n")
    elif kind == 1:  # judgment header: defendant with birth date cue *after* the value
        b = g.birth(1965, 2000)
        d.add(court[0], "\n刑 事 判 决 书\n", T(case_no), "\n公诉机关", court[0][:-4], "人民检察院。\n被告人", g.masked_name(),
              "，男，", V(fmt_date(b, "cn"), "BIRTHDATE"), "出生，汉族，大专文化，户籍地", g.address()[:6],
              "。因涉嫌犯侵犯公民个人信息罪于", f"{year}年{g.r.randint(1, 12)}月{g.r.randint(1, 28)}日", "被刑事拘留。\n")
    elif kind == 2:  # older-style judgment listing identity number and evidence
        b = g.birth(1970, 1998)
        d.add("被告人", g.name(), "，", g.pick("男女"), "，公民身份号码", V(g.id_card(birth=b), "ID_CARD"),
              "，住", g.address(), "。\n经审理查明：", f"{year}年{g.r.randint(1, 12)}月", "至案发，被告人通过QQ（号码",
              V(g.qq(), "QQ"), "）向他人出售公民个人信息共计", str(g.r.randint(5001, 90000)), "条，非法获利人民币",
              f"{g.r.randint(1, 90)},{g.r.randint(100, 999)}", "元。赃款转入其名下",
              g.bank_name(card := g.bank_card((g.pick(["622202", "621700"]), 19))), "账户（卡号", V(card, "BANK_CARD"),
              "）。\n")
    elif kind == 3:  # modern judgment: masked values only, case numbers, articles
        d.add("本院认为，被告人", g.masked_name(), "违反国家有关规定，向他人出售公民个人信息，情节特别严重，其行为已构成侵犯公民个人信息罪。",
              "公诉机关指控的罪名成立。依照《中华人民共和国刑法》第二百五十三条之一第一款、第三款，第六十七条第三款，判决如下：\n",
              "被告人", g.masked_name(), "犯侵犯公民个人信息罪，判处有期徒刑", g.pick(["一", "二", "三", "四"]), "年，并处罚金人民币",
              str(g.r.randint(1, 20) * 10000), "元。\n（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日，即自",
              f"{year}年{g.r.randint(1, 12)}月{g.r.randint(1, 28)}日起至{year + 3}年{g.r.randint(1, 12)}月{g.r.randint(1, 28)}日止。）\n",
              "涉案手机号码", T(masked_mobile(g.mobile())), "、银行卡号", T(f"6222{'*' * 11}{g.digits(4)}"), "予以注销。\n",
              "如不服本判决，可在接到判决书的第二日起十日内，通过本院或者直接向", court[0][:3], "中级人民法院提出上诉。案号：", T(case_no), "\n")
    else:  # civil complaint draft by a victim: plaintiff's own contact details
        m = g.mobile()
        b = g.birth(1975, 2000)
        d.add("民事起诉状\n原告：", g.name(), "，女，", V(fmt_date(b, "cn"), "BIRTHDATE"), "生，汉族，身份证号",
              V(g.id_card(birth=b), "ID_CARD"), "，联系电话", V(fmt_mobile(m, g.pick(["plain", "dash"])), "MOBILE"), "，电子邮箱",
              V(g.email(), "EMAIL"), "。\n被告：", g.pick(["某某科技有限公司", "某某物流有限公司"]), "，统一社会信用代码",
              T(f"91{g.pick(['110105', '440305', '310104'])}MA0{g.digits(1)}{g.pick('ABCDEFGH')}{g.digits(4)}{g.pick('0123456789XY')}"),
              "，法定代表人", g.masked_name(), "。\n诉讼请求：1．判令被告停止处理原告个人信息并删除；2．赔偿损失人民币",
              str(g.r.randint(1, 50) * 1000), "元；3．本案诉讼费由被告承担。\n")
    return d


def lookalike(g: Gen, i: int) -> Doc:
    d = Doc("lookalike")
    kind = i % 14
    if kind >= 10:
        return lookalike_more(g, kind - 10, d)
    if kind == 0:  # order / tracking / invoice numbers
        d.add("订单号：", T(g.no_luhn("2024" + g.digits(14))), "\n物流单号：", T(f"SF{g.digits(13, '1')}"), "\n中通单号：", T("7" + g.digits(13, "3")),
              "\n发票代码：", T("0" + g.digits(11, "4")), "  发票号码：", T(g.digits(8, "0")),
              "\n交易流水号：", T("4200" + g.digits(24, "0")), "\n")
    elif kind == 1:  # millisecond timestamps, uuids, request ids
        base = 1_704_067_200_000 + g.r.randint(0, 15_000_000_000)
        d.add("created_at=", T(str(base)), " updated_at=", T(str(base + g.r.randint(1, 99999))),
              " request_id=", T(f"{g.r.getrandbits(128):032x}"), " span=", T(g.no_luhn(g.digits(19, "1"))), "\n")
    elif kind == 2:  # hotlines and service numbers
        d.add("客服热线：", T(g.pick(["400-820-8820", "400 610 1360", "4008123123", "800-810-8888", "95588", "10086", "12315"])),
              "，投诉电话：", T(g.pick(["12345", "400-000-1234", "800 820 5100"])), "，报警请拨", T("110"), "，急救", T("120"), "。\n")
    elif kind == 3:  # ID-like numbers that are invalid
        good = g.id_card()
        wrong_check = good[:17] + g.pick([c for c in "0123456789X" if c != good[17]])
        region = g.pick(REGIONS)
        body = f"{region}19{g.r.randint(70, 99)}0230{g.r.randint(1, 999):03d}"
        impossible_date = body + id_check(body)
        body2 = f"{region}20{g.r.randint(30, 80)}0{g.r.randint(1, 9)}1{g.r.randint(0, 9)}{g.r.randint(1, 999):03d}"
        future = body2 + id_check(body2)
        d.add("测试数据（均为无效号码）：校验位错误 ", T(wrong_check), "；日期不存在 ", T(impossible_date), "；出生在未来 ",
              T(future), "；样例 ", T("123456789012345678"), "\n")
    elif kind == 4:  # Luhn-failing card-like numbers and long digit runs
        d.add("卡号格式错误：", T(g.bad_luhn()), "，", T(fmt_card(g.bad_luhn(), "s4")), "；设备序列号 ", T("SN" + g.no_luhn(g.digits(16, "3"))),
              "；IMEI ", T(g.bank_card(("86", 15))), "；商品条码 ", T("69" + g.digits(11)), "\n")
    elif kind == 5:  # version strings, private/loopback/documentation IPs
        d.add("客户端版本 ", T(f"{g.r.randint(1, 9)}.{g.r.randint(0, 20)}.{g.r.randint(0, 9)}.{g.r.randint(100, 999)}"),
              "，内核 Chrome/", T(f"{g.r.randint(100, 125)}.0.{g.r.randint(5000, 6500)}.{g.r.randint(10, 200)}"),
              "；内网地址 ", T(g.private_ip()), "、", T(g.private_ip()), "，回环 ", T("127.0.0.1"), "、", T("::1"),
              "，链路本地 ", T("fe80::1c2a:3bff:fe4d:5e6f"), "，文档示例 ", T("192.0.2.10"), "、", T("2001:db8::8a2e:370:7334"), "\n")
    elif kind == 6:  # 统一社会信用代码, ISBN, ICP filing, plate-like strings
        d.add("统一社会信用代码：", T(f"91{g.pick(REGIONS)}MA0{g.digits(1)}{g.pick('ABCDEFGHJK')}{g.digits(4)}{g.pick('0123456789')}"),
              "\nISBN ", T("978-7-111-54742-6"), "，ISBN ", T("9787115428028"), "\n",
              T(f"京ICP备{g.digits(8, '1')}号-1"), " ", T(f"京公网安备 {g.digits(14, '1')}号"), " ", T(f"沪ICP证{g.digits(6, '1')}号"), "\n")
    elif kind == 7:  # amounts and invalid segments
        d.add("转账金额 ", T(f"{g.mobile()}.00"), " 元；合计 ¥", T(f"{g.r.randint(1, 999)},{g.digits(3)},{g.digits(3)}.{g.digits(2)}"),
              "；号码 ", T(g.pick(["120", "100", "110", "127", "101", "104", "154"]) + g.digits(8)), "、",
              T(g.pick(["120", "100", "104"]) + "-" + g.digits(4) + "-" + g.digits(4)), " 不是有效号段\n")
    elif kind == 8:  # numbers glued inside longer runs, cue-less E/G/C codes, masked values
        d.add("批次", T(f"ABC{g.mobile()}XYZ"), "；", T(g.no_luhn(f"8613{g.digits(15)}")), "；错误码 ", T(f"E{g.digits(8, '1')}"), "；型号 ",
              T(f"C{g.digits(8, '1')}"), "；货号 ", T(f"G{g.digits(8, '1')}"), "；已脱敏 ", T(masked_mobile(g.mobile())), "、",
              T(f"{g.pick(REGIONS)}********{g.digits(3)}X"), "\n")
    else:  # e-mail-like and social-handle strings, QQ group, dates that are not birth dates
        d.add("图片 ", T("icon@2x.png"), "、", T("banner@3x.webp"), "；@", g.pick(["人民日报", "央视新闻"]), " 转发；内部账号 ",
              T("admin@localhost"), "；QQ群：", T(g.digits(9, "6")), "（交流群）；公众号：", T("rmrbwx"), "；成立日期 ",
              T(fmt_date(g.birth(1990, 2010), "iso")), "；坐标精度 ", T("1.5"), "\n")
    return d


# ---------------------------------------------------------------------------------------------------------
# more templates per genre (second pass: harder, less regular layouts)
# ---------------------------------------------------------------------------------------------------------

def waybill_more(g: Gen, kind: int, d: Doc) -> Doc:
    t = g.ts()
    if kind == 0:  # 极兔, two contact numbers separated by a slash, landline with extension
        area, local = g.landline()
        d.add("J&T极兔速递 运单号 ", T(f"JT{g.digits(13, '5')}"), "\n收件：", g.name(), " 电话:",
              V(fmt_mobile(g.mobile(), "plain"), "MOBILE"), "/", V(fmt_landline(area, local, "dash"), "LANDLINE"),
              T(f"-{g.r.randint(100, 999)}"), "\n", g.address(), "\n寄件：", g.pick(["某某电子商务有限公司", "某某服饰旗舰店"]),
              "  客服 ", T("400-" + g.digits(3, "1") + "-" + g.digits(4)), "\n")
    elif kind == 1:  # cross-border parcel: English labels, +86 landline, passport for customs clearance
        area, local = g.landline()
        d.add("DHL EXPRESS  AWB ", T(g.digits(10, "1")), "\nConsignee: ", g.name(), "\nTel: ",
              V(fmt_landline(area, local, "p86"), "LANDLINE"), "  Mobile: ", V(fmt_mobile(g.mobile(), "p86dash"), "MOBILE"),
              "\nE-mail: ", V(g.email(), "EMAIL"), "\n清关资料：收件人护照号 ", V(g.passport(), "PASSPORT"),
              "\nDeclared value: USD ", str(g.r.randint(20, 900)), ".00  Weight: ", str(g.r.randint(1, 20)), " kg\n")
    else:  # 顺丰 pickup note written by a courier in an app, full-width phone and plate of the van
        d.add("【顺丰小哥备注】", f"{t:%H:%M}", " 已上门揽收，客户", g.masked_name(), "要求改派，新收件电话",
              V(fmt_mobile(g.mobile(), g.pick(["fw", "space", "dot"])), "MOBILE"), "，派件车辆",
              V(g.plate(g.r.random() < 0.5, dot=g.r.random() < 0.5), "PLATE"), "，运单", T(f"SF{g.digits(13, '1')}"), "\n")
    return d


def chat_more(g: Gen, kind: int, d: Doc) -> Doc:
    t = g.ts()
    a, b = g.name(), g.name()
    if kind == 0:  # phone spelled out with spaces between the groups of Chinese numerals
        m = g.mobile()
        cn = fmt_mobile(m, "cn")
        d.add(a, "：号码别打数字，平台会屏蔽，我发汉字：", V(f"{cn[:3]} {cn[3:7]} {cn[7:]}", "MOBILE"), "\n", b, "：收到，加你v了，",
              "我v是", V(g.wechat(), "WECHAT"), "\n")
    elif kind == 1:  # second-hand trade chat: ID and card written in groups, Traditional-free but sloppy
        card = g.bank_card()
        d.add(f"{t:%m-%d %H:%M}", " 买家：押金退到哪？\n", f"{t:%m-%d %H:%M}", " 卖家：", V(fmt_card(card, "s4"), "BANK_CARD"),
              "，收款人", b, "，开户行", g.bank_name(card), g.pick(["深圳分行", "北京朝阳支行"]), "\n", f"{t:%m-%d %H:%M}",
              " 买家：好，我身份证 ", V(fmt_id(g.id_card(), "s684"), "ID_CARD"), " 你登记一下\n")
    else:  # WeChat group notice with e-mails and a landline
        area, local = g.landline()
        d.add("群公告：简历请发", V(g.email(), "EMAIL"), "或", V(g.email(), "EMAIL"), "，标题写“姓名+岗位”。咨询电话",
              V(fmt_landline(area, local, g.pick(["paren", "dash", "parendash"])), "LANDLINE"), "（工作日9:00-18:00），",
              "联系人", g.name(), "老师。\n")
    return d


def table_more(g: Gen, kind: int, d: Doc) -> Doc:
    rows = g.r.randint(3, 4)
    if kind == 0:  # JSON lines exported from a CRM
        for _ in range(rows):
            d.add('{"name": "', g.name(), '", "phone": "', V(fmt_mobile(g.mobile(), g.pick(["plain", "p86glued"])), "MOBILE"),
                  '", "idNo": "', V(g.id_card(), "ID_CARD"), '", "plate": "', V(g.plate(), "PLATE"), '", "level": ',
                  str(g.r.randint(1, 5)), "}\n")
    elif kind == 1:  # quoted CSV with Traditional headers
        d.add('"姓名","手機","電郵","生日"\n')
        for _ in range(rows):
            d.add('"', g.name(), '","', V(fmt_mobile(g.mobile(), "dash"), "MOBILE"), '","', V(g.email(), "EMAIL"), '","',
                  V(fmt_date(g.birth(1970, 2004), "slash"), "BIRTHDATE"), '"\n')
    else:  # headerless mobile----password dump (the mobile needs no cue) with a comment line
        d.add("// 2020 某游戏平台 手机----密码\n")
        for _ in range(rows + 2):
            d.add(V(g.mobile(), "MOBILE"), "----", T(g.pick(["123456", "a" + g.digits(6), "qwerty", "abc" + g.digits(3)])), "\n")
    return d


def sms_more(g: Gen, kind: int, d: Doc) -> Doc:
    t = g.ts()
    if kind == 0:  # 12306 ticket SMS: order number and train number look like passports, seat numbers, no labels
        d.add("【铁路客服】订单", T(f"E{g.digits(9, '1')}"), "，", g.masked_name(), "您已购", f"{t:%m月%d日}",
              T(f"G{g.r.randint(1, 9999)}"), "次", g.pick(["05车12F号", "03车08A号", "11车03D号"]), "，", g.pick(["北京南", "上海虹桥"]),
              "站", f"{t:%H:%M}", "开，检票口", str(g.r.randint(1, 20)), "。")
    elif kind == 1:  # courier calling card with parentheses glued to the number
        d.add("【丰巢】", g.pick(["王", "李", "赵"]), "师傅(", V(fmt_mobile(g.mobile(), "plain"), "MOBILE"), ")已将您的快递放入",
              g.pick(["花园小区", "阳光大厦"]), "丰巢柜，凭取件码", T(g.digits(8, "1")), "领取。")
    else:  # anti-fraud center warning with a reporting e-mail of a person and a fraudster's card
        d.add("【国家反诈中心】您的号码", V(fmt_mobile(g.mobile(), "plain"), "MOBILE"), "近期接听了涉诈电话，请勿向陌生账户",
              V(fmt_card(g.bank_card(), "plain"), "BANK_CARD"), "转账。如已被骗请拨打", T("96110"), "。")
    return d


def log_more(g: Gen, kind: int, d: Doc) -> Doc:
    t = g.ts()
    if kind == 0:  # sshd auth log
        d.add(f"{t:%b %d %H:%M:%S}", " web01 sshd[", str(g.r.randint(1000, 60000)), "]: Failed password for root from ",
              V(g.ipv4(), "IP"), " port ", str(g.r.randint(1024, 65535)), " ssh2\n", f"{t:%b %d %H:%M:%S}", " web01 sshd[",
              str(g.r.randint(1000, 60000)), "]: Accepted publickey for deploy from ", T(g.private_ip()), " port ",
              str(g.r.randint(1024, 65535)), " ssh2: RSA SHA256:", T("x" + g.digits(10)), "\n")
    elif kind == 1:  # IPv6 with port in brackets, CDN log
        d.add(f"{t:%Y-%m-%dT%H:%M:%S}", "Z cdn edge=", T(g.pick(["sha-ct-03", "bj-cu-11"])), " client=[", V(g.ipv6(), "IP"),
              "]:", str(g.r.randint(1024, 65535)), " status=206 bytes=", str(g.r.randint(10000, 9000000)), " cache=HIT rid=",
              T(f"{g.r.getrandbits(64):x}"), "\n")
    else:  # payment callback log: card number and phone in a form-encoded body
        d.add(f"{t:%Y-%m-%d %H:%M:%S}", " [pay-notify] body=out_trade_no=", T(g.no_luhn("2024" + g.digits(16))),
              "&total_fee=", str(g.r.randint(100, 99999)), "&card_no=", V(g.bank_card(), "BANK_CARD"), "&mobile=",
              V(g.mobile(), "MOBILE"), "&sign=", T(f"{g.r.getrandbits(128):032X}"), "\n")
    return d


def form_more(g: Gen, kind: int, d: Doc) -> Doc:
    if kind == 0:  # rental contract: both parties, bank account for rent
        d.add("房屋租赁合同\n甲方（出租人）：", g.name(), "  身份证号：", V(g.id_card(), "ID_CARD"), "  电话：",
              V(fmt_mobile(g.mobile(), g.pick(ASCII_MOBILE_STYLES)), "MOBILE"), "\n乙方（承租人）：", g.name(), "  身份证号：",
              V(fmt_id(g.id_card(), g.pick(["plain", "lower"])), "ID_CARD"), "  电话：", V(fmt_mobile(g.mobile(), "plain"), "MOBILE"),
              "\n第三条 租金每月人民币", str(g.r.randint(15, 90) * 100), "元，乙方于每月5日前转入甲方账户：",
              g.bank_name(card := g.bank_card()), " ", V(fmt_card(card, g.pick(["s4", "plain"])), "BANK_CARD"), "。\n")
    elif kind == 1:  # school enrolment: child's birthday, parent's contacts, parking plate with a dot
        b = g.birth(2012, 2018)
        d.add("新生入学信息采集表\n学生姓名：", g.name(), "  学号：", T(f"{b.year + 6}{g.digits(4)}"),
              "\n出生日期：", V(fmt_date(b, g.pick(["cn", "iso"])), "BIRTHDATE"), "\n家长手机：",
              V(fmt_mobile(g.mobile(), g.pick(["plain", "dash", "space"])), "MOBILE"), "  家长邮箱：", V(g.email(), "EMAIL"),
              "\n接送车辆：", V(g.plate(g.r.random() < 0.5, dot=True), "PLATE"), "\n")
    else:  # visa application (Traditional labels, Hong Kong agency)
        b = g.birth(1965, 2000)
        d.add("簽證申請表\n申請人：", g.name(), "\n出生日期：", V(fmt_date(b, "iso"), "BIRTHDATE"), "\n護照號碼：", V(g.passport(), "PASSPORT"),
              "\n往來港澳通行證：", V(g.permit(), "HK_MACAO_PERMIT"), "\n聯絡電話：",
              V(fmt_mobile(g.mobile(), g.pick(["p86space", "paren86sp", "0086sp"])), "MOBILE"), "\n電郵地址：", V(g.email(), "EMAIL"), "\n")
    return d


def legal_more(g: Gen, kind: int, d: Doc) -> Doc:
    year = g.r.randint(2015, 2019)
    if kind == 0:  # older judgment quoting full phone number and plate in the facts
        d.add("经审理查明：", f"{year}年{g.r.randint(1, 12)}月{g.r.randint(1, 28)}日", "，被告人", g.name(), "驾驶车牌号为",
              V(g.plate(), "PLATE"), "的小型轿车至", g.pick(["朝阳区", "南山区", "西湖区"]), "某小区，使用手机号码为",
              V(g.mobile(), "MOBILE"), "的手机联系买家，以每条", str(g.r.randint(1, 5)), "元的价格出售公民个人信息",
              str(g.r.randint(500, 9000)), "条。\n")
    elif kind == 1:  # evidence list: IP and e-mail of the seller account, amounts and case numbers
        d.add("证据目录：1．（", str(year), "）", g.pick(["京0105", "粤0305"]), "刑初", str(g.r.randint(10, 999)), "号卷宗第",
              str(g.r.randint(1, 99)), "页；2．涉案账户登录IP ", V(g.ipv4(), "IP"), "及注册邮箱", V(g.email(), "EMAIL"),
              "的调取证明；3．交易明细（共计人民币", f"{g.r.randint(1, 99)},{g.digits(3)}.{g.digits(2)}", "元）。\n")
    else:  # statute with legal amounts / article numbers, Traditional version of PIPL text
        d.add("《個人資訊保護法》第五十七條　發生或者可能發生個人資訊洩露、篡改、丟失的，個人資訊處理者應當立即採取補救措施，",
              "並通知履行個人資訊保護職責的部門和個人。第六十六條　情節嚴重的，處五千萬元以下或者上一年度營業額百分之五以下罰款。\n")
    return d


def lookalike_more(g: Gen, kind: int, d: Doc) -> Doc:
    if kind == 0:  # postcodes, stock codes, student numbers holding a region code, lottery numbers
        d.add("邮编 ", T(g.pick(["100020", "200030", "518057", "310013"])), "；股票代码 ", T(g.pick(["600519", "000858", "300750"])),
              "；学号 ", T("2021" + g.pick(REGIONS)), "；双色球 ", T("03 11 17 22 28 31 + 09"), "；工号 ", T("A" + g.digits(7)),
              "\n")
    elif kind == 1:  # dates and numbers in a meeting note, none of them personal
        d.add("会议纪要：", T(fmt_date(g.birth(2020, 2024), "cn")), "召开，出席", str(g.r.randint(10, 90)), "人，预算",
              T(str(g.r.randint(100, 999)) + "," + g.digits(3) + "," + g.digits(3)), "元，项目编号 ",
              T(f"XM-{g.r.randint(2020, 2024)}-{g.digits(6)}"), "，合同编号 ", T(f"HT{g.digits(16, '2')}"), "\n")
    elif kind == 2:  # masked and truncated personal data that is no longer a value
        d.add("客户信息（已脱敏）：手机 ", T(masked_mobile(g.mobile())), "，身份证 ", T(g.pick(REGIONS) + "**********" + g.digits(2)),
              "，银行卡 ", T("6222 **** **** " + g.digits(4)), "，邮箱 ", T(g.pick(PINYIN)[:1] + "***@163.com"), "\n")
    else:  # software text: semantic versions, hashes, GPS-like numbers without enough precision
        d.add("Release ", T(f"v{g.r.randint(1, 5)}.{g.r.randint(0, 30)}.{g.r.randint(0, 9)}.{g.r.randint(0, 255)}"), " (build ",
              T(g.digits(5)), ")\nsha1 ", T(f"{g.r.getrandbits(160):040x}"), "\n缩放 ", T("1.25, 1.50"), "；精度 ",
              T(f"{g.r.randint(20, 50)}.5, {g.r.randint(100, 130)}.2"), "\n")
    return d


BUILDERS = {
    "waybill": waybill, "chat": chat, "table": table, "sms": sms, "log": log, "form": form, "legal": legal,
    "lookalike": lookalike,
}


def build() -> list[dict]:
    g = Gen(SEED)
    out = []
    for genre in GENRES:
        for i in range(DOCS_PER_GENRE):
            out.append(BUILDERS[genre](g, i).build(f"{genre}-{i:03d}"))
    return out


def dumps(docs: list[dict]) -> str:
    return "".join(json.dumps(doc, ensure_ascii=False) + "\n" for doc in docs)


def main() -> int:
    docs = build()
    OUT.write_text(dumps(docs), encoding="utf-8")
    n_spans = sum(len(d["spans"]) for d in docs)
    print(f"wrote {len(docs)} documents, {n_spans} spans to {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
