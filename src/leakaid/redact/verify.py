"""The verify pass: re-read the written output with the same detector and report what remains.

A finding in the output counts as *remaining* when its type is covered by the policy, its
score reaches the policy's threshold, and it does not overlap text that the redaction itself
wrote (a pseudonym is valid-looking on purpose; those are counted in ``ignored`` instead).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from leakaid.detect.finding import Finding
from leakaid.redact.mask import mask_value
from leakaid.redact.textio import Unit
from leakaid.sources.base import Location

__all__ = ["Leftover", "VerifyReport", "verify_units"]

MAX_LISTED = 50


@dataclass(frozen=True, slots=True)
class Leftover:
    type: str
    location: Location
    masked: str  # the remaining value, masked by the house rule (never the raw value)
    score: float

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, "location": self.location.to_dict(), "masked": self.masked, "score": self.score}


@dataclass
class VerifyReport:
    counts: Counter[str] = field(default_factory=Counter)
    leftovers: list[Leftover] = field(default_factory=list)  # the first MAX_LISTED
    ignored: int = 0  # findings inside text the redaction wrote (pseudonyms, masks)

    @property
    def clean(self) -> bool:
        return not self.counts

    def to_dict(self) -> dict[str, Any]:
        return {
            "clean": self.clean,
            "remaining": dict(self.counts),
            "locations": [lo.to_dict() for lo in self.leftovers],
            "ignored_own_output": self.ignored,
        }


class _Produced:
    """Finds occurrences of replacement strings written by the run (Aho–Corasick)."""

    def __init__(self, produced: Iterable[str]) -> None:
        words = [w for w in produced if w]
        self._auto = None
        if words:
            import ahocorasick

            auto = ahocorasick.Automaton()
            for w in words:
                auto.add_word(w, len(w))
            auto.make_automaton()
            self._auto = auto

    def spans(self, text: str) -> list[tuple[int, int]]:
        if self._auto is None:
            return []
        return [(end + 1 - n, end + 1) for end, n in self._auto.iter(text)]


def _overlaps(f: Finding, spans: list[tuple[int, int]]) -> bool:
    return any(s < f.end and f.start < e for s, e in spans)


def verify_units(
    units: Iterator[tuple[Unit, list[Finding]]], produced: Iterable[str], covered: frozenset[str]
) -> VerifyReport:
    """Collect remaining findings from ``(unit, findings)`` pairs (findings already scanned)."""
    rep = VerifyReport()
    own = _Produced(produced)
    for unit, found in units:
        hi = len(unit.text) if unit.hi is None else unit.hi
        spans: list[tuple[int, int]] | None = None
        for f in found:
            if f.type not in covered or not unit.lo <= f.start < hi:
                continue
            if spans is None:
                spans = own.spans(unit.text)
            if _overlaps(f, spans):
                rep.ignored += 1
                continue
            rep.counts[f.type] += 1
            if len(rep.leftovers) < MAX_LISTED:
                value = unit.text[f.start : f.end]
                rep.leftovers.append(Leftover(f.type, unit.locate(f.start), mask_value(f.type, value), f.score))
    return rep
