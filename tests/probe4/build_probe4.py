"""Build probe 4: PERSON and ADDRESS in the places where leaked personal data really appears.

Deterministic (fixed seeds, no hash-order dependence): ``python tests/probe4/build_probe4.py`` rewrites
``tests/probe4/probe4.jsonl``; ``--check`` only compares a fresh build with the committed file.

Everything here is written independently of the detector (it does not read ``leakaid.detect`` or
``leakaid.synth``).  Names are assembled from surname / given-name lists below, addresses from the small
gazetteer below; no real people.  Offsets are Python ``str`` indices computed while the text is assembled.

Label conventions (see README.md in this folder for the reasoning):

* PERSON  - a person's full name as written (张伟, 欧阳娜娜, 买买提·艾力, 扎西顿珠).  Not labelled: surname +
  title (李先生, 王总), masked names (张某, 张某某, 张*, 李*明, 王XX), nicknames (小王, 老李, 阿强).
* ADDRESS - the whole postal address of a person or delivery point as one span, from the first
  administrative or road part to the last building / unit / room part, spaces between parts included
  (waybills write ``浙江省 杭州市 西湖区 文三路90号``).  A leading postcode and trailing ``，310012`` are
  outside the span.  An address needs a delivery-point locator (house number, community or building with
  a unit, village group): administrative names alone (上海市, 广东深圳, 江苏省南京市玄武区), a street name
  without a number (文三路今日起封闭施工), a building or community name alone (金海大厦, 阳光花园二期), a unit
  without its place (3号楼2单元) and a company name are not labelled.  Where a form
  splits the address into ``所在地区`` and ``详细地址`` fields (or a table into 省/市/区/详细地址 columns),
  only the detail field, which carries the locator, is labelled.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "probe4.jsonl"
SEED = 20240604

GENRES = ["waybill", "form", "csv", "court", "chat", "traditional", "traps4"]
DOCS_PER_GENRE = 48

# --------------------------------------------------------------------------------------------- names

SURNAMES = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚"
    "卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
COMPOUND_SURNAMES = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐"]
GIVEN_M = list("伟强磊军洋勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林阳坤峰建晨文博志瑞海亮嘉振国")
GIVEN_F = list("芳娜敏静丽艳娟霞秀玲燕萍红梅琳雪婷颖慧倩佳琪欣怡悦蕾薇瑶晴璐岚婧楠雯丹青月曦妍")
# Well-known people a random draw could hit; never emitted.
BLOCKLIST = {
    "李娜", "王菲", "刘翔", "姚明", "成龙", "马云", "雷军", "李宁", "林丹", "孙杨", "朱婷", "郎平", "韩寒",
    "莫言", "鲁迅", "巴金", "老舍", "李白", "杜甫", "刘备", "曹操", "周杰", "杨幂", "赵薇", "周迅", "孙俪",
    "邓超", "黄渤", "刘强", "王健", "张杰", "李健", "汪峰", "王杰", "刘欢", "毛宁", "孙楠", "韩红", "王俊凯",
    "赵丽颖", "杨颖", "刘涛", "王凯", "李晨", "杨洋", "张帅", "朱丹", "黎明", "白雪", "韩雪", "江涛", "李强",
    "李鹏", "王勇", "王晨", "劉德華", "周慧敏", "林志玲", "林俊傑", "陳慧琳", "郭富城", "李嘉欣",
}

MINORITY_FIRST = ["买买提", "阿依古丽", "艾尔肯", "古丽米热", "热依拉", "努尔兰", "阿力木", "帕提古丽",
                  "吐尔洪", "米热古丽", "艾合买提", "再努尔", "阿不都热依木", "布威"]
MINORITY_LAST = ["艾力", "吐尔逊", "吾斯曼", "阿不都", "托合提", "阿卜杜拉", "依明", "热合曼", "库尔班",
                 "玉素甫", "买买提", "司马义"]
SINGLE_PART_NAMES = ["扎西顿珠", "次仁卓玛", "格桑拉姆", "巴特尔", "其其格", "央金措"]

TRAD_SURNAMES = list("陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高簡游詹")
TRAD_GIVEN = list("志明家豪俊傑建宏文雅婷怡君淑芬美玲惠宗翰冠宇承恩詩涵佩瑜嘉欣偉國華榮德慧秀珍子軒柏霖彥廷思穎凱琪")
HK_GIVEN = list("大文志強偉明家樂嘉詠詩敏慧儀卓霆浩朗子健美寶玉麗")

NICKNAMES = ["小王", "老李", "阿强", "大刘", "小美", "老张", "阿珍", "小陈", "胖虎", "老周"]
TITLES = ["先生", "女士", "总", "经理", "老师", "医生", "师傅", "工"]


def person(rng: random.Random) -> str:
    """A plausible fake Han name: 2 or 3 characters, sometimes a compound surname."""
    while True:
        surname = rng.choice(COMPOUND_SURNAMES) if rng.random() < 0.08 else rng.choice(SURNAMES)
        pool = GIVEN_M if rng.random() < 0.5 else GIVEN_F
        n = 1 if rng.random() < 0.35 else 2
        given = "".join(rng.choice(pool) for _ in range(n))
        if n == 2 and given[0] == given[1] and rng.random() < 0.5:
            continue
        name = surname + given
        if name not in BLOCKLIST:
            return name


def minority(rng: random.Random) -> str:
    dot = "·" if rng.random() < 0.85 else "•"
    return rng.choice(MINORITY_FIRST) + dot + rng.choice(MINORITY_LAST)


def any_person(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.07:
        return minority(rng)
    if r < 0.09:
        return rng.choice(SINGLE_PART_NAMES)
    return person(rng)


def trad_person(rng: random.Random, hk: bool = False) -> str:
    if rng.random() < 0.06:
        return "歐陽" + rng.choice(TRAD_GIVEN) + rng.choice(TRAD_GIVEN)
    pool = HK_GIVEN if hk else TRAD_GIVEN
    n = 2 if rng.random() < 0.85 else 1
    return rng.choice(TRAD_SURNAMES) + "".join(rng.choice(pool) for _ in range(n))


def masked_person(rng: random.Random) -> str:
    s = rng.choice(SURNAMES)
    return rng.choice([s + "某", s + "某某", s + "*", s + "**", s + "*" + rng.choice(GIVEN_M + GIVEN_F),
                       s + "XX", s + "×", s + "某甲"])


def titled(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(TITLES)


# ----------------------------------------------------------------------------------------- gazetteer

# province -> city -> district -> roads.  Municipalities repeat their name as the only "city".
GAZ: dict[str, dict[str, dict[str, list[str]]]] = {
    "浙江省": {
        "杭州市": {"西湖区": ["文三路", "天目山路", "古墩路"], "拱墅区": ["莫干山路", "湖墅南路"],
                   "滨江区": ["江南大道", "网商路"]},
        "宁波市": {"海曙区": ["中山西路", "解放南路"], "鄞州区": ["天童南路", "四明中路"]},
        "温州市": {"鹿城区": ["人民东路", "车站大道"], "瓯海区": ["瓯海大道"]},
    },
    "江苏省": {
        "南京市": {"玄武区": ["中山路", "北京东路"], "鼓楼区": ["中央路", "广州路"], "建邺区": ["江东中路"]},
        "苏州市": {"姑苏区": ["人民路", "干将西路"], "吴中区": ["东吴北路"]},
        "无锡市": {"梁溪区": ["中山路", "解放西路"], "滨湖区": ["蠡湖大道"]},
    },
    "广东省": {
        "广州市": {"天河区": ["天河路", "体育西路", "黄埔大道西"], "越秀区": ["中山五路", "东风中路"],
                   "海珠区": ["江南大道中", "新港中路"]},
        "深圳市": {"南山区": ["深南大道", "科苑路", "南海大道"], "福田区": ["福华路", "彩田路"],
                   "宝安区": ["新安六路", "宝民一路"]},
        "佛山市": {"禅城区": ["季华五路", "汾江中路"], "南海区": ["桂澜路"]},
    },
    "四川省": {
        "成都市": {"武侯区": ["人民南路四段", "科华北路"], "锦江区": ["春熙路", "东大街"],
                   "成华区": ["建设北路"]},
        "绵阳市": {"涪城区": ["临园路", "剑南路"]},
    },
    "湖北省": {
        "武汉市": {"武昌区": ["中南路", "中北路"], "洪山区": ["珞喻路", "雄楚大道"], "江汉区": ["解放大道"]},
        "宜昌市": {"西陵区": ["东山大道", "夷陵大道"]},
    },
    "湖南省": {
        "长沙市": {"岳麓区": ["麓山南路", "枫林三路"], "芙蓉区": ["五一大道", "八一路"],
                   "天心区": ["芙蓉中路"]},
        "株洲市": {"天元区": ["长江北路"], "芦淞区": ["建设中路"]},
    },
    "山东省": {
        "济南市": {"历下区": ["经十路", "泉城路"], "市中区": ["英雄山路"]},
        "青岛市": {"市南区": ["香港中路", "山东路"], "崂山区": ["海尔路"]},
    },
    "河南省": {
        "郑州市": {"金水区": ["花园路", "经三路"], "二七区": ["大学路"]},
        "洛阳市": {"西工区": ["中州中路"], "洛龙区": ["开元大道"]},
    },
    "河北省": {
        "石家庄市": {"长安区": ["中山东路"], "裕华区": ["槐安东路", "建华南大街"]},
        "保定市": {"竞秀区": ["朝阳北大街"], "莲池区": ["东风中路"]},
    },
    "福建省": {
        "福州市": {"鼓楼区": ["五四路", "杨桥中路"], "仓山区": ["则徐大道"]},
        "厦门市": {"思明区": ["厦禾路", "湖滨南路"], "湖里区": ["嘉禾路"]},
    },
    "安徽省": {
        "合肥市": {"蜀山区": ["长江西路", "黄山路"], "包河区": ["马鞍山路"]},
        "芜湖市": {"镜湖区": ["中山北路"]},
    },
    "陕西省": {
        "西安市": {"雁塔区": ["长安南路", "小寨东路"], "碑林区": ["南大街"], "未央区": ["凤城八路"]},
        "宝鸡市": {"渭滨区": ["经二路"]},
    },
    "辽宁省": {
        "沈阳市": {"和平区": ["南京北街", "三好街"], "沈河区": ["青年大街"]},
        "大连市": {"中山区": ["人民路"], "沙河口区": ["西安路"]},
    },
    "江西省": {
        "南昌市": {"东湖区": ["八一大道"], "红谷滩区": ["红谷中大道"]},
        "赣州市": {"章贡区": ["文清路"]},
    },
    "云南省": {
        "昆明市": {"五华区": ["东风西路"], "盘龙区": ["北京路"]},
        "大理白族自治州": {"大理市": ["人民路"]},
    },
    "广西壮族自治区": {
        "南宁市": {"青秀区": ["民族大道"], "兴宁区": ["朝阳路"]},
        "桂林市": {"秀峰区": ["中山中路"]},
    },
    "新疆维吾尔自治区": {
        "乌鲁木齐市": {"天山区": ["解放南路", "新华南路"], "沙依巴克区": ["友好南路"]},
        "喀什地区": {"喀什市": ["人民东路"]},
    },
    "黑龙江省": {
        "哈尔滨市": {"南岗区": ["西大直街"], "道里区": ["中央大街"]},
    },
    "北京市": {"北京市": {"朝阳区": ["建国路", "朝阳北路"], "海淀区": ["中关村大街", "学院路"],
                          "东城区": ["东四十条"]}},
    "上海市": {"上海市": {"浦东新区": ["世纪大道", "张杨路"], "徐汇区": ["漕溪北路", "虹桥路"],
                          "静安区": ["南京西路"]}},
    "天津市": {"天津市": {"和平区": ["南京路"], "南开区": ["鞍山西道"]}},
    "重庆市": {"重庆市": {"渝中区": ["民族路", "中山三路"], "江北区": ["建新北路"]}},
}
MUNICIPALITIES = {"北京市", "上海市", "天津市", "重庆市"}
SHORT = {"浙江省": "浙江", "江苏省": "江苏", "广东省": "广东", "四川省": "四川", "湖北省": "湖北",
         "湖南省": "湖南", "山东省": "山东", "河南省": "河南", "河北省": "河北", "福建省": "福建",
         "安徽省": "安徽", "陕西省": "陕西", "辽宁省": "辽宁", "江西省": "江西", "云南省": "云南",
         "广西壮族自治区": "广西", "新疆维吾尔自治区": "新疆", "黑龙江省": "黑龙江"}

# (province, city, county, town) for village addresses
RURAL = [
    ("河南省", "洛阳市", "嵩县", "田湖镇"), ("四川省", "绵阳市", "三台县", "芦溪镇"),
    ("湖南省", "株洲市", "攸县", "网岭镇"), ("江西省", "赣州市", "于都县", "贡江镇"),
    ("安徽省", "阜阳市", "临泉县", "杨桥镇"), ("广西壮族自治区", "桂林市", "阳朔县", "白沙镇"),
    ("云南省", "大理白族自治州", "宾川县", "金牛镇"), ("山东省", "菏泽市", "曹县", "庄寨镇"),
    ("湖北省", "黄冈市", "麻城市", "宋埠镇"), ("河北省", "邢台市", "宁晋县", "凤凰镇"),
]
VILLAGE_PREFIX = ["新庄", "李家", "王庄", "东湖", "红星", "前进", "大林", "柳树", "石桥", "河口", "杨湾", "南塘"]
COMMUNITIES = ["阳光花园", "金色家园", "翠苑一区", "锦绣华庭", "幸福里", "滨江花园", "书香名邸", "城市之光",
               "碧水湾", "紫荆苑", "和平小区", "新华小区", "学府佳园", "天一家园", "润泽园", "金桂园", "丽景湾",
               "东方名苑", "高新公寓", "江南春晓"]
BUILDINGS = ["东部软件园", "科技大厦", "创业大厦", "国际商务中心", "金融广场", "数码港大厦", "星光写字楼",
             "华美大厦", "汇智中心", "创新工场"]


def unit(rng: random.Random) -> str:
    b, u, fl, r = rng.randint(1, 32), rng.randint(1, 4), rng.randint(1, 33), rng.randint(1, 6)
    room = f"{fl}{r:02d}"
    return rng.choice([
        f"{b}号楼{u}单元{room}室", f"{b}栋{room}室", f"{b}幢{u}单元{room}", f"{b}-{u}-{room}",
        f"{b}号楼{room}", f"{rng.choice('ABCD')}座{room}室", f"{b}栋{u}单元{room}", f"{room}室",
        f"{b}幢{room}室", f"{b}号楼{u}单元{room}",
    ])


def locator(rng: random.Random, road: str) -> str:
    """Road + number and, usually, a community / building and unit."""
    no = rng.randint(1, 999)
    num = rng.choice([f"{no}号", f"{no}号", f"{no}号", f"{no}-{rng.randint(1, 9)}号", f"{no}弄"])
    tail = rng.random()
    if tail < 0.35:
        return f"{road}{num}{rng.choice(COMMUNITIES)}{unit(rng)}"
    if tail < 0.6:
        return f"{road}{num}{rng.choice(BUILDINGS)}{unit(rng)}"
    if tail < 0.85:
        return f"{road}{num}{unit(rng)}"
    return f"{road}{num}"


class Addr:
    """One generated address, kept in parts so templates can render or split it."""

    def __init__(self, prov: str, city: str, dist: str, detail: str) -> None:
        self.prov, self.city, self.dist, self.detail = prov, city, dist, detail

    def region(self, short: bool = False) -> str:
        if self.prov in MUNICIPALITIES:
            return self.prov + self.dist
        if short:
            return SHORT.get(self.prov, self.prov) + self.city.removesuffix("市") + self.dist
        return self.prov + self.city + self.dist

    def full(self, style: str = "plain") -> str:
        if style == "spaced":
            parts = [self.prov] if self.prov in MUNICIPALITIES else [self.prov, self.city]
            return " ".join([*parts, self.dist, self.detail])
        if style == "noprov":
            return self.city + self.dist + self.detail if self.prov not in MUNICIPALITIES else self.full()
        if style == "short":
            return self.region(short=True) + self.detail
        if style == "detail":
            return self.detail
        return self.region() + self.detail


def address(rng: random.Random, province: str | None = None) -> Addr:
    if rng.random() < 0.12 and province is None:
        prov, city, county, town = rng.choice(RURAL)
        village = rng.choice(VILLAGE_PREFIX) + "村"
        tail = rng.choice([f"{rng.randint(1, 12)}组{rng.randint(1, 99)}号", f"{rng.randint(1, 120)}号",
                           f"{rng.randint(1, 9)}组"])
        return Addr(prov, city, county, f"{town}{village}{tail}")
    prov = province or rng.choice(sorted(GAZ))
    city = rng.choice(sorted(GAZ[prov]))
    dist = rng.choice(sorted(GAZ[prov][city]))
    road = rng.choice(GAZ[prov][city][dist])
    if rng.random() < 0.1:
        detail = f"{rng.choice(COMMUNITIES)}{unit(rng)}"
    else:
        detail = locator(rng, road)
    return Addr(prov, city, dist, detail)


def admin_only(rng: random.Random) -> str:
    a = address(rng)
    return a.region()


# Traditional-character gazetteers.  Taiwan: (city, district, postcode, roads).
TW = [
    ("台北市", "大安區", "106", ["忠孝東路四段", "復興南路一段", "敦化南路二段", "和平東路二段"]),
    ("臺北市", "信義區", "110", ["松仁路", "基隆路一段", "信義路五段"]),
    ("台北市", "中山區", "104", ["南京東路二段", "民生東路三段", "中山北路二段"]),
    ("新北市", "板橋區", "220", ["文化路一段", "中山路一段"]),
    ("新北市", "新店區", "231", ["北新路三段"]),
    ("新北市", "中和區", "235", ["中和路", "景平路"]),
    ("台中市", "西屯區", "407", ["台灣大道三段", "文心路三段"]),
    ("臺中市", "北區", "404", ["三民路三段"]),
    ("高雄市", "苓雅區", "802", ["四維三路", "中正一路"]),
    ("高雄市", "三民區", "807", ["建工路"]),
    ("台南市", "東區", "701", ["中華東路三段", "林森路一段"]),
    ("桃園市", "中壢區", "320", ["中正路", "中央西路二段"]),
]
HK = [
    ("香港", "灣仔", ["軒尼詩道", "駱克道"]), ("香港", "銅鑼灣", ["怡和街", "軒尼詩道"]),
    ("香港", "北角", ["英皇道"]), ("香港", "中環", ["德輔道中"]),
    ("九龍", "旺角", ["彌敦道", "亞皆老街"]), ("九龍", "尖沙咀", ["廣東道", "加拿分道"]),
    ("九龍", "觀塘", ["觀塘道", "開源道"]), ("九龍", "深水埗", ["長沙灣道"]),
    ("新界", "沙田", ["沙田正街", "源禾路"]), ("新界", "荃灣", ["沙咀道"]),
    ("新界", "將軍澳", ["唐德街"]), ("新界", "屯門", ["屯門鄉事會路"]),
]
HK_BUILDINGS = ["華興大廈", "恆景中心", "富華商業大廈", "嘉寶花園第2座", "海濱廣場", "金輝大廈", "康怡花園B座"]


def tw_address(rng: random.Random) -> tuple[str, str]:
    """(postcode, address)."""
    city, dist, zipc, roads = rng.choice(TW)
    road = rng.choice(roads)
    no = rng.randint(1, 360)
    r = rng.random()
    if r < 0.3:
        num = f"{rng.randint(1, 300)}巷{rng.randint(1, 40)}弄{no}號"
    elif r < 0.55:
        num = f"{rng.randint(1, 300)}巷{no}號"
    else:
        num = f"{no}號"
    fl = rng.randint(2, 25)
    tail = rng.choice([f"{fl}樓", f"{fl}樓之{rng.randint(1, 9)}", f"{fl}F", ""])
    return zipc, f"{city}{dist}{road}{num}{tail}"


def hk_address(rng: random.Random, with_region: bool = True) -> str:
    region, area, roads = rng.choice(HK)
    prefix = ("香港" + (region if region != "香港" else "")) if with_region else ""
    road = rng.choice(roads)
    flat = rng.choice([f"{rng.randint(2, 40)}樓{rng.choice('ABCDEFGH')}室",
                       f"{rng.randint(2, 40)}樓{rng.randint(1, 28):02d}室",
                       f"{rng.randint(2, 40)}樓{rng.randint(2, 40)}{rng.randint(1, 12):02d}室"])
    return f"{prefix}{area}{road}{rng.randint(1, 888)}號{rng.choice(HK_BUILDINGS)}{flat}"


# ------------------------------------------------------------------------------------------ helpers

def phone(rng: random.Random, masked: bool = False) -> str:
    head = rng.choice(["138", "139", "135", "136", "150", "151", "158", "186", "187", "188", "177", "199"])
    tail = "".join(str(rng.randint(0, 9)) for _ in range(8))
    if masked:
        return head + "****" + tail[4:]
    return head + tail


def id_number(rng: random.Random) -> str:
    region = rng.choice(["330106", "320102", "440305", "510107", "420106", "370102", "410105", "350102"])
    y, m, d = rng.randint(1960, 2003), rng.randint(1, 12), rng.randint(1, 28)
    body = f"{region}{y}{m:02d}{d:02d}{rng.randint(0, 999):03d}"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    check = "10X98765432"[sum(int(c) * w for c, w in zip(body, weights, strict=True)) % 11]
    return body + check


def birth(rng: random.Random) -> str:
    return f"{rng.randint(1955, 2000)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"


def postcode(rng: random.Random) -> str:
    return f"{rng.randint(10, 85)}{rng.randint(0, 9999):04d}"


COMPANY_WORDS = ["华信", "恒远", "嘉禾", "瑞丰", "鼎盛", "明达", "远航", "蓝海", "启航", "天宏"]
COMPANY_KINDS = ["电子商务有限公司", "科技有限公司", "贸易有限公司", "物流有限公司", "网络科技有限公司"]


def company(rng: random.Random) -> str:
    place = rng.choice(["杭州", "深圳", "上海", "广州", "成都", "南京", "义乌"])
    return place + rng.choice(COMPANY_WORDS) + rng.choice(COMPANY_KINDS)


class Doc:
    """Assemble text piece by piece; labelled pieces record their own offsets."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[list] = []
        self.n = 0

    def add(self, s: str, label: str | None = None) -> Doc:
        if label:
            self.spans.append([self.n, self.n + len(s), label])
        self.parts.append(s)
        self.n += len(s)
        return self

    def p(self, s: str) -> Doc:
        return self.add(s, "PERSON")

    def a(self, s: str) -> Doc:
        return self.add(s, "ADDRESS")

    @property
    def text(self) -> str:
        return "".join(self.parts)


