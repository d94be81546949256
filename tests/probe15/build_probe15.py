# ruff: noqa
"""Build the blind PERSON / ADDRESS accuracy probe ``probe15``.

Usage::

    python build_probe15.py           # (re)write probe15.jsonl
    python build_probe15.py --check   # rebuild in memory, fail unless byte-identical

Every value is fake and generated here from seed 1515.  Division names (province / prefecture / county)
come from the GB/T 2260 table shipped with python-stdnum (``stdnum/cn/loc.dat``, current names only);
Taiwan city/district names are Taiwan's own real divisions.  Roads, estates, towns, villages, numbers,
people, phones and ID numbers are invented.

Templates write text with inline markers: ``\\x01name\\x02`` is a PERSON span, ``\\x03addr\\x04`` an
ADDRESS span.  ``parse_marked`` turns them into offsets.  ``validate_doc`` raises on anything wrong
(re-validation per type, overlaps, edge whitespace/punctuation, spans in traps, unlabelled leftovers).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from pathlib import Path

import phonenumbers
from stdnum.cn import ric

NAME = "probe15"
SEED = 1515
HERE = Path(__file__).resolve().parent
OUT = HERE / f"{NAME}.jsonl"

GENRES = [
    ("orders", 34),
    ("lodging_property", 33),
    ("judgments", 32),
    ("news_posts", 33),
    ("gov_lists", 33),
    ("hr_school", 33),
    ("mixed_messy", 34),
    ("traps15", 30),
]
TRAP_GENRE = "traps15"

PO, PC, AO, AC = "\x01", "\x02", "\x03", "\x04"

# --------------------------------------------------------------------------------------------------
# Simplified -> Traditional (only the characters this builder uses; anything else is identical)
# --------------------------------------------------------------------------------------------------
_S2T_PAIRS = (
    "区區县縣镇鎮乡鄉组組号號楼樓栋棟层層单單门門园園华華湾灣厦廈广廣场場东東兴興丰豐龙龍凤鳳阳陽云雲"
    "长長庆慶宁寧乐樂兰蘭汉漢苏蘇鲁魯闽閩粤粵赣贛陕陝晋晉辽遼贵貴滨濱闵閔杨楊宝寶静靜汇匯黄黃陈陳刘劉"
    "张張赵趙吴吳郑鄭孙孫马馬罗羅叶葉许許邓鄧冯馮韩韓萧蕭钟鍾谢謝卢盧蒋蔣陆陸颜顏欧歐诸諸迟遲独獨龚龔"
    "贺賀顾顧万萬钱錢严嚴汤湯邹鄒闫閆谭譚伟偉强強军軍杰傑涛濤鹏鵬飞飛凯凱帅帥轩軒泽澤国國铭銘锋鋒"
    "鸿鴻丽麗艳艷红紅洁潔颖穎莹瑩瑶瑤诗詩悦悅辉輝刚剛锦錦绣繡绿綠蓝藍枫楓荆荊栖棲誉譽银銀风風晖暉"
    "庄莊岭嶺树樹桥橋双雙头頭鸡雞坝壩时時际際写寫门門产產业業户戶职職务務员員试試报報学學习習宽寬"
    "师師范範讯訊请請电電话話邮郵编編联聯系係证證码碼计計书書记記调調县縣质質诉訴讼訟审審判判"
    "庐廬为為发發达達远遠进進运運连連伦倫娴嫻馨馨润潤顺順义義礼禮贤賢宾賓坚堅纪紀维維纶綸丝絲"
    "钰鈺鑫鑫彦彥璎瓔婵嬋娇嬌凤鳳莲蓮鹃鵑骏駿驰馳骐騏鸣鳴凤鳳韵韻鹤鶴"
    "间間门門关關处處汕汕闸閘厅廳馆館阁閣苇葦芦蘆满滿齐齊济濟烟煙温溫湿濕"
    "归歸宁寧礼禮让讓议議选選举舉补補贴貼奖獎励勵优優秀秀团團队隊"
    "黑黑壮壯维維吾吾尔爾蒙蒙苗苗侗侗瑶瑤彝彝傣傣"
    "苏蘇锡錫沪滬杭杭绍紹温溫衢衢丽麗湖湖"
    "罗羅饶饒喻喻阙闕岑岑邝鄺嵇嵇蒯蒯郇郇聂聶晏晏揭揭缪繆蔺藺笪笪宓宓阚闞甄甄璩璩郗郗冼冼逄逄亓亓訾訾仝仝"
    "卫衛纪紀储儲饶饒乔喬龙龍"
)
S2T: dict[str, str] = {}
for _i in range(0, len(_S2T_PAIRS), 2):
    _s, _t = _S2T_PAIRS[_i], _S2T_PAIRS[_i + 1]
    if _s != _t:
        S2T[_s] = _t
T2S: dict[str, str] = {t: s for s, t in S2T.items()}
T2S["臺"] = "台"


def to_trad(s: str) -> str:
    return "".join(S2T.get(c, c) for c in s)


def to_simp(s: str) -> str:
    return "".join(T2S.get(c, c) for c in s)


FW_TABLE = {i: i - 0xFEE0 for i in range(0xFF01, 0xFF5F)}
FW_TABLE[0x3000] = 0x20


def fold(s: str) -> str:
    """Full-width ASCII -> half-width (digits, letters, punctuation) and ideographic space -> space."""
    return s.translate(FW_TABLE)


def to_fw_digits(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "0" <= c <= "9" else c for c in s)


DOT_VARIANTS = "•・．‧"
_WS = re.compile(r"\s+")


def norm(s: str) -> str:
    """Normalisation used for re-validation and the leftover checks."""
    for d in DOT_VARIANTS:
        s = s.replace(d, "·")
    s = fold(s)
    s = _WS.sub("", s)
    s = s.replace("－", "-").replace("—", "-")
    return to_simp(s)


# --------------------------------------------------------------------------------------------------
# GB/T 2260 divisions from python-stdnum's loc.dat (current names only)
# --------------------------------------------------------------------------------------------------
def load_divisions() -> dict[str, str]:
    path = Path(ric.__file__).parent / "loc.dat"
    cur: dict[str, str] = {}
    prov = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        m = re.match(r'^(\d\d) province="(.*)"', line)
        if m:
            prov = m.group(1)
            cur[prov + "0000"] = m.group(2)
            continue
        m = re.match(r'^\s+(\d{4}) county="(.*)"', line)
        if not m or prov is None:
            continue
        code = prov + m.group(1)
        for piece in m.group(2).split(","):
            mm = re.match(r"^(?:\[(\d*)-(\d*)\])?(.*)$", piece)
            if not mm.group(2):
                cur[code] = mm.group(3)
    return cur


DIV = load_divisions()
MUNICIPALITIES = {"11", "12", "31", "50"}
BAD_COUNTY = {"市辖区", "县", "郊区", "矿区", "市区", "自治区直辖县级行政区划", "省直辖县级行政单位"}
PROV_WEIGHTS = {
    "44": 10, "37": 8, "41": 8, "51": 7, "32": 7, "33": 8, "42": 5, "43": 6, "13": 5, "34": 5, "35": 4,
    "36": 4, "45": 3, "53": 3, "52": 3, "61": 3, "21": 3, "22": 2, "23": 2, "14": 2, "15": 2, "62": 2,
    "64": 1, "65": 2, "54": 1, "63": 1, "46": 1, "11": 5, "31": 5, "12": 2, "50": 3,
}


def _counties() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for code, name in sorted(DIV.items()):
        p2, p4, c2 = code[:2], code[2:4], code[4:]
        if p2 not in PROV_WEIGHTS or c2 == "00" or name in BAD_COUNTY or p4 == "90":
            continue
        if p2 not in MUNICIPALITIES:
            pref = DIV.get(code[:4] + "00")
            if not pref or pref in BAD_COUNTY:
                continue
        out.setdefault(p2, []).append(code)
    return out


COUNTIES = _counties()
PROV_LIST = sorted(COUNTIES)
DIV_NAMES = sorted({n for c, n in DIV.items() if n not in BAD_COUNTY and c[:2] in PROV_WEIGHTS}, key=len, reverse=True)

TW_DIVS = {
    "臺北市": ["中正區", "大同區", "中山區", "松山區", "大安區", "萬華區", "信義區", "士林區", "北投區", "內湖區", "南港區", "文山區"],
    "新北市": ["板橋區", "三重區", "中和區", "永和區", "新莊區", "新店區", "土城區", "蘆洲區", "汐止區", "樹林區"],
    "臺中市": ["西屯區", "南屯區", "北屯區", "豐原區", "大里區", "太平區", "北區", "西區"],
    "高雄市": ["新興區", "前金區", "苓雅區", "鼓山區", "前鎮區", "三民區", "左營區", "楠梓區", "鳳山區"],
    "桃園市": ["桃園區", "中壢區", "平鎮區", "八德區", "龜山區"],
    "臺南市": ["中西區", "安平區", "永康區", "東區", "北區"],
}
TW_START_NAMES = sorted({norm(x) for k, v in TW_DIVS.items() for x in [k, k.replace("臺", "台")] + v}, key=len, reverse=True)

# --------------------------------------------------------------------------------------------------
# Pools
# --------------------------------------------------------------------------------------------------
SUR_COMMON = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱尹薛闫段雷侯史陶黎贺顾毛郝龚邵钱严覃戴莫孔向汤"
)
SUR_RARE = list("仝訾亓逄冼郗璩甄阚宓笪蔺滕缪奚佘靳晏揭聂隗郇蒯闵嵇邝卞岑糜冉阙饶喻")
SUR_COMPOUND = ["欧阳", "诸葛", "司马", "上官", "皇甫", "慕容", "令狐", "夏侯", "司徒", "尉迟", "公孙", "端木", "独孤", "长孙", "南宫", "申屠", "呼延", "宇文"]
GIVEN_M = list("伟强磊军勇杰涛斌超明刚辉鹏华飞鑫波宁浩凯健俊帆帅旭宇晨博轩睿泽宏志建国峰林成龙亮松兵毅彬振兴德福荣庆祥瑞昊翔航铭锋坤鸿晟哲阳立永胜")
GIVEN_F = list("芳娜敏静丽艳娟霞秀英玲燕萍红梅莉兰婷雪琳洁颖慧倩琴莹欣怡佳蕾薇瑶璐婉嘉诗涵萱琪雯晴悦彤淑芬珍凤桂月媛")
UY_GIVEN_M = ["阿卜杜拉", "买买提江", "艾力", "阿迪力", "麦麦提明", "依明", "热合曼", "艾克拜尔", "阿力木"]
UY_GIVEN_F = ["热依拉", "古丽娜尔", "阿依古丽", "迪丽达尔", "帕提古丽", "祖力皮亚", "努尔比亚", "米热古丽"]
UY_GIVEN = UY_GIVEN_M + UY_GIVEN_F
UY_FATHER = ["托合提", "艾买提", "吐尔逊", "阿不都", "买买提", "肉孜", "依沙克", "喀迪尔", "热西提", "阿布力孜", "玉素甫", "尼亚孜", "艾则孜", "吾斯曼"]
KZ_GIVEN_M = ["努尔兰", "叶尔兰", "别克波拉提"]
KZ_GIVEN_F = ["阿依达娜", "加娜尔", "阿依努尔"]
KZ_GIVEN = KZ_GIVEN_M + KZ_GIVEN_F
KZ_FATHER = ["哈力木", "沙肯", "叶尔肯", "努尔旦", "巴合提"]
TB_A = ["扎西", "次仁", "格桑", "尼玛", "达瓦", "旦增", "索朗", "拉巴", "白玛", "益西", "平措"]
TB_B = ["卓玛", "曲珍", "顿珠", "央金", "多吉", "旺姆", "央宗", "措姆", "罗布", "普布", "德吉"]
MN_NAMES_M = ["巴特尔", "额尔敦", "宝音图", "那仁", "朝鲁门", "巴图", "乌力吉", "苏和", "阿拉坦", "达来"]
MN_NAMES_F = ["其其格", "乌兰图雅", "苏日娜", "斯琴高娃", "格日勒", "萨仁", "娜仁花", "塔娜", "乌云"]
MN_NAMES = MN_NAMES_M + MN_NAMES_F

# names that must never be generated (brands, historical figures, words used by templates)
NAME_BLOCK = {
    "李宁", "王老吉", "张小泉", "马应龙", "王致和", "周大福", "李锦记", "陈李济", "谢馥春", "周黑鸭", "孔子", "李白",
    "杜甫", "苏轼", "鲁迅", "孟子", "白雪", "高明", "黄海", "林海", "金鑫", "江海", "高峰", "高超", "平安", "田园",
    "方便", "白云", "黎明", "向阳", "石林", "龙华", "华山", "江北", "金华", "武昌", "安宁", "常宁", "高新", "何时",
    "于是", "于飞", "雷鸣", "金凤", "史诗", "马上", "贺喜", "钱财", "钟情", "严明", "丁香", "石磊", "林立", "任意",
    "沈阳", "高阳", "宋词", "唐诗", "韩国", "夏至", "秦岭", "严格", "方向", "程序", "汪洋", "毛毛", "邵阳", "余杭",
    "金山", "曹操", "关羽", "诸葛亮", "司马光", "岳飞", "文天祥", "林则徐", "包拯", "戴帽", "高兴", "黄金", "白银",
}

ROAD_PRE = ["文华", "翠柳", "望江", "丰乐", "清泉", "长庆", "兴隆", "新华", "青年", "锦绣", "沿河", "环城", "学士", "古荡", "松木场",
            "樟树", "梅园", "桂林", "龙井", "春晖", "朝晖", "枫桥", "滨河", "育才", "振华", "复兴", "前进", "光明", "团结",
            "胜利", "和谐", "民主", "工农", "跃进", "红旗", "中山", "健康", "幸福", "银杏", "石榴", "芙蓉", "紫薇", "香樟",
            "玉泉", "金沙", "白鹭", "云栖", "凌云", "卧龙", "双塔", "花港", "柳营", "德胜", "湖墅", "东新", "西溪", "明珠",
            "凤起", "庆春", "秋涛", "延安", "北环", "南环", "东环", "仓前", "五常", "乔司", "临江", "渔港", "盐仓", "桑园"]
ROAD_SUF = ["路", "路", "路", "路", "街", "大道", "东路", "西路", "南路", "北路", "中路", "大街", "巷"]
EST_PRE = ["金桂", "翠湖", "锦绣", "阳光", "绿园", "碧水", "星河", "蓝湾", "枫林", "丽景", "紫荆", "和园", "嘉禾", "春江", "云栖",
           "香樟", "桃源", "天誉", "御景", "银杏", "梧桐", "明珠", "东湖", "南苑", "月桂", "玉兰", "海棠", "秋水", "清风", "朝晖",
           "怡景", "盛世", "观澜", "听涛", "翰林", "书香", "湖畔", "半山", "尚城", "悦府", "金域", "龙湖", "万象", "和平里",
           "幸福里", "望京", "芳草", "竹苑", "兰亭", "荷塘", "杏林", "栖霞", "锦园", "德馨"]
EST_SUF = ["花园", "苑", "小区", "家园", "公寓", "新村", "华庭", "名苑", "雅居", "府", "嘉园", "山庄", "城", "湾", "一品", "公馆"]
TOWN_PRE = ["石门", "桃花", "白沙", "青石", "柳塘", "大坪", "长岭", "新塘", "马鞍", "龙潭", "竹林", "枫树", "上坪", "下湾", "高桥",
            "双河", "三溪", "岩头", "凤凰", "金鸡", "土桥", "沙坝", "清溪", "太平", "永丰", "黄土", "杉木", "茶园", "梅花", "官庄",
            "横山", "新桥", "河口", "东岳", "西山", "南岭", "北斗", "水口", "铁山", "望城岗"]
VIL_PRE = ["石门", "桃花", "白沙", "青石", "柳塘", "大坪", "长岭", "新塘", "马鞍", "龙潭", "竹林", "枫树", "上坪", "下湾", "高桥",
           "双河", "三溪", "岩头", "杨家湾", "李家坪", "黄泥塘", "牛角冲", "鹅公岭", "塘湾", "荷叶", "泉水", "松林", "燕子窝",
           "坳头", "田心", "长冲", "石板", "柏树", "老屋场", "新屋", "井头", "沙洲", "大湾", "小河", "晒谷坪"]
STREET_PRE = ["文新", "翠苑", "北山", "蒋村", "古荡", "灵隐", "转塘", "西溪", "东新", "朝晖", "凯旋", "采荷", "南星", "望江", "湖滨",
              "新街口", "五里墩", "上塘", "城东", "城西", "城南", "城北", "江南", "河西", "沙河", "和平", "新华"]
BLDG_NAMES = ["华信大厦", "金融中心", "时代广场", "国际中心", "创业大厦", "科技园", "商务中心", "环球中心", "东方大厦", "财富中心", "世贸中心", "中天大厦"]
COMPANY_W = ["建华", "恒信", "天成", "华瑞", "鼎盛", "宏远", "博达", "嘉和", "润泽", "盛世", "中恒", "汇通", "佳禾", "云帆", "星辰", "同创",
             "瑞丰", "德润", "新元", "安泰", "祥和", "正邦", "明德", "鸿运"]
COMPANY_IND = ["贸易", "科技", "物流", "建设工程", "电子商务", "餐饮管理", "物业管理", "房地产开发", "信息技术", "文化传媒", "医疗器械", "家政服务", "装饰工程", "汽车销售"]
CITY_SHORT = ["杭州", "宁波", "温州", "南京", "苏州", "无锡", "广州", "深圳", "东莞", "成都", "武汉", "长沙", "郑州", "济南", "青岛", "合肥",
              "福州", "厦门", "南昌", "西安", "沈阳", "昆明", "贵阳", "南宁", "石家庄", "太原", "北京", "上海", "天津", "重庆"]
NICKNAMES = ["小胖", "老王", "阿杰", "胖虎", "大刘", "小雨", "阿花", "二狗", "老李头", "小燕子", "大壮", "毛毛虫", "小鹿", "阿伟", "老张", "小美", "阿珍", "强哥", "芳姐", "豆豆"]
HANDLES = ["小鹿乱撞的猫", "吃不胖的橘子", "杭州吃货日记", "今天也要早睡", "momo酱", "一只咸鱼", "风吹麦浪2019", "快乐星球居民", "熬夜冠军", "柠檬不萌",
           "西湖边的小透明", "隔壁老王在线", "奶茶续命", "Ace_小杰", "晴天娃娃", "不吃香菜", "打工人日记", "猫奴一枚", "路人甲乙丙", "月亮不睡我不睡"]
BRANDS = ["李宁", "王老吉", "张小泉", "马应龙", "王致和", "周大福", "李锦记", "陈李济", "谢馥春", "周黑鸭"]
TITLES = ["先生", "女士", "老师", "经理", "师傅", "阿姨", "总", "医生", "律师", "主任", "大爷", "姐"]
EMOJI = ["😂", "👍", "🙏", "❤️", "🎉", "😭", "🤔", "📦", "🚚", "✅", "🔥", "😊", "🌧️", "🏠", "💰"]
PRODUCTS = ["李宁男子跑步鞋 42码", "王老吉凉茶 310ml*24罐", "张小泉不锈钢剪刀套装", "加厚抽纸 24包", "儿童保温杯 500ml", "蓝牙耳机 降噪款",
            "大米 10kg 东北长粒香", "手机壳 iPhone15", "洗衣凝珠 52颗", "猫粮 成猫 2kg", "羽绒服 女款 M码", "保鲜膜 3卷装",
            "电热水壶 1.7L", "枸杞 500g 宁夏", "USB数据线 1米", "A4打印纸 5包", "周黑鸭 锁鲜鸭脖", "周大福 足金转运珠", "老干妈风味豆豉 280g",
            "马应龙 麝香痔疮膏", "王致和 腐乳 340g", "李锦记 薄盐生抽 1.65L", "谢馥春 鸭蛋粉", "牙刷 软毛 6支装"]
ETHNIC_HAN_ALT = ["回族", "壮族", "满族", "土家族", "苗族", "侗族", "彝族", "瑶族"]
REL = ["配偶", "父亲", "母亲", "丈夫", "妻子", "儿子", "女儿", "哥哥", "姐姐", "弟弟", "妹妹", "朋友", "同事"]
REL_M = ["配偶", "父亲", "丈夫", "儿子", "哥哥", "弟弟", "朋友", "同事"]
REL_F = ["配偶", "母亲", "妻子", "女儿", "姐姐", "妹妹", "朋友", "同事"]


def rel_of(g, p) -> str:
    """Relationship word that fits the contact's gender."""
    return g.pick(REL_M if p.gender == "M" else REL_F)
