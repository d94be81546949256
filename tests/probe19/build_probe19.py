# ruff: noqa
"""probe19 — blind accuracy probe for ADDRESS (and PERSON): postal addresses as people type them.

Every value is fake and generated here with a fixed seed (1919). Province / prefecture / county names come from
the GB/T 2260 table shipped with python-stdnum 2.2 (``stdnum/cn/loc.dat``); Hong Kong / Macao / Taiwan district
names are a small hard-coded list of real names (the stdnum table has no districts for them). Roads, estates,
villages, house numbers, rooms, people and phone numbers are invented.

    python build_probe19.py          # (re)write probe19.jsonl
    python build_probe19.py --check  # rebuild in memory; exit 1 unless byte-identical with the file on disk

The build RAISES if a span does not re-validate for its type, spans overlap, a span has leading/trailing
whitespace or punctuation, a trap document has spans (or looks like it holds a numbered street address), or a
generated address or name occurs anywhere in the corpus outside a span of its type.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

NAME = "probe19"
SEED = 1919
HERE = Path(__file__).resolve().parent
OUT = HERE / f"{NAME}.jsonl"
GENRE_SIZES = {"typed_lines": 120, "forms": 60, "chats": 60, "traps19": 60}
TYPES = ("PERSON", "ADDRESS")


# ----------------------------------------------------------------------------------------------------------
# GB/T 2260 gazetteer (python-stdnum 2.2)
# ----------------------------------------------------------------------------------------------------------


def _loc_path() -> Path:
    import stdnum

    return Path(stdnum.__file__).parent / "cn" / "loc.dat"


def _current(value: str) -> str | None:
    """The name a code carries today (a segment without an end year), or None if it was retired."""
    for seg in value.split(","):
        m = re.fullmatch(r"\[(\d*)-(\d*)\](.+)", seg)
        if m is None:
            return seg
        if m.group(2) == "":
            return m.group(3)
    return None


_SKIP_COUNTY = {"市辖区", "县", "市区", "郊区", "矿区"}


def load_gazetteer():
    """[(province, prefecture-or-None, county)] for every current county-level unit of the mainland."""
    provs: dict[str, str] = {}
    prefs: dict[str, str] = {}
    counties: list[tuple[str, str | None, str]] = []
    pcode = None
    for line in _loc_path().read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if not line.startswith(" "):
            pcode, rest = line.split(" ", 1)
            provs[pcode] = re.fullmatch(r'province="(.*)"', rest).group(1)
            continue
        code, rest = line.strip().split(" ", 1)
        name = _current(re.fullmatch(r'county="(.*)"', rest).group(1))
        if name is None or pcode in ("71", "81", "82"):
            continue
        pref, cnty = code[:2], code[2:]
        if pref == "00":
            continue
        if cnty == "00":
            prefs[pcode + pref] = name
            continue
        if name in _SKIP_COUNTY or "辖" in name or "區" in name:  # 大兴安岭's 加格達奇區 etc. are not GB/T 2260 units
            continue
        key = pcode + pref
        if key not in prefs:
            continue
        city = prefs[key]
        if city == "三沙市":  # islands with a garrison, no postal addresses to speak of
            continue
        if city in ("市辖区", "县") or "直辖" in city:
            city = None
        counties.append((provs[pcode], city, name))
    return counties


PROV_SHORT = {
    "内蒙古自治区": "内蒙古",
    "广西壮族自治区": "广西",
    "西藏自治区": "西藏",
    "宁夏回族自治区": "宁夏",
    "新疆维吾尔自治区": "新疆",
}
MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")


def prov_short(p: str) -> str:
    return PROV_SHORT.get(p) or p.rstrip("省市")


def city_short(c: str) -> str:
    return c[:-1] if c.endswith("市") and len(c) >= 3 else c


def dist_short(d: str) -> str:
    if len(d) >= 3 and d[-1] in "区县市" and not d.endswith(("新区", "自治县", "矿区", "林区")):
        return d[:-1]
    return d


# ----------------------------------------------------------------------------------------------------------
# invented vocabulary
# ----------------------------------------------------------------------------------------------------------

ROAD_PRE = (
    "文三 学源 建设 解放 人民 中山 新华 和平 胜利 光明 幸福 长江 振兴 创业 科技 金桥 银杏 梧桐 枫林 松柏 翠竹 "
    "兰亭 望江 临江 滨河 湖滨 天目 紫荆 丹桂 海棠 玉兰 青年 工农 东风 红旗 迎宾 站前 府前 环城 永安 太平 长乐 "
    "龙泉 凤鸣 金沙 银河 星光 明珠 锦绣 春晖 育才 书院 文化 体育 公园 北环 南环 东环 西环 经一 纬二 创新 "
    "学林 桂溪 沙河 白鹭 杏坛 荷塘 柳浪 芙蓉 茶山 盐仓 米市 铁塔 钟楼 鼓楼 通济 汇丰 瑞祥 庆丰 兴隆 德胜 "
    "安居 乐业 福寿 康宁 丰收 景观 锦屏 云台 凌霄 碧波 金鸡 洪山 雨润 晨光"
).split()
ROAD_SUF = ["路"] * 8 + ["街", "街", "大道", "大街", "东路", "西路", "南路", "北路", "中路", "一路", "二路", "巷"]
TOWN_PRE = (
    "城关 新城 东湖 西溪 北山 南苑 古荡 翠苑 长庆 石桥 桃源 柳营 清河 白沙 青龙 黄泥 双桥 三里 五里 七星 "
    "金鸡岭 大桥 新塘 沙井 松岗 横岗 龙华 潮音 马坊 灵山 石牛 凤凰 梅林 竹溪 枫桥"
).split()
VILLAGE_PRE = (
    "石门 枫树 杨家 李家湾 大塘 下坪 岭头 新屋 桥头 东山 后山 河口 沙坪 高桥 竹林 上庄 马庄 刘家庄 "
    "黄土坡 柏树 双河 白果 油坊 铁炉 罗家坝 长冲 塘湾 岩口 水井 田心 草坪 烟墩 牛角 茶园 新田"
).split()
ESTATE_PRE = (
    "阳光 金色 绿洲 锦江 碧水 蓝湾 香樟 紫金 世纪 万家 和谐 怡景 丽景 御景 滨江 湖畔 春江 秋水 桂花 玫瑰 "
    "枫丹 云栖 星河 中央 天悦 盛世 华府 东城 西苑 南湖 北辰 翡翠 水岸 听涛 观澜 悦澜 溪岸 金域 璟园 博雅 "
    "逸品 宜居 安馨 泰和 鸿运 祥瑞 新港 梧桐 海逸 康城"
).split()
ESTATE_SUF = ["花园", "花园", "小区", "小区", "苑", "家园", "公寓", "新村", "名苑", "雅苑", "华庭", "府", "城", "嘉园", "公馆"]
ESTATE_PHASE = ["一期", "二期", "三期", "南区", "北区", "东区", "西区"]
TOWER_PRE = "恒鑫 嘉华 国贸 汇金 天成 创智 福瑞 宏图 泰富 信达 华美 金茂 环球 时代 银泰".split()
MALL_PRE = "万达 银泰 吾悦 龙湖 大润发 永辉 华润万家 苏宁".split()
COMPANY_WORD = "瀚海 星辰 云帆 启航 青禾 卓越 明远 博睿 汇智 灵犀 鲲鹏 蓝鲸 微光 朗月".split()
COMPANY_IND = "网络科技 信息技术 电子商务 文化传媒 贸易 供应链管理 餐饮管理 教育咨询 建筑工程 生物科技".split()
UNIV_KIND_CITY = "理工学院 职业技术学院 师范学院 工商学院 财经学院 医学院 信息工程学院 科技学院".split()
UNIV_KIND_PROV = "工业大学 理工大学 科技大学 师范大学 财经大学 医科大学 农业大学 交通大学".split()
CAMPUS = "东 西 南 北 主 新 老".split()
DORM_PRE = "桃李 丹青 紫薇 芝兰 杏林 松涛 明德 至善 博学 笃行 竹园 梅园 兰园 菊园".split()
DEPTS = "心内科 骨科 神经外科 产科 呼吸内科 肿瘤科 消化内科 泌尿外科 儿科 眼科".split()
SUMU = "巴彦乌拉 宝力根 额尔敦宝拉格 查干淖尔 哈日阿图 乌兰哈达 呼和温都尔 敖包图 赛罕塔拉 新宝力格 那仁宝力格".split()
GACHA = "查干敖包 巴彦德勒 乌兰陶勒盖 呼和诺尔 宝日胡舒 伊和乌拉 额很 沙巴尔台 巴音花 希日塔拉 阿日善".split()
BINGTUAN = [  # (division, city) — the XPCC divisions and the cities they administer (GB/T 2260 names)
    ("第一师", "阿拉尔市"),
    ("第二师", "铁门关市"),
    ("第三师", "图木舒克市"),
    ("第四师", "可克达拉市"),
    ("第五师", "双河市"),
    ("第六师", "五家渠市"),
    ("第七师", "胡杨河市"),
    ("第八师", "石河子市"),
    ("第十师", "北屯市"),
    ("第十四师", "昆玉市"),
]

# Hong Kong / Macao / Taiwan (real district and area names; roads and buildings invented), Traditional script
HK_AREAS = [
    ("九龍", "旺角"), ("九龍", "尖沙咀"), ("九龍", "油麻地"), ("九龍", "深水埗"), ("九龍", "觀塘"), ("九龍", "紅磡"),
    ("", "銅鑼灣"), ("", "灣仔"), ("", "北角"), ("", "西營盤"), ("新界", "沙田"), ("新界", "荃灣"),
    ("新界", "屯門"), ("新界", "元朗"), ("新界", "將軍澳"), ("新界", "大埔"),
]
HK_PRE = "富康 德興 景輝 宏發 利源 永樂 昌盛 嘉禾 恒安 泰和 福華 怡景 寶華 順昌 瑞興".split()
MO_AREAS = ["", "", "氹仔", "路環"]
MO_PRE = "永福 德勝 瑞祥 高華 利群 福隆 海景 新勝 蓮峰 嘉樂".split()
TW_DISTRICTS = {
    "臺北市": "大安區 信義區 中山區 松山區 士林區 內湖區 文山區 北投區 萬華區 中正區".split(),
    "新北市": "板橋區 三重區 中和區 永和區 新莊區 新店區 汐止區 淡水區".split(),
    "臺中市": "西屯區 北屯區 南屯區 西區 北區".split(),
    "高雄市": "苓雅區 三民區 前鎮區 鼓山區 左營區 鳳山區".split(),
    "桃園市": "中壢區 桃園區 平鎮區".split(),
    "臺南市": "東區 永康區 安平區".split(),
}
TW_PRE = "永福 建興 文昌 光華 中興 德明 福德 興隆 瑞安 嘉興 明德 長春".split()
TW_SECTIONS = "一二三四五"
TRAD_LOCS = [  # (Traditional, Simplified) — the Simplified triple must exist in the GB/T 2260 table
    (("廣東省", "深圳市", "南山區"), ("广东省", "深圳市", "南山区")),
    (("福建省", "廈門市", "思明區"), ("福建省", "厦门市", "思明区")),
    (("上海市", None, "浦東新區"), ("上海市", None, "浦东新区")),
    (("廣東省", "廣州市", "天河區"), ("广东省", "广州市", "天河区")),
    (("北京市", None, "朝陽區"), ("北京市", None, "朝阳区")),
    (("江蘇省", "蘇州市", "吳中區"), ("江苏省", "苏州市", "吴中区")),
    (("浙江省", "杭州市", "濱江區"), ("浙江省", "杭州市", "滨江区")),
]
COASTAL = [  # (province, coastal prefecture) for typhoon reports
    ("浙江省", "温州"), ("浙江省", "台州"), ("浙江省", "宁波"), ("浙江省", "舟山"), ("福建省", "福州"), ("福建省", "厦门"),
    ("福建省", "泉州"), ("福建省", "漳州"), ("福建省", "宁德"), ("广东省", "湛江"), ("广东省", "茂名"), ("广东省", "阳江"),
    ("广东省", "汕头"), ("广东省", "珠海"), ("广东省", "江门"), ("广西壮族自治区", "北海"), ("广西壮族自治区", "防城港"),
    ("海南省", "海口"), ("海南省", "三亚"), ("海南省", "文昌"), ("江苏省", "盐城"), ("江苏省", "南通"), ("山东省", "青岛"),
    ("山东省", "日照"), ("山东省", "烟台"), ("山东省", "威海"),
]
TRAD_ROADS = "科技園路 興華路 鳳凰路 長樂街 華僑路 錦繡大道 濱海大道 學府路 蓮花路 東湖路 龍華路 鴻運街".split()
TRAD_ESTATES = "陽光花園 碧海灣 錦繡華庭 翠苑小區 東方名苑 濱江公寓 海景華府 綠洲家園".split()

# people
SURNAMES = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范石廖贾夏韦付方邹孟熊秦邱尹薛闫段雷侯史陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤"
)
COMPOUND_SURNAMES = "欧阳 司马 上官 诸葛 东方 慕容 皇甫 令狐 尉迟 司徒 夏侯".split()
GIVEN = list(
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞刚桂英华玉萍红鹏飞辉晨宇浩轩梓涵欣怡睿博思雨婷佳嘉俊凯琳雪倩颖帆琪瑶"
    "昊然诺沐晗泽楠彤菲蕾薇璐岚瑾昕妍建国志海燕丹斌鑫亮晓"
)
TRAD_SURNAMES = list("陳黃張劉林吳蔡鄭許謝楊趙羅梁李王周葉郭曾廖賴")
TRAD_GIVEN = list("偉麗軍傑娟濤華紅鵬飛輝軒涵欣睿婷俊凱琳雪倩穎帆琪瑤諾澤楠彤菲薇嵐瑾妍靜敏娜芳強明超秀霞剛英玉萍晨宇浩怡志豪宏")
UYGHUR_FATHER = "艾力 买买提 阿不都 努尔 吐尔逊 托合提 艾合买提 依明 肉孜 阿力木 麦麦提 吾斯曼 玉苏甫 哈力克 阿不都热依木".split()
UYGHUR = "艾力 买买提 阿不都 热依拉 古丽米拉 努尔 阿依古丽 迪丽努尔 帕提古丽 吐尔逊 托合提 艾合买提 依明 肉孜 阿力木 米热古丽 祖丽胡玛尔 麦麦提 吾斯曼 玉苏甫 哈力克".split()
MONGOL = "巴特尔 其其格 那日苏 斯琴高娃 乌日娜 敖登格日乐 苏日娜 朝鲁门 阿拉坦仓 包额尔德尼".split()
NICKNAMES = "小鱼 阿杰 老王 大橘 胖虎 小太阳 木木 糖糖 阿宝 芒果 妈妈 老婆 老公 宝宝 表姐 二舅 房东 一只猫 Leo 🌻向日葵".split()
TITLES = ["女士", "先生", "老师", "医生", "经理", "同学", "阿姨", "师傅"]

PHONE_PREFIX = "130 131 132 133 135 136 137 138 139 150 151 152 153 155 156 157 158 159 166 176 177 180 181 182 183 185 186 187 188 189 191 198 199".split()
CN_DIGITS = "〇一二三四五六七八九"


def cn_num(n: int) -> str:
    """1..99 as a Chinese numeral (十二, 二十三)."""
    if n < 10:
        return CN_DIGITS[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else CN_DIGITS[t]) + "十" + ("" if u == 0 else CN_DIGITS[u])


def cn_digits(n: int) -> str:
    """143 -> 一四三 (the way XPCC regiments are numbered)."""
    return "".join(CN_DIGITS[int(c)] for c in str(n))


_FW = {ord(c): ord(c) + 0xFEE0 for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-"}


def fullwidth(s: str) -> str:
    return s.translate(_FW)


# ----------------------------------------------------------------------------------------------------------
# validation
# ----------------------------------------------------------------------------------------------------------

PERSON_SURNAMES = set(SURNAMES) | set(TRAD_SURNAMES)
_HAN = r"[\u4e00-\u9fff]"
# an address must hold a division, road or named-place word ...
ADDRESS_ANCHOR = re.compile(
    r"省|市|区|區|县|縣|旗|盟|州|镇|鎮|乡|鄉|街道|村|苏木|嘎查|团|师|路|街|道|巷|弄|胡同|大道|号|號|"
    r"花园|花園|小区|小區|苑|家园|公寓|新村|大厦|大廈|邨|校区|医院|学院|大学|"
    r"嘉园|华庭|公馆|府|城|期|栋|棟|幢|单元|單元|楼|樓|室|座"  # a unit-only continuation message (see README, split addresses)
)
# ... and end on a unit (number, room, building, floor, bed, 组/号/连) or a named place (estate, building,
# campus, village) — never on a delivery point, landmark or note
ADDRESS_END = re.compile(
    r"(?:[0-9０-９A-Za-zＡ-Ｚａ-ｚ]|号|號|室|楼|樓|栋|棟|幢|座|单元|單元|层|層|组|組|连|床|舍|户|"
    r"花园|花園|小区|小區|苑|家园|公寓|新村|名苑|雅苑|华庭|府|城|嘉园|公馆|期|南区|北区|东区|西区|大厦|大廈|"
    r"村|嘎查|校区|中心|邨|閣|厂房)$"
)
ADDRESS_FORBIDDEN = (
    "驿站", "快递柜", "丰巢", "附近", "旁边", "对面", "东门", "西门", "南门", "北门", "门口", "门卫", "前台",
    "放门", "代收", "收件", "电话", "手机", "有限公司", "*", "＊", "XX", "xx", "\n", "\t", "（", "）", "(", ")", "，", ",", "：",
    "护士站", "物业",
)


def valid_person(s: str) -> bool:
    if "·" in s:
        parts = s.split("·")
        return len(parts) == 2 and all(re.fullmatch(_HAN + "{2,6}", p) for p in parts)
    if s in MONGOL:
        return True
    if not re.fullmatch(_HAN + "{2,4}", s):
        return False
    if s[:2] in COMPOUND_SURNAMES:
        return len(s) in (3, 4)
    return s[0] in PERSON_SURNAMES and len(s) in (2, 3)


def valid_address(s: str) -> bool:
    if len(s) < 5 or not ADDRESS_ANCHOR.search(s) or not ADDRESS_END.search(s):
        return False
    return not any(w in s for w in ADDRESS_FORBIDDEN)


VALIDATORS = {"PERSON": valid_person, "ADDRESS": valid_address}


def _edge_bad(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch)[0] in "PZSC"


# ----------------------------------------------------------------------------------------------------------
# document builder
# ----------------------------------------------------------------------------------------------------------


class Doc:
    def __init__(self, registry: dict[str, set[str]]):
        self.parts: list[str] = []
        self.spans: list[list] = []
        self.n = 0
        self.reg = registry

    def t(self, s: str) -> "Doc":
        self.parts.append(s)
        self.n += len(s)
        return self

    def lab(self, s: str, typ: str) -> "Doc":
        start = self.n
        self.t(s)
        self.spans.append([start, self.n, typ])
        self.reg[typ].add(s)
        return self

    def a(self, s: str) -> "Doc":
        return self.lab(s, "ADDRESS")

    def p(self, s: str) -> "Doc":
        return self.lab(s, "PERSON")

    def text(self) -> str:
        return "".join(self.parts)


# ----------------------------------------------------------------------------------------------------------
# generators
# ----------------------------------------------------------------------------------------------------------


class Gen:
    def __init__(self, rng: random.Random, counties):
        self.r = rng
        self.counties = counties
        self.urban_locs = [c for c in counties if c[2].endswith("区")]
        self.countylevel = [c for c in counties if c[2].endswith("市") and c[1] is not None]
        self.rural = [c for c in counties if c[2].endswith(("县", "旗")) and c[1] is not None]
        self.banners = [c for c in counties if c[2].endswith("旗") and c[0] == "内蒙古自治区"]
        self.muni = [c for c in counties if c[0] in MUNICIPALITIES and c[2].endswith("区")]
        self.division_text = "|".join("|".join(x for x in c if x) for c in counties)
        self.division_names = {n for c in counties for n in (c[0], prov_short(c[0]), c[2], dist_short(c[2]))} | {
            n for c in counties if c[1] for n in (c[1], city_short(c[1]))}
        self.used_names: set[str] = set()

    # -- small helpers --------------------------------------------------------------------------------------
    def ch(self, seq):
        return self.r.choice(seq)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def phone(self, style: str | None = None) -> str:
        s = self.ch(PHONE_PREFIX) + "".join(str(self.r.randint(0, 9)) for _ in range(8))
        style = style or self.ch(["plain"] * 5 + ["dash", "space", "masked", "plus"])
        if style == "dash":
            return f"{s[:3]}-{s[3:7]}-{s[7:]}"
        if style == "space":
            return f"{s[:3]} {s[3:7]} {s[7:]}"
        if style == "masked":
            return f"{s[:3]}****{s[7:]}"
        if style == "plus":
            return "+86 " + s
        if style == "fw":
            return fullwidth(s)
        return s

    def postcode(self) -> str:
        return f"{self.r.randint(10, 85)}{self.r.randint(0, 9999):04d}"

    def _fresh(self, make) -> str:
        for _ in range(200):
            n = make()
            if not n or n in self.used_names or n in self.division_text:
                continue
            self.used_names.add(n)
            return n
        raise RuntimeError("could not draw a fresh name")

    def name(self) -> str:
        def make():
            if self.chance(0.06):
                return self.ch(COMPOUND_SURNAMES) + "".join(self.r.sample(GIVEN, self.r.choice([1, 2])))
            return self.ch(SURNAMES) + "".join(self.r.sample(GIVEN, self.r.choice([1, 2, 2, 2])))

        return self._fresh(make)

    def trad_name(self) -> str:
        return self._fresh(lambda: self.ch(TRAD_SURNAMES) + "".join(self.r.sample(TRAD_GIVEN, 2)))

    def uyghur_name(self) -> str:
        def make():
            given, father = self.ch(UYGHUR), self.ch(UYGHUR_FATHER)
            return "" if given == father else f"{given}·{father}"

        return self._fresh(make)

    def mongol_name(self) -> str:
        return self._fresh(lambda: self.ch(MONGOL))

    # -- address pieces -------------------------------------------------------------------------------------
    def loc(self, kind: str = "urban"):
        if kind == "urban":
            pool = self.ch([self.urban_locs, self.urban_locs, self.urban_locs, self.countylevel, self.rural])
        elif kind == "muni":
            pool = self.muni
        elif kind == "rural":
            pool = self.ch([self.rural, self.rural, self.countylevel])
        else:
            pool = self.counties
        return self.ch(pool)

    def divisions(self, loc, style: str) -> list[str]:
        """style: full | short | veryshort | noprov | cityshort | dist | none"""
        prov, city, dist = loc
        muni = prov in MUNICIPALITIES
        if style == "none":
            return []
        if style == "dist":
            return [dist]
        if style == "full":
            return [prov] + ([city] if city and not muni else []) + [dist]
        if style == "short":
            return [prov_short(prov)] + ([city_short(city)] if city and not muni else []) + [dist]
        if style == "veryshort":
            return [prov_short(prov)] + ([city_short(city)] if city and not muni else []) + [dist_short(dist)]
        if style == "noprov":
            if muni or not city:
                return [prov, dist]
            return [city, dist]
        if style == "cityshort":
            if muni or not city:
                return [prov_short(prov), dist]
            return [city_short(city), dist]
        raise ValueError(style)

    def road(self) -> str:
        pre = self.ch(ROAD_PRE)
        suf = self.ch(ROAD_SUF)
        if pre[-1] in "一二" and suf[-2:-1] in ("一", "二", "东", "西", "南", "北", "中"):
            suf = "路"
        return pre + suf

    def housenum(self, lane: bool = False) -> list[str]:
        n = self.r.choice([self.r.randint(1, 99), self.r.randint(1, 399), self.r.randint(100, 1999)])
        if lane:
            return [f"{n}弄", f"{self.r.randint(1, 60)}号"]
        v = self.r.random()
        if v < 0.12:
            return [f"{n}-{self.r.randint(1, 9)}号"]
        if v < 0.16:
            return [f"{n}附{self.r.randint(1, 9)}号"]
        return [f"{n}号"]

    def estate(self) -> str:
        while True:
            pre, suf = self.ch(ESTATE_PRE), self.ch(ESTATE_SUF)
            if not set(pre) & set(suf):
                break
        e = pre + suf
        if self.chance(0.18):
            e += self.ch(ESTATE_PHASE)
        return e

    def unit(self, style: str | None = None) -> list[str]:
        b = self.r.randint(1, 32)
        u = self.r.randint(1, 6)
        fl = self.r.randint(1, 33)
        room = f"{fl}{self.r.randint(1, 4):02d}"
        style = style or self.ch(
            ["幢单元室", "栋单元", "号楼单元", "compact3", "compact3", "compact2", "栋室", "幢", "座", "letter座",
             "号楼room", "栋单元楼", "号楼", "层", "幢单元室", "栋单元"]
        )
        L = self.ch("ABCDE")
        return {
            "幢单元室": [f"{b}幢", f"{u}单元", f"{room}室"],
            "栋单元": [f"{b}栋", f"{u}单元", room],
            "号楼单元": [f"{b}号楼", f"{u}单元", room],
            "compact3": [f"{b}-{u}-{room}"],
            "compact2": [f"{b}-{room}"],
            "栋室": [f"{b}栋", f"{room}室"],
            "幢": [f"{b}幢", room],
            "座": [f"{b}座", room],
            "letter座": [f"{L}座", f"{room}室"],
            "号楼room": [f"{b}号楼", room],
            "栋单元楼": [f"{b}栋", f"{u}单元", f"{fl}楼"],
            "号楼": [f"{b}号楼"],
            "层": [f"{fl}层", room],
        }[style]

    def town(self, rural: bool = False) -> str:
        return self.ch(TOWN_PRE) + (self.ch(["镇", "镇", "乡"]) if rural else self.ch(["街道", "街道", "镇"]))

    def join(self, parts: list[str], spacey: bool = False) -> str:
        out = parts[0]
        for p in parts[1:]:
            if spacey and self.chance(0.55):
                out += self.ch([" ", " ", " ", "  ", "\u3000"])
            out += p
        return out

    # -- whole addresses ------------------------------------------------------------------------------------
    def urban(self, *, div: str | None = None, loc=None, town: bool | None = None, estate: bool | None = None,
              unit: str | None | bool = None, spacey: bool = False, fw: bool = False, typo: bool = False,
              kind: str = "urban", parts_out: list | None = None, typo_rng: random.Random | None = None) -> str:
        loc = loc or self.loc(kind)
        div = div or self.ch(["full", "full", "short", "veryshort", "noprov", "noprov", "cityshort", "dist"])
        parts = self.divisions(loc, div)
        if town is None:
            town = self.chance(0.15)
        if town:
            parts.append(self.town())
        lane = loc[0] == "上海市" and self.chance(0.4)
        parts += [self.road()] + self.housenum(lane)
        if estate is None:
            estate = self.chance(0.75)
        if estate:
            parts.append(self.estate())
        if unit is None:
            unit = self.chance(0.85)
        if unit:
            parts += self.unit(unit if isinstance(unit, str) else None)
        if typo:
            parts = self.typo(parts)
        if typo_rng is not None:  # an extra slip drawn from a side stream (keeps the main stream unchanged)
            parts = self.typo(parts, typo_rng)
        if parts_out is not None:
            parts_out.extend(parts)
        s = self.join(parts, spacey)
        return fullwidth(s) if fw else s

    def typo(self, parts: list[str], rng: random.Random | None = None) -> list[str]:
        """A realistic slip in a non-final part (never in a real division name)."""
        subs = [("幢", "撞"), ("单元", "单无"), ("路", "陆"), ("小区", "小曲"), ("花园", "花圆"), ("号楼", "号搂"),
                ("路", "路路"), ("号", "hao")]
        divs = ("省", "市", "区", "县", "旗", "盟", "州", "街道", "镇", "乡")
        ok = [i for i, p in enumerate(parts[:-1]) if not p.endswith(divs) and p not in self.division_names]
        if rng is None:
            cands = [(i, a, b) for i in ok for a, b in subs if a in parts[i]]
            if not cands:
                return parts
            i, a, b = self.ch(cands)
        else:  # pick the kind of slip first, so that frequent characters (号) do not dominate
            kinds = [(a, b) for a, b in subs if any(a in parts[i] for i in ok)]
            if not kinds:
                return parts
            a, b = rng.choice(kinds)
            i = rng.choice([i for i in ok if a in parts[i]])
        parts = list(parts)
        parts[i] = parts[i].replace(a, b, 1)
        return parts

    def rural_addr(self, *, div: str | None = None, ending: str | None = None, spacey: bool = False,
                   loc=None) -> str:
        loc = loc or self.loc("rural")
        div = div or self.ch(["full", "full", "short", "noprov", "noprov", "dist"])
        parts = self.divisions(loc, div)
        parts.append(self.town(rural=True))
        parts.append(self.ch(VILLAGE_PRE) + "村")
        g = self.r.randint(1, 12)
        n = self.r.randint(1, 99)
        ending = ending or self.ch(["组号", "组号", "cn组号", "组", "cn组", "号", "村", "自然村"])
        if ending == "组号":
            parts += [f"{g}组", f"{n}号"]
        elif ending == "cn组号":
            parts += [f"{cn_num(g)}组", f"{n}号"]
        elif ending == "组":
            parts.append(f"{g}组")
        elif ending == "cn组":
            parts.append(f"{cn_num(g)}组")
        elif ending == "号":
            parts.append(f"{n}号")
        elif ending == "自然村":
            parts += [self.ch(VILLAGE_PRE) + "自然村", f"{n}号"]
        return self.join(parts, spacey)

    def bingtuan(self) -> str:
        div, city = self.ch(BINGTUAN)
        reg = self.ch([f"{cn_digits(self.r.randint(101, 190))}团", f"{cn_num(self.r.randint(1, 16))}团"])
        lian = self.ch([f"{self.r.randint(1, 25)}连", f"{cn_num(self.r.randint(1, 25))}连"])
        head = self.ch([
            f"新疆{city}", f"新疆维吾尔自治区{city}", f"新疆兵团{div}", f"新疆{div}{city}",
            f"新疆维吾尔自治区{div}", f"兵团{div}",
        ])
        tail = self.ch(["", "", f"{self.r.randint(1, 80)}号", f"{self.r.randint(1, 9)}栋{self.r.randint(1, 3)}0{self.r.randint(1, 4)}"])
        return head + reg + lian + tail

    def nmg(self) -> str:
        prov, city, banner = self.ch(self.banners)
        head = self.ch([f"内蒙古{city}", f"内蒙古自治区{city}", f"{city}", f"内蒙古"]) + banner
        mid = self.ch([self.ch(SUMU) + "苏木", self.ch(SUMU) + "苏木", self.ch(TOWN_PRE) + "镇"])
        tail = self.ch([self.ch(GACHA) + "嘎查", self.ch(GACHA) + f"嘎查{self.r.randint(1, 60)}号",
                        self.ch(GACHA) + f"嘎查{cn_num(self.r.randint(1, 8))}组"])
        return head + mid + tail

    def local_name(self, loc) -> str:
        """What a zone, hospital or company is named after: the city, or the county when the prefecture
        is an autonomous prefecture / league / 地区 with a long name."""
        prov, city, dist = loc
        if city and city.endswith("市"):
            return city_short(city)
        if city is None and prov in MUNICIPALITIES:
            return prov_short(prov)
        return dist_short(dist)

    def zone(self, loc, with_city: bool = True) -> str:
        c = self.local_name(loc) if with_city else ""
        return self.ch([f"{c}经济技术开发区", f"{c}高新技术产业开发区", f"{c}高新区", f"{c}经开区",
                        f"{dist_short(loc[2])}工业园区", f"{self.ch(TOWN_PRE)}工业园", f"{c}大学城"])

    def devzone(self, spacey: bool = False) -> str:
        loc = self.loc("urban")
        div = self.ch(["full", "short", "noprov"])
        prov, city, dist = loc
        parts = self.divisions(loc, div)
        if self.chance(0.5):  # the zone often replaces the district
            parts = parts[:-1]
        if not parts:
            parts = [prov_short(prov)]
        named_city = city is not None and parts[-1] in (city, city_short(city))
        parts.append(self.zone(loc, with_city=not named_city))
        parts += [self.road()] + self.housenum()
        parts += self.ch([
            [f"{self.ch(TOWER_PRE)}科技园", f"{self.r.randint(1, 12)}号楼", f"{self.r.randint(1, 20)}楼"],
            [f"{self.r.randint(1, 30)}号厂房"],
            [f"{self.ch(TOWER_PRE)}创业大厦", f"{self.ch('ABC')}座", f"{self.r.randint(2, 25)}0{self.r.randint(1, 9)}室"],
            [f"{self.ch(TOWER_PRE)}产业园", f"{self.r.randint(1, 9)}栋", f"{self.r.randint(1, 6)}层"],
            [f"{self.ch(ESTATE_PRE)}人才公寓", f"{self.r.randint(1, 9)}-{self.r.randint(2, 18)}0{self.r.randint(1, 8)}"],
        ])
        return self.join(parts, spacey)

    def university(self, loc) -> str:
        prov, city, dist = loc
        if self.chance(0.5) and city:
            return city_short(city) + self.ch(UNIV_KIND_CITY)
        return prov_short(prov) + self.ch(UNIV_KIND_PROV)

    def dorm(self, spacey: bool = False) -> str:
        loc = self.loc("urban")
        prov, city, dist = loc
        parts = self.divisions(loc, self.ch(["full", "short", "noprov", "cityshort"]))
        if self.chance(0.3):
            parts.append("大学城" if len(parts) > 1 else self.local_name(loc) + "大学城")
        if self.chance(0.8):
            parts += [self.road()] + self.housenum()
        parts.append(self.university(loc))
        if self.chance(0.5):
            parts.append(self.ch(CAMPUS) + "校区")
        fl = self.r.randint(1, 7)
        room = f"{fl}{self.r.randint(1, 40):02d}"
        parts += self.ch([
            [f"{self.r.randint(1, 30)}号宿舍楼", room],
            [f"{self.ch(DORM_PRE)}{self.r.randint(1, 12)}舍", room],
            ["学生公寓", f"{self.r.randint(1, 20)}栋", f"{room}室"],
            [f"{self.ch([x for x in DORM_PRE if not x.endswith('园')])}苑", f"{self.r.randint(1, 12)}幢", room],
            [f"研究生公寓{self.ch('ABCD')}座", room],
        ])
        return self.join(parts, spacey)

    def hospital(self, spacey: bool = False) -> str:
        loc = self.loc("urban")
        prov, city, dist = loc
        parts = self.divisions(loc, self.ch(["full", "short", "noprov", "cityshort"]))
        parts += [self.road()] + self.housenum()
        c = self.local_name(loc)
        base = city if city and city.endswith("市") else (prov if prov in MUNICIPALITIES else dist)
        parts.append(self.ch([f"{base}第{cn_num(self.r.randint(1, 7))}人民医院", f"{c}中医院", f"{dist_short(dist)}人民医院",
                              f"{dist_short(dist)}妇幼保健院", f"{c}中心医院"]))
        parts += self.ch([
            ["住院部", f"{self.r.randint(1, 9)}号楼", f"{self.r.randint(2, 22)}楼", f"{self.r.randint(1, 60)}床"],
            [f"住院部{self.r.randint(2, 22)}楼"],
            [f"{self.ch(DEPTS)}{self.r.randint(1, 5)}病区", f"{self.r.randint(1, 60)}床"],
            [f"{self.ch(['门诊楼', '综合楼', '医技楼'])}{self.r.randint(2, 15)}层"],
        ])
        return self.join(parts, spacey)

    def hk(self) -> str:
        region, area = self.ch(HK_AREAS)
        head = self.ch([f"香港{region}{area}", f"{region}{area}", f"香港{area}", area, f"香港{region}{area}"])
        pre = self.ch(HK_PRE)
        fl = self.r.randint(2, 40)
        if self.chance(0.35):  # public estate
            return head + f"{self.ch(HK_PRE)}邨{self.ch(HK_PRE)}樓{fl}樓{fl}{self.r.randint(1, 24):02d}室"
        bldg = self.ch([f"{self.ch(HK_PRE)}大廈", f"{self.ch(HK_PRE)}中心", f"{self.ch(HK_PRE)}閣", f"{self.ch(HK_PRE)}花園{self.r.randint(1, 6)}座"])
        flat = self.ch([f"{self.ch('ABCDEFGH')}室", self.ch("ABCDEFGH"), f"{fl}{self.r.randint(1, 12):02d}室"])
        return head + f"{pre}{self.ch(['道', '街', '里', '路'])}{self.r.randint(1, 400)}號{bldg}{fl}樓{flat}"

    def mo(self) -> str:
        area = self.ch(MO_AREAS)
        head = self.ch(["澳門", "澳門", ""]) + area
        if not head:
            head = "澳門"
        road = self.ch(MO_PRE) + self.ch(["街", "馬路", "巷", "大馬路"])
        bldg = self.ch([f"{self.ch(MO_PRE)}大廈", f"{self.ch(MO_PRE)}花園第{cn_num(self.r.randint(1, 8))}座", f"{self.ch(MO_PRE)}閣"])
        return head + f"{road}{self.r.randint(1, 300)}號{bldg}{self.r.randint(2, 30)}樓{self.ch('ABCDEFGH')}"

    def tw(self) -> str:
        city = self.ch(list(TW_DISTRICTS))
        dist = self.ch(TW_DISTRICTS[city])
        if self.chance(0.3):
            city = city.replace("臺", "台")
        road = self.ch(TW_PRE) + self.ch(["路", "路", "街", "大道"])
        sec = f"{self.ch(TW_SECTIONS)}段" if road.endswith("路") and self.chance(0.6) else ""
        lane = f"{self.r.randint(1, 300)}巷" if self.chance(0.5) else ""
        alley = f"{self.r.randint(1, 40)}弄" if lane and self.chance(0.4) else ""
        num = f"{self.r.randint(1, 200)}號"
        floor = self.ch(["", f"{self.r.randint(2, 20)}樓", f"{self.r.randint(2, 20)}樓之{self.r.randint(1, 6)}", f"{self.r.randint(2, 12)}F"])
        li = f"{self.ch(TW_PRE)}里{self.r.randint(1, 30)}鄰" if self.chance(0.2) else ""
        return f"{city}{dist}{li}{road}{sec}{lane}{alley}{num}{floor}"

    def trad_mainland(self) -> str:
        (p, c, d), _simp = self.ch(TRAD_LOCS)
        head = self.ch([p + (c or "") + d, (c or p) + d])
        n = self.r.randint(1, 600)
        b = self.r.randint(1, 20)
        fl = self.r.randint(2, 30)
        unit = self.ch([f"{b}棟{self.r.randint(1, 4)}單元{fl}0{self.r.randint(1, 4)}室", f"{self.ch('ABC')}座{fl}0{self.r.randint(1, 6)}",
                        f"{b}號樓{fl}0{self.r.randint(1, 4)}"])
        return f"{head}{self.ch(TRAD_ROADS)}{n}號{self.ch(TRAD_ESTATES)}{unit}"

    # -- look-alikes (never labelled) -----------------------------------------------------------------------
    def company(self, loc=None) -> str:
        loc = loc or self.loc("any")
        c = self.local_name(loc)
        return f"{c}{self.ch(COMPANY_WORD)}{self.ch(COMPANY_IND)}有限公司"

    def shop(self) -> str:
        return self.ch([f"{self.ch(MALL_PRE)}超市（{self.road()}店）", f"{self.ch(COMPANY_WORD)}便利店{self.road()}店",
                        f"{self.ch(['老', '大', '小'])}{self.ch(SURNAMES)}家面馆", f"{self.ch(MALL_PRE)}广场",
                        f"{self.ch(ESTATE_PRE)}药房（{self.road()}店）"])

    def landmark(self) -> str:
        return self.ch([f"{self.ch(MALL_PRE)}广场", f"{self.ch(MALL_PRE)}超市", f"{self.ch(ROAD_PRE)}小学",
                        "加油站", "农商银行", f"{self.ch(ROAD_PRE)}公园", f"地铁{self.r.randint(1, 9)}号线{self.ch(ROAD_PRE)}站",
                        "派出所", "菜市场", f"{self.ch(ROAD_PRE)}中学", "肯德基", "公交站"])


# ----------------------------------------------------------------------------------------------------------
# genre: typed_lines
# ----------------------------------------------------------------------------------------------------------

DELIVERY_TAILS = [
    "东门快递柜", "东门", "南门", "北门菜鸟驿站", "菜鸟驿站", " 菜鸟驿站", "快递柜", "丰巢柜", " 丰巢快递柜",
    "门卫室", " 门卫", "前台", "楼下快递柜", "物业处", " 放驿站", "西门快递点", "（放菜鸟驿站）", " 小区门口快递柜",
]
NOTE_TAILS = [
    "（放门口）", "(放门口就行)", " 放门口", "，到了打电话", "（工作日送货）", " 周末送", "（请勿放快递柜）",
    "（送货上门 谢谢）", " 家里有狗 敲门轻点", "（下午6点后有人）", "，电话不通请发短信", "（别按门铃 宝宝在睡觉）",
]


def typed_lines(g: Gen, reg) -> list[Doc]:
    r = g.r
    kinds = (
        ["std_full"] * 10 + ["abbr"] * 10 + ["muni"] * 8 + ["nodiv"] * 6 + ["spacey"] * 6 + ["fullwidth"] * 5
        + ["delivery"] * 8 + ["landmark"] * 5 + ["note"] * 5 + ["rural"] * 9 + ["bingtuan"] * 4 + ["nmg"] * 4
        + ["devzone"] * 5 + ["dorm"] * 5 + ["hospital"] * 4 + ["hk"] * 3 + ["mo"] * 2 + ["tw"] * 3
        + ["trad"] * 2 + ["name_phone"] * 10 + ["company"] * 2 + ["typo"] * 2 + ["postcode"] * 2
    )
    assert len(kinds) == GENRE_SIZES["typed_lines"], len(kinds)
    r.shuffle(kinds)
    namers = [g.name] * 7 + [g.uyghur_name, g.uyghur_name, g.mongol_name]
    r.shuffle(namers)
    side = random.Random(SEED * 7 + 1)  # extra typos in a few more lines

    def slip():
        return side if side.random() < 0.3 else None

    docs = []
    for kind in kinds:
        d = Doc(reg)
        lead = g.ch([""] * 8 + [" ", "  ", "🏠", "📍", "收货地址：", "地址:"])
        d.t(lead)
        if lead in ("🏠", "📍"):
            d.t(g.ch(["", " "]))
        trail = g.ch([""] * 10 + [" ", "。", "  "])
        if kind == "std_full":
            d.a(g.urban(div="full", spacey=g.chance(0.1), fw=g.chance(0.1), typo_rng=slip()))
        elif kind == "abbr":
            d.a(g.urban(div=g.ch(["short", "veryshort", "veryshort", "cityshort"]), spacey=g.chance(0.15), typo_rng=slip()))
        elif kind == "muni":
            d.a(g.urban(kind="muni", div=g.ch(["short", "short", "full", "veryshort", "dist"]), spacey=g.chance(0.15)))
        elif kind == "nodiv":
            d.a(g.urban(div="none", estate=g.chance(0.6), unit=True, fw=g.chance(0.15)))
        elif kind == "spacey":
            d.a(g.urban(spacey=True, unit=True, typo_rng=slip()))
        elif kind == "fullwidth":
            d.a(g.urban(fw=True, unit=g.ch(["compact3", "幢单元室", "letter座", "compact2"])))
        elif kind == "delivery":
            tail = g.ch(DELIVERY_TAILS)
            est = g.chance(0.8)
            unit = g.ch(["号楼", "号楼", False, "栋单元楼"]) if est else "号楼"
            d.a(g.urban(estate=est, unit=unit, fw=g.chance(0.1)))
            d.t(tail)
        elif kind == "landmark":
            lm = g.landmark()
            style = r.randrange(4)
            if style != 3 and side.random() < 0.5:  # a landmark typed before the address (side stream)
                d.t(side.choice(["农商银行", "加油站", "菜市场", "邮政局", "卫生院", "中国移动营业厅"])
                    + side.choice(["对面 ", "旁边 ", "斜对面，", "附近 "]))
            if style == 0:
                d.a(g.urban()).t(f"（{lm}{g.ch(['对面', '旁边', '附近'])}）")
            elif style == 1:
                d.a(g.urban()).t(f" {lm}{g.ch(['对面', '旁边', '附近', '后面'])}")
            elif style == 2:
                d.a(g.urban()).t(f"，{g.ch(['就在', '在'])}{lm}{g.ch(['对面', '旁边', '隔壁'])}")
            else:
                d.t(f"{lm}{g.ch(['对面', '旁边'])} ").a(g.urban())
        elif kind == "note":
            d.a(g.urban(unit=True, typo_rng=slip())).t(g.ch(NOTE_TAILS))
        elif kind == "rural":
            d.a(g.rural_addr(spacey=g.chance(0.15)))
            if g.chance(0.3):
                d.t(g.ch(["（村口小卖部代收）", " 到了打电话", "，放村委会", "（邮政送）"]))
        elif kind == "bingtuan":
            d.a(g.bingtuan())
        elif kind == "nmg":
            d.a(g.nmg())
        elif kind == "devzone":
            d.a(g.devzone(spacey=g.chance(0.15)))
            if g.chance(0.4):
                d.t(g.ch([" 门卫室", " 前台", "（放门卫）", " 物流部"]))
        elif kind == "dorm":
            d.a(g.dorm(spacey=g.chance(0.1)))
            if g.chance(0.3):
                d.t(g.ch([" 楼下快递点", "（宿舍楼下菜鸟驿站）", " 放宿管阿姨那"]))
        elif kind == "hospital":
            d.a(g.hospital())
            if g.chance(0.4):
                d.t(g.ch([" 护士站", "（送到护士站）", " 到了打电话下来拿"]))
        elif kind == "hk":
            d.a(g.hk())
        elif kind == "mo":
            d.a(g.mo())
        elif kind == "tw":
            if g.chance(0.6):
                d.t(f"{r.randint(100, 983)}")
                d.t(g.ch(["", " "]))
            d.a(g.tw())
        elif kind == "trad":
            d.a(g.trad_mainland())
        elif kind == "name_phone":
            style = r.randrange(7)
            nm = namers.pop()()
            ph = g.phone(g.ch(["plain", "plain", "dash", "space", "plus"]))
            addr = g.urban() if g.chance(0.8) else g.rural_addr()
            if style == 0:
                d.p(nm).t(f" {ph} ").a(addr)
            elif style == 1:
                d.p(nm).t(ph).a(addr)
            elif style == 2:
                d.a(addr).t(f" ").p(nm).t(f" {ph}")
            elif style == 3:
                d.p(nm).t(f"，{ph}，").a(addr)
            elif style == 4:
                d.a(addr).t(f"，").p(nm).t(f"{g.ch(TITLES[:2])}，{ph}")
            elif style == 5:
                d.p(nm).t(f"\t{ph}\t").a(addr)
            else:
                d.t("收件人：").p(nm).t(f" 电话：{ph} 地址：").a(addr)
        elif kind == "company":
            d.a(g.urban(estate=False, unit=g.ch(["层", "栋单元楼"])))
            d.t(g.ch([" ", "，", ""]) + g.company() + g.ch(["", " 前台", "（行政部）"]))
        elif kind == "typo":
            d.a(g.urban(typo=True, unit=True))
        elif kind == "postcode":
            pc = g.postcode()
            if g.chance(0.5):
                d.t(f"{pc} ").a(g.urban(div="full"))
            else:
                d.a(g.urban(div="full")).t(g.ch([f" 邮编{pc}", f"（{pc}）", f" {pc}"]))
        else:
            raise ValueError(kind)
        d.t(trail)
        docs.append(d)
    return docs


# ----------------------------------------------------------------------------------------------------------
# genre: forms
# ----------------------------------------------------------------------------------------------------------

ITEMS = ["抽纸 24包", "猫粮 2kg", "保温杯", "儿童雨衣", "蓝牙耳机", "洗衣凝珠", "手机壳", "电饭煲", "拖鞋 42码", "茶叶礼盒",
         "充电宝", "羽绒服 L", "奶粉 3段", "书包", "空气炸锅"]


def split_loc(g: Gen, loc):
    prov, city, dist = loc
    return prov, (city or prov), dist


def detail_for(g: Gen, loc, *, with_div: bool = False) -> str:
    """The 详细地址 value of a form whose province/city/district are separate fields."""
    if with_div:
        return g.urban(loc=loc, div=g.ch(["full", "noprov", "dist"]))
    return g.urban(loc=loc, div="none", town=g.chance(0.2), unit=g.chance(0.9))


def order_no(g: Gen) -> str:
    return g.ch(["", "TB", "JD", "DD"]) + "".join(str(g.r.randint(0, 9)) for _ in range(g.ch([16, 18, 19])))


def ts(g: Gen) -> str:
    return f"2024-{g.r.randint(1, 12):02d}-{g.r.randint(1, 28):02d} {g.r.randint(0, 23):02d}:{g.r.randint(0, 59):02d}:{g.r.randint(0, 59):02d}"


def forms(g: Gen, reg) -> list[Doc]:
    r = g.r
    kinds = (["csv"] * 7 + ["tsv"] * 5 + ["json_split"] * 5 + ["json_full"] * 4 + ["kv"] * 4 + ["kv_amp"] * 3
             + ["register"] * 7 + ["region_detail"] * 5 + ["markdown"] * 4 + ["waybill"] * 4 + ["sql"] * 3
             + ["insurance"] * 3 + ["yaml"] * 2 + ["student"] * 4)
    assert len(kinds) == GENRE_SIZES["forms"], len(kinds)
    r.shuffle(kinds)
    docs = []
    for kind in kinds:
        d = Doc(reg)
        if kind == "csv":
            sep = ","
            hdr = g.ch([["订单编号", "下单时间", "收货人", "联系电话", "省份", "城市", "区县", "详细地址", "商品", "数量"],
                        ["order_id", "created_at", "receiver", "phone", "province", "city", "district", "address_detail", "sku", "qty"]])
            d.t(sep.join(hdr) + "\n")
            for i in range(r.randint(2, 4)):
                loc = g.loc()
                prov, city, dist = split_loc(g, loc)
                d.t(f"{order_no(g)}{sep}{ts(g)}{sep}")
                if g.chance(0.15):
                    d.t(g.ch(SURNAMES) + "*")
                else:
                    d.p(g.name())
                d.t(f"{sep}{g.phone(g.ch(['plain', 'masked']))}{sep}{prov}{sep}{city}{sep}{dist}{sep}")
                if g.chance(0.12):
                    d.t("****")
                else:
                    d.a(detail_for(g, loc, with_div=g.chance(0.2)))
                d.t(f"{sep}{g.ch(ITEMS)}{sep}{r.randint(1, 5)}\n")
        elif kind == "tsv":
            sep = "\t"
            hdr = ["收货人", "手机", "所在省", "所在市", "所在区", "收货地址", "备注"]
            d.t(sep.join(hdr) + "\n")
            for i in range(r.randint(2, 4)):
                loc = g.loc()
                prov, city, dist = split_loc(g, loc)
                d.p(g.name()).t(f"{sep}{g.phone()}{sep}{prov}{sep}{city}{sep}{dist}{sep}")
                d.a(detail_for(g, loc, with_div=g.chance(0.25)))
                d.t(sep + g.ch(["", "", "放门口", "工作日送", "不要打电话", "驿站代收", "加急"]) + "\n")
        elif kind == "json_split":
            loc = g.loc()
            prov, city, dist = split_loc(g, loc)
            nm = g.name()
            ph = g.phone("plain")
            det = detail_for(g, loc)
            ind = g.ch([None, 2])
            nl = "\n" if ind else ""
            sp = " " * ind if ind else ""
            sp2 = sp * 2
            colon = ": " if ind else ":"
            d.t("{" + nl + f'{sp}"orderId"{colon}"{order_no(g)}",{nl}{sp}"receiver"{colon}' + "{" + nl)
            d.t(f'{sp2}"name"{colon}"').p(nm).t(f'",{nl}{sp2}"mobile"{colon}"{ph}",{nl}')
            d.t(f'{sp2}"province"{colon}"{prov}",{nl}{sp2}"city"{colon}"{city}",{nl}{sp2}"district"{colon}"{dist}",{nl}')
            d.t(f'{sp2}"detail"{colon}"').a(det).t(f'"{nl}{sp}' + "}," + nl)
            d.t(f'{sp}"remark"{colon}"{g.ch(["", "请尽快发货", "送人的 不要放发票"])}"{nl}' + "}")
        elif kind == "json_full":
            recs = r.randint(1, 3)
            d.t("[")
            for i in range(recs):
                d.t("" if i == 0 else ",\n ")
                d.t('{"姓名": "').p(g.name()).t(f'", "电话": "{g.phone("plain")}", "{g.ch(["收货地址", "address", "家庭住址", "addr"])}": "')
                d.a(g.urban(div=g.ch(["full", "short", "noprov"])) if g.chance(0.85) else g.rural_addr(div="full"))
                d.t(f'", "邮编": "{g.postcode()}"' + "}")
            d.t("]")
        elif kind == "kv":
            nm = g.name()
            lines = [("name", "p", nm), ("mobile", "t", g.phone("plain")), ("address", "a", g.urban()),
                     ("zip", "t", g.postcode())]
            if g.chance(0.5):
                lines.insert(1, ("gender", "t", g.ch(["男", "女"])))
            keyset = g.ch([["name", "mobile", "address", "zip", "gender"], ["收货人", "手机号", "收货地址", "邮编", "性别"]])
            keymap = dict(zip(["name", "mobile", "address", "zip", "gender"], keyset))
            eq = g.ch(["=", ": ", "="])
            for k, kind2, v in lines:
                d.t(f"{keymap[k]}{eq}")
                {"p": d.p, "a": d.a, "t": d.t}[kind2](v)
                d.t("\n")
        elif kind == "kv_amp":
            loc = g.loc()
            prov, city, dist = split_loc(g, loc)
            d.t("receiver_name=").p(g.name()).t(f"&receiver_mobile={g.phone('plain')}&province={prov}&city={city}"
                                                   f"&district={dist}&detail_address=")
            d.a(detail_for(g, loc)).t(f"&postcode={g.postcode()}&is_default={g.ch(['0', '1'])}")
        elif kind == "register":
            nm = g.name()
            loc = g.loc("any")
            jg_loc = g.loc("any")
            jg = jg_loc[0] + (jg_loc[1] or "") if g.chance(0.7) else jg_loc[0]
            sep = g.ch(["：", ": ", "："])
            d.t(g.ch(["【个人信息登记表】\n", "入职信息登记\n", "", "新生入学登记\n"]))
            d.t(f"姓名{sep}").p(nm).t(f"\n性别{sep}{g.ch(['男', '女'])}\n民族{sep}{g.ch(['汉', '汉', '回', '壮', '蒙古'])}\n")
            d.t(f"籍贯{sep}{jg}\n")
            d.t(f"出生地{sep}{city_short(jg_loc[1]) if jg_loc[1] else prov_short(jg_loc[0])}\n" if g.chance(0.4) else "")
            d.t(f"户籍地址{sep}").a(g.rural_addr(loc=loc, div="full") if loc[2].endswith(("县", "旗")) else g.urban(loc=loc, div="full")).t("\n")
            same = g.chance(0.3)
            d.t(f"现居住地址{sep}")
            if same:
                d.t("同户籍地址\n")
            else:
                d.a(g.urban(div=g.ch(["full", "noprov", "short"]))).t("\n")
            d.t(f"通讯地址{sep}{g.ch(['同上', '同现居住地址', '同上'])}\n")
            d.t(f"联系电话{sep}{g.phone()}\n")
            if g.chance(0.5):
                d.t(f"紧急联系人{sep}").p(g.name()).t(f"（{g.ch(['父亲', '母亲', '配偶', '哥哥'])}） {g.phone('plain')}\n")
            d.t(f"工作单位{sep}{g.company()}")
        elif kind == "region_detail":
            loc = g.loc()
            prov, city, dist = split_loc(g, loc)
            joiner = g.ch([" ", "/", " ", "-"])
            d.t(g.ch(["【收货信息】\n", "", "修改收货地址\n"]))
            d.t("收货人：").p(g.name()).t(f"\n手机号码：{g.phone()}\n所在地区：{prov}{joiner}{city}{joiner}{dist}\n详细地址：")
            d.a(detail_for(g, loc))
            d.t(g.ch(["\n设为默认地址：是", "\n地址标签：家", "\n地址标签：公司", ""]))
        elif kind == "markdown":
            d.t(f"| 序号 | 姓名 | 部门 | {g.ch(['家庭住址', '住址', '通讯地址'])} | 联系电话 |\n|---|---|---|---|---|\n")
            for i in range(r.randint(2, 4)):
                d.t(f"| {i + 1} | ").p(g.name()).t(f" | {g.ch(['市场部', '财务部', '研发中心', '行政部', '销售一部'])} | ")
                d.a(g.urban(div=g.ch(["full", "noprov", "short", "cityshort"]))).t(f" | {g.phone()} |\n")
        elif kind == "waybill":
            d.t(g.ch(["【电子面单】\n", "快递单信息\n", ""]))
            d.t("收件人：").p(g.name()).t(f"  {g.phone(g.ch(['plain', 'masked']))}\n收件地址：")
            d.a(g.urban(div=g.ch(["full", "short"])) if g.chance(0.8) else g.rural_addr(div="full")).t("\n")
            d.t("寄件人：").p(g.name()).t(f"  {g.phone('masked')}\n寄件地址：")
            d.a(g.urban(div=g.ch(["full", "noprov"]))).t(f"\n运单号：SF{r.randint(10**12, 10**13 - 1)}\n物品：{g.ch(ITEMS)}")
        elif kind == "sql":
            d.t("INSERT INTO t_order_address (receiver_name, receiver_phone, province, city, district, detail) VALUES\n")
            n = r.randint(2, 3)
            for i in range(n):
                loc = g.loc()
                prov, city, dist = split_loc(g, loc)
                d.t("('").p(g.name()).t(f"', '{g.phone('plain')}', '{prov}', '{city}', '{dist}', '")
                d.a(detail_for(g, loc)).t("')" + (",\n" if i < n - 1 else ";"))
        elif kind == "insurance":
            d.t("投保人：").p(g.name()).t(f"\n证件类型：居民身份证\n联系电话：{g.phone()}\n通讯地址：")
            d.a(g.urban(div="full") if g.chance(0.7) else g.rural_addr(div="full"))
            d.t(f"\n邮政编码：{g.postcode()}\n被保险人：")
            if g.chance(0.5):
                d.t("同投保人")
            else:
                d.p(g.name()).t(f"\n被保险人地址：")
                d.a(g.urban(div=g.ch(["full", "noprov"])))
        elif kind == "yaml":
            loc = g.loc()
            prov, city, dist = split_loc(g, loc)
            d.t("consignee:\n  name: ").p(g.name()).t(f"\n  phone: \"{g.phone('plain')}\"\n  address:\n")
            d.t(f"    province: {prov}\n    city: {city}\n    district: {dist}\n    street: ").a(detail_for(g, loc))
            d.t(f"\n    zip: \"{g.postcode()}\"")
        elif kind == "student":
            d.t(f"学生姓名：").p(g.name() if g.chance(0.6) else g.uyghur_name()).t(f"  学号：{r.randint(2020, 2024)}{r.randint(10000, 99999)}\n")
            d.t(f"宿舍：").a(g.dorm()).t("\n")
            d.t(f"家庭住址：").a(g.urban(div="full") if g.chance(0.5) else g.rural_addr(div="full")).t("\n")
            d.t(f"家长姓名：").p(g.name()).t(f"  家长电话：{g.phone()}")
        else:
            raise ValueError(kind)
        docs.append(d)
    return docs


# ----------------------------------------------------------------------------------------------------------
# genre: chats
# ----------------------------------------------------------------------------------------------------------


class Chat:
    """Message list → text; a sender is a PERSON (full name) or an unlabelled nickname."""

    def __init__(self, g: Gen, d: Doc, style: str):
        self.g, self.d, self.style = g, d, style
        self.clock = (g.r.randint(7, 22), g.r.randint(0, 59), g.r.randint(0, 59))
        self.date = f"2024-{g.r.randint(1, 12):02d}-{g.r.randint(1, 28):02d}"
        self.first = True
        self.colon = g.ch(["：", ": ", "："])
        self.qq: dict[str, int] = {}

    def _tick(self) -> str:
        h, m, s = self.clock
        s += self.g.r.randint(3, 170)
        m += s // 60
        s %= 60
        h += m // 60
        m %= 60
        h %= 24
        self.clock = (h, m, s)
        return f"{h:02d}:{m:02d}:{s:02d}"

    def sender(self, who):
        name, is_person = who
        if is_person:
            self.d.p(name)
        else:
            self.d.t(name)

    def msg(self, who, pieces):
        d = self.d
        if not self.first:
            d.t("\n")
        self.first = False
        if self.style == "wechat":
            d.t(f"{self.date} {self._tick()} ")
            self.sender(who)
            d.t("\n")
        elif self.style == "colon":
            self.sender(who)
            d.t(self.colon)
        elif self.style == "bracket":
            d.t(f"[{self.date} {self._tick()}] ")
            self.sender(who)
            d.t(": ")
        elif self.style == "qq":
            self.sender(who)
            qq = self.qq.setdefault(who[0], self.g.r.randint(10**7, 4 * 10**9))
            d.t(f"({qq}) {self._tick()}\n")
        for kind, val in pieces:
            {"t": d.t, "a": d.a, "p": d.p}[kind](val)


def chats(g: Gen, reg) -> list[Doc]:
    r = g.r
    kinds = (["send_addr"] * 7 + ["xinjiang"] * 2 + ["correction"] * 8 + ["split"] * 7 + ["courier_sms"] * 5 + ["moved"] * 5
             + ["rural"] * 4 + ["workplace"] * 4 + ["service"] * 5 + ["rider"] * 4 + ["family"] * 4
             + ["tw_hk"] * 3 + ["lookalike_mix"] * 2)
    assert len(kinds) == GENRE_SIZES["chats"], len(kinds)
    r.shuffle(kinds)
    docs = []

    def who(force_person=None):
        is_p = g.chance(0.5) if force_person is None else force_person
        return (g.name(), True) if is_p else (g.ch(NICKNAMES), False)

    for kind in kinds:
        d = Doc(reg)
        style = g.ch(["wechat", "colon", "colon", "bracket", "qq"])
        c = Chat(g, d, style)
        A, B = who(), who()
        while B[0] == A[0]:
            B = who()
        if kind == "send_addr":
            c.msg(A, [("t", g.ch(["地址发我一下", "你地址给我下，我给你寄过去", "东西寄哪？", "把收货地址发我"]))])
            cue = g.ch(["地址发你：", "寄到", "地址：", "寄这里：", "", "我家在"])
            pieces = [("t", cue), ("a", g.urban(spacey=g.chance(0.1), fw=g.chance(0.08)))]
            if g.chance(0.5):
                pieces += [("t", g.ch(["，", " "])), ("p", g.name()),
                           ("t", g.ch(["", "", "", "老师", "女士", "先生"]) + f"收，{g.phone()}")]
            c.msg(B, pieces)
            c.msg(A, [("t", g.ch(["收到👌", "好的 明天发", "ok", "收到，顺丰还是中通？", "👍"]))])
        elif kind == "correction":
            loc = g.loc()
            road = g.road()
            n1 = r.randint(1, 400)
            est = g.estate()
            u = g.unit(g.ch(["幢单元室", "compact3", "栋单元"]))
            divs = g.divisions(loc, g.ch(["full", "noprov", "short"]))
            wrong = "".join(divs + [road, f"{n1}号", est] + u)
            c.msg(A, [("t", g.ch(["寄到", "地址是", "新地址是"])), ("a", wrong)])
            variant = r.randrange(3)
            if variant == 0:
                n2 = n1 + r.choice([1, 2, 10, -1]) if n1 > 2 else n1 + 10
                c.msg(A, [("t", g.ch(["不对，是", "不对不对 是", "打错了，应该是"])), ("a", f"{road}{n2}号"), ("t", g.ch(["", "，其他没错", " 😅"]))])
            elif variant == 1:
                u2 = g.unit(g.ch(["幢单元室", "compact3"]))
                c.msg(A, [("t", g.ch(["等下 楼号错了，是", "更正一下：", "不对，是"])), ("a", est + "".join(u2))])
            else:
                loc2 = g.loc()
                c.msg(A, [("t", g.ch(["算了 还是寄我公司吧：", "不对，寄我爸妈家：", "改一下，寄到"])), ("a", g.urban(loc=loc2, div=g.ch(["full", "noprov"])))])
            c.msg(B, [("t", g.ch(["好嘞", "已改", "行，以你最后发的为准", "收到"]))])
        elif kind == "split":
            loc = g.loc()
            variant = r.randrange(3)
            c.msg(B, [("t", g.ch(["地址发我", "你在哪个小区来着", "发个定位或者地址"]))])
            if variant == 0:
                divs = g.divisions(loc, g.ch(["full", "noprov", "short"]))
                first = "".join(divs + [g.road()] + g.housenum())
                second = g.estate() + "".join(g.unit())
                c.msg(A, [("a", first)])
                c.msg(A, [("a", second)])
            elif variant == 1:
                divs = g.divisions(loc, g.ch(["full", "short"]))
                c.msg(A, [("t", "".join(divs))])
                c.msg(A, [("a", g.urban(loc=loc, div="none", town=g.chance(0.3), unit=True))])
            else:
                c.msg(A, [("t", "我家在"), ("a", g.urban(loc=loc, div=g.ch(["full", "noprov"]), estate=True, unit=False))])
                b, u, fl = r.randint(1, 30), r.randint(1, 5), r.randint(1, 30)
                c.msg(A, [("t", g.ch(["", "", "在"])),
                          ("a", g.ch([f"{b}栋{u}单元{fl}0{r.randint(1, 4)}",
                                      f"{b}幢{fl}0{r.randint(1, 4)}室", f"{b}号楼{u}单元{fl}0{r.randint(1, 4)}"]))])
            c.msg(B, [("t", g.ch(["好", "收到", "ok 明天到"]))])
        elif kind == "courier_sms":
            d.t(g.ch(["【中通快递】", "【圆通速递】", "【韵达快递】", "【邮政EMS】", "【京东物流】"]))
            nm = g.name()
            d.p(nm).t(g.ch(["您好，", "，您好！"]))
            d.t("您的包裹将派送至").a(g.urban(div=g.ch(["full", "noprov", "none"])))
            d.t(g.ch(["，如地址有误请回复正确地址。", "，派件员电话" + g.phone("plain") + "。", "，请保持电话畅通。"]))
            if g.chance(0.5):
                d.t("\n回复：地址改为").a(g.urban(div=g.ch(["noprov", "none"])))
                d.t(g.ch(["，谢谢", "", "，放门卫"]))
        elif kind == "xinjiang":
            nm = g.uyghur_name()
            addr = g.bingtuan() if g.chance(0.5) else g.urban(loc=g.ch([c for c in g.counties if c[0] == "新疆维吾尔自治区"]))
            c.msg(B, [("t", g.ch(["东西寄哪里？", "地址发我下"]))])
            c.msg(A, [("t", g.ch(["寄到", "地址："])), ("a", addr), ("t", "，"), ("p", nm), ("t", f"收，{g.phone()}")])
            c.msg(B, [("t", g.ch(["新疆包邮吗😂", "好的，中通能到", "收到"]))])
        elif kind == "moved":
            c.msg(A, [("t", g.ch(["我搬家啦🎉 新家在", "以后寄东西寄新地址哈：", "跟大家说下我新地址是", "换地址了，新地址是"])),
                      ("a", g.urban(unit=True)), ("t", g.ch(["，周六来暖房呀", "", "，老地址不住了", "～"]))])
            c.msg(B, [("t", g.ch(["恭喜恭喜🎉", "好的记下了", "离我好近！", "收到"]))])
        elif kind == "rural":
            nm = g.name()
            c.msg(A, [("t", "寄到"), ("a", g.rural_addr(div=g.ch(["full", "noprov", "short"]))), ("t", "，"), ("p", nm),
                      ("t", f"收，电话{g.phone()}")])
            c.msg(B, [("t", g.ch(["村里能送到吗", "好的 发邮政吧", "那边快递到镇上还是到村里？"]))])
            c.msg(A, [("t", g.ch(["能送到，放村口小卖部就行", "只到镇上，到了我去拿", "发邮政能送到家"]))])
        elif kind == "workplace":
            loc = g.loc()
            c.msg(B, [("t", g.ch(["你公司地址是啥", "寄你单位吧，单位在哪", "工作日寄哪"]))])
            c.msg(A, [("t", g.ch(["寄公司：", "我们公司在", "寄到"])), ("a", g.urban(loc=loc, estate=False, unit=g.ch(["层", "栋单元楼", "letter座"]))),
                      ("t", g.ch(["，", " "]) + g.company(loc) + g.ch(["", " 前台代收", "，写我名字就行"]))])
        elif kind == "service":
            d.t(g.ch(["【订单咨询】\n", "", "会话记录\n"]))
            nm = g.name()
            addr = g.urban(div=g.ch(["full", "short"]))
            if g.chance(0.3):  # the shop shows the previous address masked (not labelled)
                old = g.loc()
                d.t(f"客服：亲，您上次的收货地址是{old[0]}{old[1] or ''}{old[2]}******，这次换地址了吗？\n买家：换了\n")
            d.t("客服：亲，请核对收货信息：").p(nm).t(f"，{g.phone('masked')}，").a(addr).t("\n")
            if g.chance(0.6):
                d.t("买家：地址不对，改成").a(g.urban(div=g.ch(["full", "noprov"]))).t(g.ch(["", " 谢谢", "，尽快发"]))
                d.t("\n客服：好的亲，已为您修改～")
            else:
                d.t("买家：对的 没问题\n客服：好的亲，今天下午发出～")
        elif kind == "rider":
            c.msg((g.ch(["骑手小哥", "美团骑手", "饿了么骑手"]), False),
                  [("t", "您好，您的外卖到了，是"), ("a", g.urban(div=g.ch(["none", "dist"]), unit=True)), ("t", "吗？")])
            c.msg(A, [("t", g.ch(["对，放门口就行", "是的 挂门把手上", "对 我下来拿", "不是，是隔壁那栋"]))])
            if g.chance(0.4):
                c.msg(A, [("t", g.ch(["小区进不去的话放", "放"])), ("t", g.ch(["东门保安亭", "北门快递柜", "门卫室"]))])
        elif kind == "family":
            c.msg(A, [("t", g.ch(["妈，我家在", "爸 你下周来的话 地址是", "奶奶家地址："])), ("a", g.urban(unit=True) if g.chance(0.7) else g.rural_addr())])
            c.msg(B, [("t", g.ch(["坐几路车能到？", "记下了，到了给你打电话", "好 我让你弟开车送"]))])
            c.msg(A, [("t", g.ch([f"坐{r.randint(1, 300)}路到{g.road()}站下，走过来五分钟", "到了打我电话，我下楼接", f"导航到{g.road()}就行，小区门口有{g.landmark()}"]))])
        elif kind == "tw_hk":
            nm = g.trad_name()
            addr = g.ch([g.hk, g.tw, g.mo])()
            c.msg((nm, True), [("t", g.ch(["地址：", "寄到", "麻煩寄到"])), ("a", addr), ("t", g.ch(["，收件人", " "])), ("p", nm),
                               ("t", g.ch(["", "，謝謝！", f" 電話{r.randint(5000, 9999)}{r.randint(1000, 9999)}"]))])
            c.msg(B, [("t", g.ch(["好的，顺丰寄过去", "收到", "香港件要报关吗？"]))])
        elif kind == "lookalike_mix":
            c.msg(A, [("t", f"我在{g.road()}上堵着呢，{g.ch(MALL_PRE)}广场那边出了事故")])
            c.msg(B, [("t", f"那你直接来我家吧，")])
            c.msg(B, [("t", "地址："), ("a", g.urban(unit=True)), ("t", f"，{g.shop()}楼上")])
            c.msg(A, [("t", "好，到了叫你")])
        else:
            raise ValueError(kind)
        docs.append(d)
    return docs


# ----------------------------------------------------------------------------------------------------------
# genre: traps19 (no ADDRESS, no PERSON)
# ----------------------------------------------------------------------------------------------------------


def traps(g: Gen, reg) -> list[Doc]:
    r = g.r

    def city_of(loc):
        return loc[1] or loc[0]

    def T_jiguan():
        loc = g.loc("any")
        return f"籍贯：{loc[0]}{loc[1] or ''}　民族：汉　学历：{g.ch(['本科', '大专', '硕士'])}　政治面貌：{g.ch(['群众', '团员', '党员'])}"

    def T_xianju():
        loc = g.loc("any")
        return f"{g.ch(['现居', '现居住在', '目前在'])}{city_short(city_of(loc))}，{r.randint(2, 12)}年{g.ch(['销售', '运营', '财务', '前端开发'])}经验，可接受出差。"

    def T_weather():
        loc = g.loc("urban")
        lo = r.randint(-8, 26)
        sky = g.ch(["小雪", "阴转小雪"]) if lo < 0 else g.ch(["多云转小雨", "晴", "阴有阵雨", "多云"])
        return (f"{city_short(city_of(loc))}{loc[2]}今天{sky}，气温{lo}~{lo + r.randint(5, 11)}℃，"
                f"{g.ch(['东北风', '西南风', '北风'])}{r.randint(2, 5)}级，明天{g.ch(['雨势减弱', '气温回升', '有雾 注意出行'])}。")

    def T_traffic():
        a, b, c = g.road(), g.road(), g.road()
        return f"【路况】{a}与{b}交叉口发生两车追尾，{a}由东向西方向车辆缓行约{r.randint(1, 3)}公里，建议绕行{c}。"

    def T_onroad():
        return g.ch([
            f"{g.ch(['我在', '刚到', '还堵在'])}{g.road()}上，{g.ch(['马上到', '大概十分钟', '前面修路走不动'])}{g.ch(['', '😭', '🚗'])}",
            f"{g.road()}上新开了一家{g.ch(['奶茶店', '火锅店', '健身房'])}，周末去试试？",
            f"我们{g.ch(['小区', '公司'])}就在{g.road()}和{g.road()}路口那边，到了给我打电话",
        ])

    def T_shop():
        return f"{g.shop()} 营业时间 {r.randint(7, 10)}:00-{r.randint(20, 23)}:00，{g.ch(['支持外卖', '会员8.8折', '周一店休'])}"

    def T_company():
        loc = g.loc("any")
        return f"{g.company(loc)}成立于{r.randint(2005, 2022)}年，总部位于{city_short(city_of(loc))}，主营{g.ch(COMPANY_IND)}业务。"

    def T_news():
        loc = g.loc("any")
        what, unit = g.ch([("今年新建改建农村公路", "公里"), ("当地新增普惠托位", "个"), ("今年完成老旧小区改造", "个"),
                           ("新增公共充电桩", "台")])
        return f"记者从{loc[0]}{loc[1] or ''}{loc[2]}获悉，{what}{r.randint(12, 380)}{unit}，惠及群众{r.randint(2, 30)}万人。"

    def T_masked():
        loc = g.loc("any")
        return g.ch([
            f"收件人：{g.ch(SURNAMES)}*  手机：{g.phone('masked')}\n收货地址：{loc[0]}{loc[1] or ''}{loc[2]}*********",
            f"收货地址：{loc[0]}{loc[1] or ''}****",
            f"地址：{loc[0]}{loc[1] or ''}{loc[2]}**********",
            f"收件人：{g.ch(SURNAMES)}**  电话：{g.phone('masked')}  地址：{prov_short(loc[0])}***********",
            f"详细地址：{'*' * r.randint(8, 16)}（已脱敏）",
        ])

    def T_template():
        return g.ch([
            "地址格式：XX省XX市XX区XX路XX号XX小区X栋X单元XXX室",
            "请按“省+市+区+街道+门牌号”的格式填写收货地址，例如：XX省XX市XX区XX街道XX号",
            "收件地址：{province}{city}{district}{detail}",
            "家庭住址：____省____市____县（区）____乡（镇）____村____组",
            "address: ${receiver.address}",
        ])

    def T_placeholder():
        return g.ch(["所在地区：请选择省/市/区\n详细地址：请输入街道、楼牌号等\n□ 设为默认地址",
                     "详细地址（必填）：如道路、门牌号、小区、楼栋号、单元室等",
                     "新增收货地址\n收货人：\n手机号码：\n所在地区：\n详细地址：\n[保存]"])

    def T_pickup():
        return (f"【菜鸟驿站】您的{g.ch(['中通', '韵达', '极兔', '圆通'])}包裹已到{g.ch(ESTATE_PRE)}{g.ch(['小区', '花园'])}菜鸟驿站，"
                f"取件码{r.randint(1, 9)}-{r.randint(1, 6)}-{r.randint(1000, 9999)}，请{r.randint(18, 21)}:00前取件。")

    def T_train():
        a, b = g.loc("urban"), g.loc("urban")
        return f"{city_short(city_of(a))}到{city_short(city_of(b))}的{g.ch(['G', 'D'])}{r.randint(100, 9999)}次列车晚点{r.randint(10, 90)}分钟，{r.randint(1, 20)}号车厢{r.randint(1, 18)}{g.ch('ABCDF')}座。"

    def T_typhoon():
        prov, city = g.ch(COASTAL)
        return f"今年第{r.randint(1, 20)}号台风将于今晚在{prov}{city}沿海登陆，请相关地区做好防范。"

    def T_shipping():
        ps = r.sample(sorted({c[0] for c in g.counties}), 4)
        return f"本店{ps[0]}、{ps[1]}、{ps[2]}包邮，{prov_short(ps[3])}、新疆、西藏等偏远地区需补运费{r.randint(5, 30)}元。"

    def T_meeting():
        return f"会议安排在{g.ch(['行政楼', '综合楼', '科技楼'])}{r.randint(2, 9)}楼{r.randint(2, 9)}0{r.randint(1, 9)}会议室，请各部门负责人准时参加。"

    def T_bus():
        return f"乘坐{r.randint(1, 400)}路或地铁{r.randint(1, 12)}号线到{g.road()}站下车，{g.ch(['A', 'B', 'C', 'D'])}口出，步行约{r.randint(2, 15)}分钟。"

    def T_court():
        loc = g.loc("urban")
        return f"{city_of(loc)}{loc[2]}人民法院{g.ch(['公告', '通知'])}：本院定于{r.randint(1, 12)}月{r.randint(1, 28)}日公开开庭审理一起{g.ch(['合同纠纷', '民间借贷纠纷', '劳动争议'])}案件。"

    def T_estate_ad():
        loc = g.loc("urban")
        return f"{dist_short(loc[2])}{g.estate()}，{g.ch(['地铁口', '学区房', '精装修'])}，总价{r.randint(80, 600)}万起，{g.ch(['欢迎咨询', '限时优惠'])}。"

    def T_hukou():
        loc = g.loc("any")
        return f"户籍所在地：{loc[0]}{loc[1] or ''}{loc[2]}\n{g.ch(['婚姻状况：未婚', '健康状况：良好', '期望工作地：' + city_short(city_of(g.loc('urban')))])}"

    def T_logistics():
        a, b = g.loc("urban"), g.loc("urban")
        day = f"2024-{r.randint(1, 12):02d}-{r.randint(1, 27):02d}"
        h = r.randint(0, 12)
        site = f"{city_short(city_of(b))}{b[2]}{g.ch(['营业部', '网点', '分拨中心'])}"
        return (f"{day} {h:02d}:{r.randint(10, 59):02d}:{r.randint(10, 59):02d} 【{city_short(city_of(a))}转运中心】已发出，下一站【{site}】\n"
                f"{day} {h + r.randint(3, 10):02d}:{r.randint(10, 59):02d}:{r.randint(10, 59):02d} 快件已到达【{site}】，{g.ch(['正在派送中', '等待派送'])}")

    def T_job():
        loc = g.loc("urban")
        return f"招聘：{g.ch(['仓库管理员', '客服专员', '外卖骑手', '会计'])}\n工作地点：{city_of(loc)}{loc[2]}\n薪资：{r.randint(4, 9)}-{r.randint(10, 15)}K\n要求：{g.ch(['能吃苦耐劳', '有驾照优先', '大专以上学历'])}"

    def T_construction():
        return f"因{g.ch(['地铁施工', '管网改造', '道路维修'])}，{g.road()}（{g.road()}至{g.road()}段）将于{r.randint(1, 12)}月{r.randint(1, 28)}日起封闭施工，请过往车辆绕行。"

    def T_scenic():
        loc = g.loc("any")
        return f"五一去哪玩？{city_short(city_of(loc))}{g.ch(['古镇', '湿地公园', '森林公园', '老街'])}人气爆棚，{loc[2]}{g.ch(['文旅局', '景区管委会'])}提醒游客错峰出行。"

    def T_directions():
        return f"沿{g.road()}向北走{r.randint(1, 9)}00米，看到{g.landmark()}右转进入{g.road()}，第二个路口左转就到了。"

    def T_region_only():
        loc = g.loc("any")
        return f"{g.ch(['下周去', '明天出差去', '我老家是'])}{prov_short(loc[0])}{city_short(loc[1]) if loc[1] else ''}{g.ch(['', loc[2]])}的，{g.ch(['有啥好吃的推荐吗', '那边冷不冷', '你去过没'])}"

    def T_selectors():
        loc = g.loc("any")
        return f"省份：{loc[0]}\n城市：{loc[1] or loc[0]}\n区县：{loc[2]}\n详细地址：（未填写）"

    def T_ip_location():
        loc = g.loc("any")
        return f"IP属地：{prov_short(loc[0])}　{r.randint(1, 23)}小时前　{g.ch(['求推荐附近的牙科诊所', '有人一起拼车吗', '这家店排队好久'])}"

    def T_express_price():
        return f"首重{r.randint(6, 12)}元/kg，续重{r.randint(2, 6)}元/kg；{g.ch(['江浙沪', '京津冀', '珠三角'])}次日达，偏远地区（新疆、西藏、内蒙古）3-5天。"

    def T_room_number():
        return f"请到{g.ch(['3号楼', '5号楼', '综合楼'])}{r.randint(1, 5)}楼{g.ch(['财务室', '档案室', '阅览室'])}领取{g.ch(['发票', '证书', '工作证'])}，工作日9:00-17:00。"

    templates = [T_jiguan, T_xianju, T_weather, T_traffic, T_onroad, T_shop, T_company, T_news, T_masked, T_template,
                 T_placeholder, T_pickup, T_train, T_typhoon, T_shipping, T_meeting, T_bus, T_court, T_estate_ad,
                 T_hukou, T_logistics, T_job, T_construction, T_scenic, T_directions, T_region_only, T_selectors,
                 T_ip_location, T_express_price, T_room_number]
    # every template once, the themes the brief names most (masked, placeholders, bare divisions, roads without
    # a number, shops/companies, weather/traffic, news, 籍贯) a second time
    extra = [T_jiguan, T_xianju, T_weather, T_traffic, T_onroad, T_onroad, T_shop, T_company, T_news, T_masked,
             T_masked, T_masked, T_template, T_template, T_placeholder, T_pickup, T_region_only, T_region_only,
             T_hukou, T_selectors, T_construction, T_directions, T_bus, T_court, T_estate_ad, T_logistics,
             T_ip_location, T_typhoon, T_jiguan, T_shop]
    plan = templates + extra[: GENRE_SIZES["traps19"] - len(templates)]
    r.shuffle(plan)
    docs = []
    seen: set[str] = set()
    for t in plan:
        for _ in range(50):
            text = t()
            if text not in seen:
                break
        else:
            raise RuntimeError(f"no fresh text from {t.__name__}")
        seen.add(text)
        d = Doc(reg)
        d.t(text)
        docs.append(d)
    return docs


# ----------------------------------------------------------------------------------------------------------
# build + checks
# ----------------------------------------------------------------------------------------------------------

TRAP_GUARD = re.compile(r"(?:路|街|道|巷|弄|村)\s*[0-9０-９]+\s*(?:号|號)")


def build(return_registry: bool = False):
    rng = random.Random(SEED)
    counties = load_gazetteer()
    g = Gen(rng, counties)
    reg: dict[str, set[str]] = {t: set() for t in TYPES}
    genres = {
        "typed_lines": typed_lines(g, reg),
        "forms": forms(g, reg),
        "chats": chats(g, reg),
        "traps19": traps(g, reg),
    }
    records = []
    for genre, docs in genres.items():
        assert len(docs) == GENRE_SIZES[genre], (genre, len(docs))
        for i, d in enumerate(docs, 1):
            records.append({"id": f"{NAME}-{genre}-{i:03d}", "genre": genre, "text": d.text(),
                            "spans": sorted(d.spans)})
    check(records, reg, counties)
    return (records, reg, counties) if return_registry else records


def check(records: list[dict], reg: dict[str, set[str]], counties) -> None:
    ids = set()
    for rec in records:
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        if rid in ids:
            raise ValueError(f"duplicate id {rid}")
        ids.add(rid)
        prev_end = -1
        for start, end, typ in spans:
            if typ not in TYPES:
                raise ValueError(f"{rid}: bad type {typ}")
            if not 0 <= start < end <= len(text):
                raise ValueError(f"{rid}: span out of range {start, end}")
            if start < prev_end:
                raise ValueError(f"{rid}: overlapping spans at {start}")
            prev_end = end
            val = text[start:end]
            if _edge_bad(val[0]) or _edge_bad(val[-1]):
                raise ValueError(f"{rid}: span with whitespace/punctuation at an edge: {val!r}")
            if not VALIDATORS[typ](val):
                raise ValueError(f"{rid}: {typ} span does not re-validate: {val!r}")
        if rec["genre"] == "traps19":
            if spans:
                raise ValueError(f"{rid}: trap document has spans")
            if TRAP_GUARD.search(text):
                raise ValueError(f"{rid}: trap looks like a numbered street address: {text!r}")
    # every generated value is labelled wherever it occurs (by a span of its type covering the occurrence)
    for rec in records:
        text, spans = rec["text"], rec["spans"]
        for typ in TYPES:
            for val in reg[typ]:
                i = text.find(val)
                while i != -1:
                    if not any(s <= i and i + len(val) <= e and t == typ for s, e, t in spans):
                        raise ValueError(f"{rec['id']}: generated {typ} {val!r} occurs unlabelled at {i}")
                    i = text.find(val, i + 1)
    # Traditional mainland divisions map onto real GB/T 2260 names
    known = set(counties)
    for _trad, simp in TRAD_LOCS:
        if simp not in known:
            raise ValueError(f"not a GB/T 2260 division: {simp}")


def dumps(records: list[dict]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="rebuild in memory and compare with the file on disk")
    args = ap.parse_args(argv)
    data = dumps(build())
    if args.check:
        if not OUT.exists() or OUT.read_bytes() != data:
            print(f"{OUT.name}: NOT identical to a fresh build", file=sys.stderr)
            return 1
        print(f"{OUT.name}: identical to a fresh build")
        return 0
    OUT.write_bytes(data)
    n_docs = data.count(b"\n")
    print(f"wrote {OUT} ({n_docs} documents)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
