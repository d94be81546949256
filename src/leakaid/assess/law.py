"""The legal core of ``leakaid assess``: 法释〔2017〕10号 第五条、第十一条 and 《刑法》第二百五十三条之一.

Pure functions and data only. Quoted texts are copied from LEGAL_FACTS.md §1.1/§1.2 (LawRefBook
snapshot 2f4c5c2). Everything that is our reading of the text — the proportional formula of
第五条第一款第六项 as a sum of fractions, halving/×10 of that sum, and the mapping of data kinds to
categories — is marked ``kind="interpretation"`` and rendered with the label 「解释/适用说明」.

Thresholds are compared with exact fractions, and "以上" means ≥ (the threshold itself reaches it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any, Literal

CATEGORIES: tuple[str, ...] = ("art5_1_3", "art5_1_4", "art5_1_5")
"""The three numeric categories of 第五条第一款, most sensitive first."""

THRESHOLDS: dict[str, int] = {"art5_1_3": 50, "art5_1_4": 500, "art5_1_5": 5000}
PROCEEDS_THRESHOLD = 5000  # 第五条第一款第七项: 违法所得五千元以上
ESPECIALLY_MULTIPLIER = 10  # 第五条第二款第三项: 十倍以上
INSIDER_FRACTION = Fraction(1, 2)  # 第五条第一款第八项: 一半以上
ART6_PROFIT_THRESHOLD = 50000  # 第六条第一款第一项: 获利五万元以上

INTERP = "解释/适用说明"
SJ = "法释〔2017〕10号"

CATEGORY_LABELS: dict[str, str] = {
    "art5_1_3": "行踪轨迹信息、通信内容、征信信息、财产信息",
    "art5_1_4": "住宿信息、通信记录、健康生理信息、交易信息等其他可能影响人身、财产安全的公民个人信息",
    "art5_1_5": "第三项、第四项规定以外的公民个人信息",
}
CATEGORY_CITES: dict[str, str] = {
    "art5_1_3": f"{SJ}第五条第一款第三项",
    "art5_1_4": f"{SJ}第五条第一款第四项",
    "art5_1_5": f"{SJ}第五条第一款第五项",
}

# Verbatim texts (LEGAL_FACTS.md §1.2, [V-LRB]).
ART5_1: dict[int, str] = {
    1: "出售或者提供行踪轨迹信息，被他人用于犯罪的",
    2: "知道或者应当知道他人利用公民个人信息实施犯罪，向其出售或者提供的",
    3: "非法获取、出售或者提供行踪轨迹信息、通信内容、征信信息、财产信息五十条以上的",
    4: "非法获取、出售或者提供住宿信息、通信记录、健康生理信息、交易信息等其他可能影响人身、财产安全的公民个人信息五百条以上的",
    5: "非法获取、出售或者提供第三项、第四项规定以外的公民个人信息五千条以上的",
    6: "数量未达到第三项至第五项规定标准，但是按相应比例合计达到有关数量标准的",
    7: "违法所得五千元以上的",
    8: "将在履行职责或者提供服务过程中获得的公民个人信息出售或者提供给他人，数量或者数额达到第三项至第七项规定标准一半以上的",
    9: "曾因侵犯公民个人信息受过刑事处罚或者二年内受过行政处罚，又非法获取、出售或者提供公民个人信息的",
    10: "其他情节严重的情形",
}
ART5_2: dict[int, str] = {
    1: "造成被害人死亡、重伤、精神失常或者被绑架等严重后果的",
    2: "造成重大经济损失或者恶劣社会影响的",
    3: "数量或者数额达到前款第三项至第八项规定标准十倍以上的",
    4: "其他情节特别严重的情形",
}
ART6_1: dict[int, str] = {
    1: "利用非法购买、收受的公民个人信息获利五万元以上的",
    2: "曾因侵犯公民个人信息受过刑事处罚或者二年内受过行政处罚，又非法购买、收受公民个人信息的",
    3: "其他情节严重的情形",
}
ART11: dict[int, str] = {
    1: "非法获取公民个人信息后又出售或者提供的，公民个人信息的条数不重复计算。",
    2: "向不同单位或者个人分别出售、提供同一公民个人信息的，公民个人信息的条数累计计算。",
    3: "对批量公民个人信息的条数，根据查获的数量直接认定，但是有证据证明信息不真实或者重复的除外。",
}
ART12 = "罚金数额一般在违法所得的一倍以上五倍以下。"
ART3_2 = (
    "未经被收集者同意，将合法收集的公民个人信息向他人提供的，属于刑法第二百五十三条之一规定的“提供公民个人信息”，"
    "但是经过处理无法识别特定个人且不能复原的除外。"
)
ART10 = (
    "实施侵犯公民个人信息犯罪，不属于“情节特别严重”，行为人系初犯，全部退赃，并确有悔罪表现的，可以认定为情节轻微，"
    "不起诉或者免予刑事处罚；确有必要判处刑罚的，应当从宽处罚。"
)

# 《刑法》第二百五十三条之一 (LEGAL_FACTS.md §1.1, [V-LRB]).
CRIMINAL_LAW_253_1: dict[int, str] = {
    1: "违反国家有关规定，向他人出售或者提供公民个人信息，情节严重的，处三年以下有期徒刑或者拘役，并处或者单处罚金；"
    "情节特别严重的，处三年以上七年以下有期徒刑，并处罚金。",
    2: "违反国家有关规定，将在履行职责或者提供服务过程中获得的公民个人信息，出售或者提供给他人的，依照前款的规定从重处罚。",
    3: "窃取或者以其他方法非法获取公民个人信息的，依照第一款的规定处罚。",
    4: "单位犯前三款罪的，对单位判处罚金，并对其直接负责的主管人员和其他直接责任人员，依照各该款的规定处罚。",
}
PENALTIES: dict[str, str] = {
    "serious": "三年以下有期徒刑或者拘役，并处或者单处罚金",
    "especially_serious": "三年以上七年以下有期徒刑，并处罚金",
}

COMMENTARY_SENSITIVE = (
    "最高人民法院研究室喻海松《侵犯公民个人信息罪司法解释理解与适用》认为：批量信息仍应作去重处理；"
    "“对于公民个人敏感信息不宜适用《解释》第十一条第三款的规定，而应当逐一认定”。"
    "此为起草者的理解与适用观点（二手来源摘录），不是法律条文。"
)

Tier = Literal["below", "serious", "especially_serious"]
TIER_LABELS: dict[str, str] = {
    "below": "未达到情节严重的数量/数额标准",
    "serious": "情节严重",
    "especially_serious": "情节特别严重",
}


def ordinal(n: int) -> str:
    """Chinese ordinal numeral used in citations (1 → 一, 10 → 十)."""
    digits = "零一二三四五六七八九"
    if n <= 10:
        return "一二三四五六七八九十"[n - 1]
    if n < 20:
        return "十" + digits[n - 10]
    return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")


def cite(article: int, para: int | None = None, item: int | None = None, *, source: str = SJ) -> str:
    """Citation string such as ``法释〔2017〕10号第五条第一款第三项``."""
    s = f"{source}第{ordinal(article)}条"
    if para is not None:
        s += f"第{ordinal(para)}款"
    if item is not None:
        s += f"第{ordinal(item)}项"
    return s


@dataclass(frozen=True, slots=True)
class Facts:
    """What the tool cannot read from a dataset and must be told (each flag is one item of 第五条/第六条)."""

    insider: bool = False  # 第五条第一款第八项 / 刑法第二百五十三条之一第二款
    proceeds: Fraction | None = None  # 违法所得（元）, 第五条第一款第七项
    used_for_crime: bool = False  # 第五条第一款第一项 (行踪轨迹信息 only)
    knowing_crime_use: bool = False  # 第五条第一款第二项
    prior_sanction: bool = False  # 第五条第一款第九项
    other_serious: bool = False  # 第五条第一款第十项
    severe_harm: bool = False  # 第五条第二款第一项
    major_loss_or_impact: bool = False  # 第五条第二款第二项
    other_especially_serious: bool = False  # 第五条第二款第四项
    lawful_business_purchase: bool = False  # 第六条第一款 (only for data outside items 3 and 4)
    resold: bool = False  # 第六条第二款: bought for business, then sold/provided
    business_profit: Fraction | None = None  # 第六条第一款第一项 获利（元）


@dataclass(slots=True)
class Line:
    """One line of the verdict: a finding, the rule it rests on and whether it is met."""

    cite: str
    text: str
    met: bool | None  # None: an explanatory note, not an item that can be met
    detail: str = ""
    kind: Literal["law", "interpretation", "commentary"] = "law"

    def to_dict(self) -> dict[str, Any]:
        return {"cite": self.cite, "text": self.text, "met": self.met, "detail": self.detail, "kind": self.kind}


@dataclass(slots=True)
class Verdict:
    tier: Tier
    counts: dict[str, int]
    ratio: Fraction
    lines: list[Line] = field(default_factory=list)
    penalty: dict[str, Any] = field(default_factory=dict)
    notes: list[Line] = field(default_factory=list)

    def citations(self) -> list[dict[str, Any]]:
        """Evaluated items (``role="item"``) first, then notes (``role="note"``)."""
        return ([{**ln.to_dict(), "role": "item"} for ln in self.lines]
                + [{**ln.to_dict(), "role": "note"} for ln in self.notes])


def ratio_of(counts: dict[str, int]) -> Fraction:
    """n(三)/50 + n(四)/500 + n(五)/5000 — our reading of 第五条第一款第六项 (「解释/适用说明」)."""
    return sum((Fraction(counts.get(c, 0), THRESHOLDS[c]) for c in CATEGORIES), Fraction(0))


def _fmt(x: Fraction) -> str:
    return f"{float(x):.4f}".rstrip("0").rstrip(".") if x.denominator != 1 else str(x.numerator)


def verdict(counts: dict[str, int], facts: Facts | None = None) -> Verdict:
    """The threshold status of ``counts`` (valid, de-duplicated items per category) under 第五条/第六条.

    Each item of 第五条 is evaluated and reported separately; the tier is the highest one reached.
    Insiders (第五条第一款第八项) reach 情节严重 at half of items 3–7, and 第五条第二款第三项 (×10)
    expressly covers item 8, so insiders reach 情节特别严重 at five times items 3–7.
    """
    f = facts or Facts()
    counts = {c: int(counts.get(c, 0)) for c in CATEGORIES}
    ratio = ratio_of(counts)
    lines: list[Line] = []
    notes: list[Line] = []
    serious = False
    especially = False

    # 第六条: 为合法经营活动而非法购买、收受 items outside 3 and 4, not resold.
    art6 = f.lawful_business_purchase and not f.resold and counts["art5_1_3"] == 0 and counts["art5_1_4"] == 0
    if f.lawful_business_purchase and not art6:
        notes.append(Line(cite(6, 2), "实施前款规定的行为，将购买、收受的公民个人信息非法出售或者提供的，定罪量刑标准适用本解释第五条的规定。",
                          True, "数据含第三项/第四项信息或已出售、提供：第六条不适用，按第五条评估。", "law"))
    if art6:
        profit = f.business_profit
        ok1 = profit is not None and profit >= ART6_PROFIT_THRESHOLD
        lines.append(Line(cite(6, 1, 1), ART6_1[1], ok1, f"获利：{_fmt(profit) if profit is not None else '未提供'}元，标准 50000 元"))
        lines.append(Line(cite(6, 1, 2), ART6_1[2], f.prior_sanction, "由使用者申报（--prior-sanction）"))
        lines.append(Line(cite(6, 1, 3), ART6_1[3], f.other_serious, "由使用者申报（--other-serious）"))
        serious = ok1 or f.prior_sanction or f.other_serious
        notes.append(Line(cite(6, 1), "为合法经营活动而非法购买、收受本解释第五条第一款第三项、第四项规定以外的公民个人信息：数量标准不适用，只看第六条第一款各项。",
                          True, "", "law"))
        tier: Tier = "serious" if serious else "below"
        return Verdict(tier, counts, ratio, lines, _penalty(tier, f), notes + _common_notes(f))

    # 第五条第一款 non-numeric items.
    lines.append(Line(cite(5, 1, 1), ART5_1[1], f.used_for_crime, "由使用者申报（--used-for-crime）"))
    lines.append(Line(cite(5, 1, 2), ART5_1[2], f.knowing_crime_use, "由使用者申报（--knowing-crime-use）"))

    # Items 3–5: each category on its own.
    single_met = False
    for i, c in zip((3, 4, 5), CATEGORIES, strict=True):
        met = counts[c] >= THRESHOLDS[c]
        single_met |= met
        lines.append(Line(cite(5, 1, i), ART5_1[i], met, f"有效且去重后 {counts[c]} 条，标准 {THRESHOLDS[c]} 条"))
    # Item 6: proportional sum, only where no single item is reached.
    met6 = not single_met and ratio >= 1
    lines.append(Line(cite(5, 1, 6), ART5_1[6], met6,
                      f"按比例合计 {counts['art5_1_3']}/50 + {counts['art5_1_4']}/500 + {counts['art5_1_5']}/5000 = {_fmt(ratio)}"
                      f"（≥ 1 即达到）" + ("；已有单项达到标准，本项不再适用" if single_met else "")))
    notes.append(Line(cite(5, 1, 6), f"「{INTERP}」按比例合计的计算式 n(三)/50 + n(四)/500 + n(五)/5000 ≥ 1 是对第六项"
                      "“按相应比例合计达到有关数量标准”的通行理解，条文本身未写出公式。", None, "", "interpretation"))
    # Item 7: proceeds.
    met7 = f.proceeds is not None and f.proceeds >= PROCEEDS_THRESHOLD
    lines.append(Line(cite(5, 1, 7), ART5_1[7], met7,
                      f"违法所得：{_fmt(f.proceeds) + '元' if f.proceeds is not None else '未提供（--proceeds）'}，标准 5000 元"))
    # Item 8: insider, half of items 3–7.
    met8 = False
    if f.insider:
        half = {c: THRESHOLDS[c] * INSIDER_FRACTION for c in CATEGORIES}
        parts = [counts[c] >= half[c] for c in CATEGORIES]
        any_single_half = any(parts)
        ratio_half = not any_single_half and ratio >= INSIDER_FRACTION
        proceeds_half = f.proceeds is not None and f.proceeds >= PROCEEDS_THRESHOLD * INSIDER_FRACTION
        met8 = any_single_half or ratio_half or proceeds_half
        lines.append(Line(cite(5, 1, 8), ART5_1[8], met8,
                          f"一半标准：第三项 25 条（{counts['art5_1_3']}）、第四项 250 条（{counts['art5_1_4']}）、"
                          f"第五项 2500 条（{counts['art5_1_5']}）、按比例合计 0.5（{_fmt(ratio)}）、违法所得 2500 元"
                          f"（{_fmt(f.proceeds) if f.proceeds is not None else '未提供'}）"))
        if ratio_half:
            notes.append(Line(cite(5, 1, 8), f"「{INTERP}」对内部人员把第六项的按比例合计标准减半（合计 ≥ 0.5）是对第八项"
                              "“达到第三项至第七项规定标准一半以上”的理解。", None, "", "interpretation"))
    else:
        lines.append(Line(cite(5, 1, 8), ART5_1[8], False, "未申报在履行职责或者提供服务过程中获得（--insider）"))
    lines.append(Line(cite(5, 1, 9), ART5_1[9], f.prior_sanction, "由使用者申报（--prior-sanction）"))
    lines.append(Line(cite(5, 1, 10), ART5_1[10], f.other_serious, "由使用者申报（--other-serious）"))
    serious = any(ln.met for ln in lines)

    # 第五条第二款.
    lines.append(Line(cite(5, 2, 1), ART5_2[1], f.severe_harm, "由使用者申报（--severe-harm）"))
    lines.append(Line(cite(5, 2, 2), ART5_2[2], f.major_loss_or_impact, "由使用者申报（--major-loss）"))
    m = ESPECIALLY_MULTIPLIER
    x10 = [counts[c] >= THRESHOLDS[c] * m for c in CATEGORIES]
    x10_ratio = not any(x10) and ratio >= m
    x10_proceeds = f.proceeds is not None and f.proceeds >= PROCEEDS_THRESHOLD * m
    x10_insider = False
    if f.insider:
        h = INSIDER_FRACTION * m
        x10_insider = (any(counts[c] >= THRESHOLDS[c] * h for c in CATEGORIES) or ratio >= h
                       or (f.proceeds is not None and f.proceeds >= PROCEEDS_THRESHOLD * h))
    met23 = any(x10) or x10_ratio or x10_proceeds or x10_insider
    detail = ("十倍标准：第三项 500 条、第四项 5000 条、第五项 50000 条、按比例合计 10、违法所得 50000 元"
              + ("；内部人员（第八项）为其一半的十倍：250 条、2500 条、25000 条、合计 5、25000 元" if f.insider else "")
              + f"；实际 {counts['art5_1_3']}/{counts['art5_1_4']}/{counts['art5_1_5']} 条，合计 {_fmt(ratio)}")
    lines.append(Line(cite(5, 2, 3), ART5_2[3], met23, detail))
    lines.append(Line(cite(5, 2, 4), ART5_2[4], f.other_especially_serious, "由使用者申报（--other-especially-serious）"))
    especially = f.severe_harm or f.major_loss_or_impact or met23 or f.other_especially_serious
    if x10_ratio or (f.insider and met23):
        notes.append(Line(cite(5, 2, 3), f"「{INTERP}」把十倍标准用于按比例合计（合计 ≥ 10；内部人员 ≥ 5）是对第二款第三项的理解。",
                          None, "", "interpretation"))

    tier = "especially_serious" if especially else ("serious" if serious else "below")
    return Verdict(tier, counts, ratio, lines, _penalty(tier, f), notes + _common_notes(f))


def _penalty(tier: Tier, f: Facts) -> dict[str, Any]:
    out: dict[str, Any] = {"cite": "《刑法》第二百五十三条之一第一款", "text": CRIMINAL_LAW_253_1[1],
                           "article": [f"第{ordinal(i)}款：{t}" for i, t in CRIMINAL_LAW_253_1.items()]}
    if tier != "below":
        out["applicable"] = f"{TIER_LABELS[tier]}的，处{PENALTIES[tier]}"
    if f.insider:
        out["insider"] = "《刑法》第二百五十三条之一第二款：" + CRIMINAL_LAW_253_1[2]
    if f.proceeds is not None:
        out["fine"] = f"{SJ}第十二条：{ART12}（违法所得 {_fmt(f.proceeds)} 元 → 一般 {_fmt(f.proceeds)}–{_fmt(f.proceeds * 5)} 元）"
    return out


def _common_notes(f: Facts) -> list[Line]:
    return [
        Line("", f"「{INTERP}」本评估只计算第五条的数量/数额标准是否达到，不是定罪结论；是否构成犯罪还取决于"
             "“违反国家有关规定”（第二条）、行为方式（第三条、第四条）等，由司法机关认定。", None, "", "interpretation"),
        Line(cite(10), ART10, None, "情节轻微的认定需司法机关结合初犯、退赃、悔罪判断，本工具不评估。"),
    ]


def counting_notes(separate_sales: bool, n_files: int) -> list[Line]:
    """Lines explaining how 第十一条 was applied to the files given."""
    out = [
        Line(cite(11, 3), ART11[3], True,
             "已排除有证据证明不真实（身份证号校验位/出生日期/地区码无效、号段不存在的手机号、校验失败的银行卡号、格式不可能的邮箱）"
             "或重复（同一人、同一信息）的记录；其余按查获数量认定。"),
        Line("", COMMENTARY_SENSITIVE, True, "", "commentary"),
    ]
    if n_files > 1:
        if separate_sales:
            out.append(Line(cite(11, 2), ART11[2], True,
                            f"已声明 {n_files} 个文件分别出售、提供给不同单位或者个人（--separate-sales）：各文件内部去重后累计计算。"))
        else:
            out.append(Line(cite(11, 1), ART11[1], True,
                            f"未声明分别出售（--separate-sales），{n_files} 个文件视为同一批信息：跨文件去重，同一信息不重复计算。"))
    return out
