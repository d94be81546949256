"""Genres excel_quirks, traditional, legal_text."""

from __future__ import annotations

import datetime as dt
import random

from p7_common import (
    Doc,
    f_card,
    f_id,
    f_intl,
    f_land,
    f_mobile,
    f_plate,
    mask_card,
    mask_id,
    mask_mobile,
    masked_name,
    name,
    pv,
)

BANKS = ["中国工商银行", "中国建设银行", "中国农业银行", "招商银行", "交通银行", "中国银行"]
_T = str.maketrans("国银设农业商交", "國銀設農業商交")


def bank_of(card: str, trad: bool = False) -> str:
    b = pv.BINS[card[:6]][0]
    b = b if b.startswith("招商") or b.startswith("交通") else "中国" + b.removeprefix("中国")
    return b.translate(_T) if trad else b


def _serial(d: dt.date) -> int:
    return (d - dt.date(1899, 12, 30)).days


def _bad_id(rng: random.Random) -> str:
    """An ID whose last digits Excel zeroed (15-digit precision): never valid."""
    while True:
        n = pv.id_card(rng)[:15] + "000"
        if not pv.is_id_card(n):
            return n


def _bad_card(rng: random.Random) -> str:
    while True:
        c = pv.bank_card(rng)
        z = c[:15] + "0" * (len(c) - 15)
        if not pv.is_cn_luhn_card(z):
            return z


def _sci(n: str, digits: int = 5) -> str:
    mant = n[0] + "." + n[1:digits + 1].rstrip("0")
    return f"{mant}E+{len(n) - 1}"


# ============================================================ excel_quirks


def ex_pandas_csv(rng, d: Doc, nl):
    d.t(rng.choice([",姓名,手机号,身份证号,开户行,银行卡号", "Unnamed: 0,姓名,手机号,身份证号,开户行,银行卡号"]) + nl)
    for i in range(rng.randint(3, 6)):
        d.t(f"{i},{name(rng)},")
        if rng.random() < 0.15:
            d.t("")
        else:
            d.v(pv.mobile(rng), "MOBILE").t(".0")
        d.t(",")
        card = pv.bank_card(rng)
        d.v(pv.id_card(rng), "ID_CARD").t(f",{bank_of(card)},")
        if rng.random() < 0.2:
            d.t(_bad_card(rng))  # precision-lost card: trap
        else:
            d.v(card, "BANK_CARD")
        d.t(nl)


def ex_equals_csv(rng, d: Doc, nl):
    d.t("\ufeff序号,客户姓名,联系电话,证件号码,卡号,授信额度" + nl)
    for i in range(1, rng.randint(4, 7)):
        d.t(f'{i},{name(rng)},="').v(pv.mobile(rng), "MOBILE").t('",="').v(pv.id_card(rng), "ID_CARD").t('",="')
        d.v(pv.bank_card(rng), "BANK_CARD").t(f'","{rng.randint(1, 99)},{rng.randint(0, 999):03d}.00"' + nl)


def ex_apostrophe_tsv(rng, d: Doc, nl):
    d.t(rng.choice(["（从Excel复制）", "表格内容如下：", "导出_客户明细.xlsx  Sheet1", ""]) + nl)
    d.t("行号\t姓名\t手机\t身份证\t入职日期\t工资" + nl)
    for i in range(rng.randint(3, 6)):
        d.t(f"{i + 2}\t{name(rng)}\t'").v(pv.mobile(rng), "MOBILE").t("\t'").v(pv.id_card(rng), "ID_CARD")
        hired = dt.date(rng.randint(2012, 2023), rng.randint(1, 12), rng.randint(1, 28))
        d.t(f"\t{_serial(hired)}\t{rng.randint(5, 30)},{rng.randint(0, 999):03d}.{rng.randint(0, 99):02d}" + nl)


def ex_tab_prefix(rng, d: Doc, nl):
    d.t("姓名,身份证号码,手机号码,备注" + nl)
    for _ in range(rng.randint(3, 6)):
        r = rng.random()
        d.t(name(rng) + ",")
        if r < 0.25:
            d.t(_sci(pv.id_card(rng)))
        elif r < 0.4:
            d.t(_bad_id(rng))
        else:
            d.t('"\t').v(pv.id_card(rng), "ID_CARD").t('"')
        d.t(",")
        d.v(pv.mobile(rng), "MOBILE")
        d.t("," + rng.choice(["已核实", "重复", "", "待回访", "科学计数法需修正"]) + nl)


