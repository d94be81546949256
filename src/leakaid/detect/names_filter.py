"""Glue between the engine and the names tier (``leakaid.detect.pii_names``): no name or address inside a
structured value."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from leakaid.detect.context import ScanContext


def person_address(
    ctx: ScanContext, text: str, hint: str | None, use_model: bool, keyed: Sequence[tuple[str, int, int]] | None = None
) -> None:
    """Add the names tier's PERSON / ADDRESS findings that do not overlap a structured finding; ``keyed`` are
    values named by a column elsewhere in the text (SQL dump rows)."""
    from leakaid.detect.pii_names import find_person_address  # numpy and the model load on first use

    want = ctx.want & {"PERSON", "ADDRESS"}
    structured = _Spans([(f.start, f.end) for f in ctx.out])
    for f in find_person_address(text, types=frozenset(want), hint=hint, use_model=use_model, keyed=keyed or ()):
        if not structured.overlaps(f.start, f.end):  # a "name" inside an e-mail or a plate is part of that value
            ctx.out.append(f)


class _Spans:
    """Structured findings, for "does this name overlap one of them?" in O(log n)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans.sort()
        self.starts = [s for s, _ in spans]
        self.max_end: list[int] = []
        top = -1
        for _, e in spans:
            top = max(top, e)
            self.max_end.append(top)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self.starts, end)  # spans starting before ``end``
        return i > 0 and self.max_end[i - 1] > start

