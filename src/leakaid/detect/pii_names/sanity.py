"""Last checks on the names tier's candidates: drop what cannot be a name or an address, and take in the
unit/room tail the tagger sometimes cuts short. Applied to every result of ``find_person_address``."""

from __future__ import annotations

import re
import unicodedata

from leakaid.detect import cues as C  # noqa: N812
from leakaid.detect.finding import Finding

from .surnames import COMPOUND, NEVER_NAMES


def sane(text: str, findings: list[Finding]) -> list[Finding]:
    """The findings that pass the checks, addresses trimmed of words around them, extended over their unit/room
    tail and joined where only a dash or a slash separates their parts (江苏省-无锡市-南长区…)."""
    out: list[Finding] = []
    for f in sorted(findings, key=lambda x: x.start):
        f = _strip_edges(text, _outside_markup(text, f))
        if f is None:
            continue
        if f.type == "PERSON":
            m = _PERSON_HEAD.match(text, f.start, f.end)
            if m and f.end - m.end() >= 2:
                f = f._replace(start=m.end())  # 我是古丽娜尔: the cue is not part of the name
            m = _PERSON_TITLE.search(text, f.start, f.end)
            if m and m.start() - f.start >= 2:
                f = f._replace(end=m.start())  # 帕提古丽·买买提先生: the title is not part of the name
        elif f.type == "ADDRESS":
            trimmed = _trim_address(text, _over_gaps(text, _extend_address(text, f)))
            if trimmed is None:
                continue
            f = trimmed
            last = out[-1] if out else None
            if last is not None and last.type == "ADDRESS" and (
                f.start <= last.end or _joined(text, last.end, f.start) or _next_line_part(text, last, f)
            ):
                details = last.details if len(last.details) >= len(f.details) else f.details
                out[-1] = last._replace(end=max(last.end, f.end), score=max(last.score, f.score), details=details)
                continue
        out.append(f)
    return [f for f in out if _plausible_name_or_address(text, f)]


# Never part of a name or an address: a quote or bracket of the SQL / CSV / JSON around it, a line end (\r).
_EDGE = " \t\r\n'\"`‘’“”,;|()（）[]【】<>"


def _symbol(ch: str) -> bool:
    """An emoji or another symbol (📍 🏠 ❤): never the first or last character of a name or an address."""
    return ch in "\ufe0f\u200d" or unicodedata.category(ch)[0] == "S"


def _strip_edges(text: str, f: Finding) -> Finding | None:
    s, e = f.start, f.end
    while s < e and (text[s] in _EDGE or _symbol(text[s])):
        s += 1
    while e > s and (text[e - 1] in _EDGE or _symbol(text[e - 1])):
        e -= 1
    if e - s < 2:
        return None
    return f if (s, e) == (f.start, f.end) else f._replace(start=s, end=e)


def _outside_markup(text: str, f: Finding) -> Finding:
    """A span that took in a tag (``addr>朝阳区…</``): the piece between angle brackets with the most Han."""
    value = text[f.start : f.end]
    if "<" not in value and ">" not in value:
        return f
    best, most, pos = (f.start, f.start), -1, f.start
    for piece in re.split("[<>]", value):
        han = len(_HAN.findall(piece))
        if han > most:
            best, most = (pos, pos + len(piece)), han
        pos += len(piece) + 1
    return f._replace(start=best[0], end=best[1])


def next_field(text: str, s: int, e: int) -> int:
    """Where an address span starting at ``s`` must end at the latest: before the next field inside it
    (收件地址：…3楼 寄件人：苏睿昊 / addr=… mobile=… / …7-4-501  189509); a wide gap followed by the address's
    next part (…静海区雨润街  1503号) is inside it."""
    pos = s + 4
    while True:
        m = _NEXT_FIELD.search(text, pos, min(len(text), e + 32))
        if m is None or m.start() >= e:
            return e
        if m.group()[:1] in " \u3000" and len(m.group()) >= 2:
            piece = _GAP_PIECE.match(text, m.start())
            if piece is not None and _continues(piece.group(1)):
                pos = m.end()
                continue
        return m.start()