def ex_df_print(rng, d: Doc, nl):
    d.t(">>> df.head()" + nl)
    d.t("   姓名           手机号          身份证号           出生日期" + nl)
    for i in range(rng.randint(3, 5)):
        born = pv.birth_date(rng)
        d.t(f"{i}  {name(rng):<4}  ")
        d.v(pv.mobile(rng), "MOBILE").t("  ")
        if rng.random() < 0.4:
            d.t(_sci(pv.id_card(rng), 6).replace("E+", "e+"))
        else:
            d.v(pv.id_card(rng, born), "ID_CARD")
        d.t("  ").v(f"{born:%Y-%m-%d}", "BIRTHDATE").t(nl)
    d.t(nl + f"[{rng.randint(5, 300)} rows x 4 columns]" + nl)


def ex_markdown(rng, d: Doc, nl):
    d.t("| 序号 | 姓名 | 电话 | 出生日期 | 邮箱 |" + nl + "|---|---|---|---|---|" + nl)
    for i in range(1, rng.randint(4, 6)):
        born = pv.birth_date(rng)
        d.t(f"| {i} | {name(rng)} | ").v(pv.mobile(rng), "MOBILE").t(".0 | ")
        d.v(f"{born:%Y-%m-%d}", "BIRTHDATE").t(" 00:00:00 | ").v(pv.email(rng), "EMAIL").t(" |" + nl)


def ex_to_json(rng, d: Doc, nl):
    d.t("[")
    for i in range(rng.randint(2, 4)):
        born = pv.birth_date(rng)
        d.t(("," if i else "") + '{"姓名":"' + name(rng) + '","手机":')
        d.v(pv.mobile(rng), "MOBILE").t('.0,"身份证":"').v(pv.id_card(rng, born), "ID_CARD")
        d.t('","出生日期":"').v(f"{born:%Y-%m-%d}", "BIRTHDATE").t('T00:00:00.000","金额":')
        d.t(f'{rng.randint(100, 99999)}.{rng.randint(0, 9)}' + "}")
    d.t("]" + nl)


def ex_formulas(rng, d: Doc, nl):
    e = pv.email(rng)
    d.t("A1: 客户  B1: 联系方式  C1: 邮箱" + nl)
    d.t(f"A2: {name(rng)}  B2: =TEXT(").v(pv.mobile(rng), "MOBILE").t(',"0")  C2: =HYPERLINK("mailto:')
    d.v(e, "EMAIL").t('","').v(e, "EMAIL").t('")' + nl)
    a, loc = pv.landline(rng)
    d.t(f"A3: {name(rng)}  B3: '").v(f"{a}-{loc}", "LANDLINE").t("  C3: =SUM(D2:D9)" + nl)
    d.t(f"A4: 合计  B4: {rng.randint(1, 9)},{rng.randint(100, 999)},{rng.randint(100, 999)}.00  C4: #N/A" + nl)


def ex_wps_mixed(rng, d: Doc, nl):
    d.t(rng.choice(["会员导出（WPS表格）", "member_export_2024.xls 另存为 CSV", "客户信息 - 副本.csv"]) + nl)
    d.t("会员号,姓名,手机,生日,开卡日期,积分" + nl)
    for _ in range(rng.randint(3, 6)):
        born = pv.birth_date(rng, 1960, 2003)
        open_d = dt.date(rng.randint(2015, 2023), rng.randint(1, 12), rng.randint(1, 28))
        d.t(f"{rng.randint(10000000, 99999999)},{name(rng)},")
        if rng.random() < 0.5:
            d.v(pv.mobile(rng), "MOBILE").t(".0")
        else:
            d.t("'").v(pv.mobile(rng), "MOBILE")
        d.t(",").v(pv.fmt_date(born, rng.choice([0, 1, 5])), "BIRTHDATE")
        d.t(f",{_serial(open_d)},{rng.randint(0, 9)},{rng.randint(100, 999)}" + nl)


EXCEL = [ex_pandas_csv, ex_equals_csv, ex_apostrophe_tsv, ex_tab_prefix, ex_df_print, ex_markdown, ex_to_json,
         ex_formulas, ex_wps_mixed]

# ============================================================ traditional


