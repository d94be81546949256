# ruff: noqa
"""Build the blind PERSON/ADDRESS probe ``probe21`` (running text).

    python build_probe21.py           # (re)write probe21.jsonl
    python build_probe21.py --check   # rebuild in memory, fail unless byte-identical
    python build_probe21.py --stats   # print counts per genre / type / template

Every value is fake and generated here from seed 2121.  Province / prefecture /
county names come from the GB/T 2260 table shipped with python-stdnum
(``stdnum/cn/loc.dat``); roads, estates, towns, villages and house numbers are
invented.  README.md documents the labelling conventions.
"""
import argparse
import json
import random
import re
import string
import sys
import unicodedata
from pathlib import Path

import stdnum
from stdnum.cn import ric

HERE = Path(__file__).resolve().parent
OUT = HERE / "probe21.jsonl"
SEED = 2121
NAME = "probe21"
GENRES = [
    ("local_news", 33),
    ("police_notices", 33),
    ("public_notices", 33),
    ("articles", 32),
    ("complaints", 33),
    ("family_chat", 33),
    ("biographies", 32),
    ("traps21", 31),
]
TRAP_GENRE = "traps21"


class BuildError(ValueError):
    """A record failed validation: the build must not produce it."""


class Collision(BuildError):
    """A generated name/address occurs unlabelled."""


# ---------------------------------------------------------------------------
# Documents with spans
# ---------------------------------------------------------------------------
class Name(str):
    """A generated full person name: becomes a PERSON span when rendered."""


class Addr(str):
    """A generated address: becomes an ADDRESS span when rendered."""


class Doc:
    __slots__ = ("text", "spans")

    def __init__(self, text="", spans=None):
        self.text = text
        self.spans = list(spans or [])

    def __add__(self, other):
        o = as_doc(other)
        n = len(self.text)
        return Doc(self.text + o.text, self.spans + [(s + n, e + n, t) for s, e, t in o.spans])

    def __radd__(self, other):
        return as_doc(other) + self


def as_doc(v):
    if isinstance(v, Doc):
        return v
    if isinstance(v, Name):
        return Doc(str(v), [(0, len(v), "PERSON")])
    if isinstance(v, Addr):
        return Doc(str(v), [(0, len(v), "ADDRESS")])
    if isinstance(v, (int,)):
        return Doc(str(v))
    if isinstance(v, str):
        return Doc(v)
    raise TypeError(f"cannot render {type(v)!r}")


_FMT = string.Formatter()


def T(tpl, **kw):
    """Render a template: ``{key}`` fields take str (plain text), Name (PERSON),
    Addr (ADDRESS) or Doc values."""
    d = Doc()
    for lit, field, _spec, _conv in _FMT.parse(tpl):
        if lit:
            d = d + lit
        if field is not None:
            if field not in kw:
                raise KeyError(f"template field {field!r} missing")
            d = d + kw[field]
    return d


def J(sep, items):
    d = Doc()
    for i, it in enumerate(items):
        if i:
            d = d + sep
        d = d + it
    return d


# ---------------------------------------------------------------------------
# GB/T 2260 regions (current names only) from python-stdnum
# ---------------------------------------------------------------------------
MUNICIPALITIES = {"11", "12", "31", "50"}
_BAD_COUNTY = {"市辖区", "县", "市区", "郊区", "矿区", "林区", "城区"}


def load_regions():
    path = Path(stdnum.__file__).parent / "cn" / "loc.dat"
    provs, cur = {}, {}
    p2 = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        m = re.match(r'^(\d{2}) province="([^"]+)"$', line)
        if m:
            p2 = m.group(1)
            provs[p2] = m.group(2)
            continue
        m = re.match(r'^\s+(\d{4}) county="([^"]+)"$', line)
        if not m:
            raise BuildError(f"unexpected loc.dat line {line!r}")
        name = None
        for part in m.group(2).split(","):
            mm = re.match(r"^\[(\d*)-(\d*)\](.+)$", part)
            if mm:
                if not mm.group(2):
                    name = mm.group(3)
            else:
                name = part
        if name:
            cur[p2 + m.group(1)] = name
    return provs, cur


class Region:
    __slots__ = ("code", "prov", "city", "county", "kind")

    def __init__(self, code, prov, city, county):
        self.code, self.prov, self.city, self.county = code, prov, city, county
        if county.endswith("区"):
            self.kind = "urban"
        elif county.endswith(("县", "旗")):
            self.kind = "rural"
        else:
            self.kind = "town"  # county-level city

    @property
    def top(self):  # the prefecture-level name used in "city" prefixes
        if self.prov[:2] in ("北京", "天津", "上海", "重庆"):
            return self.prov
        return self.city or ""

    def prefix(self, level):
        if level == "prov":
            if self.top == self.prov:
                return self.prov + self.county
            return self.prov + (self.city or "") + self.county
        if level == "city":
            return (self.top + self.county) if self.top else self.county
        if level == "dist":
            return self.county
        raise ValueError(level)


def build_region_table():
    provs, cur = load_regions()
    regions = []
    for code in sorted(cur):
        p2 = code[:2]
        if p2 in ("71", "81", "82") or code.endswith("00"):
            continue
        county = cur[code]
        if county in _BAD_COUNTY or "直辖" in county or county.startswith("[") or county in ("金门县", "钓鱼岛"):
            continue
        prov = provs[p2]
        if p2 in MUNICIPALITIES:
            city = None
        else:
            city = cur.get(code[:4] + "00")
            if city is None or city in _BAD_COUNTY:
                continue
            if "直辖" in city:
                city = None
        regions.append(Region(code, prov, city, county))
    return provs, cur, regions


PROVS, CURRENT, REGIONS = build_region_table()
DIVISION_NAMES = set(PROVS.values()) | {v for k, v in CURRENT.items() if v not in _BAD_COUNTY and "直辖" not in v}
DIVISION_NAMES -= {"台湾省", "香港特別行政區", "澳門特別行政區"}


class City:
    """A prefecture (or municipality) with its districts and counties."""

    def __init__(self, key, regions):
        self.key = key
        self.regions = regions
        self.prov = regions[0].prov
        self.name = regions[0].top or regions[0].county
        self.urban = [r for r in regions if r.kind == "urban"] or regions
        self.rural = [r for r in regions if r.kind != "urban"] or regions

    @property
    def short(self):  # 杭州 / 北京 / 恩施 (for mentions such as 现居杭州)
        n = self.name
        for suf in ("市", "地区", "盟"):
            if n.endswith(suf) and len(n) > len(suf) + 1:
                return n[: -len(suf)]
        return n


def _cities():
    groups = {}
    for r in REGIONS:
        key = r.prov if r.prov[:2] in ("北京", "天津", "上海", "重庆") else (r.city or r.county)
        groups.setdefault(key, []).append(r)
    out = []
    for key in sorted(groups):
        rs = groups[key]
        if any(r.kind == "urban" for r in rs) and key.endswith("市") and key not in ("三沙市",):
            out.append(City(key, rs))
    return out


CITIES = _cities()
RURAL_REGIONS = [r for r in REGIONS if r.kind == "rural"]
XJ_REGIONS = [r for r in REGIONS if r.prov.startswith("新疆")]

# ---------------------------------------------------------------------------
# Name pools (all combinations are generated; none is a real person's data)
# ---------------------------------------------------------------------------
COMMON_SUR = (
    "王王王李李李张张张刘刘陈陈杨杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
    "蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺"
    "顾毛郝龚邵万钱严覃武戴莫孔汤葛殷易常乔于文"
)
RARE_SUR = "晏仝禚佘亓逄阙訾靳缪栾谯庹冼揭宓蒯隗邝乜迟鞠滕邬蔺聂岑苗牟芮郜甄蓬湛谌麴"
COMPOUND_SUR = ["欧阳", "诸葛", "司马", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐",
                "司徒", "夏侯", "端木", "长孙", "宇文", "钟离", "澹台", "呼延", "南宫", "闻人"]
ALL_SINGLE_SUR = set(COMMON_SUR) | set(RARE_SUR)

G_M1 = "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙峰建志文海亮成东晨阳昊然睿博轩泽铭皓哲翔天嘉毅松栋锋彬坤"
G_F1 = "芳娜敏静丽艳娟霞秀玲桂英兰萍红燕琳婷雪慧颖倩洁梅莉琴云欣怡悦涵萱彤诗雨梓可馨妍佳琪晓春凤蓉薇瑶琼"
G_NEUTRAL = "文华明宇晨嘉子一思安宁欣雨佳"
OLD_M = ["建国", "建华", "国强", "志强", "德明", "春生", "建军", "卫国", "国庆", "振华", "永福", "金贵", "长林",
         "福生", "有才", "保国", "德胜", "满仓", "树根", "家宝", "文斌", "学军", "红旗", "跃进", "庆丰"]
OLD_F = ["秀英", "桂兰", "玉兰", "淑珍", "凤英", "金凤", "秀兰", "桂芳", "玉梅", "素芬", "翠花", "冬梅",
         "秀珍", "月娥", "桂英", "美华", "淑芬", "爱华", "丽华", "红梅", "玉珍", "凤兰", "桂香", "兰英"]
YOUNG_M = ["子涵", "浩然", "宇轩", "思远", "俊熙", "梓轩", "沐阳", "子墨", "一鸣", "皓宇", "博文", "嘉懿",
           "奕辰", "睿泽", "宸熙", "铭轩", "逸凡", "锦程", "承泽", "昊天"]
YOUNG_F = ["梓萱", "一诺", "欣怡", "雨桐", "诗涵", "若汐", "依诺", "梓涵", "语嫣", "可馨", "思琪", "佳怡",
           "梦瑶", "紫萱", "芷若", "雨欣", "婉清", "沐晴", "安然", "书瑶"]
UY_M = ["买买提", "艾力", "艾尔肯", "阿卜杜拉", "吐尔逊", "亚森", "肉孜", "麦麦提", "依明", "卡德尔", "吾买尔",
        "帕尔哈提", "阿迪力", "艾合买提", "努尔兰", "叶尔兰", "别克", "加那提", "阿里木", "玉山江"]
UY_F = ["热依拉", "古丽", "阿依古丽", "迪丽拜尔", "米日古丽", "帕提古丽", "阿依努尔", "祖丽菲娅", "努尔曼古丽",
        "阿依达娜", "古丽米拉", "热孜万古丽", "玛依拉", "阿依夏木", "布再娜甫"]
FATHER = ["托合提", "阿不都拉", "吐尔逊", "玉素甫", "艾买提", "热合曼", "卡斯木", "艾则孜", "努尔", "哈力木",
          "沙吾提", "阿布力孜", "居马", "吾守尔", "买买提", "牙生", "克里木"]
NODOT_M = ["巴特尔", "额尔敦", "阿拉坦", "格日勒图", "敖其尔", "扎西顿珠", "尼玛次仁", "洛桑丹增", "达瓦次仁"]
NODOT_F = ["其其格", "那仁花", "苏日娜", "乌日娜", "次仁卓玛", "格桑拉姆", "白玛央金", "德吉央宗"]
NODOT_NAMES = NODOT_M + NODOT_F
# brand names / historical figures that look like person names: never generated, never labelled
NOT_PERSONS = {
    "李宁", "王老吉", "张小泉", "马应龙", "王致和", "周大福", "周大生", "李锦记", "张裕", "王守义", "杨国福",
    "张亮", "张一元", "陈克明", "吴裕泰", "黄飞红", "谢馥春", "孔子", "孟子", "鲁迅", "李白", "杜甫", "苏轼",
    "诸葛亮", "岳飞", "雷锋", "白居易", "陶行知", "蔡元培", "林则徐", "王阳明", "曹操", "关羽", "花木兰",
    "钱学森", "袁隆平", "司马光", "欧阳修", "孙中山", "焦裕禄", "陆游", "辛弃疾", "王安石", "范仲淹",
    "屈原", "李清照", "张衡", "华佗", "郑和", "包拯", "文天祥", "庄子", "老子", "韩愈", "柳宗元", "朱自清",
    "冰心", "老舍", "巴金", "沈从文", "钟南山", "张桂梅", "黄文秀", "王进喜", "时传祥", "梁启超",
    "司马迁", "上官婉儿", "东方朔", "公孙胜", "令狐冲", "慕容复", "周杰伦", "刘德华", "马云", "高明",
    "高兴", "白云", "万一", "方便", "江山", "常见", "文明", "金星", "石林", "龙华", "万宁", "高峰",
    "于是", "于今", "林海", "石磊", "金华", "江华", "黎明", "文华", "白雪", "韩国", "宋朝", "唐朝",
    "马路", "龙凤", "钟表", "程序", "叶子", "夏天", "秦朝", "汤圆", "乔丹", "易建联", "姚明", "邓亚萍",
    "刘翔", "郎平", "林丹", "李娜", "孙杨", "朱婷", "谷爱凌", "全红婵", "苏炳添", "马龙", "张继科",
    "王楠", "王皓", "李小龙", "成龙", "赵薇", "王菲", "周星驰", "张艺谋", "莫言", "余华", "贾平凹",
    "韩寒", "郭敬明", "金庸", "古龙", "琼瑶", "三毛", "海子", "顾城", "北岛", "舒婷", "史铁生",
}
# ---------------------------------------------------------------------------
# Address pools (invented)
# ---------------------------------------------------------------------------
ROAD_HEAD = ["文华", "兴业", "明德", "安康", "春晖", "翠柳", "云栖", "丰泽", "泰和", "锦绣", "光华", "育才",
             "福安", "景明", "长青", "双桥", "槐荫", "杏林", "梧桐", "金桂", "荷花", "清泉", "映山", "望江",
             "秀水", "迎宾", "通济", "兴隆", "德政", "永宁", "石榴", "樟树", "紫荆", "凤鸣", "玉泉", "柳营",
             "青年", "工农", "前进", "胜利", "红旗", "新村", "滨河", "环城", "学府", "科苑", "云溪", "银杏",
             "桃源", "晨曦", "枫林", "体育", "棉纺", "机场", "电厂", "北门", "南湖", "西塘", "东坡", "鼓楼"]
ROAD_TAIL = ["路", "路", "路", "路", "街", "街", "大道", "巷", "东路", "西路", "南路", "北路", "中路", "大街", "二路"]
ESTATE_HEAD = ["金桂", "阳光", "锦绣", "翠苑", "颐和", "碧水", "紫薇", "枫丹", "丽景", "御景", "东方", "幸福",
               "和谐", "绿城", "世纪", "星河", "蓝湾", "龙湖", "盛世", "铂悦", "天骄", "嘉禾", "怡景", "华庭",
               "书香", "春江", "明珠", "康乐", "新城", "香樟", "水岸", "梧桐", "泰和", "景园", "云锦", "凯旋"]
ESTATE_TAIL = ["小区", "花园", "苑", "家园", "公寓", "新村", "嘉园", "名苑", "华府", "雅居", "府", "城", "佳苑", "里"]
TOWN_HEAD = ["石桥", "柳溪", "桃源", "白沙", "青龙", "双河", "高坪", "马渡", "龙潭", "新塘", "金山", "荷塘",
             "岩口", "凤凰", "大坪", "黄土", "三江", "水口", "长乐", "回龙", "安仁", "清溪", "太平", "白马",
             "红岩", "官桥", "沙坪", "茶园", "梅溪", "铁炉"]
VILLAGE_HEAD = ["上湾", "下庄", "杨家", "李家", "东岭", "红星", "团结", "新民", "和平", "五里", "石门", "竹林",
                "枫树", "大湾", "塘边", "坪上", "桥头", "黄泥", "沙岗", "柏树", "田心", "中和", "新安", "河口",
                "老屋", "高山", "庙前", "杏花", "麻塘", "长冲"]
COMPANY_HEAD = ["宏达", "恒信", "鑫源", "华美", "金盛", "永安", "天成", "瑞丰", "博远", "盛世", "联创", "中禾",
                "佳和", "汇通", "鼎盛", "新航", "锦程", "安信", "德润", "百川"]
COMPANY_TAIL = ["科技有限公司", "建材有限公司", "物业服务有限公司", "商贸有限公司", "餐饮管理有限公司",
                "家政服务有限公司", "装饰工程有限公司", "电子商务有限公司", "汽车销售服务有限公司", "房地产开发有限公司"]
BRANDS = ["李宁", "王老吉", "张小泉", "老干妈", "周大福", "海底捞", "蜜雪冰城", "杨国福麻辣烫", "张亮麻辣烫",
          "马应龙", "王致和", "张一元", "陈克明挂面", "王守义十三香", "吴裕泰", "周黑鸭", "沙县小吃", "兰州拉面",
          "李锦记", "康师傅", "娃哈哈", "华为", "比亚迪", "顺丰", "京东", "美团", "拼多多", "瑞幸", "喜茶", "周大生"]
UNIVS = ["湖南大学", "浙江大学", "武汉大学", "四川大学", "中山大学", "山东大学", "吉林大学", "南京大学", "厦门大学",
         "华中科技大学", "西北工业大学", "中南大学", "东北师范大学", "华南理工大学", "重庆大学", "郑州大学",
         "新疆大学", "兰州大学", "云南大学", "湘潭大学", "扬州大学", "苏州大学", "南昌大学", "广西大学"]
LOOKALIKE_PLACES = ["张家界", "王府井", "周庄", "马鞍山", "石家庄", "高邮", "黄冈", "陆丰", "包头", "钟祥",
                    "余姚", "向塘", "白城", "龙岩", "孔家村", "刘家峡", "杨家坪", "何家湾", "乔家大院", "石门"]
HIST_QUOTES = [
    ("孔子", "学而时习之，不亦说乎"),
    ("孟子", "老吾老，以及人之老；幼吾幼，以及人之幼"),
    ("鲁迅", "其实地上本没有路，走的人多了，也便成了路"),
    ("陶行知", "捧着一颗心来，不带半根草去"),
    ("雷锋", "人的生命是有限的，可是，为人民服务是无限的"),
    ("苏轼", "人有悲欢离合，月有阴晴圆缺"),
    ("范仲淹", "先天下之忧而忧，后天下之乐而乐"),
    ("诸葛亮", "鞠躬尽瘁，死而后已"),
    ("白居易", "试玉要烧三日满，辨材须待七年期"),
    ("林则徐", "海纳百川，有容乃大"),
    ("王阳明", "知是行之始，行是知之成"),
    ("屈原", "路漫漫其修远兮，吾将上下而求索"),
    ("李白", "天生我材必有用，千金散尽还复来"),
    ("司马迁", "人固有一死，或重于泰山，或轻于鸿毛"),
]

# ---------------------------------------------------------------------------
# Simplified -> Traditional (1:1 characters, so offsets never move)
# ---------------------------------------------------------------------------
_S2T_PAIRS = """
说說 话話 这這 个個 们們 来來 时時 对對 会會 过過 还還 后後 发發 经經 里裡 么麼 没沒 问問 现現 开開
关關 见見 长長 门門 东東 车車 书書 学學 买買 卖賣 让讓 认認 识識 请請 读讀 写寫 语語 记記 讲講 谈談
论論 证證 护護 报報 纸紙 电電 视視 网網 络絡 图圖 医醫 药藥 钱錢 银銀 铁鐵 钟鐘 岁歲 纪紀 实實 际際
务務 动動 劳勞 办辦 员員 团團 国國 贵貴 农農 业業 产產 厂廠 广廣 庆慶 应應 该該 为為 与與 万萬 专專
丽麗 乐樂 习習 乡鄉 乱亂 亚亞 亲親 仪儀 价價 众眾 优優 伟偉 传傳 伤傷 体體 侦偵 侧側 侨僑 债債 偿償
儿兒 兰蘭 兴興 养養 内內 军軍 冯馮 冲衝 决決 况況 净淨 凉涼 减減 几幾 凤鳳 凯凱 击擊 刘劉 则則 刚剛
创創 别別 剧劇 劝勸 励勵 势勢 区區 华華 协協 单單 卢盧 卫衛 却卻 厅廳 历歷 压壓 县縣 参參 双雙 变變
叶葉 号號 吓嚇 吗嗎 启啟 吴吳 响響 园園 围圍 圆圓 圣聖 场場 坏壞 块塊 坚堅 坛壇 坟墳 坠墜 墙牆 壮壯
声聲 处處 备備 复復 够夠 头頭 夹夾 夺奪 奋奮 奖獎 妇婦 妈媽 娄婁 娇嬌 孙孫 宁寧 宝寶 审審 宾賓 寻尋
导導 寿壽 将將 尔爾 尝嘗 层層 属屬 岗崗 岛島 岭嶺 币幣 帅帥 师師 带帶 帮幫 庄莊 库庫 庙廟 废廢 异異
张張 弯彎 弹彈 归歸 当當 录錄 彻徹 忆憶 忧憂 怀懷 态態 总總 恋戀 恶惡 恼惱 悬懸 惊驚 惯慣 愿願 戏戲
战戰 户戶 执執 扩擴 扫掃 扬揚 扰擾 抢搶 担擔 拥擁 拦攔 择擇 挂掛 挡擋 挤擠 挥揮 损損 换換 据據 摄攝
摆擺 摇搖 摊攤 敌敵 数數 断斷 无無 旧舊 显顯 晒曬 晓曉 晕暈 暂暫 术術 机機 杀殺 杂雜 权權 条條 杨楊
极極 构構 枪槍 标標 栋棟 栏欄 树樹 样樣 档檔 桥橋 梦夢 检檢 楼樓 欢歡 欧歐 残殘 毁毀 毕畢 气氣 汇匯
汉漢 汤湯 沟溝 泪淚 泽澤 洁潔 浅淺 测測 济濟 浓濃 涛濤 涨漲 渐漸 渔漁 湾灣 湿濕 满滿 滨濱 滩灘 灭滅
灯燈 灵靈 灾災 炉爐 点點 烂爛 烟煙 烦煩 烧燒 热熱 爱愛 爷爺 牵牽 犹猶 独獨 狮獅 狱獄 猎獵 猪豬 献獻
环環 画畫 疗療 疯瘋 盐鹽 监監 盖蓋 盘盤 矿礦 码碼 砖磚 础礎 确確 碍礙 礼禮 祸禍 离離 种種 积積 称稱
稳穩 穷窮 窝窩 竞競 笔筆 笼籠 筑築 签簽 简簡 篮籃 类類 粮糧 红紅 约約 级級 纯純 纲綱 纳納 纷紛 纹紋
线線 练練 组組 细細 织織 终終 绍紹 绑綁 结結 绕繞 绘繪 给給 绝絕 统統 继繼 绩績 绪緒 续續 维維 绵綿
综綜 绿綠 缓緩 编編 缘緣 缩縮 缴繳 罗羅 罚罰 罢罷 职職 联聯 聪聰 肃肅 肠腸 肤膚 肿腫 胀脹 胆膽 胜勝
脉脈 脑腦 脚腳 脱脫 脸臉 腾騰 艰艱 艺藝 节節 芦蘆 苏蘇 荐薦 荣榮 获獲 营營 萧蕭 蓝藍 虑慮 虚虛 虫蟲
虽雖 补補 装裝 观觀 规規 览覽 觉覺 计計 订訂 讨討 训訓 议議 讯訊 许許 设設 访訪 评評 诉訴 诊診 词詞
译譯 试試 诗詩 诚誠 询詢 详詳 误誤 诸諸 诺諾 课課 谁誰 调調 谊誼 谋謀 谢謝 谨謹 谱譜 负負 贡貢 财財
责責 贤賢 败敗 账賬 货貨 质質 贩販 贫貧 购購 贯貫 贴貼 费費 贺賀 资資 赏賞 赔賠 赚賺 赛賽 赞贊 赠贈
赢贏 赵趙 赶趕 跃躍 践踐 踪蹤 轨軌 转轉 轮輪 软軟 轻輕 载載 较較 辆輛 辈輩 辉輝 输輸 辞辭 边邊 辽遼
达達 迁遷 运運 进進 远遠 违違 连連 迟遲 适適 选選 递遞 遗遺 邓鄧 邮郵 邻鄰 郑鄭 酱醬 释釋 针針 钓釣
钢鋼 钥鑰 铃鈴 铜銅 铺鋪 链鏈 销銷 锁鎖 锅鍋 错錯 锦錦 键鍵 镇鎮 镜鏡 闪閃 闭閉 闯闖 闲閒 间間 闷悶
闹鬧 闻聞 阁閣 阅閱 队隊 阳陽 阴陰 阵陣 阶階 陆陸 陈陳 陕陝 险險 随隨 隐隱 难難 雾霧 顶頂 项項 顺順
须須 顾顧 顿頓 预預 领領 频頻 题題 颜顏 额額 风風 飘飄 飞飛 饭飯 饮飲 饱飽 饼餅 馆館 骂罵 验驗 骑騎
骗騙 鱼魚 鲁魯 鲜鮮 鸟鳥 鸡雞 鸣鳴 鸭鴨 鸿鴻 鹅鵝 鹏鵬 麦麥 黄黃 齐齊 龙龍 龄齡 龚龔 韩韓 谭譚 贾賈
邹鄒 赖賴 缪繆 栾欒 谯譙 邬鄔 蔺藺 聂聶 阎閻 乔喬 严嚴 邝鄺 庞龐 丰豐 于於 云雲 准準 尽盡 划劃 沪滬
粤粵 闽閩 赣贛 晋晉 肃肅 宫宮 紧緊 状狀 惧懼 饺餃 馄餛 饨飩 虾蝦 烛燭 龟龜 迹跡 纤纖 壳殼 窃竊 盗盜
缉緝 辖轄 诈詐 驾駕 驶駛 辅輔 谣謠 丧喪 殡殯 馈饋 挽輓 届屆 亩畝 盏盞 冻凍 涂塗 厨廚 着著 喷噴 滚滾
扑撲 帘簾 轿轎 挣掙 钻鑽 婶嬸 侄姪 鉴鑑 锋鋒 峰峰 冈岡 陇隴 滦灤 鸥鷗 丛叢 仓倉 众眾 们們 伞傘
讯訊 访訪 谈談 询詢 邀邀 绣繡 琼瓊 莹瑩 荫蔭 庐廬 庙廟 滞滯 荡蕩 诞誕 拟擬 垒壘 恳懇 厦廈 娱娛 顺順
粮糧 贷貸 岂豈 侣侶 构構 韦韋 龙龍 叹嘆 吨噸 钞鈔 卷捲 闸閘 浏瀏 淀澱 阀閥 碱鹼 滤濾 澜瀾 湘湘
县縣 乡鄉 镇鎮 组組 队隊 旗旗 盟盟 湖湖 坝壩 沥瀝 蛮蠻 湿濕 睁睜 卧臥 馅餡 摊攤 汇匯 绳繩 铝鋁
义義 乌烏 从從 储儲 呛嗆 哑啞 强強 悦悅 拨撥 枫楓 竖豎 艳艷 谦謙 贸貿 锡錫 静靜 颐頤 颖穎 马馬 驿驛
两兩 俭儉 瑶瑤 蒋蔣 轩軒 闫閆 铭銘 吕呂 温溫 临臨 辑輯 举舉 阙闕 郸鄲 争爭 纠糾 攒攢 萨薩 俩倆 闺閨
携攜 逊遜 峡峽 润潤 荆荊 伦倫 贝貝 玛瑪 娅婭 莲蓮 捞撈 聋聾 诀訣 宽寬 抚撫 颁頒 凭憑 径徑 饰飾 焖燜
蕲蘄 脏髒 烫燙 谐諧 骄驕 铂鉑 剑劍 砀碭 泾涇 瘫癱 痪瘓 册冊 辍輟 阑闌 横橫 饿餓 呗唄 沧滄 骤驟 涝澇
赉賚 禅禪 苍蒼 蝇蠅 浆漿 亏虧 纱紗 颗顆 驻駐 巩鞏 饶饒 猫貓 恒恆 渍漬 厉厲 尧堯 鲤鯉 脐臍 陉陘 谌諶
涡渦 镶鑲 绥綏 浈湞 泸瀘 蕴蘊 浑渾 嬢孃 鹤鶴
"""
S2T = {}
for _tok in _S2T_PAIRS.split():
    if len(_tok) != 2:
        raise BuildError(f"bad S2T pair {_tok!r}")
    S2T[_tok[0]] = _tok[1]
