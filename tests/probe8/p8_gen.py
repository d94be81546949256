"""Fake-value generators and the span-recording document builder for probe 8.

Every person, phone number, street and house number here is invented by seeded random choice. Province, city
and district names are real (GB/T 2260 and the usual Taiwan / Hong Kong / Macau divisions); streets, estates and
numbers are made up.
"""

from __future__ import annotations

import random
import unicodedata

# ----------------------------------------------------------------------------------------------------------------
# names

COMMON_SURNAMES = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
RARE_SURNAMES = list("禚亓逯郗笪蔺佘滕冼仉芮阙詹牟訾郦钮宓闵隗揭晏幸荆谯扈栾仝眭虞檀岑沃巫敖甄琚冀仇殳卞蒯庹")
COMPOUND_SURNAMES = [
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "慕容",
    "东方",
    "皇甫",
    "尉迟",
    "公孙",
    "令狐",
    "夏侯",
    "端木",
    "宇文",
    "长孙",
    "司徒",
]
GIVEN = list(
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红鹏辉建国飞琳婷雪慧宁欣晨宇浩轩子涵梓萱思雨嘉怡博文"
    "诺佳俊志鑫海燕兰凤春晓云梅莉倩颖楠昊睿泽铭瑶悦琪彤淑永德福荣成斌锋亮新安东林波宏丹婉蕾璐茜昕然骁翔旭煜"
    "卓峥舒航麒蔚澜钰"
)
MINORITY_FIRST = [
    "阿卜杜拉",
    "买买提",
    "艾力",
    "古丽娜尔",
    "热依拉",
    "阿依古丽",
    "努尔",
    "帕提古丽",
    "迪丽拜尔",
    "麦麦提",
    "阿布都",
    "热合曼",
    "巴图",
    "其其格",
    "娜仁",
    "托娅",
    "吐尔洪",
    "米热班",
]
MINORITY_SECOND = [
    "艾力",
    "吐尔逊",
    "依明",
    "买买提",
    "阿不都",
    "热合曼",
    "艾尔肯",
    "卡德尔",
    "玉素甫",
    "阿西木",
    "巴特尔",
    "那顺",
    "司马义",
    "托合提",
]
# names that are also ordinary words (hard_fields)
WORD_NAMES = [
    "高峰",
    "文静",
    "王者",
    "白雪",
    "江山",
    "林海",
    "夏雨",
    "安宁",
    "钟情",
    "黎明",
    "金星",
    "石磊",
    "方正",
    "向东",
    "马力",
    "高明",
    "常青",
    "连胜",
    "田野",
    "齐心",
    "万里",
    "程序",
    "甘露",
    "宋词",
]

TRAD_SURNAMES = list(
    "陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周葉蘇莊呂江何蕭羅高潘簡朱鍾彭游詹胡施沈余盧梁趙顏柯翁"
    "魏孫戴范方宋鄧杜傅侯曹薛丁卓馬阮董唐溫藍蔣石古紀姚連馮"
)
TRAD_COMPOUND = ["歐陽", "司馬", "諸葛", "上官", "慕容"]
TRAD_GIVEN = list(
    "偉芳娜敏靜麗強磊軍洋勇豔傑娟濤明超秀霞平剛華玉萍紅鵬輝建國飛琳婷雪慧寧欣晨宇浩軒子涵怡嘉俊"
    "志鑫海燕蘭鳳春曉雲梅莉倩穎瑤琪彤淑德榮成斌鋒亮詩維佩君宜庭柏翰豪瑋蓁"
)


def person(rng: random.Random, kind: str | None = None) -> str:
    """A fake simplified-script name of 2–4 characters (or a minority name with a middle dot)."""
    if kind is None:
        kind = rng.choices(["common", "rare", "compound", "minority"], [70, 12, 12, 6])[0]
    if kind == "minority":
        first = rng.choice(MINORITY_FIRST)
        return first + "·" + rng.choice([x for x in MINORITY_SECOND if x != first])
    if kind == "compound":
        return rng.choice(COMPOUND_SURNAMES) + "".join(rng.choices(GIVEN, k=rng.choice([1, 2, 2])))
    sur = rng.choice(RARE_SURNAMES if kind == "rare" else COMMON_SURNAMES)
    return sur + "".join(rng.choices(GIVEN, k=rng.choice([1, 2, 2, 2])))


def trad_person(rng: random.Random) -> str:
    if rng.random() < 0.1:
        return rng.choice(TRAD_COMPOUND) + "".join(rng.choices(TRAD_GIVEN, k=rng.choice([1, 2])))
    return rng.choice(TRAD_SURNAMES) + "".join(rng.choices(TRAD_GIVEN, k=rng.choice([1, 2, 2, 2])))