def tr_hk_staff(rng, d: Doc, nl):
    d.t("香港分公司 員工資料表（機密）" + nl)
    born = pv.birth_date(rng, 1970, 2000)
    d.t(f"姓名：{name(rng, True)}" + nl + "手提電話：").v(f_intl(rng, "852", pv.hk_mobile(rng)), "MOBILE").t(nl)
    d.t("辦公室電話：").v(f"+852 {(x := pv.hk_landline(rng))[:4]} {x[4:]}", "LANDLINE").t(nl)
    d.t("電郵：").v(pv.email(rng), "EMAIL").t(nl)
    d.t("出生日期：").v(pv.fmt_date(born, rng.choice([2, 0, 5])), "BIRTHDATE").t(nl)
    d.t("內地居民身份證號碼（如適用）：").v(f_id(rng, pv.id_card(rng, born)), "ID_CARD").t(nl)
    d.t("往來港澳通行證：").v(pv.hk_permit(rng), "HK_MACAO_PERMIT").t(nl)
    d.t(f"緊急聯絡人：{name(rng, True)}（配偶） 電話 ").v(f_mobile(rng, pv.mobile(rng), rng.choice([5, 7, 8])), "MOBILE").t(nl)


def tr_macau_hotel(rng, d: Doc, nl):
    d.t("澳門" + rng.choice(["新濠", "銀河", "威尼斯人"]) + "酒店 住客登記表" + nl)
    d.t(f"住客姓名：{name(rng, True)}    房號：{rng.randint(10, 38)}{rng.randint(1, 40):02d}" + nl)
    kind = rng.random()
    if kind < 0.5:
        d.t("證件類別：護照  證件號碼：").v(pv.passport(rng), "PASSPORT").t(nl)
    else:
        d.t("證件類別：往來港澳通行證  號碼：").v(pv.hk_permit(rng), "HK_MACAO_PERMIT").t(nl)
    d.t("出生日期：").v(pv.fmt_date(pv.birth_date(rng), rng.choice([0, 3, 2])), "BIRTHDATE").t(nl)
    d.t("聯絡電話（澳門）：").v(f_intl(rng, "853", pv.mo_mobile(rng)), "MOBILE").t(nl)
    d.t("內地手機：").v(f_mobile(rng, pv.mobile(rng)), "MOBILE").t(nl)
    d.t(f"入住：2024年{rng.randint(1, 12)}月{rng.randint(1, 28)}日  退房：翌日中午12時前  按金：MOP 2,000" + nl)


def tr_tw_chat(rng, d: Doc, nl):
    a, b = name(rng, True), name(rng, True)
    m = pv.tw_mobile(rng)
    d.t(f"{a}：欸你手機換了嗎？{nl}{b}：對啊 新號碼 ")
    if rng.random() < 0.5:
        d.v(f"0{m[:3]}-{m[3:6]}-{m[6:]}", "MOBILE")
    else:
        d.v(f_intl(rng, "886", m), "MOBILE")
    d.t(f"{nl}{a}：好 存起來了，那你email也是舊的嗎{nl}{b}：換成 ").v(pv.email(rng), "EMAIL").t(" 了" + nl)
    d.t(f"{a}：下週六生日趴記得來喔 🎂{nl}{b}：一定！{nl}")


def tr_mainland_in_trad(rng, d: Doc, nl):
    m = pv.mobile(rng)
    d.t(rng.choice(["老闆您好，", "您好，", "在嗎？"]) + "我把資料發給您：" + nl)
    d.t("手機：").v(f_mobile(rng, m), "MOBILE").t("（微信同號）" + nl)
    d.t("身份證號碼：").v(f_id(rng, pv.id_card(rng)), "ID_CARD").t(nl)
    card = pv.bank_card(rng)
    d.t(f"銀行卡號（{bank_of(card, True)}）：").v(f_card(rng, card), "BANK_CARD").t(nl)
    if rng.random() < 0.5:
        d.t("QQ號：").v(pv.qq(rng), "QQ").t(nl)
    else:
        d.t("微信號：").v(pv.wechat(rng), "WECHAT").t(nl)
    d.t("麻煩儘快處理，謝謝！" + nl)


