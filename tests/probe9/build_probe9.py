"""Build probe 9 (precision + recall: real values among look-alike numbers).

    python tests/probe9/build_probe9.py           # writes tests/probe9/probe9.jsonl
    python tests/probe9/build_probe9.py --check   # rebuilds in memory, fails unless byte-identical

Every value is fake and made here with a fixed seed. The build fails when a span does not re-validate, spans
overlap, a context-gated value has no cue, a positive document has fewer than 3 look-alikes, or the unlabelled
text (full-width folded) holds a value by accident.
"""

from __future__ import annotations

import argparse
import datetime
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import p9_values as pv  # noqa: E402
from p9_doc import Doc, L, V, fmt_birth, fmt_card, fmt_gps, fmt_id, fmt_landline, fmt_mobile  # noqa: E402

SEED = 20240909
OUT = HERE / "probe9.jsonl"
PER_GENRE = {"id_ocr": 43, "bank_sms": 43, "ecommerce": 43, "logs2": 43, "statute": 43, "contacts": 43,
             "traps9": 44}

ROADS = ("建国路", "人民路", "解放路", "中山路", "长江路", "滨江大道", "学院路", "科技园南路", "文三路", "淮海中路",
         "天府大道", "珞喻路", "五一路", "东风路", "黄河路", "湖滨路")
CITIES = (("北京市", "朝阳区"), ("上海市", "徐汇区"), ("广州市", "天河区"), ("深圳市", "南山区"),
          ("杭州市", "西湖区"), ("成都市", "锦江区"), ("武汉市", "武昌区"), ("南京市", "玄武区"),
          ("西安市", "雁塔区"), ("长沙市", "芙蓉区"))
NATIONS = ("汉", "汉", "汉", "回", "满", "壮", "土家", "苗")


def addr(rng: random.Random) -> str:
    c, d = rng.choice(CITIES)
    return (f"{c}{d}{rng.choice(ROADS)}{rng.randrange(1, 999)}号"
            f"{rng.randrange(1, 30)}栋{rng.randrange(1, 6)}单元{rng.randrange(1, 33)}{rng.randrange(1, 9):02d}室")


def hm(rng: random.Random) -> str:
    return f"{rng.randrange(0, 24):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"


def ocr_noise(rng: random.Random, s: str, p: float = 0.15) -> str:
    """OCR noise on label text only (never inside a value)."""
    sub = {"码": "玛", "号": "兮", "期": "朗", "住": "往", "址": "扯", "关": "美", "民": "巳", "签": "筌"}
    out = []
    for ch in s:
        if ch in sub and rng.random() < p:
            out.append(sub[ch])
        else:
            out.append(ch)
    return "".join(out)