CN_NUM = "零一二三四五六七八九十"


def cn_num(n: int) -> str:
    if n <= 10:
        return CN_NUM[n]
    if n < 20:
        return "十" + (CN_NUM[n - 10] if n > 10 else "")
    return CN_NUM[n // 10] + "十" + (CN_NUM[n % 10] if n % 10 else "")


# every run of Han characters in the template part of this file (plus the place/organisation pools), used to
# reject generated names that would occur inside fixed text (e.g. a name 白凤 inside 乌鸡白凤丸)
_SRC = Path(__file__).read_text(encoding="utf-8")
SOURCE_HAN = "|".join(re.findall(r"[\u4e00-\u9fff]+", _SRC[_SRC.rindex("# Templates.  Each"):])) + "|" + "|".join(
    ROAD_PRE + EST_PRE + TOWN_PRE + VIL_PRE + STREET_PRE + COMPANY_W + COMPANY_IND + BLDG_NAMES + NICKNAMES + HANDLES + PRODUCTS + BRANDS + CITY_SHORT)


# --------------------------------------------------------------------------------------------------
# World: people and addresses, with registries used for re-validation
# --------------------------------------------------------------------------------------------------
class Addr:
    def __init__(self, g: "Gen", kind: str, prov=None, pref=None, county=None, street=None, detail=None, code=None, core=None):
        self.g, self.kind = g, kind
        self.prov, self.pref, self.county, self.street = prov, pref, county, street
        self.detail = detail or []
        self.code = code
        self.core = core

    def parts(self, level: str) -> list[str]:
        if self.kind == "tw":
            city, dist = self.prov, self.county
            if level == "full":
                return [city, dist] + self.detail
            if level == "county":
                return [dist] + self.detail
            return list(self.detail)
        divs: list[str] = []
        if level == "full":
            divs = [self.prov] + ([self.pref] if self.pref else []) + [self.county]
        elif level == "pref":
            divs = ([self.pref] if self.pref else [self.prov]) + [self.county]
        elif level == "prov_county":
            divs = [self.prov, self.county]
        elif level == "county":
            divs = [self.county]
        elif level in ("detail", "town"):
            divs = []
        else:
            raise ValueError(level)
        if self.street and level != "detail":
            divs = divs + [self.street]
        return divs + list(self.detail)

    def render(self, level="full", spaced=0, fw=False, trad=False, ocr=False, wrap=False) -> str:
        parts = self.parts(level)
        ndiv = len(parts) - len(self.detail)
        if spaced == 1:  # Taobao style: spaces between divisions only
            s = " ".join(parts[:ndiv]) + (" " if ndiv else "") + "".join(parts[ndiv:])
        elif spaced == 2:  # spaces between major blocks
            s = " ".join(parts[:ndiv]) + (" " if ndiv else "") + " ".join(self.blocks())
        else:
            s = "".join(parts)
        s = s.strip()
        if trad and self.kind != "tw":
            s = to_trad(s)
        if fw:
            s = to_fw_digits(s)
        if ocr:
            s = self.g.ocr_space(s)
        if wrap:
            s = self.g.wrap(s)
        self.g.register_addr(s)
        return s

    def blocks(self) -> list[str]:
        d = self.detail
        if self.kind == "urban" and len(d) >= 3:
            return ["".join(d[:2]), "".join(d[2:])]
        return ["".join(d)]


class Person:
    def __init__(self, g: "Gen", name: str, gender: str, kind: str, ethnic: str, region: str, birth: dt.date):
        self.g, self.name, self.gender, self.kind, self.ethnic, self.region, self.birth = g, name, gender, kind, ethnic, region, birth
        self.trad = to_trad(name)
        self._phone = None
        self._id = None
        self._home = None
        self._cur = None

    @property
    def sex(self) -> str:
        return "男" if self.gender == "M" else "女"

    @property
    def surname(self) -> str:
        if self.kind == "compound":
            return self.name[:2]
        return self.name[0]

    @property
    def age(self) -> int:
        return 2024 - self.birth.year

    @property
    def phone(self) -> str:
        if self._phone is None:
            self._phone = self.g.mobile()
        return self._phone

    @property
    def idno(self) -> str:
        if self._id is None:
            self._id = self.g.make_id(self.region, self.birth, self.gender)
        return self._id

    @property
    def home(self) -> Addr:
        if self._home is None:
            self._home = self.g.addr(code=self.region)
        return self._home

    @property
    def cur(self) -> Addr:
        if self._cur is None:
            r = self.g.r.random()
            if r < 0.3:
                self._cur = self.home
            elif r < 0.6:
                self._cur = self.g.addr(kind="urban", code=self.region)
            elif r < 0.8:
                self._cur = self.g.addr(kind="urban", prov=self.region[:2])
            else:
                self._cur = self.g.addr(kind="urban")
        return self._cur


class Gen:
    def __init__(self, seed: int = SEED):
        self.r = random.Random(seed)
        self.names: dict[str, Person] = {}
        self.addr_norm: set[str] = set()
        self.addr_cores: set[str] = set()
        self.addr_starts: set[str] = set()
        self.id_used: set[str] = set()
        self.allowed: set[str] = set()
        self.crlf = False
        # a generated name must not occur inside any fixed text of this builder (templates, pools, brands, ...)
        self._reserved = "|".join(DIV_NAMES) + "|" + SOURCE_HAN

    # --- random helpers
    def ri(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def sample(self, seq, k):
        return self.r.sample(list(seq), k)

    def date(self, y0=2019, y1=2024) -> dt.date:
        start = dt.date(y0, 1, 1).toordinal()
        end = dt.date(y1, 12, 28).toordinal()
        return dt.date.fromordinal(self.ri(start, end))

    def dtime(self, y0=2023, y1=2024) -> str:
        d = self.date(y0, y1)
        return f"{d.isoformat()} {self.ri(0, 23):02d}:{self.ri(0, 59):02d}:{self.ri(0, 59):02d}"

    def cdate(self, d: dt.date) -> str:
        return f"{d.year}年{d.month}月{d.day}日"

    def allow(self, s: str) -> None:
        self.allowed.add(s)

    # --- text messiness
    def ocr_space(self, s: str) -> str:
        out = []
        for i, c in enumerate(s):
            out.append(c)
            if 0 < i + 1 < len(s) and self.chance(0.18):
                out.append(self.pick([" ", " ", "  ", "\u3000"]))
        return "".join(out)

    def wrap(self, s: str) -> str:
        if len(s) < 8:
            return s
        k = self.ri(4, len(s) - 3)
        while s[k - 1].isspace() or s[k].isspace():
            k -= 1
        return s[:k] + "\n" + s[k:]

    # --- people
    def _given(self, gender: str, n: int) -> str:
        pool = GIVEN_M if gender == "M" else GIVEN_F
        if n == 1:
            return self.pick(pool)
        a = self.pick(pool)
        b = a if self.chance(0.04 if gender == "F" else 0.0) else self.pick(pool + (GIVEN_M if gender == "F" and self.chance(0.2) else []))
        return a + b

    def minority_name(self, sub: str, g: str) -> str:
        if sub == "uy":
            return self.pick(UY_GIVEN_M if g == "M" else UY_GIVEN_F) + "·" + self.pick(UY_FATHER)
        if sub == "kz":
            return self.pick(KZ_GIVEN_M if g == "M" else KZ_GIVEN_F) + "·" + self.pick(KZ_FATHER)
        if sub == "tb":
            a = self.pick(TB_A)
            return a + self.pick([x for x in TB_B if x != a])
        return self.pick(MN_NAMES_M if g == "M" else MN_NAMES_F)

    def hperson(self, **kw) -> Person:
        """A person with a Han-style surname (for templates that address people by surname)."""
        return self.person(kind=self.pick(["han"] * 10 + ["rare", "compound"]), **kw)

    def person(self, gender: str | None = None, kind: str | None = None, min_age=18, max_age=80, region: str | None = None) -> Person:
        forced_region = region
        for _ in range(1000):
            g = gender or self.pick("MF")
            k = kind or self.pick(["han"] * 80 + ["compound"] * 7 + ["rare"] * 7 + ["minority"] * 6)
            ethnic = "汉族" if self.chance(0.93) else self.pick(ETHNIC_HAN_ALT)
            region = forced_region if k != "minority" else None
            if k == "han":
                name = self.pick(SUR_COMMON) + self._given(g, 2 if self.chance(0.72) else 1)
            elif k == "rare":
                name = self.pick(SUR_RARE) + self._given(g, 2 if self.chance(0.6) else 1)
            elif k == "compound":
                name = self.pick(SUR_COMPOUND) + self._given(g, 2 if self.chance(0.55) else 1)
            else:
                sub = self.pick(["uy", "uy", "kz", "tb", "mn"])
                name = self.minority_name(sub, g)
                if sub == "uy":
                    ethnic, region = "维吾尔族", self.pick(COUNTIES["65"])
                elif sub == "kz":
                    ethnic, region = "哈萨克族", self.pick(COUNTIES["65"])
                elif sub == "tb":
                    ethnic, region = "藏族", self.pick(COUNTIES["54"] + COUNTIES["63"])
                else:
                    ethnic, region = "蒙古族", self.pick(COUNTIES["15"])
            if name in self.names or name in NAME_BLOCK or name in self._reserved:
                continue
            if "·" not in name and len(name) > 4:
                continue
            age = self.ri(min_age, max_age)
            birth = dt.date(2024 - age, self.ri(1, 12), self.ri(1, 28))
            if region is None:
                region = self.county_code()
            for _ in range(100):
                if self.region_ok(region, birth):
                    break
                region = self.county_code(region[:2] if k == "minority" else None)
            else:
                continue
            p = Person(self, name, g, k, ethnic, region, birth)
            self.names[name] = p
            return p
        raise RuntimeError("could not generate a fresh name")

    def child(self, parent: Person, min_age=6, max_age=17) -> Person:
        for _ in range(200):
            g = self.pick("MF")
            if parent.kind == "minority":
                sub = {"维吾尔族": "uy", "哈萨克族": "kz", "藏族": "tb", "蒙古族": "mn"}[parent.ethnic]
                if "·" in parent.name:  # Uyghur / Kazakh: child's second part is the father's (parent's) first name
                    pool = (UY_GIVEN_M if g == "M" else UY_GIVEN_F) if sub == "uy" else (KZ_GIVEN_M if g == "M" else KZ_GIVEN_F)
                    name = self.pick(pool) + "·" + parent.name.split("·")[0]
                else:
                    name = self.minority_name(sub, g)
                if name in self.names or name in self._reserved:
                    continue
                age = self.ri(min_age, max_age)
                p = Person(self, name, g, "minority", parent.ethnic, parent.region, dt.date(2024 - age, self.ri(1, 12), self.ri(1, 28)))
                p._home, p._cur = parent._home, parent._cur
                self.names[name] = p
                return p
            name = parent.surname + self._given(g, 2 if self.chance(0.75) else 1)
            if name in self.names or name in NAME_BLOCK or name in self._reserved:
                continue
            age = self.ri(min_age, max_age)
            p = Person(self, name, g, parent.kind if parent.kind != "minority" else "han", parent.ethnic, parent.region,
                       dt.date(2024 - age, self.ri(1, 12), self.ri(1, 28)))
            p._home = parent._home
            p._cur = parent._cur
            self.names[name] = p
            return p
        return self.person(gender=self.pick("MF"), kind="han", min_age=min_age, max_age=max_age)

    # --- ids, phones
    def county_code(self, prov: str | None = None) -> str:
        if prov is None:
            provs = [p for p in PROV_LIST for _ in range(PROV_WEIGHTS[p])]
            prov = self.pick(provs)
        return self.pick(COUNTIES[prov])

    @staticmethod
    def region_ok(region: str, birth: dt.date) -> bool:
        body = f"{region}{birth.strftime('%Y%m%d')}001"
        return ric.is_valid(body + ric.calc_check_digit(body + "0"))

    def make_id(self, region: str, birth: dt.date, gender: str) -> str:
        for _ in range(100):
            seq = self.ri(1, 99) * 10 + self.ri(0, 9)
            if (seq % 2 == 1) != (gender == "M"):
                seq = seq + 1 if seq < 999 else seq - 1
            body = f"{region}{birth.strftime('%Y%m%d')}{seq:03d}"
            num = body + ric.calc_check_digit(body + "0")
            if num not in self.id_used:
                ric.validate(num)
                self.id_used.add(num)
                return num
        raise RuntimeError("id")

    def mobile(self) -> str:
        pre = self.pick(["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155",
                         "156", "157", "158", "159", "166", "173", "175", "176", "177", "180", "181", "182", "183", "185",
                         "186", "187", "188", "189", "191", "198", "199"])
        return pre + f"{self.ri(0, 99999999):08d}"

    def fmt_phone(self, num: str, style: str | None = None) -> str:
        style = style or self.pick(["plain"] * 6 + ["dash", "space", "plus86", "fw"])
        if style == "dash":
            return f"{num[:3]}-{num[3:7]}-{num[7:]}"
        if style == "space":
            return f"{num[:3]} {num[3:7]} {num[7:]}"
        if style == "plus86":
            return f"+86 {num}"
        if style == "fw":
            return to_fw_digits(num)
        return num

    def mask_phone(self, num: str) -> str:
        return num[:3] + "****" + num[7:]

    def tw_mobile(self) -> str:
        for _ in range(50):
            n = "09" + f"{self.ri(10, 89)}{self.ri(0, 999999):06d}"
            pn = phonenumbers.parse(n, "TW")
            if phonenumbers.is_valid_number(pn):
                return f"{n[:4]}-{n[4:7]}-{n[7:]}"
        raise RuntimeError("tw")

    def landline(self) -> str:
        return self.pick(["0571", "025", "020", "0755", "028", "027", "0731", "0371", "0531", "010", "021"]) + "-" + f"{self.ri(2000000, 89999999)}"

    # --- addresses
    def register_addr(self, s: str) -> None:
        self.addr_norm.add(norm(s))

    def _urban_detail(self, p2: str = ""):
        road = self.pick(ROAD_PRE) + self.pick(ROAD_SUF)
        no = self.pick([self.ri(1, 50), self.ri(1, 300), self.ri(1, 999)])
        est = self.pick(EST_PRE) + self.pick(EST_SUF)
        bld = self.ri(1, 32)
        unit = self.ri(1, 6)
        floor = self.ri(1, 33)
        room = floor * 100 + self.ri(1, 6 if floor < 20 else 4)
        styles = ["a", "a", "a", "b", "c", "d", "d", "g", "h"]
        if p2 == "31":
            styles += ["f", "f", "f"]
        elif p2 == "11":
            styles += ["e", "e", "e"]
        elif p2 in ("32", "33") and self.chance(0.3):
            styles += ["f"]
        elif self.chance(0.15):
            styles += ["e"]
        style = self.pick(styles)
        self.addr_starts.add(road)
        if style == "a":  # road+no+estate+bldg+unit+room
            bw = self.pick(["栋", "幢", "号楼", "栋", "幢"])
            parts = [road, f"{no}号", est, f"{bld}{bw}"] + ([f"{unit}单元"] if self.chance(0.6) else []) + [f"{room}" + ("室" if self.chance(0.75) else "")]
            core = road + f"{no}号"
        elif style == "b":  # house number only
            parts = [road, f"{no}号"]
            core = road + f"{no}号"
        elif style == "c":  # dash building-unit-room
            parts = [road, f"{no}号", est, f"{bld}-{unit}-{room}"]
            core = road + f"{no}号"
        elif style == "d":  # estate first (no road)
            bw = self.pick(["栋", "幢", "号楼", "栋"])
            parts = [est, f"{bld}{bw}"] + ([f"{unit}单元"] if self.chance(0.5) else []) + [f"{room}室"]
            core = est + f"{bld}{bw}"
            self.addr_starts.add(est)
            return parts, core, True
        elif style == "e":  # Beijing style 号院
            parts = [road, f"{no}号院", f"{bld}号楼", f"{unit}单元", f"{room}"]
            core = road + f"{no}号"
        elif style == "f":  # Shanghai style 弄
            parts = [road, f"{self.ri(10, 1500)}弄", f"{self.ri(1, 60)}号", f"{room}室"]
            core = road + parts[1] + parts[2]
        elif style == "g":  # office building
            parts = [road, f"{no}号", self.pick(BLDG_NAMES), self.pick([f"{floor}楼", f"{floor}层", f"{room}室", f"{'ABCD'[self.ri(0, 3)]}座{room}室"])]
            core = road + f"{no}号"
        else:  # road + no + room only
            parts = [road, f"{no}号", f"{self.ri(1, 12)}{self.pick(['栋', '幢'])}{room}室"]
            core = road + f"{no}号"
        return parts, core, False

    def _rural_detail(self, town=None, vil=None, style=None):
        town = town or self.pick(TOWN_PRE) + self.pick(["镇", "镇", "乡"])
        vil = vil or self.pick(VIL_PRE) + "村"
        grp = self.ri(1, 15)
        no = self.ri(1, 120)
        style = style or self.pick(["a", "a", "b", "c", "d"])
        self.addr_starts.update([town, vil])
        if style == "a":
            parts = [vil, f"{grp}组", f"{no}号"]
        elif style == "b":
            parts = [vil, f"{cn_num(grp)}组", f"{no}号"]
        elif style == "c":
            parts = [vil, f"{grp}组"]
        else:
            parts = [vil, f"{no}号"]
        core = vil + parts[1]
        return town, parts, core

    def divs(self, code: str | None = None, prov: str | None = None):
        code = code or self.county_code(prov)
        p2 = code[:2]
        provn = DIV[p2 + "0000"]
        pref = None if p2 in MUNICIPALITIES else DIV[code[:4] + "00"]
        return code, provn, pref, DIV[code]

    def addr(self, kind: str | None = None, code: str | None = None, prov: str | None = None) -> Addr:
        code, provn, pref, county = self.divs(code, prov)
        if kind is None:
            if county.endswith("县") or county.endswith("旗"):
                kind = "rural" if self.chance(0.7) else "urban"
            elif county.endswith("市"):
                kind = "rural" if self.chance(0.3) else "urban"
            else:
                kind = "rural" if self.chance(0.08) else "urban"
        street = None
        if kind == "rural":
            street, detail, core = self._rural_detail()
        else:
            detail, core, _ = self._urban_detail(code[:2])
            if self.chance(0.15):
                street = self.pick(STREET_PRE) + "街道"
                self.addr_starts.add(street)
        a = Addr(self, kind, provn, pref, county, street, detail, code, core)
        self.addr_cores.add(norm(core))
        return a

    def tw_addr(self) -> Addr:
        city = self.pick(sorted(TW_DIVS))
        dist = self.pick(TW_DIVS[city])
        if self.chance(0.4):
            city = city.replace("臺", "台")
        road = self.pick(["福安", "永興", "德惠", "安和", "文昌", "興隆", "長春", "松仁", "光復", "仁愛", "成功", "自強", "中華", "民族",
                          "大興", "勝利", "和平", "五福", "精誠", "公益", "忠明"]) + self.pick(["路", "路", "街", "東路", "西路", "南路", "北路"])
        parts = [road]
        if self.chance(0.5):
            parts.append(self.pick("一二三四五") + "段")
        if self.chance(0.5):
            parts.append(f"{self.ri(1, 300)}巷")
            if self.chance(0.3):
                parts.append(f"{self.ri(1, 30)}弄")
        parts.append(f"{self.ri(1, 400)}號")
        if self.chance(0.75):
            fl = self.ri(2, 15)
            parts.append(self.pick([f"{fl}樓", f"{fl}樓", f"{fl}F", f"{fl}樓之{self.ri(1, 5)}"]))
        a = Addr(self, "tw", city, None, dist, None, parts, None, "".join(parts[:-1]) if len(parts) > 2 else "".join(parts))
        self.addr_starts.add(norm(road))
        self.addr_cores.add(norm(a.core))
        return a

    def estate(self) -> str:
        return self.pick(EST_PRE) + self.pick(EST_SUF)

    def est_addr(self, est: str | None = None, style: str | None = None, code: str | None = None) -> Addr:
        """An estate-first address (``金桂苑3-2-601``); level "detail" starts with the estate name."""
        est = est or self.estate()
        code, provn, pref, county = self.divs(code)
        bld, unit = self.ri(1, 28), self.ri(1, 4)
        fl = self.ri(1, 30)
        room = fl * 100 + self.ri(1, 4)
        style = style or self.pick(["dash", "std", "std", "short"])
        if style == "dash":
            parts = [est, f"{bld}-{unit}-{room}"]
            core = est + parts[1]
        elif style == "std":
            bw = self.pick(["栋", "幢", "号楼"])
            parts = [est, f"{bld}{bw}"] + ([f"{unit}单元"] if self.chance(0.6) else []) + [f"{room}" + self.pick(["室", "室", ""])]
            core = est + parts[1]
        else:
            bw = self.pick(["栋", "幢"])
            parts = [est, f"{bld}{bw}{room}"]
            core = est + parts[1]
        self.addr_starts.add(est)
        a = Addr(self, "urban", provn, pref, county, None, parts, code, core)
        self.addr_cores.add(norm(core))
        return a

    def shop_addr(self, code: str | None = None) -> Addr:
        code, provn, pref, county = self.divs(code)
        road = self.pick(ROAD_PRE) + self.pick(ROAD_SUF)
        no = self.ri(1, 600)
        parts = [road, f"{no}号"] + ([self.pick(["1楼", "一楼", "101室", "B1层"])] if self.chance(0.3) else [])
        self.addr_starts.add(road)
        a = Addr(self, "urban", provn, pref, county, None, parts, code, road + f"{no}号")
        self.addr_cores.add(norm(a.core))
        return a

    def vil_addr(self, code: str | None = None, town: str | None = None, vil: str | None = None, style: str | None = None) -> Addr:
        code, provn, pref, county = self.divs(code)
        t, parts, core = self._rural_detail(town, vil, style)
        a = Addr(self, "rural", provn, pref, county, t, parts, code, core)
        self.addr_cores.add(norm(core))
        return a

    # --- organisations etc. (never labelled)
    def company(self, city: str | None = None) -> str:
        return (city or self.pick(CITY_SHORT)) + self.pick(COMPANY_W) + self.pick(COMPANY_IND) + self.pick(["有限公司", "有限公司", "股份有限公司", "有限责任公司"])

    def company_addr(self) -> str:
        """An organisation's registered seat: never labelled (decision), built from its own pools."""
        code, provn, pref, county = self.divs()
        road = self.pick(["科创", "经开", "高新", "产业", "创新", "物流园"]) + self.pick(["路", "大道"])
        s = f"{provn if pref else ''}{pref or provn}{county}{road}{self.ri(1, 999)}号"
        if self.chance(0.5):
            s += self.pick(BLDG_NAMES) + f"{self.ri(2, 30)}楼"
        return s

    def masked(self, p: Person) -> str:
        if p.kind == "minority":
            if "·" in p.name:
                first = p.name.split("·")[0]
                return self.pick([first + "·**", first[0] + "**", first[0] + "某"])
            return self.pick([p.name[0] + "**", p.name[0] + "某"])
        s = p.surname
        return self.pick([s + "某", s + "某某", s + "**", s + "*" + p.name[-1] if len(p.name) >= 3 else s + "*", s + "××", s + "＊＊"])

    def title(self, p: Person) -> str:
        if p.kind == "minority":
            p = self.hperson(gender=p.gender)
        if p.gender == "M":
            return p.surname + self.pick(["先生", "先生", "经理", "师傅", "老师", "总", "大爷", "医生"])
        return p.surname + self.pick(["女士", "女士", "小姐", "老师", "阿姨", "姐", "经理", "医生"])


# --------------------------------------------------------------------------------------------------
# marking helpers
# --------------------------------------------------------------------------------------------------
def P(p: Person, trad=False, spaced=None, dot=None) -> str:
    s = p.trad if trad else p.name
    if dot and "·" in s:
        s = s.replace("·", dot)
    if spaced:
        s = spaced.join(s)
    return PO + s + PC


def PD(g: "Gen", p: Person) -> str:
    """A name as typed in spreadsheets: the middle dot of minority names is often •, ・ or ．."""
    if "·" not in p.name:
        return P(p)
    return P(p, dot=g.pick([None, None, "•", "・", "．"]))


def A(a: Addr, level="full", **kw) -> str:
    return AO + a.render(level, **kw) + AC


def strip_marks(s: str) -> str:
    return s.translate({ord(PO): None, ord(PC): None, ord(AO): None, ord(AC): None})


def vlen(s: str) -> int:
    t = strip_marks(s)
    return sum(2 if ord(c) > 0x2E80 else 1 for c in t)


def md_table(headers, rows, align=False) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join(["---"] * len(headers)) + "|"]
    for r in rows:
        lines.append("| " + " | ".join(r) + " |")
    return "\n".join(lines)


def pad_table(headers, rows, gap=2, fill=" ") -> str:
    cols = list(zip(*([headers] + rows)))
    widths = [max(vlen(c) for c in col) for col in cols]
    out = []
    for r in [headers] + rows:
        cells = []
        for c, w in zip(r, widths):
            cells.append(c + fill * ((w - vlen(c)) // (2 if fill == "\u3000" else 1)))
        out.append((fill * gap if fill != " " else " " * gap).join(cells).rstrip())
    return "\n".join(out)


def csv_line(cells, sep=",") -> str:
    out = []
    for c in cells:
        t = strip_marks(c)
        if sep in t or '"' in t or "\n" in t:
            out.append('"' + c.replace('"', '""') + '"')
        else:
            out.append(c)
    return sep.join(out)


def json_marked(obj, indent=None) -> str:
    """json.dumps keeping span markers (json would escape the control characters)."""
    store: list[str] = []

    def walk(o):
        if isinstance(o, dict):
            return {k: walk(v) for k, v in o.items()}
        if isinstance(o, list):
            return [walk(v) for v in o]
        if isinstance(o, str) and any(m in o for m in (PO, PC, AO, AC)):
            store.append(o)
            return f"@@M{len(store) - 1}@@"
        return o

    s = json.dumps(walk(obj), ensure_ascii=False, indent=indent)
    for i, v in enumerate(store):
        s = s.replace(f"@@M{i}@@", v)
    return s


# ==================================================================================================
# Templates.  Each returns marked text; g.crlf / g.allow() may be set by the template.
# ==================================================================================================
ORDER_STATUS = ["已发货", "待发货", "交易成功", "已签收", "退款中", "待付款", "已关闭"]
REMARKS = ["", "", "", "放门口", "工作日送货", "请电话联系", "放丰巢柜", "到了打电话🙏", "不要放驿站！", "周末在家", "易碎品轻放",
           "送货前先打电话", "发顺丰", "开发票", "加急~", "放门卫室"]


def order_no(g: Gen) -> str:
    return f"{g.ri(2023, 2024)}{g.ri(10 ** 14, 10 ** 15 - 1)}"


def o_merged_csv(g: Gen) -> str:
    hdr = ["订单编号", "买家会员名", "商品标题", "数量", "实付款(元)", "收货信息", "订单状态", "下单时间"]
    lines = [csv_line(hdr)]
    for _ in range(g.ri(3, 5)):
        p = g.person()
        a = p.cur
        ph = g.fmt_phone(p.phone, g.pick(["plain", "plain", "dash", "space"]))
        addr = A(a, g.pick(["full", "full", "full", "pref"]), spaced=g.pick([0, 0, 1]), fw=g.chance(0.12))
        form = g.pick(["npa", "npa", "apn", "npaz", "n_p_a"])
        if form == "npa":
            info = f"{PD(g, p)}，{ph}，{addr}"
        elif form == "apn":
            info = f"{addr}，{P(p)}，{ph}"
        elif form == "npaz":
            info = f"{P(p)}，{ph}，{addr}，{g.ri(100000, 859999)}"
        else:
            info = f"{P(p)} {ph} {addr}"
        row = [order_no(g), "tb_" + g.pick(HANDLES) if g.chance(0.5) else g.pick(HANDLES), g.pick(PRODUCTS), str(g.ri(1, 3)),
               f"{g.ri(9, 899)}.{g.ri(0, 99):02d}", info, g.pick(ORDER_STATUS), g.dtime()]
        lines.append(csv_line(row))
    g.crlf = g.chance(0.35)
    return "\n".join(lines) + "\n"


def o_columns_tsv(g: Gen) -> str:
    hdr = [g.pick(["收件人", "收件人", "收货人", "收件入"]), g.pick(["手机", "电话", "联系电话"]), "省份", "城市", "区/县", "详细地址", "商品", "备注"]
    sep = g.pick(["\t", "\t", ","])
    lines = [sep.join(hdr)]
    for _ in range(g.ri(3, 5)):
        p = g.person()
        a = p.cur if g.chance(0.6) else g.addr()
        if g.chance(0.25):  # people often paste the whole address into the detail field
            det = A(a, "full")
        else:
            det = A(a, "town" if a.street and g.chance(0.5) else "detail")
        city = a.pref or a.prov
        row = [PD(g, p), g.fmt_phone(p.phone, "plain"), a.prov, city, a.county, det, g.pick(PRODUCTS), g.pick(REMARKS)]
        lines.append(csv_line(row, sep) if sep == "," else sep.join(row))
    return "\n".join(lines) + "\n"


def o_markdown_remark(g: Gen) -> str:
    rows = []
    n = g.ri(3, 5)
    second = set(g.sample(range(n), g.ri(1, 2)))
    for i in range(n):
        p = g.person()
        a = p.cur
        rem = g.pick(REMARKS)
        if i in second:
            q = g.person()
            rem = g.pick([
                f"另一份寄给{P(q)}（{q.phone}），地址：{A(q.cur, 'pref')}",
                f"备注：第二个收件人{P(q)} {g.mask_phone(q.phone)} {A(q.cur, 'full')}",
                f"帮我同事{P(q)}也下一单，寄{A(q.cur, 'county')}",
            ])
        elif g.chance(0.2):
            t = g.person()
            rem = f"送给{g.title(t)}的，别放价格单"
        rows.append([str(i + 1), P(p), g.fmt_phone(p.phone), A(a, g.pick(["full", "pref", "county"])), rem])
    head = g.pick(["## 本周待发货订单", "### 团购订单汇总（第" + str(g.ri(2, 30)) + "期）", "**发货清单**", "# 订单导出"])
    return head + "\n\n" + md_table(["序号", "收件人", "电话", "地址", "备注"], rows) + "\n\n" + g.pick(["共计 {} 单".format(n), "请仓库核对后发货。", ""]) + "\n"


def o_waybill(g: Gen) -> str:
    out = []
    for _ in range(g.ri(1, 3)):
        exp, pre = g.pick([("顺丰速运", "SF"), ("中通快递", "ZT"), ("圆通速递", "YT"), ("韵达快递", "YD"), ("京东物流", "JD"), ("邮政EMS", "E"), ("极兔速递", "JT")])
        wb = pre + str(g.ri(10 ** 11, 10 ** 13))
        r = g.person()
        lines = [f"【{exp}】 运单号：{wb}", g.pick(["", "件数：1/1   已验视", "代收货款：0.00"])]
        if g.chance(0.6):
            s = g.person()
            lines += [f"寄件人：{P(s)}  {g.mask_phone(s.phone) if g.chance(0.5) else s.phone}",
                      f"寄件地址：{A(s.cur, g.pick(['full', 'pref']))}"]
        else:
            lines += [f"寄件人：{g.pick(COMPANY_W)}{g.pick(['旗舰店', '专营店', '官方店'])} 售后部  {g.landline()}"]
        lines += [f"收件人：{P(r)}  {r.phone}", f"{g.pick(['收件地址', '收件地址', '收件地扯', '收 件 地 址'])}：{A(r.cur, g.pick(['full', 'full', 'pref']), spaced=g.pick([0, 1]), wrap=g.chance(0.25))}",
                  f"托寄物：{g.pick(['文件', '日用品', '服装', '食品', '电子产品'])}   计费重量：{g.ri(1, 20)}.{g.ri(0, 9)}kg",
                  g.pick([f"签收人：{P(r)}（本人签收）", "签收：快递柜代收", f"签收人：{g.title(r)}", "签收：门卫代收", ""])]
        out.append("\n".join(l for l in lines if l))
    return "\n\n- - - - - - - - - - - - - -\n\n".join(out) + "\n"


def o_pickup(g: Gen) -> str:
    mode = g.pick(["tuan", "list", "list"])
    if mode == "tuan":
        leader = g.person()
        est = g.estate()
        pa = g.est_addr(est, "std")
        lines = [f"【{est}团购】{g.pick(['阳光玫瑰葡萄', '赣南脐橙', '五常大米', '土鸡蛋', '荔枝'])}到货啦{g.pick(EMOJI)}",
                 f"团长：{P(leader)}  电话 {leader.phone}",
                 f"自提点：{A(pa, 'detail')}楼下（{g.pick(['快递柜旁', '门岗边', '便利店门口'])}）",
                 "请以下邻居今天 18:00 前来取：", ""]
        for i in range(g.ri(3, 6)):
            p = g.person()
            lines.append(f"{i + 1}. {P(p)}  尾号{p.phone[-4:]}  {g.ri(1, 4)}份")
        lines += ["", f"有问题找我或者{g.title(g.person())}"]
        return "\n".join(lines) + "\n"
    rows = []
    for _ in range(g.ri(3, 5)):
        p = g.person()
        sa = g.shop_addr()
        shop = g.pick(["兔喜生活", "菜鸟驿站", "妈妈驿站", "快递超市", "邻里便利店", "美宜佳"])
        addr = A(sa, g.pick(["county", "detail", "pref"]))
        cell = g.pick([f"{shop}（{addr}）", f"{addr} {shop}", f"{shop}-{addr}"])
        rows.append([P(p), "尾号" + p.phone[-4:], cell, f"{g.ri(1, 30)}-{g.ri(1, 6)}-{g.ri(1000, 9999)}", g.pick(["待取件", "已取件", "已超时"])])
    return "自提订单明细\n" + md_table(["提货人", "手机", "自提点", "取件码", "状态"], rows) + "\n"


def o_taiwan(g: Gen) -> str:
    out = [g.pick(["【訂單通知】", "訂單明細", "＜宅配出貨單＞"])]
    for _ in range(g.ri(2, 4)):
        p = g.person(kind=g.pick(["han", "han", "han", "rare", "compound"]))
        a = g.tw_addr()
        zipc = str(g.ri(100, 999))
        addr = A(a, "full")
        lines = [f"訂單編號：TW{g.ri(10 ** 9, 10 ** 10)}", f"訂購日期：{g.date(2023, 2024).strftime('%Y/%m/%d')}",
                 f"收件人：{P(p, trad=True)}", f"手機：{g.tw_mobile()}",
                 f"地址：{zipc} {addr}" if g.chance(0.5) else f"地址：{addr}",
                 f"配送方式：{g.pick(['宅配', '宅配（黑貓）', '郵局掛號'])}",
                 f"備註：{g.pick(['請於平日送達，謝謝', '管理室代收', '到了請先來電', '無'])}"]
        if g.chance(0.3):
            q = g.person(kind="han")
            lines.insert(3, f"訂購人：{P(q, trad=True)}（代訂）")
        out.append("\n".join(lines))
    if g.chance(0.5):
        out.append(f"超商取貨：{g.pick(['7-11', '全家', '萊爾富'])} {g.pick(['大安', '信義', '板橋', '中壢', '西屯'])}門市（取件人：{g.pick(['陳小姐', '林先生', '王小姐', '張先生'])}）")
    return "\n------------------\n".join(out) + "\n"


def o_json(g: Gen) -> str:
    orders = []
    for _ in range(g.ri(2, 3)):
        p = g.person()
        a = p.cur
        o = {"orderId": order_no(g), "buyerNick": g.pick(HANDLES), "payTime": g.dtime(),
             "receiver": {"name": P(p), "mobile": p.phone, "province": a.prov, "city": a.pref or a.prov, "district": a.county,
                          "detailAddress": A(a, "town" if a.street else "detail")},
             "items": [{"title": g.pick(PRODUCTS), "num": g.ri(1, 3)}]}
        if g.chance(0.25):
            o["receiver"]["fullAddress"] = A(a, "full")
        if g.chance(0.3):
            o["sellerMemo"] = g.pick(["老客户", "补发", "换货"])
        orders.append(o)
    return json_marked({"code": 0, "msg": "success", "data": {"total": len(orders), "list": orders}}, indent=g.pick([2, 4, None])) + "\n"


def o_chat(g: Gen) -> str:
    p = g.person()
    m = g.person(gender="F", min_age=45)
    kf = g.pick(["小美", "小雅", "阿珍", "小鹿", "豆豆"])
    buyer = g.pick(HANDLES)
    t = g.dtime()
    a = p.cur
    ph = g.fmt_phone(p.phone)
    lines = [f"{t} 买家({buyer})：{g.pick(['亲，我刚拍的那单地址写错了', '在吗？地址要改一下', '你好 地址填错了能改吗😭'])}",
             f"客服-{kf}：亲亲您好，请提供正确的收货信息哦~",
             f"买家({buyer})：{g.pick(['收件人', '收货人', '名字'])}{P(p)}，电话{ph}，地址{A(a, g.pick(['full', 'pref']))}",
             f"客服-{kf}：好的亲，已为您修改为：{P(p)}，{ph}，{A(a, 'full')}，请核对{g.pick(EMOJI)}",
             f"买家({buyer})：对的，另外再帮我寄一份给我妈{P(m)}，{A(m.home, g.pick(['full', 'pref']))}，电话{m.phone}",
             f"客服-{kf}：收到~ 两单今天都会发出，请留意物流信息哦"]
    if g.chance(0.4):
        lines.append(f"买家({buyer})：谢谢{kf}，给你五星好评👍")
    return "\n".join(lines) + "\n"


def o_jielong(g: Gen) -> str:
    est = g.estate()
    lines = [f"#接龙", f"{est}{g.pick(['邻里团购', '业主团购群', '拼单'])} {g.pick(['土鸡蛋30枚', '海南荔枝5斤', '东北大米', '草莓2盒', '粽子礼盒'])}",
             "格式：房号 名字 份数", ""]
    for i in range(g.ri(4, 7)):
        p = g.person()
        f = g.pick(["full_est", "bare", "bare", "name_first"])
        q = g.ri(1, 4)
        if f == "full_est":
            lines.append(f"{i + 1}. {A(g.est_addr(est, g.pick(['dash', 'short'])), 'detail')} {P(p)} {q}份")
        elif f == "bare":  # bare building-room without estate/road: not an ADDRESS (decision)
            lines.append(f"{i + 1}. {g.ri(1, 20)}-{g.ri(1, 4)}-{g.ri(1, 30)}0{g.ri(1, 4)} {P(p)} {q}份")
        else:
            lines.append(f"{i + 1}. {P(p)} {A(g.est_addr(est, 'std'), 'detail')} {q}份{g.pick(['', '', g.pick(EMOJI)])}")
    return "\n".join(lines) + "\n"


def o_packing_slip(g: Gen) -> str:
    p = g.person()
    a = p.cur
    shop = g.pick(COMPANY_W) + g.pick(["旗舰店", "专营店", "家居馆", "母婴店"])
    lines = ["=" * 16 + " 发 货 单 " + "=" * 16,
             f"店铺：{shop}        打印时间：{g.dtime()}",
             f"订单号：{order_no(g)}    买家昵称：{g.pick(HANDLES)}",
             f"收货人：{P(p)}    手机：{g.fmt_phone(p.phone)}",
             f"收货地址：{A(a, 'full', spaced=g.pick([1, 1, 2]))}",
             f"买家留言：{g.pick(REMARKS) or '无'}", "-" * 40, "商品名称                    规格        数量"]
    for _ in range(g.ri(1, 3)):
        lines.append(f"{g.pick(PRODUCTS):<24}{g.pick(['默认', '红色', 'XL', '500g', '标准装']):<10}{g.ri(1, 3)}")
    pk, ck = g.person(), g.person()
    lines += ["-" * 40, f"拣货员：{P(pk)}    复核：{P(ck)}    包装：{g.pick(NICKNAMES)}"]
    return "\n".join(lines) + "\n"


ORDERS = [o_merged_csv, o_columns_tsv, o_markdown_remark, o_waybill, o_pickup, o_taiwan, o_json, o_chat, o_jielong, o_packing_slip]


# ------------------------------------------------------------------ lodging_property
HOTEL = ["如家", "汉庭", "锦江之星", "格林豪泰", "维也纳", "全季", "城市便捷", "7天"]


def hotel_name(g: Gen) -> str:
    return g.pick(HOTEL) + g.pick(CITY_SHORT) + g.pick(ROAD_PRE) + g.pick(["店", "路店", "酒店"])


def l_hotel_register(g: Gen) -> str:
    rows = []
    for _ in range(g.ri(3, 5)):
        p = g.person()
        room = f"{g.ri(2, 12)}{g.ri(1, 30):02d}"
        d = g.date(2024, 2024)
        rows.append([room, P(p, dot=g.pick([None, None, "•"])), p.sex, p.ethnic.replace("族", ""), "身份证", p.idno, A(p.home, "full"),
                     f"{d.month:02d}-{d.day:02d} {g.ri(12, 23)}:{g.ri(0, 59):02d}", f"{d.month:02d}-{min(d.day + g.ri(1, 3), 28):02d}"])
        if g.chance(0.25):
            q = g.person()
            rows.append([room, P(q), q.sex, q.ethnic.replace("族", ""), "身份证", q.idno, A(q.home, "full"), "同住", ""])
    hdr = ["房号", "姓名", "性别", "民族", "证件类型", "证件号码", "户籍地址", "入住时间", "预离时间"]
    title = f"{hotel_name(g)} 旅客住宿登记表　日期：{g.date(2024, 2024).isoformat()}"
    body = md_table(hdr, rows) if g.chance(0.5) else "\n".join(["\t".join(hdr)] + ["\t".join(r) for r in rows])
    return title + "\n" + body + f"\n登记员：{P(g.person())}\n"


def l_pms_csv(g: Gen) -> str:
    hdr = ["GuestName", "Gender", "IDType", "IDNo", "Mobile", "Address", "RoomNo", "Arrival", "Departure", "Remark"]
    lines = [",".join(hdr)]
    for _ in range(g.ri(3, 5)):
        p = g.person()
        rem = g.pick(["", "", "VIP", "携带宠物", f"协议单位：{g.company()}", "需要发票", "延迟退房", f"{g.title(g.person())}代订"])
        a = A(p.home if g.chance(0.6) else p.cur, g.pick(["full", "full", "pref"]), fw=g.chance(0.1))
        d = g.date(2024, 2024)
        lines.append(csv_line([P(p), "M" if p.gender == "M" else "F", "01", p.idno, p.phone, a, str(g.ri(801, 1630)), d.isoformat(),
                               (d + dt.timedelta(days=g.ri(1, 4))).isoformat(), rem]))
    g.crlf = g.chance(0.5)
    return "\n".join(lines) + "\n"


def l_owner_list(g: Gen) -> str:
    est = g.estate()
    bld = g.ri(1, 20)
    lines = [f"{est}业主名单（{bld}幢）", "楼栋\t单元\t房号\t业主姓名\t联系电话\t建筑面积(㎡)"]
    for _ in range(g.ri(3, 5)):
        p = g.person(min_age=28)
        owner = PD(g, p)
        if g.chance(0.2):
            owner += "、" + P(g.person(gender="F" if p.gender == "M" else "M", min_age=28))
        lines.append(f"{bld}幢\t{g.ri(1, 3)}单元\t{g.ri(1, 30)}0{g.ri(1, 4)}\t{owner}\t{g.fmt_phone(p.phone, g.pick(['plain', 'dash']))}\t{g.ri(60, 180)}.{g.ri(10, 99)}")
    lines.append("")
    lines.append(f"业委会主任：{P(g.person(min_age=40))}    物业服务：{g.company()}")
    lines.append("注：本名单仅用于业委会选举投票资格核对，请勿外传。")
    return "\n".join(lines) + "\n"


def l_rental(g: Gen) -> str:
    a, b = g.person(min_age=30), g.person(min_age=20, max_age=45)
    prop = g.addr(kind="urban") if g.chance(0.6) else g.est_addr(style="std")
    lines = ["房屋租赁合同", "", f"出租方（甲方）：{P(a)}    身份证号：{a.idno}", f"住址：{A(a.home, 'full')}", f"联系电话：{a.phone}", "",
             f"承租方（乙方）：{P(b)}    身份证号：{b.idno}", f"{g.pick(['住址', '户籍地址', '现住址'])}：{A(b.home, g.pick(['full', 'pref']))}",
             f"联系电话：{b.phone}", ""]
    if g.chance(0.4):
        ag = g.person()
        lines += [f"居间方（丙方）：{g.company()}    经纪人：{P(ag)}（证书编号 {g.ri(10 ** 7, 10 ** 8)}）", ""]
    lines += ["第一条 房屋基本情况",
              f"甲方将其位于{A(prop, 'full')}的房屋（建筑面积{g.ri(40, 140)}平方米）出租给乙方作居住使用。",
              f"第二条 租赁期限自{g.cdate(g.date(2024, 2024))}起至{g.cdate(g.date(2025, 2025))}止。",
              f"第三条 月租金人民币{g.ri(15, 80) * 100}元，押一付三。乙方应于每月5日前将租金转入甲方账户（户名：{P(a)}）。"]
    if g.chance(0.5):
        c = g.person()
        lines.append(f"第四条 乙方共同居住人：{P(c)}，身份证号{c.idno}。")
    lines += ["", f"甲方（签字）：{P(a) if g.chance(0.6) else ''}　　　　乙方（签字）：{P(b) if g.chance(0.6) else ''}", f"签订日期：{g.cdate(g.date(2024, 2024))}"]
    return "\n".join(lines) + "\n"


def l_property_notice(g: Gen) -> str:
    est = g.estate()
    mgr = g.person()
    if g.chance(0.6):
        lines = [f"关于催缴{g.ri(2022, 2024)}年度物业服务费的通知", "", f"尊敬的{est}各位业主：",
                 f"　　截至{g.cdate(g.date(2024, 2024))}，以下业主尚未缴纳物业服务费，请于本月底前到物业服务中心缴纳：", ""]
        items = []
        for _ in range(g.ri(3, 5)):
            p = g.person()
            items.append(f"{g.ri(1, 20)}栋{g.ri(1, 30)}0{g.ri(1, 4)} {P(p)}")
        sep = g.pick(["；", "\n", "、", "  "])
        lines.append(sep.join(items))
        lines += ["", f"　　联系人：{P(mgr)}（客服主管），电话：{g.landline()}", f"{g.company()}{est}项目部", g.cdate(g.date(2024, 2024))]
    else:
        p, q = g.person(), g.person()
        ea = g.est_addr(est, "std")
        lines = ["表扬信", "",
                 f"　　{g.cdate(g.date(2024, 2024))}，居住在{A(ea, 'detail')}的业主{P(p)}在小区{g.pick(['地下车库', '中心花园', '南门'])}拾到钱包一个，"
                 f"内有现金及银行卡若干，{P(p)}第一时间交到物业服务中心。经核实，失主为{g.ri(1, 20)}栋业主{P(q)}。",
                 f"　　{P(q)}对此表示衷心感谢。物业服务中心特提出表扬！", "",
                 f"{est}物业服务中心　{P(mgr)}"]
    return "\n".join(lines) + "\n"


def l_access_log(g: Gen) -> str:
    est = g.estate()
    lines = [f"门禁系统导出 {est} {g.date(2024, 2024).isoformat()}", "时间,门禁点,方式,人员,房号,结果"]
    for _ in range(g.ri(3, 5)):
        t = f"{g.ri(6, 23):02d}:{g.ri(0, 59):02d}:{g.ri(0, 59):02d}"
        door = g.pick(["南门", "北门", "1号岗", "地库B1", "东侧人行门"])
        if g.chance(0.8):
            p = g.person()
            lines.append(f"{t},{door},{g.pick(['刷卡', '人脸', '二维码'])},{P(p)},{g.ri(1, 20)}-{g.ri(1, 4)}-{g.ri(1, 30)}0{g.ri(1, 4)},成功")
        else:
            lines.append(f"{t},{door},人脸,陌生人,-,未识别")
    lines += ["", "访客登记："]
    for _ in range(g.ri(1, 2)):
        v, h = g.person(), g.person()
        lines.append(f"访客姓名：{P(v)}　被访人：{P(h)}　被访地址：{A(g.est_addr(est), 'detail')}　事由：{g.pick(['送餐', '探亲', '装修', '维修', '搬家'])}　"
                     f"车牌：{g.pick(['浙A', '苏E', '粤B', '京N', '沪C'])}{g.ri(10000, 99999)}")
    return "\n".join(lines) + "\n"


def l_repair(g: Gen) -> str:
    out = []
    for _ in range(g.ri(1, 3)):
        p, w = g.person(), g.person(gender="M")
        ea = g.est_addr(style=g.pick(["std", "dash"]))
        out.append("\n".join([
            f"工单号：WX{g.ri(10 ** 7, 10 ** 8)}",
            f"报修人：{P(p)}　电话：{g.fmt_phone(p.phone)}",
            f"报修地址：{A(ea, g.pick(['detail', 'detail', 'county']))}",
            f"故障描述：{g.pick(['厨房水管漏水', '卫生间下水道堵塞', '入户门锁坏了', '客厅灯不亮', '空调外机异响'])}",
            f"派单：维修人员 {P(w)}（{g.pick(['水电', '木工', '综合'])}）",
            f"处理结果：{g.pick(['已修复', '待配件', '已上门，业主不在'])}　回访：{g.title(p)}满意",
        ]))
    return "\n\n".join(out) + "\n"


def l_migrant(g: Gen) -> str:
    land = g.person(min_age=35)
    prop = g.addr(kind="urban")
    lines = ["出租房屋及流动人口登记表", f"房东姓名：{P(land)}　联系电话：{land.phone}", f"出租房屋地址：{A(prop, g.pick(['full', 'county']))}",
             f"房屋用途：居住　出租间数：{g.ri(1, 4)}", "", "承租人员信息："]
    for i in range(g.ri(1, 3)):
        t = g.person(max_age=50)
        lines.append(f"{i + 1}）{P(t)}，{t.sex}，{t.ethnic}，身份证号：{t.idno}，户籍地址：{A(t.home, 'full')}，"
                     f"工作单位：{g.company() if g.chance(0.6) else '无'}")
    lines += ["", f"登记民警：{P(g.person())}　社区网格员：{P(g.person())}", f"登记日期：{g.cdate(g.date(2024, 2024))}"]
    return "\n".join(lines) + "\n"


def l_receipt(g: Gen) -> str:
    p, r = g.person(), g.person()
    prop = g.est_addr(style="std") if g.chance(0.5) else g.addr(kind="urban")
    lvl = "detail" if prop.detail[0].endswith(tuple(EST_SUF)) else g.pick(["full", "county"])
    words, amt = g.pick([("叁仟元整", 3000), ("伍仟元整", 5000), ("贰仟伍佰元整", 2500), ("壹万元整", 10000), ("肆仟捌佰元整", 4800)])
    return "\n".join([
        "收　据", f"No.{g.ri(1000000, 9999999)}", f"今收到　{P(p)}",
        f"交来：{A(prop, lvl)} 房屋租赁押金",
        f"人民币（大写）：{words}　￥{amt}.00",
        f"收款人：{P(r)}　经手人：{g.pick(NICKNAMES) if g.chance(0.3) else P(g.person())}", g.cdate(g.date(2024, 2024)),
    ]) + "\n"


def l_parking(g: Gen) -> str:
    est = g.estate()
    rows = []
    for _ in range(g.ri(4, 6)):
        p = g.person()
        rows.append([f"B{g.ri(1, 2)}-{g.ri(1, 400):03d}", f"{g.pick(['浙A', '浙B', '苏A', '粤B', '沪A', '京Q'])}{g.pick('ABCDEFGHJK')}{g.ri(1000, 9999)}",
                     P(p), f"{g.ri(1, 20)}-{g.ri(1, 3)}-{g.ri(1, 30)}0{g.ri(1, 4)}", g.fmt_phone(p.phone, g.pick(["plain", "mask"]) if False else "plain"),
                     g.pick(["产权", "租赁", "临时"])])
    return f"{est}地下车位登记表（{g.date(2024, 2024).year}）\n" + pad_table(["车位号", "车牌号", "车主", "房号", "电话", "类型"], rows) + "\n"


def l_tw_booking(g: Gen) -> str:
    p, host = g.person(kind=g.pick(["han", "han", "rare"])), g.person(kind="han")
    a = g.tw_addr()
    d = g.date(2024, 2024)
    comp = [g.person(kind="han") for _ in range(g.ri(0, 2))]
    lines = [f"【訂房確認單】{g.pick(['山嵐', '海角', '小鎮', '花蓮慢活', '墾丁陽光'])}民宿", f"訂房編號：B{g.ri(10 ** 7, 10 ** 8)}",
             f"訂房人：{P(p, trad=True)}　手機：{g.tw_mobile()}", f"聯絡地址：{A(a, 'full')}",
             f"入住日期：{d.strftime('%Y/%m/%d')}　退房日期：{(d + dt.timedelta(days=g.ri(1, 3))).strftime('%Y/%m/%d')}",
             f"房型：{g.pick(['雙人房', '四人房', '家庭房'])} x1　人數：{g.ri(2, 4)}人"]
    if comp:
        lines.append("同行旅客：" + "、".join(P(c, trad=True) for c in comp))
    lines += [f"備註：{g.pick(['需要加床', '會晚點到，約21:00', '有帶寵物', '無'])}", f"民宿主人：{P(host, trad=True)}　LINE ID：{g.pick(['mountain', 'seaside', 'bnb'])}{g.ri(100, 999)}"]
    g.crlf = g.chance(0.4)
    return "\n".join(lines) + "\n"


LODGING = [l_tw_booking, l_hotel_register, l_pms_csv, l_owner_list, l_rental, l_property_notice, l_access_log, l_repair, l_migrant, l_receipt, l_parking]


# ------------------------------------------------------------------ judgments
PROV_ABBR = {"11": "京", "12": "津", "13": "冀", "14": "晋", "15": "内", "21": "辽", "22": "吉", "23": "黑", "31": "沪", "32": "苏", "33": "浙",
             "34": "皖", "35": "闽", "36": "赣", "37": "鲁", "41": "豫", "42": "鄂", "43": "湘", "44": "粤", "45": "桂", "46": "琼", "50": "渝",
             "51": "川", "52": "贵", "53": "云", "54": "藏", "61": "陕", "62": "甘", "63": "青", "64": "宁", "65": "新"}


def court(g: Gen, code: str | None = None):
    code, provn, pref, county = g.divs(code)
    name = (provn if not pref else provn + pref) + county + "人民法院" if g.chance(0.5) else (pref or provn) + county + "人民法院"
    return code, name


def case_no(g: Gen, code: str, kind: str) -> str:
    return f"（{g.ri(2021, 2024)}）{PROV_ABBR[code[:2]]}{code[2:4]}{code[4:]}{kind}{g.ri(100, 9999)}号"


def N(g: Gen, p: Person, prob: float = 0.25) -> str:
    """In running text a party is often referred to by role alone (原告/被告); sometimes by role + name."""
    return P(p) if g.chance(prob) else ""


def party(g: Gen, role: str, p: Person, lvl=None, extra="") -> str:
    lvl = lvl or g.pick(["full", "full", "pref"])
    addr = p.home if g.chance(0.5) else p.cur
    cue = g.pick(["住", "住", "户籍地", "现住"])
    born = g.cdate(p.birth) + "出生"
    return f"{role}：{P(p)}，{p.sex}，{born}，{p.ethnic}，{extra}{cue}{A(addr, lvl)}。"


def loc(g: Gen, code: str, p: float = 0.6) -> str | None:
    """Parties of a local court / committee mostly live in the same county."""
    return code if g.chance(p) else None


def lp(g: Gen, code: str) -> Person:
    return g.person(region=loc(g, code))


def judge_sig(g: Gen, roles=("审判员",)) -> str:
    out = []
    if len(roles) > 1 and g.chance(0.65):
        roles = ("审判员",)
    for r in roles:
        j = g.person()
        sp = "\u3000" if len(j.name) == 2 and g.chance(0.6) else None
        out.append(f"{g.pick(['　　', '    ', ''])}{' '.join(r) if g.chance(0.5) else r}　　{P(j, spaced=sp)}")
    d = g.date(2023, 2024)
    out.append(f"{g.pick(['　　', ''])}{d.year}年{d.month}月{d.day}日" if g.chance(0.5) else f"二〇二{'三四'[d.year - 2023]}年{cn_num(d.month)}月{cn_num(d.day)}日")
    c = g.person()
    out.append(f"{g.pick(['　　', ''])}{g.pick(['书记员', '书 记 员', '法官助理'])}　　{P(c)}")
    return "\n".join(out)


def j_civil(g: Gen) -> str:
    code, cname = court(g)
    a, b, lw, rep = lp(g, code), lp(g, code), lp(g, code), lp(g, code)
    co = g.company()
    lines = [cname, "民 事 判 决 书", case_no(g, code, "民初"), "",
             party(g, "原告", a),
             f"委托诉讼代理人：{P(lw) if g.chance(0.6) else g.pick(['王律师', '李律师', '陈律师'])}，{g.pick(CITY_SHORT)}{g.pick(COMPANY_W)}律师事务所律师。",
             party(g, "被告", b),
             f"被告：{co}，住所地{g.company_addr()}。",
             f"法定代表人：{P(rep)}，该公司{g.pick(['总经理', '执行董事', '董事长'])}。", "",
             f"　　原告{P(a)}与被告{P(b)}、{co}买卖合同纠纷一案，本院于{g.cdate(g.date(2023, 2023))}立案后，依法适用简易程序，公开开庭进行了审理。"
             f"原告{N(g, a)}及其委托诉讼代理人、被告{N(g, b)}到庭参加诉讼，被告{co}经本院传票传唤无正当理由拒不到庭参加诉讼。本案现已审理终结。",
             f"　　{N(g, a) or '原告'}向本院提出诉讼请求：1.判令二被告共同支付货款{g.ri(2, 90)}{g.ri(100, 999)}元及利息；2.本案诉讼费用由二被告负担。",
             f"　　{N(g, b) or '被告'}辩称：{g.pick(['货物存在质量问题，不同意支付剩余货款。', '欠款金额有误，只认可部分金额。', '其系公司员工，不应承担个人责任。'])}",
             "　　本院经审理认定事实如下：……",
             "　　判决如下：",
             f"　　一、被告{co}于本判决生效之日起十日内支付原告{N(g, a)}货款{g.ri(10000, 90000)}元；",
             f"　　二、驳回原告{N(g, a)}的其他诉讼请求。", "",
             judge_sig(g)]
    return "\n".join(lines) + "\n"


def j_divorce(g: Gen) -> str:
    code, cname = court(g)
    w, h = g.person(gender="F", min_age=28, max_age=50, region=loc(g, code)), g.person(gender="M", min_age=28, max_age=52, region=loc(g, code))
    c = g.child(h)
    prop = g.addr(kind="urban")
    lines = [cname, "民事判决书", case_no(g, code, "民初"),
             party(g, "原告", w), party(g, "被告", h), "",
             f"　　原告{N(g, w)}与被告{N(g, h)}离婚纠纷一案，本院立案后依法适用普通程序，公开开庭进行了审理。",
             f"　　原告{N(g, w)}诉称：原、被告于{g.ri(2005, 2016)}年经人介绍相识，婚后生育一子（女）{P(c)}。因被告长期{g.pick(['沉迷赌博', '不顾家庭', '酗酒'])}，夫妻感情确已破裂。",
             f"　　被告{N(g, h)}辩称：同意离婚，但要求抚养孩子。",
             "　　判决如下：",
             f"　　一、准予原告{N(g, w)}与被告{N(g, h)}离婚；",
             f"　　二、婚生子（女）{P(c)}由原告{N(g, w)}抚养，被告{N(g, h)}每月支付抚养费{g.ri(10, 30) * 100}元；",
             f"　　三、位于{A(prop, g.pick(['full', 'pref']))}的房屋归原告{N(g, w)}所有。", "",
             judge_sig(g, ("审判长", "审判员", "人民陪审员"))]
    return "\n".join(lines) + "\n"


def j_criminal(g: Gen) -> str:
    code, cname = court(g)
    cc, provn, pref, county = g.divs(code)
    d, lw, v = g.person(gender="M", max_age=45, region=loc(g, code)), lp(g, code), lp(g, code)
    born_at = g.divs()
    lines = [cname, "刑事判决书", case_no(g, code, "刑初"),
             f"　　公诉机关{pref or provn}{county}人民检察院。",
             f"　　被告人{P(d)}，绰号“{g.pick(['小胖', '阿杰', '胖虎', '大壮', '毛毛虫', '强哥', '豆豆', '二狗'])}”，{d.sex}，{g.cdate(d.birth)}出生于{born_at[1]}{born_at[2] or ''}{born_at[3]}，"
             f"公民身份号码{d.idno}，{d.ethnic}，{g.pick(['初中', '高中', '小学'])}文化，无业，户籍所在地{A(d.home, 'full')}，住{A(d.cur, g.pick(['full', 'county']))}。"
             f"因涉嫌盗窃罪于{g.cdate(g.date(2023, 2023))}被{county}公安局刑事拘留。",
             f"　　辩护人{P(lw)}，{g.pick(CITY_SHORT)}{g.pick(COMPANY_W)}律师事务所律师。", "",
             f"　　{county}人民检察院以{county.replace('区', '').replace('县', '')}检刑诉〔{g.ri(2023, 2024)}〕{g.ri(10, 999)}号起诉书指控被告人{N(g, d)}犯盗窃罪。",
             f"　　经审理查明：{g.cdate(g.date(2023, 2023))}凌晨，被告人{N(g, d)}窜至{A(v.cur, g.pick(['county', 'full']))}被害人{N(g, v)}家中，"
             f"盗得现金{g.ri(1, 9)}{g.ri(100, 999)}元及手机一部。同月，{P(d)}又在{g.pick(ROAD_PRE)}路附近盗窃被害人{g.masked(lp(g, code))}电动车一辆。",
             f"　　上述事实，有被害人{N(g, v)}的陈述、证人{P(lp(g, code)) if g.chance(0.5) else g.masked(lp(g, code))}的证言、监控录像等证据证实。",
             f"　　判决如下：被告人{N(g, d)}犯盗窃罪，判处有期徒刑{cn_num(g.ri(1, 3))}年，并处罚金人民币{g.ri(2, 9)}000元。", "",
             judge_sig(g, ("审判长", "审判员", "审判员"))]
    return "\n".join(lines) + "\n"


def j_labor(g: Gen) -> str:
    code, provn, pref, county = g.divs()
    a, rep, agent = g.person(max_age=55, region=loc(g, code)), lp(g, code), lp(g, code)
    co = g.company()
    arbs = [lp(g, code) for _ in range(3 if g.chance(0.4) else 1)]
    lines = [f"{pref or provn}{county}劳动人事争议仲裁委员会", "仲 裁 裁 决 书", f"{county[:2]}劳人仲案字〔{g.ri(2023, 2024)}〕第{g.ri(10, 999)}号", "",
             f"申请人：{P(a)}，{a.sex}，{a.birth.year}年{a.birth.month}月{a.birth.day}日出生，住{A(a.cur, g.pick(['full', 'county']))}，公民身份号码{a.idno}。",
             f"被申请人：{co}，住所地{g.company_addr()}。",
             f"法定代表人：{P(rep)}，总经理。",
             f"委托代理人：{P(agent)}，该公司人事专员。", "",
             f"　　申请人{N(g, a)}与被申请人{co}劳动争议一案，本委于{g.cdate(g.date(2024, 2024))}受理后，依法组成仲裁庭公开开庭审理。",
             f"　　申请人{N(g, a)}称：其于{g.ri(2016, 2022)}年入职被申请人处担任{g.pick(['仓管员', '销售', '司机', '厨师'])}，被申请人拖欠工资{g.ri(2, 6)}个月。",
             f"　　被申请人称：{P(a)}系自动离职，公司不存在拖欠工资情形。",
             "　　裁决如下：被申请人于本裁决生效之日起五日内支付申请人工资差额……", "",
             *([f"首席仲裁员：{P(arbs[0])}", f"仲　裁　员：{P(arbs[1])}", f"仲　裁　员：{P(arbs[2])}"] if len(arbs) == 3 else [f"仲裁员：{P(arbs[0])}"]),
             f"书　记　员：{P(lp(g, code))}"]
    return "\n".join(lines) + "\n"


def j_enforce(g: Gen) -> str:
    code, cname = court(g)
    a, b = lp(g, code), lp(g, code)
    prop = g.addr(kind="urban")
    lines = [cname, "执行裁定书", case_no(g, code, "执"), "",
             f"申请执行人：{P(a)}，{a.sex}，{a.birth.year}年{a.birth.month}月{a.birth.day}日出生，住{A(a.cur, 'full')}。",
             f"被执行人：{P(b)}，{b.sex}，{b.birth.year}年{b.birth.month}月{b.birth.day}日出生，住{A(b.home, 'full')}。", "",
             f"　　本院在执行申请执行人{N(g, a)}与被执行人{N(g, b)}民间借贷纠纷一案中，因被执行人{N(g, b)}未按执行通知书指定的期间履行生效法律文书确定的义务，",
             f"依照《中华人民共和国民事诉讼法》第二百五十三条之规定，裁定如下：",
             f"　　查封被执行人{N(g, b)}名下位于{A(prop, g.pick(['full', 'pref']))}的房产（不动产权证号：{PROV_ABBR[prop.code[:2]]}（{g.ri(2015, 2021)}）不动产权第{g.ri(10 ** 6, 10 ** 7)}号），查封期限为三年。",
             "　　本裁定立即执行。", "", judge_sig(g)]
    return "\n".join(lines) + "\n"


def j_loan(g: Gen) -> str:
    code, cname = court(g)
    a, b = lp(g, code), lp(g, code)
    amt = g.ri(2, 30) * 10000
    if g.chance(0.5):
        gu = lp(g, code)
        hdr3 = [party(g, "被告", gu)]
        req3 = f"，被告{N(g, gu)}承担连带保证责任"
        sig3 = f"  担保人：{P(gu)}"
        end3 = f"被告{N(g, gu)}未到庭。"
    else:
        hdr3, req3, sig3, end3 = [], "", "", ""
    lines = [cname, "民事判决书", case_no(g, code, "民初"), party(g, "原告", a), party(g, "被告", b)] + hdr3 + ["",
             f"　　原告{N(g, a)}向本院提出诉讼请求：判令被告{N(g, b)}归还借款{amt}元{req3}。",
             f"　　原告提交借条一份，载明：“今借到{P(a)}人民币{amt}元整，于{g.ri(2022, 2023)}年12月31日前归还。借款人：{P(b)}{sig3}  {g.ri(2021, 2022)}年{g.ri(1, 12)}月{g.ri(1, 28)}日”。",
             f"　　被告{N(g, b)}对借条真实性无异议，但称已通过微信向原告归还{g.ri(1, 9)}000元。{end3}",
             f"　　本院认为，{P(a)}与{P(b)}之间的借贷关系合法有效……", "", judge_sig(g)]
    return "\n".join(lines) + "\n"


def j_traffic(g: Gen) -> str:
    code, cname = court(g)
    a, b, head = lp(g, code), lp(g, code), lp(g, code)
    ins = g.pick(["中国人民财产保险股份有限公司", "中国平安财产保险股份有限公司", "中国太平洋财产保险股份有限公司"]) + g.pick(CITY_SHORT) + "市分公司"
    r1, r2 = g.pick(ROAD_PRE) + "路", g.pick(ROAD_PRE) + g.pick(["大道", "街", "路"])
    lines = [cname, "民事判决书", case_no(g, code, "民初"), party(g, "原告", a), party(g, "被告", b),
             f"被告：{ins}，营业场所{g.company_addr()}。", f"负责人：{P(head)}，该公司总经理。", "",
             f"　　{g.cdate(g.date(2023, 2023))}，被告{N(g, b)}驾驶{g.pick(['浙A', '苏B', '粤A', '川A'])}{g.ri(10000, 99999)}号小型轿车沿{r1}由东向西行驶至{r1}与{r2}交叉口时，"
             f"与原告{N(g, a)}驾驶的电动自行车相撞，致原告受伤。交警部门认定被告{N(g, b)}负事故主要责任。",
             f"　　原告{N(g, a)}伤后被送往{g.pick(CITY_SHORT)}市第{cn_num(g.ri(1, 7))}人民医院住院治疗{g.ri(5, 40)}天。", "", judge_sig(g)]
    return "\n".join(lines) + "\n"


def j_anon(g: Gen) -> str:
    """Published (anonymised) judgment: parties masked, only the bench is named."""
    code, cname = court(g)
    cc, provn, pref, county = g.divs()
    a, b = lp(g, code), lp(g, code)
    ma, mb = g.masked(a), g.masked(b)
    lines = [cname, "民事判决书", case_no(g, code, "民初"),
             f"原告：{ma}，{a.sex}，{a.birth.year}年出生，{a.ethnic}，住{provn}{pref or ''}{county}。",
             f"委托诉讼代理人：{g.masked(lp(g, code))}，{g.pick(['浙江', '江苏', '广东'])}某某律师事务所律师。",
             f"被告：{mb}，{b.sex}，{b.birth.year}年出生，住{provn}{pref or ''}{county}{g.pick(ROAD_PRE)}路**号。", "",
             f"　　原告{ma}与被告{mb}房屋租赁合同纠纷一案，本院依法适用简易程序公开开庭进行了审理。",
             "　　……（当事人信息已依法隐去）", "", judge_sig(g, ("审判员",))]
    return "\n".join(lines) + "\n"


def j_notice(g: Gen) -> str:
    code, cname = court(g)
    a, b = lp(g, code), lp(g, code)
    lines = [f"{cname}公告", "", f"{P(b)}：",
             f"　　本院受理原告{N(g, a)}诉你民间借贷纠纷一案，因你下落不明（原住{A(b.home, g.pick(['full', 'pref']))}），依照《中华人民共和国民事诉讼法》第九十五条的规定，"
             f"向你公告送达{case_no(g, code, '民初')}民事判决书。自发出公告之日起经过三十日，即视为送达。",
             f"　　联系人：{P(lp(g, code))}，电话：{g.landline()}。", "", f"{cname}", g.cdate(g.date(2024, 2024))]
    return "\n".join(lines) + "\n"


def j_mediation(g: Gen) -> str:
    code, provn, pref, county = g.divs()
    town = g.pick(STREET_PRE) + "街道"
    a, b, m, rec = lp(g, code), lp(g, code), lp(g, code), lp(g, code)
    lines = [f"{county}{town}人民调解委员会", "人民调解协议书", f"编号：{g.ri(2024, 2024)}-{g.ri(10, 99)}", "",
             f"当事人（甲方）：{P(a)}，{a.sex}，{a.age}岁，身份证号码{a.idno}，住址{A(a.cur, g.pick(['county', 'full']))}，联系电话{a.phone}",
             f"当事人（乙方）：{P(b)}，{b.sex}，{b.age}岁，身份证号码{b.idno}，住址{A(b.cur, g.pick(['county', 'full']))}，联系电话{b.phone}", "",
             f"纠纷简要情况：{P(b)}家卫生间漏水，导致楼下{P(a)}家天花板受损，双方就赔偿事宜发生纠纷。",
             f"经调解，自愿达成如下协议：乙方{N(g, b)}一次性赔偿甲方{N(g, a)}维修费{g.ri(8, 50)}00元。", "",
             f"甲方（签名）：{P(a) if g.chance(0.5) else ''}　乙方（签名）：{P(b) if g.chance(0.5) else ''}", f"人民调解员（签名）：{P(m)}　记录人：{P(rec)}", g.cdate(g.date(2024, 2024))]
    return "\n".join(lines) + "\n"


JUDGMENTS = [j_civil, j_divorce, j_criminal, j_labor, j_enforce, j_loan, j_traffic, j_anon, j_notice, j_mediation]


# ------------------------------------------------------------------ news_posts
def n_local(g: Gen) -> str:
    rep, cor, res, nb, off = g.person(), g.person(), g.person(), g.person(gender="F", min_age=50), g.person()
    lady = g.hperson(gender="F")
    a = lady.cur
    cc, provn, pref, county = a.code, a.prov, a.pref, a.county
    head, issue = g.pick([("老小区加装电梯“卡壳”，邻里协商终破局", "小区加装电梯的事已经拖了两年"),
                          ("暴雨过后地下室进水，居民盼早日解决", "楼下地下室一到下雨就进水"),
                          ("楼道堆物引发火灾隐患 社区连夜清理", "楼道里堆满杂物，存在火灾隐患")])
    lines = [head, "",
             f"　　本报讯（记者 {P(rep)} 通讯员 {P(cor)}）{g.cdate(g.date(2024, 2024))}，家住{A(a, g.pick(['county', 'county', 'pref']))}的{lady.surname}女士向本报反映，"
             f"{issue}。",
             f"　　“我们一楼住户也有难处。”市民{P(res)}说。据邻居{P(nb)}介绍，{g.pick(['这栋楼老人多', '类似情况已经持续好几年', '物业来过几次'])}。",
             f"　　{county}{g.pick(STREET_PRE)}街道办事处工作人员{P(off)}表示，街道将尽快组织协调。记者王某联系了物业公司，对方未予回应。",
             f"　　（{pref or provn}日报）"]
    return "\n".join(lines) + "\n"


def n_weibo(g: Gen) -> str:
    posts = []
    kinds = [g.pick(["thank", "complain", "lost", "plain"]) for _ in range(g.ri(3, 4))]
    if g.chance(0.8):
        kinds[g.ri(0, len(kinds) - 1)] = "handle_name"
    for kind in kinds:
        h = g.pick(HANDLES)
        city = g.pick(CITY_SHORT)
        if kind == "thank":
            p = g.person()
            body = f"今天在{g.pick(ROAD_PRE)}路摔了一跤，多亏外卖小哥{P(p)}把我扶起来还送到医院{g.pick(EMOJI)}{g.pick(EMOJI)} 谢谢你！#{city}好人# "
        elif kind == "complain":
            body = f"@{g.pick(HANDLES)} 你家快递又放错了！！我住{g.pick(EST_PRE)}{g.pick(EST_SUF)}，说了多少次别放门口😡 #{city}# "
        elif kind == "lost":
            p = g.person()
            a = g.addr(kind="urban", prov=g.pick(["33", "32", "44", "51"]))
            body = f"【失物招领】在地铁上捡到一个钱包，里面身份证名字是{P(p)}，地址{A(a, 'full')}，请本人私信我{g.pick(EMOJI)} 转发扩散！"
        elif kind == "handle_name":
            p = g.person()
            h = f"{p.name}的日常"  # a handle that contains a name: handles are not labelled
            g.allow(p.name)
            body = (f"周末带娃去{city}动物园，人好多{g.pick(EMOJI)} 转发 @{g.pick(HANDLES)}：下次一起！\n"
                    f"  └ {g.pick(HANDLES)}：回复@{h}：{P(p)}，你家宝宝好可爱！")
        else:
            body = f"{city}今天{g.pick(['好热', '下大雨了', '终于出太阳'])}{g.pick(EMOJI)} {g.pick(NICKNAMES)}说晚上去吃烧烤，有人一起吗"
        meta = f"{g.ri(1, 23)}小时前 来自 {g.pick(['iPhone 15', 'HUAWEI Mate 60', '小米14', '微博 weibo.com'])}"
        posts.append(f"@{h}\n{body}\n{meta}  转发 {g.ri(0, 999)}  评论 {g.ri(0, 500)}  赞 {g.ri(0, 9999)}")
    return "\n\n".join(posts) + "\n"


def n_rescue(g: Gen) -> str:
    old = g.person(min_age=78, max_age=95)
    a = g.vil_addr()
    sec, doc, rep = g.person(), g.person(), g.person()
    lines = [g.pick(["暖心！村干部连夜护送独居老人就医", "大雪封路，他们走了三小时山路送药", f"{cn_num(old.age // 10)}旬老人突发疾病，村干部深夜救助"]), "",
             f"　　{old.age}岁的独居老人{P(old)}住在{A(a, g.pick(['full', 'pref', 'town']))}。{g.cdate(g.date(2024, 2024))}晚，村支书{P(sec)}入户走访时发现老人{g.pick(['高烧不退', '摔倒在地', '神志不清'])}，"
             f"立即联系镇卫生院医生{P(doc)}。",
             f"　　“{P(old)}老人的子女都在外地打工，平时我们经常来看看。”{P(sec)}说。",
             f"　　目前，老人已转入{a.county}人民医院治疗，病情稳定。（记者 {P(rep)}）"]
    return "\n".join(lines) + "\n"


def n_official(g: Gen) -> str:
    cc, provn, pref, county = g.divs()
    vm, sec, head, ent = g.person(min_age=45), g.person(min_age=45), g.person(min_age=40), g.person(min_age=35)
    lines = [f"{pref or provn}领导到{county}调研{g.pick(['乡村振兴', '安全生产', '民生实事', '防汛'])}工作", "",
             f"　　{g.cdate(g.date(2024, 2024))}，副市长{P(vm)}一行到{county}调研。{county}委书记{P(sec)}、{county[-1]}长{P(head)}陪同。",
             f"　　在{g.company()}，{P(vm)}详细了解企业生产经营情况，董事长{P(ent)}介绍了公司近年来的发展。",
             f"　　{P(vm)}强调，要坚持以人民为中心，把民生实事办好办实。",
             "　　市政府有关部门负责同志参加调研。"]
    return "\n".join(lines) + "\n"


def n_award(g: Gen) -> str:
    t = g.hperson(min_age=30)
    pr, st, par = g.person(min_age=45), g.child(g.person(min_age=35)), g.person(min_age=35)
    lines = [f"“最美教师”{t.name[:0]}{g.pick(['扎根山村二十年', '用爱点亮留守儿童的梦想', '三尺讲台上的坚守'])}", "",
             f"　　在{g.pick(CITY_SHORT)}市{g.pick(TOWN_PRE)}镇中心小学，提起{P(t)}老师，几乎无人不知。{g.ri(1996, 2008)}年师范毕业后，{P(t)}主动申请到山区任教。",
             f"　　“{t.surname}老师就像我们的妈妈一样。”六年级学生{P(st)}说。家长{P(par)}告诉记者，孩子在{t.surname}老师的班上变得开朗了。",
             f"　　校长{P(pr)}介绍，{t.surname}老师曾获评省级优秀教师。孔子说“学而不厌，诲人不倦”，这正是{P(t)}的写照。"]
    return "\n".join(lines) + "\n"


def n_groupchat(g: Gen) -> str:
    est = g.estate()
    lines = [f"【{est}业主{g.ri(1, 3)}群】({g.ri(200, 499)})", ""]
    for _ in range(g.ri(4, 7)):
        t = f"{g.ri(7, 22):02d}:{g.ri(0, 59):02d}"
        r = g.chance(0.5)
        p = g.person()
        if r:
            disp = g.pick([f"{g.ri(1, 20)}-{g.ri(1, 30)}0{g.ri(1, 4)} {P(p)}", P(p), f"{P(p)}（{g.ri(1, 20)}栋）"])
        else:
            disp = g.pick(NICKNAMES) + g.pick(["", "🌸", "(业主)"])
        msg = g.pick(["今天几点停水？", "通知说9点到5点", "电梯又坏了！！", f"谁家的快递放我家门口了，{g.pick(['顺丰', '京东'])}的", "楼下车位被占了@物业",
                      "收到，谢谢", f"{g.pick(EMOJI)}{g.pick(EMOJI)}", "物业费什么时候交？", f"@{g.pick(NICKNAMES)} 你家狗又在叫了"])
        lines.append(f"{disp} {t}\n{msg}")
    mgr = g.person()
    lines.append(f"物业-{P(mgr)} {g.ri(8, 18):02d}:{g.ri(0, 59):02d}\n各位业主，{g.pick(['明天上午停水检修', '本周六进行消防演练', '电梯已报修'])}，请相互转告。")
    return "\n".join(lines) + "\n"


def n_missing(g: Gen) -> str:
    par = g.person(min_age=30, max_age=50)
    c = g.child(par, 4, 14)
    a = par.cur
    r1, r2 = g.pick(ROAD_PRE), g.pick(ROAD_PRE)
    lines = ["寻人启事" if g.chance(0.7) else "【紧急扩散】寻人", "",
             f"{P(c)}，{c.sex}，{c.age}岁，身高约{min(175, 80 + c.age * 6 + g.ri(-5, 5))}厘米，{g.cdate(g.date(2024, 2024))}下午在{r1}路与{r2}街交叉口附近走失。",
             f"走失时身穿{g.pick(['蓝色校服', '红色外套', '黄色卫衣'])}，背{g.pick(['黑色', '粉色'])}书包。家住{A(a, g.pick(['county', 'pref', 'full']))}。",
             f"如有知情者请联系：{P(par)}（{'父亲' if par.gender == 'M' else '母亲'}）{g.fmt_phone(par.phone)}，或{g.pick(['拨打110', '联系辖区派出所'])}。",
             f"{g.pick(EMOJI)}请大家帮忙转发！"]
    return "\n".join(lines) + "\n"


def n_court_news(g: Gen) -> str:
    cc, provn, pref, county = g.divs()
    j, rep = g.person(), g.person()
    md = g.masked(g.person())
    lines = [f"男子网购“低价手机”被骗{g.ri(2, 9)}万元 法院：诈骗者获刑", "",
             f"　　近日，{county}人民法院审结一起电信网络诈骗案件。被告人{md}通过社交平台发布虚假信息，骗取被害人财物共计{g.ri(2, 30)}万余元。",
             f"　　主审法官{P(j)}介绍，{md}到案后如实供述犯罪事实。法院以诈骗罪判处{md}有期徒刑{cn_num(g.ri(2, 6))}年。",
             f"　　{P(j)}提醒，网购要通过正规平台。（记者 {P(rep)} 通讯员 {g.masked(g.person())}）"]
    return "\n".join(lines) + "\n"


def n_xhs(g: Gen) -> str:
    city = g.pick(CITY_SHORT)
    doc = g.person()
    lines = [f"{g.pick(['租房避雷', '搬家记录', '装修日记'])}｜坐标{city}，{g.pick(['被黑心房东坑了', '终于找到满意的房子', '踩坑实录'])}{g.pick(EMOJI)}", "",
             f"房东{g.masked(g.person())}一直不退押金，{g.pick(['中介', '管家'])}{g.pick(NICKNAMES)}也联系不上……",
             f"后来去社区调解，工作人员{P(g.person())}人特别好，帮我们约了房东。",
             f"顺便推荐一下{g.pick(CITY_SHORT)}{g.pick(['中医院', '口腔医院', '妇幼保健院'])}的{P(doc)}医生，看{g.pick(['牙', '腰', '皮肤'])}超级耐心！",
             f"#{city}租房# #租房避坑# #{g.pick(['打工人', '北漂', '沪漂'])}#"]
    return "\n".join(lines) + "\n"


def n_obituary(g: Gen) -> str:
    d = g.person(min_age=70, max_age=95)
    sp = g.person(gender="F" if d.gender == "M" else "M", min_age=65)
    c1, c2 = g.child(d, 35, 60), g.child(d, 35, 60)
    cc, provn, pref, county = g.divs(d.region)
    a = d.cur
    death = g.date(2024, 2024)
    lines = ["讣　告", "",
             f"　　{P(d)}同志因病医治无效，于{g.cdate(death)}逝世，享年{d.age}岁。",
             f"　　{P(d)}同志{d.birth.year}年出生于{provn}{pref or ''}{county}，{g.pick(['1968年参加工作', '曾任某厂车间主任', '一生勤勉'])}。",
             f"　　兹定于{g.cdate(death + dt.timedelta(days=3))}上午在{county}殡仪馆举行告别仪式。灵堂设于{A(a, g.pick(['county', 'pref']))}家中。",
             f"　　家属：{P(sp)}（{'妻' if d.gender == 'M' else '夫'}）、{P(c1)}、{P(c2)}", f"　　联系人：{P(c1)} {c1.phone}", "", "　　特此讣告"]
    return "\n".join(lines) + "\n"


def n_fundraise(g: Gen) -> str:
    par = g.person(min_age=28, max_age=50)
    c = g.child(par, 3, 15)
    a = par.home if g.chance(0.5) else par.cur
    doc, vol = g.person(), g.person()
    lines = [f"【求助】{g.pick(['救救我的孩子', '恳请好心人帮帮我们', '一场大病压垮了这个家'])}", "",
             f"我叫{P(par)}，家住{A(a, g.pick(['full', 'pref', 'county']))}。我的{'儿子' if c.gender == 'M' else '女儿'}{P(c)}今年{c.age}岁，"
             f"{g.cdate(g.date(2024, 2024))}被确诊为{g.pick(['急性白血病', '先天性心脏病', '重度烧伤'])}。",
             f"主治医生{P(doc)}说后续治疗费用预计要{g.ri(20, 60)}万元，家里已经借遍了亲戚朋友……",
             f"{'村委会' if a.kind == 'rural' else '社区居委会'}已出具证明。证明人：{P(vol)}（{'村委会主任' if a.kind == 'rural' else '社区书记'}）",
             f"{g.pick(EMOJI)}感谢每一位转发的好心人！"]
    return "\n".join(lines) + "\n"


NEWS = [n_fundraise, n_local, n_weibo, n_rescue, n_official, n_award, n_groupchat, n_missing, n_court_news, n_xhs, n_obituary]


# ------------------------------------------------------------------ gov_lists
SCHOOLS = ["浙江大学", "南京师范大学", "华中科技大学", "湖南师范大学", "四川大学", "郑州大学", "山东大学", "西北大学", "福州大学", "安徽大学", "江西财经大学", "广西大学"]


def g_hire(g: Gen) -> str:
    cc, provn, pref, county = g.divs()
    rows = []
    first = None
    for i in range(g.ri(3, 5)):
        p = g.person(min_age=22, max_age=35)
        first = first or p
        rows.append([str(i + 1), PD(g, p), p.sex, f"{p.birth.year}.{p.birth.month:02d}", g.pick(["本科", "硕士研究生", "本科", "大专"]), g.pick(SCHOOLS),
                     g.pick(["综合管理", "财务会计", "社区工作者", "小学语文教师", "文字综合"]), f"{g.ri(10 ** 9, 10 ** 10)}"])
    lines = [f"{county}{g.ri(2024, 2024)}年公开招聘{g.pick(['事业单位工作人员', '社区专职工作者', '中小学教师'])}拟录用人员公示", "",
             f"　　根据招聘公告，经笔试、面试、体检和考察，现将{P(first) if g.chance(0.6) else '以下'}等{len(rows)}名拟录用人员名单予以公示。", "",
             md_table(["序号", "姓名", "性别", "出生年月", "学历", "毕业院校", "拟录用岗位", "准考证号"], rows) if g.chance(0.5)
             else pad_table(["序号", "姓名", "性别", "出生年月", "学历", "毕业院校", "拟录用岗位", "准考证号"], rows),
             "", f"　　公示期：5个工作日。监督电话：{g.landline()}  联系人：{P(g.person())}", f"{county}人力资源和社会保障局"]
    return "\n".join(lines) + "\n"


def g_dibao(g: Gen) -> str:
    code = g.county_code()
    town = g.pick(TOWN_PRE) + "镇"
    _, provn, pref, county = g.divs(code)
    rows = []
    for i in range(g.ri(3, 5)):
        p = g.person(min_age=35)
        a = g.vil_addr(code, town, style=g.pick(["a", "c", "c", "d"]))
        rows.append([str(i + 1), P(p), str(g.ri(1, 6)), g.pick(["A类", "B类", "C类", "特困"]), f"{g.ri(3, 12) * 50}", A(a, "detail")])
    lines = [f"{county}{town}{g.ri(2024, 2024)}年第{cn_num(g.ri(1, 4))}季度城乡最低生活保障对象公示", "",
             md_table(["序号", "户主姓名", "家庭人口", "保障类别", "月保障金(元)", "家庭住址"], rows), "",
             f"　　如有异议，请于公示期内向镇民政办反映。举报电话：{g.landline()}", f"{town}人民政府  {g.cdate(g.date(2024, 2024))}"]
    return "\n".join(lines) + "\n"


def g_awards(g: Gen) -> str:
    cc, provn, pref, county = g.divs()
    lines = [f"关于{g.ri(2023, 2024)}年度{pref or provn}“{g.pick(['最美家庭', '优秀志愿者', '五好文明家庭', '见义勇为先进个人'])}”评选结果的公示", ""]
    for lvl in ["一等奖", "二等奖", "三等奖"][: g.ri(2, 3)]:
        items = []
        for _ in range(g.ri(1, 3)):
            p = g.person()
            org = g.pick([g.company(), f"{county}{g.pick(TOWN_PRE)}社区", f"{g.pick(CITY_SHORT)}市第{cn_num(g.ri(1, 12))}中学", f"{county}人民医院"])
            items.append(f"{P(p)}（{org}）")
        lines.append(f"{lvl}：" + "、".join(items))
    lines += ["", f"评审组组长：{P(g.person())}"]
    return "\n".join(lines) + "\n"


def g_grid(g: Gen) -> str:
    code = g.county_code()
    _, provn, pref, county = g.divs(code)
    street = g.pick(STREET_PRE) + "街道"
    rows = []
    for i in range(g.ri(3, 4)):
        p = g.person()
        area = g.pick([f"{g.estate()}{g.ri(1, 5)}-{g.ri(6, 12)}幢", f"{g.pick(ROAD_PRE)}路{g.ri(1, 50)}-{g.ri(60, 200)}号（单号）",
                       f"{g.estate()}全域", f"{g.pick(ROAD_PRE)}路以北、{g.pick(ROAD_PRE)}街以东", f"{g.pick(VIL_PRE)}村{g.ri(1, 4)}-{g.ri(5, 9)}组"])
        rows.append([f"{street[:2]}{i + 1:02d}", P(p), g.fmt_phone(p.phone, "plain"), area])
    lines = [f"{county}{street}网格员信息公示", "",
             pad_table(["网格编号", "网格员", "联系电话", "负责区域"], rows, fill=g.pick([" ", "\u3000"])), "",
             f"网格长：{P(g.person())}    专职网格指导员：{P(g.person())}"]
    return "\n".join(lines) + "\n"


def g_village(g: Gen) -> str:
    code = g.county_code(g.pick(["43", "41", "36", "51", "52", "45", "34"]))
    _, provn, pref, county = g.divs(code)
    town = g.pick(TOWN_PRE) + "镇"
    vil = g.pick(VIL_PRE) + "村"
    lines = [f"{vil}村务公开（{g.ri(2024, 2024)}年第{cn_num(g.ri(1, 4))}季度）", "", "一、耕地地力保护补贴发放明细"]
    rows = []
    for _ in range(g.ri(2, 3)):
        p = g.person(min_age=35)
        rows.append([P(p), f"{g.ri(1, 12)}组", f"{g.ri(1, 99)}号", f"{g.ri(1, 12)}.{g.ri(0, 9)}", f"{g.ri(100, 1500)}.00"])
    lines.append(pad_table(["户主", "组别", "门牌号", "面积(亩)", "补贴金额(元)"], rows))
    lines += ["", "二、宅基地审批"]
    for _ in range(g.ri(1, 2)):
        p = g.person(min_age=25)
        a = g.vil_addr(code, town, vil, style="a")
        lines.append(f"　　经村民代表大会讨论，同意{P(p)}（{A(a, g.pick(['detail', 'town']))}）翻建住房申请，占地{g.ri(80, 150)}平方米。")
    lines += ["", f"村务监督委员会主任：{P(g.person())}　　村委会主任：{P(g.person())}", f"{town}{vil}村民委员会"]
    return "\n".join(lines) + "\n"


def g_elderly(g: Gen) -> str:
    code = g.county_code()
    _, provn, pref, county = g.divs(code)
    rows = []
    for i in range(g.ri(3, 4)):
        p = g.person(min_age=80, max_age=102)
        a = g.addr(code=code) if g.chance(0.7) else g.vil_addr(code)
        rows.append([str(i + 1), P(p), p.sex, f"{p.birth.year}年{p.birth.month}月", str(p.age), A(a, g.pick(["county", "town", "detail"])),
                     str(g.pick([100, 200, 300, 500]))])
    return (f"{county}{g.ri(2024, 2024)}年{g.ri(1, 12)}月高龄津贴发放名单\n"
            + "\n".join([",".join(["序号", "姓名", "性别", "出生年月", "年龄", "住址", "金额(元)"])] + [csv_line(r) for r in rows])
            + f"\n制表：{P(g.person())}　审核：{P(g.person())}\n")


def g_demolition(g: Gen) -> str:
    code = g.county_code(g.pick(["33", "32", "44", "37", "42", "51"]))
    _, provn, pref, county = g.divs(code)
    road = g.pick(ROAD_PRE) + g.pick(["路", "街"])
    rows = []
    for i in range(g.ri(3, 4)):
        p = g.person(min_age=40)
        no = g.ri(1, 200)
        # all houses on the same road being demolished
        a = Addr(g, "urban", provn, None if code[:2] in MUNICIPALITIES else DIV[code[:4] + "00"], county, None,
                 [road, f"{no}号"] + ([f"{g.ri(1, 6)}0{g.ri(1, 4)}室"] if g.chance(0.4) else []), code, road + f"{no}号")
        g.addr_starts.add(road)
        g.addr_cores.add(norm(a.core))
        owner = P(p) + ("、" + P(g.person()) if g.chance(0.2) else "")
        rows.append([str(i + 1), owner, A(a, g.pick(["county", "detail", "detail"])), f"{g.ri(40, 220)}.{g.ri(10, 99)}", f"{g.ri(50, 400)}.{g.ri(10, 99)}万元"])
    lines = [f"{county}{road}地块国有土地上房屋征收补偿方案公示（第{cn_num(g.ri(1, 3))}批）", "",
             md_table(["序号", "被征收人", "房屋坐落", "建筑面积(㎡)", "补偿金额"], rows), "",
             f"征收实施单位：{county}房屋征收服务中心　　经办人：{P(g.person())}"]
    return "\n".join(lines) + "\n"


def g_election(g: Gen) -> str:
    code = g.county_code(g.pick(["43", "41", "36", "51", "37", "35"]))
    _, provn, pref, county = g.divs(code)
    town = g.pick(TOWN_PRE) + "镇"
    vil = g.pick(VIL_PRE) + "村"
    lines = [f"{town}{vil}第{cn_num(g.ri(10, 13))}届村民委员会成员候选人公告", "", "　　经村民提名，现将正式候选人公告如下（按姓氏笔画排序）：", ""]
    for _ in range(g.ri(3, 4)):
        p = g.person(min_age=28, max_age=60)
        a = g.vil_addr(code, town, vil, style=g.pick(["a", "c"]))
        lines.append(f"{P(p)}，{p.sex}，{p.birth.year}年{p.birth.month}月生，{g.pick(['中共党员', '群众', '中共党员'])}，{g.pick(['高中', '大专', '初中'])}文化，{A(a, 'detail')}人。")
    lines += ["", f"{vil}村民选举委员会　主任：{P(g.person())}", g.cdate(g.date(2024, 2024))]
    return "\n".join(lines) + "\n"


def g_volunteer(g: Gen) -> str:
    cc, provn, pref, county = g.divs()
    lines = [f"{county}{g.ri(2023, 2024)}年度优秀志愿者名单", ""]
    for grp in g.sample(["社区服务组", "文明交通组", "助老助残组", "环境保护组", "应急救援组"], g.ri(1, 2)):
        names = []
        for _ in range(g.ri(3, 4)):
            p = g.person()
            if len(p.name) == 2 and g.chance(0.8):
                names.append(P(p, spaced="\u3000"))  # 2-character names padded to 3 columns
            else:
                names.append(PD(g, p))
        lines.append(f"{grp}（{len(names)}人）：")
        lines.append("　　" + "　　".join(names))
    lines += ["", f"{county}志愿者协会  {g.cdate(g.date(2024, 2024))}"]
    return "\n".join(lines) + "\n"


GOV = [g_hire, g_dibao, g_awards, g_grid, g_village, g_elderly, g_demolition, g_election, g_volunteer]


# ------------------------------------------------------------------ hr_school
DEPTS = ["研发部", "销售部", "财务部", "人力资源部", "行政部", "市场部", "客服中心", "仓储物流部", "生产一车间", "质检部"]
POSTS = ["工程师", "销售代表", "会计", "专员", "主管", "经理", "操作工", "客服", "司机", "实习生"]


def h_roster(g: Gen) -> str:
    hdr = ["工号", "姓名", "部门", "职位", "手机", "入职日期", "身份证号", "现住址"]
    lines = [",".join(hdr)]
    for _ in range(g.ri(3, 5)):
        p = g.person(min_age=20, max_age=58)
        addr = A(p.cur, g.pick(["full", "pref", "county"])) if g.chance(0.85) else ""
        lines.append(csv_line([f"E{g.ri(1000, 99999):05d}", P(p, dot=g.pick([None, None, "•", "．"])), g.pick(DEPTS), g.pick(POSTS), p.phone, g.date(max(2012, p.birth.year + 19), 2024).isoformat(), p.idno, addr]))
    g.crlf = g.chance(0.4)
    return "\n".join(lines) + "\n"


def h_emergency(g: Gen) -> str:
    p = g.person(min_age=22, max_age=50)
    c = g.person(min_age=22)
    rel = rel_of(g, c)
    sep = g.pick(["：", ":", "： ", "\t"])
    lines = [g.pick(["员工入职信息登记表", "员工基本信息表", "入职登记表（请如实填写）"]),
             f"姓名{sep}{P(p)}    性别{sep}{p.sex}    民族{sep}{p.ethnic}",
             f"出生日期{sep}{p.birth.isoformat()}    政治面貌{sep}{g.pick(['群众', '中共党员', '共青团员'])}",
             f"{g.pick(['身份证号', '身份证号', '身分证号'])}{sep}{p.idno}", f"手机号码{sep}{g.fmt_phone(p.phone)}",
             f"户籍地址{sep}{A(p.home, 'full')}", f"现居住地址{sep}{A(p.cur, g.pick(['full', 'pref', 'county']))}",
             f"{g.pick(['紧急联系人', '紧急联系人', '紧急联糸人'])}{sep}{P(c)}    关系{sep}{rel}    联系电话{sep}{c.phone}"]
    if g.chance(0.5):
        c2 = g.person()
        lines.append(f"紧急联系人2{sep}{P(c2)}（{rel_of(g, c2)}）  {c2.phone}  住址{sep}{A(c2.cur, 'full')}")
    lines += [f"入职部门{sep}{g.pick(DEPTS)}    直属上级{sep}{P(g.person())}", f"本人签名{sep}{P(p)}    日期{sep}{g.date(2024, 2024).isoformat()}"]
    return "\n".join(lines) + "\n"


def h_class_roster(g: Gen) -> str:
    school = f"{g.pick(CITY_SHORT)}市{g.pick(ROAD_PRE)}小学"
    code = g.county_code()
    rows = []
    for i in range(g.ri(2, 4)):
        par = g.hperson(min_age=30, max_age=48)
        st = g.child(par, 7, 12)
        est = g.chance(0.2)
        a = g.est_addr(code=code) if est else g.addr(code=code)
        lvl = "detail" if est else g.pick(["county", "pref", "detail"])
        rel = g.pick(["父亲", "爸爸"]) if par.gender == "M" else g.pick(["母亲", "妈妈"])
        rows.append([f"{g.ri(2018, 2021)}{i + 1:02d}", P(st), st.sex, P(par), rel, par.phone, A(a, lvl)])
    head = f"{school}{g.pick(['三', '四', '五', '六'])}年级（{g.ri(1, 8)}）班学生花名册"
    t = md_table(["学号", "学生姓名", "性别", "家长姓名", "关系", "联系电话", "家庭住址"], rows) if g.chance(0.5) else \
        "\n".join(["\t".join(["学号", "学生姓名", "性别", "家长姓名", "关系", "联系电话", "家庭住址"])] + ["\t".join(r) for r in rows])
    return head + "\n" + t + f"\n班主任：{P(g.person(gender='F'))}\n"


def h_enrol(g: Gen) -> str:
    f, m = g.hperson(gender="M", min_age=30, max_age=45), g.person(gender="F", min_age=28, max_age=45)
    c = g.child(f, 5, 7)
    a = f.cur
    lines = [f"{g.pick(CITY_SHORT)}市{g.pick(ROAD_PRE)}小学{g.ri(2024, 2024)}级新生入学登记表", "",
             f"学生姓名：{P(c)}　性别：{c.sex}　出生日期：{c.birth.isoformat()}　民族：{c.ethnic}",
             f"身份证号：{c.idno}", f"户籍地址：{A(c.home if c._home else f.home, 'full')}", f"现居住地址：{A(a, g.pick(['full', 'county']))}", "",
             "家庭成员：",
             f"父亲：{P(f)}　工作单位：{g.company()}　电话：{f.phone}",
             f"母亲：{P(m)}　工作单位：{g.pick([g.company(), '个体', '无'])}　电话：{m.phone}", "",
             f"接送人：{g.pick([P(m), P(g.person(min_age=55)) + '（' + g.pick(['爷爷', '奶奶', '外婆', '外公']) + '）'])}",
             f"填表人签字：{P(f) if g.chance(0.5) else ''}"]
    return "\n".join(lines) + "\n"


def h_alumni(g: Gen) -> str:
    rows = []
    for _ in range(g.ri(3, 4)):
        p = g.person(min_age=25, max_age=60)
        rows.append([PD(g, p), f"{g.ri(1985, 2018)}届", g.pick(["计算机", "会计", "机械", "中文", "临床医学", "法学"]), g.company() if g.chance(0.7) else g.pick(SCHOOLS),
                     g.pick(CITY_SHORT), g.pick([p.phone, f"{p.phone[:3]}****{p.phone[7:]}", "微信同号"])])
    return f"{g.pick(SCHOOLS)}{g.pick(['校友通讯录', '校友会名录'])}（{g.pick(CITY_SHORT)}分会）\n" + pad_table(["姓名", "届别", "专业", "工作单位", "现居城市", "联系方式"], rows) + \
        f"\n\n校友会秘书长：{P(g.person())}\n"


def h_payroll(g: Gen) -> str:
    rows = []
    for _ in range(g.ri(3, 4)):
        p = g.person(min_age=20, max_age=58)
        base = g.ri(30, 150) * 100
        rows.append([P(p), g.pick(DEPTS), str(base), str(g.ri(0, 30) * 100), str(int(base * 0.105)), str(g.ri(0, 20) * 10), f"{6222 + g.ri(0, 9)}{g.ri(10 ** 14, 10 ** 15 - 1)}"])
    return f"{g.ri(2024, 2024)}年{g.ri(1, 12)}月工资发放表（{g.company()}）\n" + "\n".join(
        ["\t".join(["姓名", "部门", "基本工资", "绩效", "社保个人", "个税", "工资卡号"])] + ["\t".join(r) for r in rows]) + \
        f"\n制表人：{P(g.person())}　财务审核：{g.pick(['', '财务部'])}\n"


def h_interview(g: Gen) -> str:
    lines = [f"{g.pick(['校园招聘', '社会招聘'])}面试安排（{g.date(2024, 2024).isoformat()}）", ""]
    ivs = [g.person() for _ in range(g.ri(1, 2))]
    for _ in range(g.ri(3, 4)):
        p = g.person(min_age=21, max_age=35)
        lines.append(f"{g.ri(9, 17):02d}:{g.pick(['00', '30'])}  {P(p)}  应聘{g.pick(POSTS)}  {g.pick(SCHOOLS)}  面试官：{P(g.pick(ivs))}")
    lines += ["", f"面试地点：公司{g.ri(3, 20)}楼会议室　联系人：HR {P(g.person(gender='F'))}（{g.pick(NICKNAMES)}）"]
    return "\n".join(lines) + "\n"


def h_parent_notice(g: Gen) -> str:
    t = g.person(gender=g.pick("FFM"))
    lines = [f"各位家长好，我是{g.pick(['三', '四', '五'])}年级{g.pick(['一', '二', '三'])}班班主任{P(t)}{'老师' if g.chance(0.6) else ''}。"
             f"{g.pick(['本周五下午召开家长会', '下周一开始秋季运动会报名', '明天需要交春游费用'])}，请以下家长回复收到：", ""]
    for _ in range(g.ri(3, 4)):
        par = g.hperson(min_age=30, max_age=48)
        st = g.child(par, 8, 11)
        role = "爸爸" if par.gender == "M" else "妈妈"
        lines.append(g.pick([f"{P(st)}{role} {P(par)}", f"{P(st)}家长", f"{P(par)}（{P(st)}{role}）"]))
    lines += ["", f"另外{g.pick(['上周', '昨天'])}{g.title(g.person())}捡到一件校服，请认领。谢谢配合！{g.pick(EMOJI)}"]
    return "\n".join(lines) + "\n"


def h_handover(g: Gen) -> str:
    a, b, c = g.person(), g.person(), g.person()
    return "\n".join([
        "员工离职工作交接单", f"交接人：{P(a)}　部门：{g.pick(DEPTS)}　离职日期：{g.date(2024, 2024).isoformat()}",
        f"接收人：{P(b)}　监交人：{P(c)}", "",
        f"一、客户资料：交接人负责的{g.ri(10, 80)}家客户资料已移交{P(b)}，其中重点客户{P(g.person())}（{g.company()}）需重点跟进。",
        "二、办公用品：笔记本电脑一台、门禁卡一张。", f"三、未完成事项：{g.pick(['合同续签', '应收账款催收', '项目结项报告'])}。", "",
        "交接人签字：　　　　接收人签字：　　　　部门负责人："]) + "\n"


def h_dorm(g: Gen) -> str:
    lines = [f"{g.pick(SCHOOLS)}{g.ri(2024, 2024)}级新生宿舍分配表（{g.pick(['东区', '西区', '南区'])}）"]
    for _ in range(g.ri(1, 2)):
        room = f"{g.ri(1, 12)}号楼{g.ri(1, 6)}{g.ri(1, 30):02d}"  # campus dorm room: not an ADDRESS (decision)
        gender = g.pick("MF")
        ppl = [P(g.person(gender=gender, min_age=18, max_age=19)) for _ in range(g.ri(2, 4))]
        lines.append(f"{room}：{'、'.join(ppl)}")
    lines.append(f"辅导员：{P(g.person())}　宿管：{g.title(g.person())}")
    return "\n".join(lines) + "\n"


HR = [h_roster, h_emergency, h_class_roster, h_enrol, h_alumni, h_payroll, h_interview, h_parent_notice, h_handover, h_dorm]


# ------------------------------------------------------------------ mixed_messy
TW_LETTERS = {c: v for c, v in zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", list(range(10, 34)) + [34, 35])}


def tw_id(g: Gen, gender: str) -> str:
    letter = g.pick("ABCDEFGHJKLMNPQRSTUVXYWZ")
    digits = [1 if gender == "M" else 2] + [g.ri(0, 9) for _ in range(7)]
    v = TW_LETTERS[letter]
    s = v // 10 + (v % 10) * 9 + sum(d * w for d, w in zip(digits, [8, 7, 6, 5, 4, 3, 2, 1]))
    chk = (10 - s % 10) % 10
    return letter + "".join(map(str, digits)) + str(chk)


def m_ocr_form(g: Gen) -> str:
    p = g.person()
    c = g.person()
    sp = g.pick([" ", " ", "  ", "\u3000"])
    lines = [g.pick(["个 人 信 息 登 记 表", "个人信息登记表", "住 户 信 息 采 集 表"]),
             f"姓{sp}名：{P(p, spaced=sp) if g.chance(0.7) and '·' not in p.name else P(p, dot=g.pick([None, '•', '・']))}        性{sp}别：{p.sex}",
             f"出生日期：{p.birth.year} 年 {p.birth.month} 月 {p.birth.day} 日",
             f"身份证号：{' '.join([p.idno[:6], p.idno[6:14], p.idno[14:]]) if g.chance(0.5) else p.idno}",
             f"{g.pick(['住', '住', '往'])}{sp}址：{A(p.home, 'full', ocr=g.chance(0.5), wrap=g.chance(0.6))}",
             f"{g.pick(['联系电话', '联系电活', '联糸电话'])}：{g.fmt_phone(p.phone, g.pick(['space', 'plain', 'fw']))}",
             f"联 系 人：{P(c, spaced=sp) if g.chance(0.4) else P(c)}（{rel_of(g, c)}）",
             f"填表日期：{g.date(2024, 2024).isoformat()}   经办人：{g.pick(NICKNAMES) if g.chance(0.3) else P(g.person())}"]
    return "\n".join(lines) + "\n"


def m_two_column(g: Gen) -> str:
    p, c = g.person(), g.person()
    labels = ["姓名", "性别", "联系电话", "家庭住址", "紧急联系人", "联系人电话"]
    vals = [P(p), p.sex, g.fmt_phone(p.phone), A(p.cur, g.pick(["full", "pref"]), fw=g.chance(0.25)), P(c), c.phone]
    if g.chance(0.5):  # labels block then values block (typical PDF/OCR extraction)
        return g.pick(["客户资料卡", "会员登记"]) + "\n" + "\n".join(labels) + "\n\n" + "\n".join(vals) + "\n"
    left = [f"{l}" for l in labels]
    width = max(vlen(x) for x in left) + 4
    out = []
    for l, v in zip(left, vals):
        out.append(l + " " * (width - vlen(l)) + v)
    return g.pick(["客户资料卡", "会员登记", "报名表"]) + "\n" + "\n".join(out) + "\n"


def m_trad_form(g: Gen) -> str:
    p, c = g.person(), g.person()
    a1, a2 = g.tw_addr(), g.tw_addr()
    roc = p.birth.year - 1911
    lines = [g.pick(["入會申請書", "住宿登記表", "會員資料表"]), f"申請人姓名：{P(p, trad=True)}",
             f"出生日期：民國{roc}年{p.birth.month}月{p.birth.day}日　性別：{p.sex}", f"身分證字號：{tw_id(g, p.gender)}",
             f"戶籍地址：{A(a1, 'full')}", f"通訊地址：{g.pick(['同戶籍地址', A(a2, 'full')])}",
             f"行動電話：{g.tw_mobile()}", f"緊急聯絡人：{P(c, trad=True)}　關係：{g.pick(['配偶', '友人'] + (['父', '兄'] if c.gender == 'M' else ['母', '姊']))}　電話：{g.tw_mobile()}",
             f"介紹人：{P(g.person(), trad=True)}", f"經辦人：{g.pick(['陳小姐', '林先生', '櫃台'])}"]
    if g.chance(0.3):
        g.crlf = True
    return "\n".join(lines) + "\n"


def m_vcard(g: Gen) -> str:
    cards = []
    for _ in range(g.ri(2, 3)):
        p = g.person()
        a = p.cur
        if "·" in p.name:
            nfield = p.name.split("·")[1] + ";" + p.name.split("·")[0]
        else:
            nfield = p.surname + ";" + p.name[len(p.surname):]
        if g.chance(0.7):
            street = A(a, "town" if a.street else "detail")
            adr = f";;{street};{a.pref or a.prov};{a.prov};{g.ri(100000, 859999)};中国"
        else:
            adr = f";;{A(a, 'full')};;;;"
        lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{nfield};;;", f"FN:{P(p)}"]
        if g.chance(0.6):
            lines.append(f"ORG:{g.company()}")
        lines += [f"TEL;TYPE=CELL:{g.fmt_phone(p.phone, g.pick(['plain', 'plus86']))}", f"ADR;TYPE=HOME:{adr}"]
        if g.chance(0.3):
            lines.append(f"NOTE:{g.pick(['老乡', '房东', '装修师傅', '孩子同学家长'])}")
        lines.append("END:VCARD")
        cards.append("\n".join(lines))
    g.crlf = g.chance(0.7)
    return "\n".join(cards) + "\n"


def m_kv_log(g: Gen) -> str:
    from urllib.parse import quote
    lines = []
    for _ in range(g.ri(3, 4)):
        ts = g.dtime().replace(" ", "T") + f".{g.ri(0, 999):03d}+08:00"
        p = g.person()
        a = p.cur
        kind = g.pick(["kv", "kv", "enc", "raw"])
        if kind == "kv":
            lines.append(f"{ts} INFO  [order-svc] c.m.o.OrderController - createOrder userId={g.ri(10000, 999999)} "
                         f"receiverName={P(p)}&receiverPhone={p.phone}&receiverAddress={A(a, 'full')}&payType={g.pick(['ALIPAY', 'WECHAT'])}")
        elif kind == "enc":  # percent-encoded values are not readable names/addresses: not labelled
            lines.append(f"{ts} DEBUG [gateway] GET /api/address/save?name={quote(p.name)}&mobile={p.phone}&city={quote(a.pref or a.prov)} 200 {g.ri(5, 90)}ms")
        else:
            lines.append(f"{ts} WARN  [addr-parser] parse failed: raw=\"收件人:{P(p)} 电话:{p.phone} 地址:{A(a, g.pick(['full', 'pref']))}\" reason=NO_POSTCODE")
    return "\n".join(lines) + "\n"


def m_json(g: Gen) -> str:
    recs = []
    for i in range(g.ri(2, 3)):
        p = g.person()
        c = g.person()
        a = p.cur
        r = {"id": g.ri(1000, 99999), "name": P(p), "gender": 1 if p.gender == "M" else 2, "idCard": p.idno, "mobile": p.phone,
             "addr": {"province": a.prov, "city": a.pref or a.prov, "district": a.county, "detail": A(a, "town" if a.street else "detail")},
             "contacts": [{"name": P(c), "relation": rel_of(g, c), "phone": c.phone}], "tags": g.sample(["vip", "老客户", "黑名单", "新用户"], 1)}
        if g.chance(0.3):
            r["remark"] = f"{g.title(g.person())}介绍"
        recs.append(r)
    if g.chance(0.5):
        return "\n".join(json_marked(r) for r in recs) + "\n"
    return json_marked(recs, indent=2) + "\n"


def m_email(g: Gen) -> str:
    a, b = g.person(), g.hperson()
    ra = g.addr(kind="urban")
    office = Addr(g, "urban", ra.prov, ra.pref, ra.county, None, [g.pick(ROAD_PRE) + "路", f"{g.ri(1, 500)}号", g.pick(BLDG_NAMES), f"{g.ri(3, 30)}楼"], ra.code, None)
    g.addr_starts.add(office.detail[0])
    g.addr_cores.add(norm(office.detail[0] + office.detail[1]))
    co = g.company()
    lines = [f"发件人: {P(a)} <{g.pick(['sales', 'hr', 'service', 'info'])}{g.ri(1, 99)}@example.com>", f"收件人: {P(b)}", f"日期: {g.dtime()}",
             f"主题: 回复：{g.pick(['合同寄送地址确认', '样品寄送', '发票邮寄'])}", "",
             f"{b.surname}总您好，", "",
             f"合同原件已盖章，请提供收件信息。", "",
             f"> {P(b)} 写道：", f"> 请寄到：{A(b.cur, g.pick(['full', 'pref']))}，{P(b)}收，电话{b.phone}。", "> 谢谢！", "",
             "好的，今天顺丰寄出。", "", "--", "顺颂商祺", P(a), f"{co} | {g.pick(['销售经理', '客户经理', '行政主管'])}",
             f"地址：{A(office, g.pick(['full', 'pref']))}", f"电话：{g.landline()}  手机：{a.phone}"]
    return "\n".join(lines) + "\n"


def m_sms(g: Gen) -> str:
    lines = []
    for _ in range(g.ri(3, 5)):
        t = g.dtime()
        k = g.pick(["express", "family", "family", "code"])
        if k == "express":
            lines.append(f"[{t}] 95338: 【{g.pick(['顺丰速运', '菜鸟驿站', '中通快递'])}】您的快件已到达{g.pick(['兔喜生活', '菜鸟驿站', '快递超市'])}，取件码{g.ri(1, 30)}-{g.ri(1, 6)}-{g.ri(1000, 9999)}，请及时领取。")
        elif k == "family":
            p = g.person()
            a = p.cur
            lines.append(f"[{t}] {p.phone}: " + g.pick([
                f"我是{P(p)}，换号了。以后寄东西寄到{A(a, g.pick(['full', 'pref']))}，收件人写我名字就行。",
                f"妈，地址是{A(a, 'full')}，收件人{P(p)}，别写错了{g.pick(EMOJI)}",
                f"{g.pick(['表哥', '二姨', '小姑'])}，我搬家了，新地址{A(a, g.pick(['county', 'full']))}，有空来玩",
            ]))
        else:
            lines.append(f"[{t}] 1069{g.ri(10000, 99999)}: 【{g.pick(['某银行', '某支付'])}】验证码{g.ri(100000, 999999)}，5分钟内有效，请勿泄露。")
    return "\n".join(lines) + "\n"


def m_html(g: Gen) -> str:
    rows = []
    for _ in range(g.ri(3, 4)):
        p = g.person()
        rows.append(f"  <tr><td>{PD(g, p)}</td><td>{p.phone}</td><td>{A(p.cur, g.pick(['full', 'pref', 'county']))}</td><td>{g.pick(['', '已回访', '待联系'])}</td></tr>")
    return ("<table class=\"list\" border=\"1\">\n  <tr><th>姓名</th><th>电话</th><th>地址</th><th>备注</th></tr>\n" + "\n".join(rows) + "\n</table>\n"
            + f"<p>导出人：{P(g.person())}<br/>导出时间：{g.dtime()}</p>\n")


def m_idcard_ocr(g: Gen) -> str:
    p = g.person()
    a = p.home
    addr = a.render("full")
    k = g.ri(8, max(9, len(addr) - 4))
    ind = g.pick(["", "     ", "\u3000\u3000"])
    wrapped = addr[:k] + "\n" + ind + addr[k:]
    g.register_addr(wrapped)
    lines = [f"姓名 {P(p)}", f"性别 {p.sex}  民族 {p.ethnic.replace('族', '') if p.ethnic != '汉族' else '汉'}",
             f"出生 {p.birth.year} 年 {p.birth.month} 月 {p.birth.day} 日", f"住址 {AO}{wrapped}{AC}", f"公民身份号码 {p.idno}"]
    if g.chance(0.4):
        lines += ["", f"签发机关 {a.pref or a.prov}公安局{a.county[:-1] if len(a.county) > 2 else a.county}分局" if a.county.endswith("区") else f"签发机关 {a.county}公安局", f"有效期限 {g.ri(2015, 2022)}.{g.ri(1, 12):02d}.{g.ri(1, 28):02d}-长期"]
    return "\n".join(lines) + "\n"


def m_excel_paste(g: Gen) -> str:
    lines = ["\t".join(["序号", "姓名", "", "电话", "地址", "", "备注"])]
    for i in range(g.ri(3, 5)):
        p = g.person()
        a = p.cur
        addr = A(a, g.pick(["full", "pref"]), spaced=g.pick([0, 1, 2]), fw=g.chance(0.2))
        if g.chance(0.4):
            addr = addr.replace(" ", "\u3000")
        name = P(p, dot=g.pick([None, None, "•", "・"])) if g.chance(0.8) else "　" + P(p) + "　"
        lines.append("\t".join([str(i + 1), name, "", g.fmt_phone(p.phone), addr, "", g.pick(REMARKS)]))
    lines.append("\t".join(["", "合计", "", "", f"{len(lines) - 1}人", "", ""]))
    return "\n".join(lines) + "\n"


MIXED = [m_ocr_form, m_two_column, m_trad_form, m_vcard, m_kv_log, m_json, m_email, m_sms, m_html, m_idcard_ocr, m_excel_paste]


# ------------------------------------------------------------------ traps15 (no PERSON / ADDRESS at all)
SHOPS = ["老王烧烤", "张记麻辣烫", "李家小馆", "陈记肠粉", "王妈妈手工水饺", "刘姐家常菜", "阿杰数码", "小胖炸鸡", "周记煲仔饭", "赵师傅修锁",
         "黄记牛肉面", "胖哥俩肉蟹煲", "孙二娘包子铺", "马大姐酸菜鱼", "钱记粮油"]


def t_masked_orders(g: Gen) -> str:
    rows = []
    for _ in range(g.ri(4, 7)):
        p = g.person()
        cc, provn, pref, county = g.divs()
        m = g.pick([g.masked(p), p.surname + "*" * (len(p.name) - len(p.surname)), "*" + p.name[-1] if "·" not in p.name else p.surname + "**"])
        addr = g.pick([f"{provn}{pref or ''}{county}" + "*" * g.ri(6, 14), f"{provn}{pref or ''}{county}{g.pick(ROAD_PRE)}路**号", "**********",
                       f"{pref or provn}{county}{g.pick(EST_PRE)}***"])
        rows.append([order_no(g), m, g.mask_phone(p.phone), addr, g.pick(ORDER_STATUS)])
    return "订单导出（已脱敏）\n" + md_table(["订单号", "收件人", "手机", "收货地址", "状态"], rows) + "\n注：根据平台规则，收件信息已隐藏。\n"


def t_company_dir(g: Gen) -> str:
    rows = []
    for _ in range(g.ri(5, 8)):
        uscc = "91" + f"{g.ri(100000, 659999)}" + "".join(g.pick("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(10))
        rows.append([g.company(), uscc, f"{g.ri(50, 5000)}万元人民币", g.pick(["存续", "在业", "注销", "吊销"]), g.company_addr() if g.chance(0.5) else g.pick(CITY_SHORT) + "市"])
    return "企业名录（节选）\n" + "\n".join(["\t".join(["企业名称", "统一社会信用代码", "注册资本", "经营状态", "住所地"])] + ["\t".join(r) for r in rows]) + \
        "\n数据来源：公开工商信息\n"


def t_products(g: Gen) -> str:
    items = g.sample([
        "李宁 韦德之道 篮球鞋 男款 低帮实战", "王老吉凉茶植物饮料 310ml×24罐 整箱", "张小泉 家用不锈钢剪刀 厨房剪", "马应龙 八宝眼霜 15g",
        "周大福 足金转运珠手链", "陈李济 乌鸡白凤丸", "谢馥春 鸭蛋粉 经典款", "王致和 红方腐乳 340g", "李锦记 旧庄特级蚝油", "周黑鸭 锁鲜装 鸭脖 200g",
        "东坡肉罐头 2罐装", "麻婆豆腐调料 川味", "左宗棠鸡 速冻半成品", "老干妈 风味鸡油辣椒", "孔府家酒 500ml", "杜康酒 浓香型", "太白酒 陈酿",
    ], g.ri(5, 8))
    return "【热销榜】\n" + "\n".join(f"{i + 1}. {t}  ￥{g.ri(9, 199)}.{g.pick(['00', '90', '99', '80'])}  已售{g.ri(1, 99)}万+" for i, t in enumerate(items)) + \
        f"\n{g.pick(['满199减30', '前100名送赠品', '7天无理由退换'])}\n"


def t_weather(g: Gen) -> str:
    cc, provn, pref, county = g.divs(g.county_code())
    c2 = g.divs(g.county_code(cc[:2]))[3]
    return (f"【{pref or provn}天气】{g.cdate(g.date(2024, 2024))}\n"
            f"今天{county}、{c2}等地{g.pick(['多云转小雨', '晴转多云', '有中到大雨', '阴有阵雨'])}，气温{g.ri(5, 20)}～{g.ri(21, 36)}℃，{g.pick(['东北风', '西南风', '偏北风'])}{g.ri(2, 5)}～{g.ri(3, 6)}级。"
            f"明天{g.pick(['雨势减弱', '气温回升', '冷空气南下'])}，{provn}北部地区{g.pick(['有大雾', '局部有雷阵雨', '空气质量良'])}。请市民注意{g.pick(['防暑降温', '添衣保暖', '出行安全'])}。\n")


def t_traffic(g: Gen) -> str:
    cc, provn, pref, county = g.divs()
    r = [g.pick(ROAD_PRE) + g.pick(["路", "大道", "街", "东路"]) for _ in range(5)]
    return (f"【交通提示】受地铁施工影响，{g.date(2024, 2024).month}月起{r[0]}（{r[1]}至{r[2]}段）实行半幅封闭，"
            f"{r[3]}与{r[4]}交叉口早晚高峰易拥堵，请绕行{g.pick(ROAD_PRE)}路。\n"
            f"今晨{g.ri(7, 9)}点，{county}{r[1]}高架往南方向发生追尾事故，造成约{g.ri(1, 3)}公里拥堵。\n"
            f"{g.pick(['沪昆高速', '京港澳高速', '绕城高速'])}{pref or provn}段{g.ri(100, 300)}公里处正在养护施工。\n")


def t_cs_titles(g: Gen) -> str:
    lines = ["客服来电记录（今日）"]
    for _ in range(g.ri(4, 7)):
        p = g.person()
        lines.append(f"{g.ri(9, 17):02d}:{g.ri(0, 59):02d}  {g.title(p)}来电，{g.pick(['咨询退款进度', '反映快递未送达', '要求开具发票', '投诉商品破损', '询问会员积分'])}，"
                     f"已转{g.pick(['售后', '财务', '物流'])}{g.pick(['高经理', '刘总', '小李', '王主管'])}处理。")
    return "\n".join(lines) + "\n"


def t_nicknames(g: Gen) -> str:
    n = g.sample(NICKNAMES, 5)
    lines = [f"{n[0]}：今晚{g.pick(SHOPS)}走起？", f"{n[1]}：我加班，你们先去{g.pick(EMOJI)}", f"{n[2]}：@{n[3]} 你把车开过来", f"{n[3]}：收到，老地方见",
             f"{n[4]}：{g.pick(['王总', '李姐', '张哥', '陈老师'])}也来吗？", f"{n[0]}：叫上隔壁{g.pick(['老刘', '小赵', '阿强'])}"]
    return "\n".join(lines) + "\n"


def t_travel(g: Gen) -> str:
    cc, provn, pref, county = g.divs()
    return (f"{pref or provn}三日游攻略\n"
            f"Day1：抵达{pref or provn}，入住{county}附近的酒店，晚上逛{g.pick(['步行街', '夜市', '古镇'])}。\n"
            f"Day2：{g.pick(['西湖', '黄山', '漓江', '洱海', '鼓浪屿'])}→{g.pick(['灵隐寺', '宏村', '阳朔西街', '大理古城', '曾厝垵'])}，中午推荐{g.pick(SHOPS)}。\n"
            f"Day3：{g.pick(['博物馆', '植物园', '湿地公园'])}（地址详见官网），下午返程。\n"
            f"住宿参考：{g.pick(HOTEL)}、{g.pick(HOTEL)}，人均{g.ri(150, 600)}元/晚。\n")


def t_anon(g: Gen) -> str:
    cc, provn, pref, county = g.divs()
    a, b = g.person(), g.person()
    ma, mb = g.masked(a), g.masked(b)
    return (f"{county}人民法院\n民事判决书\n"
            f"原告：{ma}，{a.sex}，{a.birth.year}年出生，{a.ethnic}，住{provn}{pref or ''}{county}。\n"
            f"被告：{mb}，{b.sex}，住{provn}{pref or ''}{county}。\n"
            f"　　原告{ma}与被告{mb}民间借贷纠纷一案……（裁判文书公开版，当事人信息已隐名处理）\n")


def t_form_blank(g: Gen) -> str:
    return g.pick([
        "姓名：__________  性别：____\n住址：______省______市______区____________\n联系电话：________________\n",
        "收件人：XXX\n电话：1XX-XXXX-XXXX\n地址：XX省XX市XX区XX路XX号XX小区X栋X单元XXX室\n（请按以上格式填写收货信息）\n",
        "【填写示例】\n收货人：某某某（示例）\n手机：138********\n地址：某省某市某区某街道某小区\n",
    ])


def t_history(g: Gen) -> str:
    return g.pick([
        "李白《静夜思》：床前明月光，疑是地上霜。举头望明月，低头思故乡。\n苏轼在《水调歌头》中写道：但愿人长久，千里共婵娟。\n",
        "孔子曰：“三人行，必有我师焉。”孟子亦言：“老吾老以及人之老。”\n杜甫一生忧国忧民，被后人尊为“诗圣”。\n",
        "鲁迅先生说过：“其实地上本没有路，走的人多了，也便成了路。”\n岳飞的《满江红》激励了一代又一代中华儿女。\n",
    ]) + f"（{g.pick(['语文课件', '读书笔记', '公众号摘录'])}）\n"


def t_stats(g: Gen) -> str:
    pv = g.pick(["33", "32", "44", "37", "43", "51"])
    cs = g.sample(COUNTIES[pv], 4)
    names = [DIV[c] for c in cs]
    return (f"{DIV[pv + '0000']}{g.ri(2022, 2023)}年国民经济和社会发展统计公报（摘要）\n"
            f"全年地区生产总值增长{g.ri(3, 7)}.{g.ri(0, 9)}%。其中，{names[0]}、{names[1]}增速居前，{names[2]}常住人口{g.ri(30, 150)}.{g.ri(0, 9)}万人，"
            f"{names[3]}城镇化率{g.ri(50, 80)}.{g.ri(0, 9)}%。\n")


def t_shops(g: Gen) -> str:
    s = g.sample(SHOPS, 4)
    return "\n".join([f"【{s[0]}】评分4.{g.ri(1, 9)} 人均￥{g.ri(20, 120)} {g.pick(['老板很热情', '分量足', '排队半小时'])}{g.pick(EMOJI)}",
                      f"【{s[1]}】{g.pick(['招牌菜必点', '味道一般', '环境干净'])}，老板{g.pick(['王哥', '李姐', '张叔'])}人很好",
                      f"【{s[2]}】{g.pick(['新店开业八折', '只做外卖'])}",
                      f"【{s[3]}】地址在{g.pick(ROAD_PRE)}路{g.pick(['地铁站旁', '菜市场对面', '商场B1'])}"]) + "\n"


TRAPS = [t_masked_orders, t_company_dir, t_products, t_weather, t_traffic, t_cs_titles, t_nicknames, t_travel, t_anon, t_form_blank, t_history, t_stats, t_shops]


TEMPLATES = {
    "orders": ORDERS,
    "lodging_property": LODGING,
    "judgments": JUDGMENTS,
    "news_posts": NEWS,
    "gov_lists": GOV,
    "hr_school": HR,
    "mixed_messy": MIXED,
    "traps15": TRAPS,
}


# ==================================================================================================
# parsing and validation
# ==================================================================================================
class ProbeError(ValueError):
    pass


def parse_marked(marked: str):
    out: list[str] = []
    spans: list[list] = []
    open_kind = None
    start = 0
    pos = 0
    for ch in marked:
        if ch in (PO, AO):
            if open_kind is not None:
                raise ProbeError("nested span marker")
            open_kind = "PERSON" if ch == PO else "ADDRESS"
            start = pos
        elif ch in (PC, AC):
            kind = "PERSON" if ch == PC else "ADDRESS"
            if open_kind != kind:
                raise ProbeError("unbalanced span marker")
            spans.append([start, pos, kind])
            open_kind = None
        else:
            out.append(ch)
            pos += 1
    if open_kind is not None:
        raise ProbeError("unclosed span marker")
    return "".join(out), sorted(spans)


EDGE_BAD = set("，。、；：:;,.!?！？（）()[]【】《》<>\"'“”‘’|/\\-—_=&*＊#@·•") | {"\u3000"}
END_RE = re.compile(r"(室|号|组|栋|幢|单元|楼|层|F|座|\d)$")
TITLE_SUFFIX = ("先生", "女士", "小姐", "老师", "经理", "师傅", "阿姨", "律师", "医生", "同志", "总")
NAME2CODES: dict[str, list[str]] = {}
for _c, _n in sorted(DIV.items()):
    if _n not in BAD_COUNTY:
        NAME2CODES.setdefault(_n, []).append(_c)
DIV_START = sorted(NAME2CODES, key=len, reverse=True)


def _div_chain_ok(n: str) -> bool:
    prev: list[str] | None = None
    rest = n
    while True:
        tok = next((x for x in DIV_START if rest.startswith(x)), None)
        if tok is None:
            return True
        codes = NAME2CODES[tok]
        if prev is not None:
            ok = []
            for c in codes:
                for p in prev:
                    if p.endswith("0000") and c[:2] == p[:2] and c != p:
                        ok.append(c)
                    elif p.endswith("00") and not p.endswith("0000") and c[:4] == p[:4] and c != p:
                        ok.append(c)
            if not ok:
                # a road/estate that merely starts like a division name ends the chain only if it is not one
                return False
            codes = ok
        prev = codes
        rest = rest[len(tok):]


def validate_person(text: str, names) -> None:
    n = norm(text)
    if n not in names:
        raise ProbeError(f"PERSON {text!r} is not a generated name")
    if not re.fullmatch(r"[\u4e00-\u9fff·•・．‧ \u3000]+", text):
        raise ProbeError(f"PERSON {text!r} has odd characters")
    if n.endswith(TITLE_SUFFIX) or "某" in n or "*" in n:
        raise ProbeError(f"PERSON {text!r} looks like title/mask")
    if "·" in n:
        a, b = n.split("·")
        if not (2 <= len(a) <= 5 and 2 <= len(b) <= 5):
            raise ProbeError(f"PERSON {text!r} bad minority name")
    elif not 2 <= len(n) <= 4:
        raise ProbeError(f"PERSON {text!r} bad length")


def validate_address(text: str, addr_norm, starts) -> None:
    n = norm(text)
    if n not in addr_norm:
        raise ProbeError(f"ADDRESS {text!r} is not a generated address")
    if not END_RE.search(n):
        raise ProbeError(f"ADDRESS {text!r} does not end with a unit")
    if not re.search(r"[0-9一二三四五六七八九十]", n):
        raise ProbeError(f"ADDRESS {text!r} has no number")
    if any(c in text for c in "，,；;：:|\t<>"):
        raise ProbeError(f"ADDRESS {text!r} contains a separator")
    if not (any(n.startswith(x) for x in DIV_START) or any(n.startswith(x) for x in TW_START_NAMES) or any(n.startswith(x) for x in starts)):
        raise ProbeError(f"ADDRESS {text!r} does not start with a division, road or estate")
    if not _div_chain_ok(n):
        raise ProbeError(f"ADDRESS {text!r} has an inconsistent division chain")


def validate_spans(text: str, spans, genre: str, names, addr_norm, starts) -> None:
    if genre == TRAP_GENRE and spans:
        raise ProbeError("trap document has spans")
    prev_end = -1
    for s, e, t in spans:
        if not (0 <= s < e <= len(text)):
            raise ProbeError("span out of range")
        if s < prev_end:
            raise ProbeError("overlapping spans")
        prev_end = e
        frag = text[s:e]
        if frag[0].isspace() or frag[-1].isspace() or frag[0] in EDGE_BAD or frag[-1] in EDGE_BAD:
            raise ProbeError(f"span {frag!r} has edge whitespace/punctuation")
        if t == "PERSON":
            validate_person(frag, names)
        elif t == "ADDRESS":
            validate_address(frag, addr_norm, starts)
        else:
            raise ProbeError(f"unknown type {t}")


def blanked(text: str, spans) -> str:
    chars = list(text)
    for s, e, _ in spans:
        for i in range(s, e):
            chars[i] = "\u2588"
    return fold("".join(chars))


def leftover_check(docs, g: Gen) -> None:
    surfaces = set()
    for n in g.names:
        surfaces.add(n)
        surfaces.add(to_trad(n))
    rx = re.compile("|".join(map(re.escape, sorted(surfaces, key=len, reverse=True))))
    cores = sorted(c for c in g.addr_cores if c)
    for d in docs:
        b = blanked(d["text"], d["spans"])
        allowed = set(d["_allowed"])
        for variant in (b, _WS.sub("", b)):
            for m in rx.finditer(variant):
                if m.group() not in allowed and to_simp(m.group()) not in allowed:
                    raise ProbeError(f"{d['id']}: generated name {m.group()!r} occurs unlabelled")
        nb = norm(b)
        for c in cores:
            if c in nb:
                raise ProbeError(f"{d['id']}: generated address core {c!r} occurs unlabelled")


def build():
    g = Gen(SEED)
    docs = []
    for genre, n in GENRES:
        tmpls = list(TEMPLATES[genre])
        g.r.shuffle(tmpls)
        for i in range(n):
            fn = tmpls[i % len(tmpls)]
            g.allowed = set()
            g.crlf = False
            marked = fn(g)
            if g.crlf:
                marked = marked.replace("\r\n", "\n").replace("\n", "\r\n")
            text, spans = parse_marked(marked)
            docs.append({"id": f"{NAME}-{genre}-{i + 1:03d}", "genre": genre, "text": text, "spans": spans,
                         "_allowed": sorted(g.allowed), "_template": fn.__name__})
    for d in docs:
        try:
            validate_spans(d["text"], d["spans"], d["genre"], g.names, g.addr_norm, g.addr_starts)
        except ProbeError as e:
            raise ProbeError(f"{d['id']} ({d['_template']}): {e}") from None
    leftover_check(docs, g)
    return docs, g


def dumps(docs) -> str:
    return "".join(json.dumps({"id": d["id"], "genre": d["genre"], "text": d["text"], "spans": d["spans"]}, ensure_ascii=False) + "\n" for d in docs)


def stats(docs) -> dict:
    out: dict = {"docs": len(docs), "genres": {}, "types": {}}
    for d in docs:
        gs = out["genres"].setdefault(d["genre"], {"docs": 0, "PERSON": 0, "ADDRESS": 0})
        gs["docs"] += 1
        for _, _, t in d["spans"]:
            gs[t] += 1
            out["types"][t] = out["types"].get(t, 0) + 1
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true", help="rebuild in memory and fail unless byte-identical")
    args = ap.parse_args(argv)
    docs, _ = build()
    data = dumps(docs).encode("utf-8")
    if args.check:
        if not OUT.exists() or OUT.read_bytes() != data:
            print(f"{OUT.name} is not byte-identical to a fresh build", file=sys.stderr)
            return 1
        print(f"{OUT.name}: OK ({len(docs)} documents)")
        return 0
    OUT.write_bytes(data)
    print(json.dumps(stats(docs), ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