def tr_parking(rng, d: Doc, nl):
    d.t("大廈停車場月租登記（繁體版）" + nl)
    for _ in range(rng.randint(2, 4)):
        p = pv.plate(rng, trad=rng.random() < 0.3)
        d.t(f"車位 B{rng.randint(1, 3)}-{rng.randint(1, 150):03d}　車主：{name(rng, True)}　車牌：")
        d.v(f_plate(rng, p), "PLATE").t("　手機：").v(f_mobile(rng, pv.mobile(rng)), "MOBILE").t(nl)
    d.t(f"月租：HK$ 3,{rng.randint(0, 9)}00　備註：逾期三日將鎖車" + nl)


def tr_order(rng, d: Doc, nl):
    d.t("【訂單確認】感謝您的購買！" + nl)
    d.t(f"訂單編號：{rng.randint(2024000000000, 2024999999999)}" + nl)
    d.t(f"收件人：{name(rng, True)}" + nl + "收件人電話：")
    if rng.random() < 0.5:
        d.v(f_intl(rng, "852", pv.hk_mobile(rng)), "MOBILE")
    else:
        d.v(f_mobile(rng, pv.mobile(rng)), "MOBILE")
    d.t(nl + "電郵地址：").v(pv.email(rng), "EMAIL").t(nl)
    d.t(f"付款方式：信用卡（尾號 {rng.randint(1000, 9999)}）  金額：HK$ {rng.randint(1, 9)},{rng.randint(100, 999)}.00" + nl)


def tr_resume(rng, d: Doc, nl):
    born = pv.birth_date(rng, 1980, 2002)
    d.t("個人履歷" + nl + f"姓名：{name(rng, True)}　性別：{rng.choice('男女')}" + nl)
    d.t("出生日期：").v(pv.fmt_date(born, rng.choice([2, 6, 1])), "BIRTHDATE").t(nl)
    d.t("聯絡電話：").v(f_mobile(rng, pv.mobile(rng)), "MOBILE").t(nl)
    d.t("電子郵件：").v(pv.email(rng), "EMAIL").t(nl)
    d.t("微信：").v(pv.wechat(rng), "WECHAT").t(nl)
    d.t("護照號碼：").v(pv.passport(rng), "PASSPORT").t(nl)
    d.t(f"學歷：{rng.choice(['香港大學', '澳門大學', '國立臺灣大學', '中山大學'])} 碩士（{born.year + 22}–{born.year + 24}）" + nl)


def tr_location(rng, d: Doc, nl):
    city = rng.choice(["香港", "澳門", "深圳", "廣州"[:2]])
    city = city if city in [c[0] for c in pv.CITIES_GPS] else "深圳"
    lat, lon = pv.gps(rng, city)
    d.t(f"{name(rng, True)}：我到了，定位發你" + nl + "[位置] ")
    if rng.random() < 0.5:
        d.v(f"{lat},{lon}", "GPS")
    else:
        d.t("北緯").v(f"{lat} 東經{lon}", "GPS")
    d.t(nl + f"{name(rng, True)}：收到，我開車過去，車牌 ").v(f_plate(rng, pv.plate(rng)), "PLATE").t(nl)
    d.t("有事打我電話 ").v(f_intl(rng, "852", pv.hk_mobile(rng)), "MOBILE").t(nl)


def tr_home_permit(rng, d: Doc, nl):
    d.t("深港跨境學童登記表（繁體）" + nl + f"學生姓名：{name(rng, True)}" + nl)
    d.t("出生日期：").v(pv.fmt_date(pv.birth_date(rng, 2010, 2018), rng.choice([0, 2])), "BIRTHDATE").t(nl)
    d.t("回鄉證號碼：").v(pv.hk_permit(rng, "home"), "HK_MACAO_PERMIT").t(nl)
    d.t("家長手提電話：").v(f_intl(rng, "852", pv.hk_mobile(rng)), "MOBILE").t(nl)
    d.t("家長內地電話：").v(f_mobile(rng, pv.mobile(rng)), "MOBILE").t(nl)
    a, loc = pv.landline(rng, "0755")
    d.t("學校電話：").v(f_land(rng, a, loc), "LANDLINE").t(nl)
    d.t(f"校巴路線：{rng.randint(1, 12)}號線　登記日期：2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}" + nl)


TRAD = [tr_hk_staff, tr_macau_hotel, tr_tw_chat, tr_mainland_in_trad, tr_parking, tr_order, tr_resume,
        tr_location, tr_home_permit]

# ============================================================ legal_text

