"""The recognisers that are not digit runs: e-mail, IPv4/IPv6, plates, GPS pairs, the cue-driven
types (WeChat, passport, permits, birth dates, QQ chat-log headers) and whole table cells."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from leakaid.detect import answered, markup, tables
from leakaid.detect import cues as C  # noqa: N812
from leakaid.detect import fastcheck as fc
from leakaid.detect.context import NO_DETAILS, SCORES, ScanContext
from leakaid.detect.skim import finditer_in, matches_at
from leakaid.detect.tabular import TableIndex
from leakaid.detect.validators import hk_macao_permit, passport, plate, wechat
from leakaid.detect.validators import ip as ip_v
from leakaid.detect.validators.email import PROVIDERS as _EMAIL_PROVIDERS
from leakaid.detect.validators.email import domain_ok

_IPV4_RE = re.compile(r"[0-9][0-9]{0,2}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}")
_EMAIL_DOMAIN_RE = re.compile(
    r"@((?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24})(?![A-Za-z0-9]|-[A-Za-z0-9])"
)
_HASH_EMAIL = re.compile(r"(?<![A-Za-z0-9._%+\-])([A-Za-z0-9][A-Za-z0-9._%+\-]{0,63})#((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,6})(?![A-Za-z0-9])")
_EMAIL_LOCAL_REVERSED = re.compile(r"[A-Za-z0-9._%+\-]+")
_PLATE_RE = re.compile(rf"[{plate.PROVINCES}][·•・\- ]?{plate.PLATE_BODY}(?![A-Za-z0-9])")
# IPv6: anchored on a colon chain (every IPv6 has two colons), then widened to the hex digits around it.
_IPV6_CORE = re.compile(r":(?:[0-9A-Fa-f]{0,4}:)+[0-9A-Fa-f]{0,4}")
_HEX = frozenset("0123456789abcdefABCDEF")
_PREFIX_LEN = frozenset(f"/{d}" for d in range(10))
# the two halves apart by a comma or slash, or by the longitude's own word: 北纬30.3243 东经120.1458
_GPS_RE = re.compile(
    r"([0-9][0-9]{0,2}\.[0-9]{4,12})(°[NSns]?)?"  # 22.442205°N, 116.351000°E
    r"(?:[ \t]*[,，/][ \t]*(?:[东東西][经經][ \t:：]*)?|[ \t]*[东東西][经經][ \t:：]*|(?P<space>[ \t]{1,3}))"
    r"([NSEWnsew]?[ \t]?-?[0-9]{1,3}\.[0-9]{4,12})(?![0-9.])(°[EWew]?)?"
)
# a birth date written before its cue: 1987年3月3日出生, 19581027出生
_DATE_BEFORE = re.compile(
    r"((?:19|20)[0-9]{2})(?:(年)([0-9]{1,2})月([0-9]{1,2})[日号號]?|([-/.])([0-9]{1,2})\5([0-9]{1,2})|([0-9]{2})([0-9]{2}))[ \t]*$"
)
# QQ chat-log exports: "2021-01-07 13:03:33 老王(1071519120)" heads each message
# … and the other export layout, the time after the name: "阿凯(1675690402) 2024-02-28 04:31:14"
_QQ_LOG2_RE = re.compile(
    r"(?m)^[^\n()（）]{1,40}[(（]([1-9][0-9]{4,10})[)）][ \t]+[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}[ \t]+[0-9]{1,2}:[0-9]{2}"
    r"(?::[0-9]{2})?[ \t]*$"
)
_QQ_LOG_RE = re.compile(r"(?m)^(?:[0-9]{4}-[0-9]{1,2}-[0-9]{1,2} )?[0-9]{1,2}:[0-9]{2}:[0-9]{2} [^\n()（）]{1,40}[(（]([1-9][0-9]{4,10})[)）][ \t]*$")
# Between a cue word and its value: HTML tags (<span class="label">微信</span><span>…), a separator, a word
# such as 号码 / 是 / 係 / No. / number / is, and quotes or spaces.
_TAGS = r"(?:[ \t]*<[^<>\n]{1,80}>)*"
_SP = r"[ \t\"'`|丨｜│┃\u2600-\u27bf\ufe0f\U0001f300-\U0001faff]*"  # spaces, quotes, backticks, OCR bars (微信丨coco-966), emoji (加薇❤：)
_FILLER = (
    r"[)）\]】]?"  # the cue word closes a bracket: 证件号码（护照）：E…
    + r"(?:[ \t]?[(（][^()（）\n]{1,20}[)）])?"  # … or a bracket qualifies it: 回乡证（澳门）：, Passport (CHN):
    + _TAGS
    + _SP
    + r"(?:[:：=]|(?:号码|號碼|号|號)(?:是|为|為|係咪|係)?|是|为|為|係咪|係|码|碼|于|於|[_\-]?(?:id|ID|Id)|No\.?|no\.?|NO\.?|number|Number|#)?"
    + r"[ \t]*(?:[(（][^()（）\n]{1,20}[)）])?"  # 港澳通行证号码（如经港澳出境）：, Date of birth (day-month-year):
    + r"[ \t\"'`.]*(?:[:：=]|is(?= )|was(?= ))?"
    + _SP
    + _TAGS
    + _SP
    + r"(?:\r?\n[ \t]*(?:No\.?|NO\.?|Number|号码|號碼)?[ \t:：]*)?"  # OCR and forms put the value on the line under its label
    + r"(?:[(（][ \t]?)?"  # or in brackets: 出生日期（1975年10月17日）
)
_WECHAT_AFTER = re.compile(_FILLER + r"(" + wechat.PATTERN + r")(?![A-Za-z0-9_\-])")
# 方便加个微信吗？我的是wxid_…, 没加我微信的家长请加一下：wei-chen9230 — a few words, then 是/：and an ID with a digit
_WECHAT_SAID = re.compile(
    r"[^\n:：]{0,12}?(?:是|係|[:：]|啦|呀|吧|喇)[ \t]*((?=[A-Za-z0-9_\-]*[0-9_])" + wechat.PATTERN + r")(?![A-Za-z0-9_\-])"
)
_LINE_END_AFTER = re.compile(r"[ \t]*\r?\n")
_WECHAT_NEXT_LINE = re.compile(
    r"[ \t]*\r?\n[^\n:：]{0,30}?(?:Identifier|identifier|ID|Id|账号|帳號|帐号)[ \t]*[:：][ \t]*(" + wechat.PATTERN + r")(?![A-Za-z0-9_\-])"
)
_WECHAT_AFTER_V = re.compile(r"(?:[xX]|信)?" + _WECHAT_AFTER.pattern)  # 加v / 我v / 加薇 may begin 加vx / 我v信 / 加薇信
_PASSPORT_AFTER = re.compile(_FILLER + r"(" + passport.PATTERN + r")(?![A-Za-z0-9])")
_PERMIT_AFTER = re.compile(_FILLER + r"(" + hk_macao_permit.PATTERN + r")(?![A-Za-z0-9])")
_RI_SHENG = re.compile("日生")
_NOT_BORN_AFTER = re.compile("医学|醫學|证明|證明|地|时间|時間|日期|年月|孕周")  # 出生医学证明专用章: a document's name
# one character class first: a fast scan; OCR spaces the characters out: 證 件 號 碼
_DOCUMENT_NO = re.compile("[证證] ?件 ?(?:号 ?码|号|编 ?号|號 ?碼|號|編 ?號)")
_JSON_KEY = r'"([A-Za-z_\u4e00-\u9fff][\w\u4e00-\u9fff]{0,40})"[ \t]*:[ \t]*'
_JSON_PAIR = re.compile(_JSON_KEY + r'(?:"([^"\\\n]{1,64})"|(-?[0-9]{5,20})(?![0-9.]))')
_JSON_OPEN = re.compile(_JSON_KEY + r"\{")
_GENERIC_KEYS = frozenset(
    {"old", "new", "value", "val", "v", "before", "after", "from", "to", "data", "current", "prev", "previous", "raw",
     "words", "text"}  # "出生": {"words": "19670922"} — OCR services' JSON
)
_DOCUMENT_KEY = re.compile(r"(?i)(?:cert|credential|zjhm|证件|證件|doc_?(?:no|num|number|id)\b|document_?(?:no|num|number))")
# the date, then 生 and a break: not 生效 (takes effect), 生产 (made on), 生日
_BORN_ON = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})(年)([0-9]{1,2})月([0-9]{1,2})日生(?=[，,。；;、）) \t\n]|$)")
_DATE_AFTER = re.compile(
    _FILLER
    + r"((?:19|20)[0-9]{2})(?:[ \t]?(年)[ \t]?([0-9]{1,2})[ \t]?月[ \t]?([0-9]{1,2})(?:[ \t]?[日号號]|(?![0-9]))"  # 1983 年 7 月 27 日(12时)
    + r"|([-/.])([0-9]{1,2})\5([0-9]{1,2})(?![0-9])|([0-9]{2})([0-9]{2})(?![0-9]))"
)

_DATE_AFTER_ROC = re.compile(
    _FILLER + r"(?P<roc>民[國国][ \t]?)([0-9]{1,3})[ \t]?年[ \t]?([0-9]{1,2})[ \t]?月[ \t]?([0-9]{1,2})[ \t]?[日号號]?"
)
_MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
# a birth date as passports and English forms print it, after its cue: 05 JUL 1994, 5 July 1994, 05-JUL-1994
# a birth date written day (or month) first, as English forms do: 19/01/2004, 01-19-2004
_DATE_AFTER_DMY = re.compile(_FILLER + r"([0-3]?[0-9])([/.\-])([0-3]?[0-9])\2((?:19|20)[0-9]{2})(?![0-9])")
_MONTH_WORD = r"((?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?i:[a-z]{0,6})\.?)"
_DATE_AFTER_EN = re.compile(
    _FILLER
    + r"(?:([0-3]?[0-9])[ \-]?" + _MONTH_WORD + r"[ \-,]{0,2}((?:19|20)[0-9]{2})"
    + r"|" + _MONTH_WORD.replace("(", "(?P<m2>", 1) + r"[ \-]?(?P<d2>[0-3]?[0-9])(?:st|nd|rd|th)?,?[ ]?(?P<y2>(?:19|20)[0-9]{2}))"
    + r"(?![0-9])"
)


def plates(ctx: ScanContext, starts: list[int] | None = None) -> None:
    """Vehicle plates (GA 36), ordinary and new-energy; ``starts``: where one can begin (native pre-pass)."""
    if starts is None:
        found: Iterable[re.Match[str] | None] = _PLATE_RE.finditer(ctx.text)
    else:
        found = matches_at(_PLATE_RE, ctx.text, starts)
    for m in found:
        if m is not None and plate.is_valid(m.group()):
            ctx.add(m.start(), m.end(), "PLATE", SCORES["PLATE"], "plate", plate.info(m.group()))


def emails(ctx: ScanContext) -> None:
    """E-mail addresses, found from each ``@`` outwards (cheap on text without ``@``)."""
    text = ctx.text
    at = text.find("@")
    while at != -1:
        m = _EMAIL_DOMAIN_RE.match(text, at)
        if m is None:
            at = text.find("@", at + 1)
            continue
        lo = max(0, at - 64)
        lm = _EMAIL_LOCAL_REVERSED.match(text[lo:at][::-1])  # the local part, read backwards from '@'
        if lm is not None:
            j = at - lm.end()
            cut = max(text.rfind("--", j, at), text.rfind("..", j, at))
            if cut != -1:
                j = cut + 2  # '----' between fields of a leaked dump
            while j < at and text[j] in "._%+-":
                j += 1
            if j < at and text[at - 1] not in ".-" and domain_ok(m.group(1)):
                domain = m.group(1).lower()
                provider = _EMAIL_PROVIDERS.get(domain)
                details = {"domain": domain, "provider": provider} if provider else {"domain": domain}
                ctx.add(j, m.end(), "EMAIL", SCORES["EMAIL"], "email", details)
        at = text.find("@", m.end())


_WRITTEN_AT = re.compile(
    r"(?<![A-Za-z0-9._+\-])([A-Za-z0-9][A-Za-z0-9._+\-]{0,63})(%40|[(\[{（【][ ]?(?:at|AT|At)[ ]?[)\]}）】])"
    r"((?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24})(?![A-Za-z0-9]|-[A-Za-z0-9])"
)


def written_at_emails(ctx: ScanContext) -> None:
    """Addresses with the @ written another way: URL-encoded in query strings and logs
    (``email=zhang.san%40example.com``) or spelled out to dodge filters (``yzhou70(at)qq.com``, ``[at]``);
    the span is the text as written."""
    text = ctx.text
    for m in _WRITTEN_AT.finditer(text):
        s = m.start()
        if s > 0 and text[s - 1] == "%" and m.end(1) - s > 2:
            s += 2  # email%3Dzhang%40…: the hex pair belongs to the encoded '='
        domain = m.group(3).lower()
        if not domain_ok(domain):
            continue
        provider = _EMAIL_PROVIDERS.get(domain)
        written = "%40" if m.group(2) == "%40" else "(at)"
        details = {"domain": domain, "written": written}
        if provider:
            details["provider"] = provider
        rule = "email.url_encoded" if written == "%40" else "email.at_spelled"
        ctx.add(s, m.end(), "EMAIL", SCORES["EMAIL"] - 0.05, rule, details)


def hash_emails(ctx: ScanContext) -> None:
    """An address with # for @ (zhou_na1440#outlook.com, "#换成@"): only at a known mail provider, so that
    hashtags and C# stay apart."""
    for m in _HASH_EMAIL.finditer(ctx.text):
        domain = m.group(2).lower()
        provider = _EMAIL_PROVIDERS.get(domain)
        if provider:
            details = {"domain": domain, "provider": provider, "written": "#"}
            ctx.add(m.start(), m.end(), "EMAIL", 0.85, "email.hash", details)


