"""Values given as the answer to a question in a call transcript or chat (birth dates; passport and permit numbers
through ``answer_start``).

``坐席：麻烦报一下您的出生日期。`` then, on one of the next lines after the speaker's tag,
``客户：呃 1998年12月6号`` or ``二零零一年三月十四号`` (speech recognition writes numbers as spoken).
Only the first line that says something after the question counts, and it must start with the date.
"""

from __future__ import annotations

import re

_NUMERAL = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_N = "〇零一二两三四五六七八九"
# a speaker's tag and time stamps before what is said: "[01:04] B:", "00:01:14.840 --> 00:01:18.707  患者  ",
# "来电人:", "A 01:24" (a line of its own); fillers: 呃 / 嗯嗯… / 然后，
_LEAD = re.compile(
    r"[ \t]*(?:\[?[0-9:.,]+\]?(?:[ \t]*-->[ \t]*[0-9:.,]+)?[ \t]*)?"
    r"(?:(?P<who>[A-Za-z\u4e00-\u9fff]{1,6})(?:[ \t]*[:：][ \t]*|[ \t]{2,}))?"
    r"(?:(?:呃|嗯|啊|那个|然后|就是|是|哦)+[ \t，,、…。.]*)*"
)
_TAG_LINE = re.compile(r"[ \t]*(?:\[?[0-9:.,]+\]?[ \t]*)?[A-Za-z\u4e00-\u9fff]{0,6}[ \t]*(?:[0-9:.,]+)?[ \t]*[:：]?[ \t]*\r?$")
_DIGIT_DATE = re.compile(
    r"((?:19|20)[0-9]{2})(?:[ \t]?年[ \t]?([0-9]{1,2})[ \t]?月[ \t]?([0-9]{1,2})[ \t]?[日号號]?"
    r"|([-/.])([0-9]{1,2})\4([0-9]{1,2}))(?![0-9])"
)
_SPOKEN_DATE = re.compile(
    rf"([{_N}]{{4}})年(十[一二]?|[{_N}])月((?:[二三]?十)?[{_N}]?)[日号號]?"
)
_FIELD_WORD = re.compile("日期|时间|時間|日|期|号|號|码|碼|址|名|别|別")
_QUESTION = re.compile(r"[？?]|报一下|說一下|说一下|多少|哪天|是什么|麻烦|請|请|核实|核對|核对|呢|要你|俾我|給我|给我|发我|發我")


def _spoken_int(s: str) -> int | None:
    if not s:
        return None
    if "十" not in s:
        return _NUMERAL.get(s) if len(s) == 1 else None
    tens, _, ones = s.partition("十")
    t = _NUMERAL.get(tens, -1) if tens else 1
    o = _NUMERAL.get(ones, -1) if ones else 0
    return None if t < 0 or o < 0 else 10 * t + o


def answer_start(text: str, cue_end: int) -> tuple[int, int] | None:
    """(start, end of line) of what answers the question around ``cue_end``: the first line after it that says
    more than a speaker's tag, past the tag and fillers; None when the cue's line asks nothing or the next line is
    another field of a form."""
    line_end = text.find("\n", cue_end)
    if line_end == -1:
        return None
    line_start = text.rfind("\n", 0, cue_end) + 1
    if _QUESTION.search(text, line_start, line_end + 1) is None:
        return None
    pos = line_end + 1
    for _ in range(3):
        end = text.find("\n", pos)
        end = len(text) if end == -1 else end
        if _TAG_LINE.fullmatch(text, pos, end):
            pos = end + 1
            if pos >= len(text):
                return None
            continue
        lead = _LEAD.match(text, pos, end)
        if lead.group("who") and _FIELD_WORD.search(lead.group("who")):
            return None  # 入职日期：2020年1月1日 — another field of a form, not somebody answering
        return lead.end(), end
    return None


def answered_date(text: str, cue_end: int) -> tuple[int, int, tuple[int, int, int]] | None:
    """(start, end, (year, month, day)) of a date answering the question around ``cue_end``, or None."""
    got = answer_start(text, cue_end)
    if got is not None:
        start, end = got
        m = _DIGIT_DATE.match(text, start, end)
        if m:
            mo, d = (m.group(2), m.group(3)) if m.group(2) else (m.group(5), m.group(6))
            return m.start(), m.end(), (int(m.group(1)), int(mo), int(d))
        m = _SPOKEN_DATE.match(text, start, end)
        if m:
            y = int("".join(str(_NUMERAL[c]) for c in m.group(1)))
            mo, d = _spoken_int(m.group(2)), _spoken_int(m.group(3))
            if mo is not None and d is not None:
                return m.start(), m.end(), (y, mo, d)
    return None