COURTS = [("京0105", "北京市朝阳区人民法院", "010"), ("沪0115", "上海市浦东新区人民法院", "021"),
          ("粤0305", "深圳市南山区人民法院", "0755"), ("浙0106", "杭州市西湖区人民法院", "0571"),
          ("川0107", "成都市武侯区人民法院", "028"), ("鄂0106", "武汉市武昌区人民法院", "027")]


def _case_no(rng, kind="刑初"):
    c = rng.choice(COURTS)
    return c, f"（{rng.randint(2019, 2024)}）{c[0]}{kind}{rng.randint(1, 2999)}号"


def lg_criminal(rng, d: Doc, nl):
    c, no = _case_no(rng)
    d.t(f"{c[1]}{nl}刑事判决书{nl}{no}{nl}")
    d.t(f"公诉机关{c[1][:-4]}人民检察院。{nl}")
    born = pv.birth_date(rng, 1975, 2000)
    nm = masked_name(rng)
    d.t(f"被告人{nm}，男，")
    unmasked = rng.random() < 0.45
    if unmasked:
        d.v(pv.fmt_date(born, 2), "BIRTHDATE").t(rng.choice(["出生", "生"]))
    else:
        d.t(f"{born.year}年×月×日出生")
    d.t("，汉族，公民身份号码")
    if unmasked and rng.random() < 0.5:
        d.v(pv.id_card(rng, born), "ID_CARD")
    else:
        d.t(mask_id(pv.id_card(rng, born), rng))
    d.t(f"，因涉嫌犯侵犯公民个人信息罪于{born.year + 25}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日被刑事拘留。{nl}")
    items = rng.randint(5001, 98000)
    d.t(f"经审理查明：被告人{nm}通过网络非法获取公民个人信息{items:,}条，并以每条0.{rng.randint(1, 9)}元的价格出售，"
        f"违法所得人民币{rng.randint(10, 99)},{rng.randint(100, 999)}元。上述事实，有下列证据证实：{nl}")
    d.t("1. 被告人使用的手机（号码").v(pv.mobile(rng), "MOBILE").t(f"）及通话记录；{nl}")
    card = pv.bank_card(rng)
    d.t(f"2. 被告人名下{bank_of(card)}账户（卡号").v(card, "BANK_CARD").t(f"）的交易明细；{nl}")
    d.t(f"3. 扣押的电子数据光盘{rng.randint(1, 5)}张，其中含被害人手机号码{mask_mobile(pv.mobile(rng), rng)}等信息。{nl}")
    d.t(f"本院认为，依照《中华人民共和国刑法》第二百五十三条之一、《最高人民法院、最高人民检察院关于办理侵犯公民个人信息"
        f"刑事案件适用法律若干问题的解释》（法释〔2017〕10号）第五条第一款第（{rng.choice('三四五')}）项之规定，判决如下：{nl}"
        f"被告人{nm}犯侵犯公民个人信息罪，判处有期徒刑{rng.choice('一二三')}年，并处罚金人民币{rng.randint(1, 9)}0,000元。{nl}")


STATUTES = [
    ("最高人民法院 最高人民检察院{nl}关于办理侵犯公民个人信息刑事案件适用法律若干问题的解释{nl}法释〔2017〕10号{nl}"
     "第五条 非法获取、出售或者提供公民个人信息，具有下列情形之一的，应当认定为刑法第二百五十三条之一规定的“情节严重”：{nl}"
     "（三）非法获取、出售或者提供行踪轨迹信息、通信内容、征信信息、财产信息五十条以上的；{nl}"
     "（四）非法获取、出售或者提供住宿信息、通信记录、健康生理信息、交易信息等其他可能影响人身、财产安全的公民个人信息五百条以上的；{nl}"
     "（五）非法获取、出售或者提供第三项、第四项规定以外的公民个人信息五千条以上的；{nl}（七）违法所得五千元以上的；{nl}"
     "本解释自2017年6月1日起施行。{nl}"),
    ("中华人民共和国个人信息保护法（摘录）{nl}（2021年8月20日第十三届全国人民代表大会常务委员会第三十次会议通过，自2021年11月1日起施行）{nl}"
     "第二十八条 敏感个人信息是一旦泄露或者非法使用，容易导致自然人的人格尊严受到侵害或者人身、财产安全受到危害的个人信息，"
     "包括生物识别、宗教信仰、特定身份、医疗健康、金融账户、行踪轨迹等信息，以及不满十四周岁未成年人的个人信息。{nl}"
     "第五十七条 发生或者可能发生个人信息泄露、篡改、丢失的，个人信息处理者应当立即采取补救措施，并通知履行个人信息保护职责的部门和个人。{nl}"
     "第六十六条 ……情节严重的，由省级以上履行个人信息保护职责的部门责令改正，没收违法所得，并处五千万元以下或者上一年度营业额百分之五以下罚款。{nl}"),
    ("中华人民共和国刑法{nl}第二百五十三条之一 违反国家有关规定，向他人出售或者提供公民个人信息，情节严重的，处三年以下有期徒刑或者拘役，"
     "并处或者单处罚金；情节特别严重的，处三年以上七年以下有期徒刑，并处罚金。{nl}"
     "违反国家有关规定，将在履行职责或者提供服务过程中获得的公民个人信息，出售或者提供给他人的，依照前款的规定从重处罚。{nl}"
     "（根据2015年8月29日《中华人民共和国刑法修正案（九）》第十七条修改）{nl}"),
]


