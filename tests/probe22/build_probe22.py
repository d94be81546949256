# ruff: noqa
"""Build the blind accuracy probe ``probe22`` (Traditional-Chinese HK / Macao / Taiwan text).

    python build_probe22.py          # (re)write probe22.jsonl
    python build_probe22.py --check  # rebuild in memory, fail unless byte-identical

All values are fake, generated from a fixed seed (2222).
"""
import datetime as dt
import ipaddress
import json
import re
import random
import sys
import unicodedata
from pathlib import Path

import phonenumbers as PN
from phonenumbers import PhoneNumberType as PT
from stdnum import luhn
from stdnum.cn import ric
from stdnum.tw import ubn

NAME = "probe22"
SEED = 2222
HERE = Path(__file__).resolve().parent
OUT = HERE / f"{NAME}.jsonl"

GENRES = [
    ("hk_forms", 33),
    ("macao", 32),
    ("taiwan", 33),
    ("crossborder_shop", 32),
    ("chat_trad", 34),
    ("gov_trad", 32),
    ("finance_trad", 33),
    ("traps22", 31),
]
TRAP_GENRES = {"traps22"}
TYPES = {"ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "PLATE", "PASSPORT", "HK_MACAO_PERMIT",
         "IP", "QQ", "WECHAT", "GPS", "BIRTHDATE"}

R = random.Random(SEED)


# ----------------------------------------------------------------------------------------------
# basic helpers
# ----------------------------------------------------------------------------------------------
def pick(seq):
    return R.choice(seq)


def dg(n, first="0123456789"):
    return R.choice(first) + "".join(R.choice("0123456789") for _ in range(n - 1))


FW_TABLE = str.maketrans("0123456789", "０１２３４５６７８９")


def fw(s, p=0.07):
    """Sometimes turn ASCII digits into full-width digits."""
    return s.translate(FW_TABLE) if R.random() < p else s


def L(t, v):
    assert t in TYPES and "«" not in v and "»" not in v and "|" not in v, (t, v)
    return f"«{t}|{v}»"


def C():
    """A cue/value separator."""
    return pick(["：", "：", ": ", ":", "： ", "　", " ", "："])


# ----------------------------------------------------------------------------------------------
# labelled value generators
# ----------------------------------------------------------------------------------------------
REGIONS = ["110101", "110105", "110108", "310104", "310115", "440106", "440304", "440305", "440306", "330106",
           "320102", "350203", "420106", "510107", "500103", "430102", "610113", "370202", "210203", "450103",
           "460106", "530102", "440103", "441900", "445102", "440604", "350102", "360102", "130102", "410105",
           "440402", "350583", "441302", "350128"]


def birth(lo=1952, hi=2004):
    a = dt.date(lo, 1, 1)
    return a + dt.timedelta(days=R.randrange((dt.date(hi, 12, 28) - a).days))


def cid_raw(d=None):
    d = d or birth()
    while True:
        body = pick(REGIONS) + d.strftime("%Y%m%d") + dg(3)
        s = body + ric.calc_check_digit(body)
        if ric.is_valid(s):
            return s


def ID(d=None, grouped=None):
    s = cid_raw(d)
    if grouped is None:
        grouped = R.random() < 0.12
    if grouped:
        s = pick([f"{s[:6]} {s[6:14]} {s[14:]}", f"{s[:6]}-{s[6:14]}-{s[14:]}", f"{s[:6]} {s[6:10]} {s[10:14]} {s[14:]}"])
    return L("ID_CARD", fw(s, 0.06))


SEGS = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "147", "150", "151", "152", "153",
        "155", "156", "157", "158", "159", "166", "172", "173", "175", "176", "177", "178", "180", "181", "182",
        "183", "184", "185", "186", "187", "188", "189", "191", "193", "195", "196", "197", "198", "199"]


def cnm_raw():
    while True:
        s = pick(SEGS) + dg(8)
        x = PN.parse(s, "CN")
        if PN.is_valid_number(x) and PN.number_type(x) in (PT.MOBILE, PT.FIXED_LINE_OR_MOBILE):
            return s


def cnm_fmt(s, style=None):
    style = style or pick(["plain"] * 6 + ["dash", "dash", "space", "space", "dot", "+86", "+86s", "+86-", "(+86)", "0086", "86-"])
    a, b, c = s[:3], s[3:7], s[7:]
    return {
        "plain": s, "dash": f"{a}-{b}-{c}", "space": f"{a} {b} {c}", "dot": f"{a}.{b}.{c}",
        "+86": f"+86 {s}", "+86s": f"+86 {a} {b} {c}", "+86-": f"+86-{a}-{b}-{c}", "(+86)": f"(+86){s}",
        "0086": f"0086 {s}", "86-": f"86-{s}",
    }[style]


def MOB(style=None, raw=None):
    return L("MOBILE", fw(cnm_fmt(raw or cnm_raw(), style)))


AREAS = ["010", "021", "020", "0755", "0571", "025", "028", "023", "027", "0731", "029", "0757", "0769", "0591",
         "0592", "0756", "0760", "0898", "0532", "024"]


def cnl_raw():
    while True:
        a = pick(AREAS)
        n = dg(8, "2345678") if R.random() < 0.85 else dg(7, "2345678")
        x = PN.parse(a + n, "CN")
        if PN.is_valid_number(x) and PN.number_type(x) == PT.FIXED_LINE:
            return a, n


def LAND():
    a, n = cnl_raw()
    h = n[: len(n) - 4]
    t = n[len(n) - 4:]
    s = pick([f"{a}-{n}", f"{a}-{n}", f"({a}){n}", f"（{a}）{n}", f"{a} {h} {t}", f"{a}-{h}-{t}",
              f"+86 {a[1:]} {h} {t}", f"+86-{a[1:]}-{n}", f"{a}{n}"])
    return L("LANDLINE", fw(s))


def intl_raw(region, kind):
    gens = {
        ("HK", "m"): lambda: dg(8, "569"), ("HK", "f"): lambda: dg(8, "23"),
        ("MO", "m"): lambda: "6" + dg(7, "2356"), ("MO", "f"): lambda: "28" + dg(6),
        ("TW", "m"): lambda: "09" + dg(8), ("TW", "f"): lambda: pick(["2" + dg(8, "235678"), "4" + dg(8, "2"), "7" + dg(7, "3578"), "3" + dg(7, "345"), "6" + dg(7, "2")]),
    }
    want = (PT.MOBILE,) if kind == "m" else (PT.FIXED_LINE,)
    while True:
        n = gens[(region, kind)]()
        x = PN.parse(n, region)
        if PN.is_valid_number(x) and PN.number_type(x) in want:
            return n


CC = {"HK": "852", "MO": "853", "TW": "886"}


def intl_fmt(region, kind, n, intl):
    cc = CC[region]
    if region in ("HK", "MO"):
        a, b = n[:4], n[4:]
        if intl:
            return pick([f"+{cc} {a} {b}", f"+{cc} {a} {b}", f"+{cc}-{a}-{b}", f"({cc}) {a} {b}", f"00{cc} {n}",
                         f"+{cc}{n}", f"(+{cc}) {n}", f"+{cc} {n}"])
        return pick([f"{a} {b}", f"{a} {b}", n, f"{a}-{b}"])
    # Taiwan
    if kind == "m":
        a, b, c = n[:4], n[4:7], n[7:]
        if intl:
            return pick([f"+886 {a[1:]} {b} {c}", f"+886-{a[1:]}-{b}-{c}", f"+886 {n[1:]}", f"+886{n[1:]}"])
        return pick([f"{a}-{b}-{c}", f"{a}-{b}-{c}", f"{a} {b} {c}", n, f"{a}-{b}{c}"])
    ac, rest = n[0], n[1:]
    h, t = rest[: len(rest) - 4], rest[len(rest) - 4:]
    if intl:
        return pick([f"+886-{ac}-{h}-{t}", f"+886 {ac} {h} {t}", f"+886 {ac} {rest}"])
    return pick([f"(0{ac}){h}-{t}", f"(0{ac}){h}-{t}", f"0{ac}-{h}-{t}", f"(0{ac}) {h} {t}", f"0{ac}-{rest}"])


def PH(region, kind, intl=None):
    if intl is None:
        intl = R.random() < 0.55
    n = intl_raw(region, kind)
    return L("MOBILE" if kind == "m" else "LANDLINE", fw(intl_fmt(region, kind, n, intl), 0.05))


def HKM(intl=None): return PH("HK", "m", intl)
def HKF(intl=None): return PH("HK", "f", intl)
def MOM(intl=None): return PH("MO", "m", intl)
def MOF(intl=None): return PH("MO", "f", intl)
def TWM(intl=None): return PH("TW", "m", intl)
def TWF(intl=None): return PH("TW", "f", intl)


# UnionPay BINs of mainland banks used here, with the card length used for each
BINS = [("622202", 19), ("622848", 19), ("621700", 19), ("622700", 16), ("622588", 16), ("621226", 19),
        ("622609", 16), ("622208", 19), ("621483", 16), ("621661", 19), ("622262", 19), ("623668", 19)]


def card_raw():
    b, n = pick(BINS)
    body = b + dg(n - 7)
    return body + luhn.calc_check_digit(body)


def CARD():
    s = card_raw()
    g = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    s = pick([s, s, g, g, g.replace(" ", "-"), g.replace(" ", "  ") if R.random() < 0.2 else g])
    return L("BANK_CARD", fw(s, 0.06))


