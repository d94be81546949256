# ruff: noqa: N802, N812, B905 — a blind probe builder kept as its author wrote it
"""Fake people and addresses for probe12 (no real person; streets and numbers invented).

Every generator takes a ``random.Random`` so the build is reproducible.
"""
from __future__ import annotations

import random

COMMON = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾郝龚邵严覃戴孔汤")
RARE = list("谯琚仉笪宓庹禚眭亓佘邬冼隗蒯郜逯訾厍晏卞芮羿璩蔺甄鞠阚")
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐",
            "长孙", "宇文", "司徒", "夏侯", "端木", "南宫", "澹台", "濮阳", "闻人", "呼延"]
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华建国志红玉兰峰鹏晨宇浩博睿欣怡梓涵轩雨萱思佳俊嘉文婷雪琳晓海斌辉慧颖凯丹宏春梅德荣昊锦瑶蕾楠泽悦琪铭钰毅航璐翔")
MIN_GIVEN = ["阿依古丽", "艾力", "古丽娜尔", "买买提", "热依拉", "迪丽娜尔", "努尔江", "帕尔哈提",
             "吾买尔", "米日古丽", "叶尔兰", "阿卜杜拉", "再努尔", "木拉提"]
MIN_FATHER = ["买买提", "托合提", "吐尔逊", "艾山", "阿不都", "热合曼", "卡德尔", "司马义", "沙吾提", "努尔"]


def person(rng: random.Random, kind: str | None = None) -> str:
    """A fake full name. kind: common / rare / compound / minority (random if None)."""
    if kind is None:
        kind = rng.choices(["common", "rare", "compound", "minority"], [62, 14, 14, 10])[0]
    if kind == "minority":
        return rng.choice(MIN_GIVEN) + "·" + rng.choice(MIN_FATHER)
    if kind == "compound":
        return rng.choice(COMPOUND) + "".join(rng.sample(GIVEN, rng.choice([1, 2, 2])))
    sur = rng.choice(RARE if kind == "rare" else COMMON)
    return sur + "".join(rng.sample(GIVEN, rng.choice([1, 2, 2, 2])))


def surname(rng: random.Random) -> str:
    return rng.choice(COMMON + COMPOUND[:4])


# real province / city / district names (GB/T 2260); streets, estates and numbers below are invented
URBAN = [
    ("浙江省", "杭州市", ["西湖区", "拱墅区", "余杭区", "滨江区"]),
    ("江苏省", "南京市", ["鼓楼区", "玄武区", "江宁区"]),
    ("江苏省", "苏州市", ["吴中区", "姑苏区", "相城区"]),
    ("广东省", "广州市", ["天河区", "海珠区", "白云区"]),
    ("广东省", "深圳市", ["南山区", "福田区", "龙岗区"]),
    ("四川省", "成都市", ["武侯区", "锦江区", "成华区"]),
    ("湖北省", "武汉市", ["洪山区", "江汉区", "武昌区"]),
    ("湖南省", "长沙市", ["岳麓区", "雨花区", "开福区"]),
    ("山东省", "青岛市", ["崂山区", "市南区", "李沧区"]),
    ("河南省", "郑州市", ["金水区", "二七区", "中原区"]),
    ("福建省", "厦门市", ["思明区", "湖里区"]),
    ("陕西省", "西安市", ["雁塔区", "碑林区", "未央区"]),
    ("安徽省", "合肥市", ["蜀山区", "包河区"]),
    ("辽宁省", "沈阳市", ["和平区", "浑南区"]),
    ("云南省", "昆明市", ["五华区", "盘龙区"]),
    ("江西省", "南昌市", ["东湖区", "青山湖区"]),
    ("广西壮族自治区", "南宁市", ["青秀区", "西乡塘区"]),
    ("新疆维吾尔自治区", "乌鲁木齐市", ["天山区", "沙依巴克区"]),
    ("", "北京市", ["朝阳区", "海淀区", "丰台区"]),
    ("", "上海市", ["浦东新区", "徐汇区", "闵行区"]),
    ("", "天津市", ["河西区", "南开区"]),
    ("", "重庆市", ["渝中区", "江北区"]),
]
RURAL = [
    ("浙江省", "金华市", "浦江县"), ("河南省", "周口市", "商水县"), ("四川省", "南充市", "仪陇县"),
    ("湖南省", "邵阳市", "隆回县"), ("安徽省", "阜阳市", "临泉县"), ("山东省", "菏泽市", "曹县"),
    ("江西省", "赣州市", "于都县"), ("甘肃省", "天水市", "秦安县"), ("河北省", "保定市", "涞水县"),
]
ROOT = list("青槐望溪云杉新桥德润明川兴华瑞丰景泰安和松涛柳岸金沙银杏枫林")
ROAD_SUFFIX = ["路", "路", "街", "大道", "巷"]
ESTATE_SUFFIX = ["小区", "花园", "家园", "公寓", "苑", "新村"]
TOWN_SUFFIX = ["镇", "乡"]


