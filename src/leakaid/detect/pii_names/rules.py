"""Rule tier for PERSON / ADDRESS: cue words, surnames, the division gazetteer and address grammar.

All matching runs on ``gazetteer.fold(text)`` (same length as ``text``), so Traditional and
full-width input match the Simplified patterns and every offset is an offset into the caller's text.
Candidates are ``Cand`` tuples; ``__init__`` merges them with the model's spans.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from leakaid.detect import markup

from . import gazetteer
from .surnames import COMPOUND, NOT_NAMES, SINGLE


class Cand(NamedTuple):
    start: int
    end: int
    type: str
    score: float
    rule: str
    priority: int  # hint 4 > cue 3 > model 2 > gazetteer / grammar / honorific 1


HAN = "\u3400-\u4dbf\u4e00-\u9fff"
# Han characters that never sit inside a name or an address component (function words, verbs of speech …).
_STOP = "的了是在与及或我你他她它们这那就也还把被吗呢吧啊哦嗯请谢说"
_HANT = f"(?:(?![{_STOP}])[{HAN}])"
_NUM = "[0-9一二三四五六七八九十百千零〇两]+"
_ROAD_SUF = "大道|大街|胡同|街道|路|街|巷|弄|道"
_AREA_SUF = "街道|社区|居委会|村委会|开发区|工业园区|工业区|产业园|新区|镇|乡|村|组|屯|嘎查|里"
_POI_SUF = (
    "小区|花园|大厦|公寓|新村|家园|广场|中心|大楼|山庄|名苑|雅苑|公馆|华府|宿舍|商城|市场|写字楼|大院|"
    "苑|城|院|府|湾|阁|庭|园|楼|座|坊|邨|轩|居"
)
_UNIT_SUF = "号楼|号院|号|弄|栋|幢|座|单元|层|楼|室|户|组|排|门|区|期|栋楼|号房"
_NUMBER = rf"(?:[A-Za-z]?{_NUM}[A-Za-z]?(?:[-—#][A-Za-z]?{_NUM}[A-Za-z]?)*(?:{_UNIT_SUF})|\d+(?:-\d+)+|[A-Za-z]\d*(?:座|栋|幢|区))"
_ROAD = rf"(?:{_HANT}{{1,8}}?(?:{_ROAD_SUF})(?:{_NUM}(?:号|弄|巷))?)"
# 镇长 / 村委 / 村民 / 区政府 are offices and people, not address parts
_AREA = rf"(?:{_HANT}{{1,8}}?(?:{_AREA_SUF})(?![长委民政干办]))"
_POI = rf"(?:{_HANT}{{0,8}}?(?:{_POI_SUF}))"
# a space may separate number / road / area components, never a bare POI word (it could be a name)
_COMP = re.compile(rf"[ ]?(?:(?P<num>{_NUMBER})|(?P<road>{_ROAD})|(?P<area>{_AREA})|(?P<poi>{_POI}))")
_SPACED_POI = re.compile(rf" {_HANT}{{0,10}}(?:{_POI_SUF})(?=[ ]?[0-9A-Za-z]|$|[，,。;；\n\t])")
_ROAD_NO = re.compile(rf"{_HANT}{{2,4}}?(?:{_ROAD_SUF}){_NUM}(?:号|弄)")

PERSON_CUES = (
    "收件人|收货人|收件|寄件人|发件人|联系人|联络人|紧急联系人|姓名|名字|户名|持卡人|开户人|开户名|"
    "法定代表人|法人代表|负责人|经办人|委托人|委托代理人|代理人|申请人|被申请人|被告人|被告|原告|上诉人|被上诉人|"
    "第三人|被执行人|申请执行人|犯罪嫌疑人|罪犯|证人|患者|病人|家长|监护人|乘车人|乘机人|旅客|入住人|"
    "客户姓名|客户|买家|收款人|付款人|借款人|出借人|担保人|签收人|承租人|出租人|户主|业主|学生姓名|员工姓名|"
    "真实姓名|快递员|司机|我叫|他叫|她叫|名叫|本人|姓\\s*名|"
    # contract parties and the people of a police record (a role in brackets may follow: 承租方（乙方）：)
    "出租方|承租方|甲方|乙方|丙方|被询问人|询问人|报警人|报案人|出警民警|民警|应聘人|推荐人|"
    # the signature block and parties of a judgment, also in Traditional and spaced out (原　　告　王伟)
    "审判长|審判長|审判员|審判員|人民陪审员|人民陪審員|陪审员|陪審員|书记员|書記員|法官助理|辩护人|辯護人|"
    "诉讼代理人|訴訟代理人|原[\\s\u3000]+告|被[\\s\u3000]+告|"
    # receipts, work orders, service staff, insurance and property parties
    "今收到|维修人员|维修工|配送员|骑手|经纪人|置业顾问|租客|班主任|辅导员|接待人|受理人|来电人|投诉人|举报人|"
    "当事人|驾驶人|驾驶员|被保险人|投保人|参保人|缴款人|交款人|购房人|买受人|房主|"
    # family words right before a name in chats: 再帮我寄一份给我妈付珍
    "我妈妈|我爸爸|我妈|我爸|我老婆|我老公|我爱人|我儿子|我女儿|我姐姐|我哥哥|我弟弟|我妹妹"
)
# cues that take a name without a delimiter in court-style text ("原告张三，男，…")
LEGAL_CUES = frozenset(
    "被告人 被告 原告 上诉人 被上诉人 第三人 被执行人 申请执行人 犯罪嫌疑人 罪犯 申请人 被申请人 法定代表人 "
    "我叫 名叫 他叫 她叫 姓名 本人 入住人 乘车人 乘机人 收件人 收货人 寄件人 联系人 快递员 司机 持卡人 户主 业主 客户 "
    "今收到 我妈妈 我爸爸 我妈 我爸 我老婆 我老公 我爱人 我儿子 我女儿 我姐姐 我哥哥 我弟弟 我妹妹".split()
)
ADDRESS_CUES = (
    "收货地址|收件地址|寄件地址|发货地址|家庭住址|家庭地址|现住址|现住|户籍地址|户籍所在地|户籍地|住址|地址|"
    "住所地|住所|居住地|通讯地址|联系地址|详细地址|送货地址|配送地址|单位地址|工作地址|所在地|住"
)
_PCUE = re.compile(
    rf"(?P<cue>{PERSON_CUES})"
    # a role in brackets may stand between the cue and its colon: 承租方（乙方）：, 甲方（签字）：
    rf"(?P<delim>(?:[（(][^（）()\n]{{1,6}}[）)])?\s*[:：【\[「]\s*|[ \t\u3000]+|(?=[{HAN}]))"
)
_ACUE = re.compile(rf"(?P<cue>{ADDRESS_CUES})(?P<delim>\s*[:：]\s*|[ \t]+|(?=[{HAN}]))")
_HONORIFIC = re.compile(rf"[{HAN}]{{0,3}}?(?=先生|女士|小姐)")
_NAME_STOP = re.compile(
    "先生|女士|小姐|老师|同志|电话|手机|联系|地址|住址|收货|收件|身份证|性别|[男女]|收$|寄$"
)
_MASKED = re.compile(rf"^[{HAN}]{{1,2}}(?:某+|[*＊xX×○〇]+)")
_MINORITY = re.compile(rf"[{HAN}]{{1,8}}[·•・．.][{HAN}]{{1,8}}(?:[·•・．.][{HAN}]{{1,8}})?")
_HAN_RUN = re.compile(rf"[{HAN}]+")
_ORG_PARTY = re.compile("单位|單位|公司|企业|企業|机构|機構")
_ORG_AHEAD = re.compile(rf"[{HAN}]{{2,20}}?(?:有限公司|公司|集团|集團|企业|企業|医院|醫院|学校|學校|大学|大學|事务所|事務所)")
# What stands in a name field instead of a name: roles, placeholders, other fields' labels
_NOT_A_PERSON = frozenset(
    "本人 同上 见上 自取 待定 代收 顾客 客户 司机 单位 房东 车主 董事 工程师 商品 物品 备注 地址 电话 手机 姓名 证件 "
    "密码 费用 编号 公民 单号 项目 时间 金额 余额 信息 门卫 前台 家人 朋友 未知 不详 无".split()
)
_FIELD_END = frozenset(["", "\n", "\r", "】", "]", "」", "\t", "|", ",", "，"])


# -- PERSON ---------------------------------------------------------------------------------------
def surname_of(name: str) -> str | None:
    if name[:2] in COMPOUND:
        return name[:2]
    if name[:1] in SINGLE:
        return name[:1]
    return None


def plausible_name(s: str, *, labelled: bool = False) -> bool:
    """2–4 Han characters starting with a surname, a compound-surname name, or a ·-separated name.

    ``labelled``: the text sits in a name field (a 姓名 column or key), so a name that is also a common
    word (朱红, 田野) is still a name."""
    if _MINORITY.fullmatch(s):
        return True
    if not _HAN_RUN.fullmatch(s) or _MASKED.match(s) or (s in NOT_NAMES and not labelled):
        return False
    if len(s) == 2 and s[0] in "阿小老":
        return False  # 阿杰 / 小王 / 老李: nicknames
    sur = surname_of(s)
    if sur is None:
        return False
    if len(sur) == 2:
        return 3 <= len(s) <= 4
    return 2 <= len(s) <= 3 or (len(s) == 4 and s[1] in SINGLE)


def name_at(folded: str, pos: int, strict: bool) -> tuple[int, float] | None:
    """End offset and score of a name starting at ``pos`` (after a cue), or None."""
    m = _MINORITY.match(folded, pos)
    if m:
        return m.end(), 0.9
    m = _HAN_RUN.match(folded, pos)
    if not m:
        return None
    run = m.group()[:10]
    if _MASKED.match(run):
        return None  # 张某 / 李某某 / 王** are already de-identified
    stop = _NAME_STOP.search(run, 1)
    if stop:
        run = run[: max(stop.start(), 2)] if stop.start() >= 2 else run[:0]
    if run in _NOT_A_PERSON or run[:2] in _NOT_A_PERSON:
        return None
    if run in NOT_NAMES or run[:2] in NOT_NAMES:
        # 收件人：黎明 / 联系人：程序 — a word, but alone in a name field and led by a surname it is a name
        after = folded[pos + len(run) : pos + len(run) + 1]
        if strict or not 2 <= len(run) <= 3 or surname_of(run) is None or not (after in _FIELD_END or after.isspace()):
            return None
        return pos + len(run), 0.85
    sur = surname_of(run)
    if sur is None:
        if strict or not 2 <= len(run) <= 3:
            return None
        return pos + len(run), 0.7
    if len(run) <= len(sur) + 2:
        if len(run) <= len(sur):
            return None
        return pos + len(run), 0.92
    # run continues (no delimiter): take surname + two characters, lower score
    if strict:
        return None
    return pos + len(sur) + 2, 0.7


def person_cues(folded: str) -> list[Cand]:
    out: list[Cand] = []
    for m in _PCUE.finditer(folded):
        cue = re.sub(r"\s+", "", m.group("cue"))
        # the cue must not be the tail of a longer word (e.g. 委托代理人 handled by alternation order)
        no_delim = not m.group("delim")
        if no_delim and cue not in LEGAL_CUES:
            continue
        if _ORG_PARTY.search(m.group("delim")) or _ORG_AHEAD.match(folded, m.end()):
            continue  # 甲方（用人单位）：苏州川岸建材有限公司 — the party is an organisation
        got = name_at(folded, m.end(), strict=no_delim)
        if got is None:
            continue
        end, score = got
        if no_delim:
            # court style: the name must be followed by a delimiter
            if end < len(folded) and folded[end] not in "，,。、(（ \t\n;；:：":
                continue
        out.append(Cand(m.end(), end, "PERSON", score, "person.cue", 3))
        # 出警民警：A、B — the names listed after one cue
        for _ in range(5):
            if end >= len(folded) or folded[end] not in "、，," or m.group("delim") is None:
                break
            got = name_at(folded, end + 1, strict=True)
            if got is None or got[0] - end - 1 > 8 or folded[got[0] : got[0] + 1] not in _FIELD_END | {"、", " ", "\u3000"}:
                break
            out.append(Cand(end + 1, got[0], "PERSON", min(score, got[1]), "person.cue_list", 3))
            end = got[0]
    return out


def person_honorific(folded: str) -> list[Cand]:
    """王伟先生 / 李女士: the whole Han run before 先生/女士/小姐 when it is a plausible name.

    A surname alone (王先生, 李女士) is never reported: like a masked name it is not a full name.
    """
    out: list[Cand] = []
    for m in re.finditer("先生|女士|小姐", folded):
        end = m.start()
        start = end
        while start > 0 and start > end - 5 and re.match(f"[{HAN}]", folded[start - 1]):
            start -= 1
        run = folded[start:end]
        if start > 0 and start == end - 5:
            continue  # the run goes on: no clear name boundary
        if len(run) >= 2 and plausible_name(run):
            out.append(Cand(start, end, "PERSON", 0.8, "person.honorific", 1))
    return out


_RECEIVE = re.compile(rf"(?:^|(?<=[，,\s:：]))([{HAN}]{{2,4}})(?:收|签收|亲启)(?=$|[，,。\s;；)）])")
_FIELD_SEP = re.compile(r"[^,，\t|;；\s/]+")
_LONG_DIGITS = re.compile(r"\d{7,}")


_CHAT_HEADER = re.compile(
    rf"^\d{{4}}[-/]\d{{1,2}}[-/]\d{{1,2}}[ T]\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s+([{HAN}·]{{2,8}})(?=\s*$|\s*[(<（])",
    re.M,
)


def person_chat(folded: str) -> list[Cand]:
    """Chat-export headers: "2024-03-31 19:24:09 潘欣" / "… 覃建璐(2744677952)"."""
    return [
        Cand(m.start(1), m.end(1), "PERSON", 0.85, "person.field", 3)
        for m in _CHAT_HEADER.finditer(folded)
        if plausible_name(m.group(1))
    ]


def person_receive(folded: str) -> list[Cand]:
    """Waybill style "…，张三收，…"."""
    return [
        Cand(m.start(1), m.end(1), "PERSON", 0.85, "person.cue", 3)
        for m in _RECEIVE.finditer(folded)
        if plausible_name(m.group(1))
    ]


def person_fields(folded: str, addresses: list[Cand]) -> list[Cand]:
    """A whole delimited field that is a plausible name, on a line that also holds a number or an address."""
    out: list[Cand] = []
    addr = sorted((a.start, a.end) for a in addresses)
    a_starts = [s for s, _e in addr]

    def inside(pos: int) -> bool:
        k = bisect.bisect_right(a_starts, pos) - 1
        return k >= 0 and addr[k][0] <= pos < addr[k][1]

    for line in re.finditer(r"[^\n]+", folded):
        lo, hi = line.span()
        k = bisect.bisect_left(a_starts, lo)
        if not (_LONG_DIGITS.search(line.group()) or (k < len(a_starts) and a_starts[k] < hi)):
            continue
        for m in _FIELD_SEP.finditer(folded, lo, hi):
            tok = m.group()
            if (
                plausible_name(tok)
                and not inside(m.start())
                and not gazetteer.longest_at(tok)
                and tok[-1] not in "区县市省镇乡村路街巷弄号室楼栋幢苑园院厦"
            ):
                out.append(Cand(m.start(), m.end(), "PERSON", 0.7, "person.field", 1))
    return out


_KV = re.compile(
    r'"(?P<k1>[^"\n]{1,30})"\s*:\s*"(?P<v1>[^"\n]{1,120})"'
    r"|(?:(?<=[?&\s])|^)(?P<k2>[A-Za-z_][\w.]{0,30})=(?P<v2>[^&\s]{1,120})(?=&|\s|$)",
    re.M,
)


def key_values(folded: str) -> list[tuple[str, int, int]]:
    """(key, value start, value end) of JSON-style "key": "value", query-style key=value and XML element pairs."""
    out = markup.element_values(folded)  # <name>张三</name>
    for m in _KV.finditer(folded):
        if m.group("k1") is not None:
            out.append((m.group("k1"), m.start("v1"), m.end("v1")))
        else:
            out.append((m.group("k2"), m.start("v2"), m.end("v2")))
    return out


# -- ADDRESS --------------------------------------------------------------------------------------
def _tail(folded: str, pos: int) -> tuple[int, int, bool]:
    """Extend an address from ``pos`` over road / area / POI / number components.

    Returns (end, number of strong components, whether a number component was seen).
    """
    strong = 0
    has_num = False
    end = pos
    while True:
        m = _COMP.match(folded, end)
        if not m or m.end() == end:
            break
        kind = m.lastgroup
        if kind == "poi" and m.end() - end > 1 and strong == 0 and not has_num:
            # a bare POI right after a division (北京大学, 杭州东站) is not an address by itself
            nxt = _COMP.match(folded, m.end())
            if not nxt or nxt.lastgroup == "poi":
                break
        if kind == "poi" and folded[end] == " ":
            # "… 3号 湾景小区 26栋": take the whole spaced word; "… 3号 苑文 138…" (a name) stops the address
            w = _SPACED_POI.match(folded, end)
            if not w:
                break
            end = w.end()
            continue
        if kind == "num" or (kind == "road" and any(ch.isdigit() for ch in m.group())):
            has_num = True
        if kind in ("num", "road", "area"):
            strong += 1
        end = m.end()
    return end, strong, has_num


def division_chain(folded: str, pos: int, starts: dict[int, str]) -> tuple[int, list[str]]:
    names: list[str] = []
    while pos in starts:
        names.append(starts[pos])
        pos += len(starts[pos])
        if pos + 1 in starts and folded[pos : pos + 1] == " ":
            pos += 1
    return pos, names


def address_spans(folded: str) -> list[Cand]:
    """Addresses anchored on division names (extended over the grammar) and bare road + number forms."""
    out: list[Cand] = []
    starts = gazetteer.longest_at(folded)
    pos_list = sorted(starts)
    covered = -1
    for p in pos_list:
        if p < covered:
            continue
        end, names = division_chain(folded, p, starts)
        tend, strong, has_num = _tail(folded, end)
        if strong >= 2 or (strong >= 1 and len(names) >= 2) or (has_num and names):
            out.append(Cand(p, tend, "ADDRESS", 0.85 if strong >= 2 else 0.75, "address.gazetteer", 1))
            covered = tend
    spans = [(c.start, c.end) for c in out]  # sorted, non-overlapping
    ends = [e for _s, e in spans]
    for m in _ROAD_NO.finditer(folded):
        k = bisect.bisect_right(ends, m.start())
        if k < len(spans) and spans[k][0] < m.end():
            continue
        tend, _strong, _ = _tail(folded, m.end())
        out.append(Cand(m.start(), tend, "ADDRESS", 0.7, "address.grammar", 1))
    return out


_UNIT_NUMBER = re.compile(rf"[ ]?[A-Za-z]?{_NUM}[A-Za-z]?(?:{_UNIT_SUF})")


def extend_address(folded: str, start: int, end: int) -> tuple[int, int]:
    """Grow a model address span: a division chain right before it, numbered units right after it.

    Conservative on purpose: a repeated division (宁波宁波市) and dash-joined numbers (8-10-1109)
    are left as the model split them (redaction covers every part either way).
    """
    base = max(0, start - 12)
    starts = {base + k: v for k, v in gazetteer.longest_at(folded[base : min(end, start + 10)]).items()}
    for p in sorted(starts):
        e, names = division_chain(folded, p, starts)
        if e == start and not folded.startswith(names[-1], start) and names[-1] not in folded[start:end]:
            start = p
            break
        if p < start < p + len(starts[p]) <= end:
            start = p  # the model cut a division name (枝花市 -> 攀枝花市)
            break
    while True:
        m = _UNIT_NUMBER.match(folded, end)
        if not m:
            break
        end = m.end()
    return start, end


def has_fine_part(folded: str) -> bool:
    """Whether an address span holds a number, a road, a village / town or a building part."""
    if re.search(r"\d|[一二三四五六七八九十]+[号栋幢楼层室]", folded):
        return True
    return any(m.lastgroup in ("area", "road") for m in _COMP.finditer(folded))


def plausible_address(folded: str) -> bool:
    if gazetteer.longest_at(folded):
        return True
    _end, strong, has_num = _tail_anywhere(folded)
    return has_num or strong >= 2


def _tail_anywhere(folded: str) -> tuple[int, int, bool]:
    best = (0, 0, False)
    for i in range(len(folded)):
        r = _tail(folded, i)
        if (r[1], r[2]) > (best[1], best[2]):
            best = r
    return best


_ADDR_END = re.compile(r"[\n\t|;；。，,]|(?:电话|手机|联系电话|联系人|收件人|邮编|tel|TEL)|1[3-9]\d{9}")


def address_cues(folded: str) -> list[Cand]:
    out: list[Cand] = []
    for m in _ACUE.finditer(folded):
        cue = m.group("cue")
        start = m.end()
        if folded.startswith(("在", "于"), start):
            start += 1
        if not m.group("delim") and cue not in {
            "住",
            "住所地",
            "现住",
            "住址",
            "户籍地",
            "户籍所在地",
            "居住地",
        }:
            continue
        if cue == "住" and m.start() > 0 and folded[m.start() - 1] not in "，,。；;、 \t\n(（":
            continue  # 住 must start a clause ("，住浙江省…"), not end a word (记住, 居住)
        stop = _ADDR_END.search(folded, start, start + 92)  # bounded: addresses are ≤ 80 characters here
        end = stop.start() if stop else len(folded)
        end = min(end, start + 80)
        while end > start and folded[end - 1] in " ，,、:：":
            end -= 1
        if end - start < 4:
            continue
        value = folded[start:end]
        if not re.search(f"[{HAN}]", value) or not has_fine_part(value):
            continue  # 户籍地北京市朝阳区: an address that stops at the district does not locate a person
        # drop a trailing name / phone after a space ("… 3号 张三")
        sp = value.rfind(" ")
        if sp > 0:
            tail = value[sp + 1 :]
            if plausible_name(tail) and not gazetteer.longest_at(tail) and not _COMP.fullmatch(tail):
                end = start + sp
        out.append(Cand(start, end, "ADDRESS", 0.9, "address.cue", 3))
    return out
