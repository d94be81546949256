# ruff: noqa: N802, N812, B905 — a blind probe builder kept as its author wrote it
"""Build probe12.jsonl: blind PERSON / ADDRESS probe (contracts, police reports, school, medical, HR,
group chats, traps). All people and addresses are fake (p12_fake, fixed seed).

    python tests/probe12/build_probe12.py          # write probe12.jsonl
    python tests/probe12/build_probe12.py --check  # rebuild in memory, fail unless byte-identical
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import p12_fake as F  # noqa: E402

OUT = HERE / "probe12.jsonl"
SEED = 20261212
PER_GENRE = 32


def P(s):
    return (s, "PERSON")


def A(s):
    return (s, "ADDRESS")


def sex(rng):
    return rng.choice(["男", "女"])


def age(rng):
    return rng.randint(19, 78)


# ---------------------------------------------------------------- contracts
def contracts(rng):
    t = rng.randrange(4)
    a, b, g = F.person(rng), F.person(rng), F.person(rng)
    if t == 0:
        return ["房屋租赁合同\n\n出租方（甲方）：", P(a), "\n身份证号：", F.id_number(rng), "\n住址：", A(F.address(rng)),
                "\n承租方（乙方）：", P(b), "\n身份证号：", F.id_number(rng), "\n联系电话：", F.phone(rng),
                "\n\n第一条 甲方将位于", A(F.address(rng, "full")), "的房屋出租给乙方居住使用，建筑面积",
                str(rng.randint(40, 140)), "平方米。\n第二条 租期一年，月租金人民币", str(rng.randint(18, 80) * 100),
                "元，押一付三。\n\n甲方（签字）：", P(a), "    乙方（签字）：", P(b), "\n签订日期：", F.date(rng), "\n"]
    if t == 1:
        amt = rng.randint(2, 300) * 1000
        return ["借条\n\n今借到", P(a), "（身份证号：", F.id_number(rng), "）人民币", str(amt),
                "元整，用于家庭周转，约定于", F.date(rng), "前一次性归还。\n借款人：", P(b),
                "\n身份证号：", F.id_number(rng), "\n住址：", A(F.address(rng)), "\n担保人：", P(g),
                "，住", A(F.address(rng)), "\n出借人：", P(a), "\n", F.date(rng), "\n"]
    if t == 2:
        co = F._word(rng) + rng.choice(["科技", "物流", "餐饮", "建材"]) + "有限公司"
        return ["劳动合同书\n\n甲方（用人单位）：", rng.choice(["杭州", "苏州", "成都", "武汉"]), co,
                "\n法定代表人：", P(a), "\n乙方（劳动者）：", P(b), "    性别：", sex(rng),
                "\n居民身份证号码：", F.id_number(rng), "\n户籍地址：", A(F.address(rng, rng.choice(["full", "rural"]))),
                "\n现居住地址：", A(F.address(rng)), "\n\n一、合同期限：自", F.date(rng), "起至", F.date(rng),
                "止。\n二、乙方同意在甲方仓储岗位工作，试用期两个月。\n\n甲方（盖章）    乙方（签名）：", P(b), "\n"]
    seller = F.person(rng)
    return ["二手车买卖协议\n\n卖方：", P(seller), "，", sex(rng), "，", str(age(rng)), "岁，住",
            A(F.address(rng)), "，电话", F.phone(rng), "。\n买方：", P(b), "，", sex(rng), "，住",
            A(F.address(rng)), "。\n见证人：", P(g), "\n\n经双方协商，卖方将其名下车辆以", str(rng.randint(3, 20)),
            "万元转让给买方，过户手续由王先生协助办理。\n\n卖方签字：", P(seller), "\n买方签字：", P(b), "\n"]


# ---------------------------------------------------------------- police_report
def police_report(rng):
    t = rng.randrange(3)
    a, b, c = F.person(rng), F.person(rng), F.person(rng)
    cop = F.person(rng)
    if t == 0:
        return ["询问笔录\n\n时间：", F.date(rng), "14时20分至15时05分\n地点：", rng.choice(["城东", "西湖", "南湖"]),
                "派出所询问室\n询问人：", P(cop), "、", P(F.person(rng)), "\n被询问人：", P(a), "    性别：", sex(rng),
                "    年龄：", str(age(rng)), "\n户籍地址：", A(F.address(rng, rng.choice(["full", "rural"]))),
                "\n现住址：", A(F.address(rng)), "\n联系方式：", F.phone(rng),
                "\n\n问：你今天来派出所反映什么情况？\n答：我的快递信息被人泄露了，有人冒充客服给我打电话。\n"
                "问：对方怎么称呼你？\n答：对方直接叫出我的名字", P(a), "，还说出了我家住在", A(F.address(rng, "nocity")),
                "。\n问：还有谁知道这些信息？\n答：我爱人", P(b), "也接到过类似电话。\n问：以上笔录你看过吗？\n答：看过，和我说的一样。\n\n"
                "被询问人签名：", P(a), "\n"]
    if t == 1:
        return ["报案材料\n\n报案人：", P(a), "，", sex(rng), "，", str(age(rng)), "岁，身份证号", F.id_number(rng),
                "，户籍地", rng.choice(["浙江省温州市", "河南省周口市", "四川省南充市"]), "，现住",
                A(F.address(rng)), "，电话", F.phone(rng), "。\n\n被报案人：微信昵称“", rng.choice(["晴天", "阿杰", "小胖"]),
                "”，自称姓", F.surname(rng), "，真实身份不详。\n\n事实与经过：", F.date(rng),
                "，报案人在网上购物后接到陌生来电，对方准确说出报案人姓名及收货地址", A(F.address(rng, "nocity")),
                "，随后诱导报案人转账。\n\n联系人：", P(b), "（报案人之子），电话", F.phone(rng), "\n报案人：", P(a),
                "\n", F.date(rng), "\n"]
    return ["接处警登记表\n\n报警人：", P(a), "\n报警电话：", F.phone(rng), "\n报警地点：", A(F.address(rng)),
            "\n简要案情：报警人称其邻居", P(b), "家中门锁被撬，已通知业主。\n出警民警：", P(cop), "、", P(c),
            "\n处理结果：已联系", P(b), "，其称家中现金被盗。现场位于", rng.choice(["朝阳区", "西湖区", "天河区"]),
            "辖区，已移交刑侦中队。\n"]


# ---------------------------------------------------------------- school
def school(rng):
    t = rng.randrange(3)
    if t == 0:
        rows = ["序号\t学生姓名\t家长姓名\t联系电话\t家庭住址\n"]
        for i in range(rng.randint(3, 5)):
            rows += [f"{i + 1}\t", P(F.person(rng)), "\t", P(F.person(rng)), "\t", F.phone(rng), "\t",
                     A(F.address(rng)), "\n"]
        return [rng.choice(["三年级（2）班", "七年级5班", "高一（8）班"]), "学生信息登记表\n班主任：", P(F.person(rng)),
                "老师\n"] + rows
    if t == 1:
        s = F.person(rng)
        return ["录取通知书\n\n", P(s), "同学：\n\n经审核，你已被我校", rng.choice(["计算机科学与技术", "临床医学", "汉语言文学"]),
                "专业录取，请于", F.date(rng), "持本通知书到校报到。\n\n通知书寄送地址：", A(F.address(rng)),
                "（邮编", F.postcode(rng), "）\n收件人：", P(F.person(rng)), "（家长）\n招生办公室联系人：",
                P(F.person(rng)), "老师\n"]
    lines = ["家长通讯录（", rng.choice(["一年级1班", "四年级3班", "大班"]), "）\n"]
    for _ in range(rng.randint(3, 4)):
        lines += ["学生：", P(F.person(rng)), "；家长：", P(F.person(rng)), "（", rng.choice(["父亲", "母亲", "爷爷", "外婆"]),
                  "）；住址：", A(F.address(rng)), "\n"]
    lines += ["注：请各位家长核对，", F.surname(rng), "老师统一收集，有误请联系班长家长", F.surname(rng), "女士。\n"]
    return lines


# ---------------------------------------------------------------- medical
def medical(rng):
    t = rng.randrange(3)
    pt, fam, doc = F.person(rng), F.person(rng), F.person(rng)
    hosp = rng.choice(["市第一人民医院", "县中医院", "区妇幼保健院"])
    if t == 0:
        return [hosp, "门诊病历\n\n患者姓名：", P(pt), "    性别：", sex(rng), "    年龄：", str(age(rng)),
                "岁\n住址：", A(F.address(rng)), "\n家属：", P(fam), "（配偶） 电话：", F.phone(rng),
                "\n\n主诉：反复咳嗽一周。\n诊断：急性支气管炎。\n处理：阿莫西林胶囊 0.5g tid。\n\n主治医师：", P(doc), "\n"]
    if t == 1:
        return ["处方笺\n", hosp, "\n姓名：", P(pt), "  性别：", sex(rng), "  年龄：", str(age(rng)), "岁\n地址：",
                A(F.address(rng)), "\nRp.\n  布洛芬缓释胶囊 0.3g×20粒  用法：每次1粒，每日2次\n医师：", P(doc),
                "    审核药师：", P(F.person(rng)), "\n"]
    return ["出院小结\n\n患者", P(pt), "，", sex(rng), "，", str(age(rng)), "岁，因“腹痛两天”于", F.date(rng),
            "入院。患者家住", A(F.address(rng)), "，由其女儿", P(fam), "陪同就诊。\n入院诊断：急性阑尾炎。\n"
            "出院医嘱：注意休息，两周后复查。\n\n主任医师：", P(doc), "    住院医师：", P(F.person(rng)),
            "\n护士长：", F.surname(rng), "护士长\n"]


# ---------------------------------------------------------------- hr
def hr(rng):
    t = rng.randrange(3)
    a, b, c = F.person(rng), F.person(rng), F.person(rng)
    if t == 0:
        return ["应聘登记表\n\n应聘人：", P(a), "\n应聘岗位：", rng.choice(["会计", "仓库管理员", "前端工程师", "销售代表"]),
                "\n籍贯：", rng.choice(["湖南省邵阳市", "安徽省阜阳市", "江西省赣州市"]), "\n现居住地址：",
                A(F.address(rng)), "\n手机：", F.phone(rng), "\n紧急联系人：", P(b), "（", rng.choice(["母亲", "丈夫", "姐姐"]),
                "）\n紧急联系人电话：", F.phone(rng), "\n推荐人：", P(c), "\n"]
    if t == 1:
        return ["推荐信\n\n尊敬的招聘负责人：\n\n兹推荐", P(a), "同志应聘贵公司岗位。", P(a), "于", F.date(rng),
                "入职我司，工作期间表现优秀，与同事", P(b), "合作完成多个项目。\n\n推荐人：", P(c),
                "（原部门经理）\n联系电话：", F.phone(rng), "\n", F.date(rng), "\n"]
    return ["新员工入职信息表\n\n姓名：", P(a), "\n部门：", rng.choice(["财务部", "市场部", "研发中心"]),
            "\n直属上级：", P(b), "\n户口所在地：", A(F.address(rng, rng.choice(["rural", "full"]))),
            "\n现居住地址：", A(F.address(rng)), "\n紧急联系人：", P(c), "    电话：", F.phone(rng),
            "\n备注：工牌由行政部", F.surname(rng), "经理统一发放。\n"]


# ---------------------------------------------------------------- chat_group
NICK = ["小胖", "阿杰", "老王", "大刘", "小美", "胖虎", "老张", "阿强", "小七"]


def chat_group(rng):
    names = [F.person(rng) for _ in range(3)]
    nick = rng.sample(NICK, 2)
    ts = f"{rng.randint(2022, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    out = [rng.choice(["【小区团购群】", "【公司同事群】", "【高中同学群】", "【羽毛球群】"]), "\n"]
    h = rng.randint(8, 21)
    m = 0

    def hdr(who):
        nonlocal m
        m += rng.randint(1, 9)
        return [f"{ts} {h:02d}:{m:02d} ", who, "：\n"]

    out += hdr(P(names[0])) + ["@", P(names[1]), " 团购的东西到了，麻烦发下地址\n"]
    out += hdr(P(names[1])) + ["寄到", A(F.address(rng)), "，收件人", P(names[1]), "，电话", F.phone(rng), "\n"]
    out += hdr(nick[0]) + ["@", nick[1], " 你的也一起寄吗？\n"]
    out += hdr(nick[1]) + ["我的放门卫就行，谢谢老王\n"]
    if rng.random() < 0.6:
        out += hdr(P(names[2])) + ["@", P(names[0]), " 我搬家了，新地址是", A(F.address(rng, "nocity")), "\n"]
    else:
        out += hdr(P(names[2])) + ["@", P(names[0]), " 收到，", rng.choice(["明天", "周末"]), "去", A(F.address(rng, "road_only")),
                                   "那边拿\n"]
    out += hdr(nick[0]) + ["好的，", F.surname(rng), "哥辛苦了\n"]
    return out


# ---------------------------------------------------------------- traps12 (no spans)
def traps12(rng):
    prov, city, dist = F.region(rng)
    sur = F.surname(rng)
    t = rng.randrange(8)
    if t == 0:
        return [f"本次活动由{city}{F._word(rng)}科技有限公司主办，{prov or city}{F._word(rng)}实验学校协办，"
                f"地点在{city}{dist}，具体场馆另行通知。\n"]
    if t == 1:
        return [f"经查，被告人{sur}某于{F.date(rng)}在{city}{dist}某小区内盗窃电动车一辆，被害人李某某报警。"
                f"同案人{F.surname(rng)}**另案处理。\n"]
    if t == 2:
        return [f"收件人：{sur}**\n电话：1{rng.randint(30, 99)}****{rng.randint(1000, 9999)}\n"
                f"地址：{prov}{city}{dist}****路**号*栋***室\n"]
    if t == 3:
        return [f"今天去{F._word(rng)}商场买了李宁的运动鞋和周大福的项链，又在老干妈专柜拿了两瓶辣酱，"
                f"回家路上喝了一罐王老吉。\n"]
    if t == 4:
        return [f"请各位同事注意：{sur}经理明天出差，报销找{F.surname(rng)}主任签字；"
                f"{F.surname(rng)}老师下午在会议室培训。联系人：人事部。\n"]
    if t == 5:
        return [f"{city}{F._word(rng)}医院、{city}第三人民医院和{dist}人民法院今日联合开展普法宣传，"
                f"{prov or city}卫生健康委员会到场指导。\n"]
    if t == 6:
        return [f"客户{sur}先生反映：订单地址填成了{city}{dist}，没有写门牌，快递无法派送。"
                f"请客服小{F.surname(rng)}回电。\n"]
    return [f"天气预报：{prov or city}{city if prov else ''}今天多云转小雨，{dist}、"
            f"{rng.choice(['西湖区', '南山区', '浦东新区'])}等地有短时强降水。\n"]


GENRES = [("contracts", contracts), ("police_report", police_report), ("school", school), ("medical", medical),
          ("hr", hr), ("chat_group", chat_group), ("traps12", traps12)]


def assemble(pieces):
    text, spans = "", []
    for p in pieces:
        if isinstance(p, tuple):
            s, lab = p
            spans.append([len(text), len(text) + len(s), lab])
            text += s
        else:
            text += p
    return text, spans


def _edge_bad(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch).startswith(("P", "S", "Z"))


def validate(doc):
    text, spans = doc["text"], doc["spans"]
    prev_end = -1
    for s, e, lab in sorted(spans):
        if lab not in ("PERSON", "ADDRESS"):
            raise ValueError(f"{doc['id']}: bad label {lab}")
        if not 0 <= s < e <= len(text):
            raise ValueError(f"{doc['id']}: bad offsets {s},{e}")
        if s < prev_end:
            raise ValueError(f"{doc['id']}: overlapping spans at {s}")
        if _edge_bad(text[s]) or _edge_bad(text[e - 1]):
            raise ValueError(f"{doc['id']}: span {text[s:e]!r} has edge whitespace/punctuation")
        prev_end = e
    if doc["genre"] == "traps12" and spans:
        raise ValueError(f"{doc['id']}: trap has spans")


def build():
    rng = random.Random(SEED)
    docs = []
    for genre, fn in GENRES:
        for i in range(PER_GENRE):
            text, spans = assemble(fn(rng))
            doc = {"id": f"p12-{genre}-{i + 1:03d}", "genre": genre, "text": text, "spans": spans}
            validate(doc)
            docs.append(doc)
    return docs


def render(docs) -> bytes:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs).encode("utf-8")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--check", action="store_true", help="fail unless probe12.jsonl rebuilds byte-identically")
    args = ap.parse_args(argv)
    data = render(build())
    if args.check:
        if not OUT.exists() or OUT.read_bytes() != data:
            print("probe12.jsonl differs from a fresh build", file=sys.stderr)
            return 1
        print("probe12.jsonl: identical")
        return 0
    OUT.write_bytes(data)
    print(f"wrote {OUT} ({len(data.splitlines())} docs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