def lg_statute(rng, d: Doc, nl):
    d.t(rng.choice(STATUTES).format(nl=nl))
    d.t(f"【学习提示】本条文整理于{rng.randint(2022, 2024)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日，共{rng.randint(3, 12)}页。")
    if rng.random() < 0.6:
        d.t("如有疑问请联系普法办，电话：")
        a, loc = pv.landline(rng, rng.choice(["010", "021", "0571", "028"]))
        d.v(f_land(rng, a, loc, rng.choice([0, 1, 3])), "LANDLINE")
    d.t(nl)


def lg_civil(rng, d: Doc, nl):
    c, no = _case_no(rng, "民初")
    uscc = "91" + rng.choice(["110105", "310115", "440305"]) + "MA0" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(7))
    d.t(f"{c[1]}{nl}民事判决书{nl}{no}{nl}")
    d.t(f"原告：{name(rng)}，女，")
    born = pv.birth_date(rng, 1960, 1999)
    d.v(pv.fmt_date(born, 2), "BIRTHDATE").t("出生，汉族，住" + rng.choice(["北京市朝阳区", "上海市浦东新区", "深圳市南山区"]) + "。" + nl)
    d.t(f"委托诉讼代理人：{name(rng)}，{rng.choice(['北京', '上海', '广东'])}某某律师事务所律师，联系电话")
    d.v(pv.mobile(rng), "MOBILE").t("。" + nl)
    d.t(f"被告：某某科技有限公司，统一社会信用代码{uscc}，住所地某市某区某路{rng.randint(1, 300)}号。{nl}")
    d.t(f"原告诉称：原告于{rng.randint(2019, 2023)}年在被告平台注册账户，预留手机号码{mask_mobile(pv.mobile(rng), rng)}，"
        f"后频繁接到骚扰电话{rng.randint(30, 400)}余次，请求判令被告赔礼道歉并赔偿损失{rng.randint(1, 50)},000元。{nl}")
    d.t(f"本院于{rng.randint(2023, 2024)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日立案后，依法适用简易程序公开开庭进行了审理。{nl}")
    if rng.random() < 0.5:
        d.t("本院地址：某区某路1号；立案庭电话：")
        a, loc = pv.landline(rng, c[2])
        d.v(f_land(rng, a, loc), "LANDLINE").t(nl)


def lg_enforce(rng, d: Doc, nl):
    c, no = _case_no(rng, "执")
    d.t(f"{c[1]}{nl}执行裁定书{nl}{no}{nl}")
    d.t(f"申请执行人：{name(rng)}。{nl}被执行人：{name(rng)}，男，")
    born = pv.birth_date(rng, 1965, 1995)
    idn = pv.id_card(rng, born)
    d.v(pv.fmt_date(born, 2), "BIRTHDATE").t("生，公民身份号码").v(idn, "ID_CARD").t("。" + nl)
    d.t(f"本院依据已经发生法律效力的{_case_no(rng, '民初')[1]}民事判决书，裁定如下：{nl}")
    card = pv.bank_card(rng)
    d.t(f"冻结被执行人在{bank_of(card)}开立的账户（账号").v(f_card(rng, card), "BANK_CARD")
    d.t(f"）内存款人民币{rng.randint(10, 500)},{rng.randint(100, 999)}.{rng.randint(10, 99)}元，冻结期限为一年。{nl}")
    d.t("查封被执行人名下小型轿车一辆（号牌").v(f_plate(rng, pv.plate(rng)), "PLATE").t("）。" + nl)
    d.t(f"本裁定立即执行。{nl}审判员 {masked_name(rng)}{nl}{rng.randint(2022, 2024)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日{nl}")