# ================================================================ id_ocr
def g_id_ocr(rng: random.Random, i: int) -> Doc:
    d = Doc()
    k = i % 6
    nm = name(rng)
    idn, born = pv.gen_id(rng)
    sex = "男" if int(idn[16]) % 2 else "女"
    c, dist = rng.choice(CITIES)
    issue = pv.date_str(rng, 2008, 2020)
    valid = "长期" if rng.random() < 0.1 else f"{issue.year + rng.choice((10, 20))}.{issue.month:02d}.{issue.day:02d}"
    if k == 0:  # ID front
        d.add(f"{ocr_noise(rng, '姓名')} {nm}\n", f"性别 {sex}  民族 {rng.choice(NATIONS)}\n")
        d.add("出生 ", V("BIRTHDATE", f"{born.year} 年 {born.month} 月 {born.day} 日"), "\n")
        d.add(f"{ocr_noise(rng, '住址')} {addr(rng)}\n")
        d.add(ocr_noise(rng, "公民身份号码"), " ", V("ID_CARD", fmt_id(rng, idn)), "\n")
        d.add("——扫描件 第1页/共2页  分辨率 ", L("300dpi"), "  文件编号 ", L(pv.order_no(rng, 17)), "\n")
        d.add("签发日期 ", L(f"{issue.year}.{issue.month:02d}.{issue.day:02d}"), "  OCR置信度 0.", str(rng.randrange(80, 99)), "\n")
    elif k == 1:  # ID back + front mixed, with OCR-broken duplicate
        d.add("中华人民共和国\n居民身份证\n")
        d.add(ocr_noise(rng, "签发机关"), f" {c}公安局{dist}分局\n")
        d.add(ocr_noise(rng, "有效期限"), " ", L(f"{issue.year}.{issue.month:02d}.{issue.day:02d}-{valid}"), "\n")
        d.add("----\n", f"姓名{nm} 性别{sex} 民族{rng.choice(NATIONS)}\n")
        d.add("出生日期：", V("BIRTHDATE", fmt_birth(rng, born, rng.choice((0, 1, 3)))), "\n")
        d.add("公民身份号码：", V("ID_CARD", fmt_id(rng, idn)), "\n")
        d.add("第二次识别（模糊）：", L(pv.ocr_broken_id(rng)), "  [识别失败，请重新拍摄]\n")
        d.add("证件照片尺寸 ", L("358×441"), " 像素  校验码 ", L(pv.hexid(rng, 8)), "\n")
    elif k == 2:  # household register
        d.add("常住人口登记卡\n", "户别 家庭户   户号 ", L(pv.digits(rng, 9)), "\n")
        d.add(f"姓名 {nm}   户主或与户主关系 {rng.choice(('户主', '子', '女', '妻'))}\n")
        d.add(f"曾用名 无   性别 {sex}\n", f"出生地 {c}{dist}   民族 {rng.choice(NATIONS)}\n")
        d.add("出生日期 ", V("BIRTHDATE", fmt_birth(rng, born, 1)), "\n")
        d.add(f"籍贯 {rng.choice(CITIES)[0]}   身高 {rng.randrange(150, 190)}cm   血型 {rng.choice('ABO')}型\n")
        d.add("公民身份证件编号 ", V("ID_CARD", fmt_id(rng, idn)), "\n")
        d.add("服务处所 某某科技有限公司  职业 工程技术人员\n")
        reg = pv.date_str(rng, 2000, 2020)
        d.add("何时由何地迁来本址 ", L(f"{reg.year}年{reg.month}月{reg.day}日"), f" 由{rng.choice(CITIES)[0]}迁来\n")
        d.add("登记日期 ", L(f"{reg.year}{reg.month:02d}{reg.day:02d}"), "   承办人签章 ", L(f"No.{pv.digits(rng, 8)}"), "\n")
        if rng.random() < 0.5:
            sp, spb = pv.gen_id(rng)
            d.add("\n配偶 ", name(rng), " 公民身份证件编号：", V("ID_CARD", fmt_id(rng, sp)), "\n")
    elif k == 3:  # hotel check-in
        d.add(f"{rng.choice(('如家', '汉庭', '锦江之星', '全季', '亚朵'))}酒店 入住登记单（扫描）\n")
        d.add("房号 ", L(str(rng.randrange(1001, 2899))), "  入住 ", L(f"{pv.date_str(rng, 2023, 2024).isoformat()} {hm(rng)}"), "\n")
        d.add(f"住客 {nm}   证件类型 ")
        kind = rng.randrange(4)
        if kind <= 1:
            d.add("居民身份证  证件号 ", V("ID_CARD", fmt_id(rng, idn)), "\n")
        elif kind == 2:
            d.add("护照  护照号码 ", V("PASSPORT", pv.gen_passport(rng)), "\n")
        else:
            d.add("往来港澳通行证  通行证号 ", V("HK_MACAO_PERMIT", pv.gen_permit(rng)), "\n")
        d.add("联系电话 ", V("MOBILE", fmt_mobile(rng, pv.gen_mobile(rng))), "\n")
        d.add("押金 ¥", L(f"{rng.choice((200, 300, 500))}.00"), "  订单号 ", L(pv.order_no(rng, 19)), "\n")
        d.add("会员卡号 ", L("VIP" + pv.digits(rng, 10)), "  同住人证件 ", L(pv.masked_id(rng)), "\n")
        if rng.random() < 0.4:
            d.add("车牌 ", V("PLATE", pv.gen_plate(rng)), "  停车券 ", L(pv.digits(rng, 6)), "\n")
    elif k == 5:  # passport data page / 往来港澳通行证 card
        exp = datetime.date(issue.year + 10, issue.month, min(issue.day, 28))
        if rng.random() < 0.5:
            pp = pv.gen_passport(rng)
            d.add("中华人民共和国 护照 PASSPORT\n类型/Type P  国家码/Code of Issuing State CHN\n")
            d.add("护照号码/Passport No. ", V("PASSPORT", pp), "\n", f"姓名/Name {nm}\n")
            d.add(f"性别/Sex {sex}/{'M' if sex == '男' else 'F'}   出生日期/Date of birth ",
                  V("BIRTHDATE", f"{born.day:02d} {pv.MONTHS[born.month - 1]} {born.year}"), "\n")
            d.add(f"出生地点/Place of birth {c[:2]}  签发日期/Date of issue ",
                  L(f"{issue.day:02d} {pv.MONTHS[issue.month - 1]} {issue.year}"), "\n有效期至/Date of expiry ",
                  L(f"{exp.day:02d} {pv.MONTHS[exp.month - 1]} {exp.year}"), "\n签发机关/Authority 国家移民管理局\n")
            mrz2 = (pp + str(rng.randrange(10)) + "CHN" + born.strftime("%y%m%d") + str(rng.randrange(10))
                    + ("M" if sex == "男" else "F") + exp.strftime("%y%m%d") + str(rng.randrange(10))
                    + "".join(rng.choice("ABCDEFGHJKLMNP") for _ in range(14)) + "<" + str(rng.randrange(10)))
            d.add("P<CHN" + "<" * 39 + "\n", L(mrz2), "\n")
        else:
            d.add("往来港澳通行证 EXIT-ENTRY PERMIT FOR TRAVELLING TO AND FROM HONG KONG AND MACAO\n")
            d.add(f"{nm}  性别 {sex}\n出生日期 ", V("BIRTHDATE", fmt_birth(rng, born, 3)), "\n")
            d.add("通行证号码 ", V("HK_MACAO_PERMIT", pv.gen_permit(rng)), "\n")
            d.add("有效期限 ", L(f"{issue.year}.{issue.month:02d}.{issue.day:02d}-{exp.year}.{exp.month:02d}.{exp.day:02d}"),
                  "\n签发机关 公安部出入境管理局  签发地点 ", c[:2], "\n")
            d.add("签注：香港 个人旅游 G 有效期至 ", L(f"{exp.year - 9}.{exp.month:02d}.{exp.day:02d}"), " 逗留",
                  L("7"), "天 ", L(f"{rng.randrange(1, 3)}次"), "\n")
    else:  # OCR-noisy front, only the clean values labelled
        d.add("[OCR 结果 engine=paddle ", L("v2.7.0.3"), "]\n")
        d.add(f"姓 名 {nm}\n性 别 {sex}   民 族 {rng.choice(NATIONS)}\n")
        d.add("出生 ", V("BIRTHDATE", fmt_birth(rng, born, 0)), "\n")
        d.add(f"住 址 {addr(rng)}\n")
        sp = rng.randrange(3)
        if sp == 0:
            val = f"{idn[:17]} {idn[17]}"
        elif sp == 1:
            val = f"{idn[:3]} {idn[3:6]} {idn[6:14]} {idn[14:]}"
        else:
            val = fmt_id(rng, idn)
        d.add("公民身份号码 ", V("ID_CARD", val), "\n")
        d.add("副本识别：公民身份号码 ", L(pv.ocr_broken_id(rng)), "  （置信度低）\n")
        d.add("有效期限 ", L(f"2O{issue.year % 100:02d}.{issue.month:02d}.{issue.day:02d}-{valid}"), "\n")
        d.add("box=[", L(f"{rng.randrange(10, 900)},{rng.randrange(10, 900)},{rng.randrange(10, 900)},{rng.randrange(10, 900)}"), "]\n")
    return d