_PERSON_TITLE = re.compile("(?:先生|女士|小姐|同志)$")
# Inside an address span, where the next field begins: a wide gap, a tab, a key= or a label： after a space
_NEXT_FIELD = re.compile(
    r"[ \u3000]{2,}|\t| (?=[A-Za-z_][\w.]{0,30}=)|[ \u3000]+(?=[\u4e00-\u9fff]{1,6}[：:])|[（(](?=邮编|郵編|郵遞區號)"
)
# a postcode written before the address (110臺北市…, 32000 桃園市…), not part of it
_POSTCODE_HEAD = re.compile("[0-9]{3,6}[ \u3000]?(?=[\u4e00-\u9fff]{1,4}[省市縣县])")
_POSTCODE_TAIL = re.compile("[ \u3000]+[0-9]{6}$")

# Words the names tier sometimes takes into an address: the end of a spaced label (住　　址：), a verb or a
# preposition before it (改成 / 於 / 寄到), 的 after it, a field label after a space (… 备注).
_ADDRESS_HEAD = re.compile(
    "(?:[址地][\u3000 ]*[:：][\u3000 ]*|[A-Za-z_]{2,20}[ \t]*[:：=][ \t]*|改成|改为|改為|寄到|送到|住在|家住|暂住|暫住|现住|現住|位于|位於|於|在|为|為|是)"
)
_ADDRESS_TAIL_WORDS = re.compile("(?:的|吗|嗎|呢|吧|啊|[\u3000 ]+(?:备注|備註|电话|電話|手机|手機|联系人|聯絡人|邮编|郵編)[\u3000 ]*)$")


# What people type after the address (and before it) that is not part of it: where to leave the parcel, a
# landmark, a note — after a space or a bracket, or glued to the last unit (…12号楼楼下快递柜, …16楼东门快递柜).
_DELIVERY_POINT = re.compile(
    "(?:[东西南北][门門]|楼下|樓下|门口|門口)?(?:快递柜|快遞櫃|快递点|快遞點|菜鸟驿站|菜鳥驛站|驿站|驛站|丰巢|豐巢|"
    "门卫室|門衛室|门卫|門衛|传达室|傳達室|前台|護士站|护士站|收发室|收發室)$|楼下$|樓下$"
)
_NOTE_AFTER = re.compile(r"[ \u3000]+[^ \u3000]*$|[（(][^）)]*$")
_NOTE_WORDS = re.compile("放|旁边|旁邊|对面|對面|附近|门口|門口|代收|敲门|敲門|有狗|电话|電話|谢谢|謝謝|送到|送货|送貨")
_LANDMARK_BEFORE = re.compile(r"^[^ \u3000]{1,12}(?:附近|对面|對面|旁边|旁邊)[ \u3000]+")


# a typed address with wide gaps in it: 天津市 静海区雨润街  1503号 / …白鹭一路40号  香樟小区 30号楼1103
_GAP_PIECE = re.compile(r"[ \u3000]{2,4}((?:[^\s：:]| (?! ))+)")


def _over_gaps(text: str, f: Finding) -> Finding:
    """Carry an address over wide gaps while what follows still reads as its next part (a number, a road, an
    estate with its building) and not as another field (a label, a phone number, a name)."""
    e = f.end
    for _ in range(4):
        m = _GAP_PIECE.match(text, e)
        if m is None or not _continues(m.group(1)):
            break
        e = m.end()
    return f if e == f.end else f._replace(end=e)


def _continues(piece: str) -> bool:
    """After a wide gap: the next part of the same address, not a note or another field."""
    return not (
        len(piece) > 30
        or _ADDRESS_GRAIN.search(piece) is None
        or not _HAN.search(piece)
        or _NOTE_WORDS.search(piece)
        or _DELIVERY_POINT.search(piece)
        or _LABEL_AHEAD.match(" " + piece)
    )


# after the address's last number: 的 + more prose, 一户, a closing bracket that opened before the address
_PROSE_AFTER = re.compile("(?<=[0-9０-９室号號栋棟幢组組楼樓])(?:的[\u4e00-\u9fff]|一户|一戶|[)）])")


def _first_division(value: str) -> int:
    """Where the first administrative division name starts in ``value``: 0 when one (also a short one: 北京,
    安徽) starts it, -1 when none does in its first four characters."""
    from .gazetteer import longest_at

    best = longest_at(value[:12])
    if best.get(0):
        return 0
    for i in range(min(4, len(value))):
        name = best.get(i, "")
        if len(name) >= 2 and name[-1] in "省市区區县縣州旗盟":
            return i
    return -1