# ------------------------------------------------------------------------------------------ waybill

def waybill(rng: random.Random, i: int) -> Doc:
    d = Doc()
    k = i % 10
    name, tel = any_person(rng), phone(rng, masked=rng.random() < 0.3)
    addr = address(rng)
    if k == 0:
        d.add(f"顺丰速运 标准快递\n运单号：SF{rng.randint(10**12, 10**13 - 1)}\n收件人：").p(name)
        d.add(f" {tel}\n收件地址：").a(addr.full()).add("\n寄件人：")
        d.p(person(rng)).add(f" {phone(rng)}\n寄件地址：").a(address(rng).full()).add("\n托寄物：文件  件数：1")
    elif k == 1:  # Taobao "copy address" line
        if (i // 10) % 2:  # pasted without separators
            d.p(name).add(phone(rng)).a(addr.full())
        else:
            d.p(name).add(f"，{tel}，").a(addr.full("spaced")).add(f"，{postcode(rng)}")
    elif k == 2:
        d.add("收：").p(name).add(f" {tel}\n").a(addr.full()).add(f"\n寄：{company(rng)} 客服 400-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}")
    elif k == 3:  # split region / detail fields: only the detail carries a locator
        d.add("收货人：").p(name).add(f"\n手机号码：{tel}\n所在地区：{addr.region()}\n详细地址：").a(addr.detail)
        d.add(f"\n订单编号：{rng.randint(10**17, 10**18 - 1)}")
    elif k == 4:
        d.add(f"【中通快递】{rng.randint(7 * 10**13, 8 * 10**13)}\n").p(name).add(f" 收 {tel}\n").a(addr.full())
        d.add(f"\n{addr.city.removesuffix('市')}转运中心 {rng.choice(['A', 'B', 'C'])}{rng.randint(1, 40)}")
    elif k == 5:  # masked recipient, full address
        d.add(f"收件人：{masked_person(rng)} {phone(rng, masked=True)}\n地址：").a(addr.full())
        d.add(f"\n寄件人：{titled(rng)} {phone(rng, masked=True)}")
    elif k == 6:
        d.add("客户姓名：").p(name).add(f"\n客户电话：{tel}\n客户地址：").a(addr.full())
        d.add(f"\n配送站点：{addr.city.removesuffix('市')}{addr.dist.removesuffix('区')}营业部\n商品：电动牙刷×1")
    elif k == 7:
        d.add("到付 ").p(name).add(f"（{tel}）").a(addr.full("short")).add(" 备注：放门卫，别打电话")
    elif k == 8:
        d.add("收件人:").p(name).add(f"  电话:{tel}  地址:").a(addr.full("noprov"))
        d.add(f"\n寄件人:{company(rng)}  地址:").a(address(rng).full())
    else:
        d.add(f"韵达快递 {rng.randint(4 * 10**12, 5 * 10**12)}\n收 ").p(name).add(f" {tel}\n").a(addr.full("spaced"))
        d.add("\n寄 ").p(person(rng)).add(f" {phone(rng, masked=True)} {addr.city}")
    return d


# --------------------------------------------------------------------------------------------- form

ETHNIC = ["汉", "汉", "汉", "汉", "回", "壮", "满", "维吾尔", "藏", "苗"]


def form(rng: random.Random, i: int) -> Doc:
    d = Doc()
    k = i % 8
    name, addr = any_person(rng), address(rng)
    if k == 0:
        d.add(f"旅客住宿登记单\n房号：{rng.randint(2, 20)}{rng.randint(1, 30):02d}  入住日期：2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}\n姓名：")
        d.p(name).add(f"  性别：{rng.choice('男女')}  民族：{rng.choice(ETHNIC)}\n证件类型：居民身份证  证件号码：{id_number(rng)}\n户籍地址：")
        d.a(addr.full()).add("\n同住人：").p(person(rng)).add("\n前台经办：").add(titled(rng))
    elif k == 1:
        d.add("员工入职信息登记表\n姓名 | ").p(name).add(f"\n性别 | {rng.choice('男女')}\n出生日期 | {birth(rng)}\n户籍地址 | ")
        d.a(addr.full()).add("\n现居住地址 | ").a(address(rng).full()).add("\n紧急联系人 | ").p(person(rng))
        d.add(f"（{rng.choice(['父亲', '母亲', '配偶', '哥哥'])}） {phone(rng)}\n入职部门 | 运营部  直属上级 | {titled(rng)}")
    elif k == 2:
        d.add("业主信息登记\n业主姓名：").p(name).add(f"\n联系电话：{phone(rng)}\n房屋地址：").a(addr.full())
        d.add(f"\n车牌号：浙A{rng.randint(10000, 99999)}\n登记人：物业{rng.choice(NICKNAMES)}")
    elif k == 3:
        d.add("新生入学信息采集表\n学生姓名：").p(name).add("\n父亲姓名：").p(person(rng)).add(f"  电话：{phone(rng)}\n母亲姓名：")
        d.p(person(rng)).add(f"  电话：{phone(rng)}\n家庭住址：").a(addr.full()).add("\n毕业学校：第二实验小学")
    elif k == 4:  # spaced field labels; sometimes a spaced two-character name
        sp = person(rng)
        if len(sp) == 2 and rng.random() < 0.6:
            sp = sp[0] + "\u3000" + sp[1]
        d.add("姓　　名：").p(sp).add(f"\n性　　别：{rng.choice('男女')}\n身份证号：{id_number(rng)}\n住　　址：").a(addr.full())
        d.add(f"\n联系方式：{phone(rng)}")
    elif k == 5:
        d.add("个人保险投保单\n投保人：").p(name).add("  被保险人：").p(person(rng)).add("\n通讯地址：")
        d.a(addr.full()).add(f"  邮编：{postcode(rng)}\n受益人：法定")
    elif k == 6:  # contact with title only, blank fields left unlabelled
        d.add("访客登记\n来访人：").p(name).add(f"  手机：{phone(rng)}\n被访人：{titled(rng)}\n来访人住址：")
        d.a(addr.full()).add("\n紧急联系人：________  联系电话：________")
    else:
        d.add(f"社区居民信息登记表（{addr.dist}）\n户主：").p(name).add(f"，{rng.choice(ETHNIC)}族，{birth(rng)}生\n")
        d.add("现住址：").a(addr.full("noprov")).add("\n家庭成员：").p(person(rng)).add("、").p(person(rng))
        d.add(f"\n网格员：{rng.choice(NICKNAMES)}")
    return d


# ---------------------------------------------------------------------------------------------- csv

def csv_doc(rng: random.Random, i: int) -> Doc:
    d = Doc()
    k = i % 8
    rows = rng.randint(3, 6)
    if k == 0:
        d.add("姓名,手机,地址\n")
        for _ in range(rows):
            d.p(any_person(rng)).add(f",{phone(rng)},").a(address(rng).full()).add("\n")
    elif k == 1:
        d.add("序号\t姓名\t性别\t联系电话\t家庭住址\n")
        for r in range(rows):
            d.add(f"{r + 1}\t").p(any_person(rng)).add(f"\t{rng.choice('男女')}\t{phone(rng)}\t").a(address(rng).full()).add("\n")
    elif k == 2:  # headerless dump
        for _ in range(rows):
            d.p(person(rng)).add(f",{phone(rng)},{id_number(rng)},").a(address(rng).full()).add("\n")
    elif k == 3:  # quoted export
        d.add('"订单号","收货人","手机号","收货地址","金额"\n')
        for _ in range(rows):
            d.add(f'"{rng.randint(10**15, 10**16 - 1)}","').p(any_person(rng)).add(f'","{phone(rng)}","')
            d.a(address(rng).full("spaced")).add(f'","{rng.randint(9, 999)}.00"\n')
    elif k == 4:  # split columns: only the detail column carries a locator
        d.add("姓名,省份,城市,区县,详细地址,电话\n")
        for _ in range(rows):
            a = address(rng)
            city = a.city if a.prov not in MUNICIPALITIES else a.prov
            d.p(person(rng)).add(f",{a.prov},{city},{a.dist},").a(a.detail).add(f",{phone(rng)}\n")
    elif k == 5:  # English header, masked names mixed in
        d.add("name,mobile,address\n")
        for _ in range(rows):
            if rng.random() < 0.3:
                d.add(f"{masked_person(rng)},{phone(rng, masked=True)},").a(address(rng).full()).add("\n")
            else:
                d.p(any_person(rng)).add(f",{phone(rng)},").a(address(rng).full()).add("\n")
    elif k == 6:  # headerless TSV, name last
        for _ in range(rows):
            d.add(f"{phone(rng)}\t").a(address(rng).full("noprov")).add("\t").p(any_person(rng)).add("\n")
    else:  # pipe table from a forum leak post
        d.add("| 姓名 | 身份证 | 住址 |\n|---|---|---|\n")
        for _ in range(rows):
            d.add("| ").p(person(rng)).add(f" | {id_number(rng)} | ").a(address(rng).full()).add(" |\n")
    return d


# -------------------------------------------------------------------------------------------- court

def court(rng: random.Random, i: int) -> Doc:
    d = Doc()
    k = i % 6
    a = address(rng)
    court_city = a.city if a.prov not in MUNICIPALITIES else a.prov
    court_name = court_city + a.dist + "人民法院"
    year = rng.randint(2018, 2024)
    plaintiff, lawyer, judge, clerk = any_person(rng), person(rng), person(rng), person(rng)
    sex = rng.choice("男女")
    if k == 0:
        defendant = masked_person(rng)
        d.add(f"{court_name}\n民事判决书\n（{year}）民初{rng.randint(100, 9999)}号\n原告：").p(plaintiff)
        d.add(f"，{sex}，{birth(rng)}出生，汉族，住").a(a.full()).add("。\n委托诉讼代理人：").p(lawyer)
        d.add(f"，{rng.choice(COMPANY_WORDS)}律师事务所律师。\n被告：{defendant}，{rng.choice('男女')}，{rng.randint(1960, 1999)}年生，汉族，住{admin_only(rng)}。\n原告")
        d.p(plaintiff).add(f"与被告{defendant}民间借贷纠纷一案，本院立案后，依法适用简易程序，公开开庭进行了审理。原告").p(plaintiff)
        d.add("及其委托诉讼代理人").p(lawyer).add("到庭参加诉讼，被告经传票传唤无正当理由拒不到庭。\n审判员　").p(judge)
        d.add(f"\n{year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日\n书记员　").p(clerk)
    elif k == 1:  # company defendant with registered address
        legal_rep, co = person(rng), company(rng)
        d.add(f"{court_name}\n民事判决书\n原告：").p(plaintiff).add(f"，{sex}，{birth(rng)}出生，汉族，住").a(a.full())
        d.add(f"，公民身份号码{id_number(rng)}。\n被告：{co}，住所地").a(address(rng).full()).add("。\n法定代表人：").p(legal_rep)
        d.add("，该公司总经理。\n原告").p(plaintiff).add(f"向本院提出诉讼请求：判令被告支付工资{rng.randint(5, 90)}000元。")
    elif k == 2:  # criminal: birthplace alone unlabelled, household-register address labelled
        home = address(rng)
        d.add(f"{court_name}\n刑事判决书\n公诉机关{court_city}{a.dist}人民检察院。\n被告人").p(plaintiff)
        d.add(f"，{sex}，{birth(rng)}出生于{home.region()}，汉族，初中文化，无业，户籍地").a(home.full())
        d.add("，现住").a(address(rng).full("noprov")).add(f"。因涉嫌诈骗罪于{year}年{rng.randint(1, 12)}月被刑事拘留。\n辩护人").p(lawyer)
        d.add("，律师。\n审判长　").p(judge).add("\n人民陪审员　").p(person(rng))
    elif k == 3:  # fully masked judgment: nothing to label
        m1, m2 = masked_person(rng), masked_person(rng)
        d.add(f"{court_name}\n民事判决书\n原告：{m1}，{sex}，{rng.randint(1960, 1999)}年生，汉族，住{admin_only(rng)}。\n")
        d.add(f"被告：{m2}，{rng.choice('男女')}，住{admin_only(rng)}。\n原告{m1}与被告{m2}离婚纠纷一案，本院依法适用简易程序进行了审理。")
    elif k == 4:  # appeal
        appellee = person(rng)
        d.add(f"{court_city}中级人民法院\n民事判决书\n上诉人（原审被告）：").p(plaintiff)
        d.add(f"，{sex}，{birth(rng)}出生，住").a(a.full()).add("。\n被上诉人（原审原告）：").p(appellee)
        d.add(f"，{rng.choice('男女')}，住").a(address(rng).full()).add("。\n上诉人").p(plaintiff).add("因与被上诉人")
        d.p(appellee).add(f"房屋租赁合同纠纷一案，不服{court_name}（{year - 1}）民初{rng.randint(100, 999)}号民事判决，向本院提起上诉。")
    else:  # enforcement ruling, multiple applicants
        d.add(f"{court_name}\n执行裁定书\n申请执行人：").p(plaintiff).add("，住").a(a.full()).add("。\n申请执行人：")
        d.p(person(rng)).add("，住").a(address(rng).full()).add(f"。\n被执行人：{masked_person(rng)}，住{admin_only(rng)}。\n执行员　").p(judge)
    return d


# --------------------------------------------------------------------------------------------- chat

def chat(rng: random.Random, i: int) -> Doc:
    d = Doc()
    k = i % 10
    name, addr, tel = any_person(rng), address(rng), phone(rng)
    if k == 0:
        d.add("你好，我叫").p(name).add("，地址是").a(addr.full()).add(f"，电话{tel}，麻烦尽快发货哈")
    elif k == 1:
        nick = rng.choice(NICKNAMES)
        day = f"2024-03-0{rng.randint(1, 9)}"
        d.add(f"{day} 10:21 客服{nick}：亲，收货信息发一下哦\n{day} 10:22 ")
        d.p(name).add("：").p(name).add(f" {tel} ").a(addr.full("spaced"))
    elif k == 2:
        d.add("帮我寄到我妈那：").a(addr.full()).add("，收件人").p(name).add(f"，电话{tel}，谢啦")
    elif k == 3:
        d.add("顺丰寄到").a(addr.full("noprov")).add("，").p(name).add(f"收，{tel}")
    elif k == 4:
        d.add(f"[{rng.choice(NICKNAMES)}] 楼上又漏水了\n[业主] 我是").p(name).add("，住").a(addr.full("noprov"))
        d.add(f"的，物业{titled(rng)}电话多少？")
    elif k == 5:
        d.add("客服：请提供收件人姓名、电话和详细地址\n用户：").p(name).add("，").a(addr.full()).add(f"，{tel}")
    elif k == 6:
        d.add("地址改一下，改成").a(addr.full()).add("，收件人不变还是").p(name)
    elif k == 7:
        d.add("我是").p(minority(rng)).add("，寄到").a(address(rng, "新疆维吾尔自治区").full()).add(f"，手机{tel}")
    elif k == 8:
        d.add(f"{titled(rng)}您好，我是").p(name).add("，样品麻烦寄到公司：").a(addr.full("short"))
        d.add(f"，我手机{tel}，到了我下楼拿")
    else:
        other = person(rng)
        d.add("给你发个地址：").a(addr.full()).add("，写我老婆名字").p(other).add(f"，她电话{tel}。我叫").p(name)
        d.add("，有问题打我电话")
    return d


# -------------------------------------------------------------------------------------- traditional

def traditional(rng: random.Random, i: int) -> Doc:
    d = Doc()
    k = i % 8
    hk = k in (2, 6)
    name = trad_person(rng, hk=hk)
    zipc, addr = tw_address(rng)
    tw_tel = f"09{rng.randint(10, 99)}-{rng.randint(100, 999)}-{rng.randint(100, 999)}"
    hk_tel = f"{rng.choice('569')}{rng.randint(100, 999)} {rng.randint(1000, 9999)}"
    if k == 0:
        d.add("收件人：").p(name).add(f"\n電話：{tw_tel}\n地址：{zipc}").a(addr).add("\n備註：請於平日送達")
    elif k == 1:
        d.add("寄件人：").p(name).add(f" {tw_tel}\n寄件地址：").a(addr).add("\n收件人：").p(trad_person(rng))
        z2, a2 = tw_address(rng)
        d.add(f"\n收件地址：{z2} ").a(a2)
    elif k == 2:
        d.add("收貨人：").p(name).add(f"\n聯絡電話：{hk_tel}\n送貨地址：").a(hk_address(rng)).add("\n送貨時段：下午")
    elif k == 3:
        d.add("姓名：").p(name).add(f"\n身分證字號：{rng.choice('ABFH')}{rng.choice('12')}{rng.randint(10**7, 10**8 - 1)}\n戶籍地址：")
        d.a(addr).add("\n通訊地址：同上")
    elif k == 4:
        d.add("你好，我是").p(name).add("，麻煩幫我寄到").a(addr).add(f"，電話{tw_tel}，謝謝！")
    elif k == 5:
        d.add("原　　告　").p(name).add("\n住").a(addr).add(f"\n被　　告　{rng.choice(TRAD_SURNAMES)}○○\n上列當事人間請求給付借款事件，本院判決如下：")
    elif k == 6:
        d.add("本人").p(name).add("，現居於").a(hk_address(rng, with_region=rng.random() < 0.5)).add(f"，聯絡電話{hk_tel}。")
    else:
        d.add("姓名,電話,地址\n")
        for _ in range(rng.randint(3, 5)):
            z, a = tw_address(rng)
            d.p(trad_person(rng)).add(f",{f'09{rng.randint(10, 99)}{rng.randint(100000, 999999)}'},{z}").a(a).add("\n")
    return d


# -------------------------------------------------------------------------------------------- traps

TRAP_SENTENCES = [
    "今天大家都很高兴，孩子们张开双臂在操场上奔跑。",
    "白云山风景区周末游客量创新高。",
    "上海市金山区将举办农民画展。",
    "江山代有才人出，各领风骚数百年。",
    "夏天到了，西瓜又甜又便宜。",
    "石家庄今天最高气温35度，明天有雷阵雨。",
    "从石家庄市到张家口市的高铁正式开通。",
    "某某公司未按约定支付货款。",
    "张某某因涉嫌诈骗罪被依法刑事拘留。",
    "收件人：张**，电话：138****5678，请核对。",
    "王先生表示，他已经报警。",
    "李总说下周一开会，请大家准时参加。",
    "刘经理请回电，客户在等。",
    "陈老师好！作业已经交了。",
    "赵医生今天不出诊。",
    "《林海雪原》是一部经典小说。",
    "她最喜欢的歌是《月亮代表我的心》。",
    "《白鹿原》《平凡的世界》都值得一读。",
    "杭州文三路今日起封闭施工，请绕行。",
    "深圳南山区科技园一带晚高峰交通拥堵。",
    "浙江华信科技有限公司将于下月在杭州设立分公司。",
    "早高峰期间，地铁2号线客流较大。",
    "这件事情考虑得非常周全。",
    "向阳花开，万物复苏。",
    "黎明时分，江面上雾气很重。",
    "高明的骗子往往先骗取你的信任。",
    "马上就到，请稍等。",
    "金山银山不如绿水青山。",
    "于是他决定换一个手机号。",
    "文明城市创建工作进入冲刺阶段。",
    "武汉东湖、南京玄武湖都是著名景点。",
    "快递柜编号A-12-03，取件码8866。",
    "订单号：202403150001，商品：黄金手链。",
    "请在下方填写：姓名：________ 住址：________________",
    "雷雨天气请注意安全，尽量不要外出。",
    "常德、岳阳、衡阳三市联合发布预警。",
    "黄山风景区门票半价。",
    "宋体、黑体、楷体是常用字体。",
    "程序员小林说这个问题很难复现。",
    "老王家的狗又跑出来了。",
    "东方明珠塔今晚亮灯。",
    "公孙树又名银杏，寿命很长。",
    "金海大厦今日停电检修。",
    "黄河、长江、珠江流域普降大雨。",
    "请将材料寄至我司，地址详见官网。",
    "孔雀、白鹭、丁香都在公园里出现了。",
    "钱包丢了，里面有身份证和银行卡。",
    "史无前例的降温来袭。",
    "杨柳依依，春风拂面。",
    "龙井茶是杭州的特产。",
    "小区3号楼2单元电梯故障，请住户走楼梯。",
    "车牌号浙A12345的车主请挪车。",
    "公交58路改经文二路、学院路。",
    "李*明同学获得一等奖。",
    "王XX同志因工作调动离职。",
    "广东深圳、江苏苏州的出口数据均有增长。",
    "他住在江苏省南京市玄武区，具体门牌号不详。",
    "江南水乡，小桥流水人家。",
    "万一忘记密码，可以通过手机找回。",
    "曾经沧海难为水。",
    "方向盘突然失灵，司机紧急刹车。",
    "任何单位和个人不得非法买卖公民个人信息。",
    "北京市朝阳区、海淀区发布大风蓝色预警。",
    "华美大厦、科技大厦两栋楼今晚停水。",
    "欢迎收听《夜空中最亮的星》。",
    "诸葛连弩是一种古代兵器模型。",
    "上官网查询物流信息即可。",
    "高峰期请错峰出行。",
    "常青藤学校今年扩招。",
    "付款方式：货到付款，支持白条。",
    "阳光花园二期项目本月开盘。",
    "重庆市渝中区解放碑商圈人流如织。",
    "各位业主：本周六上午在小区广场开业主大会。",
]


def traps(rng: random.Random, i: int) -> Doc:
    d = Doc()
    n = rng.randint(3, 5)
    picks = rng.sample(TRAP_SENTENCES, n)
    # make sure every trap sentence appears at least once across the genre
    picks[0] = TRAP_SENTENCES[i % len(TRAP_SENTENCES)]
    sep = rng.choice(["", "\n", " "])
    d.add(sep.join(dict.fromkeys(picks)))
    return d


BUILDERS = {"waybill": waybill, "form": form, "csv": csv_doc, "court": court, "chat": chat,
            "traditional": traditional, "traps4": traps}


def build() -> list[dict]:
    docs = []
    for g_index, genre in enumerate(GENRES):
        rng = random.Random(SEED + 1000 * g_index)
        n = max(DOCS_PER_GENRE, len(TRAP_SENTENCES)) if genre == "traps4" else DOCS_PER_GENRE
        for i in range(n):
            d = BUILDERS[genre](rng, i)
            docs.append({"id": f"p4-{genre}-{i:03d}", "genre": genre, "text": d.text,
                         "spans": [list(s) for s in d.spans]})
    return docs


def dumps(docs: list[dict]) -> str:
    return "".join(json.dumps(doc, ensure_ascii=False) + "\n" for doc in docs)


def main(argv: list[str]) -> int:
    text = dumps(build())
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("probe4.jsonl is up to date" if same else "probe4.jsonl differs from a fresh build")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10))} documents)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