def name(rng: random.Random) -> str:
    return pv.name(rng)


# ================================================================ bank_sms
BANKS = (("工商银行", "95588", "622202"), ("农业银行", "95599", "622848"), ("招商银行", "95555", "622588"),
         ("建设银行", "95533", "621700"), ("建设银行", "95533", "622700"), ("工商银行", "95588", "621226"))


def g_bank_sms(rng: random.Random, i: int) -> Doc:
    d = Doc()
    bank, hot, bin_ = rng.choice(BANKS)
    card = pv.gen_card(rng, bin_)
    k = i % 6
    day = pv.date_str(rng, 2023, 2024)
    if k == 0:  # spending SMS, no full values except sometimes a phone
        d.add(f"【{bank}】您尾号", L(card[-4:]), f"卡{day.month}月{day.day}日{hm(rng)[:5]}支出(消费)",
              L(amount(rng)), "元，余额", L(amount(rng, 90000)), "元。交易流水号 ", L(pv.order_no(rng, 20)),
              "。客服", L(hot), "\n")
        d.add("【", bank, "】验证码", L(pv.digits(rng, 6, "0123456789")), "，您正在进行转账，5分钟内有效，请勿泄露。\n")
        d.add("【", bank, "】尊敬的客户，您的卡号", L(card[:4] + "****" + card[-4:]),
              "已绑定手机", V("MOBILE", fmt_mobile(rng, pv.gen_mobile(rng), intl_ok=False)), "，如非本人操作请致电", L(hot), "。\n")
    elif k == 1:  # transfer with full card
        payee = name(rng)
        d.add(f"【{bank}】您向{payee}账户 ", V("BANK_CARD", fmt_card(rng, pv.gen_card(rng))),
              " 转账", L(amount(rng, 50000)), "元已成功。\n")
        d.add("付款账户尾号", L(card[-4:]), "，交易时间", L(f"{day.isoformat()} {hm(rng)}"),
              "，电子回单号 ", L(pv.order_no(rng, 18)), "。\n")
        d.add("如有疑问请拨打", L(hot), "或登录手机银行（版本 ", L(pv.version4(rng)), "）查询。\n")
    elif k == 2:  # statement table
        d.add(f"{bank}个人账户交易明细\n户名：{name(rng)}  账号：", V("BANK_CARD", fmt_card(rng, card)),
              f"\n起止日期：{day.year}-01-01 至 {day.year}-12-31\n")
        d.add("交易日期|摘要|金额|余额|对方账号|对方户名|流水号\n")
        for _ in range(rng.randrange(3, 6)):
            dd = pv.date_str(rng, day.year, day.year)
            d.add(f"{dd.isoformat()}|", rng.choice(("转账", "消费", "工资", "跨行转出")), "|", L(amount(rng)),
                  "|", L(amount(rng, 90000)), "|")
            r = rng.random()
            if r < 0.45:
                d.add(V("BANK_CARD", pv.gen_card(rng)), f"|{name(rng)}|")
            elif r < 0.75:
                d.add(L(pv.masked_card(rng)), f"|{name(rng)}|")
            else:
                d.add("财付通-", L(pv.digits(rng, 10)), "|财付通支付科技有限公司|")
            d.add(L(pv.order_no(rng, 20)), "\n")
    elif k == 3:  # payment platform SMS / notice
        d.add("【支付宝】您尾号", L(card[-4:]), "的储蓄卡于", L(f"{day.month}月{day.day}日"), "成功付款",
              L(amount(rng)), "元。订单号", L(pv.order_no(rng, 20)), "。\n")
        d.add("【微信支付】商户单号 ", L("4200" + pv.digits(rng, 24, "0123456789")[:24]), " 已退款 ",
              L(amount(rng)), " 元。\n")
        d.add("退款到账卡号：", V("BANK_CARD", fmt_card(rng, pv.gen_card(rng))), "  持卡人手机：",
              V("MOBILE", fmt_mobile(rng, pv.gen_mobile(rng))), "\n")
    elif k == 5:  # ETC toll deduction
        pl = pv.gen_plate(rng)
        if rng.random() < 0.4:
            pl = pl[:2] + "·" + pl[2:]
        d.add(f"【{rng.choice(('粤通卡', '速通卡', 'ETC助手'))}】您的车辆", V("PLATE", pl), "于",
              L(f"{day.isoformat()} {hm(rng)}"), "驶出", rng.choice(("广州北站", "京沪高速马驹桥站", "沪宁高速无锡站")),
              "，通行费", L(amount(rng, 300)), "元，已从尾号", L(card[-4:]), "的", bank, "卡扣除。\n")
        d.add("通行交易编号 ", L(pv.order_no(rng, 20)), "，OBU号 ", L(pv.digits(rng, 16, "3")), "。\n")
        if rng.random() < 0.5:
            d.add("车主预留手机 ", V("MOBILE", fmt_mobile(rng, pv.gen_mobile(rng), intl_ok=False)), "\n")
    else:  # fraud-warning SMS quoting a caller and a card
        d.add("【反诈提醒】", bank, "提示：近期有人冒充客服（来电 ", L(pv.bad_mobile(rng)), "）索要验证码",
              L(pv.digits(rng, 6, "0123456789")), "。\n")
        d.add("您账户 ", L(card[:6] + "*********" + card[-4:]), " 今日拦截可疑交易", L(amount(rng)), "元，"
              "官方客服仅为", L(hot), "。\n")
        d.add("如需冻结，请回复本人身份证号后六位或拨打 ", V("LANDLINE", fmt_landline(rng, *pv.gen_landline(rng))),
              "（网点）。\n")
        if rng.random() < 0.5:
            d.add("收款方账户：", V("BANK_CARD", fmt_card(rng, pv.gen_card(rng))), "\n")
    return d