def masked_person(rng: random.Random) -> str:
    sur = rng.choice(COMMON_SURNAMES)
    return rng.choice(
        [sur + "*", sur + "**", sur + "某", sur + "某某", sur + "＊＊", "*" + rng.choice(GIVEN)]
    )


# ----------------------------------------------------------------------------------------------------------------
# phones and other non-labelled values


def phone(rng: random.Random, masked: bool | None = None) -> str:
    prefix = rng.choice(
        ["138", "139", "135", "137", "150", "151", "158", "186", "187", "177", "199", "133", "181"]
    )
    tail = "".join(rng.choices("0123456789", k=8))
    if masked is None:
        masked = rng.random() < 0.4
    if masked:
        return prefix + "****" + tail[4:]
    return prefix + tail


def tracking(rng: random.Random, prefix: str = "SF") -> str:
    return prefix + "".join(rng.choices("0123456789", k=12))


NICKNAMES = [
    "小鱼儿",
    "阿杰",
    "追风少年",
    "快乐小猪",
    "月亮船",
    "柠檬不酸",
    "大白兔",
    "星星点灯",
    "橘子汽水",
    "冰糖葫芦",
    "夜猫子",
    "小太阳",
    "南风知我意",
    "奶茶续命",
    "胖虎",
    "阿狸",
    "布丁",
    "木子",
]
USERNAMES = [
    "user_8812",
    "zw_1990",
    "happy2024",
    "lemon_tree",
    "hz_runner",
    "cat_lover7",
    "sunny_day",
    "abc12345",
    "qq_77251",
    "wx_bluesky",
    "tb_shopper9",
    "momo_88",
]
COMPANY_HEAD = [
    "云帆",
    "恒信",
    "华兴",
    "启明",
    "瑞丰",
    "博远",
    "天成",
    "锦程",
    "嘉禾",
    "鼎盛",
    "汇通",
    "众诚",
    "新锐",
    "晨曦",
]
COMPANY_TAIL = [
    "科技有限公司",
    "贸易有限公司",
    "商贸有限责任公司",
    "信息技术有限公司",
    "物流有限公司",
    "餐饮管理有限公司",
    "电子商务有限公司",
    "建筑工程有限公司",
]
NOTES = ["加急", "老客户", "周末送货", "请放快递柜", "到付", "易碎品", "已核实", "二次配送", "工作日送", "无"]


def company(rng: random.Random, city: str | None = None) -> str:
    c = (city or rng.choice(["杭州", "深圳", "南京", "成都", "武汉", "苏州"])).removesuffix("市")
    return c + rng.choice(COMPANY_HEAD) + rng.choice(COMPANY_TAIL)


# ----------------------------------------------------------------------------------------------------------------
# addresses (simplified)

# (province, city, district) — real names; municipalities have province == city
DIVISIONS = [
    ("浙江省", "杭州市", "西湖区"),
    ("浙江省", "宁波市", "鄞州区"),
    ("浙江省", "金华市", "义乌市"),
    ("广东省", "深圳市", "南山区"),
    ("广东省", "广州市", "天河区"),
    ("广东省", "佛山市", "南海区"),
    ("广东省", "东莞市", "长安镇"),
    ("江苏省", "南京市", "鼓楼区"),
    ("江苏省", "苏州市", "昆山市"),
    ("四川省", "成都市", "武侯区"),
    ("四川省", "南充市", "仪陇县"),
    ("湖北省", "武汉市", "洪山区"),
    ("山东省", "青岛市", "市南区"),
    ("山东省", "菏泽市", "曹县"),
    ("河南省", "郑州市", "金水区"),
    ("河南省", "周口市", "鹿邑县"),
    ("福建省", "厦门市", "思明区"),
    ("湖南省", "长沙市", "岳麓区"),
    ("湖南省", "邵阳市", "隆回县"),
    ("陕西省", "西安市", "雁塔区"),
    ("辽宁省", "沈阳市", "和平区"),
    ("云南省", "昆明市", "五华区"),
    ("安徽省", "合肥市", "蜀山区"),
    ("安徽省", "阜阳市", "临泉县"),
    ("江西省", "南昌市", "东湖区"),
    ("广西壮族自治区", "南宁市", "青秀区"),
    ("新疆维吾尔自治区", "乌鲁木齐市", "天山区"),
    ("河北省", "石家庄市", "长安区"),
    ("黑龙江省", "哈尔滨市", "南岗区"),
    ("吉林省", "长春市", "朝阳区"),
    ("山西省", "太原市", "小店区"),
    ("贵州省", "贵阳市", "南明区"),
    ("甘肃省", "兰州市", "城关区"),
    ("内蒙古自治区", "呼和浩特市", "新城区"),
    ("海南省", "海口市", "龙华区"),
    ("宁夏回族自治区", "银川市", "兴庆区"),
    ("北京市", "北京市", "朝阳区"),
    ("北京市", "北京市", "海淀区"),
    ("上海市", "上海市", "浦东新区"),
    ("上海市", "上海市", "徐汇区"),
    ("天津市", "天津市", "河西区"),
    ("重庆市", "重庆市", "渝中区"),
]
RURAL = [d for d in DIVISIONS if d[2].endswith("县") or d[2].endswith("市") and d[0] != d[1]]