def ipv4s(ctx: ScanContext, quads: list[int] | None = None) -> None:
    """Dotted quads not glued to other digits or letters (``IP1.2.3.4`` is allowed).

    ``quads`` ([s, e, …], native pre-pass): the public quads that can pass these checks; checked again here."""
    text = ctx.text
    n = len(text)
    if quads is None:
        spans: Iterable[tuple[int, int]] = (m.span() for m in _IPV4_RE.finditer(text))
    else:
        spans = ((quads[i], quads[i + 1]) for i in range(0, len(quads), 2))
    for s, e in spans:
        if s > 0 and (text[s - 1].isdigit() or text[s - 1] == "." or (text[s - 1].isascii() and text[s - 1].isalpha())):
            if not (text[s - 1] in "Pp" and text[max(0, s - 2) : s].lower() == "ip"):
                continue
        if e < n and (text[e].isdigit() or (text[e] in ".-/" and e + 1 < n and text[e + 1].isdigit())):
            continue  # 1.2.3.4.5, a package revision 2.1.8.2-1, a network 61.135.0.0/16
        _ipv4(ctx, s, e, text[s:e])


# an image or package name and its tag: user-svc:4.1.21.1347, registry/app:2.3.4.5 (an address has a host word)
_IMAGE_TAG = re.compile(r"[a-z][a-z0-9_.]*[-/][a-z0-9_./-]*:$")
_HOST_WORD = re.compile(r"ip|addr|host|server|remote|client|peer|src|dst|forward|real|origin|proxy|via|from")
# words that make a dotted quad shortly after them a version (IPv4 only: "升级后请拨打138…" is still a phone)
_VERSION_WORDS = (
    "版本", "更新", "升级", "升級", "固件", "补丁", "補丁", "内核", "發布", "发布",
    "version", "release", "update", "upgrade", "fixed in", "changes in", "firmware", "kernel", "patch", "bump",
)