def amount(rng: random.Random, hi: int = 5000) -> str:
    a = pv.amount(rng, hi)
    if rng.random() < 0.3 and float(a) >= 1000:
        whole, frac = a.split(".")
        a = f"{int(whole):,}.{frac}"
    return a


# ================================================================ ecommerce
SHOPS = ("京东自营", "天猫旗舰店", "拼多多", "抖音小店", "唯品会")
GOODS = ("华为 Mate 60 Pro 12GB+512GB", "小米 14 Ultra", "iPhone 15 Pro Max 256GB", "戴森 V12 吸尘器",
         "美的空调 KFR-35GW", "九阳豆浆机 DJ12B", "李宁 运动鞋 ARMT035", "伊利 纯牛奶 250ml*24")


def tracking(rng: random.Random) -> str:
    k = rng.randrange(4)
    if k == 0:
        return "SF" + pv.digits(rng, 13)
    if k == 1:
        return "JDVA" + pv.digits(rng, 11)
    if k == 2:
        return "YT" + pv.digits(rng, 13)
    return pv.digits(rng, 12, "7")


def g_ecommerce(rng: random.Random, i: int) -> Doc:
    d = Doc()
    k = i % 4
    if k == 0:  # order export CSV
        d.add("订单号,下单时间,收货人,手机,收货地址,商品编码,SKU,数量,实付金额,物流单号,优惠券码\n")
        for _ in range(rng.randrange(3, 6)):
            t = pv.date_str(rng, 2023, 2024)
            d.add(L(pv.order_no(rng, rng.choice((18, 19, 20)))), f",{t.isoformat()} {hm(rng)},{name(rng)},")
            if rng.random() < 0.7:
                d.add(V("MOBILE", fmt_mobile(rng, pv.gen_mobile(rng), intl_ok=False)))
            else:
                d.add(L(pv.masked_mobile(rng)))
            d.add(f",{addr(rng)},", L(pv.digits(rng, 12)), ",", L(pv.digits(rng, 10)), f",{rng.randrange(1, 4)},",
                  amount(rng), ",", L(tracking(rng)), ",",
                  L("".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(12))), "\n")
    elif k == 1:  # customer service chat
        agent = f"KF{pv.digits(rng, 5)}"
        t0 = pv.date_str(rng, 2023, 2024).isoformat()
        d.add(f"[{t0} {hm(rng)}] 客服小{rng.choice('美丽芳琳')}（工号 ", L(agent), "）：亲，请提供一下订单号哦～\n")
        d.add(f"[{t0} {hm(rng)}] 买家：订单号 ", L(pv.order_no(rng, 18)), " ，一直没发货\n")
        d.add(f"[{t0} {hm(rng)}] 客服：已查到，物流单号 ", L(tracking(rng)), "，商品编码 ", L(pv.digits(rng, 13, "6")[:13]), "\n")
        d.add(f"[{t0} {hm(rng)}] 买家：改一下收货电话 ", V("MOBILE", fmt_mobile(rng, pv.gen_mobile(rng))),
              f"，地址{addr(rng)}\n")
        if rng.random() < 0.6:
            d.add(f"[{t0} {hm(rng)}] 买家：发票发我邮箱 ", V("EMAIL", pv.gen_email(rng)), " 谢谢\n")
        if rng.random() < 0.4:
            d.add(f"[{t0} {hm(rng)}] 买家：或者加我微信 ", V("WECHAT", pv.gen_wechat(rng)), " 发图\n")
        if rng.random() < 0.5:
            d.add(f"[{t0} {hm(rng)}] 客服：跨境商品清关需要订购人身份证号，请提供～\n")
            d.add(f"[{t0} {hm(rng)}] 买家：", V("ID_CARD", fmt_id(rng, pv.gen_id(rng)[0])), "\n")
        if rng.random() < 0.3:
            lat, lon, dec = pv.gen_gps(rng)
            d.add(f"[{t0} {hm(rng)}] 买家：[位置] ", V("GPS", fmt_gps(rng, lat, lon, dec)), "\n")
        d.add(f"[{t0} {hm(rng)}] 客服：好的，已为您备注，补偿优惠券 ", L("CP" + pv.digits(rng, 10)), " 已发放\n")
    elif k == 2:  # invoice request
        d.add("【电子发票开具申请】\n", "订单号：", L(pv.order_no(rng, 19)), "\n")
        d.add("发票代码：", L(pv.digits(rng, 12, "0")), "  发票号码：", L(pv.digits(rng, 8, "0123456789")), "\n")
        d.add("全电发票号码：", L(pv.digits(rng, 20, "2")), "\n")
        d.add("购方名称：某某信息技术有限公司  纳税人识别号：", L(pv.uscc_code(rng)), "\n")
        d.add("购方地址电话：", f"{addr(rng)} ", V("LANDLINE", fmt_landline(rng, *pv.gen_landline(rng))), "\n")
        d.add("接收邮箱：", V("EMAIL", pv.gen_email(rng)), "\n", "金额合计：¥", L(amount(rng, 20000)), "\n")
    else:  # ETC / car accessory order with plate and bank card
        d.add(f"{rng.choice(SHOPS)} 订单详情\n商品：{rng.choice(GOODS)}  SKU ", L(pv.digits(rng, 11, "1")), "\n")
        d.add("订单编号 ", L(pv.order_no(rng, 17)), "  下单时间戳 ", L(pv.ts13(rng)), "\n")
        d.add("ETC 办理车牌：", V("PLATE", pv.gen_plate(rng)), f"  车主：{name(rng)}\n")
        if rng.random() < 0.6:
            d.add("车主身份证号：", V("ID_CARD", fmt_id(rng, pv.gen_id(rng)[0])), "  行驶证档案编号 ",
                  L(pv.digits(rng, 12)), "\n")
        d.add("绑定扣款卡号：", V("BANK_CARD", fmt_card(rng, pv.gen_card(rng))), "\n")
        d.add("联系手机：", V("MOBILE", fmt_mobile(rng, pv.gen_mobile(rng))), "  备用：", L(pv.masked_mobile(rng)), "\n")
        d.add("客服热线 ", L("400-" + pv.digits(rng, 3, "68") + "-" + pv.digits(rng, 4)), "\n")
        lat, lon, dec = pv.gen_gps(rng)
        d.add("上门安装定位：", V("GPS", fmt_gps(rng, lat, lon, dec)), "（精确到门牌）  门店坐标 ", L(pv.coarse_coord(rng)), "\n")
    return d


