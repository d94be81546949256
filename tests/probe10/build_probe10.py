# ruff: noqa: UP031, N812
"""Build tests/probe10/probe10.jsonl — a blind, hand-templated probe set (all values fake).

python tests/probe10/build_probe10.py          # (re)write probe10.jsonl
python tests/probe10/build_probe10.py --check  # rebuild in memory, fail unless byte-identical
"""
import datetime
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import p10_values as V  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "probe10.jsonl")
SEED = 20240610
GENRES = ["gov_forms", "medical", "wechat_pc", "english_mix", "notifications", "markdown_tables", "traps10"]
PER_GENRE = 40

SUR = "张王李刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
GIV = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华建国志红玉萍俊宇浩然子涵欣怡梓轩思远"
EN_NAMES = ["ZHANG Wei", "WANG Fang", "LI Na", "LIU Yang", "CHEN Jie", "YANG Min", "ZHAO Lei", "HUANG Jing",
            "ZHOU Hao", "WU Xiaoyu", "XU Tao", "SUN Li", "HU Jun", "ZHU Ying", "GAO Peng", "LIN Xin"]


class Doc:
    def __init__(self):
        self.parts = []

    def t(self, *s):
        self.parts.extend(("", str(x)) for x in s)
        return self

    def v(self, typ, val):
        self.parts.append((typ, val))
        return self

    def build(self):
        text, spans = "", []
        for typ, s in self.parts:
            if typ:
                spans.append([len(text), len(text) + len(s), typ])
            text += s
        return text, spans


def name(r):
    return r.choice(SUR) + "".join(r.choice(GIV) for _ in range(r.randint(1, 2)))


def digits(r, n, first="123456789"):
    return r.choice(first) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))


def mob_fmt(r, m=None, allow=("plain", "344", "344-", "+86", "0086", "(+86)")):
    m = m or V.mobile(r)
    k = r.choice(allow)
    if k == "plain":
        return m
    if k in ("344", "344-", "344.", "each", "434"):
        return V.spaced(m, r, k)
    if k == "+86":
        return "+86 " + r.choice([m, V.spaced(m, r, "344")])
    if k == "0086":
        return "0086-" + m if r.random() < 0.5 else "0086" + m
    return "(+86)" + m


def land_fmt(r):
    a, loc = V.landline(r)
    return r.choice([a + "-" + loc, a + " " + loc[:4] + " " + loc[4:], a + loc, a + "-" + loc[:4] + "-" + loc[4:]])


def card_fmt(r):
    c = V.bank_card(r)
    return r.choice([c, V.group4(c), V.group4(c, "-")])


def id_fmt(r, idn=None):
    idn = idn or V.id_card(r)
    k = r.random()
    if k < 0.75:
        return idn
    if k < 0.9:
        return idn[:6] + " " + idn[6:14] + " " + idn[14:]
    return V.to_fullwidth(idn)


def order_no(r):
    """Unlabelled 11-digit number starting with 1 in an invalid segment."""
    return r.choice(["140", "141", "143", "144", "146", "148", "174", "162"]) + digits(r, 8, "0123456789")


def birth_of(idn, r, fmt=None):
    """The birth date written in the ID number, formatted like a form would."""
    y, m, dd = int(idn[6:10]), int(idn[10:12]), int(idn[12:14])
    fmt = fmt or r.choice(["%Y-%m-%d", "{y}年{m}月{d}日", "%Y/%m/%d", "%Y%m%d", "{y}年{m:02}月{d:02}日"])
    return fmt.format(y=y, m=m, d=dd) if "{" in fmt else datetime.date(y, m, dd).strftime(fmt)


def ymd(r, y0=2019, y1=2024):
    return "%d-%02d-%02d" % (r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))


def hms(r):
    return "%02d:%02d:%02d" % (r.randint(7, 23), r.randint(0, 59), r.randint(0, 59))


