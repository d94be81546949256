"""Build probe8.jsonl — PERSON / ADDRESS in labelled fields (blind probe, fake data, fixed seeds).

python tests/probe8/build_probe8.py           # writes probe8.jsonl
python tests/probe8/build_probe8.py --check   # rebuilds in memory and compares byte for byte
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import p8_gen as g  # noqa: E402
from p8_gen import Doc  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "probe8.jsonl"
SEED = 20260808
COUNTS = {
    "waybill": 45,
    "form": 45,
    "table_text": 45,
    "keyed": 45,
    "traditional": 40,
    "hard_fields": 45,
    "traps8": 38,
}

FW = "　"  # full-width space used for alignment


def sep(rng: random.Random) -> str:
    return rng.choice(["：", ":", "：", ": ", "：", " "])


# ================================================================================================================
# waybill


def waybill(rng: random.Random, i: int) -> Doc:
    d = Doc()
    p1, p2 = g.person(rng), g.person(rng)
    a1, a2 = g.address(rng), g.address(rng)
    ph1, ph2 = g.phone(rng), g.phone(rng)
    k = i % 9
    if k == 0:
        d.t(f"【顺丰速运】运单号 {g.tracking(rng)} 收件人：").p(p1).t(f" {ph1} 收件地址：").a(a1)
        d.t(" 寄件人：").p(p2).t(f" {ph2}")
    elif k == 1:
        d.t(f"{rng.choice(['顺丰速运', '中通快递', '圆通速递', '韵达快递', '京东物流'])}  标准快递\n")
        d.t(f"运单号：{g.tracking(rng, rng.choice(['SF', 'ZT', 'YT', 'JD']))}\n")
        d.t("收件人：").p(p1).t(f"\n电话：{ph1}\n收件地址：").a(a1).t("\n")
        d.t("寄件人：").p(p2).t(f"\n电话：{ph2}\n寄件地址：").a(a2).t("\n")
        d.t(f"重量：{rng.randint(1, 20)}kg  件数：1\n")
    elif k == 2:  # e-waybill OCR: 收 / 寄 boxes
        d.t(f"{g.tracking(rng, 'YT')}\n收 ").p(p1).t(f" {ph1}\n").a(a1).t("\n寄 ").p(p2).t(f" {ph2}\n").a(a2)
        d.t(f"\n已验视 {rng.randint(1, 28)}日{rng.randint(8, 21)}时\n")
    elif k == 3:  # 所在地区 (region only, not labelled) + 详细地址 (labelled)
        prov, city, dist = g.region_only(rng)
        region = " ".join([prov, city, dist] if prov != city else [city, dist])
        det = g.address(rng, level="none")
        d.t("收货人: ").p(p1).t(f"\n手机号码: {ph1}\n所在地区: {region}\n详细地址: ").a(det).t("\n")
        d.t(f"订单编号: {rng.randint(10**15, 10**16 - 1)}\n")
    elif k == 4:  # e-commerce copy: spaced divisions
        sa = g.address(rng, spaced=True)
        d.t("收货信息：").p(p1).t(f"，{ph1}，").a(sa).t(f"，{g.postcode(rng)}\n")
        d.t(f"买家留言：{rng.choice(g.NOTES)}\n")
    elif k == 5:
        d.t("联系人：").p(p1).t(f"（{ph1}）  地址：").a(a1).t(f"\n备注：{rng.choice(g.NOTES)}")
    elif k == 6:  # postcode after the address
        d.t("【京东物流】收货人：").p(p1).t("  地址：").a(a1).t(f"  {g.postcode(rng)}  电话：{ph1}")
    elif k == 7:  # postcode before the address
        d.t("寄件人：").p(p2).t(f"\n邮编：{g.postcode(rng)} 寄件地址：").a(a2).t("\n")
        d.t("收件人：").p(p1).t(f"\n邮编：{g.postcode(rng)} 收件地址：").a(a1).t(f"\n手机：{ph1}")
    else:
        d.t("===== 寄件人信息 =====\n姓名：").p(p2).t(f"\n电话：{ph2}\n地址：").a(a2)
        d.t("\n===== 收件人信息 =====\n姓名：").p(p1).t(f"\n电话：{ph1}\n地址：").a(a1)
        d.t(f"\n物品：{rng.choice(['文件', '衣物', '电子产品', '食品', '书籍'])}  保价：否\n")
    if rng.random() < 0.15:
        d.t(f"\n{rng.choice(['派件员', '快递员'])}：{g.masked_person(rng)} {g.phone(rng, True)}")
    return d


# ================================================================================================================
# form


def form(rng: random.Random, i: int) -> Doc:
    d = Doc()
    k = i % 8
    sexes = ["男", "女"]
    if k == 0:
        d.t(f"个人信息登记表\n姓{FW}{FW}名：").p(g.person(rng)).t(f"　性{FW}{FW}别：{rng.choice(sexes)}\n")
        d.t(f"出生日期：{rng.randint(1950, 2005)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日\n")
        d.t("户籍地址：").a(g.address(rng, rng.choice(["village", "estate"]))).t("\n")
        d.t(f"现{FW}住{FW}址：").a(g.address(rng)).t(f"\n联系电话：{g.phone(rng, False)}\n")
        d.t("紧急联系人：").p(g.person(rng)).t(
            f"　关系：{rng.choice(['母亲', '父亲', '配偶', '兄弟', '姐妹'])}"
        )
        d.t(f"　电话：{g.phone(rng, False)}\n")
    elif k == 1:
        div = g.region_only(rng)
        d.t(f"企业设立登记申请书\n企业名称：{g.company(rng, div[1])}\n法定代表人：").p(g.person(rng)).t("\n")
        d.t(f"注册资本：{rng.randint(10, 999)}万元\n单位地址：").a(
            g.address(rng, rng.choice(["tower", "industrial"]))
        )
        d.t("\n经办人：").p(g.person(rng)).t(f"　联系电话：{g.phone(rng, False)}\n")
    elif k == 2:
        d.t("新生入学登记表\n学生姓名：").p(g.person(rng)).t(f"　性别：{rng.choice(sexes)}　年级：一年级\n")
        d.t("监护人一：").p(g.person(rng)).t(f"　电话：{g.phone(rng)}\n")
        d.t("监护人二：").p(g.person(rng)).t(f"　电话：{g.phone(rng)}\n")
        d.t("家庭住址：").a(g.address(rng)).t("\n")
    elif k == 3:  # label and value on separate lines
        d.t("申请人\n").p(g.person(rng)).t(f"\n身份证号码\n{rng.randint(10**16, 10**17 - 1)}X\n")
        d.t("通讯地址\n").a(g.address(rng)).t(f"\n邮政编码\n{g.postcode(rng)}\n")
        if rng.random() < 0.5:
            d.t("代理人\n").p(g.person(rng)).t("\n")
    elif k == 4:  # form laid out as a text table
        d.t("| 姓名 | ").p(g.person(rng)).t(f" | 性别 | {rng.choice(sexes)} |\n")
        d.t(f"| 民族 | 汉 | 学历 | {rng.choice(['本科', '大专', '硕士'])} |\n")
        d.t("| 现住址 | ").a(g.address(rng)).t(" |\n")
        d.t("| 户籍地址 | ").a(g.address(rng, "village")).t(" |\n")
    elif k == 5:
        d.t("房屋租赁登记表\n出租人：").p(g.person(rng)).t(f"　联系电话：{g.phone(rng, False)}\n")
        d.t("承租人：").p(g.person(rng)).t(f"　联系电话：{g.phone(rng, False)}\n")
        d.t("房屋坐落：").a(g.address(rng, rng.choice(["estate", "lane", "community"]))).t("\n")
        d.t(f"租赁期限：{rng.randint(1, 3)}年　月租金：{rng.randint(8, 60)}00元\n")
    elif k == 6:
        d.t("门诊病历首页\n患者姓名：").p(g.person(rng)).t(f"　年龄：{rng.randint(1, 90)}岁\n")
        d.t("住址：").a(g.address(rng)).t("\n")
        d.t("家属姓名：").p(g.person(rng)).t(f"　家属电话：{g.phone(rng)}\n")
    else:
        d.t(f"会员注册\n真实姓名{sep(rng)}").p(g.person(rng)).t("\n")
        d.t(f"昵{FW}{FW}称：{rng.choice(g.NICKNAMES)}\n")
        d.t(f"通讯地址{sep(rng)}").a(g.address(rng)).t("\n")
        d.t(f"工作单位：{g.company(rng)}\n单位地址：").a(g.address(rng, "tower")).t("\n")
    return d


# ================================================================================================================
# table_text


def table_text(rng: random.Random, i: int) -> Doc:
    d = Doc()
    k = i % 7
    n = rng.randint(3, 7)
    if k == 0:  # CSV
        d.t("序号,姓名,手机,地址,备注\n")
        for r in range(n):
            d.t(f"{r + 1},").p(g.person(rng)).t(f",{g.phone(rng)},").a(g.address(rng)).t(
                f",{rng.choice(g.NOTES)}\n"
            )
    elif k == 1:  # TSV, 客户名称 holds people, 城市 holds cities
        d.t("客户名称\t联系电话\t详细地址\t城市\n")
        for _ in range(n):
            div = g.region_only(rng)
            d.p(g.person(rng)).t(f"\t{g.phone(rng)}\t").a(g.address(rng, level="none")).t(f"\t{div[1]}\n")
    elif k == 2:  # markdown pipe table with a nickname column
        d.t("| 收货人 | 电话 | 收货地址 | 昵称 |\n|---|---|---|---|\n")
        for _ in range(n):
            d.t("| ").p(g.person(rng)).t(f" | {g.phone(rng)} | ").a(g.address(rng)).t(
                f" | {rng.choice(g.NICKNAMES)} |\n"
            )
    elif k == 3:  # fixed width, padded with full-width spaces
        d.t("姓名　　　　电话　　　　　　家庭住址\n")
        for _ in range(n):
            p = g.person(rng)
            d.p(p).t(FW * (6 - len(p)) if len(p) < 6 else FW).t(f"{g.phone(rng, False)}　　").a(
                g.address(rng)
            ).t("\n")
    elif k == 4:  # English headers, with username and company columns
        d.t("id,name,phone,address,username,company\n")
        for r in range(n):
            d.t(f"{1000 + r},").p(g.person(rng)).t(f",{g.phone(rng)},").a(g.address(rng))
            d.t(f",{rng.choice(g.USERNAMES)},{g.company(rng)}\n")
    elif k == 5:  # 联系人 + 公司名称 + 省份 + 城市 + 家庭住址
        d.t("联系人,公司名称,省份,城市,家庭住址\n")
        for _ in range(n):
            prov, city, _dist = g.region_only(rng)
            d.p(g.person(rng)).t(f",{g.company(rng, city)},{prov},{city},").a(g.address(rng)).t("\n")
    else:  # pipe-separated export with 用户名 and 备注
        d.t("用户名|姓名|收货人|地址|备注\n")
        for _ in range(n):
            d.t(f"{rng.choice(g.USERNAMES)}|").p(g.person(rng)).t("|").p(g.person(rng)).t("|").a(
                g.address(rng)
            )
            d.t(f"|{rng.choice(g.NOTES)}\n")
    return d


# ================================================================================================================
# keyed


def _json_str(d: Doc, key: str, value: str, label: str | None, last: bool = False, indent: str = "") -> None:
    d.t(f'{indent}"{key}": "')
    if label == "P":
        d.p(value)
    elif label == "A":
        d.a(value)
    else:
        d.t(value)
    d.t('"' + ("" if last else ","))


def keyed(rng: random.Random, i: int) -> Doc:
    d = Doc()
    k = i % 9
    if k == 0:  # pretty JSON
        d.t(f'{{\n  "orderId": "{rng.randint(10**11, 10**12)}",\n  "receiver": {{\n')
        _json_str(d, "realName", g.person(rng), "P", indent="    ")
        d.t("\n")
        _json_str(d, "nickName", rng.choice(g.NICKNAMES), None, indent="    ")
        d.t(f'\n    "mobile": "{g.phone(rng)}",\n')
        _json_str(d, "address", g.address(rng), "A", indent="    ")
        d.t("\n")
        _json_str(d, "city", g.region_only(rng)[1], None, last=True, indent="    ")
        d.t("\n  }\n}\n")
    elif k == 1:  # one-line JSON array
        d.t("[")
        for r in range(rng.randint(2, 4)):
            if r:
                d.t(",")
            d.t(f'{{"id":{r + 1},"name":"').p(g.person(rng)).t(f'","tel":"{g.phone(rng)}","addr":"').a(
                g.address(rng)
            )
            d.t(f'","company":"{g.company(rng)}"}}')
        d.t("]\n")
    elif k == 2:  # XML
        d.t('<?xml version="1.0" encoding="UTF-8"?>\n<customers>\n')
        for _ in range(rng.randint(2, 3)):
            d.t("  <customer>\n    <name>").p(g.person(rng)).t("</name>\n")
            d.t(f"    <mobile>{g.phone(rng)}</mobile>\n    <addr>").a(g.address(rng)).t("</addr>\n")
            d.t(f"    <company>{g.company(rng)}</company>\n  </customer>\n")
        d.t("</customers>\n")
    elif k == 3:  # YAML
        d.t(f"order: {rng.randint(10**8, 10**9)}\ncontact:\n  name: ").p(g.person(rng)).t("\n  address: ")
        d.a(g.address(rng)).t(f'\n  city: {g.region_only(rng)[1]}\n  phone: "{g.phone(rng)}"\n')
        d.t("emergency:\n  name: ").p(g.person(rng)).t(
            f"\n  relation: {rng.choice(['父亲', '母亲', '配偶'])}\n"
        )
    elif k == 4:  # query string
        d.t(f"GET /api/order/create?sku={rng.randint(1000, 9999)}&receiver_name=").p(g.person(rng))
        d.t(f"&receiver_phone={g.phone(rng, False)}&receiver_addr=").a(g.address(rng))
        d.t(f"&city={g.region_only(rng)[1]}&nick={rng.choice(g.NICKNAMES)} HTTP/1.1\n")
    elif k == 5:  # log lines
        for _ in range(rng.randint(2, 4)):
            d.t(
                f"2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)} {rng.randint(10, 23)}:{rng.randint(10, 59)}:"
                f"{rng.randint(10, 59)},{rng.randint(100, 999)} INFO [order-svc] create ok orderNo={rng.randint(10**9, 10**10)} consignee="
            )
            d.p(g.person(rng)).t(" addr=").a(g.address(rng)).t(f" mobile={g.phone(rng, True)}\n")
    elif k == 6:  # SQL INSERT with column list
        d.t("INSERT INTO `t_user` (`id`, `real_name`, `mobile`, `home_address`, `nick_name`) VALUES\n")
        n = rng.randint(2, 4)
        for r in range(n):
            d.t(f"({r + 1}, '").p(g.person(rng)).t(f"', '{g.phone(rng, False)}', '").a(g.address(rng))
            d.t(f"', '{rng.choice(g.NICKNAMES)}')" + (";\n" if r == n - 1 else ",\n"))
    elif k == 7:  # Chinese keys in JSON
        d.t("{")
        _json_str(d, "姓名", g.person(rng), "P")
        _json_str(d, "性别", rng.choice(["男", "女"]), None)
        _json_str(d, "家庭住址", g.address(rng), "A")
        _json_str(d, "联系人", g.person(rng), "P")
        _json_str(d, "所在城市", g.region_only(rng)[1], None, last=True)
        d.t("}\n")
    else:  # key=value;… config/record line and snake_case JSON
        d.t("收件人姓名=").p(g.person(rng)).t(";收件地址=").a(g.address(rng)).t(f";电话={g.phone(rng)};\n")
        d.t('{"sender_name": "').p(g.person(rng)).t('", "sender_address": "').a(g.address(rng))
        d.t(f'", "shop_name": "{rng.choice(["老街坊麻辣烫", "好运来水果店", "阳光数码"])}"}}\n')
    return d


# ================================================================================================================
# traditional


def traditional(rng: random.Random, i: int) -> Doc:
    d = Doc()
    k = i % 8
    tph = f"09{rng.randint(10, 99)}-{rng.randint(100, 999)}-{rng.randint(100, 999)}"
    if k == 0:  # Taiwan waybill, postcode before address
        pc, addr = g.tw_address(rng)
        d.t(f"黑貓宅急便　託運單號：{rng.randint(10**11, 10**12)}\n收件人：").p(g.trad_person(rng)).t(
            f"\n電話：{tph}\n"
        )
        d.t(f"地址：{pc}").a(addr).t("\n寄件人：").p(g.trad_person(rng)).t("\n")
    elif k == 1:  # Hong Kong, name followed by 先生/小姐
        d.t("收件人：").p(g.trad_person(rng)).t(rng.choice([" 先生", " 小姐", "先生", "小姐"]))
        d.t(f"\n聯絡電話：{rng.randint(5000, 9999)} {rng.randint(1000, 9999)}\n地址：").a(
            g.hk_address(rng)
        ).t("\n")
    elif k == 2:  # Macau
        d.t("聯絡人：").p(g.trad_person(rng)).t(f"\n電話：6{rng.randint(1000000, 9999999)}\n住址：").a(
            g.mo_address(rng)
        )
        d.t("\n")
    elif k == 3:  # traditional form with full-width alignment
        pc, addr = g.tw_address(rng)
        d.t(f"申請書\n姓{FW}{FW}名：").p(g.trad_person(rng)).t(
            f"\n出生日期：民國{rng.randint(50, 90)}年{rng.randint(1, 12)}月\n"
        )
        d.t(f"通訊地址：{pc} ").a(addr).t("\n緊急聯絡人：").p(g.trad_person(rng)).t(f"　電話：{tph}\n")
    elif k == 4:  # CSV in traditional script
        d.t("姓名,電話,地址,暱稱\n")
        for _ in range(rng.randint(3, 5)):
            _pc, addr = g.tw_address(rng)
            d.p(g.trad_person(rng)).t(f",09{rng.randint(10000000, 99999999)},").a(addr)
            d.t(f",{rng.choice(['小魚', '阿傑', '胖虎', '布丁'])}\n")
    elif k == 5:  # JSON in traditional script
        d.t('{"收件人": "').p(g.trad_person(rng)).t('", "地址": "').a(g.hk_address(rng))
        d.t(
            f'", "公司名稱": "{rng.choice(["永興貿易有限公司", "信和物流有限公司", "金城科技有限公司"])}"}}\n'
        )
    elif k == 6:  # mainland address written in traditional script
        d.t("收貨人：").p(g.trad_person(rng)).t(f"\n手機：{g.phone(rng)}\n收貨地址：").a(
            g.trad_mainland_address(rng)
        ).t("\n")
    else:  # Taiwan form, postcode attached to the address, 聯絡人 + 戶籍地址
        pc, addr = g.tw_address(rng)
        pc2, addr2 = g.tw_address(rng)
        d.t("聯絡人：").p(g.trad_person(rng)).t(f"\n戶籍地址：{pc}").a(addr).t(f"\n居住地址：{pc2}").a(
            addr2
        ).t("\n")
    return d


# ================================================================================================================
# hard_fields


def hard_fields(rng: random.Random, i: int) -> Doc:
    d = Doc()
    k = i % 11
    if k == 0:  # names that are also words
        d.t("收件人：").p(rng.choice(g.WORD_NAMES)).t(f"\n电话：{g.phone(rng)}\n地址：").a(g.address(rng)).t(
            "\n"
        )
        d.t("联系人：").p(rng.choice(g.WORD_NAMES)).t("\n")
    elif k == 1:  # single-character given names, compound surnames
        d.t(f"姓{FW}{FW}名：").p(g.COMMON_SURNAMES[rng.randrange(40)] + rng.choice(g.GIVEN)).t("\n")
        d.t("配偶姓名：").p(rng.choice(g.COMPOUND_SURNAMES) + rng.choice(g.GIVEN)).t("\n")
        d.t("子女姓名：").p(g.person(rng, "rare")).t("\n")
    elif k == 2:  # honorific or 收 directly after the name
        d.t("收件人：").p(g.person(rng)).t(rng.choice(["先生", "女士", "（先生）", "小姐"]))
        d.t(f" {g.phone(rng)}\n").a(g.address(rng)).t(" ").p(g.person(rng)).t("收\n")
    elif k == 3:  # two people in one field
        sepc = rng.choice(["/", "、", "，", " / ", "；"])
        d.t(rng.choice(["联系人：", "监护人：", "收件人："])).p(g.person(rng)).t(sepc).p(g.person(rng)).t(
            "\n"
        )
        d.t("地址：").a(g.address(rng)).t("\n")
    elif k == 4:  # 号楼 / 弄 / 村组 / 社区 / 工业区 / 大厦
        for shape in rng.sample(["lane", "village", "community", "industrial", "tower"], 3):
            d.t(rng.choice(["收货地址：", "现住址：", "地址："])).a(g.address(rng, shape)).t("\n")
        d.t("收货人：").p(g.person(rng)).t("\n")
    elif k == 5:  # address that continues after a line break (one span, newline inside)
        a = g.address(rng, rng.choice(["estate", "tower", "community"]), level="full")
        cut = a.index("号") + 1 if "号" in a else len(a) // 2
        d.t("收件人：").p(g.person(rng)).t("\n收件地址：").a(a[:cut] + "\n" + a[cut:]).t(
            f"\n电话：{g.phone(rng)}\n"
        )
    elif k == 6:  # no separator after the label; name and address glued to a phone number
        a = g.address(rng)
        while a[-1].isdigit():  # the address must end in a unit word, or the boundary is unknowable
            a = g.address(rng)
        d.t("收件人").p(g.person(rng)).t(g.phone(rng, False)).t("\n地址").a(a).t(g.phone(rng, False) + "\n")
    elif k == 7:  # minority names, rare surnames, 4-character compound names
        d.t("姓名：").p(g.person(rng, "minority")).t("\n")
        d.t("联系人：").p(rng.choice(g.COMPOUND_SURNAMES) + "".join(rng.sample(g.GIVEN, 2))).t("\n")
        d.t("收货人：").p(g.person(rng, "rare")).t("\n住址：").a(g.address(rng, "village")).t("\n")
    elif k == 8:  # two-character names padded with a space for alignment
        p = g.person(rng, "common")[:2]
        d.t(f"姓{FW}{FW}名：").p(p[0] + FW + p[1]).t("\n")
        d.t("紧急联系人：").p(g.person(rng)).t("\n家庭住址：").a(g.address(rng)).t("\n")
    elif k == 9:  # header line above, values on the line below
        d.t("收件人　　　　　手机\n").p(g.person(rng)).t(f"　　　　{g.phone(rng, False)}\n")
        d.t("收件地址\n").a(g.address(rng, "hyphen")).t("\n")
    else:  # spaced divisions, value in brackets after the label
        d.t("收货人【").p(g.person(rng)).t("】\n收货地址【").a(g.address(rng, spaced=True)).t("】\n")
    return d


# ================================================================================================================
# traps8 (no spans at all)


def traps8(rng: random.Random, i: int) -> Doc:
    d = Doc()
    k = i % 10
    prov, city, dist = g.region_only(rng)
    if k == 0:
        d.t(f"公司名称：{g.company(rng, city)}\n统一社会信用代码：91{rng.randint(10**15, 10**16)}\n")
        d.t(
            f"经营范围：{rng.choice(['软件开发；技术服务', '日用百货销售', '道路货物运输'])}\n成立日期：2019-0{rng.randint(1, 9)}-15\n"
        )
    elif k == 1:
        d.t(f"省份：{prov}\n城市：{city}\n区县：{dist}\n")
        d.t(f"配送范围：{city}全境\n")
    elif k == 2:
        d.t(
            f"{city}{dist}今年将新建{rng.randint(3, 30)}条道路，{g.street(rng)}与{g.street(rng)}交叉口"
            f"预计{rng.randint(6, 12)}月完工。{prov}交通运输厅表示，工程期间请市民绕行。\n"
        )
    elif k == 3:
        d.t(f"收件人：{g.masked_person(rng)}\n电话：{g.phone(rng, True)}\n地址：{g.masked_address(rng)}\n")
        d.t(f"寄件人：{g.masked_person(rng)}\n")
    elif k == 4:
        d.t("请填写收件人姓名、手机号码和详细地址，地址请精确到门牌号。\n")
        d.t("姓名：＿＿＿＿＿＿\n地址：＿＿＿＿＿＿＿＿＿＿\n联系电话：＿＿＿＿＿＿\n")
    elif k == 5:
        d.t("姓名：\n性别：\n身份证号：\n现住址：\n紧急联系人：\n（以上内容由申请人本人填写）\n")
    elif k == 6:
        d.t(
            f"店铺名称：{rng.choice(['老街坊麻辣烫', '好运来水果店', '阳光数码', '小森林花艺', '一品鲜面馆'])}\n"
        )
        d.t(f"商品名称：{rng.choice(['云南白药牙膏', '西湖龙井 250g', '金华火腿切片', '东北大米 5kg'])}\n")
        d.t(f"发货地：{city}\n")
    elif k == 7:
        d.t("昵称,用户名,城市,省份,备注\n")
        for _ in range(rng.randint(3, 5)):
            pv, ct, _ = g.region_only(rng)
            d.t(f"{rng.choice(g.NICKNAMES)},{rng.choice(g.USERNAMES)},{ct},{pv},{rng.choice(g.NOTES)}\n")
    elif k == 8:
        d.t(
            f"部门：{rng.choice(['人事部', '财务部', '市场部'])}\n职位：{rng.choice(['经理', '专员', '主管'])}\n"
        )
        d.t(f"客户姓名：{g.masked_person(rng)}\n客户地址：{g.masked_address(rng)}\n工作城市：{city}\n")
    else:
        d.t(
            f'{{"companyName": "{g.company(rng, city)}", "city": "{city}", "province": "{prov}", '
            f'"nickName": "{rng.choice(g.NICKNAMES)}", "userName": "{rng.choice(g.USERNAMES)}", '
            f'"realName": "{g.masked_person(rng)}", "address": "{g.masked_address(rng)}"}}\n'
        )
    return d


GENRES: dict[str, Callable[[random.Random, int], Doc]] = {
    "waybill": waybill,
    "form": form,
    "table_text": table_text,
    "keyed": keyed,
    "traditional": traditional,
    "hard_fields": hard_fields,
    "traps8": traps8,
}


def build() -> list[dict]:
    docs = []
    for gi, (genre, fn) in enumerate(GENRES.items()):
        rng = random.Random(SEED * 100 + gi)
        for i in range(COUNTS[genre]):
            text, spans = fn(rng, i).build()
            if genre == "traps8" and spans:
                raise g.SpanError("traps8 must have no spans")
            docs.append({"id": f"p8-{genre}-{i:03d}", "genre": genre, "text": text, "spans": spans})
    return docs


def render(docs: list[dict]) -> bytes:
    return "".join(json.dumps(doc, ensure_ascii=False) + "\n" for doc in docs).encode("utf-8")


def main(argv: list[str]) -> int:
    data = render(build())
    if "--check" in argv:
        same = OUT.exists() and OUT.read_bytes() == data
        print("probe8.jsonl: identical" if same else "probe8.jsonl: DIFFERS")
        return 0 if same else 1
    OUT.write_bytes(data)
    print(f"wrote {OUT} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
