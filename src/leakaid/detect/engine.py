"""The detection engine: every structured type in one pass over the text, plus the PERSON/ADDRESS tier.

How a text is scanned (all patterns compiled once, at import):

1. fold full-width characters and dash look-alikes one to one (offsets stay valid);
2. find every cue word once (``cues.CueIndex``);
3. one regex finds every run of digits with its separators (``138-1234 5678``,
   ``+86 (0)``, ``6222 0202 …``, ``1.2.3.4``); each run is classified by length and
   validated (GB 11643, region codes, Luhn + BIN, number segments, area codes) and
   split at spaces when it holds several values;
4. small passes for what is not a digit run: e-mail (driven by ``@``), plates,
   IPv6, GPS pairs, Chinese-numeral phone numbers, and the cue-driven types
   (WeChat, passport, permits, birth dates);
5. overlapping candidates are resolved (higher score, then longer, wins);
6. PERSON/ADDRESS come from ``leakaid.detect.pii_names`` when requested.

Scores: validated + supporting context ≈ 0.95+, validated alone 0.8–0.9, shape only
lower; findings under ``min_score`` (default 0.5) are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from leakaid.detect import cues as C  # noqa: N812
from leakaid.detect import fastcheck as fc
from leakaid.detect import tables
from leakaid.detect.finding import STRUCTURED_TYPES, TYPES, Finding
from leakaid.detect.normalize import NUMERAL_DIGITS, decode_numerals, fold
from leakaid.detect.tabular import TableIndex
from leakaid.detect.validators import hk_macao_permit, passport, plate, wechat
from leakaid.detect.validators import ip as ip_v
from leakaid.detect.validators.email import PROVIDERS as _EMAIL_PROVIDERS

DEFAULT_MIN_SCORE = 0.5
CUE_WINDOW = 16  # characters between a cue word and the value it describes

_SEP = r"(?:[ \t]?[-/_][ \t]?|[ \t])"
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
    r"(?:" + _SEP + r"[0-9]{1,5}(?![0-9]))?(?:[Xx](?![0-9A-Za-z]))?"
)
_IPV4_RE = re.compile(r"[0-9][0-9]{0,2}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}")
_PREFIX_BEHIND = re.compile(
    r"(?:\+[ \t]?[0-9]{1,4}[ \t]?[(（][ \t]?[0-9]{1,4}[ \t]?[)）][ \t\-]?"  # +86 (10) 6234…
    r"|\+[ \t]?[0-9]{1,4}[ \t\-]?|\+[ \t]?|\+?[(（][ \t]?\+?[0-9]{1,4}[ \t]?[)）][ \t]?)$"
)
_PREFIX_AHEAD = re.compile(r"\+[ \t]?|[(（][ \t]?\+?[0-9]{1,4}[ \t]?[)）][ \t]?")
_PAREN_AHEAD = re.compile(r"[(（][ \t]?\+?[0-9]{1,4}[ \t]?[)）][ \t]?")
_GROUP_RE = re.compile(r"[0-9]+|[Xx]")
_PLAIN_GROUP_RE = re.compile(r"(?<![0-9\-./_])[0-9]{5,}(?![0-9\-./_])")  # a group not joined to others by - . / _
_IPV4_WRITTEN = re.compile(r"[0-9]{1,3}(?:\.[0-9]{1,3}){3}")
_WS_SPLIT_RE = re.compile(r"[ \t]+")

_NUMERAL_CHARS = "".join(NUMERAL_DIGITS)
_NUMERAL_RE = re.compile(
    rf"[{_NUMERAL_CHARS}](?:[ \-]?[{_NUMERAL_CHARS}0-9]){{6,17}}(?![{_NUMERAL_CHARS}0-9])"
)
_EMAIL_DOMAIN_RE = re.compile(
    r"@((?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24})(?![A-Za-z0-9]|-[A-Za-z0-9])"
)
_EMAIL_LOCAL_TAIL = re.compile(r"[A-Za-z0-9._%+\-][A-Za-z0-9._%+\-]*$")
_PLATE_RE = re.compile(rf"[{plate.PROVINCES}][·\- ]?{plate.PLATE_BODY}(?![A-Za-z0-9])")
# IPv6: anchored on a colon chain (every IPv6 has two colons), then widened to the hex digits around it.
_IPV6_CORE = re.compile(r":(?:[0-9A-Fa-f]{0,4}:)+[0-9A-Fa-f]{0,4}")
_HEX = frozenset("0123456789abcdefABCDEF")
_GPS_RE = re.compile(
    r"([0-9][0-9]{0,2}\.[0-9]{4,12})[ \t]*[,，/][ \t]*([NSEWnsew]?[ \t]?-?[0-9]{1,3}\.[0-9]{4,12})(?![0-9.])"
)
# a birth date written before its cue: 1987年3月3日出生, 19581027出生
_DATE_BEFORE = re.compile(
    r"((?:19|20)[0-9]{2})(?:(年)([0-9]{1,2})月([0-9]{1,2})[日号號]?|([-/.])([0-9]{1,2})\5([0-9]{1,2})|([0-9]{2})([0-9]{2}))[ \t]*$"
)
# QQ chat-log exports: "2021-01-07 13:03:33 老王(1071519120)" heads each message
_QQ_LOG_RE = re.compile(r"(?m)^(?:[0-9]{4}-[0-9]{1,2}-[0-9]{1,2} )?[0-9]{1,2}:[0-9]{2}:[0-9]{2} [^\n()（）]{1,40}[(（]([1-9][0-9]{4,10})[)）][ \t]*$")
_FILLER = r"[ \t\"']*(?:[:：=]|号码|號碼|号|號|是|为|為|码|碼|于|於|id|ID|No|no|NO)?[ \t\"']*(?:[:：=])?[ \t\"']*"
_WECHAT_AFTER = re.compile(_FILLER + r"(" + wechat.PATTERN + r")(?![A-Za-z0-9_\-])")
_PASSPORT_AFTER = re.compile(_FILLER + r"(" + passport.PATTERN + r")(?![A-Za-z0-9])")
_PERMIT_AFTER = re.compile(_FILLER + r"(" + hk_macao_permit.PATTERN + r")(?![A-Za-z0-9])")
_DATE_AFTER = re.compile(
    _FILLER
    + r"((?:19|20)[0-9]{2})(?:(年)([0-9]{1,2})月([0-9]{1,2})[日号號]?|([-/.])([0-9]{1,2})\5([0-9]{1,2})|([0-9]{2})([0-9]{2}))"
    + r"(?![0-9])"
)

# Letter runs allowed right before a digit run (``QQ123456``, ``tel13812345678``); other letters mean
# the digits belong to a code such as ``SF1234567890123`` and are ignored.
_LETTER_PREFIXES = frozenset({"qq", "q", "tel", "phone", "mobile", "mob", "no", "id", "wx", "vx", "v", "ip", "m", "t", "cell"})

_SCORES = {
    "ID_CARD": 0.95, "ID_CARD_15": 0.75, "MOBILE": 0.85, "MOBILE_DATA": 0.6, "LANDLINE": 0.8, "BANK_CARD": 0.85,
    "BANK_CARD_SCHEME": 0.4, "EMAIL": 0.95, "PLATE": 0.88, "IP": 0.88, "GPS": 0.7, "QQ": 0.9, "WECHAT": 0.9,
    "PASSPORT": 0.9, "HK_MACAO_PERMIT": 0.9, "BIRTHDATE": 0.9, "INTL": 0.85,
}
_BOOST_CUES = {
    "ID_CARD": {C.ID}, "MOBILE": {C.PHONE}, "LANDLINE": {C.PHONE, C.LANDLINE}, "BANK_CARD": {C.BANK},
    "PLATE": {C.PLATE}, "IP": {C.IP}, "GPS": {C.GPS}, "EMAIL": {C.EMAIL},
}
_NO_DETAILS: Mapping[str, Any] = MappingProxyType({})
_INTL_REGIONS = {"HK": "香港", "MO": "澳门", "TW": "台湾"}


@dataclass(slots=True)
class _Ctx:
    text: str  # folded text
    cues: C.CueIndex
    hint: str | None
    want: frozenset[str]
    out: list[Finding]
    tables: TableIndex | None = None
    _cue_pos: int = -1
    _cue_kind: str | None = None

    def cue(self, pos: int) -> str | None:
        """What the value at ``pos`` is said to be: the nearest cue word before it on its line, else its
        table column (header or vote), else the segment hint. Memoised for the last position."""
        if pos != self._cue_pos:
            near = self.cues.nearest_before(pos, CUE_WINDOW)
            kind = near[0] if near is not None else None
            if near is not None and near[1] > 0:
                gap = self.text[pos - near[1] : pos]
                if "|" in gap or "\t" in gap or "----" in gap:
                    kind = None  # the cue sits in another cell of a table row
                elif "," in gap:
                    if self.tables is None:
                        self.tables = TableIndex(self.text)
                    block = self.tables.block_at(pos)
                    if block is not None and block.delim == ",":
                        kind = None
            if kind is None:
                if self.tables is None:
                    self.tables = TableIndex(self.text)
                kind = self.tables.column_kind(pos) or self.hint
            self._cue_pos = pos
            self._cue_kind = kind
        return self._cue_kind

    def add(self, start: int, end: int, type_: str, score: float, rule: str, details: Mapping[str, Any] = _NO_DETAILS) -> None:
        if type_ in self.want:
            boost = _BOOST_CUES.get(type_)
            if boost is not None and self.cue(start) in boost:
                score = min(0.99, score + 0.1)
            self.out.append(Finding(start, end, type_, score, details, rule))


class Engine:
    """A configured detector. ``types`` limits what is reported; ``min_score`` drops weak findings."""

    def __init__(self, types: Iterable[str] | None = None, min_score: float | None = None, use_model: bool = True) -> None:
        want = frozenset(TYPES if types is None else (t.strip().upper() for t in types))
        unknown = want - set(TYPES)
        if unknown:
            raise ValueError(f"未知的类型：{', '.join(sorted(unknown))}；可用类型：{', '.join(TYPES)}")
        self.types = want
        self.min_score = DEFAULT_MIN_SCORE if min_score is None else float(min_score)
        self.use_model = use_model
        self._names = bool(want & {"PERSON", "ADDRESS"})

    # -- public -------------------------------------------------------------------------------------
    def scan(self, text: str, hint: str | None = None) -> list[Finding]:
        """Findings in ``text`` (offsets into ``text``), sorted by position, overlaps resolved."""
        if not text:
            return []
        norm = fold(text)
        cues = C.CueIndex(norm)
        ctx = _Ctx(norm, cues, C.hint_kind(hint), self.types, [])
        if self.types & STRUCTURED_TYPES:
            self._digit_runs(ctx)
            if "@" in norm:
                self._emails(ctx)
            if "PLATE" in self.types:
                for m in _PLATE_RE.finditer(norm):
                    if plate.is_valid(m.group()):
                        ctx.add(m.start(), m.end(), "PLATE", _SCORES["PLATE"], "plate", plate.info(m.group()))
            if "IP" in self.types:
                self._ipv4s(ctx)
                if ":" in norm:
                    self._ipv6(ctx)
            if "GPS" in self.types and "." in norm:
                self._gps(ctx)
            self._numerals(ctx)
            self._cue_driven(ctx)
            if ctx.tables is not None:
                self._table_cells(ctx)
            if ctx.hint:
                self._hinted_cell(ctx)
        if self._names:
            self._person_address(text, hint, ctx)
        return _resolve(ctx.out, self.min_score)

    def scan_stream(self, chunks: Iterable[str], overlap: int = 1024) -> Iterator[Finding]:
        """Scan a text given as consecutive chunks, in constant memory.

        Offsets refer to the concatenation of the chunks. Each window keeps the last
        ``overlap`` characters of the previous one, so an entity on a boundary is seen
        whole, and is reported once: by the window in which it starts before the cut.
        """
        buf = ""
        base = 0  # absolute offset of buf[0]
        done = 0  # absolute offset before which every finding has been reported
        for chunk in chunks:
            if not chunk:
                continue
            buf += chunk
            if len(buf) < 2 * overlap:
                continue
            cut = len(buf) - overlap
            for f in self.scan(buf):
                a = base + f.start
                if done <= a < base + cut:
                    yield f.shifted(base)
            done = base + cut
            keep_from = max(0, cut - overlap)  # keep context for the next window's cues
            base += keep_from
            buf = buf[keep_from:]
        for f in self.scan(buf):
            if base + f.start >= done:
                yield f.shifted(base)

    # -- digit runs ---------------------------------------------------------------------------------
    def _digit_runs(self, ctx: _Ctx) -> None:
        text = ctx.text
        n = len(text)
        for m in _NUM_RE.finditer(text):
            s, e = m.span()
            glued_start = glued_end = False
            if s > 0:
                prev = text[s - 1]
                if prev.isascii() and (prev.isalpha() or prev == "_"):
                    j = s - 1
                    while j > 0 and text[j - 1].isascii() and text[j - 1].isalpha():
                        j -= 1
                    glued_start = text[j:s].lower() not in _LETTER_PREFIXES or (j > 0 and text[j - 1] in "_-")
                elif prev in "@#":
                    glued_start = True
                elif prev in "-./" and s > 1 and text[s - 2].isdigit():
                    # 12.34567 or 2024-0510…: part of another number, unless it is a +86- prefix
                    glued_start = _PREFIX_BEHIND.search(text, max(0, s - 12), s) is None
            if e < n:
                nxt = text[e]
                glued_end = (nxt.isascii() and (nxt.isalnum() or nxt in "_@")) or (
                    nxt == "." and e + 1 < n and text[e + 1].isdigit()  # 13812345678.00 is an amount
                )
            tok = m.group()
            if tok.count(".") == 3 and _IPV4_WRITTEN.fullmatch(tok):
                continue  # a dotted quad: the IPv4 pass
            if glued_start or glued_end:
                # the group glued to letters belongs to a code (SF123…, a1b2); groups after a space may still be values
                spaces = list(_WS_SPLIT_RE.finditer(tok))
                if not spaces or (glued_start and glued_end and len(spaces) < 2):
                    continue
                if glued_end:
                    e = s + spaces[-1].start()
                if glued_start:
                    s += spaces[0].end()
                tok = text[s:e]
            if s > 0 and text[s - 1] in "+( \t)）-" or (s > 1 and text[s - 2] == "+"):
                p = _PREFIX_BEHIND.search(text, max(0, s - 12), s)
                if p is not None:
                    s = p.start()
                    tok = text[s:e]
            if tok.isdigit():
                self._classify(ctx, s, e, tok, [tok], prefix="")
            elif tok[-1] in "Xx" and tok[:-1].isdigit():  # an ID with check character X, no separators
                self._classify(ctx, s, e, tok.upper(), [tok[:-1], "X"], prefix="")
            else:
                self._compound(ctx, s, tok)

    def _compound(self, ctx: _Ctx, s: int, tok: str) -> None:
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
        if not prefix and sum(len(g) for g in _GROUP_RE.findall(body)) < 10:
            # every value written with separators has ≥10 digits: only a lone group can still be one (QQ)
            for m in _PLAIN_GROUP_RE.finditer(body):
                g = m.group()
                self._classify(ctx, s + m.start(), s + m.end(), g, [g], prefix="")
            return
        # chunks separated by whitespace-only separators; inside a chunk, separators are - . /
        pieces: list[tuple[int, int]] = []
        pos = 0
        for sp in _WS_SPLIT_RE.finditer(body):
            left = body[sp.start() - 1] if sp.start() > 0 else ""
            right = body[sp.end()] if sp.end() < len(body) else ""
            if left in "-._" or right in "-._":
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
                if self._classify(ctx, start, end, "".join(groups), groups, prefix=pre, written=sub):
                    i = j
                    found = True
                    break
            if not found:
                i += 1

    def _classify(
        self, ctx: _Ctx, s: int, e: int, digits: str, groups: list[str], *, prefix: str, written: str | None = None
    ) -> bool:
        """Classify one candidate number; add a finding and return True when it is one."""
        seps = written if written is not None else digits
        dotted = "." in seps
        if prefix:
            return self._with_country(ctx, s, e, digits, prefix, groups)
        if len(groups) > 1:
            if dotted and len(groups) == 4 and _IPV4_WRITTEN.fullmatch(seps):
                return self._ipv4(ctx, s, e, seps)
            if any(len(g) < 3 for g in groups[:-1]) and not (digits[0] == "0" and len(groups[0]) >= 3):
                return False
        n = len(digits)
        if n > 12 and digits[0] == "0" and digits[1] != "0" and len(groups) >= 2:
            if self._landline_ext(ctx, s, e, groups):  # landline with an extension: 010-12345678-8001
                return True
        if digits[-1] in "Xx":
            return n == 18 and self._id18(ctx, s, e, digits.upper())
        if n == 18:
            if self._id18(ctx, s, e, digits):
                return True
            return self._card(ctx, s, e, digits)
        if n == 11:
            if digits[0] == "1":
                return self._mobile(ctx, s, e, digits)
            if digits[0] == "0":
                return self._landline(ctx, s, e, digits)
            return self._qq(ctx, s, e, digits, groups)
        if n in (16, 17, 19):
            return self._card(ctx, s, e, digits)
        if n == 15:
            if self._id15(ctx, s, e, digits):
                return True
            if digits.startswith("0086") and self._mobile(ctx, s, e, digits[4:], country=True):
                return True
            return self._card(ctx, s, e, digits)
        if digits[0] == "0" and 10 <= n <= 12:
            return self._landline(ctx, s, e, digits)
        if n == 13 and digits.startswith("86"):
            return self._mobile(ctx, s, e, digits[2:], country=True, bare86=True)
        if 5 <= n <= 11 and len(groups) == 1:
            return self._qq(ctx, s, e, digits, groups)
        return False

    def _negated(self, ctx: _Ctx, s: int) -> bool:
        return ctx.cue(s) == C.NEG

    def _id18(self, ctx: _Ctx, s: int, e: int, digits: str) -> bool:
        if not fc.id18_ok(digits):
            return False
        score = _SCORES["ID_CARD"]
        if self._negated(ctx, s):
            score = 0.6
        ctx.add(s, e, "ID_CARD", score, "id_card.gb11643", _id_details(digits, digits[6:14], digits[16]))
        return True

    def _id15(self, ctx: _Ctx, s: int, e: int, digits: str) -> bool:
        if not fc.id15_ok(digits) or self._negated(ctx, s):
            return False
        score = _SCORES["ID_CARD_15"] + (0.2 if ctx.cue(s) == C.ID else 0.0)
        ctx.add(s, e, "ID_CARD", score, "id_card.legacy15", _id_details(digits, "19" + digits[6:12], digits[14]))
        return True

    def _mobile(self, ctx: _Ctx, s: int, e: int, d11: str, *, country: bool = False, bare86: bool = False) -> bool:
        if len(d11) != 11 or d11[0] != "1":
            return False
        seg = tables.mobile_segment(d11)
        if seg is None:
            return self._qq(ctx, s, e, d11, [d11]) if not country else False
        cue = ctx.cue(s)
        if cue == C.NEG:
            return True  # consumed: a number that is not personal data here
        if cue == C.QQ:
            ctx.add(s, e, "QQ", _SCORES["QQ"], "qq.cue", {"looks_like_mobile": True})
            return True
        if cue == C.WECHAT:
            ctx.add(s, e, "WECHAT", _SCORES["WECHAT"], "wechat.cue", {"looks_like_mobile": True})
            return True
        carrier, kind = seg.carrier, seg.kind or "mobile"
        score = _SCORES["MOBILE"] if kind in ("mobile", "virtual", "satellite") else _SCORES["MOBILE_DATA"]
        if country and not bare86:
            score += 0.05
        if bare86:
            score -= 0.1
        ctx.add(s, e, "MOBILE", score, "mobile.segment", {"carrier": carrier, "kind": kind, "region": "中国大陆"})
        return True

    def _landline(self, ctx: _Ctx, s: int, e: int, digits: str, *, score_adj: float = 0.0) -> bool:
        from leakaid.detect.validators import landline

        parts = landline.split(digits)
        if parts is None:
            return False
        if self._negated(ctx, s):
            return True
        ctx.add(s, e, "LANDLINE", _SCORES["LANDLINE"] + score_adj, "landline.area_code", landline.info(digits))
        return True

    def _landline_ext(self, ctx: _Ctx, s: int, e: int, groups: list[str]) -> bool:
        """010-12345678-8001: the span is the number; the extension goes into the details."""
        ext = groups[-1]
        if not 1 <= len(ext) <= 5:
            return False
        cut = ctx.text.rfind(ext, s, e)
        while cut > s and ctx.text[cut - 1] in "-_. \t":
            cut -= 1
        before = len(ctx.out)
        if not self._landline(ctx, s, cut, "".join(groups[:-1])):
            return False
        if len(ctx.out) > before:
            f = ctx.out[-1]
            ctx.out[-1] = f._replace(details={**f.details, "extension": ext})
        return True

    def _card(self, ctx: _Ctx, s: int, e: int, digits: str) -> bool:
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
            score = _SCORES["BANK_CARD"]
        else:
            score = _SCORES["BANK_CARD_SCHEME"]
        ctx.add(s, e, "BANK_CARD", score, "bank_card.luhn_bin", details)
        return True

    def _qq(self, ctx: _Ctx, s: int, e: int, digits: str, groups: list[str]) -> bool:
        if len(groups) != 1 or not 5 <= len(digits) <= 11 or digits[0] == "0":
            return False
        if not ctx.cues.anywhere(C.QQ) and ctx.hint != C.QQ:
            # no QQ cue in the whole text: only a table column can make this a QQ number
            if ctx.tables is None:
                ctx.tables = TableIndex(ctx.text)
            if ctx.tables.column_kind(s) != C.QQ:
                return False
        if ctx.cue(s) == C.QQ:
            ctx.add(s, e, "QQ", _SCORES["QQ"], "qq.cue", {})
            return True
        return False

    def _ipv4(self, ctx: _Ctx, s: int, e: int, value: str) -> bool:
        public = fc.ipv4_public(value.split("."))
        if not public:
            return public is not None  # a reserved address is consumed, not reported
        before = ctx.text[max(0, s - 12) : s].lower()
        if before.endswith(("v", "/")) or self._negated(ctx, s):
            return True  # version string or product token (Chrome/1.2.3.4)
        ctx.add(s, e, "IP", _SCORES["IP"], "ip.v4", {"version": "IPv4"})
        return True

    def _with_country(self, ctx: _Ctx, s: int, e: int, digits: str, prefix: str, groups: list[str]) -> bool:
        """Numbers written with +cc, 00cc or (cc): mainland ones by our tables, others via phonenumbers."""
        p = prefix.replace(" ", "").replace("\t", "").replace("（", "(").replace("）", ")")
        national = digits
        if p.startswith("(") and not p.startswith("(+") and p.strip("()").startswith("0"):
            area = p.strip("()")
            if self._landline(ctx, s, e, area + digits):  # (010)12345678
                return True
            if len(groups) >= 2 and 1 <= len(groups[-1]) <= 5:  # (0396)7461499-6379
                return self._landline_ext(ctx, s, e, [area, *groups])
            return False
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
                return self._mobile(ctx, s, e, national, country=True)
            if self._landline(ctx, s, e, "0" + national, score_adj=0.05):
                return True
            ext = groups[-1]
            if len(groups) >= 3 and 1 <= len(ext) <= 5:  # +86-692-4562120-4179: one extension group
                cut = ctx.text.rfind(ext, s, e)
                while cut > s and ctx.text[cut - 1] in "-_. \t":
                    cut -= 1
                return self._landline(ctx, s, cut, "0" + national[: -len(ext)], score_adj=0.05)
            return False
        return self._international(ctx, s, e, full)

    def _international(self, ctx: _Ctx, s: int, e: int, full: str) -> bool:
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
            ctx.add(s, e, "MOBILE", _SCORES["INTL"], "mobile.international", details)
        elif kind == PhoneNumberType.FIXED_LINE:
            ctx.add(s, e, "LANDLINE", _SCORES["INTL"] - 0.05, "landline.international", details)
        else:
            return False
        return True

    # -- other passes -------------------------------------------------------------------------------
    def _emails(self, ctx: _Ctx) -> None:
        text = ctx.text
        at = text.find("@")
        while at != -1:
            m = _EMAIL_DOMAIN_RE.match(text, at)
            if m is None:
                at = text.find("@", at + 1)
                continue
            lm = _EMAIL_LOCAL_TAIL.search(text, max(0, at - 64), at)
            if lm is not None:
                j = lm.start()
                cut = max(text.rfind("--", j, at), text.rfind("..", j, at))
                if cut != -1:
                    j = cut + 2  # '----' between fields of a leaked dump
                while j < at and text[j] in "._%+-":
                    j += 1
                if j < at and text[at - 1] not in ".-":
                    domain = m.group(1).lower()
                    provider = _EMAIL_PROVIDERS.get(domain)
                    details = {"domain": domain, "provider": provider} if provider else {"domain": domain}
                    ctx.add(j, m.end(), "EMAIL", _SCORES["EMAIL"], "email", details)
            at = text.find("@", m.end())

    def _ipv4s(self, ctx: _Ctx) -> None:
        text = ctx.text
        n = len(text)
        for m in _IPV4_RE.finditer(text):
            s, e = m.span()
            if s > 0 and (text[s - 1].isdigit() or text[s - 1] == "." or (text[s - 1].isascii() and text[s - 1].isalpha())):
                if not (text[s - 1] in "Pp" and text[max(0, s - 2) : s].lower() == "ip"):
                    continue
            if e < n and (text[e].isdigit() or (text[e] == "." and e + 1 < n and text[e + 1].isdigit())):
                continue
            self._ipv4(ctx, s, e, m.group())

    def _ipv6(self, ctx: _Ctx) -> None:
        text = ctx.text
        n = len(text)
        for m in _IPV6_CORE.finditer(text):
            s, e = m.span()
            k = s
            while k > 0 and s - k < 4 and text[k - 1] in _HEX:
                k -= 1
            if k > 0 and (text[k - 1].isalnum() and text[k - 1].isascii() or text[k - 1] in ":."):
                if not (text[k - 1] in "Pp" and text[max(0, k - 2) : k].lower() == "ip"):  # 服务器IP2402:…
                    continue
            if e < n and (text[e].isascii() and text[e].isalnum() or text[e] in ":."):
                continue
            v = text[k:e]
            if v.count(":") < 2 or ("::" not in v and v.count(":") != 7):
                continue
            if ip_v.is_valid(v):
                ctx.add(k, e, "IP", _SCORES["IP"], "ip.v6", {"version": "IPv6"})

    def _gps(self, ctx: _Ctx) -> None:
        text = ctx.text
        for m in _GPS_RE.finditer(text):
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
            second = m.group(2).lstrip("NSEWnsew \t")
            if (text[st] in "Ss") or (text[st] in "Ww"):
                first = "-" + first
            if m.group(2)[:1] in "SsWw":
                second = "-" + second
            a, b = float(first), float(second)
            lat, lon = (a, b) if abs(a) <= 90 and abs(b) > 90 else (b, a) if abs(b) <= 90 and abs(a) > 90 else (a, b)
            if not (abs(lat) <= 90 and abs(lon) <= 180):
                continue
            if self._negated(ctx, st):
                continue
            in_china = 3 <= lat <= 54 and 73 <= lon <= 136
            score = _SCORES["GPS"] + (0.1 if in_china else 0.0)
            ctx.add(st, m.end(), "GPS", score, "gps.pair", {"lat": round(lat, 2), "lon": round(lon, 2)})

    def _numerals(self, ctx: _Ctx) -> None:
        """Phone, ID and QQ numbers written with Chinese numerals: 一三八…, 幺三八…."""
        if not self.types & {"MOBILE", "ID_CARD", "QQ", "LANDLINE"}:
            return
        for m in _NUMERAL_RE.finditer(ctx.text):
            raw = m.group()
            digits = "".join(ch for ch in decode_numerals(raw) if ch.isdigit())
            if len(digits) < 7 or sum(1 for ch in raw if ch in NUMERAL_DIGITS) < 3:
                continue
            before = len(ctx.out)
            self._classify(ctx, m.start(), m.end(), digits, [digits], prefix="")
            for k in range(before, len(ctx.out)):
                f = ctx.out[k]
                ctx.out[k] = Finding(f.start, f.end, f.type, max(0.5, f.score - 0.05), {**f.details, "written": "中文数字"}, f.rule + ".numerals")

    def _cue_driven(self, ctx: _Ctx) -> None:
        cues = ctx.cues
        text = ctx.text
        for kind, type_, rx, validate in (
            (C.WECHAT, "WECHAT", _WECHAT_AFTER, wechat.is_valid),
            (C.PASSPORT, "PASSPORT", _PASSPORT_AFTER, passport.is_valid),
            (C.PERMIT, "HK_MACAO_PERMIT", _PERMIT_AFTER, hk_macao_permit.is_valid),
        ):
            if type_ not in self.types or not cues.has(kind):
                continue
            for _s, e in cues.occurrences(kind):
                m = rx.match(text, e)
                if m and validate(m.group(1)):
                    ctx.add(m.start(1), m.end(1), type_, _SCORES[type_], f"{type_.lower()}.cue", {})
        if "BIRTHDATE" in self.types and cues.has(C.BIRTH):
            for s0, e in cues.occurrences(C.BIRTH):
                m = _DATE_AFTER.match(text, e)
                if m and _plausible_birth(m):
                    ctx.add(m.start(1), m.end(), "BIRTHDATE", _SCORES["BIRTHDATE"], "birthdate.cue", _NO_DETAILS)
                    continue
                if text.startswith("出生", s0):
                    m = _DATE_BEFORE.search(text, max(0, s0 - 16), s0)
                    if m and _plausible_birth(m) and (m.start() == 0 or not text[m.start() - 1].isdigit()):
                        end = m.end(1) + len(m.group(0).rstrip(" \t")) - len(m.group(1))
                        ctx.add(m.start(), end, "BIRTHDATE", _SCORES["BIRTHDATE"], "birthdate.cue_after", _NO_DETAILS)
        if "QQ" in self.types and (")" in text or "）" in text):
            for m in _QQ_LOG_RE.finditer(text):
                ctx.add(m.start(1), m.end(1), "QQ", _SCORES["QQ"], "qq.chat_log", _NO_DETAILS)

    def _table_cells(self, ctx: _Ctx) -> None:
        """Whole cells of table columns whose header or values say WeChat / passport / permit / birth date."""
        assert ctx.tables is not None
        checks = {
            C.WECHAT: ("WECHAT", wechat.is_valid),
            C.PASSPORT: ("PASSPORT", passport.is_valid),
            C.PERMIT: ("HK_MACAO_PERMIT", hk_macao_permit.is_valid),
            C.BIRTH: ("BIRTHDATE", _is_birth_cell),
        }
        for block in ctx.tables.blocks_with_kind(frozenset(checks)):
            for col, kind in enumerate(block.kinds):
                if kind not in checks or checks[kind][0] not in self.types:
                    continue
                type_, validate = checks[kind]
                for s, e in ctx.tables.cells(block, col):
                    if validate(ctx.text[s:e]):
                        ctx.add(s, e, type_, 0.9 if block.header else 0.8, f"{type_.lower()}.column", _NO_DETAILS)

    def _hinted_cell(self, ctx: _Ctx) -> None:
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
        if ctx.hint == C.BIRTH:
            m = _DATE_AFTER.fullmatch(value)
            if m and _plausible_birth(m):
                ctx.add(s, e, "BIRTHDATE", 0.92, "birthdate.column", {})

    def _person_address(self, text: str, hint: str | None, ctx: _Ctx) -> None:
        try:
            from leakaid.detect.pii_names import find_person_address
        except ImportError:  # the names tier is optional while it is being built
            return
        want = self.types & {"PERSON", "ADDRESS"}
        if _SURROGATE.search(text) is not None:  # lone surrogates (surrogateescape input): one for one, offsets kept
            text = _SURROGATE.sub("\ufffd", text)
        structured = [(f.start, f.end) for f in ctx.out]
        for f in find_person_address(text, types=frozenset(want), hint=hint, use_model=self.use_model):
            if f.type == "ADDRESS":
                f = _extend_address(text, f)
            if _plausible_name_or_address(text, f, structured):
                ctx.out.append(f)


def _id_details(digits: str, yyyymmdd: str, seq_digit: str) -> dict[str, Any]:
    region = tables.region(digits[:6])
    return {
        "region_code": digits[:6],
        "region": region.name if region else "",
        "birth_date": f"{yyyymmdd[:4]}-{yyyymmdd[4:6]}-{yyyymmdd[6:]}",
        "sex": "男" if int(seq_digit) % 2 else "女",
        "format": "18位" if len(digits) == 18 else "15位(旧)",
    }


_HAN = re.compile("[\u3400-\u9fff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _plausible_name_or_address(text: str, f: Finding, structured: list[tuple[int, int]]) -> bool:
    """Engine-level sanity checks on the names tier: a name or address has Han characters, is not a cue
    word (身份证, QQ号), is not masked output (****), and does not sit inside a structured value."""
    value = text[f.start : f.end]
    if _HAN.search(value) is None or "**" in value or "＊＊" in value:
        return False
    if f.type == "PERSON" and (
        C.kind_of(value) is not None or C.kind_of(value.rstrip("号號码碼")) is not None or _ORDINAL.fullmatch(value)
    ):
        return False  # 身份证 / QQ号 are field labels; 第五条 is an article number (第 is also a surname)
    return not any(s < f.end and f.start < e for s, e in structured)


_ORDINAL = re.compile("第[〇零一二三四五六七八九十百千万两0-9]+[条條款项項章节節编編部届屆次名号號期回页頁]?")
# The unit/room tail of an address the names tier cut short: 新村10【-4-151】, 15号【楼1503】.
_ADDRESS_TAIL = re.compile(
    "(?:[-－—][0-9０-９]{1,5}(?![0-9０-９])|(?:号楼|號樓|栋|棟|幢|单元|單元|层|層|楼|樓|室|户|戶)(?:[0-9０-９]{1,5}(?![0-9０-９]))?)+"
    "(?:室|号|號)?"
)


def _extend_address(text: str, f: Finding) -> Finding:
    m = _ADDRESS_TAIL.match(text, f.end)
    return f._replace(end=m.end()) if m is not None and m.end() > f.end else f


def _is_birth_cell(value: str) -> bool:
    m = _DATE_AFTER.fullmatch(value)
    return m is not None and _plausible_birth(m)


def _plausible_birth(m: re.Match[str]) -> bool:
    import datetime as dt

    y = int(m.group(1))
    if m.group(2):
        mo, d = int(m.group(3)), int(m.group(4))
    elif m.group(5):
        mo, d = int(m.group(6)), int(m.group(7))
    else:
        mo, d = int(m.group(8)), int(m.group(9))
    try:
        born = dt.date(y, mo, d)
    except ValueError:
        return False
    return dt.date(1900, 1, 1) <= born <= dt.date.today()


def _resolve(found: list[Finding], min_score: float) -> list[Finding]:
    """Drop weak findings; among overlapping ones keep the higher score, then the longer span."""
    cands = [f for f in found if f.score >= min_score]
    if len(cands) < 2:
        return cands
    cands.sort(key=lambda f: (f.start, -(f.end - f.start)))
    kept: list[Finding] = []
    for f in cands:
        if kept and f.start < kept[-1].end:
            last = kept[-1]
            if (f.score, f.end - f.start) > (last.score, last.end - last.start):
                kept[-1] = f
            continue
        kept.append(f)
    return kept


_DEFAULT: dict[tuple[Any, ...], Engine] = {}


def get_engine(types: Iterable[str] | None = None, min_score: float | None = None, use_model: bool = True) -> Engine:
    """A cached engine for a configuration (engines are immutable after construction)."""
    key = (None if types is None else tuple(sorted(types)), min_score, use_model)
    eng = _DEFAULT.get(key)
    if eng is None:
        eng = _DEFAULT[key] = Engine(types, min_score, use_model)
    return eng


def scan_text(
    text: str, *, types: Iterable[str] | None = None, min_score: float | None = None, hint: str | None = None
) -> list[Finding]:
    """Find personal information in ``text``; offsets refer to ``text`` itself.

    >>> [f.type for f in scan_text("手机：138-1234-5678", types=["MOBILE"])]
    ['MOBILE']
    """
    return get_engine(types, min_score).scan(text, hint=hint)