LOCALS = ["chanwaiman", "wong.kayan", "lee_mei", "cheung88", "zhangwei", "liuyang", "wangfang", "chen.jing", "amy.lau",
          "kelvin.ho", "joyce_tam", "linxiaoyu", "huang.min", "tsai.yiting", "chenyh", "zhou_lei", "sunny.kwok",
          "yeung.pk", "maggie.ng", "lam.siuhong", "hsu.chiawei", "wu_peiling", "ken.leung", "lixiaolong", "ivy.cheng",
          "xu.hao", "mak.chunfai", "ho.kitying", "chiang.yuchen", "yang_fei", "leo.fung", "tina_so"]
DOMAINS = ["qq.com", "163.com", "126.com", "gmail.com", "yahoo.com.hk", "netvigator.com", "hotmail.com", "outlook.com",
           "macau.ctm.net", "ms45.hinet.net", "gmail.com", "sina.com", "139.com", "foxmail.com", "yahoo.com.tw",
           "hkbn.net", "umac.mo", "connect.ust.hk", "mail.ntu.edu.tw"]


def mail_raw(local=None):
    loc = local or pick(LOCALS)
    if R.random() < 0.5:
        loc += str(R.randint(1, 2005))
    return f"{loc}@{pick(DOMAINS)}"


def MAIL(local=None):
    return L("EMAIL", mail_raw(local))


PROV = "京津沪渝冀豫云辽黑湘皖鲁苏浙赣鄂桂甘晋陕吉闽贵粤川宁琼"
TRAD = {"沪": "滬", "辽": "遼", "鲁": "魯", "苏": "蘇", "赣": "贛", "闽": "閩", "贵": "貴", "粤": "粵", "陕": "陝",
        "宁": "寧", "云": "雲", "晋": "晉"}
PLATE_L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
PLATE_AN = PLATE_L + "0123456789"


def PLATE(cross=None):
    prov = pick(PROV + "粤粤粤闽")
    k = R.random()
    if cross or (cross is None and k < 0.12):
        prov, let = "粤", "Z"
        tail = "".join(pick(PLATE_AN) for _ in range(2)) + dg(2) + pick("港港澳")
    elif k < 0.35:
        let = pick("ABCDE")
        tail = pick([pick("DF") + pick(PLATE_AN) + dg(4), dg(5) + pick("DF")])
    else:
        let = pick("ABCDEFGHJ")
        tail = "".join(pick(PLATE_AN) if i < 2 and R.random() < 0.3 else pick("0123456789") for i in range(5))
    if R.random() < 0.35:
        prov = TRAD.get(prov, prov)
    sep = pick(["", "", "·", " ", "•"])
    return L("PLATE", f"{prov}{let}{sep}{tail}")


PP_L = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def PP():
    return L("PASSPORT", pick(["E" + dg(8), "E" + pick(PP_L[:8]) + dg(7), "G" + dg(8), "E" + dg(8)]))


def PERMC():
    """往來港澳通行證 (mainland residents)."""
    return L("HK_MACAO_PERMIT", pick(["C" + pick(PP_L) + dg(7), "C" + dg(8)]))


def PERMH(region=None):
    """港澳居民來往內地通行證 (回鄉證)."""
    p = {"HK": "H", "MO": "M"}.get(region) or pick("HHM")
    return L("HK_MACAO_PERMIT", p + pick([dg(8), dg(8), dg(10)]))


def ip_raw(v6=None):
    if v6 or (v6 is None and R.random() < 0.15):
        while True:
            s = pick(["2408:8207", "240e:3a1", "2001:b011", "2404:c800", "2409:8a55"]) + ":" + ":".join(
                format(R.randrange(1, 65536), "x") for _ in range(R.choice([2, 3, 6])))
            if s.count(":") < 7:
                s = s.rsplit(":", 1)[0] + "::" + s.rsplit(":", 1)[1]
            try:
                if ipaddress.ip_address(s).is_global:
                    return s
            except ValueError:
                pass
    while True:
        s = ".".join(str(x) for x in (pick([58, 59, 61, 101, 112, 113, 116, 119, 120, 121, 122, 175, 180, 182, 183, 202, 203, 210, 218, 219, 220, 223, 36, 42, 27, 1, 14]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)))
        if ipaddress.ip_address(s).is_global:
            return s


def IP(v6=None):
    return L("IP", ip_raw(v6))


def QQ():
    return L("QQ", str(R.randint(10000, 3999999999)))


WX_BASE = ["chanwm", "kayan_w", "meimei", "zhangw", "Fiona", "jacky", "Ah-Ling", "siumui", "leoyeung", "dagege",
           "linlin", "xiaoyu", "Kitty_Mak", "hohoho", "pingping", "TonyHo", "yiyi"]


