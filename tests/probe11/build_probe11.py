# ruff: noqa: UP031, N812, B007
"""Build probe11.jsonl (fixed seed). `--check`: rebuild and compare byte for byte."""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import p11_values as V  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "probe11.jsonl")
SEED = 1111
SUR = "张王李赵刘陈杨黄周吴徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢"
GIV = ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超",
       "秀兰", "霞", "平", "刚", "桂英", "子涵", "浩然", "欣怡", "宇轩", "梓萱", "俊杰", "雨桐"]
ADDR = ["北京市朝阳区望京西园四区412号楼2单元1103室", "上海市徐汇区漕溪北路88号7楼", "广州市天河区体育西路103号维多利广场B座2306",
        "深圳市南山区科技园南区高新南七道9号", "杭州市西湖区文三路478号华星时代广场A座1201", "成都市武侯区人民南路四段27号",
        "武汉市洪山区珞喻路1037号", "南京市鼓楼区中山北路283号3栋502", "西安市雁塔区小寨东路126号", "天津市和平区南京路189号"]
CAP = "零壹贰叁肆伍陆柒捌玖"


def name(rng):
    return rng.choice(SUR) + rng.choice(GIV)


def capitals(n):
    """Integer yuan (< 1e8) in financial capitals, e.g. 12000 -> 壹万贰仟元整."""
    def four(x):
        s, zero = "", False
        for unit, div in (("仟", 1000), ("佰", 100), ("拾", 10), ("", 1)):
            d = x // div % 10
            if d:
                if zero and s:
                    s += "零"
                s += CAP[d] + unit
                zero = False
            else:
                zero = True
        return s
    hi, lo = divmod(n, 10000)
    s = (four(hi) + "万" if hi else "")
    if lo:
        s += ("零" if hi and lo < 1000 else "") + four(lo)
    return s + "元整"


class Doc:
    def __init__(self):
        self.parts, self.spans, self.n = [], [], 0

    def t(self, s):
        self.parts.append(s)
        self.n += len(s)
        return self

    def v(self, s, typ):
        self.spans.append([self.n, self.n + len(s), typ])
        return self.t(s)

    def text(self):
        return "".join(self.parts)


def grp(s, sizes, sep=" "):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


def mob_form(rng, m):
    f = rng.randint(0, 5)
    return [m, grp(m, [3, 4, 4], "-"), grp(m, [3, 4, 4], " "), "+86 " + m, "+86-" + grp(m, [3, 4, 4], "-"),
            "(+86)" + m][f]


def land_form(rng):
    a, n = V.landline(rng)
    return rng.choice([a + "-" + n, a + "-" + n, a + " " + n])


def card_form(rng, c):
    return rng.choice([c, grp(c, [4, 4, 4, 4]), c])


def id_form(rng, i):
    return rng.choice([i, i, grp(i, [6, 8, 4])])