def _ipv4(ctx: ScanContext, s: int, e: int, value: str) -> bool:
    """A dotted quad: public addresses are reported, reserved ones and version strings consumed silently."""
    public = fc.ipv4_public(value.split("."))
    if not public:
        return public is not None  # a reserved address is consumed, not reported
    before = ctx.text[max(0, s - 16) : s].lower().rpartition("\n")[2]  # this line only
    product = (
        before.endswith("v")
        or before.endswith("/") and not before.endswith("://")  # http://1.2.3.4 is a host
        or _IMAGE_TAG.search(before) is not None and not _HOST_WORD.search(before)  # user-svc:4.1.21.1347
    )
    if product or ctx.cue(s) == C.NEG or any(w in before for w in _VERSION_WORDS):
        return True  # version string or product token (Chrome/1.2.3.4, 固件升级到 2.1.0.3, fixed in 1.4.0.26)
    ctx.add(s, e, "IP", SCORES["IP"], "ip.v4", {"version": "IPv4"})
    return True


def ipv6(ctx: ScanContext, windows: list[int] | None = None) -> None:
    """IPv6 addresses, anchored on their colon chain; only global unicast is reported."""
    text = ctx.text
    n = len(text)
    for m in finditer_in(_IPV6_CORE, text, windows):
        s, e = m.span()
        k = s
        while k > 0 and s - k < 4 and text[k - 1] in _HEX:
            k -= 1
        if k > 0 and (text[k - 1].isalnum() and text[k - 1].isascii() or text[k - 1] in ":."):
            if not (text[k - 1] in "Pp" and text[max(0, k - 2) : k].lower() == "ip"):  # 服务器IP2402:…
                continue
        if e < n and (text[e].isascii() and text[e].isalnum() or text[e] in ":." or text[e : e + 2] in _PREFIX_LEN):
            continue  # glued, or a network (2400:3200::/32)
        v = text[k:e]
        if v.count(":") < 2 or ("::" not in v and v.count(":") != 7):
            continue
        if ip_v.is_valid(v):
            ctx.add(k, e, "IP", SCORES["IP"], "ip.v6", {"version": "IPv6"})