def _no_place(piece: str) -> bool:
    """Neither a division name nor a road, number or unit: a note after an address (家里有狗, 前台)."""
    from .gazetteer import longest_at

    piece = piece.strip(" \u3000（()")
    return _ADDRESS_GRAIN.search(piece) is None and _ESTATE_END.search(piece) is None and not longest_at(piece).get(0)


_ESTATE_END = re.compile("[府邸园園]$|公馆|公館|家园|家園|新城|名城")  # an estate's name ends the address: …1215号 枫丹府


def _trim_address(text: str, f: Finding) -> Finding | None:
    value = text[f.start : f.end]
    s, e = f.start, f.end
    m = _LANDMARK_BEFORE.match(value)  # 卫生院附近 芜湖繁昌区…: the landmark is not the address
    if m and len(value) - m.end() >= 6:
        s += m.end()
    if e - s > 6 and text[e - 1] in "楼樓" and text[e - 2] in "楼樓" and text[e : e + 1] == "下":
        e -= 1  # …12号楼楼下快递柜: the model took the 楼 of 楼下
    for _ in range(3):  # …1004 放门口 / …21号楼（加油站旁边） / …12号楼楼下快递柜
        m = _NOTE_AFTER.search(text, s, e)
        if m and m.start() - s >= 6 and (_NOTE_WORDS.search(m.group()) or _no_place(m.group())):
            e = m.start()
            continue
        m = _DELIVERY_POINT.search(text, s, e)
        if m and m.start() - s >= 6:
            e = m.start()
            continue
        break
    m = _ADDRESS_HEAD.match(value)
    if m and len(value) - m.end() >= 4:
        s += m.end()
    m = _PROSE_AFTER.search(text, s, e)  # …2602的苏国强老人今年91岁 / …2403室一户 / …8组）先后跳入水中施救
    if m and m.start() - s >= 4:
        e = m.start()
    first = _first_division(text[s:e])
    if 0 < first <= 2 and not _ROAD.search(text, s, s + first):
        s += first  # 了昭化区… / 包为通州区…: words before the first division name
    m = _ADDRESS_TAIL_WORDS.search(text, s, e)
    if m and m.start() - s >= 4:
        e = m.start()
    e = next_field(text, s, e)
    m = _POSTCODE_HEAD.match(text, s, e)
    if m:
        s = m.end()
    m = _POSTCODE_TAIL.search(text, s, e)
    if m and m.start() - s >= 4:
        e = m.start()
    return f._replace(start=s, end=e) if e - s >= 2 else None


def _joined(text: str, end: int, start: int) -> bool:
    """Two address pieces are one address when they overlap, touch, or only a dash/slash lies between."""
    return start <= end or (start - end <= 2 and all(ch in "-－—_/／·" for ch in text[end:start]))


_ROAD = re.compile("[路街道巷弄]")


def _next_line_part(text: str, last: Finding, f: Finding) -> bool:
    """An address broken over two lines of one field: …槐滨南街264号 / 世纪大厦2417室 — the second line is
    only the building and room of the first (no division, no road of its own) and ends the field."""
    if text[last.end : f.start] not in ("\n", "\r\n") or text[f.end : f.end + 1] not in ("", "\n", "\r"):
        return False
    value = text[f.start : f.end]
    from .gazetteer import longest_at

    return _ROAD.search(value) is None and 0 not in longest_at(value) and _ROAD.search(text, last.start, last.end) is not None


_HAN = re.compile("[\u3400-\u9fff]")


