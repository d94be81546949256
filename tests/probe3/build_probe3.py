"""Build tests/probe3/probe3.jsonl: evasive / messy Chinese text with exact labels.

Deterministic (fixed seed). Documents are assembled from templates; a placeholder
``{TYPE|form}`` inserts a labelled value (span = the value as written, including internal
separators, numerals and an attached +86/0086 prefix; cue words and extensions stay
outside), other placeholders insert unlabelled filler. After assembly every document is
checked: each span must re-validate independently and the unlabelled rest of the text must
not contain a valid value by accident (the build fails otherwise).

Labelling calls (see README.md in this folder):
* ``abc#qq.com`` (``#`` for ``@`` before a real provider domain) IS labelled EMAIL.
* ``abc at 163 dot com`` / ``abc(at)qq(dot)com`` is NOT labelled and only appears in traps3.
* ``微信同号 138…`` is a MOBILE (the number is a phone number; the WeChat ID is implied).
* A value with Chinese numerals or spaces between every digit is labelled with the same type.

Usage: python tests/probe3/build_probe3.py [--check]
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import values as pv  # noqa: E402

SEED = 3_2026_1124
OUT = HERE / "probe3.jsonl"
TYPES = ["ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "PLATE", "PASSPORT", "HK_MACAO_PERMIT",
         "IP", "QQ", "WECHAT", "GPS", "BIRTHDATE"]
COUNTS = {"evasive": 50, "sms_chat": 45, "ocr_messy": 45, "crlf_zw": 40, "social": 45, "traps3": 40}

NAMES = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄婷", "周杰", "吴昊", "徐丽", "孙浩", "马超",
         "朱琳", "胡斌", "郭峰", "何雪", "林晓梅", "罗志强", "高雅", "梁思远", "宋佳", "谢文", "韩冬"]
NICKS = ["小鱼儿", "阿杰", "糖糖妈", "老王", "Momo", "一只猫", "晴天", "大白", "Kevin", "沫沫", "橙子",
         "风吹麦浪", "小太阳", "阿凯", "静静", "二狗子", "Lucky", "木子李"]
ADDRS = ["北京市朝阳区建国路甲号院", "上海市徐汇区漕溪北路某小区", "深圳市南山区科技园南区", "杭州市西湖区文三路",
         "成都市武侯区人民南路四段", "武汉市武昌区中北路", "南京市玄武区中山路", "济南市历下区泉城路"]
EMOJI = ["😊", "🔥", "📞", "☎️", "✨", "👉", "💰", "❤️", "🙏", "⚡", "📱", "✅", "🌸", "👇"]
SHOPS = ["二手iPhone 13", "闲置婴儿车", "九成新电动车", "全新未拆AirPods", "考研资料", "宠物猫", "演唱会门票",
         "出租两室一厅", "转让健身卡", "代购面膜"]
WX_CUES = ["薇信", "威信", "V信", "vx", "VX", "加V", "加薇", "微信"]
QQ_CUES = ["扣扣", "企鹅", "Q", "q", "QQ"]


class Doc:
    def __init__(self) -> None:
        self.text = ""
        self.spans: list[list] = []

    def add(self, s: str, typ: str | None = None) -> None:
        if typ:
            self.spans.append([len(self.text), len(self.text) + len(s), typ])
        self.text += s


# ---------------------------------------------------------------- filler (never labelled)

def _ts(rng: random.Random) -> str:
    return f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def _lotto(rng: random.Random) -> str:
    red = sorted(rng.sample(range(1, 34), 6))
    return " ".join(f"{n:02d}" for n in red) + f" + {rng.randint(1, 16):02d}"


def _bad_id18(rng: random.Random) -> str:
    good, _ = pv.gen_id(rng)
    wrong = [c for c in "0123456789X" if c != good[-1]]
    return good[:-1] + rng.choice(wrong)


def _bad_id15(rng: random.Random) -> str:  # month 13..19: impossible date
    return rng.choice(pv.ID_REGIONS) + f"{rng.randint(60, 99)}{rng.randint(13, 19)}{rng.randint(1, 28):02d}{rng.randint(100, 999)}"


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _bad_mobile(rng: random.Random) -> str:
    return rng.choice(["154", "120", "121", "111", "104", "102", "128"]) + _digits(rng, 8)


def _at_mail(rng: random.Random) -> str:
    local = pv.gen_email(rng).split("@")[0]
    dom = rng.choice(["163", "qq", "126", "sina"])
    return rng.choice([f"{local} at {dom} dot com", f"{local}(at){dom}(dot)com", f"{local} AT {dom}.com",
                       f"{local}艾特{dom}点com"])


FILLER = {
    "NAME": lambda r: r.choice(NAMES),
    "NICK": lambda r: r.choice(NICKS),
    "ADDR": lambda r: r.choice(ADDRS) + f"{r.randint(1, 99)}号",
    "TS": _ts,
    "HM": lambda r: f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}",
    "DATE": lambda r: f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
    "EMO": lambda r: r.choice(EMOJI),
    "SHOP": lambda r: r.choice(SHOPS),
    "PRICE": lambda r: r.choice([f"{r.randint(20, 9999)}", f"{r.randint(20, 999)}.{r.randint(0, 99):02d}",
                                 f"{r.randint(1, 9)},{r.randint(100, 999)}"]),
    "WXC": lambda r: r.choice(WX_CUES),
    "WXN": lambda r: r.choice([c for c in WX_CUES if not c.startswith("加")]),  # after a literal 加
    "WXH": lambda r: r.choice(["薇信", "威信", "V信", "微信", "加薇"]),  # glued to the ID: must end in Han
    "QQC": lambda r: r.choice(QQ_CUES),
    "N2": lambda r: str(r.randint(2, 60)),
    "LOTTO": _lotto,
    "DLT": lambda r: " ".join(f"{n:02d}" for n in sorted(r.sample(range(1, 36), 5))) + " + " + " ".join(
        f"{n:02d}" for n in sorted(r.sample(range(1, 13), 2))),
    "SF": lambda r: "SF" + r.choice("1234") + _digits(r, 12),
    "YT": lambda r: "YT" + r.choice("6789") + _digits(r, 12),
    "JT": lambda r: "JT" + r.choice("3579") + _digits(r, 12),
    "ZTO": lambda r: "7" + r.choice("35") + _digits(r, 12),
    "BADID18": _bad_id18,
    "BADID15": _bad_id15,
    "BADMOB": _bad_mobile,
    "DATE8": lambda r: f"20{r.randint(10, 24)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}",
    "QQGROUP": lambda r: str(r.randint(100000000, 999999999)),
    "HOTLINE": lambda r: r.choice(["400-820-8820", "400-610-1360", "4008-123-123", "95588", "95533", "95555",
                                   "95599", "10086", "12315", "95338", "400 889 5543"]),
    "PRIVIP": lambda r: r.choice([f"192.168.{r.randint(0, 9)}.{r.randint(2, 254)}", f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                                  f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}", "127.0.0.1",
                                  f"100.{r.randint(64, 127)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                                  f"169.254.{r.randint(1, 254)}.{r.randint(1, 254)}", f"203.0.113.{r.randint(2, 254)}",
                                  f"198.51.100.{r.randint(2, 254)}", "0.0.0.0", "255.255.255.0"]),
    "VER": lambda r: r.choice([f"v{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}.{r.randint(100, 999)}",
                               f"{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 9)}"]),
    "HASH": lambda r: _hex(r, r.choice([32, 40, 64])),
    "COARSE": lambda r: f"{r.uniform(22, 41):.{r.choice([1, 2, 3])}f}, {r.uniform(103, 122):.{r.choice([1, 2, 3])}f}",
    "TW10": lambda r: "09" + r.choice("123456789") + _digits(r, 7),
    "ATMAIL": _at_mail,
    "MASKMOB": lambda r: pv.gen_mobile(r)[:3] + "****" + _digits(r, 4),
    "MASKID": lambda r: r.choice(pv.ID_REGIONS) + "********" + _digits(r, 3) + r.choice("0123456789X"),
    "TS13": lambda r: "17" + _digits(r, 11),
    "ORDER": lambda r: "2024" + _digits(r, 16),  # 20 digits: never an ID or a card
    "PICKUP": lambda r: f"{r.randint(1, 30)}-{r.randint(1, 6)}-{r.randint(1000, 9999)}",
    "AMOUNT": lambda r: f"{r.randint(100, 99999)}.{r.randint(0, 99):02d}",
    "ZW": lambda r: "\u200b",
    "NB": lambda r: "\u00a0",
    "IS": lambda r: "\u3000",
    "TAB": lambda r: "\t",
    "BAR": lambda r: r.choice(["|", "丨", "｜"]),
}

# ---------------------------------------------------------------- labelled values

FORMS = {
    "MOBILE": ["plain", "dash", "sp344"],
    "ID_CARD": ["plain"],
    "BANK_CARD": ["plain", "sp4"],
    "LANDLINE": ["dash", "paren"],
    "BIRTHDATE": ["cn", "dash"],
    "PLATE": ["plain", "dot"],
    "GPS": ["comma"],
}


def make_value(rng: random.Random, typ: str, form: str | None, st: dict) -> str:  # noqa: C901
    form = form or rng.choice(FORMS.get(typ, ["plain"]))
    if typ == "MOBILE":
        return pv.form_mobile(rng, pv.gen_mobile(rng), form)
    if typ == "ID_CARD":
        d, birth = pv.gen_id(rng, st.get("birth"))
        st["birth"] = birth
        if form == "lowerx" and not d.endswith("X"):
            while not d.endswith("X"):
                d, birth = pv.gen_id(rng, birth)
        return pv.form_id(rng, d, form)
    if typ == "BANK_CARD":
        return pv.form_card(rng, pv.gen_card(rng), form)
    if typ == "LANDLINE":
        area, local = pv.gen_landline(rng)
        return pv.form_landline(rng, area, local, form)
    if typ == "EMAIL":
        e = pv.gen_email(rng)
        return e.replace("@", "#") if form == "hash" else e
    if typ == "PLATE":
        p = pv.gen_plate(rng, new_energy=form in ("ne", "nedot"))
        if form in ("dot", "nedot"):
            return p[:2] + "·" + p[2:]
        if form == "sp":
            return p[:2] + " " + p[2:]
        return p
    if typ == "PASSPORT":
        return pv.gen_passport(rng)
    if typ == "HK_MACAO_PERMIT":
        return pv.gen_hkm(rng)
    if typ == "IP":
        return pv.gen_ip(rng)
    if typ == "QQ":
        q = pv.gen_qq(rng)
        return " ".join(q) if form == "spall" else q
    if typ == "WECHAT":
        return pv.gen_wechat(rng)
    if typ == "GPS":
        lat, lon = pv.gen_gps(rng)
        if form == "deg":
            return f"{lat}°N, {lon}°E"
        return f"{lat},{lon}" if form == "comma" else f"{lat}, {lon}"
    if typ == "BIRTHDATE":
        birth = st.get("birth") if form.endswith("@") else None
        birth = birth or pv.gen_birth(rng, 1965, 2003)
        if form.endswith("@"):
            st["birth"] = birth  # the ID card in the same snippet carries the same date
        return pv.form_birth(rng, birth, form.rstrip("@"))
    raise ValueError(typ)


PH = re.compile(r"\{([A-Z_0-9]+)(?:\|([a-z0-9@]+))?\}")


def render(rng: random.Random, template: str, doc: Doc, st: dict) -> None:
    pos = 0
    for m in PH.finditer(template):
        doc.add(template[pos:m.start()])
        name, form = m.group(1), m.group(2)
        if name in TYPES:
            doc.add(make_value(rng, name, form, st), name)
        else:
            doc.add(FILLER[name](rng))
        pos = m.end()
    doc.add(template[pos:])


# ---------------------------------------------------------------- templates per genre

T_EVASIVE = [
    "{SHOP}，{PRICE}出，同城自提。有意者{WXC}：{WECHAT}，备注闲鱼。",
    "出{SHOP}，不议价，电话 {MOBILE|spall} 看到秒回",
    "招兼职刷单日结，加{WXN} {WECHAT} 或者直接打 {MOBILE|dotall}，名额有限",
    "我手机号是 {MOBILE|cnmix}，平台不让发数字，你懂的",
    "联系方式：{MOBILE|cn}（怕被屏蔽，写成汉字了）",
    "老板电话 {MOBILE|cnmix2}，打不通就发短信",
    "全新{SHOP}，需要的加{QQC}：{QQ}，或者{WXC}：{WECHAT}",
    "私聊发不了号码，我{QQC}是 {QQ|spall}，加的时候备注来意",
    "资料发我邮箱 {EMAIL|hash}（#换成@）",
    "邮箱：{EMAIL|hash}，简历请投递这里，标题写姓名+岗位",
    "办理信用卡提额，电话{MOBILE|fw}，{WXC}同号",
    "手机：{MOBILE|fwsp}\n{WXC}：{WECHAT}\n地址：{ADDR}",
    "兄弟，转账到这张卡 {BANK_CARD|sp4}，户名{NAME}，转完截图",
    "卡号 {BANK_CARD|fw4} 开户行工商银行，别写错了",
    "代开发票，联系 {MOBILE|sp344}，{WXC}：{WECHAT}，{QQC}：{QQ}",
    "号码{MOBILE|spall}，{WXH}{WECHAT}，非诚勿扰",
    "身份证号码：{ID_CARD|sp684}，麻烦帮我填一下表",
    "身份证 {ID_CARD|fw}，姓名{NAME}，出生日期 {BIRTHDATE|cn@}",
    "回收旧手机，上门看货，电话：幺三开头的那个 → {MOBILE|cn}",
    "加我{WXN}：{WECHAT}（不是手机号），电话另外给：{MOBILE|dash}",
    "有事找我：{QQC} {QQ}；邮箱 {EMAIL}",
    "投诉无门，客服电话打不通，最后打了他们经理手机 {MOBILE|p86sp}",
    "本人{NAME}，身份证{ID_CARD|sp4}，手机{MOBILE|dotall}，特此声明",
    "车牌 {PLATE|dot} 停我车位三天了，车主电话 {MOBILE|cnmix}",
    "转让{SHOP}，{PRICE}元，{WXC}：{WECHAT}，电话：{MOBILE|fw}",
]

T_SMS = [
    "{TS} {NICK}：到了没\n{TS} {NAME}：到楼下了，电话打不通，你换个号码？\n{TS} {NICK}：打这个 {MOBILE}",
    "【顺丰速运】您的快件已由{NAME}代收，如有疑问请联系快递员{NAME}，电话{MOBILE}。",
    "【菜鸟驿站】您的包裹已到站，取件码{PICKUP}，地址{ADDR}。咨询电话{LANDLINE|dash}",
    "{NICK} {HM}\n我{WXN}是 {WECHAT}，你加一下\n\n{NAME} {HM}\n好的，我的手机 {MOBILE|sp344}",
    "{TS}  {NAME}(发送)\n身份证号{ID_CARD}，生日{BIRTHDATE|cn@}，你帮我订票\n{TS}  {NICK}(接收)\n收到",
    "[{HM}] {NICK}: 账号给我，我转你\n[{HM}] {NAME}: {BANK_CARD|sp4} 建行 {NAME}\n[{HM}] {NICK}: ok",
    "{NICK}({QQ}) {TS}\n晚上开黑吗\n{NAME}({QQ}) {TS}\n来，我邮箱 {EMAIL} 发你攻略",
    "发件人：{MOBILE|p86}\n时间：{TS}\n内容：妈，我换号了，这是新号码，{MOBILE}，旧号别打了",
    "{TS} 系统消息：您的账号于{TS}在IP {IP} 登录，如非本人操作请修改密码",
    "{NICK}：车停哪了\n{NAME}：小区东门，{PLATE}，白色的\n{NICK}：好",
    "{NICK}：公司座机多少\n{NAME}：{LANDLINE|dash}转{N2}，或者打我手机{MOBILE}",
    "短信 {TS}\n【XX银行】尊敬的客户，您尾号{N2}的账户…如有疑问致电{HOTLINE}。\n{TS} 我：这是诈骗吗？他让我打{MOBILE|dash}",
    "{NICK} 撤回了一条消息\n{NICK}：发错了，是这个 {MOBILE|spall}\n{NAME}：收到",
    "{TS} {NICK}：共享下位置\n{TS} {NICK}：[位置] {GPS|commasp}\n{TS} {NAME}：马上到",
    "{NAME} {TS}\n护照号{PASSPORT}，港澳通行证{HK_MACAO_PERMIT}，帮我一起办\n{NICK} {TS}\n行",
    "{TS} 快递员：你好，我在{ADDR}，电话{MOBILE}，你方便下来拿一下吗",
    "{NICK}：你扣扣多少\n{NAME}：{QQ}\n{NICK}：加了，通过下",
    "{TS}\n{NAME}：我新{WXN}：{WECHAT}\n{NAME}：原来那个号被封了",
]

T_OCR = [
    "姓 名  {NAME}\n民 族  汉\n出 生  {BIRTHDATE|ocr@}\n住 址  {ADDR}\n公民身份号码\n{ID_CARD}",
    "姓名{NAME}\n出生{BIRTHDATE|ocr@}\n住址{ADDR}\n公民身份号码 {ID_CARD|sp684}",
    "{NAME} | 销售经理\n手 机：{MOBILE|sp344}\n电 话:{LANDLINE|dash}\nE-mail：{EMAIL}\n地 址：{ADDR}",
    "{NAME}\n总经理 General Manager\nM {MOBILE|dash}\nT {LANDLINE|paren}\nE {EMAIL}\n{ADDR}",
    "收件人: {NAME} {BAR} {MOBILE} {BAR}\n收件地址:{ADDR}\n寄件人：{NAME}  {MASKMOB}\n运单号 {SF}",
    "收 件 人：{NAME}\n电话 ：\n{MOBILE}\n地址 ： {ADDR}\n订单号：{ORDER}",
    "中国工商银行\nICBC\n{BANK_CARD|sp4}\n{NAME}\nVALID THRU 08/29",
    "银联 UnionPay\n{BANK_CARD|sp4}\n持卡人 {NAME}",
    "名片\n{NAME}\n电话{BAR}{MOBILE}\n微信{BAR}{WECHAT}\n邮箱{BAR}{EMAIL}",
    "机动车行驶证\n号牌号码 {PLATE}\n所有人 {NAME}\n住址 {ADDR}",
    "中华人民共和国往来港澳通行证\n姓名 {NAME}\n证件号码\n{HK_MACAO_PERMIT}\n出生日期 {BIRTHDATE|dot}",
    "护 照 PASSPORT\n护照号 Passport No.\n{PASSPORT}\n姓名 {NAME}\n出生日期 Date of birth\n{BIRTHDATE|cn}",
    "联系人：{NAME}丨联系电话：{MOBILE}丨QQ：{QQ}",
    "{NAME}\n手机 : {MOBILE|sp344}\n座机 :{LANDLINE|sp}\n传真 : {LANDLINE|dash}",
    "【快递单】\n收:{NAME}  {MOBILE}\n{ADDR}\n寄:{NAME}  {MASKMOB}\n{YT}",
    "身份证号 :{ID_CARD|sp4}\n手机号: {MOBILE}\n银行卡号 : {BANK_CARD}",
]

T_CRLF = [
    "姓名\t手机\t邮箱\n{NAME}\t{MOBILE}\t{EMAIL}\n{NAME}\t{MOBILE}\t{EMAIL}\n",
    "联系人：{NAME}{NB}电话：{ZW}{MOBILE}{ZW}\n备注：{NB}请尽快回电",
    "客户信息\n身份证：{IS}{ID_CARD}{IS}\n卡号：{BANK_CARD|sp4}{ZW}\n",
    "{NAME}{TAB}{ID_CARD}{TAB}{MOBILE|dash}\n{NAME}{TAB}{ID_CARD}{TAB}{MOBILE|dash}",
    "登录日志\n{TS}\t{IP}\t成功\n{TS}\t{IP}\t失败\n",
    "收货人：{NAME}\n手机号码：{NB}{MOBILE}\n地址：{ADDR}{ZW}\n",
    "邮箱：{ZW}{EMAIL}{ZW}\nQQ：{IS}{QQ}\n",
    "车辆登记\n车牌号：{PLATE}{NB}\n车主电话：{MOBILE}\n",
    "员工档案\n姓名：{NAME}\t出生日期：{BIRTHDATE|dash}\n护照：{PASSPORT}{ZW}\n港澳通行证号：{HK_MACAO_PERMIT}\n",
    "办公电话：{LANDLINE|dash}{NB}转{N2}\n手机：{MOBILE}{ZW}\n",
    "微信号：{WECHAT}{ZW}\n微信同号：{MOBILE}\n",
    "签到坐标：{GPS|comma}{ZW}\r\n时间：{TS}",
    "开户名：{NAME}{IS}账号：{BANK_CARD}{IS}开户行：农业银行\n",
    "{IS}{IS}兹证明{NAME}（身份证号：{ID_CARD}）系我单位员工。\n联系电话：{LANDLINE|dash}",
]

T_SOCIAL = [
    "#同城交友# 坐标杭州，95后，喜欢猫，{WXC}：{WECHAT} {EMO}",
    "#二手闲置# {SHOP} {PRICE}包邮 {EMO} 私信或者直接打 {MOBILE} @{NICK}",
    "{EMO}{EMO} 家人们，{SHOP}到货了！微信同号 {MOBILE}，{EMO}下单立减",
    "@{NICK} 你的快递在我这，{EMO}{MOBILE}{EMO} 打给我",
    "求助！！#寻狗启事# 柯基走丢了，在{ADDR}附近，有线索请联系 {MOBILE|dash} 重谢 {EMO}",
    "#租房# {ADDR} 主卧 {PRICE}/月，看房电话{EMO}{MOBILE}（微信同号）",
    "代购日本药妆 {EMO} 企业微信：{WECHAT} 小红书同名 {EMO} 扣扣 {QQ}",
    "{NICK}：谁捡到我的钱包了，里面有身份证({ID_CARD})和银行卡，求还！！电话{MOBILE} #失物招领#",
    "#招聘# 急招店员，底薪+提成，简历发 {EMAIL} 或者 {WXC}：{WECHAT} {EMO}",
    "今天被{PLATE|ne}别车了 {EMO} #路怒# @交警{NICK}",
    "{EMO} 私信太多回不过来，有需要的加{WXN}：{WECHAT}，{QQC}：{QQ} {EMO}",
    "店铺地址：{ADDR}{EMO}\n订座电话：{LANDLINE|dash}\n老板手机：{MOBILE} (同{WXN})",
    "拍到一辆违停的 {PLATE|sp}，堵消防通道了 {EMO} #随手拍#",
    "打卡 {EMO} 我在这里：{GPS|commasp}",
    "{EMO}抽奖啦{EMO} 转发+关注，中奖的联系我邮箱 {EMAIL} @{NICK} @{NICK}",
    "宝子们谁要{SHOP}，{PRICE}就出，V：{WECHAT}，电话（同号）{MOBILE|sp344}",
]

T_TRAPS = [
    "双色球第2024{N2}期开奖：{LOTTO}，一等奖{N2}注。",
    "大乐透开奖号码 {DLT}，奖池{AMOUNT}元",
    "您的顺丰快件 {SF} 已签收，感谢使用。",
    "圆通运单 {YT}，韵达 {JT}，中通 {ZTO}，都显示在途。",
    "中通快递 {ZTO} 已到达转运中心",
    "这个号码 {BADID18} 校验不过，肯定是编的。",
    "老系统导出的编号 {BADID15}，日期段不对，作废。",
    "会员编号 {BADMOB}，积分 {N2}。",
    "有效期限 {DATE8}-{DATE8}，签发机关某某公安局",
    "文件名 report_{DATE8}.pdf，批次 {DATE8}，共 {N2} 页",
    "欢迎加入粉丝群，QQ群：{QQGROUP}，群号已满请加二群 {QQGROUP}",
    "客服热线 {HOTLINE}，银行客服 {HOTLINE}，投诉 {HOTLINE}",
    "内网地址 {PRIVIP}，网关 {PRIVIP}，测试机 {PRIVIP}",
    "升级到版本 {VER} 后闪退，旧版 {VER} 正常",
    "commit {HASH}\n校验值 sha256:{HASH}",
    "大概位置 {COARSE}，附近有地铁",
    "编号 {TW10}，规格 {N2}cm",
    "联系方式写成 {ATMAIL} 了，自己换一下符号",
    "已脱敏数据：手机 {MASKMOB}，身份证 {MASKID}",
    "时间戳 {TS13}，订单号 {ORDER}，金额 {AMOUNT}",
    "今日特价：{SHOP} ¥{PRICE}，原价 ¥{PRICE}，满{N2}减{N2}",
    "取件码 {PICKUP}，请于{DATE}前取件。",
]

GENRE_TEMPLATES = {"evasive": T_EVASIVE, "sms_chat": T_SMS, "ocr_messy": T_OCR, "crlf_zw": T_CRLF,
                   "social": T_SOCIAL, "traps3": T_TRAPS}


# ---------------------------------------------------------------- accidental-value guard

_MOB_SEP = re.compile(r"(?<![\d.])(1\d{2})[-. ]?(\d{4})[-. ]?(\d{4})(?![\d.])")
_RUN = re.compile(r"(?<![0-9A-Za-z])\d{15,19}[0-9Xx]?(?![0-9A-Za-z])")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+[@＠][A-Za-z0-9.-]+\.[A-Za-z]{2,}")
_IPV4 = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
_LAND = re.compile(r"(?<!\d)\(?(0\d{2,3})\)?[- ]?(\d{7,8})(?!\d)")
_CNRUN = re.compile("[" + "".join(sorted(set(pv._CN_DIGITS))) + r"\d ]{11,}")


def accidental(text: str, spans: list) -> list[str]:
    """Valid-looking values in the unlabelled part of ``text``."""
    chars = list(text)
    for s, e, _ in spans:
        chars[s:e] = ["█"] * (e - s)
    plain = pv.fold("".join(chars))  # one to one: full-width and Chinese numerals become digits
    bad = []
    for m in _MOB_SEP.finditer(plain):
        if pv.mobile_ok("".join(m.groups())):
            bad.append(m.group())
    for m in _RUN.finditer(plain):
        d = m.group()
        if len(d) == 18 and d[:17].isdigit() and pv.gb11643_check(d[:17]) == d[17].upper():
            bad.append(d)
        if len(d) == 15 and d[:6] in pv.ID_REGIONS and 1 <= int(d[8:10]) <= 12:
            bad.append(d)
        if d.isdigit() and pv.luhn_ok(d) and (d.startswith("62") or len(d) == 16 and d[0] in "45"):
            bad.append(d)
    bad += [m.group() for m in _EMAIL.finditer(plain)]
    for m in _IPV4.finditer(plain):
        before = plain[max(0, m.start() - 3):m.start()]
        try:
            glob = pv.ipaddress.ip_address(m.group(1)).is_global
        except ValueError:
            glob = False
        if glob and not re.search(r"[vV]$|版本 ?$|旧版 ?$|/$", before):
            bad.append(m.group())
    for m in _LAND.finditer(plain):
        if pv.landline_ok(m.group(1) + m.group(2)) and not plain[max(0, m.start() - 1):m.start()].isdigit():
            bad.append(m.group())
    for m in _CNRUN.finditer(plain):
        d = re.sub(r"\D", "", m.group())
        for i in range(len(d) - 10):
            if pv.mobile_ok(d[i:i + 11]) and not m.group().replace(" ", "").isdigit():
                bad.append(m.group())
                break
    return bad


def build() -> list[dict]:
    from stdnum.cn import ric

    rng = random.Random(SEED)
    docs = []
    for genre, n in COUNTS.items():
        templates = GENRE_TEMPLATES[genre]
        order = [templates[i % len(templates)] for i in range(n)]
        rng.shuffle(order)
        for i, tpl in enumerate(order):
            parts = [tpl]
            if genre != "traps3" and rng.random() < 0.3:  # join two snippets now and then
                parts += [rng.choice(["\n", "\n\n", "  ", "。"]), rng.choice(templates)]
            if genre == "crlf_zw":
                parts = [p.replace("\r\n", "\n").replace("\n", "\r\n") for p in parts]
            doc = Doc()
            if genre == "crlf_zw" and i % 2 == 0:
                doc.add("\ufeff")
            for part in parts:
                render(rng, part, doc, {})
            for s, e, t in doc.spans:
                if not pv.value_ok(t, doc.text[s:e], ric.is_valid):
                    raise SystemExit(f"invalid {t} {doc.text[s:e]!r} in {genre}-{i}")
            if genre == "traps3" and doc.spans:
                raise SystemExit(f"trap with spans: {genre}-{i}")
            bad = accidental(doc.text, doc.spans)
            if bad:
                raise SystemExit(f"unlabelled valid value(s) {bad} in {genre}-{i}: {doc.text!r}")
            docs.append({"id": f"p3-{genre}-{i:03d}", "genre": genre, "text": doc.text, "spans": doc.spans})
    return docs


def dumps(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv: list[str]) -> int:
    content = dumps(build())
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == content
        print("probe3.jsonl is up to date" if same else "probe3.jsonl differs from a fresh build")
        return 0 if same else 1
    OUT.write_text(content, encoding="utf-8", newline="")
    n = content.count("\n")
    print(f"wrote {OUT} ({n} documents)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