def gps(ctx: ScanContext, windows: list[int] | None = None) -> None:
    """Latitude/longitude pairs with at least four decimals, N/S/E/W prefixes allowed."""
    text = ctx.text
    for m in finditer_in(_GPS_RE, text, windows):
        st = m.start()
        if st > 0 and (text[st - 1].isdigit() or text[st - 1] == "."):
            continue
        if st > 0 and text[st - 1] == "-":
            st -= 1
        elif st > 0 and text[st - 1] in "NSEWnsew":
            if st > 1 and text[st - 2].isascii() and text[st - 2].isalpha():
                continue
            st -= 1
        first = text[st : m.end(1)].lstrip("NSEWnsew")
        second = m.group(4).lstrip("NSEWnsew \t")
        if (text[st] in "Ss") or (text[st] in "Ww") or (m.group(2) or "")[1:] in ("S", "s"):
            first = "-" + first
        if m.group(4)[:1] in "SsWw" or "西" in text[m.end(1) : m.start(4)] or (m.group(5) or "")[1:] in ("W", "w"):
            second = "-" + second
        if text[max(0, st - 2) : st] in ("南纬", "南緯"):
            first = "-" + first
        a, b = float(first), float(second)
        lat, lon = (a, b) if abs(a) <= 90 and abs(b) > 90 else (b, a) if abs(b) <= 90 and abs(a) > 90 else (a, b)
        if not (abs(lat) <= 90 and abs(lon) <= 180):
            continue
        cue = ctx.cue(st)
        if cue == C.NEG or (m.group("space") is not None and cue != C.GPS):
            continue  # two decimals apart by a space are a pair only after a location word (定位：23.08 113.70)
        in_china = 3 <= lat <= 54 and 73 <= lon <= 136
        score = SCORES["GPS"] + (0.1 if in_china else 0.0)
        ctx.add(st, m.end(), "GPS", score, "gps.pair", {"lat": round(lat, 2), "lon": round(lon, 2)})


