# ruff: noqa: N802, N806, E741, UP031
"""Fake values, validators and the accident scan for probe13.

Nothing here is read from the detector. Every generator takes a ``random.Random`` so that the build is
reproducible; validators take the span text exactly as it stands in the document.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import re

import phonenumbers
from stdnum import luhn
from stdnum.cn import ric, uscc

# --------------------------------------------------------------------------------------------------------------
# folding (full width, Chinese numerals)

_FW = {chr(0xFF10 + i): str(i) for i in range(10)}
_FW.update({chr(0xFF21 + i): chr(0x41 + i) for i in range(26)})
_FW.update({chr(0xFF41 + i): chr(0x61 + i) for i in range(26)})
_FW.update({"－": "-", "＋": "+", "（": "(", "）": ")", "．": ".", "　": " ", "＠": "@"})
_NUM = {}
for _d, _cs in enumerate(["零〇○洞", "一幺壹", "二两贰", "三叁", "四肆", "五伍", "六陆", "七拐柒", "八捌", "九勾玖"]):
    for _c in _cs:
        _NUM[_c] = str(_d)


def fold_width(s: str) -> str:
    return "".join(_FW.get(c, c) for c in s)


def fold_numerals(s: str) -> str:
    return "".join(_NUM.get(c, c) for c in s)


def fold(s: str) -> str:
    return fold_numerals(fold_width(s))


# --------------------------------------------------------------------------------------------------------------
# reference data (real GB/T 2260 county codes, real area codes; roads and estates are invented)

# code, province, city, district, plate prefix, area code, (lat, lng) of the city centre (approximate)
REGIONS = [
    ("330106", "浙江省", "杭州市", "西湖区", "浙A", "0571", (30.2741, 120.1551)),
    ("330102", "浙江省", "杭州市", "上城区", "浙A", "0571", (30.2500, 120.1700)),
    ("330302", "浙江省", "温州市", "鹿城区", "浙C", "0577", (28.0006, 120.6721)),
    ("330681", "浙江省", "绍兴市", "诸暨市", "浙D", "0575", (29.7086, 120.2463)),
    ("310115", "上海市", "上海市", "浦东新区", "沪A", "021", (31.2215, 121.5447)),
    ("310104", "上海市", "上海市", "徐汇区", "沪B", "021", (31.1885, 121.4365)),
    ("110105", "北京市", "北京市", "朝阳区", "京N", "010", (39.9219, 116.4436)),
    ("110108", "北京市", "北京市", "海淀区", "京Q", "010", (39.9593, 116.2981)),
    ("440305", "广东省", "深圳市", "南山区", "粤B", "0755", (22.5333, 113.9304)),
    ("440106", "广东省", "广州市", "天河区", "粤A", "020", (23.1247, 113.3613)),
    ("440604", "广东省", "佛山市", "禅城区", "粤E", "0757", (23.0092, 113.1226)),
    ("320106", "江苏省", "南京市", "鼓楼区", "苏A", "025", (32.0662, 118.7697)),
    ("320583", "江苏省", "苏州市", "昆山市", "苏E", "0512", (31.3856, 120.9807)),
    ("420106", "湖北省", "武汉市", "武昌区", "鄂A", "027", (30.5538, 114.3162)),
    ("421181", "湖北省", "黄冈市", "麻城市", "鄂J", "0713", (31.1730, 115.0080)),
    ("510107", "四川省", "成都市", "武侯区", "川A", "028", (30.6423, 104.0434)),
    ("511302", "四川省", "南充市", "顺庆区", "川R", "0817", (30.7960, 106.0924)),
    ("500103", "重庆市", "重庆市", "渝中区", "渝A", "023", (29.5528, 106.5687)),
    ("610113", "陕西省", "西安市", "雁塔区", "陕A", "029", (34.2227, 108.9480)),
    ("430104", "湖南省", "长沙市", "岳麓区", "湘A", "0731", (28.2358, 112.9314)),
    ("431102", "湖南省", "永州市", "零陵区", "湘M", "0746", (26.2211, 111.6312)),
    ("370102", "山东省", "济南市", "历下区", "鲁A", "0531", (36.6666, 117.0763)),
    ("371302", "山东省", "临沂市", "兰山区", "鲁Q", "0539", (35.0513, 118.3478)),
    ("350203", "福建省", "厦门市", "思明区", "闽D", "0592", (24.4455, 118.0823)),
    ("410105", "河南省", "郑州市", "金水区", "豫A", "0371", (34.8004, 113.6606)),
    ("411302", "河南省", "南阳市", "宛城区", "豫R", "0377", (32.9941, 112.5397)),
    ("340104", "安徽省", "合肥市", "蜀山区", "皖A", "0551", (31.8510, 117.2606)),
    ("360102", "江西省", "南昌市", "东湖区", "赣A", "0791", (28.6848, 115.8990)),
    ("210102", "辽宁省", "沈阳市", "和平区", "辽A", "024", (41.7886, 123.4017)),
    ("230103", "黑龙江省", "哈尔滨市", "南岗区", "黑A", "0451", (45.7600, 126.6687)),
    ("130104", "河北省", "石家庄市", "桥西区", "冀A", "0311", (38.0046, 114.4611)),
    ("140105", "山西省", "太原市", "小店区", "晋A", "0351", (37.7361, 112.5651)),
    ("450103", "广西壮族自治区", "南宁市", "青秀区", "桂A", "0771", (22.7856, 108.4942)),
    ("530102", "云南省", "昆明市", "五华区", "云A", "0871", (25.0430, 102.7063)),
    ("520102", "贵州省", "贵阳市", "南明区", "贵A", "0851", (26.5681, 106.7146)),
    ("620102", "甘肃省", "兰州市", "城关区", "甘A", "0931", (36.0570, 103.8252)),
    ("460106", "海南省", "海口市", "龙华区", "琼A", "0898", (20.0311, 110.3285)),
    ("150102", "内蒙古自治区", "呼和浩特市", "新城区", "蒙A", "0471", (40.8583, 111.6655)),
    ("650102", "新疆维吾尔自治区", "乌鲁木齐市", "天山区", "新A", "0991", (43.7946, 87.6311)),
    ("220104", "吉林省", "长春市", "朝阳区", "吉A", "0431", (43.8338, 125.2882)),
    ("120101", "天津市", "天津市", "和平区", "津A", "022", (39.1172, 117.1954)),
    ("640104", "宁夏回族自治区", "银川市", "兴庆区", "宁A", "0951", (38.4746, 106.2886)),
]
# first birth year stdnum's GB/T 2260 table accepts for each code above (0 = always)
REGION_START = {
    "330106": 1983, "330102": 1983, "330302": 1984, "330681": 1989, "310115": 1992, "310104": 0, "110105": 0,
    "110108": 0, "440305": 1990, "440106": 1985, "440604": 2002, "320106": 1983, "320583": 1989, "420106": 1983,
    "421181": 1995, "510107": 1990, "511302": 1993, "500103": 1997, "610113": 1983, "430104": 1996, "431102": 2005,
    "370102": 1983, "371302": 1994, "350203": 1983, "410105": 1983, "411302": 1994, "340104": 2002, "360102": 1983,
    "210102": 1983, "230103": 1983, "130104": 1983, "140105": 1997, "450103": 2004, "530102": 1983, "520102": 1983,
    "620102": 1983, "460106": 2002, "150102": 1983, "650102": 1983, "220104": 1983, "120101": 0, "640104": 2002,
}
# county codes valid for every birth year in that table
ALLTIME_CODES = ["110101", "110102", "110105", "110107", "110108", "110109", "120101", "120103", "120105", "310101",
                 "310104", "140122", "210321", "211021", "429001", "430121", "433123", "510321", "522701", "532923",
                 "610326", "620122", "622921", "653101", "652922"]
AREA_CODES = sorted({r[5] for r in REGIONS})
PLATE_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"

# mainland mobile segments that exist (the scan flags all of them); generators use GEN_SEGMENTS only
MOBILE_SEGMENTS = (
    {str(x) for x in range(130, 140)} | {"145", "147", "149"} | {str(x) for x in range(150, 160)} - {"154"}
    | {"162", "165", "166", "167"} | {str(x) for x in range(170, 179)} | {str(x) for x in range(180, 190)}
    | {str(x) for x in range(190, 200)}
)
GEN_SEGMENTS = (
    [str(x) for x in range(130, 140)] + ["147", "150", "151", "152", "153", "155", "156", "157", "158", "159"]
    + ["166", "173", "175", "176", "177", "178"] + [str(x) for x in range(180, 190)]
    + ["191", "193", "195", "198", "199"]
)
# 11-digit look-alikes for traps (no such mobile segment)
TRAP_SEGMENTS = ["140", "141", "142", "143", "144", "146", "148", "154", "160", "161", "163", "164", "168", "169"]

BINS = [
    ("622202", 19, "中国工商银行"), ("621226", 19, "中国工商银行"), ("622208", 19, "中国工商银行"),
    ("622848", 19, "中国农业银行"), ("621700", 19, "中国建设银行"), ("622700", 19, "中国建设银行"),
    ("622588", 16, "招商银行"), ("621483", 16, "招商银行"), ("622575", 16, "招商银行"),
    ("622262", 19, "交通银行"), ("621661", 19, "中国银行"), ("622188", 19, "中国邮政储蓄银行"),
]
BIN_PREFIXES = {b[0] for b in BINS}

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN = list("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华飞玉萍红鑫波斌宇浩凯健俊帆帅旭宁琳欣颖晨雪梦婷悦佳思雨子涵轩诗雅文博志远建国海燕晓东春梅国庆立新振华德明永红翠兰淑珍凤英桂芝")
HK_NAMES = [
    ("陈家豪", "CHAN KA HO"), ("李嘉欣", "LEE KA YAN"), ("黄志明", "WONG CHI MING"), ("张慧敏", "CHEUNG WAI MAN"),
    ("梁国雄", "LEUNG KWOK HUNG"), ("刘颖诗", "LAU WING SZE"), ("何俊杰", "HO CHUN KIT"), ("吴美玲", "NG MEI LING"),
    ("郑子健", "CHENG TSZ KIN"), ("罗嘉怡", "LAW KA YEE"), ("林志伟", "LAM CHI WAI"), ("谭咏琪", "TAM WING KI"),
]
TW_NAMES = ["林冠宇", "陈怡君", "黄柏翰", "张雅婷", "李承恩", "王淑芬", "吴宗霖", "蔡佩珊", "许家豪", "郑雅雯"]
ROADS = ["文一西路", "学院路", "解放路", "人民路", "建设大道", "中山北路", "滨江大道", "长江路", "新华路", "和平街",
         "光明路", "胜利路", "科技大道", "湖滨路", "青年路", "丰收路", "兴业街", "紫荆路", "桂花巷", "东风路"]
ESTATES = ["金色家园", "阳光花园", "翠苑小区", "锦绣华庭", "绿城桂花园", "万科城", "碧桂园", "新城名苑", "紫金府", "望湖苑",
           "东方明珠苑", "春晓小区", "和谐家园", "丽景湾", "怡景苑"]
SYL = ["zhang", "wang", "li", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu",
       "guo", "lin", "luo", "xie", "song", "tang", "han", "feng", "deng", "cao", "wei", "jie", "hao", "yu", "xin",
       "ming", "hua", "jun", "ling", "fang", "qiang", "lei", "yan", "ting", "xiao", "chun", "hong", "bo", "tao"]
MAIL_DOMAINS = ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "outlook.com", "gmail.com", "139.com",
                "aliyun.com", "sohu.com", "yeah.net", "hotmail.com"]


def name(rng) -> str:
    s = rng.choice(SURNAMES)
    return s + "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2, 2, 2])))


def masked_name(rng) -> str:
    return rng.choice(SURNAMES) + rng.choice(["*", "**", "某", "某某", "*" + rng.choice(GIVEN)])


def region(rng):
    return rng.choice(REGIONS)


def address(rng, reg=None) -> str:
    reg = reg or region(rng)
    city = "" if reg[1] == reg[2] else reg[2]
    return "%s%s%s%s%d号%s%d幢%d单元%d室" % (
        reg[1], city, reg[3], rng.choice(ROADS), rng.randint(1, 899), rng.choice(ESTATES), rng.randint(1, 30),
        rng.randint(1, 4), rng.randint(1, 33) * 100 + rng.randint(1, 4))


def short_address(rng, reg=None) -> str:
    reg = reg or region(rng)
    return "%s%s%s%d号" % (reg[2], reg[3], rng.choice(ROADS), rng.randint(1, 899))


# --------------------------------------------------------------------------------------------------------------
# generators of labelled values

def birth(rng, y0=1955, y1=2004) -> dt.date:
    return dt.date(rng.randint(y0, y1), 1, 1) + dt.timedelta(days=rng.randint(0, 364))


def _check_11643(body17: str) -> str:
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(a) * b for a, b in zip(body17, w, strict=True)) % 11]


def id_card(rng, bd: dt.date | None = None, sex: str | None = None, reg=None, code: str | None = None) -> str:
    bd = bd or birth(rng)
    if code is None:
        reg = reg or region(rng)
        code = reg[0] if bd.year >= REGION_START[reg[0]] else rng.choice(ALLTIME_CODES)
    seq = rng.randint(0, 99) * 10 + rng.choice([1, 3, 5, 7, 9] if sex == "男" else [0, 2, 4, 6, 8] if sex == "女"
                                               else range(10))
    body = "%s%s%03d" % (code, bd.strftime("%Y%m%d"), seq)
    out = body + _check_11643(body)
    assert id_ok(out), out
    return out


def id_wrong_check(rng) -> str:
    while True:
        good = id_card(rng)
        bad = good[:17] + rng.choice([c for c in "0123456789X" if c != good[17]])
        if not scan_text(bad):
            return bad


def mobile(rng) -> str:
    return rng.choice(GEN_SEGMENTS) + "%08d" % rng.randint(0, 99999999)


def _intl_mobile_ok(cc: str, national: str) -> bool:
    p = phonenumbers.parse("+" + cc + national)
    return phonenumbers.is_valid_number(p) and phonenumbers.number_type(p) in (
        phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)


def hk_mobile(rng) -> str:
    while True:
        x = rng.choice("569") + "%07d" % rng.randint(0, 9999999)
        if _intl_mobile_ok("852", x):
            return x


def mo_mobile(rng) -> str:
    while True:
        x = "6" + "%07d" % rng.randint(0, 9999999)
        if _intl_mobile_ok("853", x):
            return x


def tw_mobile(rng) -> str:
    while True:
        x = "9" + "%08d" % rng.randint(10000000, 99999999)
        if _intl_mobile_ok("886", x):
            return x


def landline(rng, area: str | None = None) -> tuple[str, str]:
    area = area or rng.choice(AREA_CODES)
    return area, str(rng.randint(2, 8)) + "%07d" % rng.randint(0, 9999999)


def bank_card(rng) -> str:
    return bank_and_card(rng)[1]


def bank_and_card(rng) -> tuple[str, str]:
    b, n, bank = rng.choice(BINS)
    body = b + "".join(str(rng.randint(0, 9)) for _ in range(n - len(b) - 1))
    return bank, body + luhn.calc_check_digit(body)


def card_luhn_fail(rng) -> str:
    c = bank_card(rng)
    return c[:-1] + str((int(c[-1]) + rng.randint(1, 9)) % 10)


def group4(s: str, sep=" ") -> str:
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def email(rng, local: str | None = None) -> str:
    if local is None:
        k = rng.random()
        if k < 0.35:
            local = rng.choice(SYL) + rng.choice(SYL) + str(rng.randint(1, 999))
        elif k < 0.55:
            local = str(rng.randint(10000000, 3999999999))
        elif k < 0.8:
            local = rng.choice(SYL) + rng.choice([".", "_"]) + rng.choice(SYL) + str(rng.randint(70, 2005))
        else:
            local = rng.choice(SYL)[0] + rng.choice(SYL) + str(rng.randint(10, 99))
    return local + "@" + rng.choice(MAIL_DOMAINS)


def plate(rng, reg=None, new_energy: bool | None = None) -> str:
    pre = (reg or region(rng))[4]
    pool = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    if new_energy is None:
        new_energy = rng.random() < 0.2
    if new_energy:
        return pre + rng.choice("DF") + rng.choice(pool) + "%04d" % rng.randint(0, 9999)
    while True:
        tail = "".join(rng.choice(pool) if rng.random() < 0.3 else rng.choice("0123456789") for _ in range(5))
        if sum(c.isalpha() for c in tail) <= 2:
            return pre + tail


def fmt_plate(rng, p: str) -> str:
    k = rng.random()
    return p[:2] + "·" + p[2:] if k < 0.3 else p[:2] + " " + p[2:] if k < 0.4 else p


def passport(rng) -> str:
    k = rng.random()
    if k < 0.6:
        return "E%08d" % rng.randint(10000000, 99999999)
    if k < 0.85:
        return "E" + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + "%07d" % rng.randint(0, 9999999)
    return "G%08d" % rng.randint(10000000, 99999999)


def hk_passport(rng) -> str:
    return "K%08d" % rng.randint(10000000, 99999999)


def hkm_permit(rng, kind: str = "C") -> str:
    """C = 往来港澳通行证 (mainland residents); H / M = 港澳居民来往内地通行证 (回乡证)."""
    if kind in "HM" and rng.random() < 0.2:
        return kind + "%010d" % rng.randint(1000000000, 9999999999)
    return kind + "%08d" % rng.randint(10000000, 99999999)


def tw_permit(rng) -> str:
    return "%08d" % rng.randint(10000000, 99999999)


IPV4_BLOCKS = ["117.136", "117.139", "223.104", "223.166", "112.97", "183.128", "183.157", "125.118", "115.236",
               "36.110", "39.144", "60.176", "101.68", "120.229", "222.209", "58.100", "114.88", "218.72"]


def ipv4(rng) -> str:
    while True:
        x = "%s.%d.%d" % (rng.choice(IPV4_BLOCKS), rng.randint(0, 255), rng.randint(1, 254))
        if ipaddress.ip_address(x).is_global:
            return x


def ipv6(rng) -> str:
    pre = rng.choice(["240e", "2408", "2409"])
    groups = [pre] + ["%x" % rng.randint(0, 0xFFFF) for _ in range(7)]
    a = ipaddress.ip_address(":".join(groups))
    return a.compressed


def qq(rng) -> str:
    return str(rng.randint(10000, 3999999999)) if rng.random() < 0.85 else str(rng.randint(10000, 999999))


def wechat(rng) -> str:
    k = rng.random()
    if k < 0.15:
        return "wxid_" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14))
    base = rng.choice(SYL) + rng.choice(SYL)
    tail = rng.choice(["", "_", "-"]) + str(rng.randint(1, 99999))
    w = base + tail
    if rng.random() < 0.3:
        w = w.capitalize()
    return w[:20]


def gps(rng, reg=None, spread=0.12, decimals=6) -> tuple[str, str]:
    lat, lng = (reg or region(rng))[6]
    la = lat + rng.uniform(-spread, spread)
    lo = lng + rng.uniform(-spread, spread)
    return "%.*f" % (decimals, la), "%.*f" % (decimals, lo)


def fmt_date(d: dt.date, style: int) -> str:
    return [
        d.strftime("%Y-%m-%d"), "%d年%d月%d日" % (d.year, d.month, d.day), d.strftime("%Y/%m/%d"),
        d.strftime("%Y%m%d"), d.strftime("%Y.%m.%d"), "%d/%d/%d" % (d.year, d.month, d.day),
    ][style]


# --------------------------------------------------------------------------------------------------------------
# generators of look-alikes (never labelled)

def imei(rng) -> str:
    body = rng.choice(["35", "86", "35", "86", "01", "99"]) + "".join(str(rng.randint(0, 9)) for _ in range(12))
    return body + luhn.calc_check_digit(body)


def imsi(rng) -> str:
    return "460" + rng.choice(["00", "01", "02", "07", "11"]) + "%010d" % rng.randint(0, 9999999999)


def iccid(rng) -> str:
    body = "8986" + rng.choice(["00", "01", "03", "11", "06"]) + "".join(
        str(rng.randint(0, 9)) for _ in range(rng.choice([12, 13])))
    return body + luhn.calc_check_digit(body)


def meid(rng) -> str:
    return "A0000" + "".join(rng.choice("0123456789ABCDEF") for _ in range(9))


_VIN_T = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
          **dict(zip("JKLMN", range(1, 6), strict=True)), "P": 7, "R": 9,
          **dict(zip("STUVWXYZ", range(2, 10), strict=True))}
_VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(rng) -> str:
    wmi = rng.choice(["LSV", "LFV", "LGB", "LVS", "LHG", "LBV", "LGW", "LRW", "LSG", "LDC"])
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(wmi + "".join(rng.choice(chars) for _ in range(5)) + "0" + rng.choice("NPRS")
             + rng.choice(chars) + "%06d" % rng.randint(0, 999999))
    s = sum(_VIN_T[c] * w for c, w in zip(v, _VIN_W, strict=True)) % 11
    v[8] = "X" if s == 10 else str(s)
    return "".join(v)


def uscc_code(rng, reg=None) -> str:
    code = (reg or region(rng))[0]
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    while True:
        body = rng.choice(["91", "92", "12", "52"]) + code + "MA" + "".join(rng.choice(chars) for _ in range(7))
        c = body + uscc.calc_check_digit(body)
        if uscc.is_valid(c) and any(ch.isalpha() for ch in c[8:]):
            return c


def digits(rng, n: int, first: str = "123456789") -> str:
    return rng.choice(first) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def safe_digits(rng, n: int, prefix: str = "", first: str = "123456789") -> str:
    """A run of digits that the accident scan cannot read as a mobile, an ID or a bank card."""
    while True:
        s = prefix + digits(rng, n - len(prefix), first) if n > len(prefix) else prefix
        if not scan_text(s):
            return s


def trap_eleven(rng) -> str:
    return rng.choice(TRAP_SEGMENTS) + "%08d" % rng.randint(0, 99999999)


def private_ip(rng) -> str:
    k = rng.randint(0, 4)
    return ["10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)),
            "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254)),
            "192.168.%d.%d" % (rng.randint(0, 10), rng.randint(1, 254)),
            "100.%d.%d.%d" % (rng.randint(64, 127), rng.randint(0, 255), rng.randint(1, 254)),
            "127.0.0.1"][k]


def mask_mobile(m: str) -> str:
    return m[:3] + "****" + m[7:]


def mask_id(i: str, rng) -> str:
    k = rng.random()
    if k < 0.4:
        return i[:4] + "*" * 10 + i[14:]
    if k < 0.7:
        return i[:6] + "********" + i[14:]
    return i[:1] + "*" * 16 + i[17:]


# --------------------------------------------------------------------------------------------------------------
# validators (span text as written)

_DATE_RES = [
    re.compile(r"^(\d{4})-(\d{2})-(\d{2})$"), re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$"),
    re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$"), re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
    re.compile(r"^(\d{4})\.(\d{2})\.(\d{2})$"),
]


def parse_date(s: str) -> dt.date | None:
    for r in _DATE_RES:
        m = r.match(s)
        if m:
            try:
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                return None
    return None


def id_ok(s: str) -> bool:
    x = fold_width(s).replace(" ", "").upper()
    if not re.fullmatch(r"\d{17}[\dX]", x):
        return False
    if x[:6] in ("810000", "820000", "830000"):
        try:
            dt.date(int(x[6:10]), int(x[10:12]), int(x[12:14]))
        except ValueError:
            return False
        return _check_11643(x[:17]) == x[17]
    return ric.is_valid(x)


def _id_valid_any_region(x: str) -> bool:
    x = x.upper()
    if not re.fullmatch(r"\d{17}[\dX]", x) or _check_11643(x[:17]) != x[17]:
        return False
    try:
        d = dt.date(int(x[6:10]), int(x[10:12]), int(x[12:14]))
    except ValueError:
        return False
    return 1900 <= d.year <= 2025


_EMOJI_SEP = re.compile(r"[\u2600-\u27bf\u2b00-\u2bff\U0001F000-\U0001FAFF\ufe0f\u200d]+")


def mobile_ok(s: str) -> bool:
    if s != s.strip() or not s:
        return False
    x = fold(s)
    if not (x[0].isdigit() or x[0] in "+("):
        return False
    if not x[-1].isdigit():
        return False
    if "\u20e3" in x:  # keycaps are never labelled
        return False
    for cc in ("852", "886", "853"):
        m = re.match(r"^(?:\+|00|\(\+?)%s\)?[ -]?" % cc, x)
        if m:
            rest = re.sub(r"[ -]", "", x[m.end():])
            if not rest.isdigit():
                return False
            try:
                return _intl_mobile_ok(cc, rest)
            except phonenumbers.NumberParseException:
                return False
    x = re.sub(r"^(?:\(\+86\)|\+86|0086)[ -]?", "", x)
    x = _EMOJI_SEP.sub("", x)
    x = re.sub(r"[ \-./_~|、—]", "", x)
    if len(x) == 13 and x.startswith("86"):
        x = x[2:]
    return bool(re.fullmatch(r"\d{11}", x)) and x[:3] in MOBILE_SEGMENTS


def landline_ok(s: str) -> bool:
    x = fold_width(s)
    if not re.fullmatch(r"(?:\+86[ -]?)?\(?\d{2,4}\)?[ -]?\d{3,4}[ -]?\d{4}", x):
        return False
    d = re.sub(r"\D", "", x)
    if x.startswith("+86"):
        d = "0" + d[2:]
    for area in AREA_CODES:
        local = d[len(area):]
        if d.startswith(area) and len(local) in (7, 8) and local[0] in "2345678":
            return True
    return False


def bank_ok(s: str) -> bool:
    x = re.sub(r"[ -]", "", fold_width(s))
    return x.isdigit() and 16 <= len(x) <= 19 and x[:6] in BIN_PREFIXES and luhn.is_valid(x)


_EMAIL = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")


def email_ok(s: str) -> bool:
    x = s
    # evasive forms (documented): 'abc#163.com', 'abc(at)163.com', 'abc at 163 dot com'
    x = re.sub(r"\s*(?:\(at\)|（at）|\[at\]| at |#)\s*", "@", x)
    x = re.sub(r" dot ", ".", x)
    return bool(_EMAIL.match(x))


_PLATE = re.compile(r"^[%s][A-HJ-NP-Z][·・ ]?(?:[A-HJ-NP-Z0-9]{5}|[DF][A-HJ-NP-Z0-9]{5})$" % PLATE_PROVINCES)


def plate_ok(s: str) -> bool:
    return bool(_PLATE.match(s))


def passport_ok(s: str) -> bool:
    return bool(re.fullmatch(r"E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8}|K\d{8}", s))


def hkm_ok(s: str) -> bool:
    return bool(re.fullmatch(r"[CHM]\d{8}|[HM]\d{10}", s))


def ip_ok(s: str) -> bool:
    try:
        a = ipaddress.ip_address(s)
    except ValueError:
        return False
    return a.is_global


def qq_ok(s: str) -> bool:
    if s != s.strip():
        return False
    x = fold(s).replace(" ", "")
    return bool(re.fullmatch(r"[1-9]\d{4,10}", x))


def wechat_ok(s: str) -> bool:
    return bool(re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]{5,19}|wxid_[a-z0-9]{10,20}", s))


def gps_ok(s: str) -> bool:
    m = re.fullmatch(r"(-?\d{1,3}\.\d{4,8})°?\s*[,，]?\s*(-?\d{1,3}\.\d{4,8})°?", s)
    if not m:
        return False
    a, b = float(m.group(1)), float(m.group(2))
    lat, lng = (a, b) if a < b else (b, a)
    return 3 < lat < 54 and 73 < lng < 136


def birthdate_ok(s: str) -> bool:
    d = parse_date(s)
    return d is not None and 1920 <= d.year <= 2024


VALIDATORS = {
    "ID_CARD": id_ok, "MOBILE": mobile_ok, "LANDLINE": landline_ok, "BANK_CARD": bank_ok, "EMAIL": email_ok,
    "PLATE": plate_ok, "PASSPORT": passport_ok, "HK_MACAO_PERMIT": hkm_ok, "IP": ip_ok, "QQ": qq_ok,
    "WECHAT": wechat_ok, "GPS": gps_ok, "BIRTHDATE": birthdate_ok,
}


# --------------------------------------------------------------------------------------------------------------
# accident scan: text with the labelled spans blanked must hold nothing that looks like a labelled type

_SEP = r"[ .\-]?"
_MOB_RE = re.compile(r"(?<![0-9])1[3-9]\d(?:%s\d){8}(?![0-9])" % _SEP)
_ID_RE = re.compile(r"(?<![0-9A-Za-z])\d{6} ?\d{8} ?\d{3}[0-9Xx](?![0-9A-Za-z])")
_CARD_RE = re.compile(r"(?<![0-9])62\d{2}(?:[ -]?\d){12,15}(?![0-9])")
_MAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_IP4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
_IP6_RE = re.compile(r"(?<![0-9A-Fa-f:])[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![0-9A-Fa-f:])")
_PLATE_RE = re.compile(r"[%s][A-HJ-NP-Z][·・ ]?[A-HJ-NP-Z0-9]{5,6}(?![A-Za-z0-9])" % PLATE_PROVINCES)
_GPS_RE = re.compile(r"(?<![\d.])\d{1,3}\.\d{4,}°?\s*[,，]\s*\d{1,3}\.\d{4,}")
_PASS_RE = re.compile(r"(?<![A-Za-z0-9])(?:E\d{8}|E[A-HJ-NP-Z]\d{7}|[CHMGK]\d{8}|[HM]\d{10})(?![0-9])")
_LAND_RE = re.compile(r"(?<![0-9])\(?0\d{2,3}\)?[ -]\d{3,4}[ -]?\d{4}(?![0-9])")
_BIRTH_RE = re.compile(r"(?:出生日期|出生年月日|生日|出生于|DOB|Date of birth)[：:\s]*"
                       r"(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}|\d{8})")
_QQ_RE = re.compile(r"(?<![A-Za-z0-9])(?:QQ|qq|扣扣|企鹅号)[号码]*[：:\s]*[1-9]\d{4,10}")
_WX_RE = re.compile(r"(?<![A-Za-z0-9])(?:微信|微 信|wx|vx|VX|WX|V信|薇信|薇)[号]*[：:\s]*[A-Za-z][A-Za-z0-9_-]{5,19}")


def scan_text(t: str) -> list[str]:
    """Things in ``t`` that a reader would take for a value of a labelled type."""
    out = []
    for ft in (fold_width(t), fold(t)):
        for m in _MOB_RE.finditer(ft):
            if re.fullmatch(r"\d{1,3}(?:\.\d{1,3}){3}", m.group()):
                continue  # an IPv4 address, not a mobile spread with dots
            d = re.sub(r"\D", "", m.group())
            if d[:3] in MOBILE_SEGMENTS:
                out.append("mobile %r" % m.group())
    ft = fold_width(t)
    for m in _ID_RE.finditer(ft):
        if _id_valid_any_region(m.group().replace(" ", "")):
            out.append("id %r" % m.group())
    for m in _CARD_RE.finditer(ft):
        d = re.sub(r"\D", "", m.group())
        if 16 <= len(d) <= 19 and luhn.is_valid(d):
            out.append("card %r" % m.group())
    for r, what in ((_MAIL_RE, "email"), (_PLATE_RE, "plate"), (_GPS_RE, "gps"), (_PASS_RE, "passport/permit"),
                    (_LAND_RE, "landline"), (_BIRTH_RE, "birthdate"), (_QQ_RE, "qq"), (_WX_RE, "wechat")):
        for m in r.finditer(ft):
            if what == "landline" and not landline_ok(m.group()):
                continue
            out.append("%s %r" % (what, m.group()))
    for m in _IP4_RE.finditer(ft):
        try:
            if ipaddress.ip_address(m.group()).is_global:
                out.append("ip %r" % m.group())
        except ValueError:
            pass
    for m in _IP6_RE.finditer(ft):
        try:
            a = ipaddress.ip_address(m.group())
        except ValueError:
            continue
        if a.is_global:
            out.append("ip6 %r" % m.group())
    return out