# ============================================================== gov_forms
def gov_forms(r, i):
    d = Doc()
    k = i % 7
    idn = V.id_card(r)
    nm = name(r)
    if k == 0:
        d.t("常住人口登记卡\n户主姓名：", nm, "    与户主关系：户主\n性别：", r.choice("男女"), "  民族：汉\n出生日期：")
        d.v("BIRTHDATE", "%s年%d月%d日" % (idn[6:10], int(idn[10:12]), int(idn[12:14])))
        d.t("\n公民身份号码：").v("ID_CARD", idn)
        d.t("\n户号：", digits(r, 9), "    承办人签章：", name(r), "\n登记日期：", ymd(r), "\n")
    elif k == 1:
        d.t("居住证申领登记表\n申请人：", nm, "\n公民身份号码 ").v("ID_CARD", id_fmt(r, idn))
        d.t("\n联系电话 ").v("MOBILE", mob_fmt(r))
        d.t("\n现居住地址：", r.choice(["杭州市西湖区", "深圳市南山区", "成都市武侯区"]), "某街道\n居住证编号：JZZ",
            digits(r, 10), "（非身份证号）\n受理日期 ", ymd(r), "\n")
    elif k == 2:
        d.t("社会保险参保登记表（个人）\n姓名 ", nm, "    社会保障号码 ").v("ID_CARD", idn)
        d.t("\n出生日期 ").v("BIRTHDATE", birth_of(idn, r, "%Y-%m-%d"))
        d.t("    参保日期 ", ymd(r, 2005, 2020), "\n社保卡卡号：", r.choice("ABCDEFGHJ"), digits(r, 8),
            "\n本人手机：").v("MOBILE", mob_fmt(r, allow=("plain", "344")))
        d.t("\n缴费基数：", str(r.randint(3, 30) * 1000), ".00元\n")
    elif k == 3:
        d.t("住房公积金个人账户设立登记\n职工姓名：", nm, "\n证件类型：身份证  证件号码：").v("ID_CARD", idn)
        d.t("\n公积金账号：", digits(r, 12, "1234"), "\n档案编号：DA", ymd(r).replace("-", ""), "-", digits(r, 4),
            "\n工资收入：", str(r.randint(40, 200) * 100), "元\n缴存比例：12%\n单位经办人电话：").v("LANDLINE", land_fmt(r))
        d.t("\n")
    elif k == 4:
        d.t("不动产登记申请书\n权利人：", nm, "  身份证件种类：居民身份证\n证件号：").v("ID_CARD", idn)
        d.t("\n通讯地址：略   联系电话：").v("MOBILE", mob_fmt(r))
        d.t("\n不动产单元号：", digits(r, 6), "00", digits(r, 4), "GB", digits(r, 5), "F", digits(r, 8),
            "\n收件编号：", ymd(r).replace("-", ""), digits(r, 5), "\n面积：", "%.2f" % r.uniform(40, 180), "㎡\n")
    elif k == 5:
        idn = V.id_card(r, 1970, 2000)
        idn2 = V.id_card(r, 1970, 2000)
        d.t("结婚登记审查处理表\n男方 ", nm, "  出生日期：").v("BIRTHDATE", birth_of(idn, r, "{y}年{m:02}月{d:02}日"))
        d.t("  身份证件号：").v("ID_CARD", idn)
        d.t("\n女方 ", name(r), "  出生日期：").v("BIRTHDATE", birth_of(idn2, r, "{y}年{m:02}月{d:02}日"))
        d.t("  身份证件号：").v("ID_CARD", idn2)
        d.t("\n结婚证字号：J", digits(r, 6), "-", str(r.randint(2019, 2024)), "-", digits(r, 6, "0"),
            "\n登记机关：某区民政局婚姻登记处\n")
    else:  # OCR
        fw = r.random() < 0.5
        d.t("【OCR识别结果 置信度0.9", str(r.randint(1, 8)), "】\n社会保障卡\n姓 名 ", " ".join(nm), "\n社会保障号码\n")
        d.v("ID_CARD", V.to_fullwidth(idn) if fw else idn[:6] + " " + idn[6:14] + " " + idn[14:])
        d.t("\n卡 号 ", r.choice("ABCDEFGH"), digits(r, 8), "\n发卡日期 ", ymd(r, 2012, 2023).replace("-", "年", 1).replace("-", "月"), "日",
            "\n银行账号 ").v("BANK_CARD", V.group4(V.bank_card(r, 19)))
        d.t("\n联系电话：").v("MOBILE", mob_fmt(r, allow=("344", "plain")))
        d.t("\n")
    return d