def _plausible_name_or_address(text: str, f: Finding) -> bool:
    """Engine-level sanity checks on the names tier: a name or address has Han characters, is not a cue
    word (身份证, QQ号), is not masked output (****), and an address is finer than a division name."""
    value = text[f.start : f.end]
    if _HAN.search(value) is None or "**" in value or "＊＊" in value:
        return False
    if f.type == "ADDRESS" and _DOCUMENT_TITLE.search(value):
        return False  # 人民医院门诊病历 / 出院小结 / 处方笺: a document's title, not a place
    if "【" in value or "】" in value or _tag(text, f):
        return False  # 申通快递】电子 / 【小区团购群】: a bracketed tag, never a name or an address
    if text[f.end : f.end + 1] in ("*", "＊") or text[f.start - 1 : f.start] in ("*", "＊"):
        return False  # the visible part of a masked value (广东省深圳市南山区****, 张**)
    if (
        f.type == "ADDRESS"
        and text[f.end : f.end + 1] in (":", "：")
        and text[f.start - 1 : f.start] in ("", "\n", " ", "\t", "\u3000")
    ):
        return False  # 下單時間：2023-11-13 — a field's label, not its value (a name there is a speaker: 张三：好的)
    if f.type == "PERSON" and _division_only(value):
        return False  # 海南省 (交通运输厅表示…): a place, not a name
    coarse = f.type == "ADDRESS" and (_ADDRESS_GRAIN.search(value) is None or _division_only(value))
    if coarse and _MASK_AFTER.match(text, f.end):
        return False  # 北京市海淀区*****: the visible part of a masked address
    if coarse and (value == text.strip() or _whole_field(text, f)):
        # a cell or field that is only division names (a 城市 column: 深圳市; 所在地区：江苏省南京市) is a place,
        # not an address that locates a person; inside a running text the same words usually start one
        # (浙江省宁波市慈溪市 浒山街道…)
        return False
    if f.type == "PERSON" and (
        C.kind_of(value) is not None or C.kind_of(value.rstrip("号號码碼")) is not None or _ORDINAL.fullmatch(value)
    ):
        return False  # 身份证 / QQ号 are field labels; 第五条 is an article number (第 is also a surname)
    if f.type == "PERSON" and (
        _SURNAME_TITLE.fullmatch(value) or _SURNAME_TITLE.fullmatch(value + text[f.end : f.end + 1])
    ):
        return False  # 闫师傅, 谢经理 (or 刘经 cut from 刘经理): a surname and a title is not a full name
    if f.type == "PERSON" and (
        value[0] in "·•・．" or value[-1] in "·•・．"  # half of a minority name (夏木·): its other half is unknown
        or _DELIVERY_POINT.search(value) is not None  # 东门快递柜, 门卫室
        or (len(value) == 2 and value[1] in "哥姐叔婶嬸嫂")  # 王哥, 李姐: how a person is called, not a name
        or (value in COMPOUND and _SURNAME_TITLE.match(value + text[f.end : f.end + 2]))  # 夏侯女士
        or value in NEVER_NAMES
    ):
        return False
    if f.type == "ADDRESS" and not _locates(value, text, f):
        return False
    return True


# An address that locates a person has a number (house, building, room), a village or a group; roads, estates,
# shops and crossings alone (绕行滨河路, 延安路与东新东路交叉口, 汉庭…酒店) do not.
_LOCATES = re.compile("[0-9０-９]|[一二三四五六七八九十百零〇两]+[号號组組栋棟幢室]|村|屯|组|組|嘎查|苏木|蘇木")
_BARE_UNIT = re.compile("[0-9]{1,3}(?:栋|棟|幢|号楼|號樓)[0-9]{2,5}室?")  # 10栋502: which estate is not said
_PLACEHOLDER = re.compile("XX|xx|××|ＸＸ")
_CASE_NUMBER = re.compile("[民刑行执執赔賠][初终終再监監保审審]?[0-9]+号")  # （2022）黑0128民初5498号


_TRANSIT = re.compile("地铁|地鐵|号线|號線|公交|[0-9]+路(?:车|車|公交)?(?:或|到|转|轉|、)|^[0-9]+路")
_VERB_FIRST = re.compile("[放送寄去到]")


def _locates(value: str, text: str, f: Finding) -> bool:
    if _BARE_UNIT.fullmatch(value) or _PLACEHOLDER.search(value) or _CASE_NUMBER.fullmatch(value):
        return False
    if _TRANSIT.search(value) or _VERB_FIRST.match(value):
        return False  # 乘坐224路或地铁6号线到安居一路 (directions), 放村口小卖部 (where to leave it)
    if _LOCATES.search(value) is not None:
        return True
    # no number: still an address when it fills its field (收货地址：…大厦) or begins with a division (an
    # address string such as 江苏省南京市鼓楼区汉中路凤凰国际书城); a road or a shop in running text is not one
    from .gazetteer import longest_at

    first = longest_at(value).get(0, "")
    if value == text.strip() or _whole_field(text, f):
        return True
    # a division first and more than divisions after it — in a line of its own, not in running prose
    # (杨陵区城南街道朝阳社区：网格员… / 在浚县青龙镇将… are places, not someone's address)
    line_start = text.rfind("\n", 0, f.start) + 1
    line_end = text.find("\n", f.end)
    line = text[line_start : len(text) if line_end == -1 else line_end]
    return len(first) >= 2 and first[-1] in "省市区區县縣州旗盟" and len(line.strip()) <= len(value) + 12