def _word(rng: random.Random, n: int = 2) -> str:
    return "".join(rng.sample(ROOT, n))


def region(rng: random.Random) -> tuple[str, str, str]:
    prov, city, dists = rng.choice(URBAN)
    return prov, city, rng.choice(dists)


def address(rng: random.Random, kind: str | None = None) -> str:
    """A fake postal address: first division/road word ... last unit."""
    if kind is None:
        kind = rng.choices(["full", "nocity", "rural", "street_office", "road_only"], [40, 20, 18, 12, 10])[0]
    if kind == "rural":
        prov, city, county = rng.choice(RURAL)
        s = f"{prov}{city}{county}{_word(rng)}{rng.choice(TOWN_SUFFIX)}{_word(rng)}村"
        if rng.random() < 0.6:
            s += f"{rng.randint(1, 12)}组"
        if rng.random() < 0.5:
            s += f"{rng.randint(1, 88)}号"
        return s
    prov, city, dist = region(rng)
    road = f"{_word(rng)}{rng.choice(ROAD_SUFFIX)}{rng.randint(1, 999)}号"
    tail_kind = rng.random()
    if tail_kind < 0.45:
        tail = (f"{_word(rng)}{rng.choice(ESTATE_SUFFIX)}{rng.randint(1, 30)}"
                f"{rng.choice(['栋', '幢', '号楼'])}{rng.randint(1, 6)}单元{rng.randint(1, 33)}{rng.randint(1, 4):02d}室")
    elif tail_kind < 0.7:
        tail = f"{rng.randint(1, 20)}{rng.choice(['栋', '幢'])}{rng.randint(1, 28)}{rng.randint(1, 8):02d}室"
    elif tail_kind < 0.85:
        tail = f"{rng.randint(1, 12)}-{rng.randint(1, 6)}-{rng.randint(1, 33)}0{rng.randint(1, 4)}"
    else:
        tail = ""
    if kind == "road_only":
        return road + tail
    if kind == "street_office":
        return f"{city}{dist}{_word(rng)}街道{road}{tail}"
    if kind == "nocity":
        return f"{city}{dist}{road}{tail}"
    return f"{prov}{city}{dist}{road}{tail}"


def id_number(rng: random.Random) -> str:
    """Fake 18-digit resident ID with a valid GB 11643 check digit (never labelled)."""
    area = rng.choice(["330106", "320102", "440106", "510107", "420111", "410105", "370212"])
    birth = f"{rng.randint(1960, 2005)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    body = area + birth + f"{rng.randint(0, 999):03d}"
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, w)) % 11]


def phone(rng: random.Random) -> str:
    return rng.choice(["138", "139", "151", "177", "186", "199"]) + f"{rng.randint(0, 99999999):08d}"


def postcode(rng: random.Random) -> str:
    return f"{rng.randint(10, 85)}{rng.randint(0, 9999):04d}"


def date(rng: random.Random) -> str:
    return f"{rng.randint(2019, 2025)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