STREET_CHARS = list(
    "长宁兴华和平安福新康庆丰源泰明光云松桂槐柳青枫梧桐湖滨江文学府德胜春晖锦绣金沙银杏翠竹望海朝阳建育才振"
)
STREET_SUFFIX = ["路", "路", "路", "街", "大道", "中路", "东路", "北路", "西路", "南街"]
ESTATE_SUFFIX = ["小区", "花园", "家园", "苑", "公寓", "新村", "名苑", "华庭", "雅居", "嘉园", "府", "城"]
TOWN_CHARS = list("石桥河口湾坪塘岭溪山庄集堡店屯")
VILLAGE_SUFFIX = ["村", "村", "村"]
BUILDING_NAMES = [
    "国贸大厦",
    "世纪大厦",
    "金融中心",
    "科技大厦",
    "环球中心",
    "时代广场",
    "财富中心",
    "创业大厦",
]


def street(rng: random.Random) -> str:
    return "".join(rng.sample(STREET_CHARS, 2)) + rng.choice(STREET_SUFFIX)


def estate(rng: random.Random) -> str:
    return "".join(rng.sample(STREET_CHARS, 2)) + rng.choice(ESTATE_SUFFIX)


def unit_tail(rng: random.Random) -> str:
    b, u, f, r = rng.randint(1, 32), rng.randint(1, 6), rng.randint(1, 33), rng.randint(1, 4)
    room = f"{f}{r:02d}"
    return rng.choice(
        [
            f"{b}栋{u}单元{room}室",
            f"{b}幢{room}室",
            f"{b}号楼{u}单元{room}",
            f"{b}-{u}-{room}",
            f"{b}栋{room}",
            f"{b}幢{u}单元{room}室",
            f"{b}号楼{room}室",
            f"{b}栋{u}单元{f}楼{room}",
        ]
    )


def division_prefix(rng: random.Random, div: tuple[str, str, str], level: str | None = None) -> str:
    prov, city, dist = div
    if level is None:
        level = rng.choices(["full", "city", "dist", "none"], [55, 20, 10, 15])[0]
    if prov == city:  # municipality
        return {"full": city + dist, "city": city + dist, "dist": dist, "none": ""}[level]
    return {"full": prov + city + dist, "city": city + dist, "dist": dist, "none": ""}[level]


