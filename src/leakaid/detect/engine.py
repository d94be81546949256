"""The detection engine: every structured type in one pass over the text, plus the PERSON/ADDRESS tier.

How a text is scanned (all patterns compiled once, at import; each step lives in its own module):

1. fold full-width characters and dash look-alikes one to one (offsets stay valid);
   the native pre-pass (``skim``, C) then reads the text once and hands every step below only the
   windows where it can match (without the C module the steps run over the whole text, same results);
2. cue words are looked up lazily before candidates (``cues``), and tables inside the text
   give cells their column's meaning (``tabular``); the state of a scan is ``context.ScanContext``;
3. one regex finds every run of digits with its separators (``138-1234 5678``,
   ``+86 (0)``, ``6222 0202 …``, ``1.2.3.4``); each run is classified by length and
   validated (GB 11643, region codes, Luhn + BIN, number segments, area codes) and
   split at spaces or slashes when it holds several values; digits written one by one too (``numbers``);
4. small passes for what is not a digit run: e-mail (driven by ``@``, name#provider.com, ``(at)``, ``%40``), plates,
   IPv6, GPS pairs, Chinese-numeral phone numbers, digits apart by symbols or broken over two lines, the cue-driven
   types (WeChat, passport, permits, birth dates — also answered on a later line, ``answered``), values named by a
   JSON key, an XML element, a SQL column, a MyBatis parameter or a form field (``keyed_logs``), and whole table
   cells under a naming header (``patterns``); percent-encoded runs are decoded and scanned (``urlenc``);
5. overlapping candidates are resolved (higher score, then longer, wins);
6. PERSON/ADDRESS come from ``leakaid.detect.pii_names`` when requested (``names_filter``).

Scores: validated + supporting context ≈ 0.95+, validated alone 0.8–0.9, shape only
lower; findings under ``min_score`` (default 0.5) are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from leakaid.detect import cues as C  # noqa: N812
from leakaid.detect import keyed_logs, numbers, patterns, skim, sqltext, urlenc
from leakaid.detect.context import ScanContext
from leakaid.detect.finding import STRUCTURED_TYPES, TYPES, Finding
from leakaid.detect.names_filter import person_address
from leakaid.detect.normalize import fold

DEFAULT_MIN_SCORE = 0.5
_MEMO_MAX_CHARS = 64
_MEMO_ENTRIES = 8192
_SQL_RESUME_MAX = 1 << 16  # how far back a window may restart to begin at a SQL tuple boundary
_AT_SPELLED = re.compile(r"(?:at|AT|At)[ ]?[)\]}）】]")  # yzhou70(at)qq.com: patterns.written_at_emails


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
        self._memo: dict[tuple[str, str | None], tuple[Finding, ...]] = {}

    # -- public -------------------------------------------------------------------------------------
    def scan(self, text: str, hint: str | None = None, *, schema: sqltext.Schema | None = None) -> list[Finding]:
        """Findings in ``text`` (offsets into ``text``), sorted by position, overlaps resolved.

        ``schema``: the SQL tables of earlier windows of the same file (a caller reading a file in windows
        keeps one ``sqltext.Schema`` per file, so INSERT statements know their columns in every window)."""
        if not text:
            return []
        if schema is not None:
            return self._scan(text, hint, schema)
        if len(text) <= _MEMO_MAX_CHARS:  # table cells repeat (城市, 状态 …): remember short results
            key = (text, hint)
            hit = self._memo.get(key)
            if hit is None:
                if len(self._memo) >= _MEMO_ENTRIES:
                    self._memo.clear()
                hit = self._memo[key] = tuple(self._scan(text, hint))
            return list(hit)
        return self._scan(text, hint)

    def _scan(
        self, text: str, hint: str | None, schema: sqltext.Schema | None = None, *, nested: bool = False
    ) -> list[Finding]:
        """``nested``: ``text`` is a decoded part of another text (urlenc): structured types only, no decoding."""
        norm = skim.fold(text)
        if norm is None:
            norm = fold(text)
        sk = skim.skim(norm) if self.types & STRUCTURED_TYPES else None
        if sk is None:
            cue_index = C.CueIndex(norm)
        else:
            cue_index = C.CueIndex(norm, sk.rare, sk.has_qq_cue)
        ctx = ScanContext(norm, cue_index, C.hint_kind(hint), self.types, [])
        sql = sqltext.might_hold_sql(norm) if sk is None else sk.has_sql
        if sql or schema is not None and schema.resume_cols is not None:
            ctx.sql = sqltext.keyed_values(norm, schema)
        elif schema is not None:
            schema.forget_window()
        if sk.has_keyed_log if sk is not None else ("Parameters:" in norm or "Row:" in norm or "form-data" in norm):
            # MyBatis logs, multipart bodies
            logged = keyed_logs.keyed_values(norm)
            if logged:
                ctx.sql = (ctx.sql or []) + logged
        if (sk is None or sk.has_markup) and "<input" in norm:  # prefilled HTML form fields
            fields = keyed_logs.input_values(norm)
            if fields:
                ctx.sql = (ctx.sql or []) + fields
        if self.types & STRUCTURED_TYPES:
            # e-mail triggers, looked for once: '@', name#provider.com, %40 or (at)
            if sk is None:
                spelled = "%40" in norm or _at_spelled(norm)
            else:
                spelled = (sk.has_percent and "%40" in norm) or (sk.has_at_spelled and _at_spelled(norm))
            marks = ("@" in norm, "#" in norm, spelled)
            if sk is None or not _quiet(sk, marks):
                self._structured(ctx, sk, marks)
            if ctx.hint:
                patterns.hinted_cell(ctx)
            if not nested and (sk.has_percent if sk is not None else "%" in norm):
                self._url_encoded(ctx)
        if self._names and not nested:
            person_address(ctx, text, hint, self.use_model, ctx.sql)
        return _resolve(ctx.out, self.min_score)

    def _structured(self, ctx: ScanContext, sk: skim.Skim | None, marks: tuple[bool, bool, bool]) -> None:
        """Every structured recogniser, inside the pre-pass windows when there are some (``sk``);
        ``marks``: whether the text holds '@', '#' and '%40' or '(at)'."""
        norm = ctx.text
        numbers.digit_runs(ctx, sk and sk.num, sk and (sk.qq, sk.qq_other))
        if marks[0]:
            patterns.emails(ctx)
        if marks[1] and "EMAIL" in self.types:
            patterns.hash_emails(ctx)
        if marks[2] and "EMAIL" in self.types:
            patterns.written_at_emails(ctx)
        if "PLATE" in self.types:
            patterns.plates(ctx, sk and sk.plates)
        if "IP" in self.types:
            if "." in norm:
                patterns.ipv4s(ctx, sk and sk.ipv4)
            if ":" in norm:
                patterns.ipv6(ctx, sk and sk.ipv6)
        if "GPS" in self.types and "." in norm:
            patterns.gps(ctx, sk and sk.gps)
        numbers.numerals(ctx, sk and sk.numerals)
        if sk is None or sk.has_symsep:
            numbers.symbol_separated(ctx)
        if sk is None or sk.broken:
            numbers.broken_lines(ctx, sk and sk.broken)
        if "+" in norm and ctx.want & {"MOBILE", "LANDLINE"}:
            numbers.plus_numbers(ctx)
        patterns.cue_driven(ctx, sk and sk.qqlog)
        patterns.document_numbers(ctx, sk and sk.docno)
        patterns.json_values(ctx, sk and sk.has_json)
        if ("</" in norm) if sk is None else sk.has_markup:
            patterns.element_values(ctx)
        patterns.born_on(ctx, sk and sk.born)
        if "BIRTHDATE" in self.types:
            patterns.id_birth_dates(ctx)
        patterns.table_cells(ctx)
        if ctx.sql:
            patterns.sql_values(ctx)

    def _url_encoded(self, ctx: ScanContext) -> None:
        """Values inside percent-encoded runs (``urlenc``): each run is decoded and scanned, and what is found
        is mapped back onto the run as written (duplicates of plain findings are resolved with the rest)."""
        for run in urlenc.encoded_runs(ctx.text):
            for f in self._scan(run.text, None, nested=True):
                a, b = run.span(f.start, f.end)
                ctx.out.append(f._replace(start=a, end=b, rule=f.rule + ".url_decoded"))

    def scan_stream(self, chunks: Iterable[str], overlap: int = 1024) -> Iterator[Finding]:
        """Scan a text given as consecutive chunks, in constant memory.

        Offsets refer to the concatenation of the chunks. Each window keeps the last
        ``overlap`` characters of the previous one, so an entity on a boundary is seen
        whole, and is reported once: by the window in which it starts before the cut.
        """
        buf = ""
        base = 0  # absolute offset of buf[0]
        done = 0  # absolute offset before which every finding has been reported
        schema = sqltext.Schema()  # SQL tables seen in earlier windows, and the statement a window ends in
        for chunk in chunks:
            if not chunk:
                continue
            buf += chunk
            if len(buf) < 2 * overlap:
                continue
            cut = len(buf) - overlap
            for f in self._scan(buf, None, schema):
                a = base + f.start
                if done <= a < base + cut:
                    yield f.shifted(base)
            done = base + cut
            keep_from = max(0, cut - overlap)  # keep context for the next window's cues
            # inside a SQL statement: start the next window at a tuple boundary, which it then reads knowing
            # the statement's columns (bounded, so a run-away tuple cannot hold the whole file)
            keep_from = schema.resume_at(keep_from, max(0, keep_from - _SQL_RESUME_MAX))
            base += keep_from
            buf = buf[keep_from:]
        for f in self._scan(buf, None, schema) if buf else ():
            if base + f.start >= done:
                yield f.shifted(base)


def _at_spelled(norm: str) -> bool:
    """Whether an @ spelled (at) / [at] can be in the text (plain substring tests first: they cost nothing)."""
    return any(c in norm for c in ("t)", "t）", "t]", "t】", "t )", "T)", "T）", "T]")) and _AT_SPELLED.search(norm) is not None


def _quiet(sk: skim.Skim, marks: tuple[bool, bool, bool]) -> bool:
    """No window for any recogniser and none of the few words or marks the others start from: nothing to
    find (a table cell such as 张三 or 备注 skips every structured pass)."""
    return not (
        sk.num or sk.qq or sk.qq_other or sk.ipv4 or sk.ipv6 or sk.gps or sk.numerals or sk.plates or sk.qqlog
        or sk.rare or sk.docno or sk.born or sk.has_json or sk.has_markup or sk.has_sql or sk.has_symsep or sk.has_keyed_log or sk.broken or any(marks)
    )


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
