"""Readers that turn files into text segments with locations.

Public API::

    from leakaid.sources import iter_files, read_segments
    for path in iter_files(["dump/"]):
        try:
            for seg in read_segments(path):
                ...  # seg.text, seg.location, seg.hint, seg.joined
        except UnsupportedSource as e:   # not a format we read: skip, e.message says why
            ...
        except SourceWarning as e:       # read completely, but something was lossy (see e.message)
            ...
        except SourceError as e:         # corrupt / unreadable; segments already yielded stay valid
            ...

Error contract: every failure is a :class:`leakaid.errors.SourceError` with a Chinese message.
:class:`UnsupportedSource` (a skip) and :class:`SourceWarning` (raised only after every readable
segment was yielded) are subclasses, so code that only knows SourceError still works.

``max_bytes``: streaming formats (text, CSV/TSV, JSON Lines, HTML, mbox) read at most that many
bytes and then raise a SourceWarning saying the read was truncated; whole-document formats
(JSON, XLSX, DOCX, PDF, EML) larger than ``max_bytes`` are refused with a SourceError.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from leakaid.errors import SourceError
from leakaid.sources.base import Location, Segment
from leakaid.sources.common import ByteSource, SourceWarning, UnsupportedSource
from leakaid.sources.registry import SUPPORTED_EXTENSIONS, read_source
from leakaid.sources.text import detect_encoding

__all__ = [
    "SUPPORTED_EXTENSIONS",
    "Location",
    "Segment",
    "SourceError",
    "SourceWarning",
    "UnsupportedSource",
    "detect_encoding",
    "iter_files",
    "read_bytes_segments",
    "read_segments",
]

log = logging.getLogger(__name__)


def iter_files(paths: Iterable[str | Path], *, recursive: bool = True) -> Iterator[Path]:
    """Yield files: paths that are not directories as given (even if missing, so the reader can
    report it), directories walked in sorted order, skipping hidden directories (``.git``) and
    never entering the same directory twice (symlink loops)."""
    seen: set[tuple[int, int]] = set()
    for p in paths:
        path = Path(p)
        if path.is_dir():
            yield from _walk(path, recursive, seen)
        else:
            yield path


def _walk(root: Path, recursive: bool, seen: set[tuple[int, int]]) -> Iterator[Path]:
    try:
        st = root.stat()
    except OSError:
        return
    key = (st.st_dev, st.st_ino)
    if key in seen:
        return
    seen.add(key)
    try:
        with os.scandir(root) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as e:
        log.warning("无法列出目录 %s：%s", root, e.strerror)
        return
    for entry in entries:
        try:
            is_dir = entry.is_dir()  # follows symlinks; loops are stopped by ``seen``
            if is_dir:
                if recursive and not entry.name.startswith("."):
                    yield from _walk(Path(entry.path), recursive, seen)
            elif entry.is_file():
                yield Path(entry.path)
        except OSError:
            continue


def read_segments(path: Path, *, max_bytes: int | None = None) -> Iterator[Segment]:
    """Segments of one file, chosen by extension and content sniffing (see module docstring)."""
    path = Path(path)
    if path.is_dir():
        raise SourceError(str(path), "这是一个目录，不是文件")
    yield from read_source(ByteSource.from_path(path), max_bytes=max_bytes)


def read_bytes_segments(name: str, data: bytes, *, suffix: str = "", max_bytes: int | None = None) -> Iterator[Segment]:
    """Segments of in-memory bytes (an upload, an attachment); ``name`` goes into the locations."""
    yield from read_source(ByteSource.from_bytes(name, data, suffix), max_bytes=max_bytes)