def address(
    rng: random.Random, form: str | None = None, level: str | None = None, spaced: bool = False
) -> str:
    """A fake postal address. ``form`` picks the shape; ``spaced`` puts spaces between the divisions."""
    div = rng.choice(DIVISIONS)
    if form is None:
        form = rng.choices(
            ["estate", "road", "village", "lane", "tower", "industrial", "community", "hyphen"],
            [35, 20, 10, 8, 8, 6, 8, 5],
        )[0]
    if form == "village":
        div = rng.choice(RURAL)
    if form == "lane":
        div = ("上海市", "上海市", rng.choice(["徐汇区", "静安区", "长宁区", "普陀区", "虹口区", "杨浦区"]))
    prov, city, dist = div
    if spaced:
        pre = " ".join([prov, city, dist] if prov != city else [city, dist]) + " "
    else:
        pre = division_prefix(rng, div, "full" if form == "village" else level)
    no = rng.randint(1, 999)
    if form == "estate":
        body = f"{street(rng)}{no}号{estate(rng)}{unit_tail(rng)}"
    elif form == "road":
        body = f"{street(rng)}{no}号" + rng.choice(
            ["", f"{rng.randint(2, 30)}楼", f"{rng.randint(101, 2808)}室"]
        )
    elif form == "village":
        town = "".join(rng.sample(TOWN_CHARS, 2)) + rng.choice(["镇", "乡"])
        vil = "".join(rng.sample(STREET_CHARS, 2)) + rng.choice(VILLAGE_SUFFIX)
        body = (
            town
            + vil
            + rng.choice(
                [
                    f"{rng.randint(1, 12)}组",
                    f"{rng.randint(1, 12)}组{rng.randint(1, 80)}号",
                    f"{rng.randint(1, 120)}号",
                ]
            )
        )
    elif form == "lane":
        body = f"{street(rng)}{no}弄{rng.randint(1, 60)}号{rng.randint(101, 1802)}室"
    elif form == "tower":
        body = f"{street(rng)}{no}号{rng.choice(BUILDING_NAMES)}" + rng.choice(
            [
                f"{rng.choice('ABCD')}座{rng.randint(5, 40)}{rng.randint(1, 20):02d}",
                f"{rng.randint(5, 40)}层{rng.randint(1, 20):02d}室",
                f"{rng.randint(501, 3208)}室",
            ]
        )
    elif form == "industrial":
        body = f"{''.join(rng.sample(STREET_CHARS, 2))}工业区{street(rng)}{no}号" + rng.choice(
            [f"{rng.randint(1, 12)}栋{rng.randint(1, 6)}楼", f"{rng.choice('ABC')}栋{rng.randint(101, 508)}"]
        )
    elif form == "community":
        body = (
            f"{''.join(rng.sample(STREET_CHARS, 2))}街道{''.join(rng.sample(STREET_CHARS, 2))}社区"
            f"{estate(rng)}{unit_tail(rng)}"
        )
    elif form == "hyphen":
        body = f"{street(rng)}{no}号{estate(rng)}{rng.randint(1, 30)}-{rng.randint(1, 6)}-{rng.randint(101, 2602)}"
    else:
        raise ValueError(form)
    return pre + body


def region_only(rng: random.Random) -> tuple[str, str, str]:
    return rng.choice(DIVISIONS)


def masked_address(rng: random.Random) -> str:
    prov, city, dist = rng.choice(DIVISIONS)
    head = prov + city if prov != city else city
    return rng.choice(
        [
            head + dist + "*" * rng.randint(4, 10),
            head + dist + street(rng)[:1] + "**路**号",
            head + "****",
            prov + "******",
            head + dist + "***小区**栋***室",
        ]
    )


def postcode(rng: random.Random) -> str:
    return str(rng.randint(100000, 860000))


# ----------------------------------------------------------------------------------------------------------------
# addresses (traditional script: Taiwan, Hong Kong, Macau, and mainland addresses written in traditional script)

TW_DIVS = [
    ("臺北市", "大安區", "106"),
    ("臺北市", "信義區", "110"),
    ("臺北市", "中山區", "104"),
    ("新北市", "板橋區", "220"),
    ("新北市", "新店區", "231"),
    ("臺中市", "西屯區", "407"),
    ("高雄市", "苓雅區", "802"),
    ("臺南市", "東區", "701"),
    ("桃園市", "中壢區", "320"),
    ("台北市", "內湖區", "114"),
    ("新竹市", "東區", "300"),
]
TW_ROADS = [
    "忠孝東路",
    "復興南路",
    "中山北路",
    "民生東路",
    "文化路",
    "中正路",
    "民權路",
    "建國路",
    "光復路",
    "和平東路",
    "信義路",
    "中華路",
    "成功路",
    "自由路",
]
CN_NUM = "一二三四五六七"
HK_AREAS = [
    ("香港九龍", ["旺角", "油麻地", "尖沙咀", "深水埗", "觀塘"]),
    ("香港島", ["灣仔", "銅鑼灣", "北角", "中環"]),
    ("香港新界", ["沙田", "荃灣", "屯門", "元朗"]),
    ("九龍", ["紅磡", "九龍城", "黃大仙"]),
]
HK_ROADS = [
    "彌敦道",
    "英皇道",
    "軒尼詩道",
    "青山公路",
    "大埔道",
    "窩打老道",
    "亞皆老街",
    "太子道西",
    "德輔道中",
]
HK_BLDG = ["中心", "大廈", "商業大廈", "花園", "閣", "廣場"]
MO_AREAS = ["澳門", "澳門氹仔", "澳門路環", "澳門半島"]
MO_ROADS = [
    "新馬路",
    "高士德大馬路",
    "友誼大馬路",
    "宋玉生廣場",
    "亞馬喇前地",
    "白朗古將軍大馬路",
    "黑沙環中街",
]
TRAD_MAINLAND = [
    ("廣東省", "深圳市", "南山區"),
    ("浙江省", "杭州市", "西湖區"),
    ("福建省", "廈門市", "思明區"),
    ("江蘇省", "蘇州市", "昆山市"),
    ("湖北省", "武漢市", "洪山區"),
    ("廣東省", "廣州市", "天河區"),
]
TRAD_STREET_CHARS = list(
    "長寧興華和平安福新康慶豐源泰明光雲松桂槐柳青楓梧桐湖濱江文學府德勝春暉錦繡金沙銀杏翠竹望海"
)


