"""Breach notices for organisations: match a leaked dump against the organisation's own customer table by
keyed hashes of ID numbers, mobile numbers and e-mail addresses, list the affected customers, and draft the
notice (《个人信息保护法》第五十七条) with the channels of 《网络数据安全管理条例》第十一条, plus the report
to the regulator. Raw identifiers are only compared as HMAC digests under a random per-run key.
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import json
import secrets
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from leakaid.assess.columns import KINDS, Checkers, ColumnInfo, classify, looks_like_header
from leakaid.assess.readers import Batch, read_dump
from leakaid.exposure.index import identifier_token

_KIND_LIST = list(KINDS)
_BIT = {k: 1 << i for i, k in enumerate(_KIND_LIST)}
_IDS = ("ID_CARD", "MOBILE", "EMAIL")

PIPL_57 = (
    "第五十七条 发生或者可能发生个人信息泄露、篡改、丢失的，个人信息处理者应当立即采取补救措施，并通知履行个人信息保护职责的部门和个人。"
    "通知应当包括下列事项：（一）发生或者可能发生个人信息泄露、篡改、丢失的信息种类、原因和可能造成的危害；"
    "（二）个人信息处理者采取的补救措施和个人可以采取的减轻危害的措施；（三）个人信息处理者的联系方式。"
)
REG_11_2 = (
    "网络数据安全事件对个人、组织合法权益造成危害的，网络数据处理者应当及时将安全事件和风险情况、危害后果、已经采取的补救措施等，"
    "以电话、短信、即时通信工具、电子邮件或者公告等方式通知利害关系人；法律、行政法规规定可以不通知的，从其规定。"
    "网络数据处理者在处置网络数据安全事件过程中发现涉嫌违法犯罪线索的，应当按照规定向公安机关、国家安全机关报案，并配合开展侦查、调查和处置工作。"
)

# Possible harm per kind: our own wording (「解释/适用说明」), not law.
HARM = {
    "MOBILE": "骚扰电话、诈骗短信，冒充客服或熟人的电话诈骗",
    "ID_CARD": "身份被冒用（办理电话卡、注册账户、申请贷款）",
    "BANK_CARD": "盗刷、以“退款”“理赔”为名的金融诈骗",
    "PROPERTY": "针对财产状况的精准诈骗",
    "ADDRESS": "上门骚扰、人身安全风险、冒充快递诈骗",
    "GPS": "被跟踪、人身安全风险",
    "LODGING": "行程与住宿被他人掌握、人身安全风险",
    "HEALTH": "健康信息被公开带来的歧视和精神伤害",
    "TRANSACTION": "冒充商家客服以“订单异常”“退款”为名的诈骗",
    "EMAIL": "钓鱼邮件、撞库登录",
    "PASSWORD": "账户被他人登录（撞库）",
    "COMM_RECORD": "社会关系被掌握、针对亲友的诈骗",
    "COMM_CONTENT": "私人通信内容被公开",
    "CREDIT": "针对信用状况的贷款诈骗",
}
MITIGATIONS = [
    "警惕自称客服、公检法或熟人的来电和短信，不点击陌生链接，不向他人提供验证码；",
    "修改在本机构及其他使用相同密码的网站的密码，开启登录二次验证；",
    "通过工信部“一证通查”查询名下电话卡，通过云闪付“一键查卡”查询名下银行卡，安装国家反诈中心 App；",
    "如发现被冒用或遭受财产损失，保存证据并向当地公安机关报案（可拨打 110）。",
]


@dataclass(slots=True)
class Affected:
    row: int
    ref: str
    matched_by: list[str]
    kinds: list[str]
    channels: list[str]


@dataclass(slots=True)
class NoticeResult:
    customers: int = 0
    affected: list[Affected] = field(default_factory=list)
    dump_identifiers: int = 0
    leaked_kinds: list[str] = field(default_factory=list)


def _classified(batches: Iterable[Batch], checkers: Checkers) -> Iterator[tuple[list[ColumnInfo], Batch, int]]:
    """Batches with their column classification and the index of the first data row (header skipped)."""
    info: dict[str, tuple[list[ColumnInfo], bool]] = {}
    for b in batches:
        first_row = 0
        if b.table not in info:
            names = b.names
            skip = False
            if b.forced is not None:
                cols = [ColumnInfo(j, n, k, "reader", KINDS[k][0] if k else None) for j, (n, k) in
                        enumerate(zip(b.names or [], b.forced, strict=True))]
                info[b.table] = (cols, False)
            else:
                if names is None:
                    first = [c.get(0) for c in b.cols]
                    skip = looks_like_header(first, checkers)
                    names = first if skip else [f"第{j + 1}列" for j in range(len(b.cols))]
                sample = [c.take(np.arange(1 if skip else 0, min(len(c), 2000))) for c in b.cols]
                info[b.table] = (classify(names, sample, checkers), skip)
            first_row = 1 if info[b.table][1] else 0
        yield info[b.table][0], b, first_row


def _d64(key: bytes, token: str) -> int:
    return int.from_bytes(hmac.new(key, token.encode(), hashlib.sha256).digest()[:8], "little")


def match(dumps: Iterable[str | Path], customers: str | Path) -> NoticeResult:
    key = secrets.token_bytes(32)
    checkers = Checkers()
    leaked: dict[int, int] = {}
    for path in dumps:
        for cols, b, start in _classified(read_dump(path), checkers):
            ids = [c for c in cols if c.kind in _IDS]
            kinds = [c for c in cols if c.kind and c.category]
            for i in range(start, b.nrows):
                mask = 0
                for c in kinds:
                    if b.cols[c.index].get(i).strip():
                        mask |= _BIT[c.kind]  # type: ignore[index]
                for c in ids:
                    tok = identifier_token(b.cols[c.index].get(i), c.kind)
                    if tok:
                        d = _d64(key, tok[1])
                        leaked[d] = leaked.get(d, 0) | mask
    res = NoticeResult(dump_identifiers=len(leaked))
    all_kinds = 0
    row_no = 0
    for cols, b, start in _classified(read_dump(customers), checkers):
        ids = [c for c in cols if c.kind in _IDS]
        ref_col = next((c for c in cols if any(w in c.name.lower() for w in ("编号", "客户号", "会员号", "customer_id",
                                                                               "cust_id", "user_id", "uid"))), None)
        for i in range(start, b.nrows):
            row_no += 1
            res.customers += 1
            mask = 0
            by: list[str] = []
            channels: list[str] = []
            for c in ids:
                v = b.cols[c.index].get(i)
                tok = identifier_token(v, c.kind) if v.strip() else None
                if tok is None:
                    continue
                if c.kind == "MOBILE":
                    channels.append("短信/电话")
                elif c.kind == "EMAIL":
                    channels.append("电子邮件")
                d = _d64(key, tok[1])
                if d in leaked:
                    mask |= leaked[d]
                    by.append(KINDS[c.kind][1])  # type: ignore[index]
            if by:
                all_kinds |= mask
                res.affected.append(Affected(row_no + (1 if start else 0), b.cols[ref_col.index].get(i) if ref_col else "",
                                             sorted(set(by)), [KINDS[k][1] for k in _KIND_LIST if mask & _BIT[k]],
                                             sorted(set(channels)) or ["公告"]))
    res.leaked_kinds = [k for k in _KIND_LIST if all_kinds & _BIT[k]]
    return res


def notice_text(res: NoticeResult, *, org: str, contact: str, cause: str, measures: str) -> str:
    kinds = [KINDS[k][1] for k in res.leaked_kinds]
    harms = [HARM[k] for k in res.leaked_kinds if k in HARM]
    lines = [
        f"# 个人信息安全事件告知书（{org}）",
        "",
        "尊敬的客户：",
        "",
        f"我们发现，{org}保存的部分客户个人信息发生或者可能发生了泄露。依照《中华人民共和国个人信息保护法》第五十七条，现将有关事项告知如下。",
        "",
        "## 一、泄露的信息种类、原因和可能造成的危害（第五十七条第一款第一项）",
        "",
        f"- 信息种类：{'、'.join(kinds) or '（待核实）'}（您本人涉及的种类见逐人通知中的列表）",
        f"- 原因：{cause}",
        f"- 可能造成的危害：{'；'.join(harms) or '（待评估）'}。",
        "",
        "## 二、我们采取的补救措施和您可以采取的减轻危害的措施（第五十七条第一款第二项）",
        "",
        f"- 我们已采取的措施：{measures}",
        *[f"- {m}" for m in MITIGATIONS],
        "",
        "## 三、联系方式（第五十七条第一款第三项）",
        "",
        f"- {contact}",
        "",
        "---",
        "",
        "通知方式：依照《网络数据安全管理条例》第十一条第二款，以电话、短信、即时通信工具、电子邮件或者公告等方式通知；"
        "affected.csv 的“建议通知渠道”列按每位客户留存的联系方式给出建议。",
        "",
        "「解释/适用说明」“可能造成的危害”按泄露的信息种类生成，是本工具的提示性表述，请结合事件实际情况修改。",
        "",
    ]
    return "\n".join(lines)


def regulator_report(res: NoticeResult, *, org: str, contact: str, cause: str, measures: str) -> str:
    return "\n".join([
        f"# 个人信息安全事件报告（{org}）",
        "",
        "报送：履行个人信息保护职责的部门（《个人信息保护法》第五十七条第一款；第六十条：国家网信部门及国务院有关部门、县级以上地方人民政府有关部门）",
        "",
        f"- 泄露数据中可识别的标识（身份证号/手机号/邮箱，去重）：{res.dump_identifiers} 个",
        f"- 核对的客户数：{res.customers}；确认涉及的客户数：{len(res.affected)}",
        f"- 涉及的信息种类：{'、'.join(KINDS[k][1] for k in res.leaked_kinds) or '（无）'}",
        f"- 原因：{cause}",
        f"- 已采取的补救措施：{measures}",
        f"- 对个人的通知：已按《网络数据安全管理条例》第十一条第二款准备通知（{len(res.affected)} 人）",
        "- 涉嫌违法犯罪线索：依照《网络数据安全管理条例》第十一条第二款，应当按照规定向公安机关、国家安全机关报案。"
        "可用 `leakaid assess` 评估泄露数据量对应的法释〔2017〕10号第五条标准，随报案材料提交。",
        f"- 联系方式：{contact}",
        "",
        "## 法律依据（原文）",
        "",
        f"> 《个人信息保护法》{PIPL_57}",
        "",
        f"> 《网络数据安全管理条例》第十一条第二款：{REG_11_2}",
        "",
    ])


def write_outputs(res: NoticeResult, outdir: Path, **text: str) -> list[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    paths = [outdir / "affected.csv", outdir / "notice.md", outdir / "regulator_report.md", outdir / "summary.json"]
    with paths[0].open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["客户表行号", "客户编号", "匹配依据", "泄露信息种类", "建议通知渠道"])
        for a in res.affected:
            w.writerow([a.row, a.ref, "、".join(a.matched_by), "、".join(a.kinds), "、".join(a.channels)])
    paths[1].write_text(notice_text(res, **text), encoding="utf-8")
    paths[2].write_text(regulator_report(res, **text), encoding="utf-8")
    summary: dict[str, Any] = {"customers": res.customers, "affected": len(res.affected),
                               "dump_identifiers": res.dump_identifiers, "leaked_kinds": res.leaked_kinds}
    paths[3].write_text(json.dumps(summary, ensure_ascii=False, indent=2), encoding="utf-8")
    return paths