# ============================================================== medical
def medical(r, i):
    d = Doc()
    k = i % 6
    nm = name(r)
    idn = V.id_card(r)
    if k == 0:
        d.t(r.choice(["XX市第一人民医院", "某大学附属医院", "区妇幼保健院"]), " 门诊病历\n门诊号：", digits(r, 10, "0"),
            "   就诊日期：", ymd(r), "\n姓名：", nm, "  性别：", r.choice("男女"), "  出生日期：")
        d.v("BIRTHDATE", birth_of(idn, r)).t("\n身份证号：").v("ID_CARD", idn)
        d.t("\n联系电话：").v("MOBILE", mob_fmt(r))
        d.t("\n主诉：咳嗽", r.choice("三五七"), "天。\n诊断：上呼吸道感染\n医保卡号：", digits(r, 10, "0"), "\n")
    elif k == 1:
        d.t("住院病案首页\n住院号 ZY", digits(r, 8), "   病案号 ", digits(r, 7), "\n患者 ", nm, "  年龄 ",
            str(r.randint(20, 80)), "岁\n生日 ").v("BIRTHDATE", birth_of(idn, r, "%Y/%m/%d"))
        d.t("\n证件号码 ").v("ID_CARD", idn)
        d.t("\n联系人 ", name(r), "（", r.choice(["配偶", "子女", "父亲"]), "） 电话 ").v("MOBILE", mob_fmt(r))
        d.t("\n入院日期 ", ymd(r), "  床号 ", str(r.randint(1, 60)), "\n")
    elif k == 2:
        d.t("处 方 笺\n费别：医保  医保卡号：", r.choice(["", "A"]), digits(r, 9, "0"), "  科别：内科\n姓名：", nm,
            "  年龄：", str(r.randint(1, 90)), "岁  手机：").v("MOBILE", mob_fmt(r, allow=("plain", "344-")))
        d.t("\nRp:\n  阿莫西林胶囊 0.25g×24粒 用法：0.5g tid\n  处方编号：", ymd(r).replace("-", ""), digits(r, 6),
            "\n医师：", name(r), "  金额：", "%.2f" % r.uniform(10, 300), "元\n")
    elif k == 3:
        d.t("商业医疗保险理赔申请书\n被保险人：", nm, "\n证件类型：身份证  证件号码：").v("ID_CARD", id_fmt(r, idn))
        d.t("\n出生日期：").v("BIRTHDATE", birth_of(idn, r, "%Y-%m-%d"))
        d.t("\n保单号：P", digits(r, 15, "1"), "\n理赔金额：", str(r.randint(500, 30000)), ".00\n收款账户：",
            r.choice(["中国工商银行", "中国农业银行", "招商银行", "中国建设银行"]), " ").v("BANK_CARD", card_fmt(r))
        d.t("\n开户名：", nm, "\n联系电话：").v("MOBILE", mob_fmt(r))
        d.t("  电子邮箱：").v("EMAIL", V.email(r))
        d.t("\n")
    elif k == 4:
        d.t("检验报告单  标本号：", digits(r, 12, "2"), "\n姓名：", nm, "  门诊/住院号：", digits(r, 9, "0"),
            "\n送检日期：", ymd(r), "\n项目          结果    参考值\n白细胞计数    ", "%.1f" % r.uniform(3, 11),
            "     3.5-9.5\n血红蛋白      ", str(r.randint(100, 170)), "     130-175\n患者电话：").v("MOBILE", mob_fmt(r))
        d.t("\n")
    else:
        d.t("医保报销结算单\n参保人：", nm, "  社会保障号：").v("ID_CARD", idn)
        d.t("\n结算号：", digits(r, 16, "3"), "\n总费用 ", "%.2f" % r.uniform(100, 9000), " 统筹支付 ",
            "%.2f" % r.uniform(50, 5000), "\n就诊人出生年月日：").v("BIRTHDATE", birth_of(idn, r, "%Y%m%d"))
        d.t("\n家属联系电话：").v("LANDLINE", land_fmt(r))
        d.t("\n")
    return d


# ============================================================== wechat_pc
KEYCAP = "\ufe0f\u20e3"