def tw_address(rng: random.Random) -> tuple[str, str]:
    """(postcode, address) — the postcode is written before the address and is outside the span."""
    city, dist, pc = rng.choice(TW_DIVS)
    road = rng.choice(TW_ROADS)
    sec = f"{rng.choice(CN_NUM[:4])}段" if rng.random() < 0.5 else ""
    lane = rng.choice(["", f"{rng.randint(1, 300)}巷", f"{rng.randint(1, 300)}巷{rng.randint(1, 30)}弄"])
    floor = rng.choice(
        [
            "",
            f"{rng.randint(2, 20)}樓",
            f"{rng.randint(2, 20)}樓之{rng.randint(1, 9)}",
            f"{rng.choice(CN_NUM)}樓",
        ]
    )
    return pc + rng.choice(
        ["", "", "00", "45"]
    ), f"{city}{dist}{road}{sec}{lane}{rng.randint(1, 400)}號{floor}"


def hk_address(rng: random.Random) -> str:
    area, subs = rng.choice(HK_AREAS)
    name = "".join(rng.sample(TRAD_STREET_CHARS, 2)) + rng.choice(HK_BLDG)
    return f"{area}{rng.choice(subs)}{rng.choice(HK_ROADS)}{rng.randint(1, 700)}號{name}" + rng.choice(
        [
            f"{rng.randint(2, 40)}樓{rng.randint(1, 30)}室",
            f"{rng.randint(2, 40)}樓{rng.choice('ABCDEFGH')}室",
            f"{rng.randint(1, 6)}座{rng.randint(2, 40)}樓{rng.choice('ABCDEFGH')}",
        ]
    )


def mo_address(rng: random.Random) -> str:
    name = "".join(rng.sample(TRAD_STREET_CHARS, 2)) + rng.choice(["花園", "大廈", "新邨", "閣"])
    return f"{rng.choice(MO_AREAS)}{rng.choice(MO_ROADS)}{rng.randint(1, 600)}號{name}" + rng.choice(
        [
            f"{rng.randint(2, 30)}樓{rng.choice('ABCDEF')}",
            f"第{rng.randint(1, 8)}座{rng.randint(2, 30)}樓{rng.choice('ABCDEF')}座",
        ]
    )


def trad_mainland_address(rng: random.Random) -> str:
    prov, city, dist = rng.choice(TRAD_MAINLAND)
    st = "".join(rng.sample(TRAD_STREET_CHARS, 2)) + rng.choice(["路", "街", "大道"])
    est = "".join(rng.sample(TRAD_STREET_CHARS, 2)) + rng.choice(["花園", "小區", "苑", "公寓"])
    return f"{prov}{city}{dist}{st}{rng.randint(1, 800)}號{est}{rng.randint(1, 30)}棟{rng.randint(1, 6)}單元{rng.randint(101, 2603)}室"


# ----------------------------------------------------------------------------------------------------------------
# document builder


class SpanError(ValueError):
    pass


def _bad_edge(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch)[0] in "PSZ" or ch in "*＊"


class Doc:
    """Builds a text piece by piece and records where each labelled value went."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._n = 0
        self._spans: list[tuple[int, int, str, str]] = []

    def t(self, *texts: str) -> Doc:
        for s in texts:
            self._parts.append(s)
            self._n += len(s)
        return self

    def p(self, value: str) -> Doc:
        return self._ent(value, "PERSON")

    def a(self, value: str) -> Doc:
        return self._ent(value, "ADDRESS")

    def _ent(self, value: str, label: str) -> Doc:
        self._spans.append((self._n, self._n + len(value), label, value))
        return self.t(value)

    def build(self) -> tuple[str, list[list]]:
        text = "".join(self._parts)
        spans = sorted(self._spans)
        for i, (s, e, label, value) in enumerate(spans):
            if text[s:e] != value:
                raise SpanError(f"span text {text[s:e]!r} != inserted {value!r}")
            if not value or _bad_edge(value[0]) or _bad_edge(value[-1]):
                raise SpanError(f"span {value!r} ({label}) has whitespace or punctuation at an edge")
            if label not in ("PERSON", "ADDRESS"):
                raise SpanError(label)
            if i and spans[i - 1][1] > s:
                raise SpanError(f"overlapping spans {spans[i - 1]} and {(s, e, label)}")
        return text, [[s, e, label] for s, e, label, _ in spans]