def cue_driven(ctx: ScanContext, qqlog_lines: list[int] | None = None) -> None:
    """Values recognised by the word before them: WeChat, passport, permits, birth dates; QQ chat-log headers."""
    cues = ctx.cues
    text = ctx.text
    for kind, type_, rx, validate in (
        (C.WECHAT, "WECHAT", _WECHAT_AFTER, wechat.is_valid),
        (C.PASSPORT, "PASSPORT", _PASSPORT_AFTER, passport.is_valid),
        (C.PERMIT, "HK_MACAO_PERMIT", _PERMIT_AFTER, hk_macao_permit.is_valid),
    ):
        if type_ not in ctx.want or not cues.has(kind):
            continue
        for s0, e in cues.occurrences(kind):
            m = None
            if type_ == "WECHAT" and _LINE_END_AFTER.match(text, e):  # Platform: WECHAT ⏎ Identifier: …
                m = _WECHAT_NEXT_LINE.match(text, e)
            m = m or (_WECHAT_AFTER_V if rx is _WECHAT_AFTER and text[e - 1] in "vV薇" else rx).match(text, e)
            if m is None and type_ != "WECHAT":
                m = _in_next_cell(text, s0, e, type_)
                if m is None and (got := answered.answer_start(text, e)) is not None:
                    m = _ANSWER[type_].match(text, *got)  # 要你通行證號碼 ⏎ 表姐：C49048207
            elif m is None and not text[s0:e].isascii():
                m = _WECHAT_SAID.match(text, e)
            if m and validate(m.group(1)) and not _header_to_row(text, s0, e, m.start(1)):
                if type_ == "WECHAT" and not _wechat_plausible(text, s0, e, m):
                    continue
                ctx.add(m.start(1), m.end(1), type_, SCORES[type_], f"{type_.lower()}.cue", {})
                if type_ != "WECHAT":  # 同行人员护照：E24517014、EA3700501 — a list after one cue
                    _listed_after(ctx, m.end(1), type_, validate)
    if "BIRTHDATE" in ctx.want and cues.has(C.BIRTH):
        for s0, e in cues.occurrences(C.BIRTH):
            m = _DATE_AFTER.match(text, e)
            if m and _plausible_birth(m) and not _header_to_row(text, s0, e, m.start(1)):
                ctx.add(m.start(1), m.end(), "BIRTHDATE", SCORES["BIRTHDATE"], "birthdate.cue", NO_DETAILS)
                continue
            m = _DATE_AFTER_EN.match(text, e)  # passports: Date of birth 05 JUL 1994; forms: Oct 15, 1990
            start = m and (m.start(1) if m.group(1) else m.start("m2"))
            if m and _plausible_birth_en(m) and not _header_to_row(text, s0, e, start):
                ctx.add(start, m.end(), "BIRTHDATE", SCORES["BIRTHDATE"], "birthdate.cue", NO_DETAILS)
                continue
            m = _DATE_AFTER_DMY.match(text, e)  # Date of Birth: 19/01/2004 (day or month first: either reading)
            if m and _plausible_birth_dmy(m) and not _header_to_row(text, s0, e, m.start(1)):
                ctx.add(m.start(1), m.end(), "BIRTHDATE", SCORES["BIRTHDATE"], "birthdate.cue", NO_DETAILS)
                continue
            m = _DATE_AFTER_ROC.match(text, e)  # Taiwan: 出生日期：民國77年3月5日
            if m and _born_ok(int(m.group(2)) + 1911, int(m.group(3)), int(m.group(4))) and not _header_to_row(
                text, s0, e, m.start("roc")
            ):
                ctx.add(m.start("roc"), m.end(), "BIRTHDATE", SCORES["BIRTHDATE"], "birthdate.cue", NO_DETAILS)
                continue
            got = answered.answered_date(text, e)  # 麻烦报一下您的出生日期。⏎B 01:02⏎然后，1969年10月23号
            if got is not None and _born_ok(*got[2]):
                ctx.add(got[0], got[1], "BIRTHDATE", 0.85, "birthdate.answered", NO_DETAILS)
                continue
            if text.startswith("出生", s0) and not _NOT_BORN_AFTER.match(text, s0 + 2):
                m = _DATE_BEFORE.search(text, max(0, s0 - 16), s0)
                if m and _plausible_birth(m) and (m.start() == 0 or not text[m.start() - 1].isdigit()):
                    end = m.end(1) + len(m.group(0).rstrip(" \t")) - len(m.group(1))
                    ctx.add(m.start(), end, "BIRTHDATE", SCORES["BIRTHDATE"], "birthdate.cue_after", NO_DETAILS)
    if "QQ" in ctx.want and (qqlog_lines is not None or ")" in text or "）" in text):
        for rx in (_QQ_LOG_RE, _QQ_LOG2_RE):
            for m in finditer_in(rx, text, qqlog_lines):
                ctx.add(m.start(1), m.end(1), "QQ", SCORES["QQ"], "qq.chat_log", NO_DETAILS)


_DOCUMENT_PATTERNS = {"PASSPORT": passport.PATTERN, "HK_MACAO_PERMIT": hk_macao_permit.PATTERN}
# the number in the next cell (…,护照,E09027919,…) or answering on the next line (表姐：C49048207)
_NEXT_CELL = {t: re.compile(r"[,\t|][ \t\"']*(" + p + r")(?![A-Za-z0-9])") for t, p in _DOCUMENT_PATTERNS.items()}
_ANSWER = {t: re.compile(r"(" + p + r")(?![A-Za-z0-9])") for t, p in _DOCUMENT_PATTERNS.items()}


def _in_next_cell(text: str, s0: int, e: int, type_: str) -> re.Match[str] | None:
    """证件类型 in one cell and the number in the next (…,护照,E09027919,…; …\t往来港澳通行证\tC1046…): the cue
    ends its cell, which holds nothing but the document's name."""
    if e >= len(text) or text[e] not in ",\t|":
        return None
    cell = max(text.rfind(d, max(0, s0 - 14), s0) for d in ",\t|\n") + 1
    if s0 - cell > 10 or any(ch.isdigit() for ch in text[cell:s0]):
        return None
    return _NEXT_CELL[type_].match(text, e)


_LIST_NEXT = re.compile(r"[ \t]*[、,，;；/][ \t]*([A-Z][A-Z0-9]{7,10})(?![A-Za-z0-9])")


def _listed_after(ctx: ScanContext, pos: int, type_: str, validate: Callable[[str], bool]) -> None:
    """Further numbers of the same kind listed after the first (at most a few)."""
    for _ in range(8):
        m = _LIST_NEXT.match(ctx.text, pos)
        if m is None or not validate(m.group(1)):
            return
        ctx.add(m.start(1), m.end(1), type_, SCORES[type_] - 0.05, f"{type_.lower()}.cue_list", {})
        pos = m.end(1)


_ANY_DATE = re.compile(
    r"(?<![0-9])((?:19|20)[0-9]{2})(?:([-/.])([0-9]{1,2})\2([0-9]{1,2})"
    r"|[ ]?年[ ]?([0-9]{1,2})[ ]?月[ ]?([0-9]{1,2})[ ]?[日号]?|([0-9]{2})([0-9]{2}))(?![0-9])"
)


def id_birth_dates(ctx: ScanContext) -> None:
    """A date on the line of an ID card that is the birth date the ID encodes (名单: 姓名 ID 1990-11-07 手机):
    the person's birth date even without a cue word."""
    text = ctx.text
    for f in [f for f in ctx.out if f.type == "ID_CARD" and f.details.get("birth_date")]:
        born = tuple(int(x) for x in f.details["birth_date"].split("-"))
        lo = max(text.rfind("\n", 0, f.start) + 1, f.start - 80)
        hi = text.find("\n", f.end)
        hi = min(len(text) if hi == -1 else hi, f.end + 80)
        for m in _ANY_DATE.finditer(text, lo, hi):
            if f.start <= m.start() < f.end:
                continue
            g = m.groups()
            mo, d = (g[2], g[3]) if g[1] else (g[4], g[5]) if g[4] else (g[6], g[7])
            if (int(g[0]), int(mo), int(d)) == born:
                ctx.add(m.start(), m.end(), "BIRTHDATE", 0.88, "birthdate.id_card", NO_DETAILS)


