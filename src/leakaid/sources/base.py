"""Types shared by every reader: a segment of text and where it came from."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any


@dataclass(frozen=True, slots=True)
class Location:
    """Where a piece of text sits inside a source.

    Lines, columns, rows and pages are 1-based. ``field`` is a CSV/XLSX column
    header, a JSON path (``$.users[3].phone``) or an e-mail header name.
    """

    path: str
    line: int | None = None
    column: int | None = None
    page: int | None = None
    sheet: str | None = None
    row: int | None = None
    field: str | None = None
    part: str | None = None  # e.g. "body", "subject", "attachment:a.txt" inside an e-mail

    def with_(self, **changes: Any) -> Location:
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__slots__ if getattr(self, k) is not None}

    def __str__(self) -> str:
        parts = [self.path]
        if self.part:
            parts.append(self.part)
        if self.sheet:
            parts.append(f"sheet={self.sheet}")
        if self.page is not None:
            parts.append(f"page={self.page}")
        if self.row is not None:
            parts.append(f"row={self.row}")
        if self.field:
            parts.append(f"field={self.field}")
        if self.line is not None:
            parts.append(f"line={self.line}")
        if self.column is not None:
            parts.append(f"col={self.column}")
        return ":".join(parts)


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of text to scan.

    ``location`` is the location of the first character of ``text``.
    ``hint`` is context that is not part of the text but tells what it is, e.g. the
    CSV column header ``QQ号`` above a cell, so that context-gated types fire.
    ``joined`` is True when this segment continues the previous one directly (a
    large text file read in chunks): the scanner then stitches them so that an
    entity on the boundary is found exactly once. Line/column of findings inside
    segments are computed by the scanner from ``location.line``/``column`` and the
    newlines inside ``text``.
    """

    text: str
    location: Location
    hint: str | None = None
    joined: bool = False