def wechat_pc(r, i):
    d = Doc()
    a, b = name(r), name(r)
    day = ymd(r, 2023, 2024)
    clock = [r.randint(8 * 3600, 20 * 3600)]

    def hdr(who):
        clock[0] += r.randint(5, 600)
        c = clock[0]
        return "%s %s %02d:%02d:%02d\n" % (who, day, c // 3600, c % 3600 // 60, c % 60)
    d.t(r.choice(["微信聊天记录导出（PC版）\n", "QQ消息记录 导出时间 %s\n" % ymd(r), "与%s的聊天\n" % b, ""]))
    k = i % 8
    d.t(hdr(a), r.choice(["在吗", "你好，快递到了没", "方便说话吗？"]), "\n")
    if k == 0:
        d.t(hdr(b), "我新号码 ").v("MOBILE", mob_fmt(r, allow=("plain", "344", "344-", "344.")))
        d.t(" 旧的不用了\n", hdr(a), "好的，转账 ¥", "%.2f" % r.uniform(10, 2000), " 已收\n")
    elif k == 1:
        m = V.mobile(r)
        d.t(hdr(b), "手机号发你，怕被屏蔽写成这样：").v("MOBILE", V.to_cn(m, r))
        d.t("\n", hdr(a), "收到[OK]\n")
    elif k == 2:
        m = V.mobile(r)
        emo = m if i % 16 == 2 else m[:3]
        d.t(hdr(b), "加我 ", "".join(c + KEYCAP for c in emo), " 开头那个，后面私聊\n" if len(emo) == 3 else "\n")
        d.t(hdr(a), "还是发全吧\n", hdr(b)).v("MOBILE", V.spaced(m, r, "each"))
        d.t("\n")
    elif k == 3:
        d.t(hdr(b), "[图片] 身份证正面.jpg\n", hdr(b), "号码打出来：").v("ID_CARD", V.id_card(r))
        d.t("\n", hdr(a), "[红包] 恭喜发财 红包编号 ", digits(r, 28, "1"), "\n")
    elif k == 4:
        d.t(hdr(b), "打到这张卡 ").v("BANK_CARD", card_fmt(r))
        d.t(" ", r.choice(["农行", "建行", "工行", "邮储"]), "\n", hdr(a), "[转账] 向", b, "转账 ¥",
            str(r.randint(100, 50000)), ".00 交易单号 ", digits(r, 28, "1"), "\n")
    elif k == 5:
        d.t(hdr(b), "我QQ ").v("QQ", V.qq(r))
        d.t("，微信号 ").v("WECHAT", V.wechat(r))
        d.t(" 加一下\n", hdr(a), "已申请\n")
    elif k == 6:
        q = V.qq(r)
        d.t(hdr(b), "资料发我邮箱 ").v("EMAIL", V.email(r, q if r.random() < 0.5 else None))
        d.t("\n", hdr(a), "好，另外我座机 ").v("LANDLINE", land_fmt(r))
        d.t(" 转 ", str(r.randint(100, 8999)), "\n")
    else:
        m = V.mobile(r)
        d.t(hdr(b), "撤回了一条消息\n", hdr(b), "电话 ").v("MOBILE", V.to_fullwidth(m))
        d.t("，生日 ").v("BIRTHDATE", V.birth(r, "{y}年{m}月{d}日"))
        d.t(" 别告诉别人\n", hdr(a), "[表情] 订单号 ", order_no(r), " 查一下\n")
    d.t(hdr(a), r.choice(["好", "嗯嗯", "晚点聊", "👍"]), "\n")
    return d


# ============================================================== english_mix
def english_mix(r, i):
    d = Doc()
    en = r.choice(EN_NAMES)
    k = i % 7
    if k == 0:
        d.t("KYC Verification Form\nFull name: ", en, " (", name(r), ")\nNationality: CHN\nID No.: ").v("ID_CARD", V.id_card(r))
        d.t("\nDate of Birth: ").v("BIRTHDATE", V.birth_en(r))
        d.t("\nMobile: ").v("MOBILE", mob_fmt(r, allow=("+86", "(+86)", "0086", "plain")))
        d.t("\nEmail: ").v("EMAIL", V.email(r))
        d.t("\nSource of funds: salary\nRisk score: ", str(r.randint(1, 99)), "\n")
    elif k == 1:
        d.t("Booking Confirmation — Flight ", r.choice(["CA", "MU", "CZ", "HU"]), str(r.randint(100, 9999)),
            "\nPassenger: ", en.upper().replace(" ", "/"), "\nPassport No.: ").v("PASSPORT", V.passport(r))
        d.t("\nDOB: ").v("BIRTHDATE", V.birth_en(r))
        d.t("\nContact phone: ").v("MOBILE", mob_fmt(r, allow=("+86",)))
        d.t("\nPNR: ", "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)), "  E-ticket: 999-",
            digits(r, 10), "\n")
    elif k == 2:
        d.t("Hotel reservation #", digits(r, 9), "\nGuest: ", en, "\nTravel document: Mainland Travel Permit for HK/Macao ")
        d.v("HK_MACAO_PERMIT", V.hk_permit(r))
        d.t("\nPhone: ").v("MOBILE", mob_fmt(r, allow=("+86", "0086")))
        d.t("\nCheck-in: ", ymd(r), "  Nights: ", str(r.randint(1, 7)), "\nWeChat: ").v("WECHAT", V.wechat(r))
        d.t("\n")
    elif k == 3:
        d.t("Support ticket #", digits(r, 6), "\nUser ", en, " writes: I cannot log in. My phone is ")
        d.v("MOBILE", mob_fmt(r))
        d.t(" and my QQ is ").v("QQ", V.qq(r))
        d.t(". 我换了手机号，请帮忙。\nAgent: Please confirm the last 4 digits of your ID (尾号 ", digits(r, 4), ").\n")
    elif k == 4:
        d.t("### Bug: login fails behind proxy\n\n```\n", ymd(r), "T", hms(r), "Z INFO request ip=").v("IP", V.ipv4(r))
        d.t(" path=/api/v2/login status=401\n", ymd(r), "T", hms(r), "Z WARN upstream=10.0.", str(r.randint(0, 255)),
            ".", str(r.randint(1, 254)), ":8080 retry=3\n", ymd(r), "T", hms(r), "Z INFO client=[").v("IP", V.ipv6(r))
        d.t("] ua=\"okhttp/4.9.3\"\n```\n\nVersion: v", str(r.randint(1, 9)), ".", str(r.randint(0, 20)), ".",
            str(r.randint(0, 30)), " — reported by @", r.choice(["dev", "ops", "qa"]), str(r.randint(1, 99)), "\n")
    elif k == 5:
        d.t("Account opening (开户申请)\nName / 姓名: ", en, "\nID No. / 身份证号: ").v("ID_CARD", id_fmt(r))
        d.t("\nCard No. / 卡号: ").v("BANK_CARD", card_fmt(r))
        d.t("\nTel / 固话: ").v("LANDLINE", r.choice(["+86 ", "+86-"]) + (lambda al: al[0][1:] + "-" + al[1])(V.landline(r)))
        d.t("\nBranch code: ", digits(r, 5), "\n")
    else:
        d.t("Driver onboarding\nName: ", en, "\nVehicle plate: ").v("PLATE", V.plate(r))
        d.t("\nMobile No.: ").v("MOBILE", mob_fmt(r))
        d.t("\nDate of birth: ").v("BIRTHDATE", V.birth(r, "%Y-%m-%d", 1960, 2002))
        d.t("\nLast location: ").v("GPS", V.gps(r))
        d.t("\nRating: 4.9", str(r.randint(0, 9)), "\n")
    return d


# ============================================================== notifications
def notifications(r, i):
    d = Doc()
    k = i % 8
    if k == 0:
        d.t("【", r.choice(["菜鸟驿站", "丰巢", "兔喜生活"]), "】您的包裹已到", r.choice(["小区东门", "3号楼"]), "，取件码 ",
            "%d-%d-%04d" % (r.randint(1, 9), r.randint(1, 9), r.randint(0, 9999)), "，收件人电话 ")
        d.v("MOBILE", mob_fmt(r, allow=("plain", "344")))
        d.t("。运单号 SF", digits(r, 13), "\n")
    elif k == 1:
        m = V.mobile(r)
        while m[:3] not in ("170", "171"):
            m = V.mobile(r)
        d.t("【", r.choice(["京东物流", "顺丰速运", "美团"]), "】骑手已取货，联系骑手请拨隐私号 ").v("MOBILE", m)
        d.t("-", digits(r, 4), "（分机号），号码", r.randint(1, 3) * 10, "分钟内有效。\n")
    elif k == 2:
        d.t("【", r.choice(["滴滴出行", "高德打车", "曹操出行"]), "】司机", r.choice(SUR), "师傅已接单，车牌 ")
        p = V.plate(r)
        d.v("PLATE", p[:2] + r.choice(["·", "", " "]) + p[2:])
        d.t("，白色", r.choice(["比亚迪秦", "大众朗逸", "丰田卡罗拉"]), "，预计", r.randint(2, 9), "分钟到达。\n")
    elif k == 3:
        d.t("行程记录 trip_id=", digits(r, 19, "5"), "\n上车点 ").v("GPS", V.gps(r, ","))
        d.t("\n下车点 ").v("GPS", V.gps(r, ","))
        d.t("\n司机车牌 ").v("PLATE", V.plate(r))
        d.t("  乘客手机 ").v("MOBILE", mob_fmt(r))
        d.t("\n里程 ", "%.1f" % r.uniform(1, 40), " km  费用 ", "%.2f" % r.uniform(8, 150), " 元\n")
    elif k == 4:
        d.t("【", r.choice(["中国银行", "工商银行", "建设银行", "农业银行"]), "】您尾号", digits(r, 4, "0123456789"), "的储蓄卡",
            r.choice(["05月12日", "11月03日"]), hms(r)[:5], "支出人民币", "%.2f" % r.uniform(1, 5000), "元，余额",
            "%.2f" % r.uniform(1, 90000), "元。验证码", digits(r, 6), "，请勿泄露。\n")
        d.t("如非本人操作请致电95588。客户 ", name(r), " 手机 ").v("MOBILE", mob_fmt(r))
        d.t("\n")
    elif k == 5:
        d.t("【中国", r.choice(["移动", "联通", "电信"]), "】尊敬的客户，您的号码 ").v("MOBILE", mob_fmt(r, allow=("plain",)))
        d.t(" 本月已用流量", "%.2f" % r.uniform(1, 60), "GB，账户余额", "%.2f" % r.uniform(-20, 300),
            "元。充值请回复CZ。退订回T\n")
    elif k == 6:
        d.t("绑卡成功通知\n持卡人：", name(r), "\n卡号：").v("BANK_CARD", card_fmt(r))
        d.t("\n预留手机：").v("MOBILE", mob_fmt(r, allow=("344", "plain", "344-")))
        d.t("\n交易流水号：", digits(r, 20, "2"), "\n")
    else:
        d.t("【", r.choice(["12306", "携程", "飞猪"]), "】订单E", digits(r, 9), "：乘车人", name(r), "（身份证 ").v("ID_CARD", V.id_card(r))
        d.t("）已出票，", ymd(r), " G", r.randint(1, 9999), "次 ", r.randint(1, 16), "车", r.randint(1, 20),
            r.choice("ABCDF"), "号。联系人手机 ").v("MOBILE", mob_fmt(r, allow=("plain",)))
        d.t("\n")
    return d


# ============================================================== markdown_tables
def _row_cells(r, cols):
    cells = []
    for c in cols:
        if c in ("姓名", "Name"):
            cells.append(("", name(r)))
        elif c in ("手机", "Mobile", "手机号"):
            cells.append(("MOBILE", mob_fmt(r, allow=("plain", "344", "+86"))))
        elif c in ("QQ", "QQ号"):
            cells.append(("QQ", V.qq(r)))
        elif c in ("微信", "WeChat ID", "微信号"):
            cells.append(("WECHAT", V.wechat(r)))
        elif c in ("护照号", "Passport No."):
            cells.append(("PASSPORT", V.passport(r)))
        elif c in ("出生日期", "DOB"):
            cells.append(("BIRTHDATE", V.birth(r, r.choice(["%Y-%m-%d", "%Y/%m/%d", "%Y%m%d"]))))
        elif c in ("身份证号", "ID No."):
            cells.append(("ID_CARD", V.id_card(r)))
        elif c in ("邮箱", "Email"):
            cells.append(("EMAIL", V.email(r)))
        elif c in ("车牌", "Plate"):
            cells.append(("PLATE", V.plate(r)))
        elif c in ("金额", "Amount"):
            cells.append(("", "%.2f" % r.uniform(1, 99999)))
        elif c in ("订单数", "Orders"):
            cells.append(("", str(r.randint(0, 500))))
        elif c in ("积分", "Points"):
            cells.append(("", str(r.randint(0, 99999))))
        elif c in ("注册日期", "Signup"):
            cells.append(("", ymd(r)))
        else:
            cells.append(("", str(r.randint(1, 99))))
    return cells


COLSETS = [["姓名", "手机", "QQ", "金额"], ["Name", "WeChat ID", "DOB", "Orders"], ["姓名", "护照号", "出生日期", "注册日期"],
           ["序号", "姓名", "微信号", "积分"], ["Name", "Mobile", "Passport No.", "Amount"], ["姓名", "QQ号", "邮箱", "订单数"],
           ["序号", "身份证号", "手机号", "出生日期"], ["Name", "QQ", "Plate", "Points"]]


def markdown_tables(r, i):
    d = Doc()
    cols = COLSETS[i % len(COLSETS)]
    style = (i // len(COLSETS)) % 3  # 0 markdown, 1 ascii grid, 2 org
    rows = [_row_cells(r, cols) for _ in range(r.randint(2, 4))]
    widths = [max([len(c)] + [len(row[j][1]) for row in rows]) + 2 for j, c in enumerate(cols)]
    d.t(r.choice(["## 会员导出\n\n", "客户名单（内部）\n", "#+TITLE: users\n", "Export of table `users`:\n"]))

    def line(ch="-", joint="+"):
        return joint + joint.join(ch * w for w in widths) + joint + "\n"

    def row_out(cells, edge):
        d.t(edge)
        for j, (typ, val) in enumerate(cells):
            d.t(" ")
            (d.v(typ, val) if typ else d.t(val))
            d.t(" " * (widths[j] - len(val) - 1), edge)
        d.t("\n")

    hdr = [("", c) for c in cols]
    if style == 0:
        row_out(hdr, "|")
        d.t("|" + "|".join("-" * w for w in widths) + "|\n")
    elif style == 1:
        d.t(line())
        row_out(hdr, "|")
        d.t(line("="))
    else:
        row_out(hdr, "|")
        d.t("|" + "+".join("-" * w for w in widths) + "|\n")
    for row in rows:
        row_out(row, "|")
    if style == 1:
        d.t(line())
    d.t("共 ", str(len(rows)), " 条\n")
    return d


# ============================================================== traps10
def traps10(r, i):
    d = Doc()
    k = i % 12
    if k == 0:
        d.t("社保补录（校验未通过）\n姓名：", name(r), "\n社会保障号码：", V.bad_id(r), "  ← 校验位错误，退回重填\n")
    elif k == 1:
        d.t("门诊号：", digits(r, 10, "0"), "  住院号：", digits(r, 8), "  医保卡号：", digits(r, 10, "0"),
            "\n就诊日期：", ymd(r), "  病案号：", digits(r, 7), "\n")
    elif k == 2:
        d.t("订单号 ", order_no(r), "\n退款单号 ", order_no(r), "\n物流单号 ", order_no(r), "\n")
    elif k == 3:
        d.t("批次编码：", V.bad_id(r), "\n设备序列号：", digits(r, 18, "9"), "X\n")
    elif k == 4:
        d.t("交易参考号 ", V.luhn_other(r), "\n商户流水 ", V.luhn_other(r), "\n")
    elif k == 5:
        d.t("入职日期：", ymd(r, 2010), "\n合同到期：", ymd(r, 2025, 2028), "\n签发日期：", V.birth(r, "{y}年{m}月{d}日"), "\n")
    elif k == 6:
        d.t("server: 192.168.", str(r.randint(0, 255)), ".", str(r.randint(1, 254)), "\ngateway: 10.",
            str(r.randint(0, 255)), ".0.1\ndb: 172.", str(r.randint(16, 31)), ".", str(r.randint(0, 255)),
            ".9:5432\nlocal: 127.0.0.1  cgnat: 100.", str(r.randint(64, 127)), ".3.4  link: fe80::1\n")
    elif k == 7:
        d.t("Changelog v", str(r.randint(1, 9)), ".", str(r.randint(0, 12)), ".", str(r.randint(0, 40)),
            "\n- bump okhttp to 4.12.0\n- Chrome ", str(r.randint(100, 126)), ".0.", str(r.randint(1000, 6999)), ".",
            str(r.randint(10, 200)), " compatible\n- build 10.0.19045.", str(r.randint(1000, 4999)), "\n")
    elif k == 8:
        d.t("门店位置（约）：", "%.3f" % r.uniform(20, 45), ", ", "%.3f" % r.uniform(100, 125), "\n城市中心：",
            "%.2f,%.2f" % (r.uniform(20, 45), r.uniform(100, 125)), "\n")
    elif k == 9:
        m, idn, c = V.mobile(r), V.id_card(r), V.bank_card(r)
        d.t("脱敏展示：手机 ", m[:3], "****", m[7:], "，身份证 ", idn[:6], "********", idn[14:], "，卡号 ", c[:4],
            " **** **** ", c[-4:], "，邮箱 ", r.choice("zwlcy"), "***@qq.com\n")
    elif k == 10:
        d.t("客服热线 400-", digits(r, 3), "-", digits(r, 4), "，银行客服 95588，铁路 12306，短信验证码 ",
            digits(r, 6), "，取件码 ", str(r.randint(10, 99)), "-", str(r.randint(1000, 9999)), "\n")
    else:
        m = V.mobile(r)
        d.t("群公告：报名请私聊群主，号码 ", "".join(c + KEYCAP for c in m[:3]), " 开头（不公开）。QQ群 号勿外传。公积金账号 ",
            digits(r, 12, "1"), "，档案编号 DA-", digits(r, 6), "\n")
    return d


BUILDERS = {"gov_forms": gov_forms, "medical": medical, "wechat_pc": wechat_pc, "english_mix": english_mix,
            "notifications": notifications, "markdown_tables": markdown_tables, "traps10": traps10}


def check_doc(doc):
    text, spans = doc["text"], doc["spans"]
    errs = []
    prev_end = -1
    for s, e, typ in sorted(spans):
        val = text[s:e]
        if not V.VALIDATORS[typ](val):
            errs.append("span does not validate: %s %r" % (typ, val))
        if s < prev_end:
            errs.append("overlap at %d" % s)
        if val != val.strip() or not val:
            errs.append("span has outer whitespace: %r" % val)
        prev_end = max(prev_end, e)
    masked = list(text)
    for s, e, _ in spans:
        for j in range(s, e):
            masked[j] = "\u2588"
    for kind, val in V.accidental("".join(masked)):
        errs.append("unlabelled %s %r" % (kind, val))
    if doc["genre"] == "traps10" and spans:
        errs.append("trap doc has spans")
    return errs


def build():
    r = random.Random(SEED)
    docs = []
    for g in GENRES:
        for i in range(PER_GENRE):
            text, spans = BUILDERS[g](r, i).build()
            docs.append({"id": "p10-%s-%03d" % (g, i + 1), "genre": g, "text": text, "spans": spans})
    return docs


def serialize(docs):
    return "".join(json.dumps(d, ensure_ascii=False, sort_keys=False) + "\n" for d in docs).encode("utf-8")


def main(argv):
    docs = build()
    errs = ["%s: %s" % (d["id"], e) for d in docs for e in check_doc(d)]
    if errs:
        sys.stderr.write("\n".join(errs) + "\n")
        return 1
    data = serialize(docs)
    if "--check" in argv:
        with open(OUT, "rb") as f:
            if f.read() != data:
                sys.stderr.write("probe10.jsonl differs from a fresh build\n")
                return 1
        print("ok: %d documents, identical" % len(docs))
        return 0
    with open(OUT, "wb") as f:
        f.write(data)
    print("wrote %s: %d documents, %d spans" % (OUT, len(docs), sum(len(d["spans"]) for d in docs)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
