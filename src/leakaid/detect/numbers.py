"""Numbers: one regex finds every digit run that could be a value; each is classified and validated.

A run is a group of ≥5 digits or groups of ≥3 joined by separators (``138-1234 5678``,
``6222 0202 …``, ``0755 8888 1234``), with a ``+86`` / ``(+86)`` / ``(010)`` prefix looked up
behind it. Classification is by length: 18/15 → ID (GB 11643, date, region), 11 → mobile
(number segment) or QQ, 16–19 → bank card (Luhn + BIN), 0… → landline (area code); runs
holding several values are split at spaces, longest valid prefix first. Numbers written with
Chinese numerals (一三八…) go through the same classifier.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from leakaid.detect import cues as C  # noqa: N812
from leakaid.detect import fastcheck as fc
from leakaid.detect import tables
from leakaid.detect.context import CUE_WINDOW, SCORES, ScanContext
from leakaid.detect.finding import Finding
from leakaid.detect.normalize import NUMERAL_DIGITS, decode_numerals
from leakaid.detect.skim import finditer_in
from leakaid.detect.tabular import TableIndex

_SEP = r"(?:[ ]?[-/_][ ]?|[ ])"  # never a tab: a tab separates the cells of a TSV row
# A run of digit groups with separators that could hold a value: either one run of ≥5 digits, or groups
# of ≥3 digits (138 1234 5678, 6222 0202 …), each optionally followed by a short extension group.
# Shorter numbers (times, dates, counts) never reach Python. It starts with a digit so that the regex
# engine skips everything else quickly; a +86 / (+86) / (010) prefix is looked up behind the match.
# (Every pattern here starts with a single character class: that lets the regex engine skip ahead to the
# next possible start in C, four times faster than a pattern starting with a group or a repeat.)
# Dots separate groups only in the dotted phone forms 138.1234.5678 / 0755.8888.1234 (a dot is otherwise
# a decimal point, a version string or an IP, handled elsewhere).
_NUM_RE = re.compile(
    r"[0-9](?:[0-9]{2,3}\.[0-9]{3,4}\.[0-9]{4}(?![.0-9])|[0-9]{1,}(?:" + _SEP + r"[0-9]{3,})+|[0-9]{4,})"
    r"(?:" + _SEP + r"[0-9]{1,5}(?![0-9]))?(?:[ ]?[Xx](?![0-9A-Za-z]))?"  # OCR spaces an ID's X: …1223160 X
)
_PREFIX_BEHIND = re.compile(
    r"(?:\+[ \t]?[0-9]{1,4}[ \t]?[(（][ \t]?[0-9]{1,4}[ \t]?[)）][ \t\-]?"  # +86 (10) 6234…
    r"|\+[ \t]?[0-9]{1,4}[ \t\-]?|\+[ \t]?|\+?[(（][ \t]?\+?[0-9]{1,4}[ \t]?[)）][ \t]?"
    # a one- or two-digit area or mobile group after the country code: +886-2-, +61 8 , +81 (0)6-, 0060 3-
    r"|(?:\+[ ]?|(?<![0-9])00(?=[1-9]))[0-9]{1,4}[ \-]?(?:[(（]0[)）][ ]?)?[0-9]{1,2}[ \-])\Z"
)
_PREFIX_AHEAD = re.compile(r"\+[ \t]?|[(（][ \t]?\+?[0-9]{1,4}[ \t]?[)）][ \t]?")
_PAREN_AHEAD = re.compile(r"[(（][ \t]?\+?[0-9]{1,4}[ \t]?[)）][ \t]?")
# ≥5 lone digits with one and the same separator (space or dot) between them; the digit-run regex needs
# groups of 3 and leaves these alone.
_SPACED_RE = re.compile(r"[0-9]([ .])[0-9](?:\1[0-9]){3,16}(?![0-9])")
_TRUNK_ZERO = re.compile(r"[(（]0[)）]")
_TAIWAN_FIXED = re.compile(r"0[2-8][ \-][0-9]")  # 06-255-6615: nine digits, a Taiwan fixed line
_GROUP_RE = re.compile(r"[0-9]+[Xx]?|[Xx]")  # an ID's check character belongs to its group: 4403 … 0381 7X
_PLAIN_GROUP_RE = re.compile(r"(?<![0-9\-./_])[0-9]{5,}(?![0-9\-./_])")  # a group not joined to others by - . / _
_WS_SPLIT_RE = re.compile(r"[ \t]+")
_PIECE_SPLIT_RE = re.compile(r"[ \t]+|/")  # values in one run are apart at spaces or a slash: 138…/027-…

_NUMERAL_CHARS = "".join(NUMERAL_DIGITS)
_DIGITS_BEHIND = re.compile(r"(?<![0-9A-Za-z])[0-9]{1,6}[ \-]?\Z")
# numerals, maybe after digits (198 3677 三八三九), maybe ending in an ID's X (spoken 叉); ≥7 digits in all
_NUMERAL_RE = re.compile(
    rf"(?:(?<![0-9A-Za-z])[0-9](?:[ \-]?[0-9]){{0,12}}[ \-]?)?[{_NUMERAL_CHARS}](?:[ \-]?[{_NUMERAL_CHARS}0-9]){{2,26}}"
    rf"(?:[ ]?[Xx叉](?![A-Za-z]))?(?![{_NUMERAL_CHARS}0-9])"
)

# Letter runs allowed right before a digit run (``QQ123456``, ``tel13812345678``); other letters mean
# the digits belong to a code such as ``SF1234567890123`` and are ignored.
_LETTER_PREFIXES = frozenset({"qq", "q", "tel", "phone", "mobile", "mob", "no", "id", "wx", "vx", "v", "ip", "m", "t", "cell"})
_INTL_REGIONS = {"HK": "香港", "MO": "澳门", "TW": "台湾"}
# Taiwan's area codes written in parentheses; none is a mainland area code (those are 010, 02x, 0xxx)
_TAIWAN_AREAS = frozenset({"02", "03", "037", "04", "049", "05", "06", "07", "08", "089", "082", "0826", "0836"})


def digit_runs(
    ctx: ScanContext, windows: list[int] | None = None, qq_windows: tuple[list[int], list[int]] | None = None
) -> None:
    """Every digit run that could be a value: boundaries checked, prefixes attached, then classified.

    ``windows`` and ``qq_windows`` come from the native pre-pass (``skim``): flat [a, b, …] runs of the
    characters a match can consist of; the regex run inside them finds what it finds on the whole text.
    ``qq_windows`` = (runs where a QQ number is possible, runs elsewhere): only a QQ number can be in them;
    possible means a QQ cue word on the line or a table whose header or values can make a QQ column, so the
    second list is read only when the segment's hint says QQ.
    """
    text = ctx.text
    spans = [windows] if windows is not None else []
    if windows is not None and qq_windows is not None and "QQ" in ctx.want:
        possible, elsewhere = qq_windows
        spans.append(possible)
        if elsewhere and ctx.hint == C.QQ:  # without a cue word on the line or a QQ column, only the hint
            spans.append(elsewhere)
    if len(spans) > 1:  # in text order, as the reference: table look-ups happen in the same order
        pairs = sorted((w[i], w[i + 1]) for w in spans for i in range(0, len(w), 2))
        windows = [x for pair in pairs for x in pair]
    for m in finditer_in(_NUM_RE, text, windows):
        _digit_run(ctx, m)
    for m in finditer_in(_SPACED_RE, text, windows):
        _spaced(ctx, m)


def _spaced(ctx: ScanContext, m: re.Match[str]) -> None:
    """Digits written one by one, 1 3 8 1 2 3 4 5 6 7 8 or 1.3.8.1.2.3.4.5.6.7.8 (evading filters)."""
    text = ctx.text
    s, e = m.span()
    if s > 0 and (text[s - 1].isdigit() or text[s - 1] in ".-" or (text[s - 1].isascii() and text[s - 1].isalpha())):
        return  # part of a longer number, a version or a code
    if e < len(text) and (text[e].isascii() and text[e].isalnum()):
        return
    digits = m.group()[::2]
    _classify(ctx, s, e, digits, [digits], prefix="")


def _digit_run(ctx: ScanContext, m: re.Match[str]) -> None:
    text = ctx.text
    n = len(text)
    s, e = m.span()
    glued_start = glued_end = False
    behind = None  # a +86 / (+86) / (010) prefix just before the run, looked up at most once
    if s > 0:
        prev = text[s - 1]
        if s > 2 and text[s - 3] == "%" and _is_hex_pair(text[s - 2 : s]):
            pass  # URL-encoded separator: phone%3D13812345678, %E6%9C%BA%3A138…
        elif prev.isascii() and (prev.isalpha() or prev == "_"):
            j = s - 1
            while j > 0 and text[j - 1].isascii() and text[j - 1].isalpha():
                j -= 1
            glued_start = text[j:s].lower() not in _LETTER_PREFIXES or (j > 0 and text[j - 1] in "_-")
        elif prev in "@#":
            glued_start = True
        elif prev == "/" and s > 1 and text[s - 2].isascii() and text[s - 2].isalnum():
            # a URL path segment (download.php/136/619/19537) is an identifier, unless the whole segment is
            # a mobile or ID number: REST paths name users by them (/users/13812345678/orders)
            if _path_value(text, s, e, m.group()):
                _path_segment(ctx, s, e, m.group())
                return
            glued_start = True
        elif prev in "-./" and s > 1 and text[s - 2].isdigit():
            # 12.34567 or 2024-0510…: part of another number, unless it is a +86- prefix
            behind = _PREFIX_BEHIND.search(text, max(0, s - 12), s)
            glued_start = behind is None
    if e < n:
        nxt = text[e]
        glued_end = (
            (nxt.isascii() and (nxt.isalnum() or nxt in "_@"))
            or (nxt == "." and e + 1 < n and text[e + 1].isdigit() and not _float_of_integer(text, e, m))
            or (nxt == "/" and e + 1 < n and text[e + 1].isascii() and text[e + 1].isalpha())  # …/4980/changes
        )
    tok = m.group()
    if glued_start or glued_end:
        # the group glued to letters belongs to a code (SF123…, a1b2); groups after a space may still be values
        spaces = list(_WS_SPLIT_RE.finditer(tok))
        if not spaces or (glued_start and glued_end and len(spaces) < 2):
            return
        if glued_end:
            e = s + spaces[-1].start()
        if glued_start:
            s += spaces[0].end()
            behind = None
        tok = text[s:e]
    if behind is None and (s > 0 and text[s - 1] in "+( \t)）-" or (s > 1 and text[s - 2] == "+")):
        behind = _PREFIX_BEHIND.search(text, max(0, s - 12), s)
    if behind is not None:
        s = behind.start()
        tok = text[s:e]
    if tok.isdigit():
        _classify(ctx, s, e, tok, [tok], prefix="")
    elif tok[-1] in "Xx" and tok[:-1].isdigit():  # an ID with check character X, no separators
        _classify(ctx, s, e, tok.upper(), [tok[:-1], "X"], prefix="")
    elif tok[-1] in "Xx" and tok[-2] == " ":  # 51010419901223160 X: the X set apart (OCR)
        if not (len(tok) == 19 and tok[:17].isdigit() and _classify(ctx, s, e, tok[:17] + "X", [tok[:17], "X"], prefix="")):
            _compound(ctx, s, tok[:-2])
    else:
        _compound(ctx, s, tok)


_HEX = frozenset("0123456789ABCDEFabcdef")
_PATH_END = frozenset("/?#&;\"')>, \t\r\n")


def _is_hex_pair(two: str) -> bool:
    return len(two) == 2 and two[0] in _HEX and two[1] in _HEX


def _path_value(text: str, s: int, e: int, tok: str) -> bool:
    """A whole URL path segment of 11 digits (1…), 16–19 digits or 18 characters: worth classifying."""
    if not (e == len(text) or text[e] in _PATH_END or text.startswith(".htm", e) or text.startswith(".json", e)):
        return False
    return (len(tok) == 11 and tok[0] == "1" and tok.isdigit()) or (
        16 <= len(tok) <= 19 and tok[:-1].isdigit() and (tok[-1].isdigit() or (len(tok) == 18 and tok[-1] in "Xx"))
    )


def _path_segment(ctx: ScanContext, s: int, e: int, tok: str) -> None:
    """Classify a path segment: a mobile or an ID is kept, a card only under a segment naming cards
    (/v2/cards/6222…/bind); other card-like or QQ-like numbers in a path are record ids."""
    keep = {"MOBILE", "ID_CARD"}
    parent = ctx.text[max(0, ctx.text.rfind("/", max(0, s - 40), s - 1) + 1) : s - 1].lower()
    if "card" in parent or "卡" in parent:
        keep.add("BANK_CARD")
    before = len(ctx.out)
    _classify(ctx, s, e, tok.upper(), [tok[:-1], "X"] if tok[-1] in "Xx" else [tok], prefix="")
    ctx.out[before:] = [f for f in ctx.out[before:] if f.type in keep]


def _float_of_integer(text: str, e: int, m: re.Match[str]) -> bool:
    """``13812345678.0``: an integer written as a float by Excel or pandas (a table column read as numbers);
    ``13812345678.00`` or ``.5`` stay amounts."""
    return (
        text[e + 1] == "0"
        and (e + 2 == len(text) or not (text[e + 2].isalnum() or text[e + 2] in "._"))
        and m.group().isdigit()
    )


def _compound(ctx: ScanContext, s: int, tok: str) -> None:
    """A run with separators or a prefix: try it whole, else split at spaces, longest valid prefix first."""
    prefix = ""
    body_start = 0
    m = _PREFIX_AHEAD.match(tok)
    if m:
        prefix = m.group()
        body_start = m.end()
        if tok.startswith("+") and not m.group().startswith(("(", "（")):
            m2 = _PAREN_AHEAD.match(tok[body_start:])
            if m2:
                prefix += m2.group()
                body_start += m2.end()
    body = tok[body_start:]
    if prefix.startswith("+") or tok.startswith("00"):
        body = _TRUNK_ZERO.sub(lambda z: " " * len(z.group()), body)  # +81 (0)6-…: the trunk 0 is not dialled
    body_groups = _GROUP_RE.findall(body)
    if not prefix and len(body_groups) == 2 and len(body_groups[0]) == len(body_groups[1]) == 4:
        if _hk_macao_local(ctx, s + body_start, s + len(tok), "".join(body_groups)):
            return  # 5616 7923 after 致電: a Hong Kong / Macao mobile written locally
    if not prefix and sum(len(g) for g in body_groups) < 10 and not _TAIWAN_FIXED.match(body):
        # every value written with separators has ≥10 digits: only a lone group can still be one (QQ)
        for m in _PLAIN_GROUP_RE.finditer(body):
            g = m.group()
            _classify(ctx, s + m.start(), s + m.end(), g, [g], prefix="")
        return
    # chunks separated by whitespace-only separators; inside a chunk, separators are - . /
    pieces: list[tuple[int, int]] = []
    pos = 0
    for sp in _PIECE_SPLIT_RE.finditer(body):
        left = body[sp.start() - 1] if sp.start() > 0 else ""
        right = body[sp.end()] if sp.end() < len(body) else ""
        if sp.group() != "/" and (left in "-._" or right in "-._"):
            continue  # spaces around a dash belong to that separator (138 - 1234 - 5678)
        pieces.append((pos, sp.start()))  # a spaced slash separates values: 138 1234 5678 / 139 …
        pos = sp.end()
    pieces.append((pos, len(body)))
    pieces = [(a, b) for a, b in pieces if any("0" <= ch <= "9" for ch in body[a:b])]
    i = 0
    while i < len(pieces):
        found = False
        for j in range(min(len(pieces), i + 5), i, -1):
            a, b = pieces[i][0], pieces[j - 1][1]
            sub = body[a:b]
            groups = _GROUP_RE.findall(sub)
            pre = prefix if i == 0 else ""
            start = s + (0 if (i == 0 and prefix) else body_start + a)
            end = s + body_start + b
            if _classify(ctx, start, end, "".join(groups), groups, prefix=pre):
                i = j
                found = True
                break
        if not found:
            i += 1


def _classify(ctx: ScanContext, s: int, e: int, digits: str, groups: list[str], *, prefix: str) -> bool:
    """Classify one candidate number; add a finding and return True when it is one."""
    if prefix:
        return _with_country(ctx, s, e, digits, prefix, groups)
    if len(groups) > 1:
        if groups[0] == "86" and len(digits) == 13 and digits[2] == "1":  # 86-138-1234-5678: + left out
            return _mobile(ctx, s, e, digits[2:], country=True)
        if groups[0] in _TAIWAN_AREAS and len(groups[0]) == 2 and 9 <= len(digits) <= 10:
            # 06-255-6615, 02-8076-6555: no mainland area code is 02–08 alone; Taiwan's are, next to a phone word
            if ctx.cue(s) in (C.PHONE, C.LANDLINE) and _TRAD_PHONE.search(ctx.text, max(0, s - 16), s):
                return _international(ctx, s, e, "886" + digits[1:])
        if any(len(g) < 3 for g in groups[:-1]) and not (digits[0] == "0" and len(groups[0]) >= 3):
            return False
    n = len(digits)
    if len(groups) == 2 and len(groups[0]) == 11 and digits[0] == "1" and len(groups[1]) <= 5:
        g = groups[0]  # 17194698742-4521: a virtual number and its extension — the number is the 11 digits
        if ctx.text.startswith(g, s) and ctx.text[s + 11 : s + 12] in "-－—#转轉_":
            return _mobile(ctx, s, s + 11, g)
    if n >= 10 and digits[:2] == "00" and digits[2] != "0" and len(groups[0]) <= 7 and not _negated(ctx, s):
        # 00852 5193 3850: the international call prefix written instead of +
        return _with_country(ctx, s, e, digits[2:], "+", groups)
    if digits[0] == "0" and digits[1] != "0" and len(groups) >= 2 and digits[-1] not in "Xx" and (
        n > 12 or (len(groups) >= 3 and len(groups[-1]) <= 2)
    ):
        if _landline_ext(ctx, s, e, groups):  # landline with an extension: 010-12345678-8001, 0771-2809692-8
            return True
    if digits[-1] in "Xx":
        return n == 18 and _id18(ctx, s, e, digits.upper())
    if n == 18:
        if _id18(ctx, s, e, digits):
            return True
        return _card(ctx, s, e, digits)
    if n == 11:
        if digits[0] == "1":
            return _mobile(ctx, s, e, digits)
        if digits[0] == "0":
            return _landline(ctx, s, e, digits)
        return _qq(ctx, s, e, digits, groups)
    if n in (16, 17, 19):
        return _card(ctx, s, e, digits)
    if n == 15:
        if _id15(ctx, s, e, digits):
            return True
        if digits.startswith("0086") and _mobile(ctx, s, e, digits[4:], country=True):
            return True
        return _card(ctx, s, e, digits)
    if digits[0] == "0" and 10 <= n <= 12:
        if _landline(ctx, s, e, digits):
            return True
        # 0912-345-678: a Taiwan mobile written the local way (no mainland number has 10 digits after 09)
        return n == 10 and digits.startswith("09") and _taiwan_local(ctx, s, e, digits)
    if n == 13 and digits.startswith("86"):
        return _mobile(ctx, s, e, digits[2:], country=True, bare86=True)
    if n == 8 and len(groups) == 1 and _hk_macao_local(ctx, s, e, digits):
        return True
    if 5 <= n <= 11 and len(groups) == 1:
        return _qq(ctx, s, e, digits, groups)
    return False


def _negated(ctx: ScanContext, s: int) -> bool:
    return ctx.cue(s) == C.NEG


def _id18(ctx: ScanContext, s: int, e: int, digits: str) -> bool:
    if not fc.id18_ok(digits):
        return False
    score = SCORES["ID_CARD"]
    if _negated(ctx, s):
        score = 0.6
    ctx.add(s, e, "ID_CARD", score, "id_card.gb11643", _id_details(digits, digits[6:14], digits[16]))
    return True


def _id15(ctx: ScanContext, s: int, e: int, digits: str) -> bool:
    if not fc.id15_ok(digits) or _negated(ctx, s):
        return False
    score = SCORES["ID_CARD_15"] + (0.2 if ctx.cue(s) == C.ID else 0.0)
    ctx.add(s, e, "ID_CARD", score, "id_card.legacy15", _id_details(digits, "19" + digits[6:12], digits[14]))
    return True


def _mobile(ctx: ScanContext, s: int, e: int, d11: str, *, country: bool = False, bare86: bool = False) -> bool:
    if len(d11) != 11 or d11[0] != "1":
        return False
    seg = tables.mobile_segment(d11)
    if seg is None:
        return _qq(ctx, s, e, d11, [d11]) if not country else False
    cue = ctx.cue(s)
    if cue == C.NEG:
        return True  # consumed: a number that is not personal data here
    if cue == C.QQ:
        ctx.add(s, e, "QQ", SCORES["QQ"], "qq.cue", {"looks_like_mobile": True})
        return True
    if cue == C.WECHAT:
        ctx.add(s, e, "WECHAT", SCORES["WECHAT"], "wechat.cue", {"looks_like_mobile": True})
        return True
    carrier, kind = seg.carrier, seg.kind or "mobile"
    score = SCORES["MOBILE"] if kind in ("mobile", "virtual", "satellite") else SCORES["MOBILE_DATA"]
    if country and not bare86:
        score += 0.05
    if bare86:
        score -= 0.1
    ctx.add(s, e, "MOBILE", score, "mobile.segment", {"carrier": carrier, "kind": kind, "region": "中国大陆"})
    return True


def _landline(ctx: ScanContext, s: int, e: int, digits: str, *, score_adj: float = 0.0) -> bool:
    from leakaid.detect.validators import landline

    parts = landline.split(digits)
    if parts is None:
        return False
    if _negated(ctx, s):
        return True
    ctx.add(s, e, "LANDLINE", SCORES["LANDLINE"] + score_adj, "landline.area_code", landline.info(digits))
    return True


def _landline_ext(ctx: ScanContext, s: int, e: int, groups: list[str]) -> bool:
    """010-12345678-8001: the span is the number; the extension goes into the details."""
    ext = groups[-1]
    if not 1 <= len(ext) <= 5:
        return False
    cut = ctx.text.rfind(ext, s, e)
    while cut > s and ctx.text[cut - 1] in "-_. \t":
        cut -= 1
    before = len(ctx.out)
    if not _landline(ctx, s, cut, "".join(groups[:-1])):
        return False
    if len(ctx.out) > before:
        f = ctx.out[-1]
        ctx.out[-1] = f._replace(details={**f.details, "extension": ext})
    return True


_TRAD_PHONE = re.compile("電話|手提|手機|致電|聯絡|聯繫|市話|屋企|住宅|查詢|打俾|登記號碼|WhatsApp|whatsapp|WHATSAPP")


def _hk_macao_local(ctx: ScanContext, s: int, e: int, digits: str) -> bool:
    """8 digits after a Traditional phone word (手提電話, 致電, 屋企電話): a Hong Kong or Macao mobile (5/6/7/9) or fixed
    line (2/3) — Macao when the text names Macao. Mainland mobiles have 11 digits and mainland local landlines are
    not reported without their area code."""
    if len(digits) != 8 or digits[0] not in "235679" or ctx.cue(s) not in (C.PHONE, C.LANDLINE):
        return False
    lo = max(0, s - 16)
    lo = max(lo, ctx.text.rfind("\n", lo, s) + 1)  # this line only
    if _TRAD_PHONE.search(ctx.text, lo, s) is None:
        return False
    before = len(ctx.out)
    order = ("853", "852") if ("澳門" in ctx.text or "澳门" in ctx.text) else ("852", "853")
    for cc in order:
        if _international(ctx, s, e, cc + digits):
            if len(ctx.out) > before:
                f = ctx.out[-1]
                ctx.out[-1] = f._replace(score=0.8, rule=f.type.lower() + ".hk_macao_local")
            return True
    return False


def _taiwan_local(ctx: ScanContext, s: int, e: int, digits: str) -> bool:
    """Only beside a phone cue word (手機, 電話 …): without one a 10-digit 09… number is just a number."""
    if ctx.cue(s) != C.PHONE:
        return False
    before = len(ctx.out)
    if not _international(ctx, s, e, "886" + digits[1:]):
        return False
    if len(ctx.out) > before:
        f = ctx.out[-1]
        ctx.out[-1] = f._replace(score=0.8, rule="mobile.taiwan_local")
    return True


def _card(ctx: ScanContext, s: int, e: int, digits: str) -> bool:
    if not fc.luhn_ok(digits):
        return False
    bank = tables.bank_of(digits)
    scheme = tables.scheme_of(digits)
    if bank is None and scheme is None:
        return False
    cue = ctx.cue(s)
    if cue == C.NEG:
        return True
    details: dict[str, Any] = {"scheme": scheme or ""}
    if bank is not None:
        details.update(bank=bank.bank, kind=bank.kind)
        score = SCORES["BANK_CARD"]
    else:
        score = SCORES["BANK_CARD_SCHEME"]
    ctx.add(s, e, "BANK_CARD", score, "bank_card.luhn_bin", details)
    return True


def _qq(ctx: ScanContext, s: int, e: int, digits: str, groups: list[str]) -> bool:
    if len(groups) != 1 or not 5 <= len(digits) <= 11 or digits[0] == "0":
        return False
    if not ctx.cues.has_qq_cue() and ctx.hint != C.QQ:
        # no QQ cue in the whole text: only a table column can make this a QQ number
        if ctx.tables is None:
            ctx.tables = TableIndex(ctx.text)
        if ctx.tables.column_kind(s) != C.QQ:
            return False
    if ctx.cue(s) == C.QQ:
        ctx.add(s, e, "QQ", SCORES["QQ"], "qq.cue", {})
        return True
    return False


def _with_country(ctx: ScanContext, s: int, e: int, digits: str, prefix: str, groups: list[str]) -> bool:
    """Numbers written with +cc, 00cc or (cc): mainland ones by our tables, others via phonenumbers."""
    p = prefix.replace(" ", "").replace("\t", "").replace("（", "(").replace("）", ")")
    national = digits
    if p.startswith("(") and not p.startswith("(+") and p.strip("()").startswith("0"):
        area = p.strip("()")
        if _landline(ctx, s, e, area + digits):  # (010)12345678
            return True
        if len(groups) >= 2 and 1 <= len(groups[-1]) <= 5 and _landline_ext(ctx, s, e, [area, *groups]):
            return True  # (0396)7461499-6379
        # (02)3002-2709: no mainland area code is 02–08 alone; Taiwan's are (台北 02, 台中 04, 高雄 07 …)
        return area in _TAIWAN_AREAS and _international(ctx, s, e, "886" + area[1:] + digits)
    if p in ("+", "(+", ""):
        full = digits
    else:
        inner = p.strip("+()")
        full = inner + digits
    if full.startswith("00"):
        full = full[2:]
    if full.startswith("86"):
        national = full[2:]
        if national.startswith("0"):
            national = national[1:]  # +86 (0)10 …
        if len(national) == 11 and national[0] == "1":
            return _mobile(ctx, s, e, national, country=True)
        if _landline(ctx, s, e, "0" + national, score_adj=0.05):
            return True
        ext = groups[-1]
        if len(groups) >= 3 and 1 <= len(ext) <= 5:  # +86-692-4562120-4179: one extension group
            cut = ctx.text.rfind(ext, s, e)
            while cut > s and ctx.text[cut - 1] in "-_. \t":
                cut -= 1
            return _landline(ctx, s, cut, "0" + national[: -len(ext)], score_adj=0.05)
        return False
    return _international(ctx, s, e, full)


def _international(ctx: ScanContext, s: int, e: int, full: str) -> bool:
    if not 7 <= len(full) <= 15:
        return False
    try:
        import phonenumbers
        from phonenumbers import PhoneNumberType
    except ImportError:  # pragma: no cover - phonenumbers is a dependency
        return False
    try:
        num = phonenumbers.parse("+" + full, None)
    except phonenumbers.NumberParseException:
        return False
    if not phonenumbers.is_valid_number(num):
        return False
    region = phonenumbers.region_code_for_number(num) or ""
    kind = phonenumbers.number_type(num)
    name = _INTL_REGIONS.get(region) or region
    details = {"country_code": str(num.country_code), "region": name, "region_code": region}
    if kind in (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE):
        ctx.add(s, e, "MOBILE", SCORES["INTL"], "mobile.international", details)
    elif kind == PhoneNumberType.FIXED_LINE:
        ctx.add(s, e, "LANDLINE", SCORES["INTL"] - 0.05, "landline.international", details)
    else:
        return False
    return True

# -- other passes -------------------------------------------------------------------------------

# An international number in groups of one or two digits, which the digit-run pass never sees: +33 1 45 18 57 92
_PLUS_GROUPS = re.compile(r"\+[ ]?[1-9][0-9]{0,2}(?:[ .\-]?(?:\(0\))?[ ]?[0-9]{1,4}){2,7}(?![0-9])")


def plus_numbers(ctx: ScanContext) -> None:
    """International numbers with short groups (libphonenumber decides mobile or fixed line), where no other
    pass found anything."""
    text = ctx.text
    taken = [(f.start, f.end) for f in ctx.out]
    for m in _PLUS_GROUPS.finditer(text):
        s, e = m.span()
        if (s > 0 and text[s - 1].isalnum()) or any(a < e and s < b for a, b in taken):
            continue
        digits = "".join(ch for ch in _TRUNK_ZERO.sub("", m.group()) if ch.isdigit())
        if 8 <= len(digits) <= 15 and not digits.startswith("86"):
            _international(ctx, s, e, digits)


# A number broken over two lines by OCR or PDF extraction: 5326221980021⏎97832, 360103 1⏎9931010 8904
_BROKEN = re.compile(
    r"(?<![0-9A-Za-z.\-])([0-9](?:[0-9 \-]{0,20}[0-9])?)\r?\n[ \t]*([0-9](?:[0-9 \-]{0,20}[0-9Xx])?)(?![0-9A-Za-z])"
)
_JOIN_AFTER = {C.ID: ("ID_CARD",), C.PHONE: ("MOBILE", "LANDLINE"), C.LANDLINE: ("LANDLINE",), C.BANK: ("BANK_CARD",)}


def _complete(d: str) -> bool:
    """Whether the digits are a whole value already (mobile, ID, card)."""
    n = len(d)
    if n == 11 and d[0] == "1":
        return tables.mobile_segment(d) is not None
    if n == 18:
        return fc.id18_ok(d)
    if n == 15 and fc.id15_ok(d):
        return True
    return 15 <= n <= 19 and fc.luhn_ok(d) and (tables.bank_of(d) is not None or tables.scheme_of(d) is not None)


def broken_lines(ctx: ScanContext, breaks: list[int] | None = None) -> None:
    """Join the two parts of a number broken at a line end, after a cue word on the first part's line that says
    what it is (身份证号码：, 联系电话, 卡号); the joined number must validate as that and the first part alone
    must not be a complete value. ``breaks``: the line breaks between two digits (native pre-pass)."""
    text = ctx.text
    if breaks is None:
        found: Iterable[re.Match[str]] = _BROKEN.finditer(text)
    else:  # each match holds one such line break: look around it only, and only after a cue word on its line
        cue_before = ctx.cues.nearest_before
        found = (
            m
            for b in breaks
            if cue_before(b, CUE_WINDOW + 24) is not None
            and (m := _BROKEN.search(text, max(0, b - 24), b + 26)) is not None
            and m.start() <= b
        )
    seen = -1
    for m in found:
        if m.start() < seen:
            continue
        seen = m.end()
        s, e = m.span()
        near = ctx.cues.nearest_before(s, CUE_WINDOW)  # a cue word on the line, not a table column
        want = _JOIN_AFTER.get(near[0]) if near is not None else None
        if want is None:
            continue
        first = m.group(1).replace(" ", "").replace("-", "")
        if _complete(first):
            continue  # a whole mobile, ID or card on the first line: nothing broken
        digits = (first + m.group(2).replace(" ", "").replace("-", "")).upper()
        before = len(ctx.out)
        _classify(ctx, s, e, digits, [digits[:-1], "X"] if digits[-1] == "X" else [digits], prefix="")
        ctx.out[before:] = [f._replace(rule=f.rule + ".broken_line") for f in ctx.out[before:] if f.type in want]


# A mobile number with symbols between its digits to dodge filters: 1🌸3🌸8…, 175|4081|5758, 173、4662、3510,
# 138🍓2715✨7714, 189💰78476085 (up to two symbols at each place; an emoji may carry a variation selector).
_SYMBOL = r"(?:[~|、·•\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?)"
_SYMBOL_SEPARATED = re.compile(r"(?<![0-9])1(?:" + _SYMBOL + r"{0,2}[0-9]){10}(?![0-9])")
_NOT_A_DIGIT = re.compile("[^0-9]+")


def symbol_separated(ctx: ScanContext) -> None:
    """Mobile numbers with a symbol between their digits or groups (the pre-pass flags such text)."""
    if not ctx.want & {"MOBILE", "QQ", "WECHAT"}:
        return
    text = ctx.text
    for m in _SYMBOL_SEPARATED.finditer(text):
        s, e = m.span()
        if s > 0 and text[s - 1].isascii() and (text[s - 1].isalnum() or text[s - 1] in ".-"):
            continue  # part of a code or a longer number
        digits = _NOT_A_DIGIT.sub("", m.group())
        if len(digits) == 11 and digits != m.group():  # at least one symbol between the digits
            before = len(ctx.out)
            _mobile(ctx, s, e, digits)
            for k in range(before, len(ctx.out)):
                f = ctx.out[k]
                ctx.out[k] = f._replace(score=f.score - 0.05, rule=f.rule + ".symbols")



def numerals(ctx: ScanContext, windows: list[int] | None = None) -> None:
    """Phone, ID and QQ numbers written with Chinese numerals: 一三八…, 幺三八…."""
    if not ctx.want & {"MOBILE", "ID_CARD", "QQ", "LANDLINE"}:
        return
    for m in finditer_in(_NUMERAL_RE, ctx.text, windows):
        start = m.start()
        behind = _DIGITS_BEHIND.search(ctx.text, max(0, start - 8), start)  # 159 一二三四 5678: digits first
        if behind is not None:
            start = behind.start()
        raw = ctx.text[start : m.end()]
        digits = "".join(ch for ch in decode_numerals(raw) if ch.isdigit())
        if len(digits) < 7 or sum(1 for ch in raw if ch in NUMERAL_DIGITS) < 3:
            continue
        before = len(ctx.out)
        if raw[-1] in "Xx叉":  # 362502 一九九八零四一九 319x: an ID's check character
            if len(digits) == 17:
                _classify(ctx, start, m.end(), digits + "X", [digits, "X"], prefix="")
            else:
                end = m.end() - 1 - (raw[-2] == " ")
                _classify(ctx, start, end, digits, [digits], prefix="")
        else:
            _classify(ctx, start, m.end(), digits, [digits], prefix="")
        for k in range(before, len(ctx.out)):
            f = ctx.out[k]
            ctx.out[k] = Finding(f.start, f.end, f.type, max(0.5, f.score - 0.05), {**f.details, "written": "中文数字"}, f.rule + ".numerals")


def _id_details(digits: str, yyyymmdd: str, seq_digit: str) -> dict[str, Any]:
    region = tables.region(digits[:6])
    return {
        "region_code": digits[:6],
        "region": region.name if region else "",
        "birth_date": f"{yyyymmdd[:4]}-{yyyymmdd[4:6]}-{yyyymmdd[6:]}",
        "sex": "男" if int(seq_digit) % 2 else "女",
        "format": "18位" if len(digits) == 18 else "15位(旧)",
    }
