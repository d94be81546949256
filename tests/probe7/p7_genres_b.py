"""Genres records, config_code, travel."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib

from p7_common import Doc, f_id, f_land, f_mobile, f_plate, mask_card, mask_id, name, pv

BANK_SMS = [("工商银行", "95588"), ("建设银行", "95533"), ("农业银行", "95599"), ("招商银行", "95555"),
            ("交通银行", "95559"), ("中国银行", "95566")]


def _hex(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _date(rng, lo=2018, hi=2024):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


# ============================================================ records


def rc_hr(rng, d: Doc, nl):
    sep = rng.choice([",", "\t", " | "])
    d.t(sep.join(["工号", "姓名", "部门", "出生日期", "身份证号", "手机", "工资卡号", "入职日期"]) + nl)
    for _ in range(rng.randint(3, 5)):
        born = pv.birth_date(rng, 1965, 2002)
        d.t(sep.join([f"{rng.choice(['A', 'HR', '0', '2'])}{rng.randint(1000, 99999)}", name(rng),
                      rng.choice(["财务部", "研发中心", "市场部", "行政部"]), ""]))
        d.v(pv.fmt_date(born, rng.choice([0, 1, 4])), "BIRTHDATE").t(sep).v(pv.id_card(rng, born), "ID_CARD").t(sep)
        d.v(pv.mobile(rng), "MOBILE").t(sep).v(pv.bank_card(rng), "BANK_CARD").t(sep + f"{_date(rng):%Y-%m-%d}" + nl)


def rc_hospital(rng, d: Doc, nl):
    born = pv.birth_date(rng, 1940, 2015)
    d.t(f"{rng.choice(['某市第一人民医院', '某某大学附属医院', '区妇幼保健院'])}  住院病案首页{nl}")
    d.t(f"病案号：{rng.randint(100000, 9999999)}    住院号：ZY{rng.randint(2020, 2024)}{rng.randint(10000, 99999)}    "
        f"床号：{rng.randint(1, 60)}床{nl}")
    d.t(f"姓名：{name(rng)}  性别：{rng.choice('男女')}  出生日期：").v(pv.fmt_date(born, rng.choice([2, 0, 6])), "BIRTHDATE")
    d.t(f"  年龄：{2024 - born.year}岁{nl}")
    d.t(f"医保卡号：{rng.choice(['J', 'H', 'Y'])}{rng.randint(10000000, 99999999)}  门诊号：{rng.randint(10 ** 9, 10 ** 10 - 1)}{nl}")
    d.t("身份证号：").v(f_id(rng, pv.id_card(rng, born)), "ID_CARD").t(nl)
    d.t(f"联系人：{name(rng)}（{rng.choice(['子', '女', '配偶'])}）  联系电话：").v(f_mobile(rng, pv.mobile(rng)), "MOBILE").t(nl)
    d.t(f"入院日期：{_date(rng, 2023):%Y-%m-%d}  诊断：{rng.choice(['社区获得性肺炎', '2型糖尿病', '急性阑尾炎'])}  "
        f"费用合计：{rng.randint(1, 80)},{rng.randint(100, 999)}.{rng.randint(10, 99)}元{nl}")


def rc_school(rng, d: Doc, nl):
    grade = rng.randint(2019, 2023)
    d.t(f"{grade}级{rng.randint(1, 8)}班 学生信息登记表{nl}学号,姓名,出生日期,身份证号,家长电话,备注{nl}")
    for i in range(rng.randint(3, 6)):
        born = pv.birth_date(rng, 2005, 2017)
        sid = f"{grade}{rng.randint(1, 30):02d}{rng.randint(1, 9)}{i + 1:03d}" if rng.random() < 0.5 else f"{grade}{rng.randint(100000, 999999)}"
        d.t(f"{sid},{name(rng)},").v(pv.fmt_date(born, rng.choice([0, 5, 3])), "BIRTHDATE").t(",")
        d.v(pv.id_card(rng, born), "ID_CARD").t(",").v(f_mobile(rng, pv.mobile(rng), rng.choice([0, 3, 4])), "MOBILE")
        d.t("," + rng.choice(["走读", "住校", "", "校车3号线"]) + nl)


def rc_property(rng, d: Doc, nl):
    d.t(f"{rng.choice(['锦绣花园', '阳光城', '翠湖苑', '金色家园'])}物业 业主信息表{nl}")
    d.t("房号\t业主\t联系电话\t车牌号\t车位\t门禁卡号\t物业费(元/年)" + nl)
    for _ in range(rng.randint(3, 6)):
        room = f"{rng.randint(1, 20)}-{rng.randint(1, 4)}-{rng.randint(1, 33)}{rng.randint(1, 4):02d}"
        d.t(f"{room}\t{name(rng)}\t")
        if rng.random() < 0.25:
            a, loc = pv.landline(rng)
            d.v(f_land(rng, a, loc, rng.choice([0, 3])), "LANDLINE")
        else:
            d.v(pv.mobile(rng), "MOBILE")
        d.t("\t")
        if rng.random() < 0.8:
            d.v(f_plate(rng, pv.plate(rng), rng.choice([0, 1])), "PLATE")
        else:
            d.t("无")
        d.t(f"\tB{rng.randint(1, 2)}-{rng.randint(1, 300):03d}\t{rng.randint(10 ** 9, 4 * 10 ** 9)}\t{rng.randint(1, 9)},{rng.randint(100, 999)}.00" + nl)


def rc_bank_sms(rng, d: Doc, nl):
    for _ in range(rng.randint(2, 4)):
        bank, hot = rng.choice(BANK_SMS)
        r = rng.random()
        when = f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
        if r < 0.4:
            d.t(f"【{bank}】您尾号{rng.randint(1000, 9999)}卡{when}{rng.choice(['支出(消费)', '收入(工资)', '转账支出'])}"
                f"{rng.randint(1, 50)},{rng.randint(100, 999)}.{rng.randint(10, 99)}元，余额{rng.randint(1, 300)},"
                f"{rng.randint(100, 999)}.{rng.randint(10, 99)}元。客服{hot}{nl}")
        elif r < 0.7:
            d.t(f"【{bank}】您向{name(rng)}账户").v(pv.bank_card(rng), "BANK_CARD")
            d.t(f"转账{rng.randint(100, 9999)}.00元已成功，交易流水号{rng.randint(2023, 2024)}{rng.randint(10 ** 13, 10 ** 14 - 1)}。{nl}")
        else:
            d.t(f"【{bank}】验证码{rng.randint(100000, 999999)}，您正在绑定手机号").v(pv.mobile(rng), "MOBILE")
            d.t(f"，卡号{mask_card(pv.bank_card(rng), rng)}，5分钟内有效，请勿泄露。{nl}")


def rc_member(rng, d: Doc, nl):
    d.t(f"{rng.choice(['健身房', '美容院', '母婴店', '书店'])}会员登记{nl}")
    for _ in range(rng.randint(2, 4)):
        born = pv.birth_date(rng, 1965, 2004)
        d.t(f"会员卡号 {rng.randint(10 ** 7, 10 ** 8 - 1)}  姓名 {name(rng)}  生日 ").v(pv.fmt_date(born, rng.choice([0, 2, 1])), "BIRTHDATE")
        d.t("  手机 ").v(f_mobile(rng, pv.mobile(rng)), "MOBILE")
        if rng.random() < 0.5:
            d.t("  微信 ").v(pv.wechat(rng), "WECHAT")
        d.t(f"  余额 {rng.randint(0, 5000):,}.00{nl}")


def rc_checkup(rng, d: Doc, nl):
    born = pv.birth_date(rng, 1955, 2000)
    d.t(f"健康体检报告{nl}体检编号：{rng.randint(2023, 2024)}{rng.randint(10 ** 7, 10 ** 8 - 1)}    报告日期：{_date(rng, 2023):%Y年%m月%d日}{nl}")
    d.t(f"受检者：{name(rng)}    出生日期：").v(pv.fmt_date(born, rng.choice([2, 0])), "BIRTHDATE").t(nl)
    d.t("证件号：").v(pv.id_card(rng, born), "ID_CARD").t("    单位：某某集团" + nl)
    d.t("手机号码：").v(f_mobile(rng, pv.mobile(rng)), "MOBILE").t(nl)
    d.t(f"身高 {rng.randint(150, 190)}.{rng.randint(0, 9)}cm 体重 {rng.randint(45, 95)}.{rng.randint(0, 9)}kg "
        f"血压 {rng.randint(100, 140)}/{rng.randint(60, 90)}mmHg 空腹血糖 {rng.randint(4, 7)}.{rng.randint(0, 9)}{rng.randint(0, 9)}mmol/L{nl}")


def rc_community(rng, d: Doc, nl):
    d.t(f"社区来访人员登记（{_date(rng, 2022):%Y/%m/%d}）{nl}")
    for i in range(rng.randint(2, 4)):
        d.t(f"{i + 1}、{name(rng)}，身份证 ").v(f_id(rng, pv.id_card(rng)), "ID_CARD")
        d.t("，电话 ").v(f_mobile(rng, pv.mobile(rng)), "MOBILE")
        if rng.random() < 0.5:
            d.t("，驾车 ").v(f_plate(rng, pv.plate(rng)), "PLATE")
        d.t(f"，体温36.{rng.randint(1, 9)}℃，来访{rng.choice(['3栋', '8号楼', '12幢'])}{rng.randint(1, 30)}0{rng.randint(1, 4)}室{nl}")


RECORDS = [rc_hr, rc_hospital, rc_school, rc_property, rc_bank_sms, rc_member, rc_checkup, rc_community]

# ============================================================ config_code


def cf_yaml(rng, d: Doc, nl):
    d.t(f"# 通知服务配置{nl}notify:{nl}  sms:{nl}    enabled: true{nl}    admin_phone: \"")
    d.v(pv.mobile(rng), "MOBILE").t(f"\"{nl}    backup:{nl}      - ").v(pv.mobile(rng), "MOBILE").t(nl)
    d.t("      - ").v(f_mobile(rng, pv.mobile(rng), 6), "MOBILE").t(f"{nl}  mail:{nl}    smtp_host: smtp.exmail.qq.com{nl}")
    d.t("    port: 465" + nl + "    from: ").v(pv.email(rng), "EMAIL").t(nl)
    d.t(f"    password: \"{base64.b64encode(_hex(rng, 12).encode()).decode()}\"{nl}  version: 2.3.1{nl}"
        f"  bind: 0.0.0.0:8080{nl}  internal_dns: 10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}{nl}")


def cf_xml(rng, d: Doc, nl):
    born = pv.birth_date(rng)
    d.t(f'<?xml version="1.0" encoding="UTF-8"?>{nl}<customers>{nl}  <customer id="{rng.randint(1000, 99999)}">{nl}')
    d.t(f"    <name>{name(rng)}</name>{nl}    <idCard>").v(pv.id_card(rng, born), "ID_CARD").t(f"</idCard>{nl}")
    d.t("    <birthDate>").v(f"{born:%Y-%m-%d}", "BIRTHDATE").t(f"</birthDate>{nl}")
    d.t("    <mobile>").v(pv.mobile(rng), "MOBILE").t(f"</mobile>{nl}")
    d.t('    <contact type="tel">').v(f_land(rng, *pv.landline(rng), 0), "LANDLINE").t(f"</contact>{nl}")
    d.t(f"    <createTime>{rng.randint(1600000000000, 1720000000000)}</createTime>{nl}  </customer>{nl}</customers>{nl}")


def cf_ini(rng, d: Doc, nl):
    d.t(f"; legacy client config{nl}[server]{nl}host = ").v(pv.public_ipv4(rng), "IP")
    d.t(f"{nl}port = 3306{nl}slave = 192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}{nl}[contact]{nl}owner = {name(rng)}{nl}")
    d.t("owner_mobile = ").v(f_mobile(rng, pv.mobile(rng), rng.choice([0, 3])), "MOBILE").t(nl)
    d.t("owner_qq = ").v(pv.qq(rng), "QQ").t(nl)
    d.t("report_to = ").v(pv.email(rng), "EMAIL").t(f"{nl}[build]{nl}version = 4.{rng.randint(0, 9)}.{rng.randint(0, 20)}.{rng.randint(1000, 9999)}{nl}")


def cf_env(rng, d: Doc, nl):
    d.t(f"APP_ENV=production{nl}APP_KEY=base64:{base64.b64encode(hashlib.sha256(str(rng.random()).encode()).digest()).decode()}{nl}")
    d.t("ADMIN_MOBILE=").v(pv.mobile(rng), "MOBILE").t(nl)
    d.t("ALERT_EMAIL=").v(pv.email(rng), "EMAIL").t(nl)
    d.t(f"DB_HOST=172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}{nl}PUBLIC_IP=").v(pv.public_ipv4(rng), "IP").t(nl)
    d.t(f"WECHAT_APPID=wx{_hex(rng, 16)}{nl}TEST_IDCARD=").v(pv.id_card(rng), "ID_CARD").t(nl)
    d.t(f"REDIS_URL=redis://:{_hex(rng, 24)}@10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}:6379/0{nl}")


def cf_nginx(rng, d: Doc, nl):
    for _ in range(rng.randint(3, 5)):
        r = rng.random()
        if r < 0.6:
            d.v(pv.public_ipv4(rng), "IP")
        elif r < 0.8:
            d.v(pv.public_ipv6(rng), "IP")
        else:
            d.t(f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}")
        ts = f"[{rng.randint(10, 28)}/Mar/2024:{rng.randint(10, 23)}:{rng.randint(10, 59)}:{rng.randint(10, 59)} +0800]"
        d.t(f" - - {ts} \"GET /api/user/verify?")
        if rng.random() < 0.5:
            d.t("phone=").v(pv.mobile(rng), "MOBILE").t("&idcard=").v(pv.id_card(rng), "ID_CARD")
        else:
            d.t(f"uid={rng.randint(10 ** 6, 10 ** 8)}&ts={rng.randint(1700000000000, 1720000000000)}")
        d.t(f" HTTP/1.1\" 200 {rng.randint(100, 9999)} \"-\" \"Mozilla/5.0 (Linux; Android 13) Chrome/120.0.{rng.randint(6000, 6200)}.{rng.randint(10, 200)} Mobile\"{nl}")


def cf_json(rng, d: Doc, nl):
    born = pv.birth_date(rng)
    d.t('{"code":0,"traceId":"' + _hex(rng, 32) + '","data":{"user":{"uid":' + str(rng.randint(10 ** 8, 10 ** 9)) + ',')
    d.t('"profile":{"realName":"' + name(rng) + '","idNo":"').v(pv.id_card(rng, born), "ID_CARD")
    d.t('","birthday":"').v(f"{born:%Y-%m-%d}", "BIRTHDATE").t('","contacts":[{"type":"mobile","value":"')
    d.v(pv.mobile(rng), "MOBILE").t('"},{"type":"email","value":"').v(pv.email(rng), "EMAIL")
    d.t('"}]},"bankCards":[{"cardNo":"').v(pv.bank_card(rng), "BANK_CARD")
    d.t('","bank":"' + rng.choice(["ICBC", "CCB", "ABC", "CMB"]) + '"}]},"token":"' + base64.urlsafe_b64encode(_hex(rng, 30).encode()).decode() + '"}}' + nl)


def cf_sql(rng, d: Doc, nl):
    d.t(f"CREATE TABLE `t_member` ({nl}  `id` bigint NOT NULL AUTO_INCREMENT,{nl}  `name` varchar(32) COMMENT '姓名',{nl}"
        f"  `phone` varchar(20) COMMENT '手机号',{nl}  `id_no` char(18) COMMENT '身份证号',{nl}  `birthday` date COMMENT '出生日期',{nl}"
        f"  `qq` varchar(12) COMMENT 'QQ号码',{nl}  PRIMARY KEY (`id`){nl}) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='会员表';{nl}")
    d.t("INSERT INTO `t_member` (`id`, `name`, `phone`, `id_no`, `birthday`, `qq`) VALUES" + nl)
    n = rng.randint(2, 4)
    for i in range(n):
        born = pv.birth_date(rng)
        d.t(f"({rng.randint(1, 99999)}, '{name(rng)}', '").v(pv.mobile(rng), "MOBILE").t("', '").v(pv.id_card(rng, born), "ID_CARD")
        d.t("', '").v(f"{born:%Y-%m-%d}", "BIRTHDATE").t("', '").v(pv.qq(rng), "QQ").t("')" + ("," if i < n - 1 else ";") + nl)


def cf_applog(rng, d: Doc, nl):
    for _ in range(rng.randint(3, 5)):
        ts = f"2024-0{rng.randint(1, 9)}-{rng.randint(10, 28)} {rng.randint(10, 23)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}.{rng.randint(100, 999)}"
        r = rng.random()
        d.t(f"{ts} INFO  [http-nio-8080-exec-{rng.randint(1, 20)}] c.x.s.LoginService - ")
        if r < 0.35:
            d.t("login ok, mobile=").v(pv.mobile(rng), "MOBILE").t(", ip=").v(pv.public_ipv4(rng), "IP")
        elif r < 0.6:
            d.t(f"payload={base64.b64encode(_hex(rng, 24).encode()).decode()}, sign={_hex(rng, 40)}")
        elif r < 0.8:
            d.t("bind email ").v(pv.email(rng), "EMAIL").t(f" for uid {rng.randint(10 ** 6, 10 ** 8)}")
        else:
            d.t(f"requestId={_hex(rng, 8)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 12)} cost={rng.randint(1, 900)}ms")
        d.t(nl)


def cf_urls(rng, d: Doc, nl):
    d.t("# 回调地址清单（测试环境遗留）" + nl)
    d.t("https://api.example-pay.com/v2/realname?name=%E5%BC%A0%E4%B8%89&idcard=").v(pv.id_card(rng), "ID_CARD")
    d.t("&mobile=").v(pv.mobile(rng), "MOBILE").t(f"&sign={_hex(rng, 32)}{nl}")
    d.t("http://").v(pv.public_ipv4(rng), "IP").t(f":8081/notify?order={rng.randint(10 ** 15, 10 ** 16)}&cardNo=").v(pv.bank_card(rng), "BANK_CARD").t(nl)
    d.t("mailto:").v(pv.email(rng), "EMAIL").t(f"?subject=%E9%80%80%E6%AC%BE{nl}")
    d.t(f"https://cdn.example.com/static/app.{_hex(rng, 8)}.js?v=1.{rng.randint(0, 9)}.{rng.randint(0, 9)}{nl}")


CONFIG = [cf_yaml, cf_xml, cf_ini, cf_env, cf_nginx, cf_json, cf_sql, cf_applog, cf_urls]

# ============================================================ travel

STATIONS = ["北京南", "上海虹桥", "广州南", "深圳北", "杭州东", "成都东", "武汉", "西安北", "南京南", "长沙南"]


def tv_12306(rng, d: Doc, nl):
    a, b = rng.sample(STATIONS, 2)
    d.t(f"【铁路客服】订单E{rng.randint(10 ** 8, 10 ** 9 - 1)}，{name(rng)}您已购{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
        f"G{rng.randint(1, 2999)}次{rng.randint(1, 16):02d}车{rng.randint(1, 20)}{rng.choice('ABCDF')}号，{a}站{rng.randint(6, 21)}:{rng.randint(10, 59)}开。{nl}")
    d.t(f"乘车人：{name(rng)}  证件：中国居民身份证 ")
    idn = pv.id_card(rng)
    if rng.random() < 0.5:
        d.v(idn, "ID_CARD")
    else:
        d.t(mask_id(idn, rng))
    d.t(f"  票价：¥{rng.randint(50, 1500)}.{rng.choice('05')}{nl}联系人手机：").v(f_mobile(rng, pv.mobile(rng)), "MOBILE")
    d.t(f"{nl}电子客票号：{rng.choice('EF')}{rng.randint(10 ** 9, 10 ** 10 - 1)}{rng.randint(1, 9)}  {a}→{b}{nl}")


def tv_hotel(rng, d: Doc, nl):
    d.t(f"{rng.choice(['如家', '汉庭', '锦江之星', '全季'])}酒店 {_date(rng, 2023):%Y-%m-%d} 入住登记{nl}")
    d.t("房号 | 姓名 | 证件类型 | 证件号码 | 手机 | 入住时间" + nl)
    for _ in range(rng.randint(3, 5)):
        d.t(f"{rng.randint(2, 18)}{rng.randint(1, 30):02d} | {name(rng)} | ")
        r = rng.random()
        if r < 0.55:
            d.t("身份证 | ").v(pv.id_card(rng), "ID_CARD")
        elif r < 0.8:
            d.t("护照 | ").v(pv.passport(rng), "PASSPORT")
        else:
            d.t("港澳通行证 | ").v(pv.hk_permit(rng), "HK_MACAO_PERMIT")
        d.t(" | ").v(pv.mobile(rng), "MOBILE").t(f" | {rng.randint(12, 23)}:{rng.randint(10, 59)}" + nl)


def tv_flight(rng, d: Doc, nl):
    born = pv.birth_date(rng, 1960, 2005)
    pnr = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    d.t(f"行程单 / E-TICKET ITINERARY{nl}旅客姓名：{rng.choice(['ZHANG/WEI', 'LI/NA', 'WANG/FANG', 'CHEN/JIE'])} MR{nl}")
    d.t(f"订座记录编号：{pnr}    票号：{rng.choice(['781', '999', '784'])}-{rng.randint(10 ** 9, 10 ** 10 - 1)}{nl}")
    d.t("证件号码（护照）：").v(pv.passport(rng), "PASSPORT").t("    出生日期：").v(pv.fmt_date(born, rng.choice([0, 2, 4])), "BIRTHDATE").t(nl)
    d.t(f"航班：{rng.choice(['MU', 'CA', 'CZ'])}{rng.randint(100, 999)}  上海浦东 PVG → 东京成田 NRT  {_date(rng, 2024):%d%b%y}".upper() + nl)
    d.t(f"常旅客卡号：{rng.randint(10 ** 9, 10 ** 10 - 1)}    联系电话：").v(f_mobile(rng, pv.mobile(rng)), "MOBILE")
    d.t("    邮箱：").v(pv.email(rng), "EMAIL").t(nl)


def tv_parking(rng, d: Doc, nl):
    d.t(f"停车场出入记录 {_date(rng, 2024):%Y-%m-%d}  设备 192.168.{rng.randint(0, 9)}.{rng.randint(10, 250)}{nl}")
    for _ in range(rng.randint(3, 6)):
        d.t(f"{rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}  入口{rng.randint(1, 3)}  ")
        d.v(f_plate(rng, pv.plate(rng), rng.choice([0, 0, 1])), "PLATE")
        d.t(f"  {rng.choice(['临时车', '月租车', '新能源'])}  收费{rng.randint(0, 60)}.00元{nl}")


def tv_ride(rng, d: Doc, nl):
    city = rng.choice(["北京", "上海", "广州", "深圳", "杭州", "成都"])
    d.t(f"行程编号 {rng.randint(10 ** 15, 10 ** 16 - 1)}  {city}  {_date(rng, 2024):%Y-%m-%d}{nl}")
    lat, lon = pv.gps(rng, city)
    d.t("上车点坐标：").v(f"{lat},{lon}" if rng.random() < 0.5 else f"{lat}, {lon}", "GPS").t(nl)
    lat, lon = pv.gps(rng, city)
    d.t("下车点：北纬").v(f"{lat} 东经{lon}", "GPS").t(nl)
    d.t(f"司机：{name(rng)[0]}师傅  车辆：{rng.choice(['白色比亚迪秦', '黑色大众帕萨特', '蓝色埃安S'])}  车牌 ").v(f_plate(rng, pv.plate(rng)), "PLATE").t(nl)
    d.t("司机电话（隐私号）：").v(f_mobile(rng, pv.mobile(rng), 0), "MOBILE").t(f"  里程 {rng.randint(2, 40)}.{rng.randint(0, 9)}公里  "
                                                                      f"实付 {rng.randint(10, 150)}.{rng.randint(10, 99)}元{nl}")


def tv_hk_tour(rng, d: Doc, nl):
    d.t(f"港澳{rng.randint(3, 6)}日游 团队名单（团号 GA{rng.randint(100000, 999999)}）{nl}序号,姓名,港澳通行证号,身份证号,出生日期,手机{nl}")
    for i in range(rng.randint(3, 5)):
        born = pv.birth_date(rng, 1950, 2010)
        d.t(f"{i + 1},{name(rng)},").v(pv.hk_permit(rng), "HK_MACAO_PERMIT").t(",").v(pv.id_card(rng, born), "ID_CARD").t(",")
        d.v(pv.fmt_date(born, rng.choice([0, 4, 1])), "BIRTHDATE").t(",").v(pv.mobile(rng), "MOBILE").t(nl)


def tv_visa(rng, d: Doc, nl):
    born = pv.birth_date(rng, 1960, 2002)
    d.t(f"签证申请信息确认单{nl}申请人：{name(rng)}    性别：{rng.choice('男女')}{nl}出生日期：")
    d.v(pv.fmt_date(born, rng.choice([2, 0])), "BIRTHDATE").t(f"    出生地：{rng.choice(['北京', '湖南', '广东', '四川'])}{nl}")
    d.t("护照号码：").v(pv.passport(rng), "PASSPORT").t(f"    签发日期：{_date(rng, 2018, 2023):%Y-%m-%d}    有效期至：{rng.randint(2028, 2033)}-0{rng.randint(1, 9)}-15{nl}")
    d.t("手机：").v(f_mobile(rng, pv.mobile(rng)), "MOBILE").t("    电子邮箱：").v(pv.email(rng), "EMAIL").t(nl)
    a, loc = pv.landline(rng)
    d.t(f"紧急联系人：{name(rng)}  电话：").v(f_land(rng, a, loc), "LANDLINE").t(rng.choice(["", f"转{rng.randint(100, 999)}"]) + nl)


def tv_track(rng, d: Doc, nl):
    city = rng.choice([c[0] for c in pv.CITIES_GPS[:10]])
    d.t(f"骑行轨迹导出  车辆编号 {rng.randint(10 ** 9, 10 ** 10 - 1)}  用户手机 ").v(f_mobile(rng, pv.mobile(rng)), "MOBILE").t(nl)
    d.t("time,lat_lng,speed" + nl)
    for _ in range(rng.randint(3, 5)):
        lat, lon = pv.gps(rng, city, 6)
        d.t(f"{rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d},\"").v(f"{lat},{lon}", "GPS").t(f"\",{rng.randint(5, 25)}.{rng.randint(0, 9)}{nl}")


TRAVEL = [tv_12306, tv_hotel, tv_flight, tv_parking, tv_ride, tv_hk_tour, tv_visa, tv_track]