def WX():
    s = pick([pick(WX_BASE) + str(R.randint(10, 9999)), "wxid_" + "".join(pick("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(14)),
              pick(WX_BASE) + "_" + pick(["hk", "mo", "tw", "sz", "gz"]) + str(R.randint(1, 99))])
    if not re.match(r"[A-Za-z]", s) or len(s) < 6:
        s = "w" + s + "88"
    return L("WECHAT", s[:20])


GPS_BOX = [(22.20, 22.45, 113.90, 114.30), (22.11, 22.21, 113.53, 113.59), (24.9, 25.15, 121.4, 121.65),
           (22.55, 22.70, 113.85, 114.20), (23.05, 23.20, 113.20, 113.40), (22.60, 22.70, 120.25, 120.35)]


def GPS():
    a, b, c, d = pick(GPS_BOX)
    n = pick([4, 5, 6, 6])
    la, lo = f"{R.uniform(a, b):.{n}f}", f"{R.uniform(c, d):.{n}f}"
    return L("GPS", pick([f"{la},{lo}", f"{la}, {lo}", f"{la},{lo}"]))


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def date_fmt(d, style=None):
    style = style or pick(["ymd_cn", "ymd_cn", "ymd_cn0", "iso", "iso", "slash", "slash1", "dmy", "dmy", "dmy-", "dmon", "dot"])
    return {
        "ymd_cn": f"{d.year}年{d.month}月{d.day}日", "ymd_cn0": f"{d.year}年{d.month:02d}月{d.day:02d}日",
        "iso": d.isoformat(), "slash": f"{d.year}/{d.month:02d}/{d.day:02d}", "slash1": f"{d.year}/{d.month}/{d.day}",
        "dmy": f"{d.day:02d}/{d.month:02d}/{d.year}", "dmy-": f"{d.day:02d}-{d.month:02d}-{d.year}",
        "dmon": f"{d.day:02d} {MON[d.month - 1]} {d.year}", "dot": f"{d.year}.{d.month:02d}.{d.day:02d}",
        "roc": f"民國{d.year - 1911}年{d.month}月{d.day}日", "roc_s": f"{d.year - 1911}年{d.month:02d}月{d.day:02d}日",
    }[style]


def BD(d=None, style=None):
    return L("BIRTHDATE", fw(date_fmt(d or birth(), style), 0.06))


# ----------------------------------------------------------------------------------------------
# unlabelled look-alike generators
# ----------------------------------------------------------------------------------------------
HK_L = "ABCDEFGHJKLMNPRSTVWYZ"


def hkid():
    p = pick(HK_L) if R.random() < 0.85 else pick(HK_L) + pick(HK_L)
    d = dg(6)
    vals = ([36] if len(p) == 1 else []) + [ord(c) - 55 for c in p] + [int(c) for c in d]
    s = sum(v * w for v, w in zip(vals, range(9, 1, -1)))
    ck = (11 - s % 11) % 11
    ck = "A" if ck == 10 else str(ck)
    return pick([f"{p}{d}({ck})", f"{p}{d}({ck})", f"{p}{d}{ck}", f"{p} {d} ({ck})"])


def moid():
    d = pick("157") + dg(6)
    return pick([f"{d}({dg(1)})", f"{d[0]}/{d[1:]}/{dg(1)}", f"{d[0]}-{d[1:]}-{dg(1)}"])


TWL = {c: v for c, v in zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", list(range(10, 36)))}


def twid():
    while True:
        c = pick("ABCDEFGHJKMNPQTUVWXZ")
        body = pick("12") + dg(7)
        v = TWL[c]
        s = v // 10 + (v % 10) * 9 + sum(int(x) * w for x, w in zip(body, range(8, 0, -1)))
        ck = (10 - s % 10) % 10
        return c + body + str(ck)


def ubn8():
    while True:
        s = dg(8)
        if ubn.is_valid(s):
            return s


def tbz():
    """台胞證 (Taiwan residents' mainland travel permit) number, 8 digits."""
    return dg(8)


def rp_hmt():
    """港澳台居民居住證 number (region 810000/820000/830000, not known to stdnum.cn.ric)."""
    d = birth(1960, 2000)
    body = pick(["810000", "820000", "830000"]) + d.strftime("%Y%m%d") + dg(3)
    s = body + ric.calc_check_digit(body)
    assert not ric.is_valid(s)
    return s


def fps():
    return pick([dg(7, "123456789"), dg(9, "1")])


def nonluhn(s):
    if luhn.is_valid(s):
        s = s[:-1] + str((int(s[-1]) + 1) % 10)
    return s


def track():
    return pick(["SF" + dg(13, "1"), "JT" + dg(13, "3"), "YT" + dg(13, "4"), "E" + pick("ABCLMR") + dg(9) + "CN",
                 "JD" + dg(13, "0"), "7" + dg(11), "43" + dg(11), "DPK" + dg(12, "3"), "LP" + dg(14, "0")])


def tb_order():
    while True:
        s = dg(pick([18, 19]), "1234")
        s = nonluhn(s)
        if not ric.is_valid(s):
            return s


SWIFTS = ["HSBCHKHHHKH", "BKCHHKHHXXX", "SCBLHKHHXXX", "HASEHKHH", "BKCHCNBJ", "ICBKCNBJ", "PCBCCNBJ", "ABOCCNBJ",
          "CMBCCNBS", "BCOMCNSH", "DBSSHKHH", "BNULMOMX", "BKTWTWTP", "ICBCMOMX", "CTCBTWTP", "BOSHHKHH"]


def hkacct():
    return pick([f"{dg(3, '02345678')}-{dg(6)}-{dg(3)}", f"{dg(3, '02345678')}-{dg(3)}-{dg(1)}-{dg(6)}", f"{dg(3, '02')}-{dg(9)}",
                 f"{dg(12, '2345678')}"])


def iban():
    cc = pick(["GB", "DE", "FR"])
    bban = {"GB": lambda: pick(["NWBK", "BARC", "MIDL"]) + dg(14), "DE": lambda: dg(18), "FR": lambda: dg(23)}[cc]()
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    ck = 98 - int(num) % 97
    s = f"{cc}{ck:02d}{bban}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def mmob():
    s = cnm_raw()
    return pick([f"{s[:3]}****{s[7:]}", f"{s[:3]}****{s[7:]}", f"{s[:3]}-****-{s[7:]}", f"1**-****-{s[7:]}", f"{s[:3]}xxxx{s[7:]}"])


def mcard():
    s = card_raw()
    return pick([f"{s[:4]} **** **** {s[-4:]}", f"{s[:6]}******{s[-4:]}", f"**** **** **** {s[-4:]}", f"尾號{s[-4:]}"])


def mid():
    s = cid_raw()
    return pick([f"{s[:6]}********{s[-4:]}", f"{s[:3]}***********{s[-4:]}", f"{s[:1]}****************{s[-1]}"])


def mhk():
    return pick([f"{dg(4, '5679')} ****", f"****{dg(4)}", f"9*** {dg(4)}"])


def mmail():
    loc = pick(LOCALS)
    return f"{loc[:2]}***@{pick(DOMAINS)}"


def amt():
    return pick([f"HK${R.randint(100, 99999):,}", f"HK$ {R.randint(100, 50000):,}.00", f"MOP {R.randint(100, 30000):,}",
                 f"NT${R.randint(200, 99999):,}", f"¥{R.randint(50, 9999)}.{dg(2)}", f"RMB {R.randint(100, 99999):,}.00",
                 f"港幣{R.randint(1, 99)},{dg(3)}元", f"新臺幣{R.randint(1000, 99999)}元"])


def pdate(lo=2019, hi=2025):
    return date_fmt(birth(lo, hi), pick(["ymd_cn", "iso", "slash", "dmy", "dmon"]))


def tdate(lo=2019, hi=2025):
    d = birth(lo, hi)
    return date_fmt(d, pick(["roc", "roc_s", "slash", "iso"]))


SUR = "陳李張黃何林王吳劉梁鄭謝曾蔡楊許郭周馮羅葉潘蘇盧徐蔣麥譚袁鄧歐陽"
GIV = ["志明", "嘉欣", "偉文", "美玲", "家豪", "詠詩", "子軒", "淑芬", "俊傑", "小燕", "建國", "秀英", "國強", "靜怡",
       "怡君", "冠宇", "雅婷", "宗翰", "家偉", "曉彤", "海燕", "春梅", "文傑", "浩然", "佩珊", "振華", "麗華", "思穎"]


def nm():
    return pick(SUR) + pick(GIV)


def nm_en():
    return pick(["CHAN TAI MAN", "WONG KA YAN", "LEE MEI LING", "CHEUNG CHI KEUNG", "ZHANG WEI", "LIU YANG", "WANG FANG",
                 "CHEN JING", "LAU SIU MING", "HO KIT YING", "TSAI YI TING", "LIN XIAOYU", "HUANG MIN", "YEUNG PUI KEI"])


HK_ADDR = ["九龍旺角彌敦道688號旺角中心12樓1203室", "香港灣仔軒尼詩道300號8樓B座", "新界沙田大圍村南道18號金禧花園3座15樓D室",
           "九龍觀塘開源道55號開聯工業中心B座7樓", "香港北角英皇道510號港運大廈21樓", "新界荃灣青山公路398號中國染廠大廈9樓",
           "九龍紅磡黃埔花園第8期12座20樓A室", "香港鰂魚涌太古城道26號漢宮閣4樓"]
MO_ADDR = ["澳門新口岸宋玉生廣場258號建興龍廣場8樓G", "澳門氹仔布拉干薩街88號海洋花園12座3樓B", "澳門黑沙環新街52號恒富大廈15樓A",
           "澳門高士德大馬路35號地下", "澳門路氹連貫公路金光大道望德聖母灣大馬路"]
TW_ADDR = ["臺北市大安區復興南路一段390號6樓", "新北市板橋區文化路二段182巷3號", "臺中市西屯區臺灣大道三段99號12樓之3",
           "高雄市前鎮區中山二路2號20樓", "桃園市中壢區中央西路二段68號", "臺南市東區大學路1號", "新竹市東區光復路二段101號"]
CN_ADDR = ["廣東省深圳市福田區福華三路88號", "廣東省廣州市天河區天河北路233號", "上海市浦東新區世紀大道1568號", "福建省廈門市思明區湖濱南路57號",
           "浙江省杭州市西湖區文三路478號", "北京市朝陽區建國路88號SOHO現代城", "湖南省長沙市岳麓區麓山南路2號", "四川省成都市武侯區人民南路四段27號",
           "广东省东莞市南城区鸿福路106号", "广东省珠海市香洲区情侣中路47号"]


def emoji():
    return pick(["😂", "🙏", "👍", "😅", "🥲", "❤️", "🤣", "😊", "🙇‍♀️", "📦", "✈️", "💰", ""])


# ----------------------------------------------------------------------------------------------
# templates (each returns a marked-up string)
# ----------------------------------------------------------------------------------------------
def make_templates(g=None):
    T = {}

    # ------------------------------------------------------------------ hk_forms
    def hk1():
        d = birth(1975, 2000)
        return (f"住宅租賃協議 TENANCY AGREEMENT\n\n業主 Landlord：{nm()}（香港身份證號碼 {hkid()}）\n"
                f"租客 Tenant：{nm()}\n租客身份證明文件{C()}往來港澳通行證 {PERMC()}\n"
                f"中華人民共和國居民身份證號碼{C()}{ID(d)}\n出生日期 Date of Birth{C()}{BD(d)}\n"
                f"物業地址：{pick(HK_ADDR)}\n每月租金：{amt()}，租期由{pdate(2023, 2025)}起計兩年。\n"
                f"租客聯絡電話（內地）{C()}{MOB()}　香港手提{C()}{HKM()}\n電郵 Email：{MAIL()}\n"
                f"按金：兩個月租金（即 {amt()}）\n")

    def hk2():
        d = birth()
        return (f"{pick(['中國銀行(香港)', '滙豐銀行', '恒生銀行', '東亞銀行'])} 個人開戶申請表 Account Opening Form\n"
                f"1. 姓名 Name (英文)：{nm_en()}  (中文)：{nm()}\n"
                f"2. 證件類型：中國居民身份證   證件號碼 ID No.{C()}{ID(d)}\n"
                f"3. 護照號碼 Passport No.{C()}{PP()}\n"
                f"4. 出生日期 DOB (DD/MM/YYYY)：{BD(d, 'dmy')}\n"
                f"5. 手提電話 Mobile：{MOB(pick(['+86', '+86s', '(+86)', '0086']))}\n"
                f"6. 住宅電話 Home Tel：{LAND()}\n"
                f"7. 電郵地址 E-mail：{MAIL()}\n"
                f"8. 香港地址 / 通訊地址：{pick(HK_ADDR)}\n"
                f"分行編號 Branch：{dg(3)}    申請編號：AO{dg(9)}\n")

    def hk3():
        d = birth(2012, 2019)
        return (f"{pick(['聖保羅', '培正', '拔萃', '瑪利諾', '協恩'])}小學 小一入學申請表\n"
                f"學生姓名：{nm()}　性別：{pick(['男', '女'])}\n出生日期：{BD(d)}\n"
                f"出生證明書編號：{pick('ABCDE')}{dg(6)}{dg(1)}\n學生香港身份證：{hkid()}（如有）\n"
                f"家長/監護人：{nm()}\n家長證件：港澳居民來往內地通行證（回鄉證）{PERMH('HK')}\n"
                f"家長手提電話：{HKM(False)}　內地聯絡電話：{MOB()}\n"
                f"電郵：{MAIL()}\n居住地址：{pick(HK_ADDR)}\n"
                f"遞交日期：{pdate(2024, 2025)}  {pick(['', '（請附上近照兩張）'])}\n")

    def hk4():
        d = birth(1960, 1998)
        return (f"人壽保險投保書 (Insurance Application)\n保單編號 Policy No.: {pick(['P', 'L', 'HK'])}{dg(10)}\n"
                f"【受保人資料】\n姓名：{nm()}\n身份證明文件：往來港澳通行證　號碼：{PERMC()}\n"
                f"大陸身份證號碼：{ID(d)}\n出生日期：{BD(d)}　年齡：{2025 - d.year}\n"
                f"手機：{MOB()}\n通訊地址：{pick(CN_ADDR)}\n"
                f"【投保人資料】\n姓名：{nm()}　香港身份證：{hkid()}\n聯絡電話：{HKM()}\n"
                f"年繳保費：{amt()}  保額：{amt()}\n")

    def hk5():
        return (f"Dear Mr. {pick(['Zhang', 'Liu', 'Wang', 'Chen', 'Huang'])},\n\n"
                f"Re: Flat {pick('ABCDEFGH')}, {R.randint(3, 40)}/F, {pick(['Tower 2', 'Block 5', 'Phase 1'])}\n\n"
                f"Thank you for choosing our agency. As required, please bring your Exit-entry Permit "
                f"(往來港澳通行證) no. {PERMC()} and your PRC ID card ({ID()}) to the signing.\n"
                f"Our office: {HKF(True)}  /  Agent mobile: {HKM(True)}\n"
                f"We have your mainland number as {MOB()} and e-mail {MAIL()}.\n"
                f"Licence No. E-{dg(6)} / C-{dg(6)}\n\nBest regards,\n{nm_en()}\n")

    def hk6():
        hdr = pick(["姓名 | 證件類別 | 通行證號碼 | 聯絡電話 | 到訪日期", "姓名\t證件\t通行證/回鄉證號碼\t電話\t日期"])
        sep = " | " if "|" in hdr else "\t"
        rows = []
        dstyle = pick(["iso", "slash", "dmy", "ymd_cn"])
        for _ in range(R.randint(3, 5)):
            if R.random() < 0.6:
                perm, kind, ph = PERMC(), "往來港澳通行證", MOB()
            else:
                perm, kind, ph = PERMH(), "回鄉證", HKM(True)
            rows.append(sep.join([nm(), kind, perm, ph, date_fmt(birth(2025, 2025), dstyle)]))
        return f"訪客登記表 Visitor Log — {pick(['大廈管理處', '醫院病房', '學校校務處'])}\n{hdr}\n" + "\n".join(rows) + "\n"

    def hk7():
        return (f"預付SIM卡實名登記 Real-name Registration\n"
                f"登記號碼（香港）：{HKM(pick([True, False]))}\n證件類型：{pick(['往來港澳通行證', '往來港澳通行證 (Exit-entry Permit)'])}\n"
                f"證件號碼：{PERMC()}\n出生日期：{BD()}\n內地手機（接收驗證碼）：{MOB()}\n"
                f"香港身份證（如適用）：{mhk() if R.random()<0.3 else '不適用'}\n"
                f"登記時間：{pdate(2024, 2025)} {R.randint(10, 23)}:{dg(2, '012345')}\n")

    def hk8():
        d = birth(1975, 1995)
        a, n = cnl_raw()
        return (f"優秀人才入境計劃 申請表（節錄）\nPart B 申請人資料\n"
                f"中文姓名：{nm()}　英文姓名：{nm_en()}\n出生日期 Date of birth：{BD(d, pick(['dmon', 'iso', 'ymd_cn']))}\n"
                f"護照號碼 Passport number：{PP()}　簽發地點：{pick(['廣東', '上海', '北京', '福建'])}\n"
                f"內地身份證號碼：{ID(d)}\n電郵：{MAIL()}\n"
                f"辦公室電話：{L('LANDLINE', f'{a}-{n}')} 轉 {dg(4)}\n手提電話：{MOB()}\n"
                f"學歷：{pick(['碩士', '博士', '學士'])}（{pick(['清華大學', '中山大學', '復旦大學', '浙江大學'])}，{R.randint(2000, 2020)}年畢業）\n")

    def hk9():
        d = birth(1950, 2000)
        return (f"{pick(['仁愛', '康健', '明德'])}醫務所 新症登記\n"
                f"病人姓名：{nm()}　出生日期：{BD(d)}\n"
                f"證件：{pick(['回鄉證', '回鄉證 Home Return Permit'])} {PERMH()}\n"
                f"電話：{HKM(False)}（本港）／{MOB()}（內地）\n"
                f"過敏：{pick(['無', '青黴素', '海鮮'])}　緊急聯絡人電話：{HKF(False)}\n"
                f"病歷號：{dg(8)}    診金：{amt()}\n")

    def hk10():
        return (f"{pick(['置富', '太古城', '屯門市廣場'])}停車場 月租車位申請\n車位編號：{pick('ABC')}-{dg(3)}\n"
                f"香港車牌：{pick(['TX', 'PK', 'WE', 'LM'])} {dg(4)}\n內地車牌（兩地牌）：{PLATE(True)}\n"
                f"車主：{nm()}　回鄉證號碼：{PERMH('HK')}\n"
                f"聯絡電話：{HKM()}　內地電話：{MOB()}\n八達通卡號：{dg(8)}({dg(1)})\n月租：{amt()}\n")

    T["hk_forms"] = [hk1, hk2, hk3, hk4, hk5, hk6, hk7, hk8, hk9, hk10]

    # ------------------------------------------------------------------ macao
    def mo1():
        d = birth(1965, 2002)
        return (f"{pick(['永利皇宮', '新濠天地', '銀河酒店', '威尼斯人', '美獅美高梅'])} 住客登記卡 GUEST REGISTRATION\n"
                f"房號 Room：{R.randint(8, 39)}{dg(2)}　入住：{pdate(2025, 2025)}\n"
                f"姓名：{nm()}　國籍：中國\n證件：往來港澳通行證 No. {PERMC()}\n"
                f"大陸身份證號碼：{ID(d)}\n出生日期：{BD(d)}\n"
                f"手機 Mobile：{MOB(pick(['+86', '+86s', None]))}\n澳門聯絡電話：{MOM()}\n"
                f"車牌（如自駕）：{PLATE(True)}\n會員卡號：{dg(10)}\n")

    def mo2():
        d = birth(1970, 1995)
        return (f"澳門特別行政區 身份證明局 — 家團成員資料表\n"
                f"申請人：{nm()}　澳門居民身份證：{moid()}\n住宅電話：{MOF()}　手提電話：{MOM()}\n"
                f"配偶：{nm()}（內地居民）\n配偶大陸身份證號碼：{ID(d)}\n配偶出生日期：{BD(d)}\n"
                f"配偶聯絡電話：{MOB()}\n地址：{pick(MO_ADDR)}\n")

    def mo3():
        d = birth(1970, 1998)
        return (f"貴賓會會員申請表 VIP CLUB MEMBERSHIP\n會員編號：VIP-{dg(7)}\n"
                f"Name：{nm_en()}\nPassport No. 護照號碼：{PP()}\nDate of Birth 出生日期：{BD(d, pick(['dmon', 'dmy', 'iso']))}\n"
                f"PRC ID：{ID(d)}\nEmail：{MAIL()}\n微信 WeChat：{WX()}\n"
                f"Tel：{MOB(pick(['+86', '+86-', '0086']))}\n信貸額度：{amt()}\n")

    def mo4():
        d = birth(2000, 2006)
        return (f"澳門大學 學生事務部\n致：{nm()} 同學（學號 {pick(['DC', 'MC', 'BC'])}{dg(5)}）\n\n"
                f"本處已收到閣下之宿舍申請。根據紀錄，閣下內地身份證號碼為 {ID(d)}，出生日期為 {BD(d)}。\n"
                f"如資料有誤，請電郵至 {MAIL()} 或致電 {MOF(True)}。\n"
                f"閣下登記之澳門手提電話：{MOM(False)}；內地緊急聯絡人電話：{MOB()}。\n\n學生事務部  {pdate(2024, 2025)}\n")

    def mo5():
        rows = []
        for i in range(R.randint(3, 5)):
            d = birth(1950, 2010)
            rows.append(f"{i + 1}. {nm()}  通行證 {PERMC()}  出生 {BD(d, pick(['iso', 'slash']))}")
        return (f"{pick(['廣之旅', '中旅社', '港中旅'])} 澳門一天團 團號：MO{dg(6)}\n導遊：{nm()} 手機 {MOB()}\n"
                f"澳門地接：{MOM(True)}\n旅客名單：\n" + "\n".join(rows) + f"\n集合地點：拱北口岸 {GPS()}\n")

    def mo6():
        return (f"【{pick(['海洋花園', '濠景花園', '金峰南岸', '御龍居'])}管理處通告】\n各位住戶：\n"
                f"本大廈將於{pdate(2025, 2025)}進行供水系統維修。如有查詢，請致電管理處 {MOF(False)}"
                f" 或 WhatsApp {MOM(pick([True, False]))}。\n"
                f"{pick(['C座', 'A座', '第3座'])}業主 {nm()}（租客內地手機 {MOB()}）請盡快聯絡本處。\n地址：{pick(MO_ADDR)}\n管理處 謹啟\n")

    def mo7():
        return (f"澳門單牌車入出橫琴 申請資料\n澳門車牌：M{pick('ABCDEFGHMNQRTX')}-{dg(2)}-{dg(2)}\n"
                f"內地車牌：{PLATE(True)}\n車主：{nm()}\n車主證件：港澳居民來往內地通行證 {PERMH('MO')}\n"
                f"澳門手提：{MOM()}\n內地聯絡人：{nm()}　電話：{MOB()}\n車架號碼：{pick(['LS', 'WD', 'JT'])}{dg(15)}\n")

    def mo8():
        d = birth(1970, 2000)
        return (f"外地僱員身份認別證申請（藍卡）\n外地僱員身份認別證編號：{dg(8)}\n"
                f"姓名：{nm()}　出生日期：{BD(d)}\n內地居民身份證：{ID(d, pick([True, False]))}\n"
                f"往來港澳通行證：{PERMC()}\n僱主：{pick(['金沙中國', '澳博控股', '南光集團'])}　僱主電話：{MOF()}\n"
                f"僱員電話：{MOM()} / {MOB()}\n")

    def mo9():
        return (f"Subject: Booking Confirmation #{pick(['MC', 'GX'])}{dg(8)}\n\nDear Guest,\n"
                f"Your reservation is confirmed. Guest e-mail: {MAIL()}\nContact number: {MOB(pick(['+86', '+86s']))}\n"
                f"Hotel location: {GPS()} ({pick(MO_ADDR)})\n"
                f"Front desk: {MOF(True)}\nCheck-in {pdate(2025, 2025)} / total {amt()}\n"
                f"Please present your passport ({PP()}) or Exit-entry Permit at check-in.\n")

    T["macao"] = [mo1, mo2, mo3, mo4, mo5, mo6, mo7, mo8, mo9]

    # ------------------------------------------------------------------ taiwan
    def tw1():
        d = birth(1975, 1998)
        return (f"大陸地區人民依親居留申請書\n申請人姓名：{nm()}\n大陸身分證號碼：{ID(d)}\n"
                f"出生日期：{BD(d, pick(['ymd_cn', 'roc', 'slash']))}\n台灣配偶：{nm()}　身分證字號：{twid()}\n"
                f"聯絡手機：{TWM(False)}\n市話：{TWF(False)}\n電子郵件：{MAIL()}\n"
                f"居住地址：{pick(TW_ADDR)}\n入出境許可證字號：{dg(10)}\n")

    def tw2():
        return (f"{pick(['宏達', '鴻海', '統一', '台達'])}股份有限公司 錄用通知\n統一編號：{ubn8()}\n"
                f"{nm()} 先生／小姐 您好：\n恭喜您通過面試，報到日期為{tdate(2025, 2025)}。\n"
                f"請攜帶大陸居民身分證（{ID()}）及居留證影本。\n"
                f"人資聯絡人：{nm()}　電話：{TWF(pick([True, False]))} 分機 {dg(3)}\n手機：{TWM()}\nE-mail：{MAIL()}\n")

    def tw3():
        d = birth(1998, 2004)
        return (f"房屋租賃契約書（學生套房）\n出租人：{nm()}（身分證字號 {twid()}）\n"
                f"承租人：{nm()}（陸生）\n護照號碼：{PP()}\n大陸身分證：{ID(d)}\n"
                f"手機：{TWM(True)}\nLINE ID：{pick(['@', ''])}{pick(LOCALS).replace('.', '_')}{R.randint(1, 99)}\n"
                f"Email：{MAIL()}\n租金每月{amt()}，押金二個月。\n")

    def tw4():
        d = birth(1950, 2000)
        return (f"{pick(['台大醫院', '長庚醫院', '馬偕醫院', '榮總'])} 初診掛號單\n病歷號碼：{dg(8)}\n"
                f"姓名：{nm()}　出生日期：{BD(d, pick(['roc', 'roc', 'slash', 'iso']))}\n身分證字號：{twid()}\n"
                f"聯絡電話：{TWM(False)}　住家：{TWF(False)}\n"
                f"緊急聯絡人：{nm()}（大陸）手機 {MOB()}\n")

    def tw5():
        return (f"名片\n{nm()}　{pick(['總經理', '業務經理', '廠長'])}\n{pick(['昆山', '東莞', '廈門'])}{pick(['精密', '電子', '塑膠'])}有限公司\n"
                f"大陸手機：{MOB()}\n台灣手機：{TWM(True)}\nTel：{LAND()}\nQQ：{QQ()}\n"
                f"Email：{MAIL()}\n微信：{WX()}\n台胞證號碼：{tbz()}\n")

    def tw6():
        d = birth(2000, 2005)
        return (f"陸生聯招 學士班錄取通知\n考生編號：{dg(7)}\n姓名：{nm()}\n出生日期：{BD(d)}\n"
                f"大陸居民身分證：{ID(d)}\n大陸居民往來台灣通行證：L{dg(8)}\n"
                f"聯絡電話：{MOB()}\n電子信箱：{MAIL()}\n錄取學校：{pick(['國立政治大學', '國立成功大學', '輔仁大學'])}\n")

    def tw7():
        d1, d2 = birth(1970, 1995), birth(1970, 1995)
        return (f"結婚登記申請書\n一、當事人（本國籍）\n姓名：{nm()}\n身分證統一編號：{twid()}\n"
                f"出生日期：{BD(d1, 'roc')}\n二、當事人（大陸地區）\n姓名：{nm()}\n"
                f"大陸身分證號碼：{ID(d2)}\n出生日期：{BD(d2, pick(['ymd_cn', 'roc']))}\n"
                f"聯絡電話：{TWM(False)}\n申請日期：{tdate(2024, 2025)}\n")

    def tw8():
        return (f"{pick(['和運', '格上', '小馬'])}租車 租賃合約\n合約編號：R{dg(9)}\n車號：{pick(['RBC', 'RAA', 'BFK'])}-{dg(4)}\n"
                f"承租人：{nm()}（大陸旅客）\n大陸居民往來台灣通行證：T{dg(8)}\n"
                f"台灣聯絡手機：{TWM(False)}\n大陸手機：{MOB(pick(['+86', '0086', '+86s']))}\n"
                f"租金：{amt()}　取車：{tdate(2025, 2025)}\n")

    def tw9():
        rows = []
        for _ in range(R.randint(4, 6)):
            if R.random() < 0.7:
                rows.append(f"{nm()}｜{TWM(False)}｜LINE: {pick(LOCALS).replace('.', '')}{dg(2)}")
            else:
                rows.append(f"{nm()}（陸配）｜{MOB()}｜LINE: {pick(WX_BASE)}{dg(2)}")
        return f"{pick(['新店', '中和', '三重'])}社區媽媽群組 通訊錄\n姓名｜手機｜LINE\n" + "\n".join(rows) + "\n"

    T["taiwan"] = [tw1, tw2, tw3, tw4, tw5, tw6, tw7, tw8, tw9]

    # ------------------------------------------------------------------ crossborder_shop
    def cb1():
        return (f"【淘寶】訂單詳情\n訂單編號：{tb_order()}\n商品：{pick(['嬰兒奶粉', '電動牙刷', '書桌椅', '手機殼', '化妝品套裝'])} x{R.randint(1, 3)}\n"
                f"收件人：{nm()}\n收件電話：{HKM(pick([True, False]))}\n收件地址：{pick(HK_ADDR)}\n"
                f"寄件人：{nm()}　{MOB()}\n寄件地址：{pick(CN_ADDR)}\n物流：順豐速運 運單號 {track()}\n"
                f"付款：轉數快 FPS ID {fps()}　合計 {amt()}\n")

    def cb2():
        return (f"天貓國際 寄台灣 訂單\n訂單號：{tb_order()}\n收件人：{nm()}\n收件人手機：{TWM()}\n"
                f"EZ WAY 實名認證 身分證字號：{twid()}\n送貨地址：{pick(TW_ADDR)}\n"
                f"賣家客服：{LAND()}　寄件人手機：{MOB()}\n運單號：{track()}\n")

    def cb3():
        a, n = cnl_raw()
        return (f"集運倉地址（請複製到淘寶收貨地址）\n收貨人：{nm()}（會員號 {pick(['HK', 'MO', 'TW'])}{dg(6)}）\n"
                f"手機號碼：{MOB('plain')}\n地址：{pick(CN_ADDR[:2] + CN_ADDR[-2:])}{R.randint(1, 9)}號倉\n"
                f"倉庫電話：{L('LANDLINE', f'{a}-{n}')}（週一至週六）\n"
                f"會員電郵：{MAIL()}\n* 請勿填寫香港電話，否則無法簽收 😅\n")

    def cb4():
        return (f"客服工單 #{dg(7)}\n買家電郵：{MAIL()}\n下單IP：{IP()}\n"
                f"買家留言：你好，我係香港客，部手機係 {HKM(False)}，順豐到付。{emoji()}\n"
                f"客服回覆：亲，已帮您备注，发货后短信通知寄件人手机 {MOB()}。\n"
                f"自提點座標：{GPS()}\n")

    def cb5():
        a, n = cnl_raw()
        return (f"退貨申請單\n原訂單號：{tb_order()}\n退貨原因：尺碼不合\n"
                f"退貨地址：{pick(CN_ADDR)}\n收件人：{pick(['售後部', '倉儲部'])} {nm()}\n"
                f"聯繫電話：{L('LANDLINE', f'{a}-{n}')} 轉 {dg(3)}\n退貨運單號：{track()}\n退款金額：{amt()}\n")

    def cb6():
        return (f"發票 INVOICE No. {dg(10)}\n賣家：{pick(['深圳', '廣州', '義烏'])}{pick(['優品', '美家', '星辰'])}貿易有限公司\n"
                f"賣家支付寶帳號：{MOB('plain')}\n買家：{nm()}　買家電話：{pick([HKM(True), MOM(True), TWM(True)])}\n"
                f"付款方式：{pick(['PayMe', '轉數快', '八達通'])}　金額：{amt()}\n交易時間：{pdate(2025, 2025)}\n")

    def cb7():
        return (f"店鋪資料｜{pick(['小紅家居', '港貨直郵', '台灣代購'])}\n客服QQ：{QQ()}\n客服微信：{WX()}\n"
                f"客服電話：{LAND()}\n售後手機：{MOB()}\n退貨請寄：{pick(CN_ADDR)}\n營業執照：{dg(18, '9')[:-1]}{pick('ABCDXY')}\n")

    def cb8():
        hdr = pick(["訂單號,收件人,電話,地區,金額", "order_no,recipient,phone,region,amount"])
        rows = []
        for _ in range(R.randint(4, 6)):
            reg = pick(["香港", "澳門", "台灣", "香港"])
            ph = {"香港": HKM(True), "澳門": MOM(True), "台灣": TWM(True)}[reg]
            rows.append(",".join([tb_order(), nm(), ph, reg, amt().replace(",", "")]))
        return hdr + "\n" + "\n".join(rows) + "\n"

    def cb9():
        return (f"【順豐速運】您的快件 {track()} 已到達 {pick(['旺角', '荃灣', '觀塘'])} 順豐站，取件碼 {dg(6)}。\n"
                f"收件人電話：{mmob()}\n寄件人：{nm()} {MOB()}\n"
                f"如有疑問請聯絡寄件人或致電客服 {HKF(pick([True, False]))}。\n")

    T["crossborder_shop"] = [cb1, cb2, cb3, cb4, cb5, cb6, cb7, cb8, cb9]

    # ------------------------------------------------------------------ chat_trad
    def ch1():
        return (f"[{pdate(2025, 2025)} {R.randint(9, 23)}:{dg(2, '012345')}] 阿明: 我部手機係 {HKM(False)}，有咩事打俾我 {emoji()}\n"
                f"[{R.randint(9, 23)}:{dg(2, '012345')}] 二姨(深圳): 好的，我的手机号是{MOB()}，到了罗湖给我打电话\n"
                f"[{R.randint(9, 23)}:{dg(2, '012345')}] 阿明: 得，你加我微信啦 {WX()}\n"
                f"[{R.randint(9, 23)}:{dg(2, '012345')}] 二姨(深圳): 加了{emoji()}\n")

    def ch2():
        d = birth(1945, 1965)
        return (f"表妹: 帮外婆买高铁票要身份证号，{ID(d)}\n"
                f"表妹: 出生日期{BD(d, pick(['iso', 'ymd_cn']))}，你核对下\n"
                f"我: 收到，錢我轉去你張卡 {CARD()} 啱唔啱？\n"
                f"表妹: 对的，工行的 {emoji()}\n我: 好，轉咗，你check下\n")

    def ch3():
        return (f"小美：欸 我換手機號碼了 {TWM(False)}\n小美：LINE 也是新的 id：{pick(LOCALS).replace('.', '')}{dg(2)}\n"
                f"阿凱：好喔 那我寄邀請到你信箱 {MAIL()}\n小美：👌 我老公大陸那邊的電話 {MOB(pick(['+86', '+86s', 'plain']))} 也給你\n")

    def ch4():
        return (f"Ken：喂你嘅QQ幾號呀？\nJoyce：我嘅QQ係 {QQ()}\nKen：好，我啲相send咗去你email {MAIL()}\n"
                f"Joyce：唔該晒{emoji()} 記得下星期六{R.randint(1, 12)}點\n")

    def ch5():
        d = birth(1985, 2000)
        return (f"阿芬：幫你訂咗船飛，要你通行證號碼\n表姐：{PERMC()}\n"
                f"阿芬：生日呢？\n表姐：{BD(d, pick(['ymd_cn', 'iso', 'slash1']))}\n"
                f"阿芬：ok，訂單號 {pick(['TJ', 'CT'])}{dg(9)}，到時喺上環碼頭等\n表姐：好呀，有事打 {MOB()} 搵我\n")

    def ch6():
        return (f"老公：我泊咗車喺停車場B2，車牌{PLATE(False)}\n老婆：位置send我\n老公：{GPS()}\n"
                f"老婆：收到 {emoji()} 你把遮喺車尾箱\n老公：細佬架車{PLATE()}都喺隔籬\n老公：行李寄存號 {dg(4)}\n")

    def ch7():
        return (f"群組「{pick(['行山隊', '舊同學', '屋企人'])}」\nMay：AA錢每人 {amt()}，轉數快俾我 FPS {fps()}\n"
                f"Ben：我冇轉數快，可唔可以微信？我微信號 {WX()}\nMay：可以，或者打俾我 {HKM(pick([True, False]))}\n"
                f"Ben：你之前個 number {mhk()} 仲用唔用？\n")

    def ch8():
        return (f"[{pdate(2024, 2025)}] 媽咪: 屋企電話 {HKF(False)} 而家冇人聽\n"
                f"[{pdate(2024, 2025)}] 我: 打我手提 {HKM(False)} 啦\n"
                f"[{pdate(2024, 2025)}] 舅父(广州): 有事打我座机 {LAND()} 或者手机{MOB()}\n")

    def ch9():
        return (f"（語音轉文字）\n姑媽：我個手機號碼係{MOB('plain') if R.random()<0.5 else MOB()}呀，你記低\n"
                f"姑媽：我嘅出世日期係{BD(birth(1950, 1970), 'ymd_cn')}，幫我填張表\n"
                f"我：收到！姑丈嘅回鄉證號碼係咪 {PERMH()}？\n姑媽：係呀 {emoji()}\n")

    T["chat_trad"] = [ch1, ch2, ch3, ch4, ch5, ch6, ch7, ch8, ch9]

    # ------------------------------------------------------------------ gov_trad
    def gv1():
        return (f"遺失聲明\n本人{nm()}不慎遺失{pick(['往來港澳通行證', '往來港澳通行證一本'])}，證件號碼{PERMC()}，"
                f"{pick(['及', '連同'])}中華人民共和國居民身份證，號碼{ID()}，特此聲明作廢。\n"
                f"聯絡電話：{MOB()}\n{pdate(2025, 2025)}\n")

    def gv2():
        d = birth(1970, 2000)
        return (f"澳門治安警察局 通緝令\n姓名：{nm()}\n性別：{pick(['男', '女'])}\n出生日期：{BD(d)}\n"
                f"內地居民身份證號碼：{ID(d)}\n持往來港澳通行證 {PERMC()} 入境\n"
                f"如有消息，請致電 {MOF(pick([True, False]))} 或 110 / 999 報警。\n")

    def gv3():
        d = birth(1975, 2000)
        return (f"香港特別行政區 區域法院\n刑事案件{pick(['DCCC', 'HCCC'])} {R.randint(100, 2000)}/{R.randint(2021, 2025)}\n判案書（節錄）\n"
                f"{R.randint(3, 20)}. 被告為內地居民，持中華人民共和國居民身份證（號碼：{ID(d)}），"
                f"出生日期為{BD(d)}。\n{R.randint(21, 40)}. 警方於被告手機（號碼 {MOB()}）內發現"
                f"其與同黨之通訊紀錄，並於其行李內搜獲另一部登記號碼為 {HKM(True)} 的手機。\n"
                f"{R.randint(41, 60)}. 被告之香港身份證號碼 {hkid()} 經核實為偽造。\n")

    def gv4():
        d = birth(1975, 1995)
        return (f"內政部移民署 公告\n主旨：公示送達大陸地區人民{nm()}（大陸身分證號碼：{ID(d)}，"
                f"出生日期：{BD(d, pick(['roc', 'ymd_cn']))}）之處分書。\n"
                f"說明：應受送達人原住居所{pick(TW_ADDR)}，送達不能。\n洽詢電話：{TWF(pick([True, False]))}\n"
                f"發文字號：移署{pick(['移', '出'])}字第{dg(10)}號\n")

    def gv5():
        return (f"入境事務處 信件\n檔號：{pick(['ID', 'IMM'])}({pick('ABC')}) {dg(3)}/{dg(2)}/{dg(5)}\n"
                f"{nm()} 女士：\n閣下以往來港澳通行證（號碼 {PERMC()}）申請之受養人簽證，"
                f"現需補交出生證明及內地身份證（{ID()}）副本。\n"
                f"請電郵至 {MAIL()} 或致電 {HKF(True)}。\n")

    def gv6():
        return (f"判決書（節錄）— 洗錢案\n經查，被告提供其名下銀聯卡 {CARD()} 及 {CARD()} 予詐騙集團使用，"
                f"並以手機門號 {MOB()} 接收驗證碼，另以QQ帳號 {QQ()} 聯繫上線。\n"
                f"登入網銀之IP位址為 {IP()}，與被告住所網路相符。\n案號：{R.randint(110, 114)}年度金訴字第{R.randint(1, 999)}號\n")

    def gv7():
        d = birth(1980, 2002)
        return (f"新聞稿 {pdate(2025, 2025)}\n治安警察局昨日於關閘口岸截獲一名內地男子（{R.randint(20, 45)}歲，"
                f"持往來港澳通行證 {PERMC()}），其出生日期為{BD(d)}。警方於其身上檢獲多張他人銀行卡"
                f"（尾號 {dg(4)}）。\n"
                f"查詢：新聞發言人 {MOF(True)}\n")

    def gv8():
        d = birth(1960, 1990)
        return (f"破產管理署 公告\n破產人：{nm()}\n身份證明文件：中國居民身份證 {ID(d)}；護照 {PP()}\n"
                f"出生日期：{BD(d, 'dmy')}\n最後所知地址：{pick(CN_ADDR)}\n"
                f"破產令日期：{pdate(2023, 2025)}\n債權人查詢：{HKF(False)}\n")

    def gv9():
        return (f"臺灣{pick(['臺北', '新北', '高雄'])}地方法院 民事裁定\n聲請人：{nm()}\n"
                f"相對人：{nm()}（大陸地區人民，身分證號：{ID()}）\n"
                f"相對人大陸聯絡電話：{MOB(pick(['+86', '86-', '+86-']))}，電子郵件：{MAIL()}\n"
                f"中華民國{R.randint(112, 114)}年{R.randint(1, 12)}月{R.randint(1, 28)}日\n")

    T["gov_trad"] = [gv1, gv2, gv3, gv4, gv5, gv6, gv7, gv8, gv9]

    # ------------------------------------------------------------------ finance_trad
    def fi1():
        return (f"電匯申請書 Telegraphic Transfer\n匯款人：{nm_en()}　香港身份證：{hkid()}\n"
                f"匯款帳戶：{hkacct()}\n匯款人電話：{HKM()}\n"
                f"收款人：{nm()}\n收款人銀聯卡號：{CARD()}\n收款銀行：{pick(['中國工商銀行', '中國農業銀行', '中國建設銀行'])}"
                f"深圳分行 SWIFT：{pick(SWIFTS)}\n收款人手機：{MOB()}\n金額：{amt()}\n")

    def fi2():
        rows = []
        for _ in range(R.randint(3, 5)):
            rows.append(f"{pdate(2025, 2025)}  {pick(['FPS轉賬', '跨境匯款', 'ATM提款', '八達通增值'])}  {amt()}")
        rows.insert(R.randint(0, len(rows)), f"{pdate(2025, 2025)}  匯至內地銀聯卡 {CARD()}  {amt()}")
        return (f"月結單 Statement\n戶口號碼：{hkacct()}\n客戶：{nm_en()}\n" + "\n".join(rows) +
                f"\n如有查詢請致電 {HKF(True)}\n")

    def fi3():
        d = birth()
        return (f"客戶盡職審查 KYC\n身份證明文件 1：往來港澳通行證 {PERMC()}\n身份證明文件 2：護照 {PP()}\n"
                f"內地身份證：{ID(d)}\n出生日期：{BD(d)}\n電郵：{MAIL()}\n手機：{MOB()}\n"
                f"職業：{pick(['會計師', '工程師', '自僱', '退休'])}\n資金來源：{pick(['薪金', '投資', '物業出售'])}\n")

    def fi4():
        return (f"匯款收據 Remittance Receipt\nMTCN：{dg(10)}\n收款人：{nm()}\n收款人身份證：{ID()}\n收款卡號：{CARD()}\n"
                f"收款人手機：{MOB()}\n匯出金額：{amt()}　手續費：{amt()}\n日期：{pdate(2025, 2025)}\n")

    def fi5():
        d = birth(1975, 1995)
        return (f"信用卡申請書（新臺幣）\n申請人：{nm()}\n身分證字號：{twid()}\n出生日期：{BD(d, 'roc')}\n"
                f"配偶（陸配）大陸身分證：{ID()}\n行動電話：{TWM()}\n住宅電話：{TWF()}\n"
                f"電子郵件：{MAIL()}\n年收入：{amt()}\n")

    def fi6():
        d = birth(1955, 1985)
        a, n = cnl_raw()
        return (f"私人貸款 擔保人資料\n擔保人：{nm()}\n大陸居民身份證：{ID(d)}\n出生日期：{BD(d)}\n"
                f"單位電話：{L('LANDLINE', f'({a}){n}')} 內線{dg(3)}\n手機：{MOB()}\n貸款編號：LN{dg(10)}\n")

    def fi7():
        return (f"大西洋銀行 Banco Nacional Ultramarino 開戶資料（內地客戶）\nSWIFT：BNULMOMX\n"
                f"往來港澳通行證：{PERMC()}\n內地身份證號碼：{ID()}\n澳門電話：{MOM()}\n"
                f"內地電話：{MOB()}\n電郵：{MAIL()}\n帳號：{dg(2)}-{dg(2)}-{dg(2)}-{dg(6)}\n")

    def fi8():
        d = birth(1950, 1990)
        return (f"理賠付款通知\n保單號碼：{dg(10)}\n受益人：{nm()}　出生日期：{BD(d)}\n身份證號碼：{ID(d)}\n"
                f"賠款將存入受益人銀聯卡：{CARD()}\n金額：{amt()}\n如有查詢：{HKF()}\n")

    def fi9():
        return (f"網上銀行安全提示\n您的帳戶於 {pdate(2025, 2025)} {R.randint(0, 23):02d}:{dg(2, '012345')} 在新裝置登入。\n"
                f"登入IP：{IP()}\n裝置：{pick(['iPhone 15', 'HUAWEI Mate 60', 'Xiaomi 14'])}\n"
                f"如非本人操作，請立即致電 {HKF(True)} 或電郵 {L('EMAIL', pick(['security', 'cs.alert', 'fraud']) + '@' + pick(['hangseng.com', 'bochk.com', 'hsbc.com.hk', 'bea.com']))}。\n")

    T["finance_trad"] = [fi1, fi2, fi3, fi4, fi5, fi6, fi7, fi8, fi9]

    # ------------------------------------------------------------------ traps22 (no labels)
    def tr1():
        rows = "\n".join(f"{nm()}　{hkid()}　{pick(['1A', '2B', '3C', '4D'])}　{mhk()}" for _ in range(R.randint(3, 5)))
        return f"班級名冊（內部）\n姓名　香港身份證　班別　家長電話(已遮蓋)\n{rows}\n"

    def tr2():
        return (f"澳門居民身份證 申請回執\n身份證編號：{moid()}\n申請編號：{dg(10)}\n領證日期：{pdate(2025, 2025)}\n"
                f"收費：{amt()}\n請於 {pdate(2025, 2025)} 前攜同回執領取。\n")

    def tr3():
        return (f"電子發票證明聯\n發票號碼：{pick(['AB', 'QK', 'ZX'])}-{dg(8)}\n賣方統一編號：{ubn8()}\n買方統一編號：{ubn8()}\n"
                f"開立日期：{tdate(2025, 2025)}\n總計：{amt()}\n持卡人身分證字號：{twid()[:3]}****{dg(3)}\n")

    def tr4():
        return (f"付款方法\n1. 轉數快 FPS ID：{fps()}\n2. 銀行轉帳：{pick(['滙豐', '中銀', '恒生'])} {hkacct()}\n"
                f"3. PayMe：請掃描二維碼\n付款後請WhatsApp截圖，訂單編號 {tb_order()}\n金額：{amt()}\n")

    def tr5():
        rows = "\n".join(f"{track()}　{pick(['已攬收', '運輸中', '派送中', '已簽收'])}　{pdate(2025, 2025)}" for _ in range(R.randint(4, 6)))
        return f"物流追蹤\n運單號　狀態　更新日期\n{rows}\n"

    def tr6():
        return (f"Wire Transfer Details\nBeneficiary Bank SWIFT: {pick(SWIFTS)}\nIntermediary: {pick(SWIFTS)}\n"
                f"IBAN: {iban()}\nHK Account No.: {hkacct()}\nAmount: {amt()}\nValue date: {pdate(2025, 2025)}\n")

    def tr7():
        return (f"會員資料（已遮蓋）\n手機：{mmob()}\n銀行卡：{mcard()}\n身份證：{mid()}\n電郵：{mmail()}\n"
                f"香港電話：{mhk()}\n")

    def tr8():
        return (f"租約續期確認\n簽約日期：{pdate(2024, 2025)}\n到期日：{pdate(2026, 2027)}\n月租：{amt()}\n"
                f"按金：{amt()}\n差餉物業估價署評估編號：{dg(3)}-{dg(2)}-{dg(5)}-{dg(3)}\n")

    def tr9():
        return (f"港澳台居民居住證 資料核對\n居住證號碼：{rp_hmt()}\n台胞證號碼：{tbz()}\n"
                f"簽發日期：{pdate(2020, 2024)}\n有效期至：{pdate(2026, 2029)}\n受理編號：{dg(12, '2')}\n")

    def tr10():
        return (f"淘寶訂單匯總\n" + "\n".join(f"{tb_order()}  {amt()}  {pick(['已發貨', '待付款', '交易成功'])}" for _ in range(4)) +
                f"\n集運單號：{track()}\n")

    T["traps22"] = [tr1, tr2, tr3, tr4, tr5, tr6, tr7, tr8, tr9, tr10]
    return T


# ----------------------------------------------------------------------------------------------
# parsing markup, validation
# ----------------------------------------------------------------------------------------------
MARK = re.compile(r"«([A-Z_]+)\|(.*?)»", re.S)


def parse_marked(s):
    out, spans, pos = [], [], 0
    n = 0
    for m in MARK.finditer(s):
        out.append(s[pos:m.start()])
        n += len(s[pos:m.start()])
        v = m.group(2)
        spans.append([n, n + len(v), m.group(1)])
        out.append(v)
        n += len(v)
        pos = m.end()
    out.append(s[pos:])
    text = "".join(out)
    assert "«" not in text and "»" not in text, text
    return text, spans


def fold(s):
    return unicodedata.normalize("NFKC", s)


CN_SEG_RE = re.compile(r"^1(3\d|4[5-9]|5[0-35-9]|6[2567]|7[0-35-8]|8\d|9[135-9])\d{8}$")


def _phone_candidates(v):
    s = fold(v).strip()
    digits = re.sub(r"\D", "", s)
    if s.startswith("+") or s.startswith("(+"):
        return [("+" + digits, None)]
    if s.startswith("00"):
        return [("+" + digits[2:], None)]
    m = re.match(r"^\(?(86|852|853|886)\)?[-\s]", s)
    if m:
        return [("+" + digits, None)]
    return [(digits, r) for r in ("CN", "HK", "MO", "TW")]


def valid_phone(v, kind):
    if not re.fullmatch(r"[0-9０-９+()（）\- .]+", v):
        return False
    for num, reg in _phone_candidates(v):
        try:
            x = PN.parse(num, reg)
        except PN.NumberParseException:
            continue
        if not PN.is_valid_number(x):
            continue
        t = PN.number_type(x)
        if kind == "MOBILE" and t in (PT.MOBILE, PT.FIXED_LINE_OR_MOBILE):
            if x.country_code == 86 and not CN_SEG_RE.match(str(x.national_number)):
                continue
            return True
        if kind == "LANDLINE" and t in (PT.FIXED_LINE, PT.FIXED_LINE_OR_MOBILE):
            return True
    return False


PLATE_RE = re.compile(
    r"^[京津沪滬渝冀豫云雲辽遼黑湘皖鲁魯新苏蘇浙赣贛鄂桂甘晋晉蒙陕陝吉闽閩贵貴粤粵青藏川宁寧琼瓊][A-HJ-NP-Z][·• ]?"
    r"([A-HJ-NP-Z0-9]{5}|[DF][A-HJ-NP-Z0-9]\d{4}|\d{5}[DF]|[A-HJ-NP-Z0-9]{4}[港澳])$")


def parse_date(v):
    s = fold(v)
    m = re.fullmatch(r"民國(\d{2,3})年(\d{1,2})月(\d{1,2})日", s)
    if m:
        return dt.date(int(m[1]) + 1911, int(m[2]), int(m[3]))
    m = re.fullmatch(r"(\d{2,3})年(\d{2})月(\d{2})日", s)
    if m:
        return dt.date(int(m[1]) + 1911, int(m[2]), int(m[3]))
    m = re.fullmatch(r"(\d{4})[年\-/.](\d{1,2})[月\-/.](\d{1,2})日?", s)
    if m:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    m = re.fullmatch(r"(\d{1,2})[/\-](\d{1,2})[/\-](\d{4})", s)
    if m:
        return dt.date(int(m[3]), int(m[2]), int(m[1]))
    m = re.fullmatch(r"(\d{1,2}) ([A-Z][a-z]{2}) (\d{4})", s)
    if m:
        return dt.date(int(m[3]), MON.index(m[2]) + 1, int(m[1]))
    raise ValueError(v)


def validate_value(t, v):
    f = fold(v)
    if t == "ID_CARD":
        c = re.sub(r"[\s-]", "", f)
        return len(c) == 18 and ric.is_valid(c)
    if t in ("MOBILE", "LANDLINE"):
        return valid_phone(v, t)
    if t == "BANK_CARD":
        c = re.sub(r"[\s-]", "", f)
        return c.isdigit() and 16 <= len(c) <= 19 and luhn.is_valid(c) and c[:6] in {b for b, _ in BINS}
    if t == "EMAIL":
        return re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", f) is not None
    if t == "PLATE":
        return PLATE_RE.match(f) is not None
    if t == "PASSPORT":
        return re.fullmatch(r"E[A-HJ-NP-Z]?\d{7,8}|G\d{8}", f) is not None and (len(f) == 9)
    if t == "HK_MACAO_PERMIT":
        return re.fullmatch(r"C[A-Z0-9]\d{7}|[HM](\d{8}|\d{10})", f) is not None
    if t == "IP":
        try:
            return ipaddress.ip_address(f).is_global
        except ValueError:
            return False
    if t == "QQ":
        return re.fullmatch(r"[1-9]\d{4,9}", f) is not None
    if t == "WECHAT":
        return re.fullmatch(r"[A-Za-z][-_A-Za-z0-9]{5,19}", f) is not None
    if t == "GPS":
        m = re.fullmatch(r"(-?\d{1,2}\.(\d{4,}))\s*,\s*(-?\d{1,3}\.(\d{4,}))", f)
        return m is not None and abs(float(m[1])) <= 90 and abs(float(m[3])) <= 180
    if t == "BIRTHDATE":
        try:
            d = parse_date(v)
        except ValueError:
            return False
        return dt.date(1900, 1, 1) <= d <= dt.date(2025, 12, 31)
    return False


CUES = {
    "PASSPORT": ["護照", "护照", "passport", "Passport", "PASSPORT"],
    "HK_MACAO_PERMIT": ["通行證", "通行证", "回鄉證", "回乡证", "permit", "Permit", "PERMIT"],
    "QQ": ["QQ", "qq", "Qq", "扣扣"],
    "WECHAT": ["微信", "WeChat", "wechat", "Wechat", "WeChat ID", "weixin", "vx", "V信"],
    "BIRTHDATE": ["出生", "生日", "DOB", "Date of Birth", "date of birth", "Birth", "birth", "出世"],
}
EDGE_BAD = set(" \t\r\n\u3000,.;:!?，。；：！？、「」『』()（）[]【】<>《》\"'“”‘’-_/|~*·•")

LEAK_MOB = re.compile(r"(?<!\d)1[3-9]\d(?:[- .]?\d){8}(?!\d)")
LEAK_ID = re.compile(r"(?<![0-9A-Za-z])\d{6}[ -]?\d{4}[ -]?\d{4}[ -]?\d{3}[0-9Xx](?![0-9A-Za-z])")
LEAK_CARD = re.compile(r"(?<![\d])\d(?:[ -]?\d){15,18}(?![\d])")
LEAK_MAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
LEAK_IP = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")


def check_doc(doc):
    text, spans, did = doc["text"], doc["spans"], doc["id"]
    if doc["genre"] in TRAP_GENRES and spans:
        raise ValueError(f"{did}: trap document has spans")
    prev_end = -1
    for s, e, t in spans:
        if t not in TYPES:
            raise ValueError(f"{did}: bad type {t}")
        if not (0 <= s < e <= len(text)):
            raise ValueError(f"{did}: bad offsets {s},{e}")
        if s < prev_end:
            raise ValueError(f"{did}: overlapping/unsorted spans at {s}")
        prev_end = e
        v = text[s:e]
        if v != v.strip() or text[e - 1] in EDGE_BAD or (
                text[s] in EDGE_BAD and not (text[s] in "(（" and (")" in v or "）" in v))):
            raise ValueError(f"{did}: span edge whitespace/punctuation {v!r}")
        if not validate_value(t, v):
            raise ValueError(f"{did}: span does not validate {t} {v!r}")
        if t in CUES:
            window = text[max(0, s - 60):s]
            head = text[: text.find("\n") + 1] if "\n" in text[:s] else ""
            if not any(c in window or c in head for c in CUES[t]):
                raise ValueError(f"{did}: {t} {v!r} without cue")
    # leak check on unlabelled text
    chars = list(text)
    for s, e, _ in spans:
        for i in range(s, e):
            chars[i] = "■"
    rest = fold("".join(chars))
    for m in LEAK_MOB.finditer(rest):
        if CN_SEG_RE.match(re.sub(r"\D", "", m.group())):
            raise ValueError(f"{did}: unlabelled mainland mobile {m.group()!r}")
    for m in LEAK_ID.finditer(rest):
        if ric.is_valid(re.sub(r"[ -]", "", m.group()).upper()):
            raise ValueError(f"{did}: unlabelled ID {m.group()!r}")
    for m in LEAK_CARD.finditer(rest):
        c = re.sub(r"\D", "", m.group())
        if c[:2] in ("62",) or c[0] in "45":
            if luhn.is_valid(c):
                raise ValueError(f"{did}: unlabelled Luhn number {m.group()!r}")
    for m in LEAK_MAIL.finditer(rest):
        raise ValueError(f"{did}: unlabelled e-mail {m.group()!r}")
    for m in LEAK_IP.finditer(rest):
        try:
            if ipaddress.ip_address(m.group()).is_global:
                raise ValueError(f"{did}: unlabelled public IP {m.group()!r}")
        except ValueError as exc:
            if "unlabelled" in str(exc):
                raise


# ----------------------------------------------------------------------------------------------
# build
# ----------------------------------------------------------------------------------------------
def post(s):
    """Document-level noise: CRLF, trailing spaces."""
    if R.random() < 0.06:
        s = s.replace("\n", "\r\n")
    if R.random() < 0.1:
        s = s.replace("\n", "  \n", 1)
    return s


def build():
    global R
    R = random.Random(SEED)
    g = globals()
    tpls = make_templates(g)
    docs = []
    for genre, n in GENRES:
        fns = tpls[genre]
        assert len(fns) >= 8, genre
        order = []
        while len(order) < n:
            block = list(range(len(fns)))
            R.shuffle(block)
            order.extend(block)
        for i in range(n):
            marked = post(fns[order[i]]())
            text, spans = parse_marked(marked)
            doc = {"id": f"{NAME}-{genre}-{i + 1:03d}", "genre": genre, "text": text, "spans": spans}
            check_doc(doc)
            docs.append(doc)
    ids = [d["id"] for d in docs]
    assert len(set(ids)) == len(ids)
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs).encode("utf-8")


def main(argv):
    data = build()
    if "--check" in argv:
        if not OUT.exists() or OUT.read_bytes() != data:
            raise SystemExit(f"{OUT.name} differs from a fresh build")
        print("ok: identical rebuild")
        return
    OUT.write_bytes(data)
    docs = [json.loads(l) for l in data.decode().splitlines()]
    from collections import Counter
    print(len(docs), "docs", sum(len(d["spans"]) for d in docs), "spans")
    print(Counter(d["genre"] for d in docs))
    print(Counter(t for d in docs for _, _, t in d["spans"]))


if __name__ == "__main__":
    main(sys.argv[1:])
