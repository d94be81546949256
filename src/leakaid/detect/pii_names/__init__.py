"""PERSON / ADDRESS detection: rule + gazetteer tier and a small packaged character tagger.

Entry point: :func:`find_person_address`. Offsets always refer to the caller's text.
Masked court-style names (张某, 李某某, 王**) are not reported: they are already de-identified.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from leakaid.detect.finding import Finding

from . import gazetteer, rules
from .rules import Cand
from .surnames import SINGLE

__all__ = ["find_person_address", "model_spans"]

_ALL = frozenset({"PERSON", "ADDRESS"})
EXTEND_MODEL_ADDRESS = True
_HAN = re.compile(f"[{rules.HAN}]")
_LINE = re.compile(r"[^\n]+")
_NAME_CHARS = re.compile(f"[{rules.HAN}A-Za-z·•・. ]+")
_NAME_HINTS = (
    "姓名", "名字", "收件人", "收货人", "寄件人", "发件人", "联系人", "户名", "持卡人", "开户人", "客户姓名", "真实姓名",
    "法定代表人", "签收人", "收款人", "付款人", "借款人", "申请人", "患者", "乘车人", "入住人",
)
_NAME_HINTS_EN = frozenset(
    "name fullname full_name realname real_name customer_name customername receiver recipient consignee "
    "contact contact_name contactname person person_name receiver_name sender sender_name cardholder "
    "holder_name account_name xingming".split()
)
_ADDR_HINTS = ("地址", "住址", "住所", "户籍", "居住地", "所在地", "收货地", "通讯地", "送货地")
_ADDR_HINTS_EN = ("address", "addr", "street", "shipping", "residence", "dizhi")
_NOT_NAME = ("username", "user_name", "nickname", "filename", "file_name", "company", "product", "hostname",
             "domain", "brand", "shop", "store", "org", "bank_name", "city", "province")


def hint_kind(hint: str | None) -> str | None:
    """'PERSON' / 'ADDRESS' when a column header or JSON key names one, else None."""
    if not hint:
        return None
    h = gazetteer.fold(hint).strip().lower().replace(" ", "").replace("-", "_")
    if any(k in h for k in _ADDR_HINTS) or any(k in h for k in _ADDR_HINTS_EN):
        return "ADDRESS"
    if any(k in h for k in _NOT_NAME) or "昵称" in h or "用户名" in h:
        return None
    if any(k in h for k in _NAME_HINTS) or h in _NAME_HINTS_EN or h.endswith(("_name", "name")) and h not in {
        "firstname", "lastname"
    }:
        return "PERSON"
    return None


# The model call goes through this hook so tests can observe / replace it.
def model_spans(lines: list[str]) -> list[list[tuple[int, int, str, float]]]:
    from .model import get_tagger

    tagger = get_tagger()
    if tagger is None:
        return [[] for _ in lines]
    return tagger.spans(lines)


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
        for s, e, kind, conf in spans:
            if kind not in types:
                continue
            s, e = off + s, off + e
            value = folded[s:e]
            if kind == "PERSON":
                if rules._MASKED.match(value) or not _NAME_CHARS.fullmatch(value):
                    continue
                if e < len(folded) and folded[e] in ":：" and s > 0 and _HAN.match(folded[s - 1]):
                    continue  # 订单号： — the tail of a field label, not a name
                if len(value) < 2:
                    # 马先生 / 李女士: the surname alone, low score
                    if value in SINGLE and folded.startswith(("先生", "女士", "小姐"), e):
                        out.append(Cand(s, e, "PERSON", 0.5, "person.model", 2))
                    continue
                score = 0.45 + 0.5 * conf
                if rules.plausible_name(value):
                    score = min(0.97, score + 0.05)
                elif rules.surname_of(value) is None and not rules._MINORITY.fullmatch(value):
                    score -= 0.15
            else:
                if EXTEND_MODEL_ADDRESS:
                    s, e = rules.extend_address(folded, s, e)
                if prose and not rules.has_fine_part(folded[s:e]):
                    continue  # in running text a place without road / number / village is not an address
                score = 0.45 + 0.5 * conf
            out.append(Cand(s, e, kind, score, "person.model" if kind == "PERSON" else "address.model", 2))
    return out


def _merge(cands: list[Cand]) -> list[Cand]:
    """Resolve overlaps: ADDRESS spans of equal priority union; otherwise priority, then length, wins."""
    cands = sorted(cands, key=lambda c: (c.start, -c.end))
    # 1) the model's address spans replace overlapping gazetteer / grammar spans (it knows where an
    #    address ends better than the grammar does); remaining ADDRESS candidates are united
    cover = bytearray(max((c.end for c in cands), default=0) + 1)
    for c in cands:
        if c.type == "ADDRESS" and c.priority == 2:
            cover[c.start : c.end] = b"\x01" * (c.end - c.start)
    addr = [
        c for c in cands if c.type == "ADDRESS" and not (c.priority < 2 and any(cover[c.start : c.end]))
    ]
    merged_addr: list[Cand] = []
    for c in addr:
        if merged_addr and c.start < merged_addr[-1].end:
            p = merged_addr[-1]
            best = max(p, c, key=lambda x: (x.priority, x.score))
            merged_addr[-1] = Cand(p.start, max(p.end, c.end), "ADDRESS", max(p.score, c.score), best.rule,
                                   max(p.priority, c.priority))
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


def find_person_address(
    text: str,
    *,
    types: frozenset[str] = _ALL,
    hint: str | None = None,
    use_model: bool = True,
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
    if kind in types:
        s, e = _trim(folded)
        value = folded[s:e]
        if kind == "PERSON" and rules.plausible_name(value):
            c = Cand(s, e, "PERSON", 0.95, "person.hint", 4)
            return [_finding(c, folded)]
        if kind == "ADDRESS" and len(value) >= 4 and _HAN.search(value) and rules.plausible_address(value):
            c = Cand(s, e, "ADDRESS", 0.95, "address.hint", 4)
            return [_finding(c, folded)]
    if not _HAN.search(text):
        return []
    cands: list[Cand] = []
    addresses = rules.address_cues(folded) + rules.address_spans(folded)
    if "PERSON" in types:
        cands += rules.person_cues(folded) + rules.person_receive(folded) + rules.person_honorific(folded)
        cands += rules.person_fields(folded, addresses)
    if "ADDRESS" in types:
        cands += addresses
    if use_model:
        cands += _model_cands(text, folded, types, model_spans)
    chosen = _repeat(folded, _merge(cands))
    return [_finding(c, folded) for c in chosen if c.type in types]


def _repeat(folded: str, chosen: list[Cand]) -> list[Cand]:
    """Other occurrences of a confidently found name in the same text are the same person."""
    names = {folded[c.start : c.end] for c in chosen if c.type == "PERSON" and c.score >= 0.8}
    if not names:
        return chosen
    taken = bytearray(len(folded))
    for c in chosen:
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
    extra: list[Cand] = []
    for name in sorted(names, key=len, reverse=True):
        if len(name) < 2:
            continue
        i = folded.find(name)
        while i >= 0:
            j = i + len(name)
            if not any(taken[i:j]):
                extra.append(Cand(i, j, "PERSON", 0.8, "person.repeat", 1))
                taken[i:j] = b"\x01" * (j - i)
            i = folded.find(name, j)
    return sorted(chosen + extra, key=lambda c: c.start) if extra else chosen