# ================================================================ logs2
UAS = ("Mozilla/5.0 (Linux; Android 13; V2227A Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) "
       "Chrome/120.0.6099.193 Mobile Safari/537.36 MicroMessenger/8.0.47.2560",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 "
       "AliApp(AP/10.5.36.8000)",
       "okhttp/4.9.3", "Dalvik/2.1.0 (Linux; U; Android 12; M2012K11AC Build/SKQ1.211006.001)",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/119.0.6045.200 Safari/537.36 Edg/119.0.2151.97")


def g_logs2(rng: random.Random, i: int) -> Doc:
    d = Doc()
    k = i % 4
    if k == 0:  # nginx access log
        for _ in range(rng.randrange(3, 6)):
            t = pv.date_str(rng, 2024, 2024)
            if rng.random() < 0.6:
                d.add(V("IP", pv.gen_ipv4(rng)))
            else:
                d.add(L(pv.private_ip(rng)))
            d.add(f" - - [{t.strftime('%d/%b/%Y')}:{hm(rng)} +0800] \"GET /api/v2/user/profile?")
            r = rng.random()
            if r < 0.35:
                d.add("mobile=", V("MOBILE", pv.gen_mobile(rng)), "&")
            elif r < 0.5:
                d.add("email=", V("EMAIL", pv.gen_email(rng)), "&")
            d.add("uid=", L(pv.digits(rng, 8)), "&t=", L(pv.ts13(rng)), f" HTTP/1.1\" {rng.choice((200, 200, 304, 404))} ",
                  L(str(rng.randrange(100, 99999))), f" \"-\" \"{rng.choice(UAS)}\" rt=0.{rng.randrange(1, 999):03d}\n")
        d.add("# upstream ", L(pv.private_ip(rng) + ":" + str(rng.choice((8080, 9000, 443)))), "\n")
    elif k == 1:  # app JSON log
        for _ in range(rng.randrange(2, 4)):
            d.add('{"ts":', L(pv.ts13(rng)), ',"level":"INFO","traceId":"', L(pv.hexid(rng)), '","appVer":"',
                  L(pv.version4(rng)), '","uid":', L(pv.digits(rng, 9)), ",")
            r = rng.random()
            if r < 0.3:
                d.add('"mobile":"', V("MOBILE", pv.gen_mobile(rng)), '",')
            elif r < 0.5:
                d.add('"idCard":"', V("ID_CARD", pv.gen_id(rng)[0]), '",')
            elif r < 0.65:
                lat, lon, dec = pv.gen_gps(rng)
                d.add('"loc":"', V("GPS", f"{lat:.{dec}f},{lon:.{dec}f}"), '",')
            else:
                d.add('"deviceId":"', L(pv.imei(rng)), '",')
            d.add('"clientIp":"', V("IP", pv.gen_ipv4(rng) if rng.random() < 0.7 else pv.gen_ipv6(rng)),
                  '","serverIp":"', L(pv.private_ip(rng)), '"}\n')
    elif k == 2:  # audit log
        t = pv.date_str(rng, 2024, 2024)
        d.add(f"{t.isoformat()}T{hm(rng)}.{rng.randrange(1000):03d}+08:00 AUDIT user=admin(uid=", L(pv.digits(rng, 4)),
              ") action=EXPORT table=customer rows=", L(str(rng.choice((500, 5000, 50000)))), " src=")
        d.add(V("IP", pv.gen_ipv6(rng)) if rng.random() < 0.5 else V("IP", pv.gen_ipv4(rng)))
        d.add(" session=", L(pv.uuid4(rng)), "\n")
        d.add(f"{t.isoformat()}T{hm(rng)}.000+08:00 AUDIT query=\"select * from customer where phone='",
              V("MOBILE", pv.gen_mobile(rng)), "'\" by=ops_", L(pv.digits(rng, 5)), "\n")
        d.add(f"{t.isoformat()}T{hm(rng)}.000+08:00 WARN login failed account=", V("EMAIL", pv.gen_email(rng)),
              " from=", L(pv.private_ip(rng)), " attempts=", L(str(rng.randrange(3, 9))), "\n")
    else:  # apache error log / k8s log, positives only sometimes
        d.add(f"[{pv.date_str(rng, 2024, 2024).isoformat()} {hm(rng)}] [error] [pid ", L(pv.digits(rng, 5)),
              "] [client ", L(pv.private_ip(rng) + ":" + str(rng.randrange(30000, 65000))), "] AH01071: upstream "
              "timed out\n")
        d.add("pod=user-svc-", L(pv.hexid(rng, 10)), " image=registry/user-svc:", L(pv.version4(rng)),
              " node=", L(pv.private_ip(rng)), "\n")
        d.add("mac=", L(pv.mac(rng)), " imei=", L(pv.imei(rng)), " iccid=", L(pv.iccid(rng)), "\n")
        if rng.random() < 0.6:
            d.add("x-forwarded-for: ", V("IP", pv.gen_ipv4(rng)), ", ", L(pv.private_ip(rng)), "\n")
            d.add("request body: {\"name\":\"", name(rng), "\",\"phone\":\"",
                  V("MOBILE", fmt_mobile(rng, pv.gen_mobile(rng), intl_ok=False)), "\"}\n")
        lat, lon, dec = pv.gen_gps(rng)
        d.add("geo: ", V("GPS", f"{lat:.{dec}f},{lon:.{dec}f}"), " accuracy=", L(f"{rng.randrange(5, 80)}.0"), "m\n")
    return d


# ================================================================ statute
def cn_num(n: int) -> str:
    return {50: "五十", 500: "五百", 5000: "五千", 10: "十"}.get(n, str(n))


def g_statute(rng: random.Random, i: int) -> Doc:
    d = Doc()
    k = i % 4
    y = rng.randrange(2015, 2024)
    if k == 0:
        d.add("根据《中华人民共和国刑法》第", L("253"), "条之一及《最高人民法院 最高人民检察院关于办理侵犯公民个人"
              "信息刑事案件适用法律若干问题的解释》（法释〔", L("2017"), "〕", L("10"), "号）第五条，非法获取、出售或者提供"
              "行踪轨迹信息、通信内容、征信信息、财产信息", L("50"), "条以上的；住宿信息、通信记录、健康生理信息、交易信息等"
              "其他可能影响人身、财产安全的公民个人信息", L("500"), "条以上的；其他公民个人信息", L("5000"),
              "条以上的，应当认定为“情节严重”。违法所得", L("5000"), "元以上的，亦同。\n")
        d.add("消费者可拨打", L("12315"), "投诉，或拨打", L("12345"), "政务服务便民热线；遇紧急情况请拨打",
              L("110"), "。\n")
    elif k == 1:
        d.add(f"（{y}）京", L(f"0{rng.randrange(101, 120)}"), "刑初", L(str(rng.randrange(100, 2999))),
              "号\n公诉机关北京市", rng.choice(("朝阳区", "海淀区", "东城区")), "人民检察院。\n")
        nm = name(rng)[0] + "某"
        d.add(f"被告人{nm}，男，", "汉族，初中文化，户籍所在地", rng.choice(CITIES)[0], "。因涉嫌侵犯公民个人信息罪于",
              L(f"{y}年{rng.randrange(1, 13)}月{rng.randrange(1, 28)}日"), "被刑事拘留。\n")
        d.add("经查，被告人通过QQ群（群号 ", L(pv.digits(rng, 9)), "）出售公民个人信息共计", L(str(rng.randrange(5001, 90000))),
              "条，获利人民币", L(amount(rng, 90000)), "元。\n")
        if rng.random() < 0.5:
            d.add("本院联系电话：", V("LANDLINE", fmt_landline(rng, *pv.gen_landline(rng))), "。\n")
    elif k == 2:
        code = pv.uscc_code(rng)
        d.add("行政处罚决定书\n", f"京市监处罚〔{y}〕", L(str(rng.randrange(10, 999))), "号\n")
        d.add("当事人：某某数据科技有限公司\n统一社会信用代码：", L(code), "\n")
        d.add("经查，当事人未经消费者同意收集其个人信息", L(str(rng.randrange(1000, 90000))),
              "条，违反《消费者权益保护法》第", L("29"), "条，依据第", L("56"), "条，处罚款人民币",
              L(str(rng.choice((50000, 200000, 500000)))), "元。\n")
        d.add("如不服本决定，可于", L("60"), "日内申请行政复议，或于", L("6"), "个月内提起行政诉讼。\n")
        if rng.random() < 0.7:
            d.add("联系人：", name(rng), "  电话：", V("LANDLINE", fmt_landline(rng, *pv.gen_landline(rng))),
                  "  邮箱：", V("EMAIL", pv.gen_email(rng, rng.choice(("samr.gov.cn", "bj.gov.cn", "sh.gov.cn")))), "\n")
    else:
        d.add("个人信息保护合规指引（", L(f"{y}"), "年版）\n", "第", L("3.2.1"), "条 处理敏感个人信息应当取得个人的单独同意。"
              "向境外提供个人信息的，依据《个人信息保护法》第", L("38"), "条执行；处理", L("100"), "万人以上个人信息的，"
              "应当申报数据出境安全评估。\n")
        d.add("举报受理：网信办举报中心 ", L("12377"), "；工信部 ", L("12381"), "。\n")
        if rng.random() < 0.6:
            d.add("本指引解释单位：某市互联网信息办公室，联系电话 ",
                  V("LANDLINE", fmt_landline(rng, *pv.gen_landline(rng))), "转", L(pv.digits(rng, 4)), "，电子邮箱 ",
                  V("EMAIL", pv.gen_email(rng, "cac.gov.cn")), "。\n")
        else:
            d.add("示例：判决书中“被告人李某，", V("BIRTHDATE", fmt_birth(rng, pv.gen_id(rng)[1], 0)), "出生”应予保留，"
                  "但身份证号须脱敏为 ", L(pv.masked_id(rng)), "。\n")
    return d


# ================================================================ contacts
def intl_mobile(rng: random.Random) -> str:
    k = rng.randrange(4)
    if k == 0:
        return f"+852 {rng.choice('569')}{pv.digits(rng, 3, '0123456789')} {pv.digits(rng, 4, '0123456789')}"
    if k == 1:
        return f"+853 6{pv.digits(rng, 3, '0123456789')} {pv.digits(rng, 4, '0123456789')}"
    if k == 2:
        return f"+886 9{pv.digits(rng, 2, '0123456789')} {pv.digits(rng, 3, '0123456789')} {pv.digits(rng, 3, '0123456789')}"
    return f"+1 {rng.choice(('212', '415', '646', '604', '917'))}-{rng.randrange(201, 989)}-{pv.digits(rng, 4, '0123456789')}"


def g_contacts(rng: random.Random, i: int) -> Doc:
    d = Doc()
    k = i % 3
    if k == 0:  # vCard export
        for _ in range(rng.randrange(1, 3)):
            nm = name(rng)
            d.add("BEGIN:VCARD\n", "VERSION:", L("3.0"), "\n", f"N:{nm[0]};{nm[1:]};;;\nFN:{nm}\n")
            d.add("TEL;TYPE=CELL:", V("MOBILE", fmt_mobile(rng, pv.gen_mobile(rng))), "\n")
            if rng.random() < 0.5:
                d.add("TEL;TYPE=WORK:", V("LANDLINE", fmt_landline(rng, *pv.gen_landline(rng))), "\n")
            if rng.random() < 0.3:
                d.add("TEL;TYPE=CELL:", V("MOBILE", intl_mobile(rng)), "\n")
            d.add("EMAIL;TYPE=INTERNET:", V("EMAIL", pv.gen_email(rng)), "\n")
            if rng.random() < 0.5:
                d.add("BDAY:", V("BIRTHDATE", pv.gen_id(rng)[1].isoformat()), "\n")
            d.add("NOTE:QQ ", V("QQ", pv.gen_qq(rng)), " 微信 ", V("WECHAT", pv.gen_wechat(rng)), "\n")
            d.add("UID:", L(pv.uuid4(rng)), "\nREV:", L(f"{pv.date_str(rng, 2023, 2024).isoformat()}T{hm(rng)}Z"),
                  "\nX-ANDROID-CUSTOM:", L(pv.digits(rng, 7)), "\nEND:VCARD\n")
    elif k == 1:  # phone-book CSV
        d.add("# 通讯录导出 ", L(pv.ts13(rng)), "\n姓名,手机,座机,分机,邮箱,QQ,备注\n")
        for _ in range(rng.randrange(3, 6)):
            d.add(f"{name(rng)},")
            r = rng.random()
            if r < 0.75:
                d.add(V("MOBILE", fmt_mobile(rng, pv.gen_mobile(rng), intl_ok=False)))
            else:
                d.add(L(pv.bad_mobile(rng)))
            d.add(",")
            if rng.random() < 0.5:
                d.add(V("LANDLINE", fmt_landline(rng, *pv.gen_landline(rng))), ",", L(pv.digits(rng, 4)))
            else:
                d.add(",")
            d.add(",")
            if rng.random() < 0.5:
                d.add(V("EMAIL", pv.gen_email(rng)))
            d.add(",")
            if rng.random() < 0.5:
                d.add(V("QQ", pv.gen_qq(rng)))
            d.add(",", rng.choice(("同事", "客户", "物业", "快递", "家人")), "\n")
        d.add("物业前台,", L("400-" + pv.digits(rng, 3, "68") + "-" + pv.digits(rng, 4)), ",,,,,24小时\n")
        d.add("运营商,", L("10086"), ",,,,,话费查询\n")
    else:  # call log
        d.add("通话记录导出  设备 ", L(pv.imei(rng)), "\n")
        d.add("时间|号码|类型|时长\n")
        for _ in range(rng.randrange(4, 7)):
            t = pv.date_str(rng, 2024, 2024)
            d.add(f"{t.isoformat()} {hm(rng)}|")
            r = rng.random()
            if r < 0.35:
                d.add(V("MOBILE", fmt_mobile(rng, pv.gen_mobile(rng))))
            elif r < 0.5:
                d.add(V("MOBILE", intl_mobile(rng)))
            elif r < 0.65:
                ac, loc = pv.gen_landline(rng)
                d.add(V("LANDLINE", f"{ac}-{loc}"), "转", L(pv.digits(rng, 4)))
            elif r < 0.8:
                d.add(L(rng.choice(("10086", "10010", "95555", "95588", "95533", "12306", "10000"))))
            else:
                d.add(L("400-" + pv.digits(rng, 3, "68") + "-" + pv.digits(rng, 4)))
            d.add("|", rng.choice(("呼出", "呼入", "未接来电", "已拒接")), "|", L(f"00:{rng.randrange(60):02d}:{rng.randrange(60):02d}"), "\n")
    return d


# ================================================================ traps9
def g_traps9(rng: random.Random, i: int) -> Doc:
    d = Doc()
    k = i % 6
    if k == 0:
        d.add("设备台账\n", "IMEI: ", L(pv.imei(rng)), "\nICCID: ", L(pv.iccid(rng)), "\nMAC: ", L(pv.mac(rng)),
              "\nSN: ", L(pv.hexid(rng, 12).upper()), "\n固件版本 ", L(pv.version4(rng)), "\n出厂日期 ",
              L(pv.date_str(rng, 2018, 2023).isoformat()), "\n")
    elif k == 1:
        d.add("脱敏样例（可对外提供）\n手机：", L(pv.masked_mobile(rng)), "\n身份证：", L(pv.masked_id(rng)),
              "\n银行卡：", L(pv.masked_card(rng)), "\n邮箱：", L(rng.choice("abcdefgh") + "***@" + rng.choice(pv.MAIL_DOMAINS)),
              "\n")
    elif k == 2:
        d.add("校验失败的测试数据（系统已拒绝）\n证件号码 ", L(pv.bad_checksum_id(rng)), "（校验位错误）\n证件号码 ",
              L(pv.impossible_date_id(rng)), "（日期不存在）\n号码 ", L(pv.bad_mobile(rng)), "（非手机号段）\n账号 ",
              L(pv.bad_luhn_card(rng)), "（Luhn 校验失败）\n")
    elif k == 3:
        d.add("订单对账单\n订单号 ", L(pv.order_no(rng, 17)), "\n订单号 ", L(pv.order_no(rng, 19)), "\n订单号 ",
              L(pv.order_no(rng, 20)), "\n交易流水 ", L(pv.luhn_serial(rng, 16)), "\n参考号 ", L(pv.luhn_serial(rng, 19)),
              "\n支付网关沙箱（非真实账户）：", L(pv.foreign_luhn(rng)), "\n时间戳 ", L(pv.ts13(rng)), "\n")
    elif k == 4:
        d.add("内网拓扑\n网关 ", L(pv.private_ip(rng)), "\nDNS ", L(pv.private_ip(rng)), "\n负载均衡 ",
              L(pv.private_ip(rng) + ":8443"), "\nAPI 版本 ", L("v" + pv.version4(rng)), "\nUser-Agent: MyApp/",
              L(pv.version4(rng)), "\n会话 ", L(pv.uuid4(rng)), "\n")
    else:
        y = pv.date_str(rng, 2015, 2024)
        d.add("门店信息\n坐标（大致）", L(pv.coarse_coord(rng)), "\n开业日期 ", L(f"{y.year}年{y.month}月{y.day}日"),
              "\n营业执照 统一社会信用代码 ", L(pv.uscc_code(rng)), "\n客服 ", L("400-" + pv.digits(rng, 3, "68") + "-" +
              pv.digits(rng, 4)), " / ", L("95" + pv.digits(rng, 3, "0123456789")), "\nQQ群 ", L(pv.digits(rng, 9)),
              "\n")
    # a second block of noise for every trap document
    d.add("备注：金额 ¥", L(amount(rng, 99999)), "，件数 ", L(str(rng.randrange(1, 500))), "，批次 ",
          L(pv.order_no(rng, 18)), "\n")
    return d


GENRES = {"id_ocr": g_id_ocr, "bank_sms": g_bank_sms, "ecommerce": g_ecommerce, "logs2": g_logs2,
          "statute": g_statute, "contacts": g_contacts, "traps9": g_traps9}


# ================================================================ checks + build
def check_doc(doc: dict, n_lookalikes: int) -> list[str]:
    text, spans, errs = doc["text"], doc["spans"], []
    last_end = -1
    for s, e, typ in sorted(spans):
        val = text[s:e]
        if typ not in pv.TYPES:
            errs.append(f"unknown type {typ}")
        if not pv.validate(typ, val):
            errs.append(f"span does not validate: {typ} {val!r}")
        if s < last_end:
            errs.append(f"overlap at {s}")
        last_end = max(last_end, e)
        before, after = pv.fold(text[s - 1:s]), pv.fold(text[e:e + 1])
        if (before.isascii() and before.isalnum()) or (after.isascii() and after.isalnum()):
            errs.append(f"span glued to a letter/digit: {typ} {text[max(0, s - 3):e + 3]!r}")
        if typ in pv.CUES and not pv.has_cue(text, s, e, typ):
            errs.append(f"no cue for {typ} {val!r}")
    masked = list(text)
    for s, e, _ in spans:
        for j in range(s, e):
            masked[j] = "■"
    for pos, typ, val in pv.accident_hits("".join(masked)):
        errs.append(f"unlabelled {typ} at {pos}: {val!r}")
    if spans and n_lookalikes < 3:
        errs.append(f"positive document with {n_lookalikes} look-alikes")
    if doc["genre"] == "traps9" and spans:
        errs.append("trap document with spans")
    return errs


def build() -> tuple[list[dict], list[str]]:
    docs, errors = [], []
    for genre, n in PER_GENRE.items():
        gen = GENRES[genre]
        for i in range(n):
            rng = random.Random(f"{SEED}-{genre}-{i}")
            d = gen(rng, i)
            doc = {"id": f"p9-{genre}-{i:03d}", "genre": genre, "text": d.text,
                   "spans": sorted(d.spans), "lookalikes": d.lookalikes}
            errors += [f"{doc['id']}: {e}" for e in check_doc(doc, d.lookalikes)]
            docs.append(doc)
    return docs, errors


def serialise(docs: list[dict]) -> bytes:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs).encode("utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--check", action="store_true", help="rebuild in memory and compare with probe9.jsonl")
    args = ap.parse_args()
    docs, errors = build()
    if errors:
        print("\n".join(errors[:60]), file=sys.stderr)
        print(f"{len(errors)} label errors", file=sys.stderr)
        return 1
    data = serialise(docs)
    if args.check:
        if not OUT.exists() or OUT.read_bytes() != data:
            print("probe9.jsonl differs from a fresh build", file=sys.stderr)
            return 1
        print(f"ok: {len(docs)} documents, identical")
        return 0
    OUT.write_bytes(data)
    print(f"wrote {OUT} ({len(docs)} documents)")
    return 0


if __name__ == "__main__":
    _ = datetime
    sys.exit(main())
