"""PERSON / ADDRESS detection: rule + gazetteer tier and a small packaged character tagger.

Entry point: :func:`find_person_address`. Offsets always refer to the caller's text.
Masked court-style names (张某, 李某某, 王**) are not reported: they are already de-identified.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Sequence

import ahocorasick

from leakaid.detect.finding import Finding

from . import gazetteer, rules
from .columns import other_column, table_columns
from .rules import Cand
from .sanity import next_field, sane
from .surnames import COMPOUND, NOT_NAMES

__all__ = ["find_person_address", "model_spans"]

_ALL = frozenset({"PERSON", "ADDRESS"})
EXTEND_MODEL_ADDRESS = True
_HAN = re.compile(f"[{rules.HAN}]")
_LINE = re.compile(r"[^\n]+")
_FIELD_BREAK = re.compile(r"[|\t;；&=\"]|,|，(?=\S)|-{2,}|[（(](?=\s*-?\d+\.\d)")
_REPEATED = re.compile(r"(.{2,3})\1+")
_NICKNAME = re.compile(f"[阿小老][{rules.HAN}]")
_LABEL_NUMBER = re.compile(f"([{rules.HAN}]{{0,6}})[0-9A-Za-z][0-9A-Za-z ]*")
_CASE_NO = re.compile(r"\d+号")
_ADDR_LABEL = re.compile("(?:地点|地址|位置|[卡单证码编]号)$")
_ORG_END = re.compile(
    "(?:法院|检察院|人民政府|政府|公安局|派出所|委员会|管理局|税务局|银行|支行|分行|快递|速运|物流|快运)$"
)
_LABEL_END = frozenset("号码址额量期间型类别称数卫")
_NAME_CHARS = re.compile(f"[{rules.HAN}A-Za-z·•・. ]+")
_NAME_HINTS = (
    "姓名",
    "名字",
    "收件人",
    "收货人",
    "寄件人",
    "发件人",
    "联系人",
    "户名",
    "持卡人",
    "开户人",
    "客户姓名",
    "真实姓名",
    "法定代表人",
    "签收人",
    "收款人",
    "付款人",
    "借款人",
    "申请人",
    "患者",
    "乘车人",
    "入住人",
)
_NAME_HINTS_EN = frozenset(
    "name fullname full_name realname real_name customer_name customername receiver recipient consignee "
    "contact contact_name contactname person person_name receiver_name sender sender_name cardholder "
    "holder_name account_name xingming".split()
)
_ADDR_HINTS = ("地址", "住址", "住所", "户籍", "居住地", "所在地", "收货地", "通讯地", "送货地")
_ADDR_HINTS_EN = ("address", "addr", "street", "shipping", "residence", "dizhi")
_NOT_NAME = (
    "username",
    "user_name",
    "nickname",
    "filename",
    "file_name",
    "company",
    "product",
    "hostname",
    "domain",
    "brand",
    "shop",
    "store",
    "org",
    "bank_name",
    "city",
    "province",
)


def hint_kind(hint: str | None) -> str | None:
    """'PERSON' / 'ADDRESS' when a column header or JSON key names one, else None."""
    if not hint:
        return None
    h = gazetteer.fold(hint).strip().lower().replace(" ", "").replace("-", "_")
    if any(k in h for k in _ADDR_HINTS) or any(k in h for k in _ADDR_HINTS_EN):
        return "ADDRESS"
    if any(k in h for k in _NOT_NAME) or "昵称" in h or "用户名" in h:
        return None
    if (
        any(k in h for k in _NAME_HINTS)
        or h in _NAME_HINTS_EN
        or h.endswith(("_name", "name"))
        and h not in {"firstname", "lastname"}
    ):
        return "PERSON"
    return None


# The model call goes through this hook so tests can observe / replace it.
def model_spans(lines: list[str]) -> list[list[tuple[int, int, str, float]]]:
    from .model import get_tagger

    tagger = get_tagger()
    if tagger is None:
        return [[] for _ in lines]
    return tagger.spans(lines)


# Characters that spell foreign names in Chinese (音译用字): a model name made only of them needs no surname.
_TRANSLIT = frozenset(
    "阿埃艾爱安昂奥巴拜班邦贝本比彼毕波伯博布才查达戴丹道得德迪蒂丁东杜多厄恩尔法菲芬弗福盖甘冈高戈格古哈海汉豪赫亨华霍基"
    "吉加贾杰捷金卡凯坎康柯科克肯库拉莱兰朗劳勒雷蕾里丽利莉连林琳卢鲁路伦罗洛马玛迈麦曼梅门蒙米密敏莫墨姆穆纳娜奈内尼宁纽"
    "诺欧帕潘佩皮普奇齐乔切琼萨塞桑瑟森沙尚什施史斯松苏索塔泰坦汤唐特提托图瓦万威韦维温沃乌伍西希谢辛休雅亚扬耶伊因英尤约"
    "泽扎詹兹佐·"
)


def _model_cands(text: str, folded: str, types: frozenset[str], call: Callable) -> list[Cand]:
    lines: list[str] = []
    offsets: list[int] = []
    for m in _LINE.finditer(text):
        if _HAN.search(m.group()):  # only segments with Han characters reach the model
            lines.append(m.group())
            offsets.append(m.start())
    if not lines:
        return []
    out: list[Cand] = []
    for off, line, spans in zip(offsets, lines, call(lines), strict=True):
        prose = "。" in line or line.count("，") >= 2
        pending: list[tuple[int, int, float]] = []
        line_start = len(out)
        for s, e, kind, conf in spans:
            if kind not in types:
                continue
            s, e = off + s, off + e
            while s < e and _FIELD_BREAK.match(folded, s):
                s = _FIELD_BREAK.match(folded, s).end()
            cut = _FIELD_BREAK.search(folded, s, e + 16)  # bounded: a text with no break stays linear
            if cut and cut.start() < e:  # a span never crosses a field separator (CSV / log columns)
                e = cut.start()
                if e - s < 2:
                    continue
            value = folded[s:e]
            if kind == "PERSON" and s > 0 and folded[s - 1 : s + 1] in COMPOUND:
                s -= 1  # 尉迟峰勇: the model dropped the first character of a compound surname
                value = folded[s:e]
            if s > 0 and folded[s - 1] == "【" and folded[e : e + 1] == "】":
                continue  # 【中通快递】: a sender / app tag
            if kind == "PERSON":
                if value in NOT_NAMES or value[:2] in NOT_NAMES:
                    continue
                if _HAN.search(value) and re.search("[A-Za-z]", value):
                    continue  # 冀A (a plate prefix), 单号YT: mixed scripts are not a name
                if rules._MASKED.match(value) or not _NAME_CHARS.fullmatch(value):
                    continue
                if (
                    e < len(folded)
                    and folded[e] in ":："
                    and s > 0
                    and _HAN.match(folded[s - 1])
                    and (value[-1] in _LABEL_END or not rules.plausible_name(value))
                ):
                    continue  # 订单号： — the tail of a field label, not a name
                if not _HAN.search(value):
                    continue  # Latin-script names are out of scope (model output there is mostly noise)
                if len(value) < 2 or _NICKNAME.fullmatch(value):
                    continue  # a surname alone (李女士) or a nickname (阿杰, 小王) is not a full name
                score = 0.45 + 0.5 * conf
                if rules.plausible_name(value):
                    score = min(0.97, score + 0.05)
                elif rules.surname_of(value) is None and not rules._MINORITY.fullmatch(value):
                    translit = all(ch in _TRANSLIT for ch in value)  # 伯南克, 彼得罗夫, 玛丽昂·
                    if conf < (0.6 if translit else 0.9) or value[-1] in _LABEL_END:
                        continue  # no surname: only confident spans, very confident unless transliterated
                    score -= 0.15
            else:
                if EXTEND_MODEL_ADDRESS:
                    s, e = rules.extend_address(folded, s, e)
                if prose and not rules.has_fine_part(folded[s:e]):
                    continue  # in running text a place without road / number / village is not an address
                if not _HAN.search(folded[s:e]):
                    pending.append((s, e, conf))  # kept only when joined to an accepted address
                    continue
                if _CASE_NO.fullmatch(folded[s:e]) and s > 0 and folded[s - 1] in "初终执字第再审号":
                    continue  # (2019)川1809刑初476号: a case number
                if _ADDR_LABEL.search(folded[s:e]):
                    continue  # 上车地点 / 银行卡号: a field label
                if _ORG_END.search(folded[s:e]):
                    continue  # 通江县人民法院: an institution, not a person's address
                if (
                    e - s <= 3
                    and not rules.has_fine_part(folded[s:e])
                    and not gazetteer.longest_at(folded[s:e])
                ):
                    continue  # 密码 / 备注: too short to be an address on its own
                m = _LABEL_NUMBER.fullmatch(folded[s:e])
                if (
                    m
                    and m.group(1)
                    and not gazetteer.longest_at(m.group(1))
                    and not rules.has_fine_part(m.group(1))
                ):
                    continue  # 卡号尾号9707 / 热线400: a label and a number
                score = 0.45 + 0.5 * conf
            if kind == "PERSON" and _REPEATED.fullmatch(value):
                n = len(_REPEATED.fullmatch(value).group(1))  # 魏晨魏晨魏晨: one name, repeated
                out += [Cand(p, p + n, kind, score, "person.model", 2) for p in range(s, e, n)]
                continue
            out.append(Cand(s, e, kind, score, "person.model" if kind == "PERSON" else "address.model", 2))
        # number groups such as 8-10-1109 after an accepted address (the corpus splits at "-")
        ends = {c.end for c in out[line_start:] if c.type == "ADDRESS"} if pending else set()
        for s, e, conf in sorted(pending):
            if any(s - k in ends and set(folded[s - k : s]) <= set("-_—#") for k in (0, 1)):
                out.append(Cand(s, e, "ADDRESS", 0.45 + 0.5 * conf, "address.model", 2))
                ends.add(e)
    return out


def _strip(c: Cand, folded: str) -> Cand | None:
    s, e = c.start, c.end
    while s < e and folded[s] in " \t\u3000":
        s += 1
    while e > s and folded[e - 1] in " \t\u3000，,、":
        e -= 1
    if s >= e:
        return None
    if c.type == "ADDRESS":
        e = next_field(folded, s, e)  # …3楼 寄件人：苏睿昊: the next field's label ends the address
    return c if (s, e) == (c.start, c.end) else c._replace(start=s, end=e)


def _merge(cands: list[Cand]) -> list[Cand]:
    """Resolve overlaps: ADDRESS spans of equal priority union; otherwise priority, then length, wins."""
    cands = sorted(cands, key=lambda c: (c.start, -c.end))
    # 1) the model's address spans replace overlapping gazetteer / grammar spans (it knows where an
    #    address ends better than the grammar does); remaining ADDRESS candidates are united
    cover = bytearray(max((c.end for c in cands), default=0) + 1)
    for c in cands:
        if c.type == "ADDRESS" and c.priority == 2:
            cover[c.start : c.end] = b"\x01" * (c.end - c.start)
    addr = [c for c in cands if c.type == "ADDRESS" and not (c.priority < 2 and any(cover[c.start : c.end]))]
    merged_addr: list[Cand] = []
    for c in addr:
        if merged_addr and c.start < merged_addr[-1].end:
            p = merged_addr[-1]
            best = max(p, c, key=lambda x: (x.priority, x.score))
            merged_addr[-1] = Cand(
                p.start,
                max(p.end, c.end),
                "ADDRESS",
                max(p.score, c.score),
                best.rule,
                max(p.priority, c.priority),
            )
        else:
            merged_addr.append(c)
    # 2) PERSON: overlapping persons keep the highest priority
    rest = [c for c in cands if c.type == "PERSON"] + merged_addr
    rest.sort(key=lambda c: (-c.priority, -(c.end - c.start), -c.score))
    chosen: list[Cand] = []  # kept sorted by start, non-overlapping
    starts: list[int] = []
    for c in rest:
        k = bisect.bisect_left(starts, c.end)
        lo = k
        while lo > 0 and chosen[lo - 1].end > c.start:
            lo -= 1
        clash = chosen[lo:k]
        if not clash:
            chosen.insert(k, c)
            starts.insert(k, c.start)
        elif c.type == "ADDRESS" and all(x.type == "PERSON" and x.priority < c.priority for x in clash):
            chosen[lo:k] = [c]
            starts[lo:k] = [c.start]
    return chosen


def _finding(c: Cand, folded: str) -> Finding:
    value = folded[c.start : c.end]
    if c.type == "PERSON":
        sur = rules.surname_of(value)
        details = {"surname": sur} if sur else {}
    else:
        starts = gazetteer.longest_at(value)
        names: list[str] = []
        if starts:
            _e, names = rules.division_chain(value, min(starts), starts)
        details = gazetteer.resolve(names) if names else {}
    return Finding(c.start, c.end, c.type, round(min(1.0, max(0.0, c.score)), 3), details, c.rule)


def _trim(text: str) -> tuple[int, int]:
    s, e = 0, len(text)
    while s < e and text[s] in " \t\r\n\u3000\"'“”":
        s += 1
    while e > s and text[e - 1] in " \t\r\n\u3000\"'“”":
        e -= 1
    return s, e


def _find_person_address(
    text: str,
    *,
    types: frozenset[str] = _ALL,
    hint: str | None = None,
    use_model: bool = True,
    keyed: Sequence[tuple[str, int, int]] = (),
) -> list[Finding]:
    """PERSON / ADDRESS findings in ``text`` (offsets into ``text``).

    ``hint`` is a column header or JSON key; when it names a name / address column, the whole
    trimmed cell is the entity if it is plausible. ``use_model=False`` runs the rule tier only.
    """
    types = frozenset(types) & _ALL
    if not types or not text or not _HAN.search(text) and not hint:
        return []
    folded = gazetteer.fold(text)
    kind = hint_kind(hint)
    if kind is None and hint and other_column(hint):
        return []  # a cell under 公司名称 / 城市 / 昵称: not a person's name or address
    if kind in types:
        s, e = _trim(folded)
        value = folded[s:e]
        if kind == "PERSON" and rules.plausible_name(value, labelled=True):
            c = Cand(s, e, "PERSON", 0.95, "person.hint", 4)
            return [_finding(c, folded)]
        if kind == "ADDRESS" and len(value) >= 4 and _HAN.search(value) and rules.has_fine_part(value):
            c = Cand(s, e, "ADDRESS", 0.95, "address.hint", 4)
            return [_finding(c, folded)]
    if not _HAN.search(text):
        return []
    cands: list[Cand] = []
    # "姓名": "张三" / realName=张三 inside a text; a SQL row's value under its column (given by the engine);
    # a cell under its table header
    table_keyed, quiet = table_columns(folded, hint_kind)
    for key, s, e in [*rules.key_values(folded), *keyed, *table_keyed]:
        k = hint_kind(key)
        value = folded[s:e]
        if k == "PERSON" and rules.plausible_name(value, labelled=True):
            cands.append(Cand(s, e, "PERSON", 0.93, "person.hint", 4))
        elif k == "ADDRESS" and len(value) >= 4 and rules.has_fine_part(value):
            cands.append(Cand(s, e, "ADDRESS", 0.93, "address.hint", 4))
    addresses = rules.address_cues(folded) + rules.address_spans(folded)
    if "PERSON" in types:
        cands += rules.person_cues(folded) + rules.person_receive(folded) + rules.person_honorific(folded)
        cands += rules.person_chat(folded)
        cands += rules.person_fields(folded, addresses)
    if "ADDRESS" in types:
        cands += addresses
    if use_model:
        cands += _model_cands(text, folded, types, model_spans)
    cands = [c for c in (_strip(c, folded) for c in cands) if c is not None]
    if quiet:
        quiet.sort()
        starts = [q[0] for q in quiet]
        cands = [c for c in cands if not _in_quiet_cell(c, quiet, starts)]
    chosen = _repeat(folded, _merge(cands))
    return [_finding(c, folded) for c in chosen if c.type in types]


def _in_quiet_cell(c: Cand, quiet: list[tuple[int, int, bool]], starts: list[int]) -> bool:
    """Inside a cell of a 城市 / 昵称 / 公司 column (or filling a 备注 cell): not a name or an address there.
    ``quiet`` is sorted and its cells do not overlap (``starts``: their starts, for bisection)."""
    k = bisect.bisect_right(starts, c.start) - 1
    if k < 0:
        return False
    s, e, whole_only = quiet[k]
    return c.end <= e and (not whole_only or (c.start, c.end) == (s, e))


def _trim_to_known(folded: str, chosen: list[Cand]) -> list[Cand]:
    """A name found with a word glued on (朱翔拾金 beside 朱翔, 段皓本 beside 段皓) is cut back to the name found
    elsewhere in the same text."""
    counts = Counter(folded[c.start : c.end] for c in chosen if c.type == "PERSON")
    out = []
    for c in chosen:
        value = folded[c.start : c.end]
        if c.type == "PERSON" and len(value) >= 3 and counts[value] == 1 and "·" not in value:
            for cut in (1, 2):  # the longer known name first; found at least twice, so not itself a fragment
                if len(value) - cut >= 2 and counts.get(value[:-cut], 0) >= 2:
                    c = c._replace(end=c.end - cut)
                    break
        out.append(c)
    return out


def _repeat(folded: str, chosen: list[Cand]) -> list[Cand]:
    """Other occurrences of a confidently found name in the same text are the same person."""
    chosen = _trim_to_known(folded, chosen)
    names = {folded[c.start : c.end] for c in chosen if c.type == "PERSON" and c.score >= 0.8}
    if not names:
        return chosen
    taken = bytearray(len(folded))
    for c in chosen:
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
    extra: list[Cand] = []
    auto = ahocorasick.Automaton()
    for name in names:
        if len(name) >= 2:
            auto.add_word(name, len(name))
    if len(auto) == 0:
        return chosen
    auto.make_automaton()
    hits = sorted(((end - n + 1, end + 1) for end, n in auto.iter(folded)), key=lambda x: (x[0], -x[1]))
    for i, j in hits:
        if not any(taken[i:j]):
            extra.append(Cand(i, j, "PERSON", 0.8, "person.repeat", 1))
            taken[i:j] = b"\x01" * (j - i)
    return sorted(chosen + extra, key=lambda c: c.start) if extra else chosen


def find_person_address(
    text: str,
    *,
    types: frozenset[str] = _ALL,
    hint: str | None = None,
    use_model: bool = True,
    keyed: Sequence[tuple[str, int, int]] = (),
) -> list[Finding]:
    """PERSON / ADDRESS findings in ``text`` (offsets into ``text``); see the module docstring.

    ``hint`` is a column header or JSON key; when it names a name / address column, the whole
    trimmed cell is the entity if it is plausible. ``use_model=False`` runs the rule tier only.
    ``keyed``: (column name, start, end) of values named elsewhere in the text (SQL dump rows).
    Every result passes ``sanity`` (no field labels, article numbers, masked values or bare places).
    """
    if _SURROGATE.search(text) is not None:  # lone surrogates (surrogateescape input): one for one, offsets kept
        text = _SURROGATE.sub("\ufffd", text)
    return sane(text, _find_person_address(text, types=types, hint=hint, use_model=use_model, keyed=keyed))


_SURROGATE = re.compile("[\ud800-\udfff]")