del S2T["里"]  # 里 (li, village/unit) vs 裡 (inside): converted per word below
TRAD_WORDS = [("家里", "家裡"), ("這里", "這裡"), ("那里", "那裡"), ("哪里", "哪裡"), ("心里", "心裡"), ("樓里", "樓裡"),
              ("村里", "村裡"), ("子里", "子裡"), ("城里", "城裡"), ("手里", "手裡"), ("店里", "店裡"), ("群里", "群裡"),
              ("院里", "院裡"), ("屋里", "屋裡"), ("夜里", "夜裡"), ("轄區里", "轄區裡"), ("區里", "區裡"), ("鄉里", "鄉里")]
# in personal names the surnames 于/余/范/钟/云 keep their own traditional forms
S2T_NAME = dict(S2T)
S2T_NAME.update({"于": "于", "钟": "鍾", "云": "雲"})
# in addresses 于 stays 于 (于洪区 / 于都县)
S2T_PLACE = dict(S2T)
S2T_PLACE["于"] = "于"


def to_trad_text(s):
    return "".join(S2T.get(ch, ch) for ch in s)


def to_trad_name(s):
    return "".join(S2T_NAME.get(ch, ch) for ch in s)


def to_trad_place(s):
    return "".join(S2T_PLACE.get(ch, ch) for ch in s)


def to_trad(doc):
    """Convert a whole Doc to Traditional characters (1:1, offsets unchanged)."""
    chars = [S2T.get(ch, ch) for ch in doc.text]
    text = "".join(chars)
    for a, b in TRAD_WORDS:
        for m in re.finditer(re.escape(a), text):
            chars[m.start():m.end()] = list(b)
    for s, e, t in doc.spans:
        if t == "PERSON":
            chars[s:e] = [S2T_NAME.get(ch, ch) for ch in doc.text[s:e]]
        else:
            chars[s:e] = [S2T_PLACE.get(ch, ch) for ch in doc.text[s:e]]
    out = Doc("".join(chars), doc.spans)
    assert len(out.text) == len(doc.text)
    return out


TRAD_SINGLE_SUR = ALL_SINGLE_SUR | {to_trad_name(s) for s in ALL_SINGLE_SUR}
TRAD_COMPOUND_SUR = set(COMPOUND_SUR) | {to_trad_name(s) for s in COMPOUND_SUR}
TRAD_NODOT = set(NODOT_NAMES) | {to_trad_name(s) for s in NODOT_NAMES}
NOT_PERSONS_ALL = NOT_PERSONS | {to_trad_name(s) for s in NOT_PERSONS}
DIVISIONS_ALL = DIVISION_NAMES | {to_trad_text(s) for s in DIVISION_NAMES} | {to_trad_place(s) for s in DIVISION_NAMES}
_DIV_BY_LEN = sorted(DIVISIONS_ALL, key=len, reverse=True)

# ---------------------------------------------------------------------------
# Typos (same length, applied to plain text only)
# ---------------------------------------------------------------------------
TYPOS = [("已经", "以经"), ("应该", "因该"), ("辛苦", "幸苦"), ("厉害", "利害"), ("反映", "反应"),
         ("安装", "按装"), ("必须", "必需"), ("即使", "既使"), ("再见", "在见"), ("一会儿", "一回儿"),
         ("按时", "安时"), ("那里", "哪里"), ("截止", "截至"), ("账号", "帐号"), ("做饭", "作饭"),
         ("交代", "交待"), ("迫不及待", "迫不急待"), ("的时候", "得时候"), ("好好的", "好好地"),
         ("麻烦", "麻凡"), ("希望", "希忘"), ("现在", "现再"), ("打扰", "打饶")]


def add_typos(doc, rng, n):
    text = doc.text
    covered = [False] * len(text)
    for s, e, _ in doc.spans:
        for i in range(s, e):
            covered[i] = True
    cands = []
    for a, b in TYPOS:
        for m in re.finditer(re.escape(a), text):
            if not any(covered[m.start():m.end()]):
                cands.append((m.start(), a, b))
    cands.sort()
    rng.shuffle(cands)
    chars = list(text)
    done = 0
    used = set()
    for st, a, b in cands:
        if done >= n or any(i in used for i in range(st, st + len(a))):
            continue
        chars[st:st + len(a)] = list(b)
        used.update(range(st, st + len(a)))
        done += 1
    return Doc("".join(chars), doc.spans)

# ---------------------------------------------------------------------------
# Per-document generation context
# ---------------------------------------------------------------------------
CN_NUM = "零一二三四五六七八九十"