def _header_to_row(text: str, s0: int, e: int, value: int) -> bool:
    """A value on the line under its cue counts only as a form does it (the value alone on its line, the cue's
    line not a table header whose last cell is the cue: then the value is the next row's first column)."""
    if "\n" not in text[e:value]:
        return False
    line = text[text.rfind("\n", 0, s0) + 1 : s0]
    if any(d in line for d in ",\t|;") or "----" in line:
        return True
    end = text.find("\n", value)
    rest = text[value : len(text) if end == -1 else end].split(" ", 1)
    # alone on its line or before a column gap (OCR: 1963年5月3日  姓名…); 微信\nxiaoming_88 2024-01-01 12:00 is
    # the next chat message, not the ID
    return len(rest) == 2 and rest[1].strip() != "" and not rest[1].startswith(" ")


def _wechat_plausible(text: str, s0: int, e: int, m: re.Match[str]) -> bool:
    """A letters-only ID after an English abbreviation (VX, wx, WeChat) and a bare space is English prose
    ("s390x/VX stitched chacha20"): it counts after a Chinese cue word or a colon, or with a digit/_/- in it.
    The slang 薇 counts only where it does not end a name."""
    if C.kind_of(m.group(1)) is not None:
        return False  # 微信 WeChat：…: the next word is the cue again, not the ID
    between = text[e : m.start(1)]
    if between == ".":
        return False  # wx.lvtu-tech.cn: a host name
    if not between and s0 > 0 and text[s0 - 1].isascii() and text[s0 - 1].isalnum():
        return False  # GcrWxT75LdgmN: letters of a password or token, not a cue and its value
    if "|" in between:
        line_start = text.rfind("\n", 0, s0) + 1
        line_end = text.find("\n", e)
        line_end = len(text) if line_end == -1 else line_end
        if text.count("|", line_start, line_end) >= 2 and len(C.cue_hits(text, line_start, line_end)[0]) >= 2:
            return False  # phone|password|wechat|real_name: a header row naming columns, not a cue and its value
    if text[s0] == "薇" and text[e - 1] in ":：" and s0 > 0 and "\u4e00" <= text[s0 - 1] <= "\u9fff":
        return False  # 张薇：hello… is a chat speaker named …薇, not the slang 薇 (WeChat)
    value = m.group(1)
    if not value.isalpha() or not text[s0:e].isascii():
        return True
    return any(ch in ":：=" for ch in text[e : m.start(1)])


def json_values(ctx: ScanContext, present: bool | None = None) -> None:
    """Values in JSON text named by their key, also a nested one: "wechatId":{"old":"","new":"sun_zhang95"},
    "certType":"PASSPORT","certNo":"ED9917502" (a document-number key: the value's shape says which)."""
    text = ctx.text
    if present is None:
        present = '":' in text or '" :' in text
    if not present:
        return
    for m in _JSON_PAIR.finditer(text):
        key = m.group(1)
        if key.lower() in _GENERIC_KEYS:  # "qq":{"old":null,"new":"590852"}: the key of the enclosing object
            opened = None
            lo = max(0, m.start() - 200)  # bounded: a long minified JSON line stays linear
            for o in _JSON_OPEN.finditer(text, lo, m.start()):
                opened = o
            if opened is None or "}" in text[opened.end() : m.start()]:
                continue
            key = opened.group(1)
        s, e = m.span(2) if m.group(2) is not None else m.span(3)
        _keyed(ctx, key, s, e, "json_key")


def element_values(ctx: ScanContext) -> None:
    """Values of XML elements named by the element: <birthDate>1987-11-05</birthDate>, <qq>…</qq>."""
    for key, s, e in markup.element_values(ctx.text):
        _keyed(ctx, key, s, e, "xml_element")


def sql_values(ctx: ScanContext) -> None:
    """Values of SQL dump rows named by their column (``sqltext``): `qq` bigint COMMENT 'QQ' … VALUES (…,503031182,…)."""
    for key, s, e in ctx.sql or ():
        if e - s <= 64:
            _keyed(ctx, key, s, e, "sql_column")


def _keyed(ctx: ScanContext, key: str, s: int, e: int, source: str) -> None:
    """A value named by a JSON key or a SQL column: the context-gated types its name asks for."""
    value = ctx.text[s:e]
    kind = C.hint_kind(key)
    if kind == C.QQ and value.isdigit() and 5 <= len(value) <= 11 and value[0] != "0":
        ctx.add(s, e, "QQ", SCORES["QQ"], f"qq.{source}", NO_DETAILS)
    elif kind == C.WECHAT and wechat.is_valid(value):
        ctx.add(s, e, "WECHAT", SCORES["WECHAT"], f"wechat.{source}", NO_DETAILS)
    elif kind == C.WECHAT and len(value) == 11 and value.isdigit() and tables.mobile_segment(value) is not None:
        # a phone number as the WeChat ID (the column says so): WECHAT, as after a 微信 cue
        ctx.add(s, e, "WECHAT", 0.97, f"wechat.{source}", {"looks_like_mobile": True})
    elif kind in (C.PASSPORT, C.PERMIT) or _DOCUMENT_KEY.match(key):
        if passport.is_valid(value) and kind != C.PERMIT:
            ctx.add(s, e, "PASSPORT", 0.9, f"passport.{source}", NO_DETAILS)
        elif hk_macao_permit.is_valid(value) and kind != C.PASSPORT:
            ctx.add(s, e, "HK_MACAO_PERMIT", 0.9, f"hk_macao_permit.{source}", NO_DETAILS)
    elif kind == C.BIRTH:
        d = _DATE_AFTER.fullmatch(value)
        if d and _plausible_birth(d):
            ctx.add(s, e, "BIRTHDATE", 0.92, f"birthdate.{source}", NO_DETAILS)
    elif kind == C.BANK and (value := value.replace("-", "").replace(" ", "")).isdigit() and 15 <= len(value) <= 19 and fc.luhn_ok(value):
        # a card number named as one: also an issuer missing from the BIN table (the digit pass scores those low)
        bank, scheme = tables.bank_of(value), tables.scheme_of(value)
        if bank is None and scheme is not None:
            ctx.add(s, e, "BANK_CARD", 0.8, f"bank_card.{source}", {"scheme": scheme})


