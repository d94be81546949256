# ruff: noqa: N802, N803, N806, N812, E741, UP031
"""Build probe13.jsonl — a blind accuracy probe (lodging, telecom, finance, e-commerce, transport, evasive posts,
public notices, traps). Run with ``--check`` to rebuild in memory and compare byte for byte.

Templates mark labelled values with ``L(TYPE, value)``; ``assemble`` turns the marked text into plain text and
character spans (Python ``str`` offsets, end-exclusive).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import p13_values as V  # noqa: E402

SEED = 1313
OUT = os.path.join(HERE, "probe13.jsonl")
GENRES = ["lodging", "telecom", "finance", "ecommerce", "transport", "evasive", "gov_public", "traps13"]
DOCS_PER_GENRE = {"lodging": 35, "telecom": 35, "finance": 35, "ecommerce": 35, "transport": 35, "evasive": 36,
                  "gov_public": 35, "traps13": 34}

# ------------------------------------------------------------------------------------------------------------
# markup


def L(t: str, v: str) -> str:
    assert t in V.VALIDATORS, t
    assert "\x01" not in v and "\x03" not in v
    return "\x01%s\x02%s\x03" % (t, v)


_MARK = re.compile(r"\x01([A-Z_]+)\x02(.*?)\x03", re.S)


def assemble(marked: str) -> tuple[str, list[list]]:
    out, spans, pos, n = [], [], 0, 0
    for m in _MARK.finditer(marked):
        pre = marked[pos:m.start()]
        out.append(pre)
        n += len(pre)
        out.append(m.group(2))
        spans.append([n, n + len(m.group(2)), m.group(1)])
        n += len(m.group(2))
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert "\x01" not in text and "\x02" not in text and "\x03" not in text
    return text, spans


# ------------------------------------------------------------------------------------------------------------
# value formatting helpers (each returns marked text)


def ID(rng, i: str) -> str:
    k = rng.random()
    if k < 0.05:
        i = "%s %s %s" % (i[:6], i[6:14], i[14:])
    elif k < 0.1 and i.endswith("X"):
        i = i[:-1] + "x"
    return L("ID_CARD", i)


def MOB(rng, m: str, plain: float = 0.7) -> str:
    k = rng.random()
    if k < plain:
        s = m
    elif k < plain + 0.09:
        s = "%s-%s-%s" % (m[:3], m[3:7], m[7:])
    elif k < plain + 0.17:
        s = "%s %s %s" % (m[:3], m[3:7], m[7:])
    elif k < plain + 0.23:
        s = "+86 " + m
    elif k < plain + 0.27:
        s = "+86-%s-%s-%s" % (m[:3], m[3:7], m[7:])
    else:
        s = "(+86)" + m
    return L("MOBILE", s)


def LAND(rng, area: str | None = None, style: int | None = None) -> str:
    a, n = V.landline(rng, area)
    if style is None:
        k = rng.random()
        style = 0 if k < 0.62 else 1 if k < 0.77 else 2 if k < 0.87 else 3 if k < 0.94 else 4
    s = ["%s-%s" % (a, n), "(%s)%s" % (a, n), "%s %s %s" % (a, n[:4], n[4:]), "+86-%s-%s" % (a[1:], n),
         "%s-%s-%s" % (a, n[:4], n[4:]), "%s%s" % (a, n)][style]
    return L("LANDLINE", s)


def CARD(rng, c: str, grouped: float = 0.35) -> str:
    return L("BANK_CARD", V.group4(c) if rng.random() < grouped else c)


def BD(rng, d: dt.date, style: int | None = None) -> str:
    return L("BIRTHDATE", V.fmt_date(d, rng.choice([0, 0, 1, 1, 2, 3, 4]) if style is None else style))


def GPS(rng, reg=None, lngfirst: bool | None = None, dec: int = 6, sep: str | None = None) -> str:
    la, lo = V.gps(rng, reg, decimals=dec)
    if lngfirst is None:
        lngfirst = rng.random() < 0.3
    sep = sep if sep is not None else rng.choice([",", ", ", "，"])
    return L("GPS", (lo + sep + la) if lngfirst else (la + sep + lo))


def PLATE(rng, p: str | None = None, reg=None) -> str:
    return L("PLATE", V.fmt_plate(rng, p or V.plate(rng, reg)))


def MAIL(rng, e: str | None = None) -> str:
    return L("EMAIL", e or V.email(rng))


def IP(rng, v6: float = 0.12) -> str:
    return L("IP", V.ipv6(rng) if rng.random() < v6 else V.ipv4(rng))


def QQ(v: str) -> str:
    return L("QQ", v)


def WX(v: str) -> str:
    return L("WECHAT", v)


class Person:
    def __init__(self, rng, y0=1958, y1=2003, sex=None, reg=None):
        self.sex = sex or rng.choice("男女")
        self.name = V.name(rng)
        self.bd = V.birth(rng, y0, y1)
        self.reg = reg or V.region(rng)
        self.id = V.id_card(rng, self.bd, self.sex, self.reg)
        self.mobile = V.mobile(rng)
        self.age = 2024 - self.bd.year


def when(rng, y=2024) -> dt.datetime:
    return dt.datetime(y, 1, 1, 0, 0) + dt.timedelta(days=rng.randint(0, 330), minutes=rng.randint(0, 1439),
                                                     seconds=rng.randint(0, 59))


def ts(d: dt.datetime, sec: bool = True) -> str:
    return d.strftime("%Y-%m-%d %H:%M:%S" if sec else "%Y-%m-%d %H:%M")


def money(rng, a=10, b=5000) -> str:
    return "%.2f" % (rng.randint(a * 100, b * 100) / 100)


def order_no(rng, n=18, prefix="") -> str:
    return V.safe_digits(rng, n, prefix)


HOTELS = ["如家精选酒店（西湖文化广场店）", "汉庭酒店（火车东站店）", "全季酒店（人民广场店）", "亚朵酒店（科技园店）",
          "锦江之星（解放路店）", "维也纳国际酒店（会展中心店）", "山居·听雨民宿", "云栖小院民宿", "7天连锁酒店（大学城店）",
          "桔子水晶酒店（高铁站店）", "城市便捷酒店（步行街店）", "溪畔人家精品民宿", "丽枫酒店（机场路店）", "海友酒店（北站店）"]
NATIONS = ["汉", "汉", "汉", "汉", "汉", "回", "满", "壮", "土家", "苗", "彝", "蒙古"]
BANKS = ["中国工商银行", "中国农业银行", "中国建设银行", "招商银行", "交通银行", "中国银行", "中国邮政储蓄银行", "浦发银行"]


def room(rng) -> str:
    return "%d%02d" % (rng.randint(2, 18), rng.randint(1, 30))


# ------------------------------------------------------------------------------------------------------------
# lodging


def lodging_form(rng) -> str:
    p = Person(rng, 1960, 2003)
    hotel = rng.choice(HOTELS)
    t_in = when(rng)
    t_out = t_in + dt.timedelta(days=rng.randint(1, 4))
    lines = [
        hotel,
        "旅客住宿登记单（旅馆业治安管理信息系统）        登记编号：DJ%s%04d" % (t_in.strftime("%Y%m%d"), rng.randint(1, 9999)),
        "姓名：%s    性别：%s    民族：%s" % (p.name, p.sex, rng.choice(NATIONS)),
        "出生日期：" + BD(rng, p.bd),
        "证件类型：居民身份证    证件号码：" + ID(rng, p.id),
        "户籍地址：" + V.address(rng, p.reg),
        "联系电话：" + MOB(rng, p.mobile),
        "入住时间：%s    预离时间：%s 12:00    房号：%s" % (ts(t_in, False), t_out.strftime("%Y-%m-%d"), room(rng)),
    ]
    if rng.random() < 0.6:
        c = Person(rng, 2008, 2020) if rng.random() < 0.4 else Person(rng, 1960, 2003)
        lines.append("同住人：%s    出生日期：%s    证件号码：%s" % (c.name, BD(rng, c.bd), ID(rng, c.id)))
    if rng.random() < 0.6:
        lines.append("随行车辆：%s    停车位：B%d-%03d" % (PLATE(rng, reg=p.reg), rng.randint(1, 3), rng.randint(1, 300)))
    lines += [
        "房价：%s 元/晚    押金：%d 元（%s）" % (money(rng, 158, 688), rng.choice([200, 300, 500, 1000]),
                                        rng.choice(["现金", "微信", "支付宝", "信用卡预授权"])),
        "人证核验：%s（比对分值 %.2f）    前台经办：F0%02d" % (rng.choice(["通过", "通过", "人工复核通过"]),
                                              rng.uniform(0.82, 0.99), rng.randint(1, 60)),
        "旅客签名：__________",
    ]
    return "\n".join(lines)


def lodging_table(rng) -> str:
    d = when(rng)
    rows = []
    for _ in range(rng.randint(6, 10)):
        k = rng.random()
        r = room(rng)
        day = (d - dt.timedelta(days=rng.randint(0, 3))).strftime("%m-%d")
        car = PLATE(rng) if rng.random() < 0.3 else "—"
        if k < 0.7:
            p = Person(rng, 1960, 2004)
            rows.append([r, p.name, p.sex, "身份证", ID(rng, p.id), MOB(rng, p.mobile, 0.85), day, car])
        elif k < 0.82:
            nm, _ = rng.choice(V.HK_NAMES)
            rows.append([r, nm, rng.choice("男女"), "回乡证", L("HK_MACAO_PERMIT", V.hkm_permit(rng, rng.choice("HHM"))),
                         L("MOBILE", "+852 " + V.hk_mobile(rng)), day, "—"])
        elif k < 0.92:
            rows.append([r, rng.choice(V.TW_NAMES), rng.choice("男女"), "台胞证", V.tw_permit(rng),
                         L("MOBILE", "+886 " + V.tw_mobile(rng)), day, "—"])
        else:
            p = Person(rng, 1960, 2004)
            rows.append([r, p.name, p.sex, "护照", L("PASSPORT", V.passport(rng)), MOB(rng, p.mobile, 0.9), day, car])
    head = ["房号", "姓名", "性别", "证件类型", "证件号码", "联系电话", "入住", "车牌"]
    style = rng.choice(["pipe", "tab", "space"])
    title = "%s 在住旅客名单（%s 夜审导出）" % (rng.choice(HOTELS), d.strftime("%Y-%m-%d"))
    if style == "pipe":
        body = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)] + ["| " + " | ".join(r) + " |" for r in rows]
    elif style == "tab":
        body = ["\t".join(head)] + ["\t".join(r) for r in rows]
    else:
        body = ["  ".join(head)] + ["  ".join(r) for r in rows]
    foot = "共 %d 人；已上传治安管理系统 %d 人，失败 0 人。打印人：夜审 F0%02d" % (len(rows), len(rows), rng.randint(1, 60))
    return "\n".join([title] + body + [foot])


def lodging_booking(rng) -> str:
    p = Person(rng, 1965, 2002)
    reg = V.region(rng)
    t_in = when(rng)
    nights = rng.randint(1, 5)
    plat = rng.choice(["携程旅行", "美团酒店", "飞猪旅行", "同程旅行", "去哪儿旅行"])
    svc = {"携程旅行": "95010", "美团酒店": "10107888", "飞猪旅行": "95187", "同程旅行": "95711",
           "去哪儿旅行": "95117"}[plat]
    req = rng.choice([
        "需要车位，车牌号 " + PLATE(rng, reg=reg), "尽量安排高楼层、无烟房", "预计 23:00 后到店，请保留房间",
        "需要加床，同行儿童 %d 岁" % rng.randint(3, 10), "开具发票，抬头见订单",
    ])
    g2 = V.name(rng)
    lines = [
        "【%s】预订确认函" % plat,
        "订单号：%s    酒店确认号：%s" % (order_no(rng, 16, "1"), "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
                                                           for _ in range(8))),
        "酒店：%s" % rng.choice(HOTELS),
        "酒店地址：%s    酒店电话：%s" % (V.short_address(rng, reg), LAND(rng, reg[5])),
        "入住人：%s、%s" % (p.name, g2),
        "联系人手机：%s    电子邮箱：%s" % (MOB(rng, p.mobile), MAIL(rng)),
        "入住日期：%s    离店日期：%s    共 %d 晚" % (t_in.strftime("%Y-%m-%d"),
                                            (t_in + dt.timedelta(days=nights)).strftime("%Y-%m-%d"), nights),
        "房型：%s ×%d    房费合计：¥%s（在线已付，支付流水号 %s）" % (
            rng.choice(["高级大床房", "豪华双床房", "家庭房", "山景套房"]), rng.randint(1, 2), money(rng, 300, 4000),
            order_no(rng, 28, "4200")),
        "特殊要求：" + req,
        "如需修改或取消，请致电平台客服 %s。本邮件由系统自动发送，请勿直接回复。" % svc,
    ]
    return "\n".join(lines)


def lodging_handover(rng) -> str:
    d = when(rng)
    items = []
    for _ in range(rng.randint(4, 6)):
        k = rng.randint(0, 7)
        r = room(rng)
        if k == 0:
            items.append("%s房客人%s（手机%s）反映空调制热不良，已报工程部，工单 GC%s。" % (
                r, V.name(rng), MOB(rng, V.mobile(rng)), order_no(rng, 8, "2")))
        elif k == 1:
            p = Person(rng, 1965, 2003)
            items.append("夜审发现%s房未登记同住人，已补登：%s，身份证%s，系统已补传。" % (r, p.name, ID(rng, p.id)))
        elif k == 2:
            items.append("大堂门口临停车辆%s挡住消防通道，车主电话%s，已电话通知挪车。" % (PLATE(rng), MOB(rng, V.mobile(rng))))
        elif k == 3:
            bank, card = V.bank_and_card(rng)
            items.append("%s房客人退房，押金%d元原路退回至%s卡%s，凭条已夹在交班本。" % (
                r, rng.choice([300, 500, 800]), bank, CARD(rng, card)))
        elif k == 4:
            items.append("派出所来电（%s）抽查%s房住客信息，已按要求提供登记表复印件。" % (LAND(rng), r))
        elif k == 5:
            items.append("%s房客人要求延住至明日14:00，已收延时费%s元，会员卡号 %s。" % (
                r, money(rng, 50, 200), order_no(rng, 10, "8")))
        elif k == 6:
            nm, en = rng.choice(V.HK_NAMES)
            items.append("%s房香港客人%s（%s）回乡证%s，内地手机%s，明早叫醒 7:00。" % (
                r, nm, en, L("HK_MACAO_PERMIT", V.hkm_permit(rng, "H")), MOB(rng, V.mobile(rng))))
        else:
            items.append("%s房遗留物品：黑色双肩包一个，已登记失物编号 SW-%s，客人微信%s已留言。" % (
                r, order_no(rng, 6, "2"), WX(V.wechat(rng))))
    head = "%s 前台交接班记录  %s 夜班 → 早班" % (rng.choice(HOTELS), d.strftime("%Y年%m月%d日"))
    body = ["%d. %s" % (i + 1, s) for i, s in enumerate(items)]
    foot = "交班人：F0%02d    接班人：F0%02d    备用金：%s 元（已点清）" % (rng.randint(1, 60), rng.randint(1, 60),
                                                           money(rng, 1000, 3000))
    return "\n".join([head] + body + [foot])


def lodging_chat(rng) -> str:
    host = V.name(rng)
    p = Person(rng, 1975, 2002)
    q = Person(rng, 1975, 2002)
    d = when(rng)
    reg = V.region(rng)
    d = d.replace(hour=rng.randint(9, 21))

    def hm(k):
        return (d + dt.timedelta(minutes=k)).strftime("%H:%M")
    lines = [
        "【民宿预订 微信聊天记录导出】",
        "%s 客人：老板你好，这周六两间大床房还有吗？我们四个人，开车过来。" % hm(0),
        "%s %s（民宿管家）：有的，周六两间 %d 一晚，需要登记每位入住人身份证号哦。" % (hm(2), host, rng.choice([388, 428, 468, 598])),
        "%s 客人：好的，%s %s，%s %s" % (hm(5), p.name, ID(rng, p.id), q.name, ID(rng, q.id)),
        "%s 客人：另外两个明天发你。我手机%s，车牌%s" % (hm(6), MOB(rng, p.mobile), PLATE(rng, reg=reg)),
        "%s %s（民宿管家）：收到～定金转 %d 到这个微信就行，到时候导航搜我们店名，到了打我电话%s。" % (
            hm(9), host, rng.choice([200, 300, 500]), MOB(rng, V.mobile(rng))),
    ]
    if rng.random() < 0.6:
        lines.append("%s 客人：我朋友也想加你，他微信号是%s" % (hm(11), WX(V.wechat(rng))))
    lines.append("%s %s（民宿管家）：[位置] %s 民宿停车场 %s" % (hm(12), host, reg[3], GPS(rng, reg)))
    return "\n".join(lines)


def lodging_foreign(rng, kind: str) -> str:
    k = {"hk": rng.uniform(0, 0.45), "tw": rng.uniform(0.45, 0.82), "os": rng.uniform(0.82, 1)}[kind]
    d = when(rng)
    bd = V.birth(rng, 1955, 2002)
    sex = rng.choice("男女")
    hotel = rng.choice(HOTELS)
    if k < 0.45:
        nm, en = rng.choice(V.HK_NAMES)
        area = rng.choice(["中国香港", "中国香港", "中国澳门"])
        kind = "H" if area == "中国香港" else "M"
        doc = "港澳居民来往内地通行证"
        num = L("HK_MACAO_PERMIT", V.hkm_permit(rng, kind))
        ph = L("MOBILE", rng.choice(["+852 ", "+852-", "(852) "]) + V.hk_mobile(rng)) if kind == "H" else \
            L("MOBILE", "+853 " + V.mo_mobile(rng))
        extra = ""
        if kind == "H" and rng.random() < 0.5:
            extra = "\n其他证件：香港特别行政区护照 " + L("PASSPORT", V.hk_passport(rng))
    elif k < 0.82:
        nm, en = rng.choice(V.TW_NAMES), ""
        area = "中国台湾"
        doc = "台湾居民来往大陆通行证"
        num = V.tw_permit(rng)
        ph = L("MOBILE", "+886 " + V.tw_mobile(rng))
        extra = ""
        if rng.random() < 0.6:
            extra = "\n台湾居民居住证号码：" + L("ID_CARD", V.id_card(rng, bd, sex, code="830000"))
    else:
        nm, en = V.name(rng), ""
        area = "中国（华侨）"
        doc = "中华人民共和国普通护照"
        num = L("PASSPORT", V.passport(rng))
        ph = MOB(rng, V.mobile(rng))
        extra = ""
    contact = Person(rng)
    lines = [
        "境外人员临时住宿登记表    接待单位：%s" % hotel,
        "中文姓名：%s    英文姓名：%s    性别：%s" % (nm, en or "—", sex),
        "出生日期：%s    国家或地区：%s" % (BD(rng, bd), area),
        "证件种类：%s    证件号码：%s%s" % (doc, num, extra),
        "签注种类：%s    有效期至：%s" % (rng.choice(["—", "一次有效", "多次有效"]), (d + dt.timedelta(days=rng.randint(300, 3000))).strftime("%Y-%m-%d")),
        "入境日期：%s    入境口岸：%s" % ((d - dt.timedelta(days=rng.randint(0, 5))).strftime("%Y-%m-%d"),
                                   rng.choice(["罗湖", "深圳湾", "港珠澳大桥", "厦门高崎机场", "拱北"])),
        "联系电话：%s    停留事由：%s" % (ph, rng.choice(["探亲", "商务", "旅游", "会议"])),
        "内地联系人：%s    电话：%s" % (contact.name, MOB(rng, contact.mobile)),
        "入住房号：%s    入住时间：%s    登记人：F0%02d" % (room(rng), ts(d, False), rng.randint(1, 60)),
        "（本表须在旅客入住后24小时内报送辖区公安机关）",
    ]
    return "\n".join(lines)


def lodging_lost(rng) -> str:
    p = Person(rng, 1965, 2003)
    d = when(rng)
    q = Person(rng)
    bank, card = V.bank_and_card(rng)
    lines = [
        "%s 遗留物品及押金处理登记" % rng.choice(HOTELS),
        "登记时间：%s    登记编号：YL-%s" % (ts(d, False), order_no(rng, 8, "2")),
        "物品：居民身份证一张（姓名 %s，号码 %s），%s" % (p.name, ID(rng, p.id), rng.choice(["手机充电器一个", "雨伞一把", "钱包一个（内有现金若干）"])),
        "发现位置：%s房床头柜    发现人：客房部 F1%02d" % (room(rng), rng.randint(1, 50)),
        "联系情况：按登记电话%s联系客人，客人称委托%s（电话%s）代领。" % (MOB(rng, p.mobile), q.name, MOB(rng, q.mobile)),
        "代领人证件：%s    领取时间：%s" % (ID(rng, q.id), ts(d + dt.timedelta(hours=rng.randint(3, 48)), False)),
        "押金：客人押金 %d 元未退，按客人要求转至 %s %s，转账凭证号 %s。" % (
            rng.choice([200, 300, 500]), bank, CARD(rng, card), order_no(rng, 20, "2")),
        "经办：前台 F0%02d    复核：值班经理" % rng.randint(1, 60),
    ]
    return "\n".join(lines)


def lodging_foreign_hk(rng) -> str:
    return lodging_foreign(rng, "hk" if rng.random() < 0.7 else "os")


def lodging_foreign_tw(rng) -> str:
    return lodging_foreign(rng, "tw")


LODGING = [lodging_form, lodging_table, lodging_booking, lodging_handover, lodging_chat, lodging_foreign_hk, lodging_foreign_tw,
           lodging_lost]


# ------------------------------------------------------------------------------------------------------------
# telecom

OPERATORS = [("中国移动", "10086"), ("中国联通", "10010"), ("中国电信", "10000")]
BRANDS = {"中国移动": ["全球通", "动感地带", "神州行"], "中国联通": ["沃派", "大王卡", "沃4G+"], "中国电信": ["天翼", "星卡", "天翼畅享"]}


def city_short(reg) -> str:
    return reg[2][:-1] if reg[2].endswith("市") else reg[2]


def tele_sim(rng) -> str:
    op, svc = rng.choice(OPERATORS)
    p = Person(rng, 1955, 2005)
    d = when(rng)
    k = rng.random()
    if k < 0.66:
        doc, num = "居民身份证", ID(rng, p.id)
    elif k < 0.84:
        doc, num = "港澳居民来往内地通行证", L("HK_MACAO_PERMIT", V.hkm_permit(rng, rng.choice("HM")))
    else:
        doc, num = "护照", L("PASSPORT", V.passport(rng))
    lines = [
        "%s 客户入网登记信息（实名制）" % op,
        "业务流水号：%s    受理时间：%s" % (order_no(rng, 20, "1"), ts(d)),
        "办理号码：%s    号码归属：%s    品牌：%s" % (MOB(rng, p.mobile, 0.9), p.reg[2],
                                          rng.choice(BRANDS[op])),
        "客户名称：%s    性别：%s" % (p.name, p.sex),
        "证件类型：%s    证件号码：%s" % (doc, num),
        "证件地址：" + V.address(rng, p.reg),
    ]
    if rng.random() < 0.6:
        lines.append("出生日期：" + BD(rng, p.bd))
    lines.append("联系电话：%s    联系邮箱：%s" % (MOB(rng, V.mobile(rng)), MAIL(rng) if rng.random() < 0.6 else "—"))
    lines += [
        "SIM卡号（ICCID）：%s    IMSI：%s" % (V.iccid(rng), V.imsi(rng)),
        "套餐：%s    合约期：%d 个月" % (rng.choice(["5G畅享 129元", "全家享 199元", "大王卡 19元", "天翼畅享 89元"]),
                                rng.choice([12, 24])),
        "受理渠道：%s营业厅    经办工号：%s    受理终端：%s" % (
            p.reg[3], "YY%s" % order_no(rng, 6, "3"), V.private_ip(rng)),
        "人像比对：通过（相似度 %.3f）  活体检测：通过" % rng.uniform(0.85, 0.99),
        "客户签名确认：已电子签名    服务热线：%s" % svc,
    ]
    return "\n".join(lines)


def _callee(rng, reg):
    k = rng.random()
    if k < 0.55:
        m = V.mobile(rng)
        return L("MOBILE", rng.choice([m, m, m, "86" + m, "+86" + m]))
    if k < 0.75:
        return LAND(rng, reg[5] if rng.random() < 0.7 else None, style=rng.choice([5, 5, 0]))
    return rng.choice(["10086", "10010", "95588", "95533", "12345", "10690%s" % V.safe_digits(rng, 8, "5"),
                       "1065%s" % V.safe_digits(rng, 9, "5"), "400%s" % V.safe_digits(rng, 7, "8"), "12306"])


def tele_cdr(rng) -> str:
    p = Person(rng, 1965, 2002)
    reg = p.reg
    d0 = when(rng)
    with_gps = rng.random() < 0.5
    imei = V.imei(rng)
    head = ["起始时间", "通话时长(秒)", "呼叫类型", "对方号码", "通话地", "LAC", "CI", "IMEI"]
    if with_gps:
        head.append("基站经纬度")
    rows = []
    t = d0
    for i in range(rng.randint(7, 12)):
        t = t + dt.timedelta(minutes=rng.randint(3, 400), seconds=rng.randint(0, 59))
        row = [ts(t), str(rng.randint(0, 900)), rng.choice(["主叫", "被叫", "主叫", "被叫", "呼转"]), _callee(rng, reg),
               reg[2], str(rng.randint(10000, 65000)), str(rng.randint(10000, 99999999)), imei]
        if with_gps:
            row.append(GPS(rng, reg, lngfirst=False, dec=rng.choice([5, 6]), sep=",") if i % 3 == 0 else "—")
        rows.append(row)
    lines = [
        "%s 通话详单（调证回执）" % rng.choice(OPERATORS)[0],
        "查询号码：%s    机主：%s    证件号码：%s" % (MOB(rng, p.mobile, 0.9), p.name, ID(rng, p.id)),
        "查询时段：%s 至 %s    调证文书号：%s公（刑）调证字〔2024〕%d号" % (
            d0.strftime("%Y-%m-%d"), t.strftime("%Y-%m-%d"), city_short(reg), rng.randint(100, 9999)),
        "\t".join(head),
    ] + ["\t".join(r) for r in rows] + ["共 %d 条记录。以上数据仅供办案使用。" % len(rows)]
    return "\n".join(lines)


def tele_bill(rng) -> str:
    op, svc = rng.choice(OPERATORS)
    p = Person(rng, 1960, 2002)
    m = rng.randint(1, 11)
    fam = [V.mobile(rng) for _ in range(rng.randint(1, 3))]
    lines = [
        "【%s】%d年%d月账单" % (op, 2024, m),
        "尊敬的%s客户，您的号码 %s 本月账单如下：" % (p.name[0] + "**", MOB(rng, p.mobile, 0.9)),
        "账户编号：%s    客户编号：%s" % (order_no(rng, 12, "3"), order_no(rng, 10, "5")),
        "套餐及固定费：%s 元    语音通话费：%s 元    上网费：%s 元    增值业务费：%s 元" % (
            money(rng, 19, 199), money(rng, 0, 30), money(rng, 0, 60), money(rng, 0, 20)),
        "本月合计：%s 元    账户余额：%s 元" % (money(rng, 30, 300), money(rng, 0, 200)),
        "亲情网成员：" + "、".join(MOB(rng, x, 0.9) for x in fam),
    ]
    if rng.random() < 0.5:
        bank, card = V.bank_and_card(rng)
        lines.append("自动缴费：已绑定%s储蓄卡 %s，每月 %d 日代扣。" % (bank, CARD(rng, card), rng.randint(1, 28)))
    else:
        lines.append("缴费方式：现金/线上缴费，积分 %d 分将于年底清零。" % rng.randint(100, 9000))
    lines.append("通话明细（节选）：")
    t = when(rng)
    for _ in range(rng.randint(3, 5)):
        t += dt.timedelta(hours=rng.randint(1, 60))
        lines.append("  %s  %s  %s  %s  %d分%02d秒" % (t.strftime("%m-%d %H:%M:%S"), rng.choice(["主叫", "被叫"]),
                                                    _callee(rng, p.reg), p.reg[2], rng.randint(0, 20), rng.randint(0, 59)))
    lines.append("如有疑问请拨打 %s 或登录手机营业厅查询。" % svc)
    return "\n".join(lines)


def tele_port(rng) -> str:
    p = Person(rng, 1960, 2002)
    src_op, dst_op = rng.sample([o for o, _ in OPERATORS], 2)
    code = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    d = when(rng)
    lines = [
        "【%s】尊敬的客户，您的号码%s携号转网授权码为%s，有效期至%s，请勿泄露给他人。" % (
            src_op, MOB(rng, p.mobile, 0.95), code, (d + dt.timedelta(days=rng.randint(2, 5))).strftime("%m月%d日")),
        "",
        "携号转网业务申请表（携入方：%s）" % dst_op,
        "申请人：%s    证件类型：居民身份证    证件号码：%s" % (p.name, ID(rng, p.id)),
        "携转号码：%s    携出方：%s    授权码：%s" % (MOB(rng, p.mobile), src_op, code),
        "联系电话：%s    电子邮箱：%s" % (MOB(rng, V.mobile(rng)), MAIL(rng)),
        "新SIM卡ICCID：%s    生效时间：%s 02:00" % (V.iccid(rng), (d + dt.timedelta(days=1)).strftime("%Y-%m-%d")),
        "注意：携转期间请保持手机开机，原号码绑定的银行卡短信（如95588）不受影响。受理单号：%s" % order_no(rng, 16, "2"),
    ]
    if rng.random() < 0.5:
        q = Person(rng)
        lines.insert(5, "代办人：%s    代办人证件：%s    与机主关系：%s" % (q.name, ID(rng, q.id), rng.choice(["配偶", "子女", "父母"])))
    return "\n".join(lines)


def tele_broadband(rng) -> str:
    op, svc = rng.choice(OPERATORS)
    p = Person(rng, 1960, 2002)
    reg = p.reg
    d = when(rng)
    eng = V.name(rng)
    mac = ":".join("%02X" % rng.randint(0, 255) for _ in range(6))
    lines = [
        "%s 宽带装机工单" % op,
        "工单号：KD%s    派单时间：%s    预约上门：%s 14:00-16:00" % (
            order_no(rng, 14, "2"), ts(d, False), (d + dt.timedelta(days=1)).strftime("%Y-%m-%d")),
        "客户姓名：%s    证件号码：%s" % (p.name, ID(rng, p.id)),
        "联系电话：%s    备用电话：%s" % (MOB(rng, p.mobile), MOB(rng, V.mobile(rng)) if rng.random() < 0.6 else LAND(rng, reg[5])),
        "装机地址：" + V.address(rng, reg),
        "产品：%s    宽带账号：ad%s    固话号码：%s" % (rng.choice(["300M融合", "1000M光宽带", "500M+IPTV"]),
                                            order_no(rng, 11, "5"), LAND(rng, reg[5], style=rng.choice([0, 0, 1]))),
        "光猫型号：%s    SN：%s    MAC：%s" % (rng.choice(["HG6145F", "PT952G", "F7607P"]),
                                          "".join(rng.choice("0123456789ABCDEF") for _ in range(16)), mac),
        "开通结果：PPPoE 拨号成功，WAN 口地址 %s，网关管理地址 %s" % (IP(rng, 0.25), V.private_ip(rng)),
        "装维人员：%s    手机：%s    回单时间：%s" % (eng, MOB(rng, V.mobile(rng)), ts(d + dt.timedelta(days=1, hours=6), False)),
        "客户满意度回访请拨 %s。" % svc,
    ]
    return "\n".join(lines)


def tele_login(rng) -> str:
    op = rng.choice(OPERATORS)[0]
    p = Person(rng)
    t = when(rng)
    lines = ["%s 手机营业厅 账号安全记录" % op, "账号：%s    实名：%s" % (MOB(rng, p.mobile, 0.95), p.name[0] + "*" * (len(p.name) - 1)),
             "时间\t操作\tIP地址\t设备\t位置"]
    for _ in range(rng.randint(4, 7)):
        t += dt.timedelta(hours=rng.randint(1, 90), minutes=rng.randint(0, 59))
        dev = rng.choice(["iPhone15,2 iOS 17.4.1", "HUAWEI ALN-AL10 HarmonyOS 4.0.0", "Xiaomi 23127PN0CC Android 14",
                          "OPPO PHZ110 ColorOS 14.0", "Chrome 122.0.6261.94 Windows 10"])
        ip = IP(rng) if rng.random() < 0.8 else V.private_ip(rng) + "（内网代理）"
        lines.append("%s\t%s\t%s\t%s\t%s" % (ts(t), rng.choice(["短信验证码登录", "密码登录", "一键登录", "修改服务密码", "查询详单"]),
                                             ip, dev, rng.choice(["浙江杭州", "广东深圳", "上海", "北京", "四川成都"])))
    lines.append("如非本人操作，请立即修改服务密码。客户经理联系电话：%s" % MOB(rng, V.mobile(rng)))
    return "\n".join(lines)


def tele_transfer(rng) -> str:
    op, svc = rng.choice(OPERATORS)
    a = Person(rng, 1955, 1990)
    b = Person(rng, 1975, 2003)
    d = when(rng)
    lines = [
        "%s 号码过户/补卡业务受理单" % op,
        "受理编号：%s    受理时间：%s" % (order_no(rng, 18, "3"), ts(d)),
        "业务号码：%s" % MOB(rng, a.mobile, 0.8),
        "原机主：%s    证件号码：%s    出生日期：%s" % (a.name, ID(rng, a.id), BD(rng, a.bd)),
        "新机主：%s    证件号码：%s    联系电话：%s" % (b.name, ID(rng, b.id), MOB(rng, b.mobile)),
        "补卡原因：%s    新卡ICCID：%s    原卡ICCID：%s" % (rng.choice(["遗失", "损坏", "换5G卡"]), V.iccid(rng), V.iccid(rng)),
        "手机串号（IMEI）：%s    MEID：%s" % (V.imei(rng), V.meid(rng)),
        "校验方式：服务密码+近三月常用联系号码（%s、%s）" % (MOB(rng, V.mobile(rng), 0.9), MOB(rng, V.mobile(rng), 0.9)),
        "备注：原机主已于%s到场签字确认。营业员工号 %s，查询热线 %s。" % (d.strftime("%m月%d日"), order_no(rng, 7, "6"), svc),
    ]
    return "\n".join(lines)


def tele_roaming(rng) -> str:
    op, svc = rng.choice(OPERATORS)
    p = Person(rng, 1960, 2003)
    d = when(rng)
    dest = rng.choice(["中国香港", "中国澳门", "日本", "泰国", "新加坡", "韩国"])
    if dest in ("中国香港", "中国澳门"):
        trip = "往来港澳通行证    证件号码：" + L("HK_MACAO_PERMIT", V.hkm_permit(rng, "C"))
    else:
        trip = "护照    证件号码：" + L("PASSPORT", V.passport(rng))
    c = Person(rng)
    lines = [
        "%s 国际及港澳台漫游业务开通申请单" % op,
        "受理流水：%s    受理时间：%s    受理渠道：%s" % (order_no(rng, 18, "5"), ts(d), rng.choice(["营业厅", "手机营业厅", "客服热线"])),
        "开通号码：%s    机主：%s    身份证号码：%s" % (MOB(rng, p.mobile, 0.85), p.name, ID(rng, p.id)),
        "出行证件：%s" % trip,
        "目的地：%s    出行日期：%s 至 %s" % (dest, (d + dt.timedelta(days=3)).strftime("%Y-%m-%d"),
                                     (d + dt.timedelta(days=rng.randint(5, 20))).strftime("%Y-%m-%d")),
        "漫游套餐：%s    预存：%d 元    信用额度：%d 元" % (rng.choice(["亚洲多国畅游包 7天", "港澳流量日包", "全球通用流量包"]),
                                               rng.choice([0, 100, 200]), rng.choice([100, 300, 500])),
        "境内紧急联系人：%s    电话：%s" % (c.name, MOB(rng, c.mobile)),
        "温馨提示：境外拨打客服请拨 +86-%s（免费）；境外收到“中奖”“退税”短信请勿回复。" % svc,
    ]
    if rng.random() < 0.5:
        lines.insert(4, "出生日期：%s    电子账单邮箱：%s" % (BD(rng, p.bd), MAIL(rng)))
    return "\n".join(lines)


TELECOM = [tele_sim, tele_cdr, tele_bill, tele_port, tele_broadband, tele_login, tele_transfer, tele_roaming]


# ------------------------------------------------------------------------------------------------------------
# finance

COMPANIES = ["杭州云帆网络科技有限公司", "深圳市前海星辰贸易有限公司", "上海浦江物业管理有限公司", "成都锦程餐饮管理有限公司",
             "武汉楚天建材有限公司", "南京金陵商贸有限公司", "广州天河恒信电子有限公司", "苏州工业园区博达精密制造有限公司",
             "北京朝阳启航教育咨询有限公司", "郑州中原汇通物流有限公司"]


def corp_account(rng) -> str:
    return V.safe_digits(rng, rng.choice([17, 19, 20, 21]), rng.choice(["3301", "1202", "4405", "3100", "1100", "7331"]))


def fin_statement(rng) -> str:
    p = Person(rng, 1965, 2000)
    bank, card = V.bank_and_card(rng)
    t = when(rng)
    t0 = t
    bal = rng.randint(2000, 80000) + rng.randint(0, 99) / 100
    rows = []
    for _ in range(rng.randint(8, 13)):
        t += dt.timedelta(hours=rng.randint(2, 70), minutes=rng.randint(0, 59))
        k = rng.random()
        amt = rng.randint(1000, 900000) / 100
        if k < 0.4:
            q = V.name(rng)
            summ, who, acct = rng.choice(["转账", "网银转账", "手机银行转出", "跨行转入"]), q, CARD(rng, V.bank_card(rng), 0.15)
        elif k < 0.55:
            summ, who, acct = rng.choice(["工资", "代发工资", "报销"]), rng.choice(COMPANIES), corp_account(rng)
        elif k < 0.7:
            summ, who, acct = "快捷支付", rng.choice(["支付宝（中国）网络技术有限公司", "财付通支付科技有限公司"]), \
                rng.choice(["215500690", "243300133", "1216"])
        elif k < 0.8:
            summ, who, acct = rng.choice(["ATM取款", "柜台取现"]), "—", "—"
            amt = rng.choice([500, 1000, 2000, 3000])
        elif k < 0.9:
            summ, who, acct = "消费", rng.choice(["美团", "京东商城", "拼多多", "中国石化"]), "6222 **** **** %04d" % rng.randint(0, 9999)
        else:
            summ, who, acct = "利息", "—", "—"
            amt = rng.randint(1, 9000) / 100
        sign = -1 if summ in ("转账", "网银转账", "手机银行转出", "ATM取款", "柜台取现", "快捷支付", "消费") else 1
        bal = max(0.0, bal + sign * amt)
        rows.append([ts(t), summ, "%+.2f" % (sign * amt), "%.2f" % bal, who, acct, order_no(rng, rng.choice([20, 22, 24]), "2")])
    head = ["交易时间", "摘要", "交易金额", "账户余额", "对方户名", "对方账号", "交易流水号"]
    lines = [
        "%s 个人账户交易明细（流水）" % bank,
        "户名：%s    卡号：%s    证件号码：%s" % (p.name, CARD(rng, card, 0.5), ID(rng, p.id)),
        "起止日期：%s 至 %s    币种：人民币    打印网点：%s支行（联行号 %s）" % (
            t0.strftime("%Y-%m-%d"), t.strftime("%Y-%m-%d"), p.reg[3], V.safe_digits(rng, 12, "10")),
        " | ".join(head),
    ] + [" | ".join(r) for r in rows] + ["本明细仅供参考，加盖业务章后有效。打印柜员：%s" % order_no(rng, 7, "8")]
    return "\n".join(lines)


def fin_credit(rng) -> str:
    p = Person(rng, 1965, 1998)
    sp = Person(rng, 1965, 1998, sex="女" if p.sex == "男" else "男")
    d = when(rng)
    hist = [V.mobile(rng) for _ in range(rng.randint(2, 4))]
    lines = [
        "个人信用报告（本人查询版）",
        "报告编号：%s    报告时间：%s" % (order_no(rng, 22, "2024"), ts(d)),
        "被查询者姓名：%s    证件类型：身份证    证件号码：%s" % (p.name, ID(rng, p.id)),
        "一、身份信息",
        "性别：%s    出生日期：%s    婚姻状况：已婚    学历：%s" % (p.sex, BD(rng, p.bd), rng.choice(["本科", "大专", "硕士研究生", "高中"])),
        "通讯地址：%s" % V.address(rng, p.reg),
        "单位电话：%s    住宅电话：%s" % (LAND(rng, p.reg[5]), LAND(rng, p.reg[5]) if rng.random() < 0.5 else "—"),
        "配偶姓名：%s    配偶证件号码：%s    配偶联系电话：%s" % (sp.name, ID(rng, sp.id), MOB(rng, sp.mobile, 0.9)),
        "手机号码信息：",
        "编号\t手机号码\t信息更新日期",
    ]
    for i, m in enumerate(hist):
        lines.append("%d\t%s\t%s" % (i + 1, MOB(rng, m, 1.0), (d - dt.timedelta(days=rng.randint(30, 2000))).strftime("%Y.%m.%d")))
    lines += [
        "二、信贷交易信息明细",
        "账户1：%s个人住房贷款，账户编号 %s，借款金额 %s 元，余额 %s 元，当前逾期 0 期。" % (
            rng.choice(BANKS), order_no(rng, 19, "3"), rng.choice(["800,000", "1,200,000", "650,000"]),
            rng.choice(["512,334", "988,201", "402,117"])),
        "账户2：贷记卡，发卡机构 %s，账户标识 %s，授信额度 %s 元。" % (rng.choice(BANKS), "%04d" % rng.randint(0, 9999) + "（尾号）",
                                                    rng.choice(["30,000", "50,000", "80,000"])),
        "三、查询记录",
    ]
    for _ in range(rng.randint(2, 4)):
        lines.append("%s\t%s\t%s" % ((d - dt.timedelta(days=rng.randint(1, 700))).strftime("%Y.%m.%d"),
                                     rng.choice(BANKS + ["某消费金融有限公司"]), rng.choice(["贷后管理", "信用卡审批", "贷款审批", "本人查询（互联网）"])))
    return "\n".join(lines)


def fin_collect(rng) -> str:
    p = Person(rng, 1975, 2003)
    plat = rng.choice(["速借宝", "闪电分期", "易贷花", "好借钱包", "及时雨贷"])
    rel = [(rng.choice(["父亲", "母亲", "配偶", "姐姐", "同事", "室友"]), V.name(rng), V.mobile(rng)) for _ in range(rng.randint(2, 3))]
    d = when(rng)
    due = rng.randint(3, 120)
    lines = ["【短信记录导出】"]
    lines.append("%s 【%s】%s您好，您的借款（账单号%s）已逾期%d天，应还%s元，请于今日18:00前还款，避免影响征信。" % (
        ts(d, False), plat, p.name, order_no(rng, 16, "7"), due, money(rng, 800, 20000)))
    lines.append("%s 106%s：%s，你身份证%s名下借款已转贷后处理，如继续拖欠将上门走访。" % (
        ts(d + dt.timedelta(days=1), False), V.safe_digits(rng, 9, "9"), p.name, ID(rng, p.id)))
    r1 = rel[0]
    lines.append("%s %s：你不还我们就联系你%s%s（%s）了，你通讯录里的%s%s我们也有。" % (
        ts(d + dt.timedelta(days=2), False), MOB(rng, V.mobile(rng)), r1[0], r1[1], MOB(rng, r1[2]), rel[1][0],
        MOB(rng, rel[1][2])))
    if len(rel) > 2:
        lines.append("%s %s：已通知紧急联系人%s（%s %s），请你本人尽快回电%s。" % (
            ts(d + dt.timedelta(days=3), False), LAND(rng), rel[2][1], rel[2][0], MOB(rng, rel[2][2]), LAND(rng)))
    lines.append("%s 【%s】还款账户：户名 %s，账号 %s，开户行 %s。请备注借款人姓名及手机号%s。" % (
        ts(d + dt.timedelta(days=4), False), plat, rng.choice(COMPANIES), corp_account(rng), rng.choice(BANKS),
        MOB(rng, p.mobile, 0.95)))
    lines.append("（以上短信由%s本人截图整理，拟向互联网金融协会投诉暴力催收，投诉邮箱%s）" % (p.name, MAIL(rng)))
    return "\n".join(lines)


def fin_loanapp(rng) -> str:
    p = Person(rng, 1975, 2003)
    d = when(rng)
    c1, c2 = Person(rng), Person(rng)
    la, lo = V.gps(rng, p.reg)
    bc = V.bank_and_card(rng)
    rec = [
        ("apply_id", '"%s"' % order_no(rng, 18, "5")),
        ("apply_time", '"%s"' % ts(d)),
        ("name", '"%s"' % p.name),
        ("id_no", '"%s"' % L("ID_CARD", p.id)),
        ("mobile", '"%s"' % L("MOBILE", p.mobile)),
        ("bank_card", '"%s"' % L("BANK_CARD", bc[1])),
        ("bank_name", '"%s"' % bc[0]),
        ("email", '"%s"' % MAIL(rng) if rng.random() < 0.6 else "null"),
        ("contacts", '[{"relation":"%s","name":"%s","phone":"%s"},{"relation":"%s","name":"%s","phone":"%s"}]' % (
            rng.choice(["父亲", "母亲", "配偶"]), c1.name, L("MOBILE", c1.mobile), rng.choice(["同事", "朋友", "兄弟姐妹"]), c2.name,
            L("MOBILE", c2.mobile))),
        ("device", '{"imei":"%s","model":"%s","os":"%s"}' % (V.imei(rng), rng.choice(["V2231A", "PGT-AN10", "M2012K11AC"]),
                                                             rng.choice(["Android 13", "Android 12", "HarmonyOS 3.0.0"]))),
        ("ip", '"%s"' % IP(rng, 0.15)),
        ("gps", '"%s"' % L("GPS", "%s,%s" % (lo, la))),
        ("credit_limit", str(rng.choice([3000, 5000, 8000, 20000]))),
        ("risk_score", "%.4f" % rng.random()),
    ]
    lines = ["// loan_apply 导出记录（风控审核）", "{"] + ['  "%s": %s,' % (k, v) for k, v in rec]
    lines[-1] = lines[-1].rstrip(",")
    lines.append("}")
    return "\n".join(lines)


def fin_policy(rng) -> str:
    ins = rng.choice([("中国人寿", "95519"), ("平安人寿", "95511"), ("太平洋保险", "95500"), ("泰康人寿", "95522"),
                      ("新华保险", "95567")])
    a = Person(rng, 1965, 1995)
    b = Person(rng, 1990, 2020) if rng.random() < 0.5 else a
    d = when(rng)
    lines = [
        "%s 电子保险单" % ins[0],
        "保险单号：%s    投保单号：%s    生效日期：%s 零时" % (order_no(rng, 20, "8"), order_no(rng, 15, "6"), d.strftime("%Y年%m月%d日")),
        "投保人：%s    证件号码：%s" % (a.name, ID(rng, a.id)),
        "投保人手机：%s    电子邮箱：%s" % (MOB(rng, a.mobile), MAIL(rng)),
    ]
    if b is a:
        lines.append("被保险人：同投保人    出生日期：%s    与投保人关系：本人" % BD(rng, a.bd))
    else:
        lines.append("被保险人：%s    性别：%s    出生日期：%s    证件号码：%s    与投保人关系：子女" % (
            b.name, b.sex, BD(rng, b.bd), ID(rng, b.id)))
    if rng.random() < 0.25:
        lines.append("境外旅行证件：护照 %s" % L("PASSPORT", V.passport(rng)))
    elif rng.random() < 0.2:
        lines.append("境外旅行证件：往来港澳通行证 %s" % L("HK_MACAO_PERMIT", V.hkm_permit(rng, "C")))
    ben = Person(rng)
    lines += [
        "身故受益人：%s（法定/指定 100%%）    受益人证件号码：%s" % (ben.name, ID(rng, ben.id)),
        "险种：%s    基本保额：%s 元    年交保费：%s 元    交费期间：%d 年" % (
            rng.choice(["终身重疾险", "百万医疗险", "定期寿险", "年金保险"]), rng.choice(["300,000", "500,000", "1,000,000"]),
            money(rng, 500, 12000), rng.choice([10, 20, 30])),
        "续期交费账户：%s %s" % tuple((lambda bc: (bc[0], CARD(rng, bc[1])))(V.bank_and_card(rng))),
        "服务代理人：%s    工号 %s    代理人电话：%s" % (V.name(rng), order_no(rng, 10, "1"), MOB(rng, V.mobile(rng))),
        "客服热线：%s    犹豫期：收到保单之日起 15 日" % ins[1],
    ]
    return "\n".join(lines)


def fin_security(rng) -> str:
    bank = rng.choice([("招商银行", "95555"), ("中国工商银行", "95588"), ("中国建设银行", "95533"), ("中国农业银行", "95599")])
    p = Person(rng)
    t = when(rng)
    lines = ["%s 手机银行 安全中心 - 登录设备与记录" % bank[0], "用户：%s    绑定手机：%s" % (p.name, MOB(rng, p.mobile, 0.9)),
             "登录时间 | 登录方式 | 登录IP | 设备"]
    for _ in range(rng.randint(3, 6)):
        t += dt.timedelta(hours=rng.randint(2, 80))
        lines.append("%s | %s | %s | %s" % (ts(t), rng.choice(["指纹", "手势", "登录密码", "短信验证码"]), IP(rng, 0.2),
                                            rng.choice(["iPhone 14 Pro", "HUAWEI Mate 60", "Xiaomi 14", "vivo X100"])))
    lines.append("")
    lines.append("【%s】您尾号%04d的储蓄卡%s转出%s元，余额%s元。如非本人操作请致电%s。" % (
        bank[0], rng.randint(0, 9999), t.strftime("%m月%d日%H:%M"), money(rng, 100, 50000), money(rng, 0, 9000), bank[1]))
    lines.append("收款方：%s  收款卡号：%s（本人于网点补打回单）" % (V.name(rng), CARD(rng, V.bank_card(rng), 0.5)))
    return "\n".join(lines)


def fin_callnotes(rng) -> str:
    p = Person(rng, 1975, 2001)
    d = when(rng)
    lines = ["催收作业记录（案件号 CS%s，委案金额 %s 元，逾期 M%d）" % (order_no(rng, 12, "2"), money(rng, 2000, 90000), rng.randint(1, 6)),
             "借款人：%s    身份证：%s    注册手机：%s" % (p.name, ID(rng, p.id), MOB(rng, p.mobile))]
    for _ in range(rng.randint(3, 5)):
        d += dt.timedelta(hours=rng.randint(3, 50))
        k = rng.randint(0, 4)
        rel = rng.choice(["父亲", "母亲", "哥哥", "妹妹", "表姐", "前同事", "房东"])
        if k == 0:
            s = "拨打本人%s，关机。" % MOB(rng, p.mobile, 0.9)
        elif k == 1:
            s = "联系%s %s（%s），称已不联系借款人，拒绝代偿。" % (rel, V.name(rng), MOB(rng, V.mobile(rng)))
        elif k == 2:
            s = "通讯录联系人%s（%s）接听，答应转告。" % (rel, MOB(rng, V.mobile(rng)))
        elif k == 3:
            s = "借款人单位座机%s，前台称已离职。" % LAND(rng, p.reg[5])
        else:
            s = "借款人微信%s已发送还款提醒，未回复；QQ %s 已添加好友。" % (WX(V.wechat(rng)), QQ(V.qq(rng)))
        lines.append("%s  坐席%s：%s" % (ts(d, False), order_no(rng, 4, "8"), s))
    lines.append("下一步：发律师函至%s，申请外访。" % V.address(rng, p.reg))
    return "\n".join(lines)


FINANCE = [fin_statement, fin_credit, fin_collect, fin_loanapp, fin_policy, fin_security, fin_callnotes]


# ------------------------------------------------------------------------------------------------------------
# e-commerce

GOODS = ["加厚珊瑚绒四件套 1.8m", "无线蓝牙耳机 降噪版", "儿童保温杯 500ml", "智能手环 NFC版", "速干运动T恤 男款 XL",
         "猫粮 成猫 10kg", "空气炸锅 5L", "机械键盘 青轴 87键", "护手霜礼盒 3支装", "电动牙刷 替换刷头 4支",
         "车载手机支架", "不锈钢炒锅 32cm", "婴儿湿巾 80抽×12包", "瑜伽垫 加厚 10mm"]


def _csvq(s: str) -> str:
    return '"%s"' % s if ("," in s or "，" in s) else s


def ec_csv(rng) -> str:
    head = ["订单编号", "买家会员名", "买家支付宝账号", "收货人姓名", "收货地址", "联系电话", "联系手机", "订单创建时间", "宝贝标题",
            "实付金额", "物流单号"]
    rows = []
    for _ in range(rng.randint(4, 8)):
        p = Person(rng)
        acct = rng.random()
        ali = MAIL(rng) if acct < 0.35 else L("MOBILE", V.mobile(rng)) if acct < 0.6 else \
            V.mask_mobile(V.mobile(rng)) if acct < 0.8 else V.email(rng)[:1] + "***@" + rng.choice(V.MAIL_DOMAINS)
        tel = LAND(rng, p.reg[5], style=0) if rng.random() < 0.2 else ""
        rows.append([order_no(rng, 19, rng.choice(["3", "2", "1"])), "tb" + order_no(rng, 9, "5") if rng.random() < 0.5
                     else rng.choice(V.SYL) + rng.choice(["小铺", "_", "88", "宝宝"]), ali, p.name, _csvq(V.address(rng, p.reg)),
                     tel, L("MOBILE", p.mobile), ts(when(rng)), rng.choice(GOODS), money(rng, 9, 800),
                     rng.choice(["SF", "YT", "JT", "ZTO"]) + order_no(rng, 13, "4")])
    return "\n".join(["# 卖家中心 订单导出 %s" % ts(when(rng)), ",".join(head)] + [",".join(r) for r in rows])


def ec_tsv(rng) -> str:
    head = ["订单号", "商品", "数量", "收货信息", "下单IP", "下单时间", "备注"]
    rows = []
    for _ in range(rng.randint(4, 8)):
        p = Person(rng)
        sep = rng.choice(["，", ",", " ", "，"])
        info = sep.join([p.name, L("MOBILE", p.mobile if rng.random() < 0.8 else "%s-%s-%s" % (p.mobile[:3], p.mobile[3:7], p.mobile[7:])),
                         V.address(rng, p.reg)])
        note = rng.choice(["", "", "请放门卫", "到了打电话", "备用电话 " + MOB(rng, V.mobile(rng), 0.9), "发顺丰",
                           "开发票 邮箱 " + MAIL(rng), "跨境清关 订购人身份证 " + ID(rng, p.id)])
        rows.append([order_no(rng, 20, "24"), rng.choice(GOODS), str(rng.randint(1, 3)), info,
                     IP(rng, 0.1) if rng.random() < 0.7 else "—", ts(when(rng)), note])
    title = "拼单平台 商家后台 待发货订单（TSV）"
    return "\n".join([title, "\t".join(head)] + ["\t".join(r) for r in rows])


def ec_alipay(rng) -> str:
    owner = MAIL(rng) if rng.random() < 0.5 else L("MOBILE", V.mobile(rng))
    t = when(rng)
    lines = ["支付宝交易记录明细查询", "账号:[%s]" % owner, "起始日期:[%s]    终止日期:[%s]" % (
        t.strftime("%Y-%m-%d 00:00:00"), (t + dt.timedelta(days=30)).strftime("%Y-%m-%d 00:00:00")),
        "---------------------------------交易记录明细列表------------------------------------",
        "交易号,商家订单号,交易创建时间,交易对方,对方账户,商品名称,金额（元）,收/支,交易状态"]
    for _ in range(rng.randint(5, 9)):
        t += dt.timedelta(hours=rng.randint(1, 70))
        k = rng.random()
        if k < 0.3:
            who, acct = V.name(rng), MAIL(rng)
        elif k < 0.5:
            who, acct = V.name(rng), L("MOBILE", V.mobile(rng))
        elif k < 0.7:
            who, acct = V.name(rng)[0] + "*" + "某", V.mask_mobile(V.mobile(rng))
        else:
            who, acct = rng.choice(["天猫超市", "饿了么", "高德打车", "滴滴出行", "12306"]), rng.choice(["tmall***@alibaba.com", "—"])
        lines.append(",".join([t.strftime("%Y%m%d") + order_no(rng, 20, "2"), "T200P" + order_no(rng, 18, "1"),
                               ts(t), who, acct, rng.choice(["转账", "商品", "退款", "红包"]), money(rng, 1, 3000),
                               rng.choice(["支出", "收入"]), rng.choice(["交易成功", "交易关闭", "退款成功"])]))
    lines.append("导出时间:[%s]    用户:%s" % (ts(t + dt.timedelta(days=1)), V.name(rng)))
    return "\n".join(lines)


def ec_wechat(rng) -> str:
    p = Person(rng)
    t = when(rng)
    lines = [
        "关于一笔微信转账的申诉材料",
        "申诉人：%s    身份证号：%s    手机：%s" % (p.name, ID(rng, p.id), MOB(rng, p.mobile)),
        "附：微信支付账单明细（导出）",
        "微信昵称：[%s]" % rng.choice(["清风徐来", "小鱼儿", "A.木子", "Sunny", "夏天的风"]),
        "起始时间：[%s] 终止时间：[%s]" % (t.strftime("%Y-%m-%d 00:00:00"), (t + dt.timedelta(days=7)).strftime("%Y-%m-%d 23:59:59")),
        "交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注",
    ]
    for _ in range(rng.randint(4, 7)):
        t += dt.timedelta(hours=rng.randint(1, 30))
        pay = rng.choice(["零钱", "零钱通", "%s(%04d)" % (rng.choice(["招商银行", "建设银行", "工商银行"]), rng.randint(0, 9999))])
        lines.append(",".join([ts(t), rng.choice(["转账", "商户消费", "微信红包", "扫二维码付款"]),
                               rng.choice(["美团平台商户", "一点点奶茶", V.name(rng), "滴滴出行"]), rng.choice(["/", "外卖订单", "打车"]),
                               "支出", "¥" + money(rng, 1, 5000), pay, rng.choice(["支付成功", "已转账", "对方已收钱"]),
                               "4200002" + order_no(rng, 21, "1"),
                               order_no(rng, 20, "5") if rng.random() < 0.6 else "/", "/"]))
    lines.append("诉求：%s向对方（对方自称客服，微信号%s，留的电话%s）转账后被拉黑，请求协助冻结。" % (
        t.strftime("%m月%d日"), WX(V.wechat(rng)), MOB(rng, V.mobile(rng))))
    return "\n".join(lines)


def ec_ticket(rng) -> str:
    p = Person(rng)
    t = when(rng)
    lines = [
        "售后工单 #%s    创建：%s    渠道：%s" % (order_no(rng, 12, "9"), ts(t), rng.choice(["在线客服", "APP反馈", "电话"])),
        "关联订单：%s    商品：%s" % (order_no(rng, 19, "3"), rng.choice(GOODS)),
        "问题类型：%s" % rng.choice(["商品破损", "少发漏发", "七天无理由退货", "质量问题换货"]),
        "客户描述：收到货%s，要求%s。联系电话%s，白天打不通可以打%s，或者发邮件到%s。" % (
            rng.choice(["外包装压坏", "少了一件", "有异味", "开机无反应"]), rng.choice(["退货退款", "补发", "换新"]),
            MOB(rng, p.mobile), MOB(rng, V.mobile(rng)) if rng.random() < 0.6 else LAND(rng, p.reg[5]), MAIL(rng)),
        "处理记录：",
        "  %s 客服%s：已致电客户确认，安排上门取件，退货运单号 %s%s。" % (
            ts(t + dt.timedelta(hours=3), False), rng.choice(["小美", "阿杰", "小雨"]), rng.choice(["SF", "JD"]), order_no(rng, 13, "3")),
        "  %s 仓库：退货已签收，质检通过。" % ts(t + dt.timedelta(days=2), False),
    ]
    if rng.random() < 0.5:
        bank, card = V.bank_and_card(rng)
        lines.append("  %s 财务：原支付渠道已关闭，按客户要求退至银行卡 %s（%s），退款流水 %s。" % (
            ts(t + dt.timedelta(days=3), False), CARD(rng, card), bank, order_no(rng, 24, "1")))
    else:
        lines.append("  %s 财务：已原路退回，退款单号 %s。" % (ts(t + dt.timedelta(days=3), False), order_no(rng, 24, "1")))
    lines.append("客户提交IP：%s    满意度：%d星" % (IP(rng, 0.1), rng.randint(1, 5)))
    return "\n".join(lines)


def ec_xianyu(rng) -> str:
    item = rng.choice(["iPhone 13 128G 蓝色", "Switch OLED 日版", "索尼 A7M3 单机身", "戴森 V10 吸尘器", "小米电动滑板车 Pro2",
                       "iPad Air 5 64G", "宝宝推车 好孩子"])
    reg = V.region(rng)
    lines = [
        "【闲置转让】%s %s成新" % (item, rng.choice(["九", "九五", "99"])),
        "自用%s，无拆无修，%s。原价%d，现%d出，不刀。" % (rng.choice(["一年", "半年", "两年"]), rng.choice(["配件齐全", "带原盒", "有发票"]),
                                           rng.randint(2000, 9000), rng.randint(500, 4000)),
    ]
    if "iPhone" in item or "iPad" in item:
        lines.append("序列号/IMEI 可以验：%s（查保修随便查）" % V.imei(rng))
    k = rng.random()
    if k < 0.4:
        lines.append("%s%s面交优先，电话%s，微信同号。" % (reg[2], reg[3], MOB(rng, V.mobile(rng), 0.6)))
    elif k < 0.7:
        lines.append("同城自提，外地顺丰到付。平台聊天不常看，加微信%s 或 QQ %s。" % (WX(V.wechat(rng)), QQ(V.qq(rng))))
    else:
        lines.append("联系：%s（手机），邮箱%s，请注明来意。" % (MOB(rng, V.mobile(rng)), MAIL(rng)))
    lines.append("—— 留言区 ——")
    lines.append("买家A：还在吗？能便宜点吗")
    lines.append("卖家：在的，价格很实在了。%s" % rng.choice(["", "今天能来的话送个壳。", "发货地%s。" % reg[2]]))
    lines.append("买家B：已加你，我微信%s，备注闲鱼" % WX(V.wechat(rng)))
    return "\n".join(lines)


def ec_members(rng) -> str:
    lines = ["[", ]
    objs = []
    for _ in range(rng.randint(3, 5)):
        p = Person(rng)
        t = when(rng, 2023)
        o = ['"uid": %s' % V.safe_digits(rng, 9, "2"), '"nick": "%s"' % (rng.choice(V.SYL) + str(rng.randint(1, 999))),
             '"name": "%s"' % p.name, '"mobile": "%s"' % L("MOBILE", p.mobile)]
        if rng.random() < 0.6:
            o.append('"email": "%s"' % MAIL(rng))
        if rng.random() < 0.6:
            o.append('"birthday": "%s"' % BD(rng, p.bd, 0))
        if rng.random() < 0.3:
            o.append('"tel": "%s"' % LAND(rng, p.reg[5], style=0))
        o += ['"reg_ip": "%s"' % (IP(rng, 0.1) if rng.random() < 0.7 else V.private_ip(rng)),
              '"reg_time": "%s"' % ts(t), '"level": %d' % rng.randint(1, 6), '"points": %d' % rng.randint(0, 20000)]
        objs.append("  {" + ", ".join(o) + "}")
    return "// 会员信息导出 members_export.json（第 %d 页）\n" % rng.randint(1, 40) + lines[0] + "\n" + ",\n".join(objs) + "\n]"


ECOMMERCE = [ec_csv, ec_tsv, ec_alipay, ec_wechat, ec_ticket, ec_xianyu, ec_members]


# ------------------------------------------------------------------------------------------------------------
# transport

STATIONS = ["杭州东", "上海虹桥", "北京南", "南京南", "武汉", "长沙南", "广州南", "深圳北", "成都东", "西安北", "郑州东", "合肥南",
            "厦门北", "重庆西", "济南西"]


def _train(rng) -> str:
    return rng.choice("GDGGDK") + str(rng.randint(1, 2999))


def tr_12306_order(rng) -> str:
    p = Person(rng, 1960, 2004)
    q = Person(rng, 1960, 2015)
    a, b = rng.sample(STATIONS, 2)
    d = when(rng)
    ono = "E" + V.safe_digits(rng, 9, "1")
    lines = [
        "中国铁路12306 订单详情",
        "订单号：%s    下单时间：%s    状态：已支付" % (ono, ts(d)),
        "%s %s次 %s %s开 → %s %s到" % ((d + dt.timedelta(days=3)).strftime("%Y-%m-%d"), _train(rng), a,
                                    "%02d:%02d" % (rng.randint(6, 20), rng.randint(0, 59)), b,
                                    "%02d:%02d" % (rng.randint(8, 23), rng.randint(0, 59))),
        "乘车人\t证件类型\t证件号码\t席别\t车厢席位\t票价",
        "%s\t居民身份证\t%s\t二等座\t%02d车%02d%s号\t¥%s" % (p.name, V.mask_id(p.id, rng), rng.randint(1, 16),
                                                     rng.randint(1, 20), rng.choice("ABCDF"), money(rng, 50, 900)),
        "%s\t居民身份证\t%s\t二等座\t%02d车%02d%s号\t¥%s" % (q.name, V.mask_id(q.id, rng), rng.randint(1, 16),
                                                     rng.randint(1, 20), rng.choice("ABCDF"), money(rng, 50, 900)),
        "联系人：%s    手机号码：%s    邮箱：%s" % (p.name, MOB(rng, p.mobile), MAIL(rng) if rng.random() < 0.6 else "未填写"),
        "支付方式：%s    支付流水号：%s" % (rng.choice(["支付宝", "微信支付", "中国银联"]), order_no(rng, 24, "2")),
        "温馨提示：请携带购票时使用的有效身份证件原件乘车。客服电话 12306。",
    ]
    if rng.random() < 0.5:
        lines.append("常用乘车人备注（本人手工记录）：%s 身份证 %s" % (q.name, ID(rng, q.id)))
    return "\n".join(lines)


def tr_12306_sms(rng) -> str:
    p = Person(rng, 1960, 2004)
    d = when(rng)
    a, b = rng.sample(STATIONS, 2)
    o = "E" + V.safe_digits(rng, 9, "2")
    lines = [
        "短信备份 %s" % d.strftime("%Y-%m-%d"),
        "[12306] %s 【铁路客服】订单%s，%s您已购%s%s次%02d车%02d%s号，%s%s开。" % (
            ts(d, False), o, p.name, "%d月%d日" % ((d + dt.timedelta(days=2)).month, (d + dt.timedelta(days=2)).day), _train(rng), rng.randint(1, 16),
            rng.randint(1, 20), rng.choice("ABCDF"), a, "%02d:%02d" % (rng.randint(6, 21), rng.randint(0, 59))),
        "[12306] %s 【铁路客服】订单%s，%s您已办理%s退票，应退票款%s元，退票费%s元，实退%s元，将于15个工作日内退回原支付账户。" % (
            ts(d + dt.timedelta(hours=20), False), o, p.name, a + "-" + b, money(rng, 100, 700), money(rng, 5, 40),
            money(rng, 90, 650)),
        "[106%s] %s 【交通银行】您尾号%04d的卡收到退款%s元。" % (V.safe_digits(rng, 9, "5"), ts(d + dt.timedelta(days=3), False),
                                                rng.randint(0, 9999), money(rng, 90, 650)),
        "[%s] %s 妈，你帮我重新订一张后天的，我身份证号%s，订好了票发我这个手机%s" % (
            V.name(rng), ts(d + dt.timedelta(days=3, hours=1), False), ID(rng, p.id), MOB(rng, p.mobile)),
    ]
    if rng.random() < 0.5:
        lines.append("[%s] %s 身份核验码已发到%s，账号是邮箱%s" % (p.name, ts(d + dt.timedelta(days=3, hours=2), False),
                                                    MOB(rng, V.mobile(rng)), MAIL(rng)))
    return "\n".join(lines)


def tr_flight(rng) -> str:
    intl = rng.random() < 0.45
    p = Person(rng, 1960, 2004)
    d = when(rng)
    fare = str(rng.randint(300, 3000))
    air = rng.choice([("MU", "781"), ("CA", "999"), ("CZ", "784"), ("HU", "880"), ("ZH", "479")])
    if intl:
        dest = rng.choice(["香港", "曼谷", "东京", "新加坡"])
        if dest == "香港" and rng.random() < 0.6:
            doc = "往来港澳通行证 " + L("HK_MACAO_PERMIT", V.hkm_permit(rng, "C"))
        else:
            doc = "护照 " + L("PASSPORT", V.passport(rng))
    else:
        dest = rng.choice(["北京首都", "成都天府", "三亚", "昆明长水", "乌鲁木齐"])
        doc = "身份证 " + ID(rng, p.id)
    lines = [
        "航空运输电子客票行程单 / 电子发票（航空运输电子客票行程单）",
        "旅客姓名：%s    有效身份证件号码：%s" % (p.name, doc),
        "电子客票号码：%s-%s    验证码：%04d    保险费：—" % (air[1], V.safe_digits(rng, 10, "2"), rng.randint(0, 9999)),
        "航段：%s → %s    承运人：%s    航班号：%s%d    座位等级：Y    日期：%s    时间：%02d:%02d" % (
            rng.choice(["杭州萧山", "上海浦东", "广州白云", "深圳宝安"]), dest, air[0], air[0], rng.randint(1000, 9999),
            d.strftime("%d%b").upper(), rng.randint(6, 22), rng.randint(0, 59)),
        "票价：CNY %s.00    民航发展基金：CNY 50.00    燃油附加费：CNY 60.00    合计：CNY %d.00" % (fare, int(fare) + 110),
        "销售单位代号：%s    填开单位：%s    填开日期：%s" % ("HGH" + V.safe_digits(rng, 6, "2"), rng.choice(["携程", "航司官网", "飞猪"]),
                                               (d - dt.timedelta(days=5)).strftime("%Y-%m-%d")),
        "旅客联系电话：%s" % MOB(rng, p.mobile),
    ]
    if rng.random() < 0.5:
        lines.append("常旅客卡号：%s%s    紧急联系人：%s %s" % (air[0], V.safe_digits(rng, 12, "6"), V.name(rng), MOB(rng, V.mobile(rng))))
    if intl and rng.random() < 0.5:
        lines.append("出生日期：%s    性别：%s    国籍：CHN" % (BD(rng, p.bd), p.sex))
    return "\n".join(lines)


def tr_violation(rng) -> str:
    p = Person(rng, 1960, 2002)
    reg = p.reg
    d = when(rng)
    pl = V.plate(rng, reg)
    k = rng.random()
    if k < 0.6:
        lines = [
            "%s公安局交通警察支队" % reg[2],
            "公安交通管理简易程序处罚决定书",
            "编号：%s" % V.safe_digits(rng, 16, reg[0][:4]),
            "被处罚人：%s    驾驶证/身份证号：%s    档案编号：%s" % (p.name, ID(rng, p.id), V.safe_digits(rng, 12, reg[0][:2])),
            "联系方式：%s    准驾车型：C1" % MOB(rng, p.mobile),
            "车辆牌号：%s    车辆类型：%s" % (PLATE(rng, pl), "小型新能源汽车" if len(pl) == 8 else "小型普通客车"),
            "被处罚人于%s在%s%s，实施%s的违法行为（代码%d）。" % (
                ts(d, False), reg[3], rng.choice(V.ROADS) + "与" + rng.choice(V.ROADS) + "交叉口",
                rng.choice(["机动车不按交通信号灯规定通行", "驾驶时拨打接听手持电话", "机动车违反规定停放", "超速20%以下"]),
                rng.choice([1625, 1223, 1039, 1352])),
            "依据《中华人民共和国道路交通安全法》第九十条，决定处以罚款%d元，记%d分。" % (rng.choice([50, 100, 150, 200]), rng.choice([0, 1, 3, 6])),
            "罚款缴纳：%s（收款账号 %s），或通过交管12123 APP缴纳。" % (rng.choice(BANKS), corp_account(rng)),
            "执勤民警：%s    警号：%s" % (V.name(rng), V.safe_digits(rng, 6, "0")),
        ]
    else:
        lines = [
            "【交管12123】您好，您名下车辆%s于%s在%s有交通违法行为（不按规定车道行驶），未处理。请及时处理。" % (
                PLATE(rng, pl), d.strftime("%m月%d日%H时%M分"), reg[2] + reg[3]),
            "",
            "车主查询结果（截图文字）：",
            "机动车所有人：%s    身份证明号码：%s" % (p.name, ID(rng, p.id)),
            "手机号码：%s    号牌号码：%s    车辆识别代号：%s（VIN）" % (MOB(rng, p.mobile), PLATE(rng, pl), V.vin(rng)),
            "发动机号：%s    初次登记：%s" % ("".join(rng.choice("0123456789ABCDEFGHJK") for _ in range(8)),
                                    (d - dt.timedelta(days=rng.randint(300, 3000))).strftime("%Y-%m-%d")),
            "待处理违法：%d 条    罚款合计：%d 元    记分合计：%d 分" % (rng.randint(1, 4), rng.choice([100, 200, 350]), rng.randint(0, 9)),
        ]
    return "\n".join(lines)


def tr_parking(rng) -> str:
    reg = V.region(rng)
    d = when(rng)
    lot = rng.choice(["万象城地下停车场", "市民中心P2停车场", "火车东站P5", "人民医院停车场", "龙湖天街B1"])
    head = "序号\t车牌号码\t入场时间\t出场时间\t停车时长\t应收(元)\t支付方式"
    rows = []
    for i in range(rng.randint(8, 14)):
        tin = d + dt.timedelta(minutes=rng.randint(0, 600))
        tout = tin + dt.timedelta(minutes=rng.randint(5, 400))
        k = rng.random()
        if k < 0.85:
            pl = PLATE(rng, V.plate(rng, reg if rng.random() < 0.7 else None))
        elif k < 0.93:
            pl = "无牌车"
        else:
            p0 = V.plate(rng, reg)
            pl = p0[:3] + "***" + p0[-1]
        mins = int((tout - tin).total_seconds() // 60)
        rows.append("%d\t%s\t%s\t%s\t%d时%02d分\t%d\t%s" % (i + 1, pl, tin.strftime("%H:%M:%S"), tout.strftime("%H:%M:%S"),
                                                         mins // 60, mins % 60, max(0, (mins - 15) // 60 * 5),
                                                         rng.choice(["微信无感支付", "支付宝", "ETC", "月卡", "现金"])))
    lines = ["%s 出入场记录 %s  道闸编号 %s" % (lot, d.strftime("%Y-%m-%d"), "CZ-" + V.safe_digits(rng, 4, "1")), head] + rows
    mo = Person(rng)
    lines.append("月卡车主变更：%s（%s）新增车辆%s，月卡有效期至%s。岗亭电话 %s" % (
        mo.name, MOB(rng, mo.mobile), PLATE(rng, reg=reg), (d + dt.timedelta(days=30)).strftime("%Y-%m-%d"), LAND(rng, reg[5])))
    return "\n".join(lines)


def tr_ridehail(rng) -> str:
    p = Person(rng, 1965, 1998, sex="男" if rng.random() < 0.85 else "女")
    reg = p.reg
    d = when(rng)
    pl = V.plate(rng, reg)
    lines = [
        "网约车驾驶员及车辆备案信息（平台导出）",
        "驾驶员：%s    性别：%s    出生日期：%s" % (p.name, p.sex, BD(rng, p.bd)),
        "身份证号：%s    网络预约出租汽车驾驶员证号：%s" % (ID(rng, p.id), L("ID_CARD", p.id)),
        "手机号：%s    紧急联系人：%s %s" % (MOB(rng, p.mobile), V.name(rng), MOB(rng, V.mobile(rng))),
        "车牌号：%s    车辆VIN：%s    网络预约出租汽车运输证号：%s网约%s" % (PLATE(rng, pl), V.vin(rng), city_short(reg),
                                                           V.safe_digits(rng, 10, reg[0][:4])),
        "提现银行卡：%s（%s）" % tuple((lambda bc: (CARD(rng, bc[1]), bc[0]))(V.bank_and_card(rng))),
        "近期行程：",
    ]
    for _ in range(rng.randint(2, 3)):
        d += dt.timedelta(hours=rng.randint(1, 20))
        lines.append("  订单%s  %s  上车点 %s  下车点 %s  里程 %.1fkm  乘客 隐私号（尾号%04d）" % (
            V.safe_digits(rng, 16, "3"), ts(d, False), GPS(rng, reg, lngfirst=True, sep=","), GPS(rng, reg, lngfirst=True, sep=","),
            rng.uniform(2, 40), rng.randint(0, 9999)))
    return "\n".join(lines)


def tr_rental(rng) -> str:
    p = Person(rng, 1965, 2002)
    reg = p.reg
    d = when(rng)
    c = Person(rng)
    lines = [
        "汽车租赁合同（个人短租）    合同编号：ZL%s" % V.safe_digits(rng, 12, "2"),
        "出租方：%s汽车租赁有限公司    统一社会信用代码：%s    电话：%s" % (reg[2][:2], V.uscc_code(rng, reg), LAND(rng, reg[5])),
        "承租方：%s    身份证号：%s    驾驶证号：%s" % (p.name, ID(rng, p.id), L("ID_CARD", p.id)),
        "联系电话：%s    紧急联系人：%s（%s）%s" % (MOB(rng, p.mobile), c.name, rng.choice(["配偶", "父亲", "朋友"]), MOB(rng, c.mobile)),
        "租赁车辆：%s    车牌号：%s    车架号(VIN)：%s    颜色：%s" % (
            rng.choice(["大众朗逸 1.5L 自动", "丰田卡罗拉 双擎", "比亚迪秦PLUS DM-i", "别克GL8 商务"]), PLATE(rng, reg=reg), V.vin(rng),
            rng.choice(["白", "黑", "银灰"])),
        "取车时间：%s    还车时间：%s    取车里程：%d km    油量/电量：%d%%" % (
            ts(d, False), ts(d + dt.timedelta(days=rng.randint(1, 7)), False), rng.randint(5000, 90000), rng.choice([80, 90, 100])),
        "租金：%s 元/日    车辆押金：%d 元（信用卡预授权 %s）    违章押金：2000 元" % (
            money(rng, 98, 600), rng.choice([3000, 5000]), CARD(rng, V.bank_card(rng))),
        "双方签字：__________    __________    签订日期：%s" % d.strftime("%Y年%m月%d日"),
    ]
    if rng.random() < 0.4:
        lines.insert(4, "承租方电子邮箱：%s    出生日期：%s" % (MAIL(rng), BD(rng, p.bd)))
    return "\n".join(lines)


def tr_crossborder(rng) -> str:
    d = when(rng)
    route = rng.choice([("深圳湾口岸", "香港机场"), ("广州天河", "香港旺角"), ("珠海拱北", "澳门关闸"), ("港珠澳大桥珠海口岸", "香港口岸")])
    lines = [
        "跨境直通巴士 电子客票（订单号 KJ%s）" % V.safe_digits(rng, 14, "2"),
        "线路：%s → %s    发车时间：%s    车次：%s" % (route[0], route[1], ts(d, False), "HK" + V.safe_digits(rng, 3, "1")),
        "乘客\t证件类型\t证件号码\t联系电话\t票价",
    ]
    for _ in range(rng.randint(2, 4)):
        k = rng.random()
        if k < 0.45:
            nm, doc, num = V.name(rng), "往来港澳通行证", L("HK_MACAO_PERMIT", V.hkm_permit(rng, "C"))
            ph = MOB(rng, V.mobile(rng), 0.85)
        elif k < 0.8:
            nm, doc = rng.choice(V.HK_NAMES)[0], "港澳居民来往内地通行证"
            num = L("HK_MACAO_PERMIT", V.hkm_permit(rng, "H" if "香港" in route[1] else "M"))
            ph = L("MOBILE", "+852 " + V.hk_mobile(rng)) if "香港" in route[1] else L("MOBILE", "+853 " + V.mo_mobile(rng))
        else:
            nm, doc, num = V.name(rng), "护照", L("PASSPORT", V.passport(rng))
            ph = MOB(rng, V.mobile(rng), 0.85)
        lines.append("%s\t%s\t%s\t%s\tHK$%d" % (nm, doc, num, ph, rng.choice([90, 110, 130, 160])))
    lines += [
        "取票：凭订单号及乘客证件原件于发车前30分钟到站取票。客服 %s（工作时间 8:00-20:00）。" % LAND(rng, "0755"),
        "退改：发车前24小时可免费改签一次；过境需自备有效签注。",
    ]
    return "\n".join(lines)


TRANSPORT = [tr_12306_order, tr_12306_sms, tr_flight, tr_violation, tr_parking, tr_ridehail, tr_rental, tr_crossborder]


# ------------------------------------------------------------------------------------------------------------
# evasive posts

_CAP = "零壹贰叁肆伍陆柒捌玖"
_LOW = "零一二三四五六七八九"
_EMO = ["🌸", "❤", "⭐", "🍀", "🔥", "✨", "🌹", "💗"]
_FWD = {str(i): chr(0xFF10 + i) for i in range(10)}


def ev_mobile_text(rng, m: str, style: str) -> str:
    if style == "cap":
        return "".join(_CAP[int(c)] for c in m)
    if style == "low":
        out = []
        for c in m:
            if c == "1":
                out.append("幺")
            elif c == "7":
                out.append(rng.choice(["七", "拐"]))
            elif c == "0":
                out.append(rng.choice(["零", "洞"]))
            elif c == "2":
                out.append(rng.choice(["二", "两"]))
            else:
                out.append(_LOW[int(c)])
        return "".join(out)
    if style == "cn":
        return "".join(_LOW[int(c)] for c in m)
    if style == "emoji":
        e = rng.choice(_EMO)
        return m[:3] + e + m[3:7] + e + m[7:]
    if style == "emojiall":
        e = rng.choice(_EMO)
        return e.join(m)
    if style == "sym":
        s = rng.choice(["/", "~", "_", "|", "、", "—"])
        return m[:3] + s + m[3:7] + s + m[7:]
    if style == "dots":
        return ".".join(m)
    if style == "spaces":
        return " ".join(m)
    if style == "mixed":
        fw = "".join(_FWD[c] for c in m)
        cut = rng.randint(1, 3)
        return m[:cut] + fw[cut:3] + "－" + fw[3:7] + "－" + fw[7:]
    if style == "fw":
        return "".join(_FWD[c] for c in m)
    if style == "partcn":
        return m[:3] + " " + "".join(_LOW[int(c)] for c in m[3:7]) + " " + m[7:]
    if style == "dash":
        return "%s-%s-%s" % (m[:3], m[3:7], m[7:])
    raise ValueError(style)


EV_STYLES = ["cap", "low", "cn", "emoji", "sym", "dots", "spaces", "mixed", "fw", "partcn", "dash", "emojiall"]


def EVM(rng, style: str | None = None) -> str:
    style = style or rng.choice(EV_STYLES)
    return L("MOBILE", ev_mobile_text(rng, V.mobile(rng), style))


def keycaps(rng, m: str) -> str:
    cap = rng.choice(["\ufe0f\u20e3", "\u20e3"])
    return "".join(c + cap for c in m)


def WXC(rng) -> str:
    """A WeChat cue and a WeChat ID (or a mobile standing in for it)."""
    cue = rng.choice(["微 信：", "V❤：", "薇：", "+V ", "加我 wx ", "vx：", "威❤：", "V信 ", "wechat: ", "微❤：", "卫星：", "绿泡泡："])
    if rng.random() < 0.3:
        return cue + EVM(rng, rng.choice(["dash", "spaces", "cap", "low", "partcn", "mixed"]))
    return cue + WX(V.wechat(rng))


def QQC(rng) -> str:
    cue = rng.choice(["扣扣：", "Q：", "企鹅：", "QQ ", "q q：", "抠抠 ", "扣扣号 "])
    q = V.qq(rng)
    k = rng.random()
    if k < 0.25:
        q = "".join(_CAP[int(c)] for c in q)
    elif k < 0.4:
        q = " ".join(q)
    elif k < 0.5:
        q = "".join(_FWD[c] for c in q)
    return cue + QQ(q)


def ev_daigou(rng) -> str:
    brand = rng.choice(["兰蔻小黑瓶", "SK-II神仙水", "雅诗兰黛眼霜", "MK托特包", "Coach马车包", "AirPods Pro2"])
    lines = [
        "🔥🔥%s 现货秒发🔥🔥 专柜同款，假一赔十，%d件起包邮～" % (brand, rng.randint(1, 3)),
        "平台限流，下单前先私聊：%s" % WXC(rng),
        "着急的直接打 %s（%s）" % (EVM(rng, rng.choice(["cap", "low", "cn"])), rng.choice(["不接推销", "白天在", "晚上9点后回"])),
        "价格：¥%d（原价¥%d）  已售 %d+  好评 %d%%" % (rng.randint(199, 999), rng.randint(1000, 3000), rng.randint(100, 3000), rng.randint(95, 99)),
        "#%s #代购 #正品保证 #%s" % (brand, rng.choice(["海外直邮", "免税店", "闺蜜推荐"])),
    ]
    if rng.random() < 0.5:
        lines.insert(2, "备用号被封了，换这个 %s" % WXC(rng))
    return "\n".join(lines)


def ev_jobs(rng) -> str:
    lines = [
        "【招聘】%s，日结%d+，在家就能做，宝妈学生都可以～" % (rng.choice(["打字员", "网店客服", "点赞员", "手工活外发"]), rng.randint(100, 500)),
        "不收任何费用！！感兴趣的%s" % QQC(rng),
        "或者直接电话：%s" % EVM(rng, rng.choice(["low", "cap", "dots", "spaces"])),
        "名额有限，先到先得。工作时间 9:00-21:00，%d 人已入职。" % rng.randint(20, 500),
    ]
    if rng.random() < 0.6:
        lines.append("（评论区：已加，%s）" % WXC(rng))
    return "\n".join(lines)


def ev_emoji(rng) -> str:
    m = V.mobile(rng)
    lines = [
        "✨✨同城%s✨✨ 上门服务，价格美丽💰" % rng.choice(["美甲", "家政保洁", "宠物洗护", "搬家拉货", "开锁换锁"]),
        "预约📞 %s" % EVM(rng, rng.choice(["emoji", "emoji", "emojiall", "sym"])),
        "老号码也还在用 👉 %s（%s）" % (keycaps(rng, m), rng.choice(["白天接", "可留言", "短信优先"])),
        "%s 👈 加好友备注来意" % WXC(rng),
        "营业时间 08:00—22:00 ｜ 服务区域：%s全城" % V.region(rng)[2],
    ]
    return "\n".join(lines)


def ev_rent(rng) -> str:
    reg = V.region(rng)
    lines = [
        "房东直租❗无中介费❗%s%s %s 精装%s，月租%d，押一付一。" % (reg[2], reg[3], rng.choice(V.ESTATES), rng.choice(["一室一厅", "两室一厅", "单间"]),
                                                rng.randint(900, 5000)),
        "拎包入住，近地铁%d号线，采光好。看房联系：%s" % (rng.randint(1, 12), EVM(rng, rng.choice(["dots", "spaces", "mixed", "fw"]))),
        "%s（请说明租期）" % WXC(rng),
        "不回消息就是在忙，晚上统一回复。",
    ]
    if rng.random() < 0.5:
        lines.append("房子坐标：%s（导航直接搜）" % GPS(rng, reg, lngfirst=False, dec=rng.choice([5, 6])))
    return "\n".join(lines)


def ev_traditional(rng) -> str:
    k = rng.random()
    email_v = V.email(rng)
    if rng.random() < 0.5:
        mail = L("EMAIL", email_v.replace("@", "#")) + "（#改成@）"
    else:
        mail = L("EMAIL", email_v.replace("@", "(at)")) if rng.random() < 0.5 else MAIL(rng, email_v)
    lines = [
        "【港貨直郵】%s 現貨供應，正品保證，支持順豐到付。" % rng.choice(["奶粉", "保健品", "名錶", "化妝品", "電子產品"]),
        "聯繫方式：",
        "  微信：%s" % WX(V.wechat(rng)),
        "  WhatsApp：%s" % L("MOBILE", "+852 " + rng.choice(["%s %s", "%s-%s"]) % tuple((lambda h: (h[:4], h[4:]))(V.hk_mobile(rng)))),
        "  電郵：%s" % mail,
    ]
    if k < 0.5:
        lines.append("  內地手機：%s（請勿來電推銷）" % EVM(rng, rng.choice(["cap", "dash", "mixed", "partcn"])))
    else:
        lines.append("  扣扣群：%d（非個人號碼）  個人%s" % (rng.randint(100000000, 999999999), QQC(rng)))
    lines.append("#香港代購 #直郵 #正品")
    return "\n".join(lines)


def ev_darkpost(rng) -> str:
    samples = []
    for _ in range(rng.randint(2, 3)):
        p = Person(rng)
        samples.append("%s | %s | %s | %s" % (V.masked_name(rng), V.mask_mobile(p.mobile), V.mask_id(p.id, rng), p.reg[2]))
    lines = [
        "出%s新鲜料子，%s条，%s，可验。" % (rng.choice(["快递", "车主", "贷款", "宝妈", "股民"]), rng.choice(["5万", "10万", "30万", "100万"]),
                                    rng.choice(["一手", "当月", "带地址"])),
        "样本（已打码）：",
    ] + samples + [
        "不走平台，要的直接%s" % QQC(rng),
        "或者飞机 @%s（TG），邮箱 %s" % (rng.choice(V.SYL) + "_" + rng.choice(V.SYL) + str(rng.randint(10, 99)),
                                   L("EMAIL", V.email(rng).replace("@", rng.choice(["#", "(at)"])))),
        "价格私聊，%s" % WXC(rng),
    ]
    return "\n".join(lines)


def ev_comments(rng) -> str:
    lines = ["【求推荐】%s有没有靠谱的%s？在线等" % (V.region(rng)[2], rng.choice(["装修队", "月嫂", "驾校教练", "搬家公司", "数学家教"])),
             "—— %d 条评论 ——" % rng.randint(5, 40)]
    users = ["用户%s" % V.safe_digits(rng, 6, "8") for _ in range(8)]
    for u in users[:rng.randint(5, 8)]:
        k = rng.choice([0, 1, 2, 2, 3, 3, 4, 5, 6])
        if k == 0:
            s = "我家用过的，挺好，%s" % WXC(rng)
        elif k == 1:
            s = "私信你了，或者%s" % QQC(rng)
        elif k == 2:
            s = "找我，电话%s" % EVM(rng)
        elif k == 3:
            s = "推荐一个，号码%s（防爬，自己换成数字）" % EVM(rng, rng.choice(["cap", "low", "cn"]))
        elif k == 4:
            s = "楼上是托，别信。真要找就去正规平台。"
        elif k == 5:
            s = "+V %s 有案例图" % WX(V.wechat(rng))
        else:
            s = "加我 wx %s，同城可以先看实景" % WX(V.wechat(rng))
        lines.append("%s：%s" % (u, s))
    return "\n".join(lines)


def zodiac(d: dt.date) -> str:
    edges = [(1, 20, "水瓶"), (2, 19, "双鱼"), (3, 21, "白羊"), (4, 20, "金牛"), (5, 21, "双子"), (6, 22, "巨蟹"), (7, 23, "狮子"),
             (8, 23, "处女"), (9, 23, "天秤"), (10, 24, "天蝎"), (11, 23, "射手"), (12, 22, "摩羯")]
    for m, day, name in reversed(edges):
        if (d.month, d.day) >= (m, day):
            return name
    return "摩羯"


def ev_dating(rng) -> str:
    p = Person(rng, 1988, 2002)
    lines = [
        "【脱单墙】%s，%02d年，身高%dcm，%s，在%s工作。" % ("男" if p.sex == "男" else "女", p.bd.year % 100, rng.randint(155, 188),
                                          rng.choice(["本科", "硕士", "大专"]), p.reg[2]),
        "生日：%s，%s座，性格%s。" % (BD(rng, p.bd, rng.choice([0, 1, 2])), zodiac(p.bd),
                              rng.choice(["开朗", "慢热", "温和"])),
        "希望找一个%s的%s。" % (rng.choice(["三观正", "爱笑", "有上进心"]), "女生" if p.sex == "男" else "男生"),
        "感兴趣的可以%s，或者%s" % (WXC(rng), QQC(rng)),
    ]
    if rng.random() < 0.4:
        lines.append("（投稿人留的手机：%s，编辑部已核实）" % EVM(rng, rng.choice(["spaces", "dots", "partcn"])))
    return "\n".join(lines)


def ev_spam(rng) -> str:
    svc = rng.choice(["办证刻章", "代开发票", "信用卡套现", "上门收车", "空调加氟清洗", "管道疏通"])
    lines = [
        "【%s】%s 专业快速 价格合理 %s" % (svc, rng.choice(["24小时", "当天办结", "全城上门"]), rng.choice(["诚信经营", "老客户优惠", "先服务后付款"])),
        "热线：%s" % EVM(rng, rng.choice(["cap", "cap", "low", "mixed", "fw"])),
        "备用：%s" % EVM(rng, rng.choice(["sym", "dots", "emoji", "cn", "spaces"])),
    ]
    k = rng.random()
    if k < 0.4:
        lines.append("%s    %s" % (QQC(rng), WXC(rng)))
    elif k < 0.7:
        lines.append("%s（备注来意）" % WXC(rng))
    else:
        lines.append("%s    邮箱：%s" % (QQC(rng), L("EMAIL", V.email(rng).replace("@", rng.choice(["#", "(at)", "@"])))))
    lines.append("价格：¥%d起（壹佰元以内免上门费）    回T退订" % rng.choice([50, 80, 100, 150, 200]))
    return "\n".join(lines)


def ev_moments(rng) -> str:
    d = when(rng)
    lines = ["【朋友圈 / 动态 合集】（截图转文字）"]
    for _ in range(rng.randint(5, 8)):
        d += dt.timedelta(hours=rng.randint(2, 40))
        what = rng.choice(["今日上新，库存不多", "同城可送货上门", "清仓特价，先到先得", "招代理，一件代发", "回馈老客户，买二送一",
                           "新到一批货，质量杠杠的"])
        k = rng.random()
        if k < 0.6:
            contact = "订货%s" % EVM(rng)
        elif k < 0.8:
            contact = WXC(rng)
        else:
            contact = QQC(rng)
        lines.append("%s  %s%s %s" % (d.strftime("%m-%d %H:%M"), what, rng.choice(["！", "～", "🔥", "❗"]), contact))
    return "\n".join(lines)


EVASIVE = [ev_daigou, ev_jobs, ev_emoji, ev_rent, ev_traditional, ev_darkpost, ev_comments, ev_dating, ev_spam, ev_moments]


# ------------------------------------------------------------------------------------------------------------
# public notices

def _gov_foot(rng, reg, mail: bool = True) -> str:
    d = when(rng)
    s = "公示期：%s 至 %s（5个工作日）。如有异议，请在公示期内以书面或电话形式反映。监督电话：%s" % (
        d.strftime("%Y年%m月%d日"), (d + dt.timedelta(days=7)).strftime("%Y年%m月%d日"), LAND(rng, reg[5]))
    if mail:
        s += "；电子邮箱：%s" % MAIL(rng, rng.choice(["jdjb", "rsj_gs", "mzj2024", "xxgk", "sbzx"]) + "%d@%s" % (
            rng.randint(1, 99), rng.choice(["163.com", "126.com", "qq.com"])))
    return s + "。"


def gov_subsidy(rng) -> str:
    reg = V.region(rng)
    what = rng.choice(["高校毕业生就业见习补贴", "灵活就业人员社保补贴", "新引进人才生活补贴", "创业担保贷款贴息", "一次性吸纳就业补贴"])
    unmasked = rng.random() < 0.35
    rows = []
    for i in range(rng.randint(6, 12)):
        p = Person(rng, 1975, 2002)
        idv = ID(rng, p.id) if unmasked and rng.random() < 0.7 else V.mask_id(p.id, rng)
        rows.append("%d\t%s\t%s\t%s\t%s\t%s" % (i + 1, p.name, p.sex, idv, rng.choice(COMPANIES), money(rng, 1000, 30000)))
    lines = ["%s%s人力资源和社会保障局" % (reg[2], reg[3]), "关于%s拟发放人员名单的公示" % what,
             "根据相关文件规定，经单位申报、部门审核，现将拟发放人员名单予以公示：",
             "序号\t姓名\t性别\t身份证号码\t工作单位\t补贴金额（元）"] + rows + [_gov_foot(rng, reg)]
    return "\n".join(lines)


def gov_recruit(rng) -> str:
    reg = V.region(rng)
    full = rng.random() < 0.35
    rows = []
    for i in range(rng.randint(6, 10)):
        p = Person(rng, 1988, 2001)
        bdv = BD(rng, p.bd, 0) if full else "%d.%02d" % (p.bd.year, p.bd.month)
        rows.append("%d\t%s\t%s\t%s\t%s\t%s\t%s\t%.2f" % (
            i + 1, p.name, p.sex, bdv, rng.choice(["本科", "硕士研究生", "大学本科"]),
            rng.choice(["浙江大学", "武汉大学", "四川大学", "南京师范大学", "郑州大学", "华南理工大学"]),
            V.safe_digits(rng, 12, "1" + reg[0][:3]), rng.uniform(65, 88)))
    col = "出生日期" if full else "出生年月"
    lines = ["%s%s2024年公开招聘事业单位工作人员拟录用人员公示" % (reg[2], reg[3]),
             "经笔试、面试、体检和考察，现将拟录用人员名单公示如下：",
             "序号\t姓名\t性别\t%s\t学历\t毕业院校\t准考证号\t总成绩" % col] + rows + [
        "联系人：组织人事科    联系电话：%s、%s" % (LAND(rng, reg[5]), LAND(rng, reg[5])),
        _gov_foot(rng, reg, mail=rng.random() < 0.5)]
    return "\n".join(lines)


def gov_dibao(rng) -> str:
    reg = V.region(rng)
    town = rng.choice(["城关", "新华", "青山", "东湖", "桃源", "红星"]) + rng.choice(["街道", "镇"])
    rows = []
    for _ in range(rng.randint(5, 10)):
        p = Person(rng, 1940, 1995)
        k = rng.random()
        idv = ID(rng, p.id) if k < 0.4 else V.mask_id(p.id, rng)
        ph = MOB(rng, p.mobile, 0.95) if rng.random() < 0.4 else V.mask_mobile(p.mobile) if rng.random() < 0.6 else "—"
        rows.append("| %s | %s | %d | %s | %s | %s | %d |" % (rng.choice(["一", "二", "三", "四"]) + "组", p.name, rng.randint(1, 5), idv, ph,
                                                           rng.choice(["城市低保", "农村低保", "特困供养", "临时救助"]), rng.randint(300, 1500)))
    lines = ["%s%s%s %d年第%d季度最低生活保障对象公示" % (reg[2], reg[3], town, 2024, rng.randint(1, 4)),
             "| 村（居）组 | 户主姓名 | 保障人口 | 身份证号 | 联系电话 | 类别 | 月保障金（元） |",
             "|---|---|---|---|---|---|---|"] + rows + [
        "举报电话：%s（%s民政办）  %s（区民政局）" % (LAND(rng, reg[5]), town, LAND(rng, reg[5])),
        "（本公示张贴于各村（居）公示栏，公示期满无异议后按月发放。）"]
    return "\n".join(lines)


def gov_grid(rng) -> str:
    reg = V.region(rng)
    comm = rng.choice(["桂花", "金桥", "文晖", "和睦", "新苑", "长庆"]) + "社区"
    rows = []
    for i in range(rng.randint(6, 11)):
        p = Person(rng, 1965, 1998)
        office = LAND(rng, reg[5], style=rng.choice([0, 0, 0, 2, 4]))
        rows.append("第%d网格\t%s\t%s\t%s\t%s" % (i + 1, p.name, office, MOB(rng, p.mobile, 0.85),
                                              "%s %d-%d幢" % (rng.choice(V.ESTATES), rng.randint(1, 10), rng.randint(11, 30))))
    lines = ["%s%s%s 网格员联系方式一览表" % (reg[2], reg[3], comm), "网格\t网格员\t办公电话\t手机\t包联楼栋"] + rows + [
        "社区服务中心：%s    值班电话（24小时）：%s    政务服务热线：12345" % (V.short_address(rng, reg), LAND(rng, reg[5])),
        "社区公众号留言或邮箱：%s" % MAIL(rng, "%s_sq%d@163.com" % (rng.choice(V.SYL), rng.randint(1, 99)))]
    return "\n".join(lines)


def gov_liudiao(rng) -> str:
    reg = V.region(rng)
    d = when(rng, 2022)
    places = [rng.choice(["永辉超市", "华润万家", "农贸市场", "人民医院发热门诊", "星巴克", "地铁站", "理发店", "公交车站"]) for _ in range(4)]
    lines = ["%s疫情防控指挥部 流行病学调查报告（内部）" % (reg[2] + reg[3]),
             "病例编号：%s-%s    报告时间：%s" % (reg[0], V.safe_digits(rng, 4, "0"), ts(d, False)),
             "基本情况：病例%s，%s，%d岁，现住%s，手机%s。" % (rng.choice(["1", "2", "3"]), rng.choice("男女"), rng.randint(18, 80),
                                                   rng.choice(V.ESTATES), MOB(rng, V.mobile(rng))),
             "活动轨迹："]
    t = d - dt.timedelta(days=3)
    for pl in places:
        t += dt.timedelta(hours=rng.randint(3, 20))
        k = rng.random()
        if k < 0.6:
            lines.append("  %s-%s 在%s（%s）停留。" % (t.strftime("%m月%d日 %H:%M"), (t + dt.timedelta(minutes=rng.randint(10, 120))).strftime("%H:%M"),
                                                 pl, GPS(rng, reg, lngfirst=rng.random() < 0.4, dec=rng.choice([5, 6]))))
        elif k < 0.8:
            lines.append("  %s 乘坐出租车（%s）前往%s。" % (t.strftime("%m月%d日 %H:%M"), PLATE(rng, reg=reg), pl))
        else:
            lines.append("  %s 前往%s，停留约%d分钟。" % (t.strftime("%m月%d日 %H:%M"), pl, rng.randint(10, 60)))
    lines.append("密切接触者（已落实管控）：")
    for _ in range(rng.randint(2, 4)):
        p = Person(rng)
        lines.append("  %s，%s，%s，%s" % (p.name, rng.choice(["同住家属", "同事", "同行人员"]), MOB(rng, p.mobile, 0.9),
                                        ID(rng, p.id) if rng.random() < 0.5 else "身份证待核"))
    lines.append("请与上述时间段有交集的市民主动向社区报告，联系电话：%s，区疾控24小时值班：%s。" % (LAND(rng, reg[5]), LAND(rng, reg[5])))
    return "\n".join(lines)


def gov_service(rng) -> str:
    reg = V.region(rng)
    p = Person(rng, 1960, 1998)
    d = when(rng)
    bstyle = rng.choice([1, 1, 0])
    lines = [
        "%s%s人民法院" % (reg[2], reg[3]),
        "公告",
        "（2024）%s%s民初%d号" % (reg[4][0], rng.randint(100, 999), rng.randint(1000, 9999)),
        "%s：" % p.name,
        "本院受理原告%s诉被告%s（%s，%s出生，公民身份号码%s）民间借贷纠纷一案，因你下落不明，依照《中华人民共和国民事诉讼法》"
        "第九十五条之规定，向你公告送达起诉状副本、应诉通知书、举证通知书及开庭传票。" % (
            V.name(rng), p.name, p.sex, BD(rng, p.bd, bstyle), ID(rng, p.id)),
        "自公告之日起经过三十日即视为送达。提出答辩状的期限为公告送达期满后十五日内。本案定于%s在本院第%d法庭公开开庭审理。" % (
            (d + dt.timedelta(days=60)).strftime("%Y年%m月%d日%H时"), rng.randint(1, 20)),
        "承办人：%s    联系电话：%s" % (V.name(rng), LAND(rng, reg[5])),
        d.strftime("%Y年%m月%d日"),
    ]
    return "\n".join(lines)


def gov_penalty(rng) -> str:
    reg = V.region(rng)
    rows = []
    for i in range(rng.randint(5, 9)):
        pl = PLATE(rng, reg=reg) if rng.random() < 0.8 else V.plate(rng, reg)[:3] + "**" + V.plate(rng, reg)[-2:]
        rows.append("%d、%s公交罚〔2024〕%d号  当事人：%s  车辆：%s  违法行为：%s  处罚：罚款%d元" % (
            i + 1, city_short(reg), rng.randint(100, 9999), V.masked_name(rng), pl,
            rng.choice(["超限运输", "未取得道路运输经营许可擅自从事经营", "不按规定携带车辆营运证", "货运车辆超载"]),
            rng.choice([200, 500, 1000, 3000, 10000])))
    lines = ["%s交通运输综合行政执法队 行政处罚信息公示（%d年第%d批）" % (reg[2] + reg[3], 2024, rng.randint(1, 30))] + rows + [
        "当事人对处罚决定不服的，可依法申请行政复议或提起行政诉讼。咨询电话：%s" % LAND(rng, reg[5])]
    if rng.random() < 0.5:
        lines.append("信息公开邮箱：%s" % MAIL(rng, "zfd%d@%s" % (rng.randint(1, 99), rng.choice(["163.com", "126.com"]))))
    return "\n".join(lines)


GOV = [gov_subsidy, gov_recruit, gov_dibao, gov_grid, gov_liudiao, gov_service, gov_penalty]


# ------------------------------------------------------------------------------------------------------------
# traps (no spans)

def _cap_amount(rng) -> tuple[str, str]:
    yuan = rng.randint(100, 999999)
    fen = rng.choice([0, 0, rng.randint(1, 99)])
    digits_cap = "零壹贰叁肆伍陆柒捌玖"
    units = ["", "拾", "佰", "仟", "万", "拾", "佰", "仟"]
    s, zero = "", False
    ys = str(yuan)
    for i, c in enumerate(ys):
        pos = len(ys) - 1 - i
        if c == "0":
            zero = True
            if pos == 4:
                s += "万"
            continue
        if zero:
            s += "零"
            zero = False
        s += digits_cap[int(c)] + units[pos]
    s += "圆"
    if fen:
        s += ("%s角" % digits_cap[fen // 10] if fen // 10 else "零") + ("%s分" % digits_cap[fen % 10] if fen % 10 else "")
    else:
        s += "整"
    return "%d.%02d" % (yuan, fen), s


def trap_devices(rng) -> str:
    lines = ["IT资产台账导出（移动终端）  导出时间：%s" % ts(when(rng)),
             "资产编号\t设备型号\tIMEI\tMEID\tICCID\tMAC\t管理IP\t固件版本\t状态"]
    for _ in range(rng.randint(5, 9)):
        lines.append("\t".join([
            "ZC-%s" % V.safe_digits(rng, 6, "2"), rng.choice(["HUAWEI MatePad 11", "iPhone 13", "Redmi Note 12", "PDA-C72", "vivo Y78"]),
            V.imei(rng), V.meid(rng) if rng.random() < 0.4 else "—", V.iccid(rng),
            "-".join("%02X" % rng.randint(0, 255) for _ in range(6)), V.private_ip(rng),
            "%d.%d.%d.%d" % (rng.randint(10, 16), rng.randint(0, 9), rng.randint(256, 999), rng.randint(1, 300)),
            rng.choice(["在用", "闲置", "维修", "报废"])]))
    lines.append("注：IMEI 已做 Luhn 校验；ICCID 以 8986 开头为国内运营商卡。资产管理员工号 %s。" % V.safe_digits(rng, 6, "5"))
    return "\n".join(lines)


def trap_invoice(rng) -> str:
    s_reg, b_reg = V.region(rng), V.region(rng)
    amt, cap = _cap_amount(rng)
    lines = [
        "%s增值税专用发票" % s_reg[1].replace("省", "").replace("市", ""),
        "发票代码：%s    发票号码：%s    开票日期：%s" % (V.safe_digits(rng, 12, "0" + s_reg[0][:3]), V.safe_digits(rng, 8, "0"),
                                               when(rng).strftime("%Y年%m月%d日")),
        "校验码：%s %s %s %s" % tuple(V.safe_digits(rng, 5) for _ in range(4)),
        "机器编号：%s" % V.safe_digits(rng, 12, "66"),
        "购买方 名称：%s" % rng.choice(COMPANIES),
        "       纳税人识别号：%s" % V.uscc_code(rng, b_reg),
        "       开户行及账号：%s%s支行 %s" % (rng.choice(BANKS), b_reg[3], corp_account(rng)),
        "货物或应税劳务名称：*信息技术服务*软件维护费    规格型号：V%d.%d    数量：1    单价：%s" % (rng.randint(1, 9), rng.randint(0, 20), amt),
        "税率：6%%    税额：%.2f" % (float(amt) * 0.06),
        "价税合计（大写）：%s    （小写）¥%s" % (cap, amt),
        "销售方 名称：%s" % rng.choice(COMPANIES),
        "       纳税人识别号：%s" % V.uscc_code(rng, s_reg),
        "       开户行及账号：%s%s支行 %s（联行号 %s）" % (rng.choice(BANKS), s_reg[3], corp_account(rng), V.safe_digits(rng, 12, "10")),
        "数电票号码：%s" % V.safe_digits(rng, 20, "24"),
        "收款人：财务部    复核：财务部    开票人：系统",
    ]
    return "\n".join(lines)


def trap_waybill(rng) -> str:
    m1, m2 = V.mobile(rng), V.mobile(rng)
    reg = V.region(rng)
    lines = [
        "%s 电子面单" % rng.choice(["顺丰速运", "中通快递", "圆通速递", "韵达快递", "京东物流"]),
        "运单号：%s    子单号：%s" % (rng.choice(["SF", "ZT", "YT", "JD"]) + V.safe_digits(rng, 13, "1"), V.safe_digits(rng, 12, "7")),
        "收件人：%s    电话：%s    地址：%s%s****" % (V.masked_name(rng), V.mask_mobile(m1), reg[2], reg[3]),
        "寄件人：%s    电话：%s" % (V.masked_name(rng), V.mask_mobile(m2)),
        "三段码：%s-%s-%s    集包地：%s转运中心" % (V.safe_digits(rng, 3, "3"), V.safe_digits(rng, 3, "1"), V.safe_digits(rng, 2, "0"), reg[2]),
        "取件码：%s    驿站：%s" % (rng.choice(["%d-%d-%04d" % (rng.randint(1, 9), rng.randint(1, 9), rng.randint(0, 9999)),
                                         "%06d" % rng.randint(0, 999999)]), rng.choice(V.ESTATES) + "菜鸟驿站"),
        "重量：%.1fkg    运费：¥%s    邮编：%s" % (rng.uniform(0.2, 20), money(rng, 8, 60), V.safe_digits(rng, 6, reg[0][:2])),
        "客服热线：%s    投诉：%s    隐私面单，号码已加密；如需联系收件人请使用虚拟号 %s 转 %04d" % (
            rng.choice(["95338", "95311", "95554", "95546", "950616"]), "400-%s-%s" % (V.safe_digits(rng, 3, "8"), V.safe_digits(rng, 4)),
            V.trap_eleven(rng), rng.randint(0, 9999)),
    ]
    return "\n".join(lines)


def trap_logs(rng) -> str:
    t = when(rng)
    lines = []
    for _ in range(rng.randint(8, 12)):
        t += dt.timedelta(seconds=rng.randint(1, 900), microseconds=rng.randint(0, 999999))
        k = rng.randint(0, 4)
        if k == 0:
            s = "INFO  [http-nio-8080-exec-%d] GET /api/v%d/orders/%s 200 %dms client=%s:%d" % (
                rng.randint(1, 200), rng.randint(1, 3), V.safe_digits(rng, 19, "1"), rng.randint(3, 900), V.private_ip(rng),
                rng.randint(1024, 65535))
        elif k == 1:
            s = "WARN  upstream %s:%d timeout, retry=%d traceId=%s" % (V.private_ip(rng), rng.choice([3306, 6379, 9200, 8848]),
                                                                      rng.randint(1, 3), "%032x" % rng.getrandbits(128))
        elif k == 2:
            s = "INFO  app=%s version=%d.%d.%d build=%s sdk=Android %d (API %d)" % (
                rng.choice(["mall", "pay", "ride"]), rng.randint(1, 12), rng.randint(0, 40), rng.randint(0, 300),
                V.safe_digits(rng, 10, "1"), rng.randint(9, 14), rng.randint(28, 34))
        elif k == 3:
            s = "DEBUG uid=%s ts=%d amount=%s currency=CNY seq=%s" % (V.safe_digits(rng, 9, "5"), int(t.timestamp() * 1000),
                                                                  money(rng, 1, 9999), V.safe_digits(rng, 16, "9"))
        else:
            s = "ERROR java.net.ConnectException: Connection refused (%s:%d) at com.demo.rpc.Client.call(Client.java:%d)" % (
                V.private_ip(rng), rng.randint(20000, 30000), rng.randint(40, 400))
        lines.append("%s.%03d %s" % (t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond // 1000, s))
    return "\n".join(lines)


def trap_payments(rng) -> str:
    bank = rng.choice([("中国工商银行", "95588"), ("招商银行", "95555"), ("中国银行", "95566"), ("交通银行", "95559")])
    lines = ["%s 商户对账单（批次号 %s）" % (bank[0], V.safe_digits(rng, 6, "0")),
             "商户号：%s    终端号：%s    清算日期：%s" % (V.safe_digits(rng, 15, "1"), V.safe_digits(rng, 8, "1"), when(rng).strftime("%Y%m%d")),
             "序号,交易时间,卡号,卡类型,交易金额,手续费,参考号,授权码,备注"]
    for i in range(rng.randint(6, 10)):
        k = rng.random()
        if k < 0.4:
            c = V.bank_card(rng)
            card = c[:6] + "*" * (len(c) - 10) + c[-4:]
            note = "正常"
        elif k < 0.7:
            card = V.card_luhn_fail(rng)
            note = "卡号校验失败，交易拒绝"
        else:
            c = V.bank_card(rng)
            card = "%s **** **** %s" % (c[:4], c[-4:])
            note = "正常"
        lines.append("%d,%s,%s,%s,%s,%s,%s,%s,%s" % (i + 1, ts(when(rng)), card, rng.choice(["借记卡", "贷记卡"]), money(rng, 1, 9000),
                                                    money(rng, 0, 30), V.safe_digits(rng, 12, "4"), "%06d" % rng.randint(0, 999999), note))
    lines.append("如对账有疑问请致电 %s 或客户经理座机（见合同）。本对账单不含持卡人信息。" % bank[1])
    return "\n".join(lines)


def trap_idcheck(rng) -> str:
    lines = ["实名核验失败记录（系统自动生成）", "时间\t提交证件号\t提交手机号\t失败原因"]
    for _ in range(rng.randint(6, 10)):
        k = rng.random()
        if k < 0.45:
            idv, reason = V.id_wrong_check(rng), "身份证校验位错误"
        elif k < 0.7:
            idv, reason = V.mask_id(V.id_card(rng), rng), "证件号已脱敏，无法核验"
        else:
            while True:
                good = V.id_card(rng)
                idv, reason = good[:10] + "13" + good[12:16] + "??", "出生日期非法"
                if not V.scan_text(idv):
                    break
        ph = V.trap_eleven(rng) if rng.random() < 0.5 else V.mask_mobile(V.mobile(rng))
        lines.append("%s\t%s\t%s\t%s%s" % (ts(when(rng)), idv, ph, reason, "；号段不存在" if ph[3] != "*" else ""))
    lines.append("说明：以上记录均未通过核验，不构成有效身份信息。")
    return "\n".join(lines)


def trap_vehicle(rng) -> str:
    lines = ["机动车整车出厂合格证（信息页）",
             "合格证编号：%s" % ("W" + V.safe_digits(rng, 13, "1")),
             "车辆识别代号/车架号：%s" % V.vin(rng),
             "车辆品牌/型号：%s" % rng.choice(["大众牌SVW7152", "比亚迪牌BYD7152WT6HEVC", "吉利牌MR7153A06", "长安牌SC7164RBA6"]),
             "发动机号码：%s    发动机型号：%s" % ("".join(rng.choice("0123456789ABCDEFGHJK") for _ in range(8)),
                                       rng.choice(["DKB", "BYD472QA", "JLH-4G15", "JL473ZQ5"])),
             "制造日期：%s    公告批次：%d    额定载客：5人" % (when(rng, 2023).strftime("%Y年%m月%d日"), rng.randint(300, 380)),
             "生产企业：%s    统一社会信用代码：%s" % (rng.choice(COMPANIES), V.uscc_code(rng)),
             "备注：本车尚未登记，无号牌。配件批次 %s；另附车辆一致性证书编号 %s。" % (V.safe_digits(rng, 10, "2"), V.safe_digits(rng, 17, "1")),
             "同批次车架号：" + "、".join(V.vin(rng) for _ in range(rng.randint(2, 4)))]
    return "\n".join(lines)


def trap_goods(rng) -> str:
    lines = ["仓储出库单  单号：CK%s  日期：%s" % (V.safe_digits(rng, 12, "2"), when(rng).strftime("%Y-%m-%d")),
             "SKU\t条形码\t品名\t批次\t生产日期\t有效期至\t数量"]
    for _ in range(rng.randint(5, 8)):
        ean = "69" + V.safe_digits(rng, 10, "2")
        chk = (10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(ean)) % 10) % 10
        pd = when(rng, 2023)
        lines.append("\t".join(["SKU-%s" % V.safe_digits(rng, 8, "1"), ean + str(chk), rng.choice(GOODS), "B" + pd.strftime("%Y%m%d") + "%02d" % rng.randint(1, 20),
                                pd.strftime("%Y-%m-%d"), (pd + dt.timedelta(days=rng.choice([365, 730, 1095]))).strftime("%Y-%m-%d"),
                                str(rng.randint(1, 500))]))
    reg = V.region(rng)
    lines.append("收货仓：%s%s仓  邮编 %s  仓库联行号（结算用）%s  入库坐标精度：%.2f, %.2f（城市级）" % (
        reg[2], reg[3], V.safe_digits(rng, 6, reg[0][:2]), V.safe_digits(rng, 12, "10"), reg[6][0], reg[6][1]))
    lines.append("商品咨询：400-%s-%s    售后：800-%s-%s" % (V.safe_digits(rng, 3, "8"), V.safe_digits(rng, 4), V.safe_digits(rng, 3, "8"),
                                                     V.safe_digits(rng, 4)))
    return "\n".join(lines)


def trap_hotlines(rng) -> str:
    lines = ["常用服务电话（便民卡）",
             "银行：工商银行 95588｜建设银行 95533｜农业银行 95599｜中国银行 95566｜招商银行 95555｜交通银行 95559",
             "通信：中国移动 10086｜中国联通 10010｜中国电信 10000｜工信部反诈 12381",
             "政务：市民热线 12345｜消费者投诉 12315｜铁路 12306｜医保 12393｜反诈专线 96110",
             "企业：%s 400-%s-%s｜%s 800-%s-%s" % (rng.choice(["某家电品牌", "某快递公司"]), V.safe_digits(rng, 3, "8"), V.safe_digits(rng, 4),
                                             rng.choice(["某航空公司", "某保险公司"]), V.safe_digits(rng, 3, "8"), V.safe_digits(rng, 4)),
             "提示：官方客服不会索要验证码（示例：验证码 %06d，切勿告知他人）。今天是 %s，天气 %d℃。" % (
                 rng.randint(0, 999999), when(rng).strftime("%Y年%m月%d日"), rng.randint(-5, 35)),
             "版本 %d.%d.%d · 更新于 %s · 用户号码已隐藏（%s）" % (rng.randint(1, 9), rng.randint(0, 20), rng.randint(0, 99),
                                                       when(rng).strftime("%Y-%m-%d"), V.mask_mobile(V.mobile(rng))),
             "邮箱示例：%s***@%s（已脱敏）" % (rng.choice("abcdefghjkmnpqrstwxyz"), rng.choice(V.MAIL_DOMAINS))]
    return "\n".join(lines)


TRAPS = [trap_devices, trap_invoice, trap_waybill, trap_logs, trap_payments, trap_idcheck, trap_vehicle, trap_goods, trap_hotlines]


# ------------------------------------------------------------------------------------------------------------
# build and checks

TEMPLATES = {"lodging": LODGING, "telecom": TELECOM, "finance": FINANCE, "ecommerce": ECOMMERCE, "transport": TRANSPORT,
             "evasive": EVASIVE, "gov_public": GOV, "traps13": TRAPS}
_EDGE_OK = {"MOBILE": "+(", "LANDLINE": "+("}


def check_doc(d: dict) -> list[str]:
    text, spans, probs = d["text"], d["spans"], []
    if d["genre"] == "traps13" and spans:
        probs.append("trap document with spans")
    last = 0
    for s, e, t in sorted(spans):
        v = text[s:e]
        if t not in V.VALIDATORS:
            probs.append("unknown type %s" % t)
            continue
        if not (0 <= s < e <= len(text)):
            probs.append("bad offsets %d %d" % (s, e))
            continue
        if s < last:
            probs.append("overlap at %d" % s)
        last = e
        if v != v.strip():
            probs.append("outer whitespace %r" % v)
        if not (v[0].isalnum() or v[0] in _EDGE_OK.get(t, "")) or not (v[-1].isalnum() or (t == "GPS" and v[-1] == "°")):
            probs.append("span edge %r %s" % (v, t))
        if not V.VALIDATORS[t](v):
            probs.append("does not validate %s %r" % (t, v))
        # a labelled value must not continue into the surrounding text
        if s > 0 and text[s - 1].isascii() and text[s - 1].isalnum():
            probs.append("span starts inside a token %r" % text[max(0, s - 3):e])
        if e < len(text) and text[e].isascii() and text[e].isalnum():
            probs.append("span ends inside a token %r" % text[s:e + 3])
    chars = list(text)
    for s, e, _ in spans:
        for i in range(s, e):
            chars[i] = "□"
    probs += ["accident: " + x for x in V.scan_text("".join(chars))]
    return probs


def build_docs() -> list[dict]:
    rng = random.Random(SEED)
    docs = []
    for g in GENRES:
        temps = TEMPLATES[g]
        n = DOCS_PER_GENRE[g]
        order = [temps[i % len(temps)] for i in range(n)]
        rng.shuffle(order)
        for i, fn in enumerate(order):
            text, spans = assemble(fn(rng))
            docs.append({"id": "p13-%s-%03d" % (g, i + 1), "genre": g, "text": text, "spans": spans})
    return docs


def build() -> str:
    docs = build_docs()
    bad = {d["id"]: p for d in docs if (p := check_doc(d))}
    if bad:
        for k, v in list(bad.items())[:40]:
            print(k, v, file=sys.stderr)
        raise SystemExit("probe13: %d documents fail the checks" % len(bad))
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv: list[str]) -> int:
    out = build()
    if "--check" in argv:
        with open(OUT, encoding="utf-8") as f:
            if f.read() != out:
                print("probe13.jsonl differs from a fresh build", file=sys.stderr)
                return 1
        print("probe13.jsonl is identical to a fresh build")
        return 0
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(out)
    print("wrote %s" % OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
