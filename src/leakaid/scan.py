"""Scanning files: readers → engine → findings with locations.

``scan_file`` yields every finding of one file with its location (line/column for
text, page, sheet/row/column for tables, JSON path, e-mail part). ``scan_paths``
walks files and directories and reports per-file errors as ``ScanError`` items
instead of stopping, so one corrupt file never hides the rest.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from leakaid.detect.engine import Engine, get_engine
from leakaid.detect.finding import Finding
from leakaid.errors import SourceError
from leakaid.sources.base import Location, Segment

_NL = re.compile("\n")
_STREAM_OVERLAP = 1024
_KEEP_BEHIND = 4 * _STREAM_OVERLAP


@dataclass(frozen=True, slots=True)
class LocatedFinding:
    """A finding, where it is, and the raw matched text (never printed unmasked by default)."""

    finding: Finding
    location: Location
    text: str

    @property
    def type(self) -> str:
        return self.finding.type


@dataclass(frozen=True, slots=True)
class ScanError:
    """A file that could not be read (or only partly).

    ``skipped`` marks unsupported files; ``warning`` marks files that were read but with a
    caveat (a bad JSONL line, a PDF without a text layer): neither makes the scan fail.
    """

    path: str
    message: str
    skipped: bool = False
    warning: bool = False


class _Lines:
    """Line/column of offsets inside one segment's text, from its newline positions."""

    __slots__ = ("loc", "newlines")

    def __init__(self, seg: Segment) -> None:
        self.loc = seg.location
        self.newlines = [m.start() for m in _NL.finditer(seg.text)] if "\n" in seg.text else []

    def locate(self, offset: int) -> Location:
        line0 = self.loc.line or 1
        i = bisect_right(self.newlines, offset - 1)
        if i == 0:
            col = (self.loc.column or 1) + offset
            return self.loc.with_(line=line0, column=col)
        return self.loc.with_(line=line0 + i, column=offset - self.newlines[i - 1])


def _locate(seg: Segment, f: Finding, lines: _Lines | None) -> Location:
    if seg.location.line is None:
        return seg.location
    return (lines or _Lines(seg)).locate(f.start)


class _Peekable:
    """An iterator of segments with one segment of look-ahead."""

    def __init__(self, items: Iterable[Segment]) -> None:
        self._it = iter(items)
        self._next: Segment | None = None

    def peek(self) -> Segment | None:
        if self._next is None:
            self._next = next(self._it, None)
        return self._next

    def pop(self) -> Segment | None:
        item = self.peek()
        self._next = None
        return item


def scan_segments(segments: Iterable[Segment], engine: Engine) -> Iterator[LocatedFinding]:
    """Scan segments; runs of ``joined`` segments are scanned as one stream (boundaries handled).

    A reader's error or warning (``SourceError``) is raised after every segment read before it has been
    scanned: looking ahead one segment must not lose the last one (a text file with a few undecodable bytes
    warns at its end)."""
    held: list[SourceError] = []

    def reading() -> Iterator[Segment]:
        try:
            yield from segments
        except SourceError as exc:
            held.append(exc)

    src = _Peekable(reading())
    while (first := src.pop()) is not None:
        nxt = src.peek()
        if nxt is not None and nxt.joined:
            yield from _scan_stream(first, src, engine)
            continue
        for f in engine.scan(first.text, hint=first.hint):
            yield LocatedFinding(f, _locate(first, f, None), first.text[f.start : f.end])
    if held:
        raise held[0]


def _scan_stream(first: Segment, src: _Peekable, engine: Engine) -> Iterator[LocatedFinding]:
    """A text read in chunks: stream it through the engine, map offsets back to segment locations."""
    window: deque[list] = deque()  # [absolute start, segment, line index or None]
    pos = 0

    def chunks() -> Iterator[str]:
        nonlocal pos
        seg: Segment | None = first
        while seg is not None:
            # findings only come from the engine's last window (≤ 2 × overlap before this chunk),
            # so older segments can go: memory stays flat on huge files.
            while len(window) > 1 and window[1][0] <= pos - _KEEP_BEHIND:
                window.popleft()
            window.append([pos, seg, None])
            pos += len(seg.text)
            yield seg.text
            nxt = src.peek()
            seg = src.pop() if nxt is not None and nxt.joined else None

    for f in engine.scan_stream(chunks(), overlap=_STREAM_OVERLAP):
        while len(window) > 1 and window[1][0] <= f.start:
            window.popleft()
        base, seg, lines = window[0]
        if lines is None and seg.location.line is not None:
            lines = window[0][2] = _Lines(seg)
        local = f.shifted(-base)
        if local.end <= len(seg.text):
            value = seg.text[local.start : local.end]
        else:  # spans into the next segment(s)
            value = "".join(item[1].text for item in window)[local.start : local.end]
        yield LocatedFinding(f, _locate(seg, local, lines), value)


def scan_file(
    path: str | Path,
    *,
    types: Iterable[str] | None = None,
    min_score: float | None = None,
    engine: Engine | None = None,
    on_segment: Callable[[Segment], None] | None = None,
) -> Iterator[LocatedFinding]:
    """Findings in one file, with locations. Raises ``SourceError`` if the file cannot be read
    (after yielding what was found before the problem). ``on_segment`` sees every segment read
    (for progress bars)."""
    from leakaid.sources import read_segments

    eng = engine or get_engine(types, min_score)
    segments = read_segments(Path(path))
    if on_segment is not None:
        segments = _tap(segments, on_segment)
    yield from scan_segments(segments, eng)


def _tap(segments: Iterable[Segment], callback: Callable[[Segment], None]) -> Iterator[Segment]:
    for seg in segments:
        callback(seg)
        yield seg


def scan_paths(
    paths: Iterable[str | Path],
    *,
    types: Iterable[str] | None = None,
    min_score: float | None = None,
    recursive: bool = True,
    on_segment: Callable[[Segment], None] | None = None,
) -> Iterator[LocatedFinding | ScanError]:
    """Findings in files and directories; unreadable files become ``ScanError`` items."""
    from leakaid.sources import SourceWarning, UnsupportedSource, iter_files

    eng = get_engine(types, min_score)
    for p in iter_files(paths, recursive=recursive):
        try:
            yield from scan_file(p, engine=eng, on_segment=on_segment)
        except UnsupportedSource as exc:
            yield ScanError(str(p), exc.message, skipped=True)
        except SourceWarning as exc:
            yield ScanError(str(p), exc.message, warning=True)
        except SourceError as exc:
            yield ScanError(str(p), exc.message)
        except OSError as exc:
            yield ScanError(str(p), f"无法读取文件：{exc.strerror or exc}")