def cn_num(n):
    if n <= 10:
        return CN_NUM[n]
    if n < 20:
        return "十" + (CN_NUM[n - 10] if n % 10 else "")
    return CN_NUM[n // 10] + "十" + (CN_NUM[n % 10] if n % 10 else "")


class Ctx:
    def __init__(self, rng, genre):
        self.r = rng
        self.genre = genre
        self.names = []      # Name objects generated for this document
        self.addrs = []      # Addr objects generated for this document
        self.gender = {}
        self.trad = False
        self.typos = 0
        self._city = None

    # -- random helpers -------------------------------------------------
    def any(self, *opts):
        return self.r.choice(opts)

    def ch(self, seq):
        return self.r.choice(list(seq))

    def maybe(self, p=0.5):
        return self.r.random() < p

    def ri(self, a, b):
        return self.r.randint(a, b)

    # -- names ----------------------------------------------------------
    def _given(self, g, age, two):
        r = self.r
        if age == "old" and two and r.random() < 0.8:
            return r.choice(OLD_M if g == "m" else OLD_F)
        if age in ("kid", "young") and two and r.random() < 0.7:
            return r.choice(YOUNG_M if g == "m" else YOUNG_F)
        pool = G_M1 if g == "m" else G_F1
        if not two:
            return r.choice(pool)
        a, b = r.choice(pool), r.choice(pool + G_NEUTRAL)
        return a + b if a != b or r.random() < 0.3 else a + r.choice(pool)

    def nm(self, g=None, age=None, kind=None):
        r = self.r
        for _ in range(200):
            gg = g or r.choice("mf")
            k = kind
            if k is None:
                x = r.random()
                k = ("common" if x < 0.72 else "rare" if x < 0.81 else "compound" if x < 0.90
                     else "dot" if x < 0.945 else "double" if x < 0.97 else "nodot")
            if k == "dot":
                n = r.choice(UY_M if gg == "m" else UY_F) + "·" + r.choice(FATHER)
            elif k == "nodot":
                n = r.choice(NODOT_M if gg == "m" else NODOT_F)
            else:
                if k == "compound":
                    sur = r.choice(COMPOUND_SUR)
                elif k == "rare":
                    sur = r.choice(RARE_SUR)
                elif k == "double":
                    sur = r.choice(COMMON_SUR) + r.choice(COMMON_SUR)
                else:
                    sur = r.choice(COMMON_SUR)
                two = True if k == "double" else (r.random() < (0.55 if k == "compound" else 0.72))
                n = sur + self._given(gg, age, two)
            nn = self._register(n, gg)
            if nn is not None:
                return nn
        raise BuildError("could not generate a fresh name")

    def _register(self, n, g):
        if n in NOT_PERSONS or len(set(n)) < len(n.replace("·", "")) - 1:
            return None
        if len(n) >= 2 and n[0] == n[1]:
            return None
        if any(n in o or o in n for o in self.names) or any(n in a for a in self.addrs):
            return None
        nn = Name(n)
        self.names.append(nn)
        self.gender[n] = g
        return nn

    def kin(self, parent, g=None, age=None):
        """A child of ``parent`` (the father, or the parent whose surname the
        child carries): same surname; Uyghur names take the father's first name."""
        r = self.r
        for _ in range(200):
            gg = g or r.choice("mf")
            if "·" in parent:
                n = r.choice(UY_M if gg == "m" else UY_F) + "·" + parent.split("·")[0]
            elif parent in NODOT_NAMES:
                return self.nm(gg, age, kind="nodot")
            else:
                n = self.sur(parent) + self._given(gg, age, r.random() < 0.75)
            nn = self._register(n, gg)
            if nn is not None:
                return nn
        raise BuildError("could not generate a child name")

    @staticmethod
    def sur(n):
        """The part used in address forms (王 -> 王老师; 热依拉·托合提 -> 热依拉老师;
        扎西顿珠 -> 扎西)."""
        if "·" in n:
            return n.split("·")[0]
        if n in NODOT_NAMES:
            return n[:2]
        if n[:2] in COMPOUND_SUR and len(n) >= 3:
            return n[:2]
        return n[:1]

    def given(self, n):
        if "·" in n:
            return n.split("·")[0]
        if n in NODOT_NAMES:
            return n
        if len(n) == 4 and n[:2] not in COMPOUND_SUR:
            return n[2:]  # 张王子涵: two surnames + given name
        return n[len(self.sur(n)):]

    def mask(self, n, style=None):
        s = n[:1] if ("·" in n or n in NODOT_NAMES) else self.sur(n)
        style = style or self.any("某", "某某", "某", "**", "*x", "X某")
        if style == "*x":
            g = self.given(n) if "·" not in n else n[1:3]
            return s + "*" * (len(g) - 1) + g[-1] if len(g) > 1 else s + "*"
        if style == "X某":
            return s + "X某" if self.maybe(0.3) else s + "某"
        return s + style

    def ref(self, n, *alts, p=0.25):
        """A later mention: the full name (labelled) with probability p, else an unlabelled alternative."""
        return n if self.r.random() < p else self.r.choice(alts)

    def title(self, n, kind=None):
        s = self.sur(n)
        g = self.gender.get(n, "m")
        if kind is None:
            kind = "先生" if g == "m" else self.any("女士", "女士", "阿姨", "大姐")
        return s + kind

    def nick(self, n):
        s, g = self.sur(n), self.given(n)
        opts = ["小" + s, "老" + s, "阿" + g[-1], "小" + g[-1]]
        if len(g) >= 1:
            opts.append(g[-1] * 2)
        return self.ch(opts)

    # -- places ---------------------------------------------------------
    def city(self):
        if self._city is None:
            self._city = self.r.choice(CITIES)
        return self._city

    def new_city(self):
        return self.r.choice(CITIES)

    def road(self):
        return self.r.choice(ROAD_HEAD) + self.r.choice(ROAD_TAIL)

    def estate(self):
        while True:
            h, t = self.r.choice(ESTATE_HEAD), self.r.choice(ESTATE_TAIL)
            if h[-1] != t[0] and not (h.endswith("城") and t == "城"):
                return h + t

    def company(self, city=None):
        c = (city or self.city()).short if self.maybe(0.6) else ""
        return c + self.r.choice(COMPANY_HEAD) + self.r.choice(COMPANY_TAIL)

    def town(self):
        return self.r.choice(TOWN_HEAD) + self.any("镇", "镇", "镇", "乡")

    def village(self):
        return self.r.choice(VILLAGE_HEAD) + "村"

    def unit(self):
        r = self.r
        b, u, fl = r.randint(1, 32), r.randint(1, 6), r.randint(1, 28)
        room = f"{fl}{r.randint(1, 4):02d}"
        return r.choice([
            f"{b}栋{u}单元{room}室", f"{b}幢{room}室", f"{b}号楼{u}单元{room}", f"{b}-{u}-{room}",
            f"{b}栋{room}", f"{b}栋{room}室", f"{'ABCDEF'[r.randint(0, 5)]}座{room}室", f"{b}号楼{room}室",
            f"{b}幢{u}单元{room}室", f"{cn_num(b)}栋{cn_num(u)}单元{room}",
        ])

    def housenum(self):
        n = self.r.randint(1, 998)
        return self.any(f"{n}号", f"{n}号", f"{n}号", f"{n}号", f"{n}-{self.ri(1, 9)}号", f"{n}号院")

    def region(self, kind="urban", city=None):
        c = city or self.city()
        return self.r.choice(c.urban if kind == "urban" else c.rural)

    def addr(self, level=None, form=None, reg=None, city=None, unit=None):
        """Generate a labelled address.  level: prov/city/dist/road, form:
        street/estate/lane/rural."""
        r = self.r
        form = form or self.any("street", "street", "street", "street", "estate", "lane", "rural")
        if form == "rural":
            reg = reg or (self.region("rural", city) if city or self._city else r.choice(RURAL_REGIONS))
            level = level if level in ("prov", "city", "dist") else self.any("prov", "city", "dist", "dist")
            grp = r.randint(1, 12)
            tail = self.any(f"{grp}组", f"{cn_num(grp)}组", f"{grp}组{r.randint(1, 99)}号",
                            f"{cn_num(grp)}组{r.randint(1, 60)}号", f"{r.randint(1, 199)}号")
            s = reg.prefix(level) + self.town() + self.village() + tail
        else:
            reg = reg or self.region("urban", city)
            level = level or self.any("prov", "city", "city", "dist", "dist", "road")
            if form == "estate" and level == "road":
                level = "dist"
            pre = "" if level == "road" else reg.prefix(level)
            if form == "estate":
                s = pre + self.estate() + self.unit()
            elif form == "lane" and reg.prov[:2] in ("上海", "江苏", "浙江"):
                s = pre + self.road() + f"{r.randint(1, 1200)}弄{r.randint(1, 60)}号" + self.any("", f"{r.randint(1, 6)}0{r.randint(1, 4)}室")
            else:
                form = "street"
                use_unit = unit if unit is not None else r.random() < 0.6
                s = pre + self.road() + self.housenum()
                if use_unit:
                    if s.endswith("院"):
                        s += f"{r.randint(1, 20)}号楼{r.randint(1, 6)}0{r.randint(1, 4)}"
                    else:
                        s += self.any("", self.estate()) + self.unit()
        if any(n in s for n in self.names):
            return self.addr(level, form, None, city, unit)
        a = Addr(s)
        self.addrs.append(a)
        return a

    def bare_place(self, city=None):
        """An unlabelled bare division mention (现居杭州 / 杭州市西湖区)."""
        c = city or self.city()
        reg = self.r.choice(c.regions)
        return self.any(c.short, c.name, c.name + reg.county, c.prov + c.name if c.prov != c.name else c.name)

    # -- misc values (never labelled) -----------------------------------
    def phone(self):
        p = self.ch(["138", "139", "135", "136", "137", "150", "151", "152", "157", "158", "159", "182", "183",
                     "187", "188", "130", "131", "132", "155", "156", "185", "186", "133", "153", "180",
                     "181", "189", "177", "199", "166"]) + "".join(str(self.ri(0, 9)) for _ in range(8))
        return self.any(p, p, p, f"{p[:3]} {p[3:7]} {p[7:]}", f"{p[:3]}-{p[3:7]}-{p[7:]}")

    def mphone(self):
        p = self.phone().replace(" ", "").replace("-", "")
        return p[:3] + "****" + p[7:]

    def idno(self, reg=None, year=None, g=None, month=None, day=None):
        reg = reg or self.r.choice(REGIONS)
        y = year or self.ri(1950, 2005)
        body = f"{reg.code}{y}{month or self.ri(1, 12):02d}{day or self.ri(1, 28):02d}{self.ri(0, 99):02d}"
        sex = self.ri(0, 9)
        if g == "m" and sex % 2 == 0:
            sex += 1
        if g == "f" and sex % 2 == 1:
            sex -= 1
        body += str(sex)
        n = body + ric.calc_check_digit(body + "0")
        if not ric.is_valid(n):
            return self.idno(None, year, g)
        return n

    def date(self):
        return f"{self.ri(1, 12)}月{self.ri(1, 28)}日"

    def year(self):
        return self.ri(2019, 2025)

    def fdate(self):
        return f"{self.year()}年{self.date()}"

    def tod(self):
        return self.any("上午", "下午", "晚上", "凌晨", "中午", f"上午{self.ri(7, 11)}时许",
                        f"下午{self.ri(1, 5)}时许", f"晚上{self.ri(7, 11)}点左右", f"{self.ri(0, 23)}时{self.ri(1, 59)}分许")

    def hospital(self, city=None):
        c = city or self.city()
        return c.short + self.any("市第一人民医院", "市中心医院", "市中医院", "市第二人民医院", "市妇幼保健院", "市人民医院")

    def brand(self):
        return self.ch(BRANDS)

# ===========================================================================
# Shared fragments
# ===========================================================================
def byline(c, city=None):
    city = city or c.city()
    k = c.ri(1, 6)
    if k == 1:
        return T("本报讯（记者 {a} 通讯员 {b}）", a=c.nm(), b=c.nm())
    if k == 2:
        return T("（记者{a}）", a=c.nm())
    if k == 3:
        return T("本报记者 {a}\n", a=c.nm())
    if k == 4:
        return T("（{m}融媒体中心记者 {a}）", m=city.short, a=c.nm())
    if k == 5:
        return T("（{m}日报全媒体记者 {a}）", m=city.short, a=c.nm())
    return T("文/图 记者 {a}\n", a=c.nm())


def editor_footer(c):
    k = c.ri(1, 7)
    if k == 1:
        return T("\n编辑：{a} 审核：{b}", a=c.nm(), b=c.nm())
    if k == 2:
        return T("\n责任编辑：{a}", a=c.nm())
    if k == 3:
        return T("\n（编辑 {a}）", a=c.nm())
    return Doc("")


# ===========================================================================
# local_news
# ===========================================================================
def ln_rescue(c):
    city = c.city()
    p1, p2, p3, p4 = c.nm("f"), c.nm("m"), c.nm("m", "old"), c.nm("f")
    a1 = c.addr(level=c.any("city", "dist", "road"), form=c.any("street", "estate"))
    hosp = c.hospital()
    title = c.any("七旬老人街头晕倒 路过市民跪地施救", "【暖闻】老人突发疾病倒地，两位路人接力按压救回一命",
                  "“要不是他们，我爸就危险了”")
    return T(
        "{title}\n{by}{date}{tod}，在{dist}{road1}与{road2}交叉口附近，一位老人突然倒地不起。正在附近买菜的市民{p1}见状立即上前查看，发现老人已经没有了意识。\n"
        "“我以前在单位学过急救，当时也顾不上多想。”{p1b}告诉记者。她一边请路人拨打120，一边跪在地上给老人做心肺复苏。几分钟后，同样路过的{p2}也赶来帮忙，两人轮流按压，直到救护车赶到。\n"
        "经{hosp}抢救，老人转危为安。记者了解到，老人名叫{p3}，今年{age}岁，家住{a1}，当天是独自出门买早点。{p3b}的女儿{p4}得知消息后，专程给两位好心人送来锦旗：“要不是{thanks}，我爸就危险了。”\n"
        "据{hosp}急诊科医生{title2}介绍，心脏骤停后的4分钟是抢救的“黄金时间”。{p2b}说：“希望更多人能学点急救知识，关键时刻真能救命。”",
        title=title, by=byline(c), date=c.date(), tod=c.tod(), dist=c.region().county, road1=c.road(), road2=c.road(),
        p1=p1, p2=p2, p3=p3, p4=p4, hosp=hosp, age=str(c.ri(70, 88)), a1=a1,
        thanks=c.any(T("{a}和{b}", a=p1, b=p2), "你们两位", "两位恩人"),
        p1b=c.ref(p1, "她", "这位热心大姐"), p2b=c.ref(p2, "他", "这位热心市民"), p3b=c.ref(p3, "老人", c.title(p3, "大爷")),
        title2=c.any("刘主任", "陈医生", "黄主任", "赵医生"),
    ) + editor_footer(c)


def ln_taxi(c):
    city = c.city()
    p1, p2, p3 = c.nm("m"), c.nm("m"), c.nm("f")
    owner_sur = c.title(p3, "女士")
    a1 = c.addr(level=c.any("dist", "road", "city"))
    comp = city.short + c.any("大众", "新时代", "恒通", "东方") + "出租汽车有限公司"
    quote = c.any("包里的证件上有地址，我估计失主肯定急坏了。", "钱不是我的，我一分都不能要。", "换了谁都会这么做，没啥好表扬的。")
    body = T(
        "的哥{p1}拾金不昧，连夜把装有3万元现金的提包送还失主\n{by}{date}晚上11点多，{comp}驾驶员{p1}在收车检查时，发现后座上有一个黑色手提包，里面有现金、银行卡和一本房产证。\n"
        "“{quote}”{p1b}说。他按照证件上的信息，连夜开车找到了{a1}。开门的是失主{ow}，看到失而复得的提包，她激动得说不出话来。\n"
        "原来，{ow}当天傍晚从{place}打车回家，下车时把包落在了车上。“里面有给孩子交学费的钱，我都快急哭了。”第二天，{ow}和丈夫{p2}一起来到公司，送上了一面写着“拾金不昧 品德高尚”的锦旗。\n"
        "{comp}负责人{p4}介绍，{p1c}开出租车已经{yrs}年，这已经是他第{n}次归还乘客遗失物品。“老{sur}这个人，大家都服气。”",
        p1=p1, by=byline(c), date=c.date(), comp=comp, quote=quote, a1=a1, ow=owner_sur, place=c.any("高铁站", "火车站", "万达广场", "人民公园", "机场"),
        p2=p2, p4=c.nm(), yrs=str(c.ri(6, 22)), n=c.any("三", "五", "七", "十几"), sur=c.sur(p1),
        p1b=c.ref(p1, "这位的哥", "他"), p1c=c.ref(p1, "老" + c.sur(p1), c.title(p1, "师傅")),
    )
    return body + editor_footer(c)


def ln_grid(c):
    city = c.city()
    reg = c.region()
    p1, p2, p3, p4 = c.nm("f"), c.nm("m", "old"), c.nm(), c.nm()
    a1 = c.addr(reg=reg, level=c.any("dist", "road"), form=c.any("street", "estate"))
    street = c.any("翠苑", "北山", "文新", "古荡", "和平", "东湖", "城南", "新桥") + "街道"
    comm = c.any("丰潭", "竹园", "桂花", "南苑", "朝阳", "新风", "永和") + "社区"
    return T(
        "{dist}{street}{comm}：网格员{p1}的“民情日记”\n{by}在{dist}{street}{comm}，提起网格员{p1}，居民们都竖大拇指。她随身带着一个笔记本，上面记满了辖区里独居老人的用药时间和子女电话。\n"
        "住在{a1}的{p2}老人今年{age}岁，老伴去世后一直一个人生活。每周二上午，{p1b}都会和志愿者{p3}一起上门，帮老人量血压、打扫卫生。“小{s1}比我亲孙女还亲。”{p2b}拉着记者的手说。\n"
        "“刚开始做网格员时，很多居民不理解，觉得我们是来查户口的。”{p1c}笑着说，现在大家有事都愿意找她，连谁家水管坏了都打她电话。\n"
        "{comm}党委书记{p4}介绍，社区目前有{k}名网格员，像{p1d}这样一干就是七八年的不在少数。“{dist}的老旧小区多，网格员就是我们的‘千里眼、顺风耳’。”",
        dist=reg.county, street=street, comm=comm, p1=p1, by=byline(c), a1=a1, p2=p2, age=str(c.ri(78, 93)), p3=p3,
        s1=c.sur(p1), p4=p4, k=str(c.ri(12, 40)),
        p1b=c.ref(p1, "她", "小" + c.sur(p1)), p2b=c.ref(p2, "老人", c.title(p2, "大爷")), p1c=c.ref(p1, "她", "这位网格员"),
        p1d=c.ref(p1, "小" + c.sur(p1), "她"),
    ) + editor_footer(c)


def ln_flood(c):
    city = c.city()
    reg = c.region()
    p1, p2, p3 = c.nm(), c.nm(), c.nm()
    est = c.estate()
    a1 = c.addr(reg=reg, level=c.any("dist", "road", "city"), form="street", unit=True)
    a2 = c.addr(reg=reg, level="road", form="street", unit=True)
    return T(
        "暴雨过后，老小区一楼住户积水难退\n{by}受连续强降雨影响，{dist}部分老旧小区出现积水。{date}上午，记者来到{a1}，一楼住户{p1}正拿着脸盆往外舀水，客厅里的水已经没过脚踝。\n"
        "“每年下大雨都这样，家具泡坏了好几套。”{p1}无奈地说。同一栋楼的{p2}告诉记者，楼下的排水管年久失修，物业说要等{comp}派人来修，“可雨不等人啊”。\n"
        "在不远处的{a2}，居民{p3}家的情况也差不多，{nick}——邻居们都这么叫他——干脆把电动车推到了三楼楼道里。\n"
        "记者随后联系了{est}所在社区，工作人员{t}表示，已将情况上报{dist}住建局，排涝泵车当天下午就能到位。{wx}",
        by=byline(c), dist=reg.county, date=c.date(), a1=a1, p1=p1, p2=p2, comp=c.company(), a2=a2, p3=p3,
        nick=c.nick(p3), est=est, t=c.any("王女士", "张先生", "小刘", "李主任"),
        wx=c.any("", "据气象部门预报，未来三天仍有中到大雨，请市民注意防范。", "目前积水已基本排除。"),
    ) + editor_footer(c)


def ln_centenarian(c):
    city = c.city()
    reg = c.region("rural")
    p1 = c.nm("f", "old")
    p2, p3, p4 = c.nm("m", "old"), c.nm("f", "young"), c.nm()
    a1 = c.addr(reg=reg, form="rural", level=c.any("city", "dist", "prov"))
    t = c.town()
    return T(
        "五世同堂！{county}百岁老人{p1}过生日，全村来贺寿\n{by}{date}，家住{a1}的{p1}老人迎来了自己的百岁生日。一大早，儿孙们就从各地赶回来，院子里摆了二十多桌，热闹非凡。\n"
        "{p1b}生于1925年，一辈子务农，养育了五个子女。如今老人耳不聋、眼不花，每天还能自己走到村口晒太阳。“{s}奶奶最爱吃软糯的红薯，饭量比我们都好。”邻居{p4}笑着说。\n"
        "老人的长子{p2}今年已经{age}岁，他说母亲的长寿秘诀就是“心宽、勤快、不计较”。在{city2}工作的重孙女{p3}专门请假回来，给老奶奶订了一个三层的大蛋糕。\n"
        "据了解，{county}目前有百岁老人{k}位，{town}政府为每位百岁老人每月发放长寿补贴。",
        county=reg.county, p1=p1, by=byline(c), date=c.date(), a1=a1, s=c.sur(p1), p4=p4, p2=p2,
        age=str(c.ri(74, 80)), city2=c.new_city().short, p3=p3, k=str(c.ri(30, 160)), town=t, p1b=c.ref(p1, "老人", "她"),
    ) + editor_footer(c)


def ln_fire(c):
    city = c.city()
    reg = c.region()
    p1, p2, p3 = c.nm("f"), c.nm("m"), c.nm()
    a1 = c.addr(reg=reg, level=c.any("dist", "city", "road"), form=c.any("street", "estate"))
    owner = c.nm()
    return T(
        "居民楼凌晨起火 邻居敲门叫醒整栋楼\n{by}{date}凌晨3时许，{a1}一户居民家中突然起火，浓烟从窗户里往外冒。住在对门的{p1}被烟味呛醒，一边拨打119，一边挨家挨户敲门。\n"
        "“我敲了十几户，嗓子都喊哑了。”{p1b}说。在她的提醒下，楼里20多名居民及时撤离，无人受伤。\n"
        "{dist}消防救援大队接警后迅速出动，5分钟到达现场，十余分钟将明火扑灭。据户主{t}介绍，起火原因初步判断为电动车电池在室内充电时发生故障。\n"
        "{dist}消防救援大队{role}{p2}提醒，电动车严禁在楼道、室内停放充电，“一块电池，可能毁掉一个家”。当天上午，{s}阿姨的邻居{p3}还自发组织大家清理楼道杂物。",
        by=byline(c), date=c.date(), a1=a1, p1=p1, dist=reg.county, t=c.title(owner), role=c.any("防火监督员", "宣传员", "指导员", "站长"),
        p2=p2, s=c.sur(p1), p3=p3, p1b=c.ref(p1, "她", c.title(p1, "阿姨")),
    ) + editor_footer(c)


def ln_student(c):
    city = c.city()
    reg = c.region("rural")
    g = c.any("m", "f")
    he = "他" if g == "m" else "她"
    p2, p3, p4 = c.nm("m", "mid"), c.nm("f", "mid"), c.nm()
    p1 = c.kin(p2, g, age="young")
    a1 = c.addr(reg=reg, form="rural", level=c.any("dist", "city"))
    univ = c.ch(UNIVS)
    return T(
        "从大山走出的“追梦人”：{p1}收到了{univ}的录取通知书\n{by}{date}，一封来自{univ}的录取通知书寄到了{a1}。{p1}的父亲{p2}捧着通知书，手一直在抖。\n"
        "{p1b}家里条件不好，{fa}常年在{far}的工地打工，母亲{p3}在家照顾患病的爷爷。高中三年，{he}每个周末都要走两个小时山路回家帮忙干农活。\n"
        "“这孩子从来不让人操心。”班主任{p4}老师说，{he}的错题本攒了厚厚十几本，“{he}说要学医，以后回{county}当医生”。\n"
        "得知{p1c}家的情况后，{comp}为其提供了4年共2万元的助学金。{county}教育局也表示，将把{p1d}纳入“雨露计划”资助对象。",
        p1=p1, univ=univ, by=byline(c), date=c.date(), a1=a1, p2=p2, far=c.any("广东", "浙江", "福建", "江苏", "上海"),
        p3=p3, p4=p4, county=reg.county, comp=c.company(), he=he, p1b=c.ref(p1, he, "小" + c.sur(p1)),
        fa=c.any("父亲", "父亲", T("父亲{p}", p=p2)), p1c=c.ref(p1, he), p1d=c.ref(p1, he),
    ) + editor_footer(c)


def ln_vendor(c):
    city = c.city()
    reg = c.region()
    p1 = c.nm("f", "old")
    p2, p3 = c.nm(), c.nm("m")
    road = c.road()
    a1 = c.addr(reg=reg, level=c.any("road", "dist"), form=c.any("street", "estate"))
    food = c.any("馄饨", "炸串", "烧饼", "豆花", "凉皮", "糖水", "葱油饼")
    nick = food + c.any("奶奶", "阿姨", "婆婆")
    return T(
        "夜市里的“{nick}”：一个小摊，守了二十三年\n{by}每天傍晚5点半，{p1}都会推着小车准时出现在{road}口。她的{food}摊从1999年摆到现在，价格只涨过两次。\n"
        "附近的街坊都叫她“{nick}”，很多人已经不记得她的真名。{p1b}家住{a1}，每天凌晨三点就起床准备食材，“现做的才好吃，隔夜的我不卖”。\n"
        "老顾客{p2}从上中学起就在这儿吃{food}，现在带着自己的孩子来。“味道二十多年没变过，吃的是一份念想。”\n"
        "她的儿子{p3}在{city2}工作，几次劝她收摊享福，她都不肯：“出来摆摊，能跟老街坊说说话，比在家闷着强。”"
        "{extra}",
        nick=nick, by=byline(c), p1=p1, p1b=c.ref(p1, "她", "老人"), road=road, food=food, a1=a1, p2=p2, p3=p3, city2=c.new_city().short,
        extra=c.any("", "\n不远处就是新开的" + c.brand() + "门店，但排队的人还是{nick}摊前多。".replace("{nick}", nick), "\n如今，{road}一带已改造成美食街，街口挂着“{road}夜市”的牌子。".replace("{road}", road)),
    ) + editor_footer(c)


def ln_traffic(c):
    city = c.city()
    reg = c.region()
    p1, p2, p3 = c.nm("m"), c.nm(), c.nm()
    v1 = c.nm()
    a1 = c.addr(reg=reg, level=c.any("dist", "road"))
    return T(
        "电动车与小轿车相撞 热心市民帮忙疏导交通\n{by}{date}{tod}，{dist}{road1}与{road2}交叉口发生一起交通事故，一辆小轿车与一辆电动车发生碰撞，电动车驾驶人{m1}倒地受伤。\n"
        "事发后，正在附近送外卖的骑手{p1}第一时间停车，一边安抚伤者，一边帮忙疏导交通，避免了二次事故。“看她躺在地上起不来，谁看见都会停下来的。”{p1}说。\n"
        "记者了解到，受伤的{m1}家住{a1}，事发时正赶着去接孩子放学，目前已被送往{hosp}治疗，无生命危险。小轿车驾驶人{m2}也积极配合调查。\n"
        "{dist}交警大队民警{p2}提醒，电动车驾乘人员一定要佩戴安全头盔，通过路口时减速慢行。{p3}作为现场目击者，也向交警提供了行车记录仪视频。",
        by=byline(c), date=c.date(), tod=c.tod(), dist=reg.county, road1=c.road(), road2=c.road(),
        m1=c.mask(v1, "某"), p1=p1, a1=a1, hosp=c.hospital(), m2=c.mask(c.nm(), c.any("某", "某某")), p2=p2, p3=p3,
    ) + editor_footer(c)


def ln_briefs(c):
    city = c.city()
    items = []
    regs = [c.region() for _ in range(3)]
    p = [c.nm() for _ in range(6)]
    a1 = c.addr(reg=regs[1], level=c.any("dist", "road"))
    a2 = c.addr(reg=regs[2], level=c.any("city", "dist"), form=c.any("street", "estate"))
    items.append(T("▲{comm}社区举办第三届邻里文化节，居民{p0}、{p1}合唱的《我和我的祖国》赢得满堂彩。",
                   comm=c.any("春江", "金色", "枫林", "锦苑", "和园"), p0=p[0], p1=p[1]))
    items.append(T("▲家住{a1}的{p2}老人将自己收藏了40年的老照片捐给了{dist}档案馆。", a1=a1, p2=p[2], dist=regs[1].county))
    items.append(T("▲{date}，{dist}举行“最美家庭”颁奖仪式，{p3}{hs}家庭等10户家庭获表彰。", date=c.date(), dist=regs[0].county,
                   p3=p[3], hs=c.any("", "、" + c.title(p[4], "女士"))))
    items.append(T("▲{dist}一家{brand}门店开展“爱心冬衣”募捐，店长{t}说，活动将持续到月底。", dist=regs[2].county, brand=c.brand(), t=c.title(p[5], "先生")))
    items.append(T("▲{p4}、{p5}夫妇自掏腰包为{a2}所在小区加装了楼道扶手，邻居们纷纷点赞。", p4=p[4], p5=p[5], a2=a2))
    c.r.shuffle(items)
    return T("【{m}社区快讯】\n", m=city.short) + J("\n", items) + T("\n（供稿：{a}）", a=c.nm())


def ln_mediation(c):
    city = c.city()
    reg = c.region()
    p1, p2, p3 = c.nm("f"), c.nm("m"), c.nm()
    est = c.estate()
    b, u, fl, rm = c.ri(1, 30), c.ri(1, 5), c.ri(1, 24), c.ri(1, 4)
    a1 = Addr(f"{reg.prefix(c.any('dist', 'city'))}{est}{b}栋{u}单元{fl}0{rm}室")
    a2 = Addr(f"{reg.county}{est}{b}栋{u}单元{fl + 1}0{rm}" + c.any("室", ""))
    c.addrs.extend([a1, a2])
    return T(
        "一墙之隔吵了三年 调解员六次上门化解“漏水之争”\n{by}家住{a1}的{p1}和楼上的{p2}本是多年邻居，三年前因为卫生间漏水闹翻了脸，见面都不说话。\n"
        "“我家天花板都泡烂了，他还说不是他家的问题。”{p1b}说。楼上的{p2b}则觉得委屈：“我家防水去年才做过，凭什么让我赔？”\n"
        "{dist}人民调解委员会调解员{p3}先后六次上门，还请来第三方检测，最终查明是公共管道老化所致。在{p3b}的协调下，物业承担了维修费用，{p2c}也主动帮{p1c}家重新刷了墙。\n"
        "“远亲不如近邻，话说开了就好。”如今，{p2}住的{a2}和{p1d}家又恢复了走动。",
        by=byline(c), a1=a1, p1=p1, p2=p2, dist=reg.county, p3=p3, a2=a2,
        p1b=c.ref(p1, c.title(p1, "阿姨"), "她"), p2b=c.ref(p2, c.title(p2, "先生"), "老" + c.sur(p2)), p3b=c.ref(p3, "调解员"),
        p2c=c.ref(p2, c.title(p2, "先生"), "老" + c.sur(p2)), p1c=c.ref(p1, c.title(p1, "阿姨")), p1d=c.ref(p1, c.title(p1, "阿姨")),
    ) + editor_footer(c)


def ln_reprint_trad(c):
    """A mainland local story reprinted by a Hong Kong outlet, in Traditional characters."""
    c.trad = True
    city = c.city()
    reg = c.region()
    p1, p2, p3 = c.nm(), c.nm(), c.nm()
    a1 = c.addr(reg=reg, level=c.any("prov", "city"), form=c.any("street", "estate"))
    return T(
        "【內地新聞】{m}退休教师{p1}义务补课十二年 学生遍布全国\n据{m}当地媒体报道，现年{age}岁的退休教师{p1}，自退休后在家中开设免费补习班，十二年来累计辅导学生逾六百人。\n"
        "{p1}家住{a1}，每逢周末，不大的客厅便坐满了附近的孩子。曾受其辅导的{p2}如今已在{city2}读博士，他说：“{s}老师改变了我的人生。”\n"
        "{p1}的老伴{p3}笑称，家里的桌椅已经换了三批，“但他乐在其中”。（綜合報道）",
        m=city.short, p1=p1, age=str(c.ri(68, 79)), a1=a1, p2=p2, city2=c.ch(["北京", "上海", "广州", "武汉", "南京"]), s=c.sur(p1), p3=p3,
    )


def ln_quotes(c):
    city = c.city()
    reg = c.region()
    p1, p2, p3, p4 = c.nm("f", "old"), c.nm("m"), c.nm("f"), c.nm()
    a1 = c.addr(reg=reg, level=c.any("dist", "road"), form=c.any("street", "lane"))
    return T(
        "老街改造开工 居民说出心里话\n{by}{date}，{dist}{road}片区老旧小区改造项目正式开工。改造内容包括雨污分流、加装电梯、外立面整治等。\n"
        "\"盼了十几年，终于等到了。\"，{p1}说。她家住{a1}，是片区里住得最久的居民之一。\n"
        "也有居民提出担忧。在社区议事会上，{p2}提出施工期间停车难的问题：\"我每天早上六点出门，车停哪儿是个大问题。\"社区主任{p3}当场回应，将协调{comp}临时开放停车场。\n"
        "“改造方案前后改了四稿，每一稿都贴在楼道里征求意见。”项目负责人{p4}说。据悉，工程预计{m}个月完工，{p1b}已经和{nick}约好，完工后要在新修的小广场上跳广场舞。",
        by=byline(c), date=c.date(), dist=reg.county, road=c.road(), p1=p1, a1=a1, p2=p2, p3=p3,
        comp=c.company(), p4=p4, m=c.any("6", "8", "10", "十二"), p1b=c.ref(p1, c.title(p1, "阿姨"), "她"), nick=c.any("老姐妹们", "楼上的张阿姨", "小区里的老伙伴"),
    ) + editor_footer(c)

# ===========================================================================
# police_notices
# ===========================================================================
def _police_org(c, reg):
    city = c.city()
    return c.any(f"{city.short}市公安局{reg.county}分局", f"{reg.county}公安分局", f"{city.name}公安局{reg.county}分局") \
        if reg.county.endswith("区") else f"{reg.county}公安局"


def _station(c):
    return c.any("城关", "东湖", "新华", "西城", "北关", "城南", "江北", "河西", "长青", "滨江") + "派出所"


def pn_jingqing(c):
    city = c.city()
    reg = c.region()
    org = _police_org(c, reg)
    s1, v1 = c.nm("m"), c.nm("f")
    o1, o2 = c.nm(), c.nm()
    witness = c.nm()
    a1 = c.addr(reg=reg, level=c.any("dist", "road"), form=c.any("street", "estate"))
    return T(
        "警情通报\n{date}{time}，{org}{st}接群众报警称，{road}一小区内有人持刀伤人。{st}民警{o1}、辅警{o2}迅速到场处置，将犯罪嫌疑人{m1}（男，{age1}岁，{prov}人）当场控制。"
        "伤者{m2}（女，{age2}岁）被及时送医，目前生命体征平稳。\n经初步调查，{m1}与{m2}系前同事关系，因经济纠纷怀恨在心，当日尾随{m2}至其住处{a1}楼下实施伤害。{m1}案发前暂住{a2}。"
        "报警人{w}在现场协助民警控制了嫌疑人。\n目前，{m1}已被依法刑事拘留，案件正在进一步侦办中。\n{org}\n{fdate}",
        date=c.date(), time=c.tod(), org=org, st=_station(c), road=c.road(), o1=o1, o2=o2, m1=c.mask(s1, c.any("某", "某某")),
        age1=str(c.ri(25, 58)), prov=c.ch(list(PROVS.values())[:31]), m2=c.mask(v1, "某"), age2=str(c.ri(22, 60)), a1=a1,
        w=witness, fdate=c.fdate(), a2=c.addr(reg=c.region(), level=c.any("dist", "road"), form=c.any("street", "lane")),
    )


def pn_wanted(c):
    city = c.city()
    reg = c.r.choice(REGIONS)
    g = c.any("m", "m", "f")
    p1 = c.nm(g)
    p2 = c.nm()
    y = c.ri(1965, 2000)
    bm, bd = c.ri(1, 12), c.ri(1, 28)
    a1 = c.addr(reg=reg, level="prov", form=c.any("street", "rural", "rural"))
    a2 = c.addr(level=c.any("city", "dist"), form=c.any("street", "estate"))
    return T(
        "{cp}公安局关于公开悬赏通缉犯罪嫌疑人{p1}的通告\n"
        "{p1}，{sex}，{y}年{m}月{d}日出生，身份证号码{id}，户籍地{a1}，曾在{a2}租住。{p1}身高约{h}厘米，体型偏瘦，{acc}口音，"
        "涉嫌{crime}，于{fdate}被立案侦查，现在逃。\n为尽快将犯罪嫌疑人缉拿归案，现向社会公开悬赏通缉。凡提供线索协助抓获{p1}的，奖励人民币{money}元。"
        "对举报人信息严格保密。窝藏、包庇犯罪嫌疑人的，将依法追究法律责任。\n联系人：{p2}，电话：{ph}、110\n{cp}公安局\n{fdate2}",
        cp=city.name, p1=p1, sex="男" if g == "m" else "女", y=str(y), m=str(bm), d=str(bd),
        id=c.idno(reg, y, g, bm, bd), a1=a1, a2=a2, h=str(c.ri(155, 182)), acc=c.any("湖南", "四川", "河南", "东北", "闽南", "本地"),
        crime=c.any("故意伤害罪", "诈骗罪", "非法吸收公众存款罪", "盗窃罪", "组织、领导传销活动罪"), fdate=c.fdate(),
        money=c.any("5000", "10000", "20000", "50000"), p2=p2, ph=c.phone(), fdate2=c.fdate(),
    )


def pn_missing_elder(c):
    city = c.city()
    reg = c.region()
    g = c.any("m", "f")
    p1 = c.nm(g, "old")
    p2, p3 = c.nm(), c.nm()
    a1 = c.addr(reg=reg, level=c.any("city", "dist", "road"))
    return T(
        "协查通报\n{p1}，{sex}，{age}岁，身高约{h}厘米，家住{a1}，患有阿尔茨海默病，说话带{dial}口音。{date}上午{hh}时许，{p1}独自从家中出门后未归，"
        "走失时上穿{top}，下穿黑色裤子，脚穿布鞋。\n据家属反映，{p1}平时喜欢去{place}一带散步。{st}民警{p2}已调取周边监控，目前仍在全力寻找。\n"
        "请广大群众提供线索，如有发现，请立即拨打110或联系其{rel}{p3}（电话{ph}）。\n{org}\n{fdate}",
        p1=p1, sex="男" if g == "m" else "女", age=str(c.ri(72, 89)), h=str(c.ri(150, 172)), a1=a1, dial=c.any("本地", "北方", "客家", "温州"),
        date=c.date(), hh=str(c.ri(6, 10)), top=c.any("灰色夹克", "蓝色毛衣", "红色棉袄", "白色短袖"), place=c.any("人民公园", "菜市场", c.road(), "江边"),
        st=_station(c), p2=p2, rel=c.any("儿子", "女儿", "孙子", "女婿"), p3=p3, ph=c.phone(), org=_police_org(c, reg), fdate=c.fdate(),
    )


def pn_fraud(c):
    city = c.city()
    reg = c.region()
    p1 = c.nm("f")
    p2, p3 = c.nm(), c.nm()
    a1 = c.addr(reg=reg, level=c.any("dist", "road"), form=c.any("street", "estate"))
    alias = c.maybe(0.5)
    return T(
        "【反诈预警】“快递理赔”又来了！{dist}一市民被骗8.6万元\n{date}，家住{a1}的{p1}{alias}接到一个自称“快递客服”的电话，对方准确说出了她的姓名、手机号和购物信息，称其快递丢失可以“双倍理赔”。"
        "在对方的诱导下，{p1}下载了一个会议软件并开启了“屏幕共享”，随后按对方指示操作，先后向所谓“安全账户”转账86000元。\n"
        "发现被骗后，{p1}立即报警。{st}民警{p2}接警后第一时间开展止付工作，成功冻结涉案资金2.3万元。\n"
        "民警提醒：正规快递公司理赔不会要求下载软件、共享屏幕。接到类似电话，请拨打96110咨询。本期反诈宣传员：{p3}。\n{org}",
        dist=reg.county, date=c.date(), a1=a1, p1=p1, alias="（化名）" if alias else "", st=_station(c), p2=p2, p3=p3, org=_police_org(c, reg),
    )


def pn_hero(c):
    city = c.city()
    reg = c.region()
    p1, p2 = c.nm("m"), c.nm("m")
    v = c.nm()
    a1 = c.addr(reg=reg, level=c.any("city", "dist"), form=c.any("street", "estate"))
    a2 = c.addr(form="rural", level=c.any("prov", "city"))
    return T(
        "关于确认{p1}、{p2}见义勇为行为的通报\n{date}下午，{dist}{river}边一名儿童不慎落水。正在附近钓鱼的{p1}（男，{age1}岁，家住{a1}）和路过的{p2}（男，{age2}岁，户籍地{a2}）先后跳入水中施救，"
        "合力将落水儿童{m}（男，9岁）救上岸。\n经{dist}见义勇为评定委员会审核，确认{p1}、{p2}的行为为见义勇为，分别给予表彰和奖励。希望全区广大群众以他们为榜样，弘扬社会正气。\n"
        "{dist}见义勇为基金会\n{fdate}",
        p1=p1, p2=p2, date=c.date(), dist=reg.county, river=c.any("护城河", "江滨公园", "东湖", "南河"), age1=str(c.ri(30, 62)), a1=a1,
        age2=str(c.ri(19, 45)), a2=a2, m=c.mask(v, "某"), fdate=c.fdate(),
    )


def pn_hitrun(c):
    city = c.city()
    reg = c.region()
    rr = c.region("rural")
    d = c.nm("m")
    p1, p2 = c.nm(), c.nm()
    victim = c.nm()
    a1 = c.addr(reg=reg, level=c.any("dist", "road"))
    return T(
        "{dist}交警大队关于“{md}”交通肇事逃逸案件的通报\n{date}{tod}，{road}路段发生一起交通事故，一辆白色小型轿车与行人{mv}（女，{age}岁）发生碰撞后驾车逃逸，致{mv}受伤。\n"
        "接报后，交警大队事故中队迅速成立专案组，通过调取沿线视频，于次日在{county}{town}将肇事驾驶人{md}（男，{age2}岁，家住{county}{town}）查获。"
        "经查，{md}无证驾驶且事发前饮酒，目前已被依法采取刑事强制措施。\n在此，感谢热心市民{p1}提供关键线索。伤者{mv}已在{hosp}接受治疗，其家属{p2}对交警的高效办案表示感谢。伤者暂住{a1}，"
        "治疗期间的相关事宜由专人对接。\n{dist}公安分局交通警察大队",
        dist=reg.county, md=c.mask(d, c.any("某", "某某")), date=c.date(), tod=c.tod(), road=c.road(), mv=c.mask(victim, "某"),
        age=str(c.ri(30, 75)), county=rr.county, town=c.town(), age2=str(c.ri(21, 50)), p1=p1, hosp=c.hospital(), p2=p2, a1=a1,
    )


def pn_theft(c):
    city = c.city()
    reg = c.region()
    p1 = c.nm()
    o1 = c.nm()
    s1 = c.nm("m")
    a1 = c.addr(reg=reg, level=c.any("dist", "road", "city"), form=c.any("street", "estate"))
    a2 = c.addr(reg=c.region(), level=c.any("dist", "road"))
    return T(
        "案件通报\n{date}，{st}接家住{a1}的居民{p1}报警，称其停放在楼下的电动自行车被盗。{st}民警{o1}通过调取沿线监控，连续工作十余小时，于当日晚间在{a2}的出租屋内将违法行为人{m1}（男，{age}岁，{prov}人）抓获，"
        "现场起获被盗电动自行车3辆。\n经审查，{m1}对其盗窃事实供认不讳。目前，{m1}已被依法行政拘留十五日，被盗车辆已发还失主。\n警方提醒：电动自行车请停放在有监控的地方，并加装防盗锁。\n{org}\n{fdate}",
        date=c.date(), st=_station(c), a1=a1, p1=p1, o1=o1, a2=a2, m1=c.mask(s1, c.any("某", "某某", "X某")), age=str(c.ri(19, 45)),
        prov=c.ch(["湖南", "江西", "贵州", "安徽", "河南", "广西"]), org=_police_org(c, reg), fdate=c.fdate(),
    )


def pn_foundperson(c):
    city = c.city()
    reg = c.region()
    g = c.any("m", "f")
    p1 = c.nm(g, "old")
    o1, o2 = c.nm(), c.nm()
    return T(
        "寻找走失老人家属\n{date}{tod}，{st}民警{o1}在{road}巡逻时，发现一名老年{sex}在路边徘徊，神情紧张。经询问，老人自称叫“{p1}”（音），{age}岁左右，说话有{dial}口音，只记得自己住在“{sth}附近”，无法说清具体住址。\n"
        "目前，老人已被妥善安置在{st}。{upd}民警{o2}提醒，如您认识这位老人，请尽快与{st}联系，电话：{ph}。\n{org}",
        date=c.date(), tod=c.tod(), st=_station(c), o1=o1, road=c.road(), sex="男子" if g == "m" else "女子", p1=p1,
        age=str(c.ri(70, 85)), dial=c.any("本地", "四川", "东北", "山东"), sth=c.any("一个有大树的小区", "老菜市场", "火车站", "江边"),
        o2=o2, ph=c.phone(), org=_police_org(c, reg),
        upd=c.any("", T("（{d}更新：经多方核实，老人家住{a}，已由家属接回。）", d=c.date(), a=c.addr(reg=reg, level=c.any("dist", "road", "city"), form=c.any("street", "estate")))),
    )


def pn_gang(c):
    city = c.city()
    reg = c.region("rural")
    p1 = c.nm("m")
    ps = [c.nm("m") for _ in range(c.ri(2, 4))]
    y = c.ri(1968, 1990)
    a1 = c.addr(reg=reg, form="rural", level=c.any("prov", "city", "dist"))
    a2 = c.addr(level=c.any("city", "dist"), form=c.any("street", "estate"))
    return T(
        "关于公开征集{p1}等人违法犯罪线索的通告\n为深入推进常态化扫黑除恶斗争，{org}依法侦办以{p1}为首的涉恶犯罪团伙案件。\n"
        "{p1}，男，{y}年生，户籍地{a1}，现住{a2}。经查，自2016年以来，该团伙以其为首，主要成员有{members}等人，长期在{county}一带采取暴力、威胁等手段强揽工程、非法放贷、寻衅滋事。\n"
        "现公开征集{p1}等人的违法犯罪线索。对提供线索有功的，给予{money}元奖励。举报电话：{ph}。举报地址：{county}公安局刑侦大队（{road}）。\n{org}\n{fdate}",
        p1=p1, org=_police_org(c, reg), y=str(y), a1=a1, a2=a2, members=J("、", ps), county=reg.county,
        money=c.any("1000至10000", "2000至20000"), ph=c.phone(), road=c.road(), fdate=c.fdate(),
    )


def pn_child(c):
    city = c.city()
    reg = c.region()
    g = c.any("m", "f")
    f, m = c.nm("m", "mid"), c.nm("f", "mid")
    k = c.kin(f, g, "kid")
    a1 = c.addr(reg=reg, level=c.any("city", "dist", "road"), form=c.any("street", "estate"))
    return T(
        "紧急寻人\n{k}，{sex}，{age}岁，身高约{h}厘米，家住{a1}。{date}下午放学后未按时回家，走失时身穿{school}校服，背{col}书包。\n"
        "孩子父亲{f}、母亲{m}已向{st}报案，民警正在全力寻找。请看到孩子的好心人立即拨打110，或联系孩子母亲（{ph}）。\n"
        "【更新】{date2}晚9时，{k}已在{place}被民警找到，身体无恙。感谢转发的热心网友，感谢民警{o}！",
        k=k, sex="男" if g == "m" else "女", age=str(c.ri(7, 13)), h=str(c.ri(120, 160)), a1=a1, date=c.date(),
        school=c.any("实验小学", "第二小学", "育才学校", "外国语学校"), col=c.any("蓝色", "粉色", "黑色"), f=f, m=m, st=_station(c),
        ph=c.phone(), date2=c.date(), place=c.any("同学家", "网吧", "公园", "亲戚家"), o=c.nm(),
    )


def pn_weekly(c):
    city = c.city()
    reg = c.region()
    o1, o2, o3 = c.nm(), c.nm(), c.nm()
    v1, s1, s2 = c.nm(), c.nm(), c.nm()
    a1 = c.addr(reg=reg, level=c.any("dist", "road"), form=c.any("street", "estate"))
    return T(
        "{st}警务周报（第{n}期）\n一、本周辖区共接报警情{k}起，其中刑事类{k2}起、治安类{k3}起。\n"
        "二、{date}，社区民警{o1}走访时发现，{a1}一独居老人家中燃气泄漏，及时处置避免了事故，老人{v1}的家属{o2}专程送来感谢信。\n"
        "三、{date2}，民警在{road}查获无证驾驶摩托车的{m1}、{m2}两人，依法予以处罚。\n"
        "四、本周“最美辅警”：{o3}。\n{tip}",
        st=_station(c), n=str(c.ri(12, 48)), k=str(c.ri(60, 180)), k2=str(c.ri(3, 15)), k3=str(c.ri(20, 60)), date=c.date(), o1=o1,
        a1=a1, v1=v1, o2=o2, date2=c.date(), road=c.road(), m1=c.mask(s1, "某"), m2=c.mask(s2, c.any("某", "某某")), o3=o3,
        tip=c.any("温馨提示：天干物燥，小心火烛。", "温馨提示：出门记得锁好门窗。", ""),
    )

# ===========================================================================
# public_notices
# ===========================================================================
def pub_xunren(c):
    city = c.city()
    g = c.any("m", "f")
    p1 = c.nm(g, "old")
    p2, p3 = c.nm(), c.nm()
    a1 = c.addr(level=c.any("city", "dist", "road"), form=c.any("street", "estate", "rural"))
    return T(
        "{head}\n{p1}，{sex}，{age}岁，身高{h}厘米左右，{body}。家住{a1}。于{date}{tod}在{place}附近走失，走失时身穿{cloth}。老人{ill}，"
        "{speech}。\n家人万分焦急，望知情者速与我们联系，必有重谢！\n联系人：{p2}（{rel}） {ph}\n{p3} {ph2}\n{tail}{fdate}",
        head=c.any("寻人启事", "寻人启事（急！）", "【寻人】请大家帮忙转发扩散🙏"), p1=p1, sex="男" if g == "m" else "女", age=str(c.ri(68, 90)),
        h=str(c.ri(148, 175)), body=c.any("体型偏瘦", "微胖", "背有点驼", "头发花白"), a1=a1, date=c.date(), tod=c.tod(),
        place=c.any("火车站", "人民医院", c.road(), "菜市场", "汽车南站"), cloth=c.any("深蓝色外套、灰色裤子", "红色毛衣、黑色棉裤", "迷彩服", "格子衬衫"),
        ill=c.any("患有老年痴呆", "记忆力不好", "有高血压", "不识字"), speech=c.any("只会讲方言", "能说出自己的名字", "问话时答非所问", "不会使用手机"),
        p2=p2, rel=c.any("儿子", "女儿", "孙女", "外甥"), ph=c.phone(), p3=p3, ph2=c.phone(), fdate=c.fdate(),
        tail=c.any("", T("也可将老人送至{a}，家属当面酬谢。\n", a=c.addr(level=c.any("dist", "road"), form=c.any("street", "estate")))),
    )


def pub_shiwu(c):
    city = c.city()
    p1, p2, p3 = c.nm(), c.nm(), c.nm()
    reg = c.region()
    a1 = c.addr(reg=reg, level=c.any("dist", "road"), form=c.any("street", "estate"))
    return T(
        "失物招领\n{date}{tod}，我{org}保洁员{p1}在{place}拾到{item}一个，内有现金若干、银行卡3张及署名为{p2}的身份证一张。"
        "请{p2}本人或知情者携带有效证件到{org}服务台认领。\n另：{date2}拾到钥匙一串（挂有{brand}钥匙扣），疑为家住{a1}的住户遗失，请失主前来认领。\n"
        "认领时间：每日9:00—17:00。联系人：{p3}，电话：{ph}。\n{org}\n{fdate}",
        date=c.date(), tod=c.tod(), org=c.any(city.short + "汽车客运站", reg.county + "图书馆", city.short + "万象城物业服务中心", "地铁1号线" + c.road() + "站"),
        p1=p1, place=c.any("候车大厅", "二楼阅览室", "B1停车场", "站台"), item=c.any("棕色钱包", "黑色手提包", "蓝色双肩包"), p2=p2,
        date2=c.date(), brand=c.brand(), a1=a1, p3=p3, ph=c.phone(), fdate=c.fdate(),
    )


def pub_renling(c):
    city = c.city()
    reg = c.region("rural")
    ps = [c.nm() for _ in range(c.ri(4, 6))]
    a1 = c.addr(reg=reg, form="rural", level="dist")
    p_last = c.nm()
    return T(
        "认领启事\n根据{county}{proj}工作安排，以下农户的青苗补偿款至今尚未领取：{names}。另有一名户主{m}（原住{village}）因联系方式变更无法联系。\n"
        "请上述人员或其直系亲属于{fdate}前，携带本人身份证、户口簿到{town}人民政府财政所（{road}）办理领取手续。逾期未领取的，款项将依规上缴。\n"
        "其中{p0}户的承包地位于{a1}，如有争议请一并提出。\n联系人：{pl}，联系电话：{ph}\n{town}人民政府\n{fdate2}",
        county=reg.county, proj=c.any("高速公路征地", "高标准农田建设", "水库移民", "土地整治"), names=J("、", ps[1:]), m=c.mask(c.nm(), "某某"),
        village=c.village(), fdate=c.fdate(), town=c.town(), road=c.road(), p0=ps[0], a1=a1, pl=p_last, ph=c.phone(), fdate2=c.fdate(),
    )


def pub_fugao(c):
    city = c.city()
    g = c.any("m", "f")
    p1 = c.nm(g, "old")
    sp = c.nm("f" if g == "m" else "m", "old")
    father = p1 if g == "m" else sp
    kids = [c.kin(father, None, "mid") for _ in range(c.ri(2, 3))]
    a1 = c.addr(level=c.any("city", "dist", "road"), form=c.any("street", "estate"))
    y, mo, d = c.year(), c.ri(1, 12), c.ri(1, 24)
    return T(
        "讣告\n{title}{p1}{hon}，因病医治无效，于{y}年{mo}月{d}日{tod}在{hosp}逝世，享年{age}岁。\n{p1b}{hon}生前系{unit}{role}，一生勤勉敬业，待人宽厚，深受同事和乡邻敬重。\n"
        "兹定于{mo}月{d2}日上午9时在{city}殡仪馆{hall}厅举行遗体告别仪式。灵堂设于{a1}。\n谨此讣告。\n"
        "{rel1}：{sp}\n子女：{kids}\n携全体亲属泣告\n{y}年{mo}月{d}日",
        title=c.any("", "我们敬爱的父亲" if g == "m" else "我们敬爱的母亲", "原" + c.company() + "退休职工"), p1=p1,
        p1b=c.ref(p1, "逝者" if g == "m" else "逝者", p=0.5),
        hon=c.any("同志", "先生" if g == "m" else "女士", ""), y=str(y), mo=str(mo), d=str(d), d2=str(d + c.ri(2, 4)), tod=c.tod(),
        hosp=c.hospital(), age=str(c.ri(72, 98)),
        unit=c.any(city.short + "市第三中学", city.short + "纺织厂", city.short + "供销社", c.company()), role=c.any("教师", "工程师", "会计", "车间主任", "职工"),
        city=city.short, hall=c.any("福寿", "永安", "松鹤", "怀思"), a1=a1, rel1="妻" if g == "m" else "夫", sp=sp,
        kids=J("、", kids),
    )


def pub_fugao_trad(c):
    """A Hong Kong newspaper obituary for a mainland-born person (Traditional)."""
    c.trad = True
    g = c.any("m", "f")
    p1 = c.nm(g, "old")
    src = p1 if g == "m" else c.nm("m", "old")
    kids = [c.kin(src, "m", "mid"), c.kin(src, "f", "mid")] + [c.kin(c.nm("m", "mid"), None, "young") for _ in range(c.ri(0, 2))]
    reg = c.r.choice(RURAL_REGIONS)
    a1 = c.addr(reg=reg, form="rural", level="prov")
    return T(
        "{hk}\n{p1}{hon}，祖籍{native}，生于{y}年，于{fdate}安详辞世，享壽{age}歲。{p1}早年由家乡{a1}移居香港，经营小生意数十年，热心乡会事务。\n"
        "谨定于{date}在红磡世界殡仪馆设灵，翌日出殡。\n孝男：{k0}\n孝女：{k1}\n{more}世侄 {p2} 拜启",
        hk="顯考" if g == "m" else "顯妣", p1=p1, hon=c.any("老先生", "府君") if g == "m" else c.any("老夫人", "太夫人"), native=reg.prov + reg.county,
        y=str(c.ri(1925, 1945)), fdate=c.fdate(), age=str(c.ri(80, 99)), a1=a1, date=c.date(), k0=kids[0], k1=kids[1],
        more="" if len(kids) < 3 else T("孫：{k}\n", k=J("、", kids[2:])), p2=c.nm(),
    )


def pub_yishi(c):
    """Newspaper classified column with several 遗失声明."""
    city = c.city()
    n = c.ri(3, 5)
    items = []
    for i in range(n):
        p = c.nm()
        k = c.any(1, 2, 3, 3, 4, 5, 6)
        if k == 1:
            items.append(T("{p}遗失身份证，证号{id}，声明作废。", p=p, id=c.idno()))
        elif k == 2:
            items.append(T("{p}不慎遗失{comp}开具的购房款收据一张，收据号{no}，金额{amt}元，声明作废。", p=p, comp=c.company(city), no=str(c.ri(100000, 999999)), amt=str(c.ri(10000, 300000))))
        elif k == 3:
            a = c.addr(level=c.any("city", "dist"), form=c.any("street", "estate"))
            items.append(T("{p}遗失坐落于{a}的不动产权证书，证号{cn}不动产权第{no}号，声明作废。", p=p, a=a, cn=city.short[:1] + "(" + str(c.year()) + ")", no=str(c.ri(1000000, 9999999))))
        elif k == 4:
            rel = c.any("之子", "之女")
            items.append(T("{p}{rel}{k}遗失出生医学证明，编号{no}，声明作废。", p=p, rel=rel, k=c.kin(p, "m" if rel == "之子" else "f", "kid"), no="Q" + str(c.ri(440000000, 449999999))))
        elif k == 5:
            items.append(T("{comp}遗失公章一枚，声明作废。", comp=c.company(city)))
            items.append(T("{p}遗失《道路运输从业人员资格证》，声明作废。", p=p))
        else:
            items.append(T("{p}遗失{school}毕业证书，证书编号{no}，声明作废。", p=p, school=c.ch(UNIVS), no=str(c.ri(10000000000, 99999999999))))
    return T("【遗失声明】\n") + J("\n", items) + T("\n（{m}晚报分类广告 登报电话：{ph}）", m=city.short, ph=c.phone())


def pub_qianfen(c):
    reg = c.r.choice(RURAL_REGIONS)
    town = c.town()
    vill = c.village()
    owners = [c.nm() for _ in range(c.ri(3, 5))]
    p_c = c.nm()
    a1 = c.addr(reg=reg, form="rural", level="dist")
    return T(
        "迁坟公告\n因{proj}建设需要，{county}{town}{vill}{area}范围内的坟墓需进行迁移。现将有关事项公告如下：\n"
        "一、请坟主或其亲属自本公告发布之日起30日内，到{vill}村民委员会登记，并于{fdate}前自行迁移。\n"
        "二、目前已登记的坟主有：{names}。未登记的无主坟墓将由镇政府统一迁移至{cem}。\n"
        "三、坟主{o0}的家属现住{a1}，请其尽快与村委会联系确认迁移事宜。\n"
        "联系人：{pc}（村委会主任），电话{ph}\n{county}{town}人民政府\n{fdate2}",
        proj=c.any("国道改扩建工程", "工业园区", "高铁站场", "水库扩容工程"), county=reg.county, town=town, vill=vill,
        area=c.any("老虎山", "后山坡", "松树岭", "河滩地"), fdate=c.fdate(), names=J("、", owners[1:]), cem=c.any("青山公墓", "安息园", "福寿园"),
        o0=owners[0], a1=a1, pc=p_c, ph=c.phone(), fdate2=c.fdate(),
    )


def pub_chaiqian(c):
    city = c.city()
    reg = c.region()
    road = c.road()
    ps = [c.nm() for _ in range(c.ri(3, 4))]
    addrs = [c.addr(reg=reg, level=c.any("dist", "road"), form="street", unit=c.maybe(0.5)) for _ in range(len(ps))]
    lines = []
    for p, a in zip(ps, addrs):
        lines.append(T("被征收人{p}，房屋坐落于{a}，建筑面积{m}平方米，{kind}", p=p, a=a, m=f"{c.ri(40, 160)}.{c.ri(10, 99)}",
                       kind=c.any("选择货币补偿；", "选择产权调换；", "尚未签约；", "已签约；")))
    return T(
        "{dist}{road}片区旧城改造项目房屋征收补偿分户公示\n根据《国有土地上房屋征收与补偿条例》，现将{road}片区（{comp}承建）第二批分户补偿情况公示如下：\n",
        dist=reg.county, road=road, comp=c.company(),
    ) + J("\n", lines) + T(
        "\n公示期为七天。如有异议，请于公示期内向{dist}房屋征收办公室（{road2}）书面反映。联系人：{p}。\n{dist}房屋征收办公室\n{fdate}",
        dist=reg.county, road2=c.road(), p=c.nm(), fdate=c.fdate(),
    )


def pub_court(c):
    city = c.city()
    reg = c.region()
    g = c.any("m", "f")
    d = c.nm(g)
    pl = c.nm("f" if g == "m" else "m")
    y = c.ri(1970, 1995)
    a1 = c.addr(level=c.any("prov", "city"), form=c.any("street", "rural", "estate"))
    return T(
        "{court}公告\n{d}（{sex}，{y}年生，汉族，住{a1}）：\n本院受理原告{pl}（住{a2}）诉你{case}一案，因你下落不明，依照《中华人民共和国民事诉讼法》的规定，向你公告送达起诉状副本、应诉通知书、举证通知书及开庭传票。"
        "自公告之日起经过三十日即视为送达。提出答辩状和举证的期限为公告期满后的十五日内。本案定于举证期满后第三日上午9时在本院{room}公开开庭审理，逾期将依法缺席判决。\n"
        "承办法官：{j}\n{court}\n{fdate}",
        court=reg.county + "人民法院" if reg.county.endswith(("县", "市")) else city.short + "市" + reg.county + "人民法院",
        d=d, sex="男" if g == "m" else "女", y=str(y), a1=a1, pl=pl, a2=c.addr(reg=reg, level=c.any("city", "dist"), form=c.any("street", "estate")), case=c.any("离婚纠纷", "民间借贷纠纷", "买卖合同纠纷", "房屋租赁合同纠纷"),
        room=c.any("第一法庭", "第三审判庭", "第五法庭"), j=c.nm(), fdate=c.fdate(),
    )


def pub_xunqin(c):
    reg = c.r.choice(RURAL_REGIONS)
    f, m = c.nm("m", "old"), c.nm("f", "old")
    kid = c.kin(f, "f")
    sib = c.kin(f, "m")
    a1 = c.addr(reg=reg, form="rural", level=c.any("prov", "city"))
    return T(
        "寻亲启事\n{y}年{mm}月，我们的女儿{kid}（乳名{nick}）在{county}{place}走失，当时{age}岁，左耳后有一颗黑痣。三十多年来，我们从未放弃寻找。\n"
        "孩子的父亲{f}、母亲{m}如今都已年过七旬，最大的心愿就是在有生之年见到女儿一面。我们一家仍住在{a1}，一直没有搬家，就是怕孩子回来找不到。\n"
        "如有知情者，请联系孩子的哥哥{sib}，电话{ph}。也可拨打“宝贝回家”寻亲热线。万分感谢！🙏🙏",
        y=str(c.ri(1986, 1996)), mm=str(c.ri(1, 12)), kid=kid, nick=c.any("妞妞", "丫丫", "小芳", "圆圆"), county=reg.county,
        place=c.any("县城汽车站", "赶集时", "镇上的电影院门口"), age=c.any("三", "四", "五"), f=f, m=m, a1=a1, sib=sib, ph=c.phone(),
    )


def pub_dog(c):
    city = c.city()
    p1 = c.nm()
    a1 = c.addr(level=c.any("dist", "road"), form=c.any("street", "estate"))
    dname = c.any("豆豆", "旺财", "可乐", "团子", "小黑")
    return T(
        "寻狗启事🐶\n本人{p1}，{date}晚上在{a1}附近走失一只{breed}，名叫“{dname}”，{age}岁，{look}，戴{col}项圈，非常亲人。\n"
        "它陪伴我们家{yrs}年了，孩子天天哭着要找它😭。有看到的好心人请联系我：{ph}（微信同号），确认后酬谢{money}元，绝不食言！\n"
        "——{nick}的主人 {p1}",
        p1=p1, date=c.date(), a1=a1, breed=c.any("柯基", "泰迪", "金毛", "中华田园犬", "比熊", "柴犬"), dname=dname,
        age=str(c.ri(2, 9)), look=c.any("黄白相间", "全身黑色", "短腿", "耳朵一只立一只塌"), col=c.any("红色", "蓝色", "带铃铛的"), yrs=c.any("三", "五", "七"),
        ph=c.phone(), money=c.any("500", "1000", "2000"), nick=dname,
    )


# ===========================================================================
# articles (WeChat public accounts, blogs)
# ===========================================================================
def wx_footer(c):
    k = c.ri(1, 6)
    if k == 1:
        return T("\n\n文｜{a}  编辑｜{b}", a=c.nm(), b=c.nm())
    if k == 2:
        return T("\n\n来源：{m}发布  作者：{a}\n👇点击“在看”，让更多人看到", m=c.city().short, a=c.nm())
    if k == 3:
        return T("\n\n—END—\n撰稿：{a}\n❤️ 喜欢就点个赞吧", a=c.nm())
    if k == 4:
        return T("\n\n（本文作者{a}，转载请联系后台）", a=c.nm())
    return T("\n\n—END—")


def ar_teacher(c):
    reg = c.r.choice(RURAL_REGIONS)
    p1 = c.nm("f", "mid")
    p2, p3, p4 = c.nm(), c.nm("m"), c.nm()
    a1 = c.addr(reg=reg, form="rural", level=c.any("dist", "city"))
    school = c.village() + "小学"
    hq = c.r.choice(HIST_QUOTES[:5])
    return T(
        "她在山村小学守了32年，学生们都叫她“{nick}”\n\n🌸🌸🌸\n\n在{county}的大山深处，有一所只有{k}个学生的{school}。{p1}是这里唯一的老师，也是校长、厨师和保育员。\n\n"
        "1991年，{age}岁的{p1}从师范学校毕业，被分配到这里。“当时想着干两年就走，没想到一干就是三十多年。”{p1b}笑着说。学生们都亲切地叫她“{nick}”。\n\n"
        "{p1c}的家就在{a1}，离学校有四公里山路。每天早上六点，她骑着一辆旧摩托车出门，风雨无阻。\n\n"
        "她教过的学生{p2}如今已是{city}一家医院的医生。“没有{s}老师，就没有今天的我。”{p2}说。丈夫{p3}心疼她，却也支持她：“她离不开那些孩子。”\n\n"
        "{hq0}说：“{hq1}。”这句话被{p1d}工工整整地抄在教室后墙上。\n\n今年，{p1e}被评为“{county}最美乡村教师”。县教育局的{p4}告诉记者，学校明年将迎来两位年轻的特岗教师。",
        nick=c.any("王妈妈", "老班", "校长妈妈", "大姐姐", "小太阳"), county=reg.county, k=str(c.ri(9, 30)), school=school, p1=p1, age=str(c.ri(18, 21)),
        a1=a1, p2=p2, city=c.new_city().short, s=c.sur(p1), p3=p3, hq0=hq[0], hq1=hq[1], p4=p4,
        p1b=c.ref(p1, "她"), p1c=c.ref(p1, "她", c.sur(p1) + "老师"), p1d=c.ref(p1, "她"), p1e=c.ref(p1, "她", p=0.5),
    ) + wx_footer(c)


def ar_doctor(c):
    reg = c.r.choice(RURAL_REGIONS)
    p1 = c.nm("m", "mid")
    p2, p3 = c.nm("f", "old"), c.nm()
    a1 = c.addr(reg=reg, form="rural", level=c.any("dist", "city", "prov"))
    a2 = c.addr(reg=reg, form="rural", level="dist")
    return T(
        "乡村医生{p1}：一个药箱，背了二十年\n\n{p1}的村卫生室开在{a1}，两间平房，一张诊床，一个药柜。可就是这么个小地方，管着周边三个村子两千多人的头疼脑热。\n\n"
        "“半夜有人敲门是常事。”{p1b}说，村里年轻人大多外出打工，留下的多是老人和孩子。家住{a2}的{p2}奶奶患有高血压和糖尿病，{p1c}每周都要上门给她量血压、测血糖。\n\n"
        "“{nick}比我儿子来得还勤。”{p2}说。{nick}是村里人对{p1}的称呼，他不太喜欢别人叫他“{s}院长”，说“就是个看病的”。\n\n"
        "他的妻子{p3}也在卫生室帮忙，负责抓药和记账。夫妻俩的女儿在{univ}读医学，“她说毕业后也想回来”。💊",
        p1=p1, a1=a1, a2=a2, p2=p2, nick=c.any("老" + c.sur(p1), c.sur(p1) + "医生", "赤脚医生"), s=c.sur(p1), p3=p3, univ=c.ch(UNIVS),
        p1b=c.ref(p1, "他"), p1c=c.ref(p1, "他", c.sur(p1) + "医生"),
    ) + wx_footer(c)


def ar_volunteers(c):
    city = c.city()
    ps = [c.nm("f"), c.nm(), c.nm("m"), c.nm(), c.nm()]
    reg = c.region()
    a1 = c.addr(reg=reg, level=c.any("dist", "road"), form=c.any("street", "estate"))
    return T(
        "一群“跑腿”的人 | {m}学雷锋志愿服务队的一天\n\n早上7点，{p0}已经在{road}的爱心驿站里分装好了30份爱心早餐。她是“{team}”志愿服务队的队长，队里有{k}名队员，年纪最大的{p1}已经71岁。\n\n"
        "8点，队员{p2}和{p3}骑着电动车出发，给辖区行动不便的老人送餐。第一站是{a1}，住在这里的{t}腿脚不好，一个人住，子女都在外地，紧急联系人登记的是邻居家的地址：{a2}。“{s2}小伙子每天来，比闹钟还准。”\n\n"
        "下午，队员们又去{dist}福利院陪孩子们做手工。{p4}是队里的“技术担当”，会修电器、会理发，还会做小板凳。\n\n“{hq1}。”{p0}说，这是队里的口号，也是大家坚持下去的理由。"
        "👍 如果你也想加入，可以在后台留言“志愿者”。",
        m=city.short, p0=ps[0], road=c.road(), team=c.any("晨光", "夕阳红", "小蜜蜂", "暖心"), k=str(c.ri(20, 90)), p1=ps[1], p2=ps[2], p3=ps[3],
        a1=a1, a2=c.addr(reg=reg, level="road", form="street", unit=True), t=c.title(c.nm(), c.any("阿姨", "大爷", "奶奶")), s2=c.sur(ps[2]), dist=reg.county, p4=ps[4], hq1=HIST_QUOTES[4][1],
    ) + wx_footer(c)


def ar_food(c):
    city = c.city()
    reg = c.region()
    p1 = c.nm("m")
    p2 = c.nm("f")
    sur = c.sur(p1)
    shop = c.any(sur + "记牛肉面", "老" + sur + "家小馄饨", sur + "姐卤味", sur + "嬢嬢冒菜", "阿" + sur + "肠粉")
    a1 = c.addr(reg=reg, level=c.any("dist", "road"), form="street", unit=False)
    return T(
        "探店｜藏在老小区里的{shop}，开了18年没有招牌😋\n\n今天带大家去一家真正的“苍蝇馆子”！店在{a1}，就在{brand}门店旁边那条小巷子里，导航都不一定找得到。\n\n"
        "老板{p1}是{native}人，2006年来到{m}，在这里一开就是十八年。熟客都叫他“{nick}”。店里只有六张桌子，中午十一点半就坐满了。\n\n"
        "招牌是{dish}，汤是每天凌晨四点开始熬的。{p1}说：“料给足，价不涨，做的都是街坊生意。”\n\n老板娘{p2}负责收银，记性特别好，常来的客人要不要香菜、辣放多少，她全记得。\n\n"
        "📍地址：{a1}\n⏰营业时间：6:30-14:00（周一休息）\n💰人均：18元\n\n#{m}美食# #宝藏小店#",
        shop=shop, a1=a1, brand=c.brand(), p1=p1, native=c.any("四川", "兰州", "潮汕", "湖南", "安徽"), m=city.short, nick=c.any("老" + sur, sur + "师傅", "大" + sur),
        dish=c.any("红烧牛肉面", "鲜肉小馄饨", "卤猪蹄", "冒菜", "鲜虾肠粉"), p2=p2,
    )


def ar_grandma(c):
    reg = c.r.choice(RURAL_REGIONS)
    p1 = c.nm("f", "old")
    p2, p3 = c.nm("m", "old"), c.nm("f", "mid")
    a1 = c.addr(reg=reg, form="rural", level=c.any("prov", "city", "dist"))
    return T(
        "外婆的老房子要拆了\n\n昨天妈妈打电话说，外婆在{a1}的老房子要拆了，村里要修路。挂了电话，我发了好一会儿呆。\n\n"
        "外婆叫{p1}，生于1938年，一辈子没出过{county}。小时候每年暑假，我都在外婆家过。她会用灶台给我烤红薯，会在院子里的{tree}下给我扇扇子，一边扇一边讲外公{p2}年轻时候的故事。\n\n"
        "外婆不识字，却能记住村里每一户人家的生日。村里人都喊她“{nick}”，只有我喊她“婆婆”。\n\n"
        "妈妈{p3}说，拆迁款已经谈好了，外婆会搬到镇上和舅舅一起住。可我知道，她最舍不得的是那棵{tree}，是外公亲手种的。\n\n"
        "这个周末我要回去一趟，再看看那间老屋。🏠",
        a1=a1, p1=p1, county=reg.county, tree=c.any("枣树", "桂花树", "柿子树", "老槐树"), p2=p2, nick=c.any("三婶", "大娘", c.sur(p1) + "家婆"), p3=p3,
    )


def ar_goodpeople(c):
    city = c.city()
    entries = []
    for i in range(c.ri(3, 4)):
        k = c.ri(1, 4)
        p = c.nm("f" if k in (3, 4) else None)
        if k == 1:
            a = c.addr(level=c.any("dist", "road"), form=c.any("street", "estate"))
            entries.append(T("【助人为乐】{p}：家住{a}，退休后坚持义务为邻居理发，{n}年来理发超过五千人次。", p=p, a=a, n=str(c.ri(8, 20))))
        elif k == 2:
            entries.append(T("【见义勇为】{p}：{date}在{river}勇救落水群众，事后悄然离开，被救者家属多方寻找才找到他。", p=p, date=c.date(), river=c.any("东湖", "护城河", "江滨公园")))
        elif k == 3:
            p2 = c.nm()
            entries.append(T("【孝老爱亲】{p}：照顾瘫痪在床的婆婆{p2}十六年，被邻居称为“好媳妇”。", p=p, p2=p2))
        else:
            entries.append(T("【诚实守信】{p}：丈夫因病去世后，她用五年时间还清了{comp}的全部欠款。", p=p, comp=c.company()))
    return T("{m}好人榜｜{y}年第{q}季度“{m}好人”名单出炉👏\n\n经群众推荐、组织审核和网上公示，以下{n}人入选本季度“{m}好人”：\n\n", m=city.short, y=str(c.year()), q=c.any("一", "二", "三", "四"), n=str(len(entries))) \
        + J("\n\n", entries) + T("\n\n向他们致敬！🌟") + wx_footer(c)


def ar_runner(c):
    city = c.city()
    p1, p2, p3 = c.nm(), c.nm(), c.nm("m")
    a1 = c.addr(city=city, level=c.any("dist", "road"), form=c.any("estate", "street"), unit=True)
    return T(
        "我们在{m}跑步的第1000天🏃\n\n三年前的一个早晨，{p1}在{park}跑步时遇到了同样在跑步的{p2}和{p3}，三个人一拍即合，成立了“{club}”跑团。\n\n"
        "如今跑团已经有{k}个人了。每周六早上六点半，大家准时在{road}集合。{p1b}的口号是：“不比快，只比久。”跑团的“补给站”就设在团长家楼下——{a1}，跑完步大家常去那儿喝碗豆浆。\n\n"
        "{p2}是团里的“配速担当”，全马成绩3小时05分。{p3}原来体重180斤，跑了两年瘦了40斤，团员们都叫他“{nick}”。\n\n"
        "上个月，三个人一起报名了{m}马拉松，“我们约好了，一起跑到终点”。\n\n#跑步# #{m}#",
        m=city.short, p1=p1, park=c.any("湿地公园", "滨江绿道", "奥体中心", "人民公园"), p2=p2, p3=p3, club=c.any("晨风", "不晚", "慢慢跑", "追光"),
        k=str(c.ri(60, 400)), road=c.road(), nick=c.any("小胖", "大壮", "瘦哥", "胖虎"), a1=a1, p1b=c.ref(p1, "团长"),
    ) + wx_footer(c)


def ar_startup(c):
    city = c.city()
    p2, p3 = c.nm("m", "old"), c.nm()
    p1 = c.kin(p2, "m", "young")
    reg = c.region("rural")
    a1 = c.addr(reg=reg, form="rural", level=c.any("dist", "city"))
    comp = c.company(city)
    return T(
        "90后小伙返乡种草莓，年销售额300万\n\n{p1}2015年从{univ}毕业后，在{big}工作了三年。2018年，他辞职回到老家{a1}，租下80亩地种草莓。\n\n"
        "“那时候村里人都说我傻，放着大城市的工作不干，回来当农民。”{p1}说。第一年赶上冻害，亏了二十多万，父亲{p2}差点把大棚拆了。\n\n"
        "后来，{p1}注册了{comp}，开始做直播带货。如今，他的草莓卖到了全国二十多个城市，还带动村里{k}户村民一起种植。村民{p3}说：“跟着{nick}干，一年能多挣三四万。”\n\n"
        "#乡村振兴# #返乡创业#",
        p1=p1, univ=c.ch(UNIVS), big=c.any("华为", "京东", "阿里巴巴", "比亚迪"), a1=a1, p2=p2, comp=comp, k=str(c.ri(20, 80)), p3=p3, nick="小" + c.sur(p1),
    ) + wx_footer(c)


def ar_wedding(c):
    city = c.city()
    p1, p2 = c.nm("m", "young"), c.nm("f", "young")
    p3 = c.nm()
    a1 = c.addr(level=c.any("city", "dist"), form="estate")
    return T(
        "从校服到婚纱｜{p1}&{p2}的十年💍\n\n2014年，{p1}和{p2}在{school}高二（3）班成了同桌。他上课总借她的笔记，她总嫌他字丑。\n\n"
        "后来，他去了{c1}读书，她留在{c2}。四年异地，攒了两百多张火车票。毕业后，两人一起回到{m}，在{a1}买了一套小两居。\n\n"
        "去年冬天，{p1b}在他们高中门口求婚，当年的班主任{p3}老师也被“骗”来见证。“我早就看出他俩有戏。”{p3b}老师笑着说。\n\n"
        "祝福{fin}，新婚快乐！🎉🎉（文中照片由新人授权使用）",
        p1=p1, p2=p2, school=city.short + c.any("一中", "二中", "实验中学", "外国语学校"), c1=c.ch(["北京", "西安", "成都", "哈尔滨"]), c2=c.ch(["广州", "南京", "长沙", "厦门"]),
        m=city.short, a1=a1, p3=p3, p1b=c.ref(p1, "他"), p3b=c.ref(p3, c.sur(p3)),
        fin=c.any(T("{a}和{b}", a=p1, b=p2), "这对新人", "两位新人"),
    ) + wx_footer(c)


def ar_memorial(c):
    city = c.city()
    p1 = c.nm("m", "old")
    p2, p3 = c.nm(), c.nm()
    a1 = c.addr(level=c.any("dist", "road"), form=c.any("street", "estate"))
    hq = c.r.choice(HIST_QUOTES)
    return T(
        "纪念我的语文老师{p1}先生\n\n惊悉{p1}老师于上周去世，享年{age}岁。写下这些文字，纪念这位改变了我一生的老师。\n\n"
        "{p1}老师是我初中的语文老师，瘦高个儿，总穿一件洗得发白的中山装。他上课从不看教案，{hq0}的诗文张口就来，最爱念的一句是“{hq1}”。\n\n"
        "我家境不好，初三那年差点辍学。是{p1}老师骑着自行车找到我家，跟我父亲{p2}谈了一整个晚上。后来，他每个月从工资里拿出三十块钱给我当生活费，一直到我高中毕业。\n\n"
        "去年春节，我和同学{p3}去{a1}看望他，他已经认不出我们了，却还能背出整篇《岳阳楼记》。\n\n老师，一路走好。🕯",
        p1=p1, age=str(c.ri(80, 95)), hq0=hq[0], hq1=hq[1], p2=p2, p3=p3, a1=a1,
    )


def ar_blog_trad(c):
    """A Taiwan/HK-based blogger writing about a visit to relatives on the mainland (Traditional)."""
    c.trad = True
    reg = c.r.choice(RURAL_REGIONS)
    p1, p2, p3 = c.nm("m", "old"), c.nm("f", "old"), c.nm()
    a1 = c.addr(reg=reg, form="rural", level="prov")
    return T(
        "【回乡记】第一次回到爷爷的老家\n\n爷爷{p1}一九四九年离开家乡，直到去世都没能再回去。今年清明，我和爸爸终于按照爷爷留下的信封地址，找到了{a1}。\n\n"
        "开门的是爷爷的妹妹，我该叫她姑婆——{p2}。她已经九十岁了，拉着爸爸的手哭了很久，说爸爸长得跟爷爷年轻时一模一样。\n\n"
        "表叔{p3}带我们去了祖坟，还拿出一本手抄的族谱，上面清清楚楚写着爷爷的名字。那一刻，我突然明白了爷爷晚年为什么总是望着窗外发呆。\n\n"
        "回台北的飞机上，爸爸一句话都没说。我想，这趟路，我们替爷爷走完了。✈️",
        p1=p1, a1=a1, p2=p2, p3=p3,
    )


def ar_nurse(c):
    city = c.city()
    p1 = c.nm("f")
    p2, p3 = c.nm(), c.nm()
    a1 = c.addr(level=c.any("city", "dist"), form=c.any("street", "estate"))
    return T(
        "ICU里的“夜班妈妈”｜护士节特别策划\n\n凌晨两点，{hosp}重症监护室的灯还亮着。护士长{p1}已经连续巡查了三遍病房。\n\n"
        "{p1b}在ICU工作了{yrs}年，同事们都叫她“{nick}”。去年冬天，一位叫{p2}的老人在ICU住了二十多天，家属不能陪护，{p1}每天给老人擦身、喂饭，还用手机给家属录视频报平安。\n\n"
        "老人出院那天，儿子{p3}专门做了一面锦旗送到科室。后来，他还写了一封长信寄到医院，信封上工工整整地写着寄件地址：{a1}。\n\n"
        "“我们能做的，就是让病人多一分安心，让家属少一分担心。”{p1c}说。\n\n致敬每一位白衣天使！💐",
        hosp=c.hospital(), p1=p1, p1b=c.ref(p1, "她"), p1c=c.ref(p1, "她", c.sur(p1) + "护士长"), yrs=str(c.ri(10, 26)), nick=c.any("夜班妈妈", "铁娘子", "大姐大", c.sur(p1) + "姐"), p2=p2, p3=p3, a1=a1,
    ) + wx_footer(c)


# ===========================================================================
# complaints (12345 / 信访 / 消费者投诉), first person
# ===========================================================================
def cp_bbq(c):
    city = c.city()
    reg = c.region()
    me = c.nm()
    owner = c.nm("m")
    a_me = c.addr(reg=reg, level=c.any("city", "dist"), form=c.any("estate", "street"), unit=True)
    a_shop = c.addr(reg=reg, level=c.any("dist", "road"), form="street", unit=False)
    return T(
        "12345热线您好：\n我叫{me}，住在{a_me}。我要反映的是我们楼下的{shop}烧烤店（{a_shop}）油烟和噪音扰民的问题。\n"
        "这家店从今年{mon}月开业，每天营业到凌晨两三点，油烟直接排到我们楼上，晚上根本没法开窗。客人喝酒划拳的声音很大，我家孩子明年中考，晚上经常被吵醒。\n"
        "我们找过店老板{owner}好几次，他态度很差，说“有本事你去告”。也打过{st}的电话，民警来了以后安静一会儿，走了又照样。\n"
        "希望相关部门尽快来现场查看，督促商家安装油烟净化设备、控制营业时间。我的联系电话{ph}，随时可以配合调查。\n{me}\n{fdate}",
        me=me, a_me=a_me, shop=c.any("老" + c.sur(owner), "大胖", "夜猫子", "东北"), a_shop=a_shop, mon=str(c.ri(3, 9)), owner=owner,
        st=_station(c), ph=c.phone(), fdate=c.fdate(),
    )


def cp_xinfang(c):
    reg = c.r.choice(RURAL_REGIONS)
    me = c.nm("m", "old")
    cadre = c.nm("m")
    nb = c.nm()
    a_me = c.addr(reg=reg, form="rural", level=c.any("prov", "city"))
    vill = c.village()
    return T(
        "尊敬的{county}信访局领导：\n我是{a_me}的村民{me}，今年{age}岁。我反映的是我家宅基地被邻居{nb}强占、村干部不作为的问题。\n"
        "2019年，{nb}家（{a_nb}）翻修房子时，把院墙往我家这边砌了一米多，占了我家十几个平方。我多次找村里，村支书{cadre}每次都说“回去等通知”，一拖就是四年。\n"
        "今年三月，我又去找{sec}（村主任），他说这事得找镇里。到了{town}政府，工作人员又让我回村里解决。我一个老人家，来回跑了十几趟，实在没有办法了。\n"
        "我恳请领导派人到现场实地测量，依法处理，还我一个公道。\n此致\n敬礼！\n信访人：{me}\n联系电话：{ph}\n{fdate}",
        county=reg.county, a_me=a_me, me=me, age=str(c.ri(60, 78)), nb=nb, a_nb=c.addr(reg=reg, form="rural", level="dist"), cadre=cadre, sec=c.mask(c.nm("m"), "某某"), town=c.town(), ph=c.phone(), fdate=c.fdate(),
    )


def cp_consumer(c):
    city = c.city()
    reg = c.region()
    me = c.nm()
    boss = c.nm()
    a_me = c.addr(reg=reg, level=c.any("prov", "city", "dist"))
    a_shop = c.addr(reg=c.region(), level=c.any("dist", "road"), form="street", unit=c.maybe(0.4))
    item = c.any("冰箱", "空调", "按摩椅", "电动车", "真皮沙发", "热水器")
    return T(
        "【消费者投诉】投诉对象：{comp}\n投诉人：{me}\n我于{fdate}在位于{a_shop}的{comp}门店购买了一台{item}，价格{price}元。销售人员{boss}当时承诺“三年免费上门维修”。\n"
        "使用不到两个月就出现故障，我打电话联系{boss}，一开始说马上派人来，后来干脆不接电话了。到店里找，店员说{bs}“不在”，又说保修要收上门费。\n"
        "我认为商家的行为违反了《消费者权益保护法》，要求：1.免费维修或退货；2.赔偿我的误工损失。\n本人住址：{a_me}，电话{ph}。\n请市场监管部门帮忙处理，谢谢！",
        comp=c.company(city), me=me, fdate=c.fdate(), a_shop=a_shop, item=item, price=str(c.ri(1800, 16000)), boss=boss, bs=c.title(boss, "经理"),
        a_me=a_me, ph=c.phone(),
    )


def cp_leak(c):
    city = c.city()
    reg = c.region()
    me = c.nm("f")
    nb = c.nm("f", "old")
    mgr = c.nm()
    est = c.estate()
    b = c.ri(1, 20)
    u = c.ri(1, 4)
    f = c.ri(2, 18)
    room_me, room_up = f"{f}0{c.ri(1, 4)}", None
    room_up = f"{f + 1}{room_me[-2:]}"
    a_me = Addr(f"{reg.prefix(c.any('city', 'dist'))}{est}{b}栋{u}单元{room_me}室")
    a_up = Addr(f"{reg.county}{est}{b}栋{u}单元{room_up}室")
    c.addrs.extend([a_me, a_up])
    return T(
        "物业不作为，楼上漏水半年无人管！\n我叫{me}，家住{a_me}。从去年{mon}月开始，我家卫生间天花板一直漏水，墙皮大面积脱落，已经发霉了。\n"
        "漏水是楼上{a_up}造成的，那是邻居{nb}家。{nbn}年纪大了，说自己家没问题，拒绝开门检查。\n"
        "我多次找{est}物业，物业经理{mgr}每次都说“会协调的”，可半年过去了一点进展都没有。我家老人有哮喘，住在发霉的房子里很危险。\n"
        "请求{dist}住建局督促物业公司（{comp}）履行职责，尽快组织检测和维修。\n联系电话：{ph}",
        me=me, a_me=a_me, mon=str(c.ri(5, 12)), a_up=a_up, nb=nb, nbn=c.title(nb, "阿姨"), est=est, mgr=mgr, dist=reg.county, comp=c.company(city), ph=c.phone(),
    )


def cp_wages(c):
    city = c.city()
    me = c.nm("m")
    boss = c.nm("m")
    ws = [c.nm("m") for _ in range(c.ri(2, 3))]
    a_site = c.addr(level=c.any("city", "dist"), form="street", unit=False)
    a_me = c.addr(form="rural", level=c.any("prov", "city"))
    return T(
        "关于{comp}拖欠农民工工资的投诉\n我叫{me}，老家是{a_me}，是一名木工。{y}年3月到12月，我和老乡{ws}等{k}人跟着包工头{boss}在{a_site}的工地干活，"
        "工程是{comp}承包的。\n工程早就完工了，{boss_b}欠我们的工资一共{money}元，一直拖着不给。他说是公司没给他结账，公司又说钱早就给了{boss}。两边踢皮球。\n"
        "马上过年了，我们都等着这笔钱回家。恳请劳动监察大队帮我们讨回血汗钱！\n投诉人：{me}  电话：{ph}",
        comp=c.company(city), me=me, a_me=a_me, y=str(c.year()), ws=J("、", ws), k=str(len(ws) + 1), boss=boss, a_site=a_site,
        money=str(c.ri(8, 40) * 10000), ph=c.phone(), boss_b=c.ref(boss, "包工头", c.title(boss, "老板")),
    )


def cp_12345_ticket(c):
    """A 12345 work order written up as prose by the operator."""
    city = c.city()
    reg = c.region()
    me = c.nm()
    op = c.nm()
    a_me = c.addr(reg=reg, level=c.any("city", "dist", "road"), form=c.any("estate", "street", "lane"))
    return T(
        "工单编号：{no}\n来电人{me}（电话{mp}）反映：其居住的{a_me}所在小区内，{issue}。来电人称已向物业及社区多次反映，问题至今未解决，要求相关部门尽快处理并回复。\n"
        "诉求类型：{typ}  承办单位：{dist}{dept}\n受理人：{op}  受理时间：{fdate} {hh}:{mm}\n"
        "【回复】经核查，情况属实。{dept}已于{date2}约谈物业负责人{mg}，限期整改。已电话回复来电人{me}，来电人表示{sat}。",
        no=f"{c.year()}{c.ri(10, 12)}{c.ri(10, 28)}{c.ri(100000, 999999)}", me=me, mp=c.mphone(), a_me=a_me,
        issue=c.any("电梯频繁故障，上周有老人被困40分钟", "地下车库长期积水，蚊虫滋生", "有人在绿化带私自种菜并泼洒粪水", "充电桩被私人占用，电动车只能进楼道"),
        typ=c.any("投诉", "求助", "建议"), dist=reg.county, dept=c.any("住建局", "城管局", "街道办事处", "市场监管局"), op=op,
        fdate=c.fdate(), hh=f"{c.ri(8, 20):02d}", mm=f"{c.ri(0, 59):02d}", date2=c.date(), mg=c.title(c.nm(), "经理"),
        sat=c.any("满意", "基本满意", "不满意，要求继续跟进"),
    )


def cp_official(c):
    city = c.city()
    reg = c.region()
    me = c.nm()
    off = c.nm("f")
    off2 = c.nm()
    a_me = c.addr(reg=reg, level=c.any("city", "dist"), form=c.any("street", "estate"))
    return T(
        "投诉{street}街道办工作人员{off}工作态度问题\n{dist}纪委监委：\n本人{me}，住{a_me}。{date}上午，我到{street}街道便民服务中心办理{biz}，窗口工作人员{off}一直在玩手机，"
        "我问了三遍她才抬头，还说“材料不全，回去准备好再来”，却不肯告诉我缺什么材料。\n我要求见负责人，{off}说领导不在。后来我打听到分管领导是{off2}，打电话过去，对方说“知道了”就挂了。\n"
        "前后我跑了四趟，请了三天假。我认为这是典型的“门难进、脸难看、事难办”，请领导调查处理。\n{me}\n{ph}",
        street=c.any("文新", "城北", "清河", "东关", "新华"),
        off=off, dist=reg.county, me=me, a_me=a_me, date=c.date(), biz=c.any("居住证", "老年优待证", "低保申请", "新生儿落户"), off2=off2, ph=c.phone(),
    )


def cp_tenant(c):
    city = c.city()
    me = c.nm()
    ll = c.nm()
    agent = c.nm()
    a_rent = c.addr(level=c.any("city", "dist"), form=c.any("estate", "street"), unit=True)
    return T(
        "租房押金被扣，求助！\n我叫{me}，{y}年在{agency}租了{a_rent}的一套一居室，房东是{ll}（住{a_ll}），经纪人是{agent}。合同约定押一付三，押金{dep}元。\n"
        "今年合同到期退租，我把房子打扫得干干净净，{ll}却说墙面有划痕、沙发有污渍，要扣掉全部押金。我拍了入住和退租时的照片，墙上的划痕入住时就有。\n"
        "找经纪人{agent}，他说“这是你和房东之间的事”。{llt}现在连微信都把我拉黑了。\n请问这种情况我该怎么维权？可以去哪里投诉？🙏",
        me=me, a_ll=c.addr(level=c.any("city", "dist", "road"), form=c.any("street", "estate")), y=str(c.year() - 1), agency=c.any("链家", "我爱我家", "贝壳", "一家本地中介"), a_rent=a_rent, ll=ll, agent=agent, dep=str(c.ri(15, 60) * 100),
        llt=c.title(ll, c.any("阿姨", "先生", "女士")),
    )


def cp_school(c):
    city = c.city()
    me = c.nm("f")
    kid = c.nm(age="kid")
    t1 = c.nm()
    a_me = c.addr(level=c.any("dist", "road"), form=c.any("street", "estate"))
    return T(
        "致{edu}教育局的一封信\n尊敬的领导：\n我是{school}三年级学生{kid}的家长{me}，家住{a_me}。我想反映该校{t1}老师变相强制学生参加校外有偿补课的问题。\n"
        "从上学期开始，{t1}老师在班级群里多次暗示，参加她周末在{road}开办的“{class}”的孩子，上课会“多照顾一点”。我家孩子没去，结果座位被调到了最后一排，作业本上的评语也越来越少。\n"
        "孩子回家说，{t1b}老师在课堂上讲“有些同学家长不重视学习”。孩子现在很抵触上学。\n请教育局调查核实，保护孩子的合法权益。\n家长：{me}  {ph}",
        edu=city.short, school=city.short + c.any("实验小学", "第三小学", "育英小学", "东方红小学"), kid=kid, t1b=c.ref(t1, c.sur(t1)), me=me, a_me=a_me, t1=t1, road=c.road(),
        ph=c.phone(), **{"class": c.any("思维训练班", "作文提高班", "培优课堂")},
    )


def cp_medical(c):
    city = c.city()
    me = c.nm()
    pt = c.nm("m", "old")
    doc = c.nm()
    a_me = c.addr(level=c.any("city", "dist", "prov"), form=c.any("street", "estate", "rural"))
    return T(
        "投诉{hosp}{dept}{doc}医生\n我父亲{pt}，{age}岁，{date}因腹痛到{hosp}急诊就诊，接诊医生是{doc}。{docb}只开了止痛药，没有做任何检查就让我们回家了。\n"
        "当天夜里父亲疼得更厉害，我们又去了医院，才查出是急性阑尾炎穿孔，做了急诊手术，住院十二天。我认为{doc}医生存在误诊，耽误了治疗。\n"
        "我们找医院医务科，接待的{t}说要走流程，让我们等。现在一个多月过去了，没有任何答复。\n投诉人：{me}（患者之子），住址{a_me}，电话{ph}。",
        hosp=c.hospital(), dept=c.any("急诊科", "普外科", "消化内科"), doc=doc, docb=c.ref(doc, "这位医生", "他"), pt=pt, age=str(c.ri(60, 85)), date=c.date(), t=c.title(c.nm(), "主任"),
        me=me, a_me=a_me, ph=c.phone(),
    )


def cp_blackcat(c):
    """Online complaint platform post, informal with typos and emoji."""
    city = c.city()
    me = c.nm()
    rider = c.nm()
    a_me = c.addr(level=c.any("city", "dist", "road"), form=c.any("estate", "street"), unit=True)
    c.typos = 2
    return T(
        "【投诉】{plat}外卖员偷吃我的外卖还骂人😡😡\n投诉人：{me}\n诉求：道歉、退款、处理骑手\n{date}晚上我在{plat}上点了一份{food}，收货地址是{a_me}。"
        "骑手{rider}送到的时候包装袋已经被拆开了，里面少了一个鸡腿。我问他怎么回事，他说“本来就这样”，还骂了我一句就走了。\n"
        "我已经联系了平台客服，客服说会处理，但三天了都没有消息！！我有门口的监控视频，可以证明他在楼道里打开过袋子。\n希望平台给个说法，不然我就去12315投诉了。",
        plat=c.any("美团", "饿了么"), me=me, date=c.date(), food=c.any("炸鸡套餐", "黄焖鸡米饭", "麻辣香锅", "烤鸭饭"), a_me=a_me, rider=rider,
    )


def cp_construction(c):
    city = c.city()
    reg = c.region()
    me = c.nm()
    nbs = [c.nm() for _ in range(c.ri(2, 3))]
    a_me = c.addr(reg=reg, level=c.any("city", "dist"), form="estate")
    a_site = c.addr(reg=reg, level=c.any("dist", "road"), form="street", unit=False)
    return T(
        "联名投诉：夜间施工噪音扰民\n{dist}城管局：\n我们是{a_me}所在小区的业主，代表人{me}。小区南侧{a_site}的{comp}工地长期夜间违规施工，混凝土泵车、打桩机经常干到凌晨一两点。\n"
        "业主{nbs}等人多次拨打12345，工地每次都说有夜间施工许可证，但从未公示。{t}家的孩子才两个月大，每天晚上被吵醒好几次。\n"
        "我们要求：一、核查该工地夜间施工许可；二、严格限制施工时间；三、对违规行为依法处罚。\n附：业主签名共{k}人（名单另附）\n联系人：{me} {ph}",
        dist=reg.county, a_me=a_me, me=me, a_site=a_site, comp=c.company(city), nbs=J("、", nbs), t=c.title(nbs[0]), k=str(c.ri(40, 180)), ph=c.phone(),
    )

# ===========================================================================
# family_chat
# ===========================================================================
NICK_DISPLAY = ["老爸", "老妈", "🌸花开富贵", "阳光总在风雨后", "大姐", "幺妹", "小叔", "二舅", "A装修-大伟", "宝宝妈",
                "岁月静好", "平安是福", "奶奶", "爷爷", "三姑", "孙子", "姐夫", "弟妹", "舅妈", "表哥", "😊开心每一天",
                "知足常乐", "Lily", "吃货一枚", "老张头"]


def chat(c, lines, style=None):
    style = style or c.ri(1, 3)
    out = []
    h, m = c.ri(7, 21), c.ri(0, 50)
    for spk, msg in lines:
        m += c.ri(0, 4)
        if m >= 60:
            h, m = h + 1, m - 60
        if style == 1:
            out.append(T("{s}：{m}", s=spk, m=msg))
        elif style == 2:
            out.append(T("[{t}] {s}: {m}", t=f"{h % 24:02d}:{m:02d}", s=spk, m=msg))
        else:
            out.append(T("{s} {t}\n{m}", s=spk, t=f"{h % 24}:{m:02d}", m=msg))
    return J("\n", out)


def disp(c, name=None, alt=None):
    """A chat display name.  Without a name: a random nickname.  With a name: the
    person's full name (labelled) or, for about half of the people, a fixed
    kinship/nickname display that is used for that person throughout the chat."""
    if name is None:
        return c.ch(NICK_DISPLAY)
    cache = c.__dict__.setdefault("_disp", {})
    if name not in cache:
        if c.maybe(0.5):
            cache[name] = name
        else:
            used = set(cache.values())
            opts = [x for x in (alt or NICK_DISPLAY) if x not in used] or [x for x in NICK_DISPLAY if x not in used]
            cache[name] = c.ch(opts)
    return cache[name]


def fc_newyear(c):
    uncle = c.nm("m", "old")
    aunt2 = c.nm("f", "old")
    cousin = c.nm()
    kid = c.nm(age="kid")
    a1 = c.addr(level=c.any("city", "dist", "road"), form=c.any("estate", "street"), unit=True)
    head = T("【相亲相爱一家人】({n})\n", n=str(c.ri(18, 60)))
    lines = [
        ("老妈", T("今年年夜饭定了，在你大伯{u}家吃，大家别跑错了", u=uncle)),
        (disp(c, cousin, ("表哥", "堂姐", "二哥")), T("大伯家搬了吧？新地址发一下呗")),
        (disp(c, uncle, ("大伯", "老大")), T("{a}，到了小区门口打我电话[呲牙]", a=a1)),
        (disp(c), T("收到👌")),
        ("老妈", T("你二姨{a}说她带两只土鸡过去，她炖的汤大家都晓得的😄", a=aunt2)),
        (disp(c, aunt2, ("二姨",)), T("对头，再带点腊肉")),
        ("老爸", T("@{k} 作业写完了没？写完才准去大伯家玩", k=kid)),
        (disp(c), T("[语音] 8\"")),
        (disp(c, uncle, ("大伯", "老大")), T("你们要是先去奶奶那边拜年，她还住{a}老房子，离我这儿就两站路", a=c.addr(level=c.any("road", "dist"), form="street", unit=c.maybe()))),
        (disp(c, cousin, ("表哥", "堂姐", "二哥")), T("我们初一下午到，{nick}也一起来", nick=c.any("小宝", "胖墩", "豆豆", "大宝"))),
    ]
    return head + chat(c, lines)


def fc_parcel(c):
    me_name = c.nm()
    mom = c.nm("f", "old")
    a1 = c.addr(level=c.any("prov", "city", "dist", "road"), form=c.any("estate", "street", "rural"))
    lines = [
        ("我", T("妈，我给你寄了一箱{fruit}，寄到{a}，收件人写的你名字{m}，电话写的我爸的", fruit=c.any("赣南脐橙", "阳山水蜜桃", "砂糖橘", "车厘子"), a=a1, m=mom)),
        ("老妈", T("寄这么多干啥，又乱花钱😂")),
        ("我", T("顺丰的，明天下午应该到，快递员打电话你记得接")),
        ("老妈", T("好。你{nick}还问你国庆回不回来", nick=c.any("外婆", "奶奶", "爸", "姐"))),
        ("我", T("回的，票买好了")),
        ("老妈", T("[图片]")),
        ("老妈", T("收到了，橘子真甜，分了一半给楼下{t}", t=c.title(c.nm(), c.any("阿姨", "奶奶", "大姐")))),
        ("我", T("嗯嗯，{sig}", sig=c.any("吃完再给你寄", "别放坏了", "少吃点，上火"))),
        ("老妈", c.any(T("对了，你舅舅让你顺便给他也寄一箱，寄到{a}", a=c.addr(level=c.any("city", "dist", "prov"), form=c.any("street", "rural"))), T("好的，早点睡"))),
    ]
    head = T("与“{m}”的聊天记录\n", m=c.any("妈妈", "老妈❤️", "母上大人"))
    return head + chat(c, lines, 1) + T("\n（转发自{me}的手机）", me=me_name)


def fc_owners(c):
    city = c.city()
    est = c.estate()
    p1, p2, p3, p4 = c.nm(), c.nm("m"), c.nm(), c.nm()
    reg = c.region()
    b = c.ri(1, 18)
    a1 = Addr(f"{reg.county}{est}{b}栋{c.ri(1, 3)}单元{c.ri(2, 26)}0{c.ri(1, 4)}")
    c.addrs.append(a1)
    plate = c.ch(["浙A", "湘E", "苏E", "粤B", "川A", "鄂A"]) + str(c.ri(10000, 99999))
    lines = [
        (disp(c, p1), T("@{p2} 你家车{pl}挡住我车库门了，麻烦下来挪一下🙏", p2=p2, pl=plate)),
        (disp(c), T("他好像出差了，车停那儿三天了")),
        (disp(c, p2), T("不好意思不好意思，我老婆在家，我让她下来挪")),
        ("物业-小刘", T("各位业主好，明天上午9点到12点{b}栋停水，请提前储水", b=str(b))),
        (disp(c, p3), T("又停水？这个月第三次了，物业能不能提前一天通知")),
        (disp(c, p4), T("我家快递被人拿错了，收件地址是{a}，有谁家拿错了的麻烦放回驿站，谢谢", a=a1)),
        (disp(c), T("[图片]")),
        (disp(c, p1), T("车挪了，谢谢{t}", t=c.title(p2))),
    ]
    return T("{e}业主群（{n}）\n", e=est, n=str(c.ri(200, 500))) + chat(c, lines)


def fc_parents(c):
    city = c.city()
    t1 = c.nm("f")
    kids = [c.nm(age="kid") for _ in range(4)]
    a1 = c.addr(level=c.any("dist", "road"), form=c.any("street", "estate"))
    lines = [
        (T("{t}老师", t=t1), T("各位家长晚上好，明天秋游请给孩子准备好午餐和水，早上7:40在校门口集合。")),
        (T("{k}妈妈", k=kids[0]), T("收到，谢谢{s}老师❤️", s=c.sur(t1))),
        (c.any(T("{k}爸爸", k=kids[1]), c.any("豆豆爸爸", "小宝妈", "乐乐妈妈", "轩轩奶奶")), T("收到")),
        (T("{k}妈妈", k=kids[2]), c.any(T("老师，我家{k}发烧了，明天请个假😷", k=kids[2]), T("老师，孩子发烧了，明天请个假😷"))),
        (T("{t}老师", t=t1), T("好的，让孩子在家好好休息")),
        (T("{k}奶奶", k=kids[3]), T("老师，孩子的校服拿错了，我们拿回来的是{k}的，名字写在领口", k=kids[0])),
        (T("{k}妈妈", k=kids[0]), T("哎呀是我们家的！我明天放学去您那拿，您家是住{a}吧？", a=a1)),
        (c.any(T("{k}奶奶", k=kids[3]), "🌸花开富贵"), T("对对，就是那里，三楼")),
    ]
    return T("{s}三年级（2）班家长群\n", s=city.short + c.any("实验小学", "育才小学", "第一小学")) + chat(c, lines, c.any(1, 3))


def fc_visit(c):
    city = c.city()
    cousin = c.nm("m")
    aunt = c.nm("f", "old")
    a1 = c.addr(city=city, level=c.any("city", "dist"), form=c.any("estate", "street"), unit=True)
    lines = [
        (disp(c, aunt, ("二姨", "三姨", "大姨")), T("{n}，你表哥{c}下周去{m}出差，要待三四天，住你那方便不？", n=c.any("闺女", "小丽", "燕子", "娃"), c=cousin, m=city.short)),
        ("我", T("方便啊姨，让他直接来就行")),
        (disp(c, aunt), T("那你把地址发一下，我转给他")),
        ("我", T("{a}，到了给我打电话，我下楼接他", a=a1)),
        (disp(c, aunt), T("好嘞👍他那个人粗心，你多照应点")),
        (disp(c, cousin), T("表妹，给你添麻烦了[抱拳]，我周二晚上到")),
        ("我", T("客气啥，{t}也好久没见你了，周二一起吃饭", t=c.any("你姐夫", "孩子他爸", "我婆婆"))),
    ]
    return chat(c, lines)


def fc_wedding(c):
    city = c.city()
    host = c.nm("m", "old")
    son = c.kin(host, "m", "young")
    bride = c.nm("f", "young")
    rel = c.nm()
    a1 = c.addr(level=c.any("dist", "road", "city"), form=c.any("street", "estate"))
    lines = [
        (disp(c, host), T("各位亲朋好友：我儿子{s}与{b}定于{date}（农历{lun}）举行婚礼，酒店在{hotel}，恭候光临🎉🎉", s=son, b=bride, date=c.date(), lun=c.any("八月初八", "腊月十六", "十月初六"), hotel=city.short + c.any("国际大酒店", "香格里拉", "锦江宾馆", "维也纳酒店"))),
        (disp(c), T("恭喜恭喜！🎊")),
        (disp(c, rel), T("恭喜{t}！请帖寄到哪里？我现在住{a}", t=c.title(host, "哥"), a=a1)),
        (disp(c, host), T("不用寄了，到时候人来就行😄")),
        (disp(c), T("新娘子哪里人？")),
        (disp(c, host), T("{m}的，跟{s}是大学同学", m=c.new_city().short, s=son)),
        (disp(c), T("[红包]恭喜发财，大吉大利")),
    ]
    return chat(c, lines)


def fc_hospital(c):
    city = c.city()
    uncle = c.nm("m", "old")
    cousin = c.nm()
    a1 = c.addr(level=c.any("city", "dist", "road"), form=c.any("estate", "street"))
    lines = [
        ("老妈", T("你三舅{u}昨天晚上住院了，心脏的问题，在{h}心内科，{bed}床", u=uncle, h=c.hospital(), bed=str(c.ri(3, 48)))),
        ("我", T("严重吗？我这周末回去看他")),
        ("老妈", T("做了支架，医生说没大事。你表姐{c}在那边陪着", c=cousin)),
        (disp(c, cousin, ("表姐", "大表姐")), T("没事了，大家别担心。出院以后先住我家，{a}，离医院近，复查方便", a=a1)),
        ("老爸", T("需要钱说一声")),
        (disp(c, cousin, ("表姐", "大表姐")), T("够的够的，谢谢姑父🙏")),
        ("我", T("{n}你也注意身体，别熬太晚", n=c.any("姐", "表姐", c.given(cousin)))),
    ]
    return T("【{s}家亲戚群】\n", s=c.sur(uncle)) + chat(c, lines)


def fc_newhome(c):
    me = c.nm()
    wife = c.nm("f")
    a1 = c.addr(level=c.any("prov", "city", "dist"), form=c.any("estate", "street"), unit=True)
    lines = [
        (disp(c, me), T("🎉🎉🎉乔迁之喜！本周六中午在新家摆几桌，地址：{a}，欢迎大家来玩！", a=a1)),
        (disp(c), T("恭喜恭喜！几点到合适？")),
        (disp(c, me), T("十一点以后都行，{w}说下午还可以打麻将😂", w=wife)),
        (disp(c), T("有车位吗？")),
        (disp(c, wife), T("小区里有访客车位，报{m}的名字就行", m=me)),
        (disp(c), T("[强][强]")),
        (disp(c), T("我带{nick}一起去哈，她念叨好久了", nick=c.any("丫头", "小胖", "我家那口子", "老太太"))),
    ]
    return chat(c, lines)


def fc_lostgrandma(c):
    city = c.city()
    grandma = c.nm("f", "old")
    p1, p2 = c.nm(), c.nm()
    a1 = c.addr(city=city, level=c.any("dist", "road"), form=c.any("estate", "street"))
    c.typos = 1
    lines = [
        (disp(c, p1), T("外婆早上出去买菜到现在还没回来！！电话也没带，大家快帮忙找找😭")),
        (disp(c, p2), T("别急，报警了没？")),
        (disp(c, p1), T("报了，民警说让我们先在附近找。外婆叫{g}，穿的紫色外套，家里地址是{a}", g=grandma, a=a1)),
        (disp(c), T("我开车去{road}那边找", road=c.road())),
        (disp(c), T("我去菜市场问问")),
        (disp(c, p2), T("找到了找到了！！在{park}长椅上坐着，说是走累了歇会儿😂", park=c.any("人民公园", "滨江公园", "老年活动中心"))),
        (disp(c, p1), T("谢天谢地🙏以后再也不让她一个人出门了")),
    ]
    return chat(c, lines)


def fc_overseas_trad(c):
    c.trad = True
    reg = c.r.choice(RURAL_REGIONS)
    aunt = c.nm("f", "old")
    cousin = c.nm()
    a1 = c.addr(reg=reg, form="rural", level=c.any("prov", "city"))
    lines = [
        (disp(c, cousin, ("小侄女", "阿明", "Lily")), T("表姑，我们下个月回乡祭祖，想顺便去看看您")),
        (disp(c, aunt, ("表姑", "老家表姑")), T("好啊好啊！你们来就住家里，地址是{a}，到了县城我让你表哥去接", a=a1)),
        (disp(c, cousin, ("小侄女", "阿明", "Lily")), T("不用麻烦表哥啦，我们租车自己过去就好")),
        (disp(c, aunt, ("表姑", "老家表姑")), T("那怎么行，你们{n}年没回来了，路都变了😄", n=c.any("十", "十五", "二十"))),
        (disp(c, cousin, ("小侄女", "阿明", "Lily")), T("好的，那谢谢表姑！我爸{f}也一起回去", f=c.nm("m", "old"))),
    ]
    return chat(c, lines)


def fc_matchmaking(c):
    city = c.city()
    cand = c.nm()
    mom = c.nm("f", "old")
    a1 = c.addr(city=city, level=c.any("dist", "road"), form=c.any("estate", "street"), unit=True)
    lines = [
        ("老妈", T("闺女，你{t}给你介绍了个对象，叫{c}，{age}岁，在{comp}上班，人挺老实的", t=c.title(c.nm(), "阿姨"), c=cand, age=str(c.ri(27, 35)), comp=c.company(city))),
        ("我", T("妈……我说了今年不想相亲😩")),
        ("老妈", T("见一面又不会少块肉。人家家住{a}，离咱家近", a=a1)),
        ("我", T("你怎么连人家住哪都打听好了")),
        ("老妈", T("你{m}阿姨跟他妈是老同事，知根知底的", m=c.sur(mom))),
        ("老妈", T("[图片]")),
        ("老妈", T("这是他照片，周六下午三点，{place}，就这么定了", place=c.any("星巴克", "万达三楼的咖啡馆", "人民公园门口"))),
        ("我", T("……好吧")),
    ]
    return chat(c, lines, 1)


def fc_neighbors(c):
    city = c.city()
    p1, p2, p3 = c.nm("f", "old"), c.nm("f", "old"), c.nm()
    a1 = c.addr(city=city, level=c.any("dist", "road"), form=c.any("street", "estate"))
    lines = [
        (disp(c, p1), T("姐妹们，明天早上{road}那个超市鸡蛋特价，4块9一斤🥚", road=c.road())),
        (disp(c, p2), T("几点开门？我约上{n}一起去", n=c.any("老李", "小周", "王姐", "阿芳"))),
        (disp(c, p1), T("七点半，去早点，上次八点就抢光了")),
        (disp(c, p3), T("{s}姨，你家楼上在装修吗？我在楼下都听到电钻声了", s=c.sur(p1))),
        (disp(c, p1), T("是{p}家，住{a}的那个，装了快两个月了，吵死了😤", p=c.nm(), a=a1)),
        (disp(c, p2), T("忍忍吧，年底就好了。对了，我搬到女儿那边住了，{a}，有空来耍", a=c.addr(level=c.any("city", "dist"), form=c.any("estate", "street")))),
    ]
    return T("【{e}广场舞队】\n", e=c.estate()) + chat(c, lines)

# ===========================================================================
# biographies (résumés in prose, award citations, obituaries)
# ===========================================================================
def _born(c, reg=None):
    reg = reg or c.r.choice(REGIONS)
    city = reg.top or ""
    return c.any(reg.prov + city, reg.prov + city + reg.county, city + reg.county if city else reg.prov + reg.county, reg.prov)


def bio_resume(c):
    g = c.any("m", "f")
    p1 = c.nm(g)
    y = c.ri(1970, 1998)
    city = c.city()
    with_addr = c.maybe(0.6)
    a1 = c.addr(city=city, level=c.any("prov", "city"), form=c.any("street", "estate"), unit=True) if with_addr else None
    return T(
        "{p1}，{sex}，{y}年生于{born}，现居{live}。{y2}年毕业于{univ}{major}专业，先后在{comp1}、{comp2}任职，现任{comp2}{role}。\n"
        "{p1}从事{field}工作{n}年，主持完成项目十余项，获{city}市科技进步奖二等奖。业余时间热爱{hobby}{extra}",
        p1=p1, sex="男" if g == "m" else "女", y=str(y), born=_born(c), live=(T("{a}", a=a1) if a1 else c.any(city.short, city.name, city.prov + city.name if city.prov != city.name else city.name)),
        y2=str(y + 22), univ=c.ch(UNIVS), major=c.any("计算机科学与技术", "土木工程", "会计学", "临床医学", "汉语言文学", "机械设计制造及其自动化"),
        comp1=c.company(), comp2=c.company(city), role=c.any("技术总监", "项目经理", "财务主管", "副总经理", "运营总监"),
        field=c.any("软件开发", "工程管理", "财务审计", "产品设计"), n=str(c.ri(3, max(4, 2024 - y - 23))), city=city.short, hobby=c.any("长跑", "书法", "摄影", "围棋"),
        extra=c.any("，曾完成三次全程马拉松。", "，作品多次入选市级展览。", "，是社区志愿服务队的骨干。", "。"),
    )


def bio_award(c):
    g = c.any("m", "f")
    p1 = c.nm(g)
    city = c.city()
    p2 = c.nm()
    y = c.ri(1965, 1990)
    role = c.any("副局长", "科长", "站长", "技术员")
    return T(
        "{p1}同志先进事迹材料\n{p1}，{sex}，汉族，{y}年{m}月出生，中共党员，{edu}学历，现任{org}{role}{home}。\n"
        "参加工作{n}年来，{p1}同志扎根基层、任劳任怨。{y3}年汛期，{he}连续{d}天坚守抗洪一线，带领党员突击队转移群众三百余人。"
        "同事{p2}说：“{s}{title}总是冲在最前面，从来不喊累。”\n{p1}同志先后获得“{city}市优秀共产党员”“{city}市劳动模范”等荣誉称号。",
        p1=p1, sex="男" if g == "m" else "女", y=str(y), m=str(c.ri(1, 12)), edu=c.any("大学本科", "大专", "研究生", "中专"),
        org=c.region(city=city).county + c.any("水利局", "应急管理局", "自然资源局"), role=role,
        n=str(c.ri(15, 35)), y3=str(c.ri(2016, 2024)), d=str(c.ri(9, 40)), p2=p2, he="他" if g == "m" else "她",
        home=c.any("", "", T("，家住{a}", a=c.addr(city=city, level=c.any("city", "dist"), form=c.any("street", "estate")))), s=c.sur(p1), title={"副局长": "局长", "科长": "科长", "站长": "站长", "技术员": "师傅"}[role], city=city.short,
    )


def bio_obit(c):
    g = c.any("m", "f")
    he = "他" if g == "m" else "她"
    p1 = c.nm(g, "old")
    reg = c.r.choice(RURAL_REGIONS)
    sp = c.nm("f" if g == "m" else "m", "old")
    father = p1 if g == "m" else sp
    kids = [c.kin(father, None, "mid") for _ in range(c.ri(2, 3))]
    y = c.ri(1928, 1945)
    return T(
        "{p1}{hon}生平\n{p1}{hon}，{native}人，生于{y}年{m}月。{y2}年参加工作，先后在{unit1}、{unit2}工作，{y3}年退休。\n"
        "{p1}{hon}一生勤俭朴素，为人正直，热心帮助乡邻。{y4}年与{sp}结婚，育有子女{k}人：{kids}，均已成家立业。\n"
        "{fdate}，{p1b}因病在{home}安详离世，享年{age}岁。{p1c}的一生，是勤劳的一生、奉献的一生。我们永远怀念{he}！",
        p1=p1, hon=c.any("同志", "先生" if g == "m" else "女士", "老人"), native=c.any(reg.prov + (reg.top or "") + reg.county, (reg.top or reg.prov) + reg.county, reg.county),
        y=str(y), m=str(c.ri(1, 12)), y2=str(y + c.ri(16, 22)), unit1=reg.county + c.any("供销社", "粮站", "农机站", "第一中学"), unit2=c.company(),
        y3=str(y + 60), y4=str(y + c.ri(20, 26)), sp=sp, k=cn_num(len(kids)), kids=J("、", kids), fdate=c.fdate(), age=str(c.ri(82, 97)),
        p1b=c.ref(p1, "老人", he), p1c=c.ref(p1, he), he=he,
        home=c.any("家中", T("位于{a}的家中", a=c.addr(reg=reg, form="rural", level=c.any("dist", "city"))), T("{a}家中", a=c.addr(level=c.any("city", "dist"), form=c.any("street", "estate")))),
    )


def bio_speaker(c):
    g = c.any("m", "f")
    p1 = c.nm(g)
    p2 = c.nm()
    return T(
        "嘉宾介绍｜{p1}\n{p1}，{univ}教授、博士生导师，{field}领域专家。{y}年获{univ2}博士学位，曾在{abroad}从事博士后研究。"
        "主持国家自然科学基金项目{n}项，发表论文八十余篇。{p1}教授长期关注{topic}，其团队研发的技术已在{k}个省份推广应用。\n"
        "本次讲座由{inst}{p2}研究员主持。",
        p1=p1, univ=c.ch(UNIVS), field=c.any("环境科学", "人工智能", "作物遗传育种", "公共卫生", "材料化学"), y=str(c.ri(1998, 2012)),
        univ2=c.ch(UNIVS), abroad=c.any("美国加州大学", "德国马普研究所", "新加坡国立大学", "日本东京大学"), n=cn_num(c.ri(2, 6)),
        topic=c.any("农村饮用水安全", "老年人健康管理", "盐碱地改良", "城市交通规划"), k=str(c.ri(5, 20)), inst=c.ch(UNIVS), p2=p2,
    )


def bio_candidate(c):
    reg = c.r.choice(RURAL_REGIONS)
    town, vill = c.town(), c.village()
    cands = [c.nm() for _ in range(c.ri(2, 3))]
    blocks = []
    for p in cands:
        g = c.gender[p]
        y = c.ri(1968, 1992)
        a = None
        if c.maybe(0.65):
            grp = c.ri(1, 12)
            a = Addr(reg.county + town + vill + c.any(f"{grp}组", f"{cn_num(grp)}组", f"{grp}组{c.ri(1, 90)}号"))
            c.addrs.append(a)
        blocks.append(T("{p}，{sex}，{y}年出生，{edu}文化，{party}{home}。{exp}", p=p, sex="男" if g == "m" else "女", y=str(y), edu=c.any("高中", "初中", "大专", "中专"),
                        party=c.any("中共党员，", "群众，", ""), home=T("家住{a}", a=a) if a else c.any("本村人", "本组人"),
                        exp=c.any("曾任村会计，熟悉村务。", "返乡创业，经营养殖场。", "现任村妇女主任。" if g == "f" else "现任村民兵连长。", "长期在外务工，去年返乡。")))
    return T("{town}{vill}第{n}届村民委员会成员候选人简介\n", town=town, vill=vill, n=cn_num(c.ri(10, 13))) + J("\n", blocks) + \
        T("\n{county}{town}{vill}村民选举委员会", county=reg.county, town=town, vill=vill)


def bio_local_history(c):
    reg = c.r.choice(RURAL_REGIONS)
    father = c.nm("m", "old", kind=c.any("common", "common", "rare", "compound"))
    p1 = c.kin(father, "m", "old")
    student = c.nm()
    town = c.town()
    return T(
        "【人物志】{p1}（1921—1998），{county}{town}人。幼年家贫，父{f}以织布为业。{p1}早年就读于县立师范，后回乡兴办学堂，先后在{town}一带创办小学四所。\n"
        "1950年后，{p1b}历任{county}第二中学教师、副校长，培养学生数千人，其中{st}等人后成为知名学者。{p1c}擅长书法，晚年潜心整理地方文献，著有《{county}风物志》。"
        "其故居位于{town}老街，现为县级文物保护单位。",
        p1=p1, county=reg.county, town=town, f=father, st=student, p1b=c.ref(p1, "他", p=0.5), p1c=c.ref(p1, "他", "先生", p=0.4),
    )


def bio_self(c):
    g = c.any("m", "f")
    p1 = c.nm(g)
    city = c.city()
    a1 = c.addr(city=city, level=c.any("city", "dist"), form=c.any("estate", "street"), unit=True) if c.maybe(0.75) else None
    return T(
        "大家好，我叫{p1}，今年{age}岁，来自{born}，{home}。我{y}年毕业于{univ}，学的是{major}，之后在{city}做了五年{job}。\n"
        "性格比较开朗，喜欢{hobby}。这次应聘贵公司的{pos}岗位，是因为{reason}。希望能有机会加入团队，谢谢！",
        p1=p1, age=str(c.ri(24, 38)), born=_born(c), home=T("现在住在{a}", a=a1) if a1 else T("目前在{c}生活", c=city.short),
        y=str(c.ri(2008, 2020)), univ=c.ch(UNIVS), major=c.any("市场营销", "英语", "会计", "软件工程"), city=city.short,
        job=c.any("销售", "文员", "程序员", "外贸跟单"), hobby=c.any("打羽毛球", "看书", "做饭", "旅行"), pos=c.any("运营专员", "客户经理", "行政主管", "测试工程师"),
        reason=c.any("很认同公司的理念", "离家近", "想在这个行业长期发展"),
    )


def bio_athlete(c):
    g = c.any("m", "f")
    sx = "女子" if g == "f" else "男子"
    sport, event = c.ch([("田径", sx + "100米"), ("田径", sx + "跳远"), ("田径", sx + "5000米"), ("举重", sx + "59公斤级"),
                         ("摔跤", sx + "自由式62公斤级"), ("皮划艇", sx + "单人划艇500米")])
    p1 = c.nm(g, "young")
    coach = c.nm()
    city = c.city()
    reg = c.r.choice(RURAL_REGIONS)
    return T(
        "{p1}，{y}年出生于{born}，{sport}运动员。{age}岁被{city}市体校教练{coach}发掘，2018年入选省队。{y2}年在全国青年锦标赛上夺得{event}冠军，"
        "打破了保持十一年的赛会纪录。\n“{s}是我带过最能吃苦的孩子。”{coach}说。{p1b}的父母至今仍在老家{home}务农，{p1b}把第一笔奖金全部寄回了家。",
        p1=p1, y=str(c.ri(2000, 2006)), born=reg.prov + (reg.top or "") + reg.county, sport=sport, age=cn_num(c.ri(10, 14)),
        city=city.short, coach=coach, y2=str(c.ri(2021, 2024)), event=event,
        s=c.any("这孩子", c.given(p1) if "·" not in p1 else "这孩子"), p1b=c.ref(p1, "他" if g == "m" else "她"),
        home=c.any("", T("（{a}）", a=c.addr(reg=reg, form="rural", level="dist"))),
    )


def bio_family_trad(c):
    """A clan-genealogy entry (族谱) in Traditional characters."""
    c.trad = True
    reg = c.r.choice(RURAL_REGIONS)
    p1 = c.nm("m", "old", kind="common")
    sur = c.sur(p1)
    wife = c.nm("f", "old")
    sons = [Name(sur + c._given("m", "mid", True)) for _ in range(2)]
    for s in sons:
        if any(s in o or o in s for o in c.names):
            raise Collision("son name clash")
        c.names.append(s)
    a1 = c.addr(reg=reg, form="rural", level=c.any("prov", "city"))
    return T(
        "第{g}世　{p1}，字{zi}，生于{y}年，{job}。娶{wife}，生子二：长子{s0}，次子{s1}。公一生勤俭，晚年居{a1}，寿{age}歲，葬于祖山。",
        g=cn_num(c.ri(15, 24)), p1=p1, zi=c.any("德甫", "仲文", "子谦", "伯安"), y=str(c.ri(1905, 1935)), job=c.any("业农", "以教书为业", "经商"),
        wife=wife, s0=sons[0], s1=sons[1], a1=a1, age=str(c.ri(70, 95)),
    )


def bio_minority(c):
    reg = c.r.choice(XJ_REGIONS)
    g = c.any("m", "f")
    p1 = c.nm(g, kind="dot")
    p2 = c.nm(kind="dot")
    a1 = c.addr(reg=reg, form=c.any("street", "rural"), level=c.any("prov", "city")) if c.maybe(0.7) else None
    org, role, work = c.ch([("人民医院", "医生", "基层医疗"), ("第一中学", "教师", "双语教学"), ("农业农村局", "农艺师", "棉花种植技术推广"),
                            ("文化馆", "馆员", "非遗传承")])
    return T(
        "{p1}，{sex}，维吾尔族，{y}年生于{born}。{y2}年毕业于新疆大学，现为{org}{role}。{extra}{p1b}长期致力于{work}，被评为“民族团结进步模范个人”。"
        "与{he}共事多年的{p2}说：“{p1c}是大家的贴心人。”",
        p1=p1, sex="男" if g == "m" else "女", y=str(c.ri(1975, 1995)), born=reg.prov + (reg.top or "") + reg.county, y2=str(c.ri(1998, 2018)),
        org=reg.county + org, role=role, extra=T("现居{a}。", a=a1) if a1 else "", work=work, p2=p2, he="他" if g == "m" else "她",
        p1b=c.ref(p1, "他" if g == "m" else "她", p=0.5), p1c=c.ref(p1, c.sur(p1), p=0.5),
    )


# ===========================================================================
# traps21: running text with NO PERSON / ADDRESS
# ===========================================================================
def tr_weather(c):
    city = c.city()
    regs = c.r.sample(city.regions, min(3, len(city.regions)))
    return T(
        "{m}天气｜{date}\n{m}市气象台{hh}时发布暴雨蓝色预警：预计未来6小时，{r0}、{r1}等地将出现50毫米以上降水，局地伴有雷暴大风。\n"
        "今天白天：阴有中到大雨，{t1}～{t2}℃，东南风3～4级；明天：多云转阴，气温回升。\n"
        "温馨提示：{r2}{road}下穿隧道等低洼路段易积水，请绕行；外出请携带雨具，远离广告牌、临时搭建物。空气质量：良。\n（{m}市气象台 首席预报员{t}）",
        m=city.short, date=c.date(), hh=str(c.ri(6, 20)), r0=regs[0].county, r1=regs[-1].county, t1=str(c.ri(12, 22)), t2=str(c.ri(23, 32)),
        r2=regs[min(1, len(regs) - 1)].county, road=c.road(), t=c.title(c.nm(), "工"),
    )


def tr_traffic(c):
    city = c.city()
    rds = [c.road() for _ in range(5)]
    return T(
        "【{m}交通早高峰播报】\n{h}:{mm}，{r0}与{r1}交叉口因一辆货车故障，南往北方向排队约800米，请往{r2}方向绕行。\n"
        "{r3}地铁施工围挡继续占用两条车道，{dist}交警提示过往车辆减速慢行。{hw}高速{town}收费站出口车流量较大，建议错峰出行。\n"
        "另悉，{r4}（{r0}至{place}段）将于本周六起封闭施工，为期两个月，公交{bus}路改走{r1}。以上信息由{m}交通广播提供，听众老{s}、小{s2}报料，谢谢你们！",
        m=city.short, h=str(c.ri(7, 8)), mm=f"{c.ri(0, 59):02d}", r0=rds[0], r1=rds[1], r2=rds[2], r3=rds[3], r4=rds[4], dist=c.region().county,
        hw=c.any("沪昆", "京港澳", "沈海", "包茂", "连霍"), town=c.town()[:-1], place=c.ch(LOOKALIKE_PLACES[:4]) + c.any("路", "大街"),
        bus=str(c.ri(2, 199)), s=c.sur(c.nm()), s2=c.sur(c.nm()),
    )


def tr_police_masked(c):
    city = c.city()
    reg = c.region()
    a, b, d = c.nm("m"), c.nm("f"), c.nm("m")
    return T(
        "警情通报\n{date}{tod}，{org}接群众报警称，{dist}某小区内发生一起纠纷。民警到场后查明，{ma}（男，{age1}岁，家住{dist}）与邻居{mb}（女，{age2}岁）因停车问题发生争执，"
        "{ma}将{mb}推倒致其轻微伤。\n目前，{ma}已被依法行政拘留十日。另查明，其同行人员{md}（男，{age3}岁）在现场辱骂他人，已被批评教育。\n"
        "警方提醒：邻里之间应相互谦让，遇到纠纷请通过合法途径解决。\n{org}\n{fdate}",
        date=c.date(), tod=c.tod(), org=_police_org(c, reg), dist=reg.county, ma=c.mask(a, c.any("某", "某某")), age1=str(c.ri(25, 60)),
        mb=c.mask(b, "某"), age2=str(c.ri(25, 70)), md=c.mask(d, c.any("某某", "X某")), age3=str(c.ri(20, 50)), fdate=c.fdate(),
    )


def tr_quotes(c):
    qs = c.r.sample(HIST_QUOTES, 3)
    return T(
        "开学第一课｜写给即将走进校园的你\n“{q0}。”{a0}的这句话，相信同学们都不陌生。新学期开始了，老师想送给大家三句话。\n"
        "第一句，来自{a1}：“{q1}。”读书不只是为了考试，更是为了成为一个有担当的人。\n"
        "第二句，来自{a2}：“{q2}。”遇到困难不要怕，坚持下去，总会看到希望。\n"
        "第三句，是班主任{t}自己的话：认真过好每一天。祝同学们新学期学习进步！📚",
        q0=qs[0][1], a0=qs[0][0], a1=qs[1][0], q1=qs[1][1], a2=qs[2][0], q2=qs[2][1], t=c.title(c.nm(), "老师"),
    )


def tr_brands(c):
    bs = ["李宁"] + c.r.sample([b for b in BRANDS if b != "李宁"], 4)
    city = c.city()
    return T(
        "双十一战报：{m}本地商圈销售额同比增长23%\n今年“双十一”期间，{m}各大商圈人气火爆。{b0}、{b1}等国货品牌门店客流明显增加，其中{b0}的一款跑鞋在{dist}万象城店三天售出两千多双。\n"
        "餐饮方面，{b2}、{b3}门前排起长队，外卖订单量较平日翻了一番。“{b4}的礼盒卖得特别好，很多人买来送长辈。”一位店长说。\n"
        "业内人士分析，国潮消费正成为年轻人的新选择。{m}市商务局表示，将继续举办系列促消费活动。",
        m=city.short, b0=bs[0], b1=bs[1], dist=c.region().county, b2=bs[2], b3=bs[3], b4=bs[4],
    )


def tr_company(c):
    city = c.city()
    c1, c2, c3 = c.company(city), c.company(), c.company(city)
    return T(
        "{m}三家企业入选省级“专精特新”名单\n近日，省工信厅公布第五批“专精特新”中小企业名单，{m}的{c1}、{c2}和{c3}榜上有名。\n"
        "{c1}成立于2012年，主营{biz}，产品出口东南亚等地区；{c3}则深耕{biz2}领域十余年，拥有发明专利30余项。\n"
        "据了解，入选企业将获得最高50万元的奖励。{m}市工信局相关负责人表示，将进一步优化营商环境，推动更多企业走“专精特新”发展之路。公司董事长{t}表示倍受鼓舞。",
        m=city.short, c1=c1, c2=c2, c3=c3, biz=c.any("精密轴承", "新能源电池隔膜", "医用敷料", "工业机器人减速器"),
        biz2=c.any("智能仓储", "环保涂料", "农产品冷链", "汽车零部件"), t=c.title(c.nm(), c.any("先生", "总", "董")),
    )


def tr_titles(c):
    city = c.city()
    ns = [c.nm() for _ in range(6)]
    return T(
        "物业服务满意度回访记录（摘要）\n本月共回访业主56户。3栋{t0}反映电梯维修后仍有异响，已通知维保单位复查；5栋{t1}表扬保洁员{t2}工作认真，楼道每天都擦得很干净；"
        "7栋{t3}建议在小区东门加装遮雨棚。\n另外，{t4}（业委会）提出车位租金调整需召开业主大会表决，客服主管{t5}已做记录。整体满意度为92.6%，较上月上升1.3个百分点。",
        t0=c.title(ns[0]), t1=c.title(ns[1], "女士"), t2=c.title(ns[2], "阿姨"), t3=c.title(ns[3], "先生"), t4=c.title(ns[4], "主任"), t5=c.title(ns[5], "经理"),
    )


def tr_nicknames(c):
    ns = [c.nm() for _ in range(4)]
    lines = [
        ("老王", T("今晚谁组局？{n}说他请客😂", n=c.nick(ns[0]))),
        ("阿杰", T("我可以，{n}来不来？", n=c.nick(ns[1]))),
        ("大刘", T("来！老地方？")),
        ("小胖", T("老地方，{road}那家烧烤，七点", road=c.road())),
        ("东哥", T("我晚点到，先帮我点个腰子")),
        ("阿杰", T("@小胖 {n}上次欠的酒今天必须补上", n=c.nick(ns[2]))),
        ("老王", T("[捂脸]")),
    ]
    return T("【兄弟连】\n") + chat(c, lines)


def tr_places(c):
    ps = c.r.sample(LOOKALIKE_PLACES, 5)
    return T(
        "国庆自驾游攻略：五条线路任你选🚗\n线路一：{p0}—{p1}，两天一夜，适合带娃；线路二：{p2}古镇慢游，推荐住在景区内的民宿；"
        "线路三：从{p3}出发，沿途可以打卡{p4}，全程约400公里。\n出行提示：节假日期间高速免费，但{p0}方向车流量大，建议早上6点前出发。景区门票需提前一天在官方小程序预约。",
        p0=ps[0], p1=ps[1], p2=ps[2], p3=ps[3], p4=ps[4],
    )


def tr_masked_list(c):
    ns = [c.nm() for _ in range(6)]
    ms = [c.mask(n, c.any("**", "*x", "某")) for n in ns[:5]]
    return T(
        "中奖名单公布🎁\n感谢大家参与本次“晒家乡美食”活动！经评选，以下用户获奖：\n一等奖：{m0}（尾号{t0}）\n二等奖：{m1}（尾号{t1}）、{m2}（尾号{t2}）\n"
        "三等奖：{m3}、{m4}\n请获奖用户于7日内在后台回复姓名、电话和收货地址，我们将统一安排顺丰寄出。客服{t}将与您联系。",
        m0=ms[0], t0=str(c.ri(1000, 9999)), m1=ms[1], t1=str(c.ri(1000, 9999)), m2=ms[2], t2=str(c.ri(1000, 9999)), m3=ms[3], m4=ms[4], t=c.nick(ns[5]),
    )


def tr_institution(c):
    city = c.city()
    reg = c.region()
    return T(
        "办事指南｜新生儿“出生一件事”怎么办？\n自{y}年起，{m}全面推行新生儿“出生一件事”联办。家长可通过“{app}”小程序一次申请出生医学证明、户口登记、医保参保和社保卡申领。\n"
        "线下办理地点：{dist}政务服务中心（{road}{n}号）一楼综合窗口，工作日9:00—17:00。\n所需材料：父母双方身份证、结婚证、出生医学证明。咨询电话：12345。",
        y=str(c.ri(2021, 2024)), m=city.short, app=c.any("i" + city.short, city.short + "政务服务", city.short + "通"), dist=reg.county, road=c.road(), n=str(c.ri(1, 300)),
    )


def tr_sports(c):
    city = c.city()
    c2 = c.new_city()
    return T(
        "{m}队主场2比1逆转{m2}队\n昨晚，{m}体育中心座无虚席。上半场第{t1}分钟，客队利用角球首开纪录。易边再战，主队加强攻势，第{t2}分钟，{num}号队长头球扳平；"
        "补时阶段，替补登场的小将禁区外一脚远射，皮球直挂死角，全场沸腾！\n赛后，主教练表示：“球队展现了很好的精神面貌。”本轮过后，{m}队积分升至联赛第四。球迷“老K”说：“这是我看过最爽的一场！”",
        m=city.short, m2=c2.short, t1=str(c.ri(10, 40)), t2=str(c.ri(55, 80)), num=str(c.ri(4, 30)),
    )


def tr_recipe(c):
    return T(
        "家常红烧肉的做法（不放一滴水）\n食材：五花肉500克，冰糖20克，{b1}生抽2勺，老抽1勺，八角2个，桂皮1小块，姜片适量。\n"
        "1. 五花肉切块冷水下锅，加姜片焯水，捞出洗净控干。\n2. 锅中少许油，放入冰糖小火炒出糖色，倒入肉块翻炒上色。\n"
        "3. 加入生抽、老抽和香料，盖上锅盖小火焖45分钟。\n4. 大火收汁即可出锅。\n小贴士：奶奶说，用{b2}的铁锅做最香😋 这道菜是我家{n}的拿手菜。",
        b1=c.any("李锦记", "海天", "千禾"), b2=c.any("张小泉", "苏泊尔", "老铁匠"), n=c.any("老爸", "外婆", "二姨", "大姐"),
    )


def tr_masked_complaint(c):
    city = c.city()
    reg = c.region()
    n = c.nm()
    return T(
        "网友留言：我姓{s}，住在{dist}XX路XX号的一个老小区（具体地址不便透露）。小区门口的路灯坏了三个月，晚上出门黑漆漆的，老人孩子都不安全，希望有关部门尽快修一修。\n"
        "【回复】{s}先生/女士您好，您反映的问题已转交{dist}城管局处理。经核实，{road}沿线路灯因线路老化损坏，已于本周完成维修。感谢您的监督！",
        s=c.sur(n), dist=reg.county, road=c.road(),
    )


def tr_obit_masked(c):
    n = c.nm("m", "old", kind=c.any("common", "common", "compound"))
    return T(
        "【网友求助】我爷爷{m}（为保护隐私已隐去全名）上个月去世了，生前在老家{county}有一套房子，房产证上写的是奶奶的名字。现在叔叔和我爸对遗产分配有分歧，"
        "请问这种情况该怎么办？需要去公证处吗？\n律师回复：您好，{t}律师为您解答。根据《民法典》继承编的规定……",
        m=c.mask(n, c.any("某某", "**")), county=c.r.choice(RURAL_REGIONS).county, t=c.title(c.nm(), ""),
    )

# ===========================================================================
# Registry
# ===========================================================================
GENRE_TEMPLATES = {
    "local_news": [ln_rescue, ln_taxi, ln_grid, ln_flood, ln_centenarian, ln_fire, ln_student, ln_vendor, ln_traffic,
                   ln_briefs, ln_mediation, ln_reprint_trad, ln_quotes],
    "police_notices": [pn_jingqing, pn_wanted, pn_missing_elder, pn_fraud, pn_hero, pn_hitrun, pn_theft, pn_foundperson,
                       pn_gang, pn_child, pn_weekly],
    "public_notices": [pub_xunren, pub_shiwu, pub_renling, pub_fugao, pub_fugao_trad, pub_yishi, pub_qianfen, pub_chaiqian,
                       pub_court, pub_xunqin, pub_dog],
    "articles": [ar_teacher, ar_doctor, ar_volunteers, ar_food, ar_grandma, ar_goodpeople, ar_runner, ar_startup, ar_wedding,
                 ar_memorial, ar_blog_trad, ar_nurse],
    "complaints": [cp_bbq, cp_xinfang, cp_consumer, cp_leak, cp_wages, cp_12345_ticket, cp_official, cp_tenant, cp_school,
                   cp_medical, cp_blackcat, cp_construction],
    "family_chat": [fc_newyear, fc_parcel, fc_owners, fc_parents, fc_visit, fc_wedding, fc_hospital, fc_newhome,
                    fc_lostgrandma, fc_overseas_trad, fc_matchmaking, fc_neighbors],
    "biographies": [bio_resume, bio_award, bio_obit, bio_speaker, bio_candidate, bio_local_history, bio_self, bio_athlete,
                    bio_family_trad, bio_minority],
    TRAP_GENRE: [tr_weather, tr_traffic, tr_police_masked, tr_quotes, tr_brands, tr_company, tr_titles, tr_nicknames,
                 tr_places, tr_masked_list, tr_institution, tr_sports, tr_recipe, tr_masked_complaint, tr_obit_masked],
}
# genres where a document may additionally be reprinted in Traditional characters
EXTRA_TRAD_P = {"local_news": 0.06, "articles": 0.06, "family_chat": 0.06, "complaints": 0.03, TRAP_GENRE: 0.08}
TYPO_P = {"complaints": 0.45, "family_chat": 0.45, "articles": 0.25, "local_news": 0.15, "public_notices": 0.2,
          "biographies": 0.1, "police_notices": 0.1, TRAP_GENRE: 0.3}

# ===========================================================================
# Validation (used by the build and by test_probe21_labels.py)
# ===========================================================================
TYPES = ("PERSON", "ADDRESS")
ID_RE = re.compile(rf"^{NAME}-([a-z_0-9]+)-(\d{{3}})$")
_HAN = re.compile(r"^[\u4e00-\u9fff]+$")
_MASK = re.compile(r"[某*＊×XxＸ○〇?？_＿]")
_ADDR_END = re.compile(r"(号|號|号院|號院|室|组|組|栋|棟|幢|单元|單元|楼|樓|层|層|户|戶|\d)$")
_ROAD_START = re.compile(r"^[\u4e00-\u9fff]{1,6}?(路|街|大道|巷|胡同|弄)")


TITLE_WORDS = {"先生", "女士", "老师", "阿姨", "大姐", "大爷", "奶奶", "经理", "医生", "师傅", "老板", "主任", "局长",
               "科长", "站长", "律师", "总", "董", "工", "哥", "姐", "姨", "叔", "伯", "某", "氏", "家", "记"}
TITLE_WORDS |= {to_trad_text(t) for t in TITLE_WORDS}


def valid_person(s):
    if _MASK.search(s) or s in NOT_PERSONS_ALL or not s:
        return False
    for sur_len in (1, 2):
        if s[sur_len:] in TITLE_WORDS:  # 王先生 / 欧阳女士 / 高总: surname + title
            return False
    if "·" in s:
        parts = s.split("·")
        return len(parts) >= 2 and all(_HAN.match(p) and 1 <= len(p) <= 8 for p in parts)
    if s in TRAD_NODOT:
        return True
    if not _HAN.match(s) or not 2 <= len(s) <= 4:
        return False
    if len(s) >= 3 and s[:2] in TRAD_COMPOUND_SUR:
        return True
    return s[0] in TRAD_SINGLE_SUR


def valid_address(s):
    if not s or _MASK.search(s) or re.search(r"\s", s):
        return False
    if not _ADDR_END.search(s) or not re.search(r"[0-9一二三四五六七八九十]", s):
        return False
    rest, divs = s, 0
    while True:
        for d in _DIV_BY_LEN:
            if rest.startswith(d) and len(rest) > len(d):
                rest = rest[len(d):]
                divs += 1
                break
        else:
            break
    if divs:
        return bool(re.match(r"^[\u4e00-\u9fff]{1,8}?(路|街|大道|巷|胡同|弄|镇|鎮|乡|鄉|小区|小區|花园|花園|苑|家园|家園|公寓|新村|嘉园|嘉園|名苑|华府|華府|雅居|府|城|佳苑|里|裡)", rest))
    return bool(_ROAD_START.match(s))


def _bad_edge(ch):
    return ch.isspace() or unicodedata.category(ch).startswith(("P", "S", "Z"))


def check_occurrences(text, spans, values):
    """Every occurrence of each (value, type) must lie inside a span of that type."""
    for value, typ in values:
        if not value:
            continue
        start = 0
        while True:
            i = text.find(value, start)
            if i < 0:
                break
            j = i + len(value)
            if not any(t == typ and s <= i and j <= e for s, e, t in spans):
                raise Collision(f"{typ} value {value!r} occurs unlabelled at {i}: {text[max(0, i - 15):j + 15]!r}")
            start = i + 1


def validate_record(rec):
    rid, genre, text, spans = rec["id"], rec["genre"], rec["text"], rec["spans"]
    m = ID_RE.match(rid)
    if not m or m.group(1) != genre or genre not in dict(GENRES):
        raise BuildError(f"bad id/genre {rid!r} {genre!r}")
    if not isinstance(text, str) or not text.strip():
        raise BuildError(f"{rid}: empty text")
    prev_end = -1
    prev = None
    for sp in spans:
        if len(sp) != 3:
            raise BuildError(f"{rid}: malformed span {sp!r}")
        s, e, t = sp
        if t not in TYPES:
            raise BuildError(f"{rid}: unknown type {t!r}")
        if not (0 <= s < e <= len(text)):
            raise BuildError(f"{rid}: span out of range {sp!r}")
        if prev is not None and (s, e) < (prev[0], prev[1]):
            raise BuildError(f"{rid}: spans not sorted")
        if s < prev_end:
            raise BuildError(f"{rid}: overlapping spans {prev!r} {sp!r}")
        prev_end, prev = e, sp
        val = text[s:e]
        if _bad_edge(val[0]) or _bad_edge(val[-1]):
            raise BuildError(f"{rid}: span {val!r} has leading/trailing whitespace or punctuation")
        if t == "PERSON" and not valid_person(val):
            raise BuildError(f"{rid}: PERSON span {val!r} does not validate")
        if t == "ADDRESS" and not valid_address(val):
            raise BuildError(f"{rid}: ADDRESS span {val!r} does not validate")
    if genre == TRAP_GENRE and spans:
        raise BuildError(f"{rid}: trap document has spans")
    if genre != TRAP_GENRE and not spans:
        raise BuildError(f"{rid}: positive document without spans")
    check_occurrences(text, spans, {(text[s:e], t) for s, e, t in spans})
    # a labelled person name must not also occur inside an address span or vice versa
    for s, e, t in spans:
        if t == "PERSON":
            v = text[s:e]
            for s2, e2, t2 in spans:
                if t2 == "ADDRESS" and v in text[s2:e2]:
                    raise BuildError(f"{rid}: name {v!r} inside address {text[s2:e2]!r}")


# ===========================================================================
# Build
# ===========================================================================
def make_doc(genre, idx, fn, attempt):
    rng = random.Random(f"{SEED}/{genre}/{idx}/{attempt}")
    c = Ctx(rng, genre)
    doc = fn(c)
    trad = c.trad or rng.random() < EXTRA_TRAD_P.get(genre, 0.0)
    n_typos = c.typos or (1 if rng.random() < TYPO_P.get(genre, 0.0) else 0)
    if n_typos:
        doc = add_typos(doc, rng, n_typos)
    if trad:
        doc = to_trad(doc)
    rec = {"id": f"{NAME}-{genre}-{idx:03d}", "genre": genre, "text": doc.text,
           "spans": [[s, e, t] for s, e, t in sorted(doc.spans)]}
    validate_record(rec)
    # every generated full name / address must be labelled wherever it occurs
    conv_n = to_trad_name if trad else (lambda x: x)
    conv_a = to_trad_place if trad else (lambda x: x)
    vals = {(conv_n(str(n)), "PERSON") for n in c.names} | {(conv_a(str(a)), "ADDRESS") for a in c.addrs}
    check_occurrences(rec["text"], [tuple(s) for s in rec["spans"]], vals)
    return rec, {"template": fn.__name__, "trad": trad, "typos": n_typos, "attempt": attempt}


def build_records(with_meta=False):
    records, metas = [], []
    for genre, n in GENRES:
        tpls = GENRE_TEMPLATES[genre]
        order_rng = random.Random(f"{SEED}/{genre}/order")
        order = []
        while len(order) < n:
            block = list(tpls)
            order_rng.shuffle(block)
            order.extend(block)
        for idx, fn in enumerate(order[:n], 1):
            # no resampling: any invalid span, overlap, trap span or unlabelled
            # generated value raises and stops the build
            rec, meta = make_doc(genre, idx, fn, 0)
            records.append(rec)
            metas.append(meta)
    # final independent validation over the whole set
    seen = set()
    for rec in records:
        validate_record(rec)
        if rec["id"] in seen:
            raise BuildError(f"duplicate id {rec['id']}")
        seen.add(rec["id"])
    return (records, metas) if with_meta else records


def serialise(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def stats(records, metas):
    from collections import Counter
    by_g = Counter()
    by_gt = Counter()
    for r in records:
        by_g[r["genre"]] += 1
        for s, e, t in r["spans"]:
            by_gt[(r["genre"], t)] += 1
    print(f"{'genre':16} docs PERSON ADDRESS")
    for g, _ in GENRES:
        print(f"{g:16} {by_g[g]:4} {by_gt[(g, 'PERSON')]:6} {by_gt[(g, 'ADDRESS')]:7}")
    print(f"{'TOTAL':16} {len(records):4} {sum(v for (g, t), v in by_gt.items() if t == 'PERSON'):6} "
          f"{sum(v for (g, t), v in by_gt.items() if t == 'ADDRESS'):7}")
    print("trad docs:", sum(m["trad"] for m in metas), " docs with typos:", sum(bool(m["typos"]) for m in metas))
    print("templates:", dict(Counter(m["template"] for m in metas)))


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true", help="rebuild in memory and compare with probe21.jsonl")
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args(argv)
    records, metas = build_records(with_meta=True)
    data = serialise(records)
    if a.check:
        if not OUT.exists() or OUT.read_bytes() != data:
            print(f"{OUT.name} is not byte-identical to a fresh build", file=sys.stderr)
            return 1
        print(f"{OUT.name}: OK ({len(records)} records)")
        return 0
    if a.stats:
        stats(records, metas)
        return 0
    OUT.write_bytes(data)
    print(f"wrote {OUT.name}: {len(records)} records")
    stats(records, metas)
    return 0


if __name__ == "__main__":
    sys.exit(main())