def document_numbers(ctx: ScanContext, starts: list[int] | None = None) -> None:
    """A passport or permit number after the generic 证件号码 (the document type named elsewhere, e.g. the
    line above): the number's own shape says which (E/G… passport, C/H/M… permit; an ID card is digits)."""
    text = ctx.text
    if starts is None:
        if "件" not in text:
            return
        found: Iterable[re.Match[str]] = _DOCUMENT_NO.finditer(text)
    else:
        found = matches_at(_DOCUMENT_NO, text, starts)
    for cue in found:
        for type_, rx, validate in (
            ("PASSPORT", _PASSPORT_AFTER, passport.is_valid),
            ("HK_MACAO_PERMIT", _PERMIT_AFTER, hk_macao_permit.is_valid),
        ):
            m = rx.match(text, cue.end())
            if type_ in ctx.want and m and validate(m.group(1)) and not _header_to_row(text, cue.start(), cue.end(), m.start(1)):
                ctx.add(m.start(1), m.end(1), type_, 0.85, f"{type_.lower()}.document_cue", {})
                break


def born_on(ctx: ScanContext, starts: list[int] | None = None) -> None:
    """Birth dates written the judgments' way, the cue after the date: 1985年3月12日生，汉族."""
    text = ctx.text
    if "BIRTHDATE" not in ctx.want:
        return
    if starts is None:
        starts = [m.start() for m in _RI_SHENG.finditer(text)]
    for i in starts:  # the regex only around each 日生 (2024年12月31日 is at most 11 characters)
        m = _BORN_ON.search(text, max(0, i - 12), min(len(text), i + 3))
        if m and m.end() == i + 2 and _plausible_birth(m):
            ctx.add(m.start(1), m.end(4) + 1, "BIRTHDATE", SCORES["BIRTHDATE"], "birthdate.born_on", NO_DETAILS)


def table_cells(ctx: ScanContext) -> None:
    """Whole cells of table columns whose header or values say WeChat / passport / permit / birth date.

    Every line holding one of these cue words is looked at as a possible table header; blocks found by
    the other recognisers' look-ups are checked too (headerless columns voted birth dates)."""
    checks = _COLUMN_CHECKS
    if ctx.want & _COLUMN_TYPES:
        starts = ctx.cues.rare_word_starts()
        if starts and ctx.tables is None:
            ctx.tables = TableIndex(ctx.text)
        header_lines: set[int] = set()
        for p in starts:
            ctx.tables.block_at(p)
            header_lines.add(ctx.text.rfind("\n", 0, p) + 1)
        for ls in sorted(header_lines):
            _fixed_width_table(ctx, ls)
    if ctx.tables is None:
        return
    for block in ctx.tables.blocks_with_kind(frozenset(checks)):
        for col, kind in enumerate(block.kinds):
            if kind not in checks or checks[kind][0] not in ctx.want:
                continue
            type_, validate = checks[kind]
            for s, e in ctx.tables.cells(block, col):
                e = _cell_end(type_, ctx.text, s, e)
                if validate(ctx.text[s:e]):
                    ctx.add(s, e, type_, 0.9 if block.header else 0.8, f"{type_.lower()}.column", NO_DETAILS)


_COLUMN_TYPES = frozenset({"WECHAT", "PASSPORT", "HK_MACAO_PERMIT", "BIRTHDATE"})
_COLUMN_CHECKS = {
    C.WECHAT: ("WECHAT", wechat.is_valid),
    C.PASSPORT: ("PASSPORT", passport.is_valid),
    C.PERMIT: ("HK_MACAO_PERMIT", hk_macao_permit.is_valid),
    C.BIRTH: ("BIRTHDATE", lambda v: _is_birth_cell(v)),
}
_MIDNIGHT = re.compile(r"[ T]00:00(?::00(?:\.0{1,9})?)?$")  # 1990-03-07 00:00:00, as pandas and Excel write dates


def _cell_end(type_: str, text: str, s: int, e: int) -> int:
    """Where a cell's value ends: a birth date without the midnight time a date column was exported with."""
    if type_ == "BIRTHDATE" and e - s > 10 and text[e - 1] == "0":
        m = _MIDNIGHT.search(text, s, e)
        if m is not None:
            return m.start()
    return e


_WIDE_GAP = re.compile(r"[ \t]{2,}| *\t *")  # the columns of a fixed-width table are 2+ spaces apart
_MIN_FIXED_ROWS = 2