def date_cn(rng, y0=2021, y1=2025):
    return "%d年%d月%d日" % (rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def amount(rng):
    return rng.choice([3500, 4800, 12000, 26800, 50000, 85000, 120000, 300500, 1250000])


# ------------------------------------------------------------------ contracts
def contracts(rng, i):
    d = Doc()
    k = i % 5
    a, b = name(rng), name(rng)
    amt = amount(rng)
    if k == 0:
        d.t("房屋租赁合同\n合同编号：ZL-%d-%04d\n出租方（甲方）：%s，身份证号：" % (rng.randint(2021, 2025), rng.randint(1, 9999), a))
        d.v(id_form(rng, V.id_card(rng)), "ID_CARD").t("，联系电话：").v(mob_form(rng, V.mobile(rng)), "MOBILE")
        d.t("\n承租方（乙方）：%s，身份证号码：" % b).v(V.id_card(rng), "ID_CARD").t("，手机：").v(V.mobile(rng), "MOBILE")
        d.t("\n第一条 房屋坐落于%s，建筑面积%d.%d平方米。\n第二条 月租金人民币%s元（大写：%s），押二付一，租期自%s起至%s止。\n"
            % (rng.choice(ADDR), rng.randint(40, 140), rng.randint(0, 9), format(amt // 10, ","), capitals(amt // 10),
               date_cn(rng), date_cn(rng)))
        d.t("第三条 乙方每月5日前将租金转入甲方账户：开户行%s，户名%s，账号" % (rng.choice(["中国工商银行", "中国农业银行", "招商银行"]), a))
        d.v(card_form(rng, V.bank_card(rng)), "BANK_CARD").t("。\n甲方（签字）：%s    乙方（签字）：%s\n签订日期：%s\n" % (a, b, date_cn(rng)))
    elif k == 1:
        d.t("借条\n今借到%s（身份证号：" % a).v(V.id_card(rng), "ID_CARD")
        d.t("）人民币%s元整（大写：%s），借款期限%d个月，月利率%.1f%%，到期一次性归还本息。\n" % (format(amt, ","), capitals(amt), rng.randint(3, 24), rng.uniform(0.5, 1.5)))
        d.t("借款通过银行转账至借款人卡号 ").v(V.bank_card(rng, 19), "BANK_CARD").t(" 。\n借款人：%s\n身份证号：" % b)
        d.v(V.id_card(rng), "ID_CARD").t("\n电话：").v(mob_form(rng, V.mobile(rng)), "MOBILE")
        d.t("\n住址：%s\n%s\n" % (rng.choice(ADDR), date_cn(rng)))
    elif k == 2:
        d.t("劳动合同书（编号：LD%d%05d）\n甲方（用人单位）：%s科技有限公司\n统一社会信用代码：91440300MA5F%s\n联系电话："
            % (rng.randint(2021, 2025), rng.randint(1, 99999), rng.choice(["鹏城", "星河", "远景", "启明"]),
               "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))))
        d.v(land_form(rng), "LANDLINE").t("\n乙方（劳动者）：%s    性别：%s\n出生日期：" % (b, rng.choice("男女")))
        bd = V.birth_date(rng)
        d.v(bd.strftime("%Y年") + "%d月%d日" % (bd.month, bd.day), "BIRTHDATE").t("\n居民身份证号码：").v(V.id_card(rng), "ID_CARD")
        d.t("\n电子邮箱：").v(V.email(rng), "EMAIL").t("\n手机号码：").v(mob_form(rng, V.mobile(rng)), "MOBILE")
        d.t("\n第五条 乙方月工资为税前人民币%s元，每月15日前发放至乙方工资卡（卡号：" % format(amt // 5, ","))
        d.v(V.bank_card(rng), "BANK_CARD").t("）。试用期%d个月。\n" % rng.randint(1, 6))
    elif k == 3:
        pl = V.plate(rng)
        d.t("二手车买卖合同\n卖方：%s，证件号码：" % a).v(id_form(rng, V.id_card(rng)), "ID_CARD").t("，电话：").v(mob_form(rng, V.mobile(rng)), "MOBILE")
        d.t("\n买方：%s，护照号码：" % b).v(V.passport(rng), "PASSPORT").t("，电话：").v(mob_form(rng, V.mobile(rng)), "MOBILE")
        d.t("\n车辆信息：号牌号码 ").v(pl[0] + pl[1], "PLATE").t("，车架号（VIN）LSVAM4187C2%06d，发动机号%s%05d。\n"
                                                          % (rng.randint(0, 999999), rng.choice(["CFB", "EA8", "G4F"]), rng.randint(0, 99999)))
        d.t("成交价格：人民币%s元（大写：%s）。买方于%s前付清全部车款。\n" % (format(amt, ","), capitals(amt), date_cn(rng)))
    else:
        d.t("商品房买卖合同（预售）\n合同备案号：YS%d%06d\n出卖人：%s房地产开发有限公司，联系电话：" % (rng.randint(2021, 2025), rng.randint(0, 999999), rng.choice(["华润", "锦城", "滨江"])))
        d.v(land_form(rng), "LANDLINE").t("\n买受人：%s，证件类型：往来港澳通行证，证件号码：" % a).v(V.permit(rng), "HK_MACAO_PERMIT")
        d.t("\n共有人：%s，身份证：" % b).v(V.id_card(rng), "ID_CARD").t("\n通讯地址：%s\n联系邮箱：" % rng.choice(ADDR)).v(V.email(rng), "EMAIL")
        d.t("\n总价款：%s元（%s），首付款%s元，余款以按揭方式支付。\n" % (format(amt * 10, ","), capitals(amt * 10), format(amt * 3, ",")))
    return d


# ------------------------------------------------------------------ education
def education(rng, i):
    d = Doc()
    k = i % 4
    if k == 0:
        d.t("%s第%d中学 高二(%d)班 学生信息登记表\n序号\t姓名\t性别\t出生日期\t身份证号\t学籍号\t家长电话\n"
            % (rng.choice(["北京市", "杭州市", "成都市"]), rng.randint(1, 30), rng.randint(1, 12)))
        for r in range(rng.randint(3, 5)):
            bd = V.birth_date(rng)
            d.t("%d\t%s\t%s\t" % (r + 1, name(rng), rng.choice("男女"))).v(bd.strftime("%Y-%m-%d"), "BIRTHDATE").t("\t")
            d.v(V.id_card(rng, year=bd.year), "ID_CARD").t("\tG" + V.bad_id(rng) + "\t").v(V.mobile(rng), "MOBILE").t("\n")
    elif k == 1:
        d.t("%d年普通高等学校招生全国统一考试\n准考证\n姓名：%s\n准考证号：%d%09d\n考生号：%d%012d\n身份证号："
            % (rng.randint(2022, 2025), name(rng), rng.randint(1, 9), rng.randint(0, 999999999),
               rng.randint(22, 25), rng.randint(0, 999999999999)))
        d.v(id_form(rng, V.id_card(rng, year=rng.randint(2005, 2008))), "ID_CARD")
        d.t("\n考场号：%02d  座位号：%02d\n考点：%s\n考试时间：6月7日 9:00-11:30\n" % (rng.randint(1, 40), rng.randint(1, 30), rng.choice(ADDR)))
    elif k == 2:
        d.t("一年级%d班家长通讯录（请勿外传）\n" % rng.randint(1, 8))
        for r in range(rng.randint(3, 5)):
            d.t("%s（%s妈妈） 电话：" % (name(rng), name(rng)[1:])).v(mob_form(rng, V.mobile(rng)), "MOBILE")
            d.t(" 微信：").v(V.wechat(rng), "WECHAT").t("\n")
        d.t("班主任%s老师 办公室电话 " % rng.choice(SUR)).v(land_form(rng), "LANDLINE").t(" 转 %d\n" % rng.randint(100, 899))
    else:
        d.t("【%s培训学校】学员报名表\n学员姓名：%s\n生日：" % (rng.choice(["新星", "启航", "博雅"]), name(rng)))
        bd = V.birth_date(rng)
        d.v("%d年%d月%d日" % (bd.year, bd.month, bd.day), "BIRTHDATE").t("\n家长QQ：").v(V.qq(rng), "QQ")
        d.t("\n家长邮箱：").v(V.email(rng), "EMAIL").t("\n缴费：%s元，收据号 SJ%d%06d\n" % (format(rng.randint(20, 90) * 100, ","), rng.randint(2022, 2025), rng.randint(0, 999999)))
    return d


# ------------------------------------------------------------------ payroll
def payroll(rng, i):
    d = Doc()
    k = i % 3
    if k == 0:
        base = rng.randint(60, 300) * 100
        d.t("工资条 %d年%d月\n工号：E%05d  姓名：%s  部门：%s\n应发工资：%s.00  养老保险：%s.00  医疗保险：%s.00  住房公积金：%s.00  个税：%s.%02d\n实发工资：%s.00\n工资卡号："
            % (rng.randint(2023, 2025), rng.randint(1, 12), rng.randint(1, 99999), name(rng), rng.choice(["研发部", "财务部", "销售部"]),
               format(base, ","), format(base * 8 // 100, ","), format(base * 2 // 100, ","), format(base * 12 // 100, ","),
               format(base * 3 // 100, ","), rng.randint(0, 99), format(base * 75 // 100, ",")))
        d.v(card_form(rng, V.bank_card(rng)), "BANK_CARD").t("\n如有疑问请联系人事部 ").v(land_form(rng), "LANDLINE").t("\n")
    elif k == 1:
        d.t("代发工资明细表（批次号：DF%d%08d）\n工号|姓名|身份证号|工资卡号|实发金额\n" % (rng.randint(2023, 2025), rng.randint(0, 99999999)))
        for r in range(rng.randint(3, 5)):
            d.t("%05d|%s|" % (rng.randint(1, 99999), name(rng))).v(V.id_card(rng), "ID_CARD").t("|").v(V.bank_card(rng), "BANK_CARD")
            d.t("|%s.%02d\n" % (format(rng.randint(3000, 30000), ","), rng.randint(0, 99)))
        d.t("合计：%s.00元  银行流水号：%d%014d\n" % (format(rng.randint(20000, 90000), ","), rng.randint(2023, 2025), rng.randint(0, 10 ** 14 - 1)))
    else:
        d.t("关于%s工资卡变更的说明\n本人%s（工号%05d，身份证号" % (rng.choice(["本人", "员工"]), name(rng), rng.randint(1, 99999)))
        d.v(V.id_card(rng), "ID_CARD").t("）因原工资卡挂失，申请将工资发放账户变更为：").v(V.bank_card(rng), "BANK_CARD")
        d.t("（%s）。\n联系方式：" % rng.choice(["中国建设银行", "中国农业银行", "中国邮政储蓄银行"])).v(mob_form(rng, V.mobile(rng)), "MOBILE")
        d.t("，邮箱 ").v(V.email(rng), "EMAIL").t("\n申请日期：%s\n" % date_cn(rng))
    return d


# ------------------------------------------------------------------ enforcement
def enforcement(rng, i):
    d = Doc()
    k = i % 4
    court = rng.choice(["北京市朝阳区人民法院", "上海市浦东新区人民法院", "深圳市南山区人民法院", "成都市武侯区人民法院"])
    case = "（%d）%s%04d执%d号" % (rng.randint(2020, 2025), rng.choice(["京0105", "沪0115", "粤0305", "川0107"]), rng.randint(1, 9999), rng.randint(100, 99999))
    if k == 0:
        d.t("%s\n执行通知书\n%s\n被执行人：%s，男，" % (court, case, name(rng)))
        bd = V.birth_date(rng)
        d.v("%d年%d月%d日" % (bd.year, bd.month, bd.day), "BIRTHDATE").t("出生，汉族，公民身份号码").v(V.id_card(rng, year=bd.year), "ID_CARD")
        d.t("，住%s。\n本院依法受理申请执行人与你方纠纷一案，执行标的人民币%s元，申请执行费%s元。请你于收到本通知之日起三日内履行。\n承办法官：%s  联系电话："
            % (rng.choice(ADDR), format(amount(rng), ","), format(rng.randint(100, 9999), ","), name(rng)))
        d.v(land_form(rng), "LANDLINE").t("\n")
    elif k == 1:
        d.t("失信被执行人名单公布（第%d批）\n案号\t姓名\t身份证号码\t执行标的(元)\n" % rng.randint(1, 60))
        for r in range(rng.randint(3, 5)):
            d.t(case.replace("执", "执恢") if r == 0 else "（%d）京0105执%d号" % (rng.randint(2020, 2025), rng.randint(100, 9999)))
            d.t("\t%s\t" % name(rng)).v(V.id_card(rng), "ID_CARD").t("\t%s\n" % format(amount(rng), ","))
        d.t("举报电话：").v(land_form(rng), "LANDLINE").t("\n")
    elif k == 2:
        d.t("报案材料（草稿）\n报案人：%s，身份证号：" % name(rng)).v(V.id_card(rng), "ID_CARD").t("，联系电话：").v(mob_form(rng, V.mobile(rng)), "MOBILE")
        d.t("\n%s，我接到自称客服的电话，对方号码为 " % date_cn(rng)).v(mob_form(rng, V.mobile(rng)), "MOBILE")
        d.t("，诱导我将%s元转入其提供的账户 " % format(amount(rng), ",")).v(card_form(rng, V.bank_card(rng)), "BANK_CARD")
        d.t("（户名%s）。事后我发现对方登录我账户的IP为 " % name(rng)).v(rng.choice([V.public_ipv4(rng), V.public_ipv6(rng)]), "IP")
        d.t("，对方QQ：").v(V.qq(rng), "QQ").t("。\n转账凭证流水号：%d%016d\n" % (rng.randint(2022, 2025), rng.randint(0, 10 ** 16 - 1)))
    else:
        pl = V.plate(rng)
        lat, lon = V.gps(rng)
        d.t("%s\n查封（扣押）车辆公告\n%s\n被执行人%s名下车辆（号牌 " % (court, case, name(rng))).v(pl[0] + "·" + pl[1], "PLATE")
        d.t("）已于%s在停车场查获，定位坐标 " % date_cn(rng)).v("%.5f,%.5f" % (lat, lon), "GPS")
        d.t("。\n案外人如有异议，请于十五日内向本院提出。联系人：%s法官，电话 " % rng.choice(SUR)).v(land_form(rng), "LANDLINE").t("。\n")
    return d


# ------------------------------------------------------------------ tw_hk_shop
def tw_hk_shop(rng, i):
    d = Doc()
    k = i % 4
    n = name(rng)
    if k == 0:
        m = V.tw_mobile(rng)
        d.t("【訂單通知】親愛的%s您好，您的訂單 TW%d%07d 已出貨，將寄至 7-11 %s門市（店號 %06d），取貨編號 %d%07d，請於7日內攜帶證件取貨。\n收件人手機："
            % (n, rng.randint(2023, 2025), rng.randint(0, 9999999), rng.choice(["忠孝", "民生", "中山"]), rng.randint(100000, 299999),
               rng.randint(1, 9), rng.randint(0, 9999999)))
        d.v(rng.choice(["+886 " + m[:3] + " " + m[3:6] + " " + m[6:], "+886-" + m, "+886" + m]), "MOBILE").t("\n")
        d.t("發票統一編號：%08d  郵遞區號：%d\n客服信箱：" % (rng.randint(10000000, 99999999), rng.choice([106, 110, 10650, 40041])))
        d.v(V.email(rng), "EMAIL").t("\n")
    elif k == 1:
        m = V.hk_mobile(rng)
        d.t("順豐速運：%s先生/小姐，您的包裹（運單號 SF%d%012d）將於今日派送，如需改期請致電" % (n, rng.randint(1, 9), rng.randint(0, 10 ** 12 - 1)))
        d.v(rng.choice(["+852 " + m[:4] + " " + m[4:], "+852-" + m, "(852) " + m[:4] + " " + m[4:]]), "MOBILE")
        d.t("。收件地址：九龍旺角彌敦道%d號%d樓%s室\n" % (rng.randint(1, 700), rng.randint(2, 30), rng.choice("ABCDEF")))
    elif k == 2:
        m = V.tw_mobile(rng)
        d.t("賣家回覆：您好！已收到您的匯款，帳號末五碼 %05d。\n買家資料：%s\n手機：" % (rng.randint(0, 99999), n))
        d.v("0" + m[:3] + "-" + m[3:6] + "-" + m[6:], "MOBILE").t("\nLINE ID 可以私訊，或寄信到 ").v(V.email(rng), "EMAIL")
        d.t("\n統一編號 %08d（公司報帳用）\n" % rng.randint(10000000, 99999999))
    else:
        m = V.hk_mobile(rng)
        d.t("跨境訂單 HK%d%06d\n收貨人：%s\n聯絡電話：" % (rng.randint(2023, 2025), rng.randint(0, 999999), n))
        d.v("+852 " + m, "MOBILE").t("\n內地聯絡人電話：").v(mob_form(rng, V.mobile(rng)), "MOBILE")
        d.t("\n清關資料－港澳通行證號碼：").v(V.permit(rng), "HK_MACAO_PERMIT").t("\n訂單金額：HK$%s.00  登入IP：" % format(rng.randint(100, 9999), ","))
        d.v(V.public_ipv4(rng), "IP").t("\n")
    return d


# ------------------------------------------------------------------ social
DIGIT_CN = "零一二三四五六七八九"


def social(rng, i):
    d = Doc()
    k = i % 6
    if k == 0:
        m = V.mobile(rng)
        d.t("出二手%s，九成新，同城面交，有意者电话 " % rng.choice(["iPhone", "婴儿车", "自行车"]))
        d.v(m[:3] + " " + "".join(DIGIT_CN[int(c)] for c in m[3:7]) + " " + m[7:], "MOBILE").t(" （防爬虫拆开写了）\n")
    elif k == 1:
        d.t("%s：想要资料的姐妹V：" % rng.choice(["小红书博主", "宝妈", "考研党"])).v(V.wechat(rng), "WECHAT").t(" 备注来意～\n")
    elif k == 2:
        d.t("直播间福利，加薇❤：").v(V.wechat(rng), "WECHAT").t(" 领取，名额有限！手机号前三位%s，后面的私聊给\n" % V.mobile(rng)[:3])
    elif k == 3:
        d.t("游戏开黑缺人，加我扣扣 ").v(V.qq(rng), "QQ").t(" ，晚上%d点上线\n" % rng.randint(7, 11))
    elif k == 4:
        lat, lon = V.gps(rng)
        d.t("【扒皮贴】就是这个人骗了我%s块！%s，身份证 " % (format(amount(rng), ","), name(rng))).v(id_form(rng, V.id_card(rng)), "ID_CARD")
        d.t("，住%s，手机 " % rng.choice(ADDR)).v(mob_form(rng, V.mobile(rng)), "MOBILE").t("，车牌 ")
        pl = V.plate(rng)
        d.v(pl[0] + pl[1], "PLATE").t("，他家定位 ").v("%.6f, %.6f" % (lat, lon), "GPS").t(" 大家见到就报警！\n")
    else:
        d.t("评论区：@%s 你发的手机 %s****%04d 我打过了是空号。楼主邮箱 " % (name(rng), V.mobile(rng)[:3], rng.randint(0, 9999)))
        d.v(V.email(rng), "EMAIL").t(" ，IP ").v(V.public_ipv4(rng), "IP").t(" 已被我截图（IP属地：%s）\n" % rng.choice(["广东", "浙江", "四川"]))
    return d


# ------------------------------------------------------------------ traps11 (no spans)
def traps11(rng, i):
    d = Doc()
    k = i % 6
    if k == 0:
        d.t("准考证号：%d%09d  学籍号：G%s  考生号：%d%012d\n" % (rng.randint(1, 9), rng.randint(0, 999999999), V.bad_id(rng),
                                                        rng.randint(22, 25), rng.randint(0, 999999999999)))
    elif k == 1:
        d.t("统一社会信用代码：91310115MA1H%s，合同编号HT-%d-%05d，合同金额%s元（大写：%s）\n"
            % ("".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6)), rng.randint(2021, 2025),
               rng.randint(0, 99999), format(amount(rng), ","), capitals(amount(rng))))
    elif k == 2:
        d.t("案号：（%d）京0105执%d号，执行标的%s元，立案日期%s，结案日期%s。\n" % (rng.randint(2019, 2025), rng.randint(100, 99999),
                                                           format(amount(rng), ","), date_cn(rng), date_cn(rng)))
    elif k == 3:
        d.t("客户 %s 手机 %s****%s，身份证 %s********%s，银行卡 尾号%04d\n" % (name(rng), V.mobile(rng)[:3], "%04d" % rng.randint(0, 9999),
                                                            V.id_card(rng)[:6], V.id_card(rng)[-4:], rng.randint(0, 9999)))
    elif k == 4:
        d.t("以下号码均无效：%d%d%08d（号段不存在），身份证 %s（校验位错误），卡号 %s（校验失败）。\n"
            % (rng.choice([10, 11, 12]), rng.randint(0, 9), rng.randint(0, 99999999), V.bad_id(rng), V.bad_card(rng)))
    else:
        d.t("服务器内网地址 192.168.%d.%d，测试地址 10.%d.%d.1，版本 v%d.%d.%d，银行流水号 %d%016d，工号 %06d，订单号 %d%010d\n"
            % (rng.randint(0, 255), rng.randint(1, 254), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 9),
               rng.randint(0, 20), rng.randint(0, 99), rng.randint(2022, 2025), rng.randint(0, 10 ** 16 - 1),
               rng.randint(1, 999999), rng.randint(2022, 2025), rng.randint(0, 10 ** 10 - 1)))
    return d


GENRES = [("contracts", contracts, 35), ("education", education, 34), ("payroll", payroll, 34),
          ("enforcement", enforcement, 34), ("tw_hk_shop", tw_hk_shop, 34), ("social", social, 35),
          ("traps11", traps11, 34)]


def check_doc(doc):
    text, spans = doc["text"], doc["spans"]
    errs = []
    last = -1
    for s, e, typ in sorted(spans):
        if s < last:
            errs.append("overlap at %d" % s)
        last = e
        val = text[s:e]
        if val != val.strip() or not V.VALIDATORS[typ](val):
            errs.append("invalid %s %r" % (typ, val))
    for kind, val in V.accidents(text, spans):
        errs.append("unlabelled %s %r" % (kind, val))
    return errs


def build():
    rng = random.Random(SEED)
    docs = []
    for g, fn, n in GENRES:
        for i in range(n):
            d = fn(rng, i)
            if g == "traps11":
                # a trap document must hold several look-alikes: add a second line
                d.t(traps11(rng, i + 1).text())
            docs.append({"id": "p11-%s-%03d" % (g, i + 1), "genre": g, "text": d.text(), "spans": d.spans})
    errs = []
    for doc in docs:
        errs += ["%s: %s" % (doc["id"], e) for e in check_doc(doc)]
    if errs:
        raise SystemExit("probe11 build FAILED:\n" + "\n".join(errs))
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main():
    data = build().encode("utf-8")
    if "--check" in sys.argv:
        with open(OUT, "rb") as f:
            if f.read() != data:
                raise SystemExit("probe11.jsonl differs from a fresh build")
        print("probe11.jsonl is identical to a fresh build")
        return
    with open(OUT, "wb") as f:
        f.write(data)
    print("wrote", OUT, len(data), "bytes")


if __name__ == "__main__":
    main()
