"""Apply a policy to text: find, choose the operator per type, replace spans."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from leakaid.detect.finding import Finding
from leakaid.detect.sqltext import Schema, might_hold_sql
from leakaid.redact.operators import OPERATOR_FUNCS, RedactContext
from leakaid.redact.policy import Policy

__all__ = ["RedactResult", "Redactor", "Replacement", "redact_text"]


@dataclass(frozen=True, slots=True)
class Replacement:
    """One replaced span. ``start``/``end`` refer to the input, ``out_start``/``out_end`` to the output.

    ``replacement`` is the operator's output (never the raw value).
    """

    start: int
    end: int
    type: str
    operator: str
    score: float
    rule: str
    replacement: str
    out_start: int
    out_end: int


@dataclass(frozen=True, slots=True)
class RedactResult:
    text: str
    replacements: list[Replacement]


CACHE_MAX_LEN = 128  # cells up to this length are cached
CACHE_ENTRIES = 100_000
_SURROGATES = re.compile("[\ud800-\udfff]")


def _scan(text: str, policy: Policy, hint: str | None, schema: Schema | None = None) -> list[Finding]:
    from leakaid.detect.engine import get_engine

    if _SURROGATES.search(text):
        # undecodable bytes (kept as lone surrogates so they are written back unchanged):
        # show the engine U+FFFD instead, one character for one, so offsets stay valid
        text = _SURROGATES.sub("\ufffd", text)
    types = None if policy.types is None else sorted(policy.types)
    found = get_engine(types, policy.min_score).scan(text, hint=hint, schema=schema)
    return _non_overlapping(found)


def _non_overlapping(found: Iterable[Finding]) -> list[Finding]:
    """Defensive: keep the first of overlapping findings (the engine already resolves overlaps)."""
    out: list[Finding] = []
    for f in sorted(found, key=lambda f: (f.start, -(f.end - f.start))):
        if out and f.start < out[-1].end:
            continue
        out.append(f)
    return out


@dataclass
class Redactor:
    """A run: one context (key, pseudonyms) and the statistics of everything replaced.

    ``produced`` holds every distinct replacement string, so the verify pass can tell a
    pseudonym it wrote (which is valid-looking on purpose) from a value that was missed.
    """

    ctx: RedactContext
    counts: Counter[str] = field(default_factory=Counter)
    produced: set[str] = field(default_factory=set)
    _cache: dict[tuple[str, str | None], list[Finding]] = field(default_factory=dict, repr=False)

    @classmethod
    def create(cls, policy: Policy, key: bytes | None = None) -> Redactor:
        ctx = RedactContext(policy=policy, key=key)
        ctx.check_policy()
        return cls(ctx)

    @property
    def policy(self) -> Policy:
        return self.ctx.policy

    def scan(self, text: str, hint: str | None = None) -> list[Finding]:
        if len(text) > CACHE_MAX_LEN:
            return _scan(text, self.policy, hint)
        # table cells and JSON leaves repeat a lot (status words, cities, masks): scan each once
        k = (text, hint)
        hit = self._cache.get(k)
        if hit is None:
            if len(self._cache) >= CACHE_ENTRIES:
                self._cache.clear()
            hit = self._cache[k] = _scan(text, self.policy, hint)
        return hit

    def window_scanner(self) -> Callable[[str], list[Finding]]:
        """A scan for the consecutive windows of one text file: SQL tables seen in earlier windows are kept."""
        schema = Schema()
        return lambda text: _scan(text, self.policy, None, schema)

    def apply(self, text: str, findings: Iterable[Finding]) -> RedactResult:
        """Replace ``findings`` (non-overlapping, offsets into ``text``) by the policy's operators."""
        pieces: list[str] = []
        reps: list[Replacement] = []
        pos = 0
        out_len = 0
        sql = None  # whether text holds SQL statements, looked at once and only when needed
        for f in sorted(findings, key=lambda f: f.start):
            op = self.policy.operator_for(f.type)
            if op == "keep" or f.start < pos:
                continue
            value = text[f.start : f.end]
            new = OPERATOR_FUNCS[op](value, f, self.ctx)
            if new and not new.isdigit() and value.isdigit() and _bare_sql_value(text, f.start, f.end):
                if sql is None:
                    sql = might_hold_sql(text)
                if sql:  # an unquoted number in VALUES (…, 503031182, …): the replacement must stay a literal
                    new = "'" + new.replace("'", "''") + "'"
            pieces.append(text[pos : f.start])
            out_len += f.start - pos
            pieces.append(new)
            reps.append(Replacement(f.start, f.end, f.type, op, f.score, f.rule, new, out_len, out_len + len(new)))
            out_len += len(new)
            pos = f.end
            self.counts[f.type] += 1
            if new:
                self.produced.add(new)
        if not reps:
            return RedactResult(text, [])
        pieces.append(text[pos:])
        return RedactResult("".join(pieces), reps)

    def redact(self, text: str, hint: str | None = None) -> RedactResult:
        return self.apply(text, self.scan(text, hint))


def _bare_sql_value(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands alone between SQL tuple punctuation: ( or , before, , or ) after."""
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    j = end
    while j < len(text) and text[j] in " \t":
        j += 1
    return i >= 0 and text[i] in "(," and j < len(text) and text[j] in ",)"


def redact_text(
    text: str,
    *,
    policy: Policy | None = None,
    key: bytes | None = None,
    hint: str | None = None,
    redactor: Redactor | None = None,
) -> RedactResult:
    """Redact ``text`` by ``policy`` (default: mask everything).

    Pass the same ``redactor`` to several calls to share pseudonyms and statistics;
    otherwise a fresh one is made from ``policy`` and ``key``. Raises ConfigError when
    the policy uses hash/pseudonym and no key is given.

    >>> redact_text("手机 138-1234-5678").text
    '手机 138-****-5678'
    """
    r = redactor or Redactor.create(policy or Policy(), key)
    return r.redact(text, hint)