def lg_complaint(rng, d: Doc, nl):
    d.t("民事起诉状" + nl)
    born = pv.birth_date(rng, 1970, 2001)
    d.t(f"原告：{name(rng)}，{rng.choice('男女')}，出生日期：").v(pv.fmt_date(born, rng.choice([0, 2])), "BIRTHDATE")
    d.t("，身份证号：").v(f_id(rng, pv.id_card(rng, born)), "ID_CARD").t(nl)
    d.t("联系电话：").v(f_mobile(rng, pv.mobile(rng)), "MOBILE").t("；电子邮箱：").v(pv.email(rng), "EMAIL").t(nl)
    d.t(f"被告：某某电子商务有限公司{nl}诉讼请求：{nl}1. 判令被告删除其违法处理的原告个人信息；{nl}"
        f"2. 判令被告赔偿原告经济损失{rng.randint(1, 9)},{rng.randint(100, 999)}元及维权合理开支{rng.randint(1, 9)},000元。{nl}")
    d.t(f"事实与理由：原告于{rng.randint(2020, 2023)}年{rng.randint(1, 12)}月在被告处购物，其后原告的姓名、手机号、"
        f"收货地址被泄露。依据《个人信息保护法》第六十九条，被告应承担过错推定责任。{nl}此致{nl}{rng.choice(['北京', '上海', '杭州'])}互联网法院{nl}")


def lg_indictment(rng, d: Doc, nl):
    d.t(f"{rng.choice(['某市某区', '某县'])}人民检察院{nl}起诉书{nl}{rng.choice(['京朝', '沪浦', '深南'])}检刑诉〔{rng.randint(2021, 2024)}〕{rng.randint(100, 999)}号{nl}")
    nm = masked_name(rng)
    d.t(f"被告人{nm}，绰号“{rng.choice(['阿杰', '老K', '小飞'])}”，{rng.randint(1980, 2000)}年×月×日出生。{nl}")
    d.t(f"经依法审查查明：{rng.randint(2021, 2023)}年以来，被告人{nm}使用微信号")
    d.v(pv.wechat(rng), "WECHAT").t("、QQ号").v(pv.qq(rng), "QQ").t("在境外聊天软件上收购、出售公民个人信息，"
                                                                   "其作案时使用的服务器登录IP为")
    if rng.random() < 0.6:
        d.v(pv.public_ipv4(rng), "IP")
    else:
        d.v(pv.public_ipv6(rng), "IP")
    d.t(f"。经鉴定，涉案文件中含有效公民个人信息{rng.randint(5000, 99999):,}条（去重后）。{nl}")
    d.t(f"本院认为，被告人{nm}的行为触犯了《中华人民共和国刑法》第二百五十三条之一第一款、第三款，"
        f"犯罪事实清楚，证据确实、充分，应当以侵犯公民个人信息罪追究其刑事责任。{nl}"
        f"附：证据材料{rng.randint(2, 9)}册；被告人{nm}现羁押于某市看守所，联系电话{rng.choice(['010', '021', '0755'])}-{rng.randint(2, 8)}***{rng.randint(1000, 9999)}。{nl}")


def lg_masked_only(rng, d: Doc, nl):
    c, no = _case_no(rng)
    nm = masked_name(rng)
    d.t(f"{no}刑事判决书（摘要）{nl}被告人{nm}，{rng.randint(1970, 1999)}年出生，身份证号{mask_id(pv.id_card(rng), rng)}，"
        f"手机{mask_mobile(pv.mobile(rng), rng)}，银行卡{mask_card(pv.bank_card(rng), rng)}。{nl}"
        f"判决日期：{rng.randint(2020, 2024)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日；"
        f"案件受理费{rng.randint(1, 9)},{rng.randint(100, 999)}元；引用法条：刑法第二百五十三条之一、"
        f"法释〔2017〕10号第五条、第十一条。{nl}")


LEGAL = [lg_criminal, lg_statute, lg_civil, lg_enforce, lg_complaint, lg_indictment, lg_masked_only]
