"""Document contents filled from a case: 报案材料, 删除个人信息请求函, 投诉文本, 民事起诉状草稿, 时间线.

Article numbers cited here are checked against the law texts by the tests (tests/cases/test_documents.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from leakaid.cases import service
from leakaid.cases.analyze import tag_labels
from leakaid.cases.importers.base import beijing
from leakaid.cases.plan import load_rules
from leakaid.documents.output import Doc, table
from leakaid.errors import ConfigError
from leakaid.store import Store

BLANK = "＿＿＿＿＿＿"
KIND_LABELS = {"sms": "短信", "call": "电话", "email": "邮件"}
DIRECTION_LABELS = {"in": "收到", "out": "发出", "missed": "未接/拒接", "other": "其他"}
CHANNELS = {
    "12321": ("12321网络不良与垃圾信息举报受理中心", "www.12321.cn"),
    "12377": ("中央网信办（国家互联网信息办公室）违法和不良信息举报中心", "www.12377.cn"),
    "12315": ("全国12315平台（市场监督管理部门）", "请以官方公布的渠道为准"),
}


@dataclass
class CaseData:
    id: int
    title: str
    created_at: datetime
    answers: dict[str, Any]
    labels: dict[str, Any]
    senders: list[dict[str, Any]]
    timeline: list[dict[str, Any]]
    evidence: list[dict[str, Any]]
    stats: dict[str, Any]
    head: str

    @property
    def organization(self) -> str:
        return self.answers.get("organization") or ""

    def happened(self, key: str) -> bool:
        return key in self.answers.get("happening", [])


def load(store: Store, case_id: int, timeline_limit: int = 500) -> CaseData:
    with store.session() as s:
        case = service.get_case(s, case_id)
        title, created, answers, head = case.title, case.created_at, service.answers_of(case), case.ledger_head
    labels = {}
    for q in load_rules().questions:
        v = answers.get(q.key)
        labels[q.key] = [q.option_label(x) for x in v] if isinstance(v, list) else (q.option_label(v) if v else "")
    return CaseData(
        case_id, title, created, answers, labels, service.senders(store, case_id, 20),
        service.timeline(store, case_id, timeline_limit), service.list_evidence(store, case_id),
        service.message_stats(store, case_id), head,
    )


def _iso_to_bj(value: str) -> str:
    return beijing(datetime.fromisoformat(value)) if value else ""


def _facts(c: CaseData) -> list[str]:
    paras = []
    leaked = "、".join(c.labels["leaked"]) or "个人信息"
    source = c.labels["source"]
    org = f"（{c.organization}）" if c.organization else ""
    if source and c.answers.get("source") != "unknown":
        paras.append(f"本人的{leaked}疑似经由{source}{org}泄露。")
    else:
        paras.append(f"本人的{leaked}已被泄露，泄露来源目前不明{org}。")
    happening = "、".join(c.labels["happening"])
    if happening:
        paras.append(f"信息泄露后，本人遭遇了以下情况：{happening}。")
    total = c.stats["messages"]
    if total and c.senders:
        first = min(s["first"] for s in c.senders if s["first"]) if any(s["first"] for s in c.senders) else ""
        last = max(s["last"] for s in c.senders if s["last"]) if any(s["last"] for s in c.senders) else ""
        paras.append(
            f"自{_iso_to_bj(first)}至{_iso_to_bj(last)}（北京时间），本人共收到或记录到来自 "
            f"{len(c.senders)}{' 个以上' if len(c.senders) >= 20 else ' 个'}号码 / "
            f"地址的 {total} 条短信、电话或邮件，其中标记为可疑内容的情况见下表和时间线。"
        )
        tags = c.stats["tags"]
        if tags:
            names = tag_labels()
            paras.append("按内容归类：" + "，".join(f"{names.get(k, k)} {v} 条" for k, v in tags.items()) + "。")
    return paras


def _senders_table(doc: Doc, c: CaseData) -> None:
    if not c.senders:
        return
    names = tag_labels()
    rows = [[i, s["sender"], s["count"], _iso_to_bj(s["first"]), _iso_to_bj(s["last"]),
             "、".join(names.get(t, t) for t in s["tags"]) or "—"] for i, s in enumerate(c.senders, 1)]
    table(doc, ["序号", "号码 / 地址", "次数", "首次", "最近", "内容类型"], rows, [0.5, 1.8, 0.6, 1.4, 1.4, 1.3])


def _timeline_table(doc: Doc, c: CaseData, only_tagged: bool, limit: int) -> None:
    names = tag_labels()
    rows = []
    for m in c.timeline:
        if only_tagged and not m["tags"]:
            continue
        text = (m["subject"] + " " + m["body"]).strip() if m["kind"] == "email" else m["body"]
        if m["kind"] == "call":
            text = f"{DIRECTION_LABELS[m['direction']]}电话，时长 {m['duration']} 秒"
        rows.append([_iso_to_bj(m["sent_at"]), KIND_LABELS[m["kind"]], m["sender"], text[:120],
                     "、".join(names.get(t, t) for t in m["tags"]) or "—"])
        if len(rows) >= limit:
            break
    if rows:
        table(doc, ["时间（北京时间）", "方式", "号码 / 地址", "内容", "类型"], rows, [1.3, 0.6, 1.4, 3.2, 0.8])


def _evidence_table(doc: Doc, c: CaseData) -> None:
    rows = []
    for i, e in enumerate(c.evidence, 1):
        name = e["filename"] or f"文字备注：{e['note'][:40]}"
        rows.append([i, name, {"file": "文件", "note": "备注", "import": "导出记录"}[e["kind"]], e["sha256"],
                     _iso_to_bj(e["added_at"])])
    if rows:
        table(doc, ["序号", "名称", "类型", "SHA-256 哈希值", "登记时间"], rows, [0.4, 1.6, 0.5, 3.6, 1.1])
    doc.add("note", text="以上证据在登记时即计算 SHA-256 哈希值并写入哈希链，"
                         f"可用 leakaid case verify 校验证据自登记以来未被修改。当前链头哈希：\n{c.head}")


def _today() -> str:
    return datetime.now().strftime("%Y年%m月%d日")


def police(c: CaseData, name: str = "") -> Doc:
    doc = Doc("报案材料")
    doc.add("title", text="报案材料")
    doc.add("plain", text=f"报案人：{name or BLANK}　　身份证号码：{BLANK}　　联系电话：{BLANK}")
    doc.add("plain", text=f"住址：{BLANK}{BLANK}")
    doc.add("h", text="一、事实经过")
    for p in _facts(c):
        doc.add("p", text=p)
    _senders_table(doc, c)
    doc.add("h", text="二、损失情况")
    if c.happened("money_lost"):
        doc.add("p", text=f"本人已因此遭受财产损失，金额：{BLANK}元；转账时间、收款账户见附件证据。")
    else:
        doc.add("p", text="截至目前，本人尚未发现直接财产损失，但日常生活受到严重干扰，且存在被冒用身份、诈骗的风险。")
    doc.add("h", text="三、证据清单")
    _evidence_table(doc, c)
    doc.add("h", text="四、请求事项")
    doc.add("list", items=[
        "依法接受本人报案，制作笔录，并出具受案回执（《公安机关办理刑事案件程序规定》第一百七十一条）。",
        "对非法获取、出售或者提供本人个人信息的行为依法审查立案（《中华人民共和国刑法》第二百五十三条之一）。",
        "对上述骚扰、诈骗号码和相关人员依法调查处理。",
    ])
    if c.timeline:
        doc.add("h", text="附：可疑消息时间线（节选）")
        _timeline_table(doc, c, only_tagged=True, limit=60)
    doc.add("plain", text="此致")
    doc.add("plain", text=f"{BLANK}公安局{BLANK}派出所")
    doc.add("sign", text=f"报案人（签名）：{name or BLANK}")
    doc.add("sign", text=f"日期：{_today()}")
    return doc


def deletion(c: CaseData, name: str = "") -> Doc:
    org = c.organization or BLANK
    leaked = "、".join(c.labels["leaked"]) or "个人信息"
    doc = Doc("删除个人信息请求函")
    doc.add("title", text="删除个人信息请求函")
    doc.add("plain", text=f"致：{org}（个人信息保护负责人 / 客户服务部门）")
    doc.add("p", text=(
        f"本人{name or BLANK}是贵单位的用户 / 客户。本人有理由认为，贵单位收集、存储的本人{leaked}已经发生泄露"
        "或被违反法律、行政法规或者约定处理，本人因此受到骚扰和诈骗风险。"
    ))
    doc.add("p", text="根据《中华人民共和国个人信息保护法》第四十七条和《中华人民共和国民法典》第一千零三十七条，本人请求贵单位：")
    doc.add("list", items=[
        "删除贵单位持有的本人全部个人信息；法律、行政法规规定的保存期限未届满或者删除在技术上难以实现的，"
        "停止除存储和采取必要的安全保护措施之外的处理（《个人信息保护法》第四十七条第二款）。",
        "说明本人个人信息的处理规则（《个人信息保护法》第四十八条），以及是否发生泄露、泄露的信息种类、原因和已采取的补救措施"
        "（参照《个人信息保护法》第五十七条）。",
        "以书面形式答复处理结果。",
    ])
    doc.add("p", text=(
        "请贵单位及时处理并答复。本人希望在收到本函后15日内得到答复（此为本人提出的期限，法律要求为“及时”）。"
        "如贵单位拒绝本人的请求，本人将依据《个人信息保护法》第五十条向人民法院提起诉讼，"
        "并向履行个人信息保护职责的部门投诉（《个人信息保护法》第六十五条）。"
    ))
    doc.add("plain", text=f"联系方式：{BLANK}")
    doc.add("sign", text=f"请求人：{name or BLANK}")
    doc.add("sign", text=f"日期：{_today()}")
    return doc


def complaint(c: CaseData, channel: str = "12321", name: str = "") -> Doc:
    if channel not in CHANNELS:
        raise ConfigError(f"投诉渠道必须是 {'、'.join(CHANNELS)} 之一。")
    agency, site = CHANNELS[channel]
    titles = {"12321": "骚扰电话、垃圾短信和个人信息泄露举报", "12377": "泄露个人隐私信息举报",
              "12315": "经营者泄露消费者个人信息投诉"}
    doc = Doc(f"{channel} {titles[channel]}")
    doc.add("title", text=titles[channel])
    doc.add("plain", text=f"受理机构：{agency}（{site}）")
    doc.add("plain", text=f"举报 / 投诉人：{name or BLANK}　联系电话：{BLANK}")
    if channel == "12315":
        doc.add("plain", text=f"被投诉经营者：{c.organization or BLANK}")
    doc.add("h", text="情况说明")
    for p in _facts(c):
        doc.add("p", text=p)
    if channel == "12321":
        doc.add("p", text="以下号码和内容为原始记录，未作修改：")
        _senders_table(doc, c)
        _timeline_table(doc, c, only_tagged=True, limit=30)
    elif channel == "12377":
        doc.add("p", text=f"发布本人个人信息的网址：{BLANK}{BLANK}（截图见附件）。")
    else:
        doc.add("p", text="经营者及其工作人员对收集的消费者个人信息必须严格保密，不得泄露、出售或者非法向他人提供"
                          "（《中华人民共和国消费者权益保护法》第二十九条）。")
        doc.add("p", text=f"本人与该经营者的交易信息（订单号、时间）：{BLANK}{BLANK}")
    doc.add("h", text="诉求")
    demands = {
        "12321": ["核查并处理上述号码", "追查本人个人信息的泄露来源"],
        "12377": ["删除泄露本人个人信息的网络信息", "依法处理发布者"],
        "12315": ["责令经营者停止泄露并删除本人个人信息", "依法调查处理", "督促经营者赔偿损失"],
    }[channel]
    doc.add("list", items=demands)
    doc.add("sign", text=f"日期：{_today()}")
    return doc


def lawsuit(c: CaseData, name: str = "") -> Doc:
    doc = Doc("民事起诉状（草稿）", footer="由 leakaid 生成的草稿，提交前请律师或法律援助机构审阅")
    doc.add("title", text="民事起诉状")
    doc.add("note", text="这是根据你的案件自动生成的草稿，不是法律意见。提交前请律师或法律援助机构审阅，补全空白处并核对事实。")
    doc.add("plain", text=f"原告：{name or BLANK}，性别：{BLANK}，出生日期：{BLANK}，身份证号码：{BLANK}，"
                          f"住址：{BLANK}，联系电话：{BLANK}。")
    doc.add("plain", text=f"被告：{c.organization or BLANK}，住所地：{BLANK}，法定代表人：{BLANK}，"
                          f"统一社会信用代码：{BLANK}。")
    doc.add("h", text="诉讼请求")
    doc.add("list", items=[
        "判令被告立即停止侵害原告个人信息权益的行为；",
        "判令被告删除其持有的原告全部个人信息；",
        "判令被告向原告书面赔礼道歉；",
        f"判令被告赔偿原告损失人民币{BLANK}元（含为制止侵权行为支付的调查取证等合理开支）；",
        "本案诉讼费用由被告承担。",
    ])
    doc.add("h", text="事实与理由")
    for p in _facts(c):
        doc.add("p", text=p)
    doc.add("p", text=(
        "《中华人民共和国民法典》第一千零三十四条规定，自然人的个人信息受法律保护；第一千零三十八条规定，"
        "信息处理者不得泄露或者篡改其收集、存储的个人信息。被告作为原告个人信息的处理者，未能确保信息安全，"
        "致使原告个人信息泄露，侵害了原告的个人信息权益。"
    ))
    doc.add("p", text=(
        "《中华人民共和国个人信息保护法》第六十九条规定，处理个人信息侵害个人信息权益造成损害，"
        "个人信息处理者不能证明自己没有过错的，应当承担损害赔偿等侵权责任；损害赔偿责任按照个人因此受到的损失"
        "或者个人信息处理者因此获得的利益确定。"
    ))
    doc.add("p", text=(
        "根据《最高人民法院关于审理利用信息网络侵害人身权益民事纠纷案件适用法律若干问题的规定》第十二条，"
        "被侵权人为制止侵权行为所支付的合理开支，可以认定为财产损失。"
        "原告依据《中华人民共和国个人信息保护法》第四十七条请求被告删除个人信息。"
    ))
    doc.add("h", text="证据清单")
    _evidence_table(doc, c)
    doc.add("plain", text="此致")
    doc.add("plain", text=f"{BLANK}人民法院")
    doc.add("sign", text=f"具状人：{name or BLANK}")
    doc.add("sign", text=f"日期：{_today()}")
    return doc


def timeline_doc(c: CaseData, name: str = "") -> Doc:
    doc = Doc("消息时间线")
    doc.add("title", text=f"消息时间线：{c.title}")
    doc.add("plain", text=f"共 {c.stats['messages']} 条记录，下表列出收到的前 {len(c.timeline)} 条（北京时间）。")
    _senders_table(doc, c)
    _timeline_table(doc, c, only_tagged=False, limit=len(c.timeline))
    doc.add("note", text=f"链头哈希：\n{c.head}")
    return doc


BUILDERS = {"police": police, "deletion": deletion, "lawsuit": lawsuit, "timeline": timeline_doc}