def _fields(text: str, ls: int) -> list[tuple[int, int]]:
    """(start, end) of the fields of the line at ``ls``, split at runs of two or more spaces."""
    le = text.find("\n", ls)
    le = len(text) if le == -1 else le
    out, pos = [], ls
    for gap in _WIDE_GAP.finditer(text, ls, le):
        if gap.start() > pos:
            out.append((pos, gap.start()))
        pos = gap.end()
    if le > pos and text[pos:le].strip():
        out.append((pos, le - (len(text[pos:le]) - len(text[pos:le].rstrip()))))
    return out


def _fixed_width_table(ctx: ScanContext, header_start: int) -> None:
    """A table aligned with spaces (a report or a pasted spreadsheet): the header line names its columns by
    2+-space-separated fields, and the next lines have as many fields. Cells of WeChat / passport / permit /
    birth-date columns are checked whole."""
    text = ctx.text
    header = _fields(text, header_start)
    if len(header) < 3 or len(header) > 40:
        return
    if ctx.tables is None:
        ctx.tables = TableIndex(text)
    block = ctx.tables.block_at(header_start)
    if block is not None and block.start != header_start:
        return  # a data row of a delimited table (a password such as RnygHsWXKUL holds "WX"), not a header
    kinds = [C.hint_kind(text[a:b]) for a, b in header]
    if not any(k in _COLUMN_CHECKS for k in kinds):
        return
    rows: list[list[tuple[int, int]]] = []
    ls = text.find("\n", header_start)
    indexed = None  # pandas prints a row number before each row, under no header
    while ls != -1 and len(rows) < 100_000:
        fields = _fields(text, ls + 1)
        if indexed is None:
            a, b = fields[0] if fields else (0, 0)
            indexed = len(fields) == len(header) + 1 and text[a:b].isdigit()
        if indexed and len(fields) == len(header) + 1 and text[fields[0][0] : fields[0][1]].isdigit():
            fields = fields[1:]
        if len(fields) != len(header):
            break
        rows.append(fields)
        ls = text.find("\n", ls + 1)
    if len(rows) < _MIN_FIXED_ROWS:
        return
    for col, kind in enumerate(kinds):
        if kind not in _COLUMN_CHECKS or _COLUMN_CHECKS[kind][0] not in ctx.want:
            continue
        type_, validate = _COLUMN_CHECKS[kind]
        for fields in rows:
            s, e = fields[col]
            e = _cell_end(type_, text, s, e)
            if validate(text[s:e]):
                ctx.add(s, e, type_, 0.9, f"{type_.lower()}.column", NO_DETAILS)


def hinted_cell(ctx: ScanContext) -> None:
    """A whole cell under a header such as ``微信号`` / ``护照号码``."""
    value = ctx.text.strip()
    if not value:
        return
    s = ctx.text.index(value)
    e = s + len(value)
    for kind, type_, validate in (
        (C.WECHAT, "WECHAT", wechat.is_valid),
        (C.PASSPORT, "PASSPORT", passport.is_valid),
        (C.PERMIT, "HK_MACAO_PERMIT", hk_macao_permit.is_valid),
    ):
        if ctx.hint == kind and validate(value):
            ctx.add(s, e, type_, 0.95, f"{type_.lower()}.column", {})
    if ctx.hint == C.ID and not value[:1].isdigit():  # 证件号码 column, the type in another: 护照 | E87213685
        if passport.is_valid(value):
            ctx.add(s, e, "PASSPORT", 0.9, "passport.document_column", {})
        elif hk_macao_permit.is_valid(value):
            ctx.add(s, e, "HK_MACAO_PERMIT", 0.9, "hk_macao_permit.document_column", {})
    if ctx.hint == C.BIRTH:
        e = _cell_end("BIRTHDATE", ctx.text, s, e)
        value = ctx.text[s:e]
        m = _DATE_AFTER.fullmatch(value)
        if (m and _plausible_birth(m)) or _birth_cell_other(value):
            ctx.add(s, e, "BIRTHDATE", 0.92, "birthdate.column", {})


def _birth_cell_other(value: str) -> bool:
    """A birth-date cell written day first or in English: 27/02/1982, 05 JUL 1994, Oct 15, 1990."""
    m = _DATE_AFTER_DMY.fullmatch(value)
    if m and _plausible_birth_dmy(m):
        return True
    m = _DATE_AFTER_EN.fullmatch(value)
    return bool(m and _plausible_birth_en(m))


def _is_birth_cell(value: str) -> bool:
    m = _DATE_AFTER.fullmatch(value)
    return (m is not None and _plausible_birth(m)) or _birth_cell_other(value)


def _born_ok(year: int, month: int, day: int) -> bool:
    """A real calendar date between 1900 and today: what a birth date can be."""
    import datetime as dt

    try:
        born = dt.date(year, month, day)
    except ValueError:
        return False
    return dt.date(1900, 1, 1) <= born <= dt.date.today()


def _plausible_birth_en(m: re.Match[str]) -> bool:
    day, month, year = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m["d2"], m["m2"], m["y2"])
    return _born_ok(int(year), _MONTHS.index(month[:3].upper()) + 1, int(day))


def _plausible_birth_dmy(m: re.Match[str]) -> bool:
    """Day first or month first: either reading will do."""
    a, b, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
    return _born_ok(y, b, a) or _born_ok(y, a, b)


def _plausible_birth(m: re.Match[str]) -> bool:
    y = int(m.group(1))
    if m.group(2):
        mo, d = int(m.group(3)), int(m.group(4))
    elif m.group(5):
        mo, d = int(m.group(6)), int(m.group(7))
    else:
        mo, d = int(m.group(8)), int(m.group(9))
    return _born_ok(y, mo, d)