_MASK_AFTER = re.compile("[\u4e00-\u9fff]{0,8}[*＊]")


def _division_only(value: str) -> bool:
    """Whether ``value`` is nothing but administrative division names (石家庄市, 河北省石家庄市)."""
    from .gazetteer import longest_at

    best = longest_at(value)
    pos = 0
    while pos < len(value):
        name = best.get(pos)
        if not name:
            return False
        pos += len(name)
    return True


_DOCUMENT_TITLE = re.compile("(?:病历|病歷|小结|小結|处方笺|處方箋|通知书|通知書|证明书|證明書|登记表|登記表|记录|記錄)$")


def _tag(text: str, f: Finding) -> bool:
    """【小区团购群】 heading a line: the whole span in brackets that no cue word opens (收货人【X】 is a value)."""
    return (
        text[f.start - 1 : f.start] == "【"
        and text[f.end : f.end + 1] == "】"
        and text[f.start - 2 : f.start - 1] in ("", "\n", " ", "\t", "\u3000")
    )


def _whole_field(text: str, f: Finding) -> bool:
    """The span fills a table cell or the rest of a labelled line: nothing of its own around it."""
    before = text[f.start - 1] if f.start > 0 else "\n"
    after = text[f.end] if f.end < len(text) else "\n"
    if after == "\u3000" or (after == " " and text[f.end : f.end + 2] == "  "):
        after = "\n" if _LABEL_AHEAD.match(text, f.end) else after  # 籍贯：河北省邯郸市　民族：汉 — the next field
    return before in "\n,\t|;：:\u3000 \"'" and after in "\n\r,\t|;\"'"


_LABEL_AHEAD = re.compile("[ \u3000]+[\u4e00-\u9fff]{1,6}[：:]")


_PERSON_HEAD = re.compile("我是|还是|還是|我叫|是")
_SURNAME_TITLE = re.compile(
    "[\u4e00-\u9fff]{1,2}(?:师傅|師傅|师父|先生|女士|小姐|老师|老師|经理|經理|医生|醫生|律师|律師|老板|老闆|阿姨|大爷)"
    "|[\u4e00-\u9fff](?:总|總|工)"  # 李总, 张工 (a one-character title only after a surname alone)
)


# Something finer than a division: a number, or a road / village / building word.
_ADDRESS_GRAIN = re.compile(
    "[0-9０-９]|小区|小區|大厦|大廈|花园|花園|胡同|公寓|广场|廣場|单元|單元|[路街巷弄号號栋棟幢室楼樓村组組镇鎮乡鄉屯寨庄莊苑院坊湾灣座层層]"
)
_ORDINAL = re.compile("第[〇零一二三四五六七八九十百千万两0-9]+[条條款项項章节節编編部届屆次名号號期回页頁]?")
# The unit/room tail of an address the names tier cut short: 新村10【-4-151】, 15号【楼1503】.
_UNIT = "(?:号楼|號樓|栋|棟|幢|座|单元|單元|层|層|楼|樓|室|户|戶)"
_ADDRESS_TAIL = re.compile(
    # an estate or building name before the units: 东风西路911弄【学府佳园1号楼2201】
    "(?:[\u4e00-\u9fff]{1,8}?(?:佳园|家园|花园|新村|小区|公寓|大厦|大廈|广场|廣場|中心|工场|大楼|大樓|苑|园|園|府|邸|阁|閣|城)"
    "(?=[0-9０-９A-Za-z]{1,4}" + _UNIT + "))?"
    "(?:[-－—][0-9０-９]{1,5}(?![0-9０-９])|[0-9０-９A-Za-z]{0,4}" + _UNIT + "(?:[0-9０-９]{1,5}(?![0-9０-９]))?)+"
    "(?:室|号|號)?"
)


def _extend_address(text: str, f: Finding) -> Finding:
    e = f.end
    while e < len(text) and text[e].isdigit() and text[e - 1].isdigit():
        e += 1  # …7栋1单元170|2: the tagger cut a room number
    m = _ADDRESS_TAIL.match(text, e)
    e = max(e, m.end()) if m is not None else e
    return f._replace(end=e) if e > f.end else f
