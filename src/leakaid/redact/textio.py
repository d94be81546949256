"""Text files: encoding round trip and constant-memory windowed redaction.

The input is decoded with ``surrogateescape`` and re-encoded the same way, so every byte
outside a replaced span is written back unchanged (line ends, odd bytes, the BOM).
GBK input is read as GB18030 (its superset) and written as GB18030, which is byte-identical
for every GBK character.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from leakaid.detect.finding import Finding
from leakaid.errors import ConfigError, SourceError
from leakaid.sources.base import Location

__all__ = ["Codec", "Unit", "detect_codec", "open_in", "open_out", "redact_text_file", "text_units"]

WINDOW = 1 << 20  # characters scanned per window
OVERLAP = 1024  # an entity must be shorter than this to be found whole on a window boundary
CONTEXT = 256  # characters kept before a cut so cue words still count
READ = 1 << 18


@dataclass(frozen=True)
class Codec:
    """How to read a file and write its redacted copy."""

    read: str
    write: str
    bom: bytes = b""  # written first when ``write`` does not add one itself

    @property
    def label(self) -> str:
        return "gb18030（兼容 GBK）" if self.read == "gb18030" else self.read


def detect_codec(path: Path, override: str | None = None) -> Codec:
    from leakaid.sources.text import detect_encoding

    enc = detect_encoding(path)
    with open(path, "rb") as f:
        head = f.read(4)
    if enc in ("utf-16", "utf-32"):
        be = head.startswith(codecs.BOM_UTF32_BE if enc == "utf-32" else codecs.BOM_UTF16_BE)
        if enc == "utf-32":
            codec = Codec(enc, "utf-32-be" if be else "utf-32-le", codecs.BOM_UTF32_BE if be else codecs.BOM_UTF32_LE)
        else:
            codec = Codec(enc, "utf-16-be" if be else "utf-16-le", codecs.BOM_UTF16_BE if be else codecs.BOM_UTF16_LE)
    else:
        codec = Codec(enc, enc)
    if override:
        try:
            name = codecs.lookup(override).name
        except LookupError as e:
            raise ConfigError(f"未知的输出编码 {override!r}") from e
        codec = Codec(codec.read, name)
    return codec


def open_in(path: Path, codec: Codec) -> IO[str]:
    return open(path, encoding=codec.read, errors="surrogateescape", newline="")  # noqa: SIM115


def open_out(path: Path, codec: Codec) -> IO[str]:
    f = open(path, "wb")  # noqa: SIM115
    if codec.bom:
        f.write(codec.bom)
    errors = "surrogateescape" if codec.write == codec.read or codec.bom else "strict"
    return codecs.getwriter(codec.write)(f, errors=errors)  # type: ignore[return-value]


def pieces(f: IO[str]) -> Iterator[str]:
    while True:
        chunk = f.read(min(READ, WINDOW))
        if not chunk:
            return
        yield chunk


@dataclass(frozen=True, slots=True)
class Unit:
    """A piece of a file to scan in the verify pass; findings count only in ``[lo, hi)``.

    ``textual``: ``location`` is the line/column of ``text[0]`` and findings get their own
    line/column; otherwise every finding gets ``location`` as is (a CSV cell, a JSON leaf).
    """

    text: str
    location: Location
    hint: str | None = None
    lo: int = 0
    hi: int | None = None
    textual: bool = False

    def locate(self, pos: int) -> Location:
        if not self.textual:
            return self.location
        nl = self.text.count("\n", 0, pos)
        if nl == 0:
            return self.location.with_(column=(self.location.column or 1) + pos)
        col = pos - self.text.rfind("\n", 0, pos)
        return self.location.with_(line=(self.location.line or 1) + nl, column=col)


Scan = Callable[[str], list[Finding]]


def windows(chunks: Iterator[str], scan: Scan, *, window: int = WINDOW, overlap: int = OVERLAP) -> Iterator[tuple[str, int, int, list[Finding]]]:
    """Yield ``(buf, start, end, findings)``: ``buf[start:end]`` is the next piece of the stream and
    ``findings`` (offsets into ``buf``) are the ones that start in it. Memory stays ~``window``.
    """
    buf = ""
    skip = 0
    for chunk in chunks_with_end(chunks):
        final = chunk is None
        if not final:
            buf += chunk
            if len(buf) - skip < window + overlap:
                continue
            target = len(buf) - overlap
            nl = buf.rfind("\n", max(skip, target - 4 * overlap), target)
            cut = nl + 1 if nl >= skip else target
        else:
            cut = len(buf)
        found = [f for f in scan(buf) if skip <= f.start < cut]
        if found:
            cut = max(cut, max(f.end for f in found))
        yield buf, skip, cut, found
        if final:
            return
        keep_from = max(0, cut - CONTEXT)
        buf = buf[keep_from:]
        skip = cut - keep_from


def chunks_with_end(chunks: Iterator[str]) -> Iterator[str | None]:
    yield from chunks
    yield None


def redact_text_file(src: Path, dst: Path, codec: Codec, redact: Callable[[str, list[Finding]], str], scan: Scan) -> None:
    """Stream ``src`` to ``dst`` replacing findings; ``redact(piece, findings)`` works on one piece."""
    try:
        with open_in(src, codec) as fin, open_out(dst, codec) as fout:
            for buf, start, end, found in windows(pieces(fin), scan, window=WINDOW, overlap=OVERLAP):
                piece = buf[start:end]
                fout.write(redact(piece, [f.shifted(-start) for f in found]))
    except UnicodeEncodeError as e:
        raise SourceError(str(src), f"输出编码 {codec.write} 无法表示文件中的某些字符：{e.reason}") from e


def text_units(path: Path, codec: Codec, scan: Scan) -> Iterator[tuple[Unit, list[Finding]]]:
    """Windows of a text file for the verify pass, with the findings that start in each."""
    line, col = 1, 1
    with open_in(path, codec) as f:
        for buf, start, end, found in windows(pieces(f), scan, window=WINDOW, overlap=OVERLAP):
            unit = _rebase(Unit(buf, Location(str(path)), lo=start, hi=end, textual=True), start, line, col)
            yield unit, found
            piece = buf[start:end]
            nl = piece.count("\n")
            if nl:
                line += nl
                col = len(piece) - piece.rfind("\n")
            else:
                col += len(piece)


def _rebase(unit: Unit, start: int, line: int, col: int) -> Unit:
    """Make ``unit.location`` describe ``text[0]`` given that ``text[start]`` is at (line, col)."""
    head = unit.text[:start]
    nl = head.count("\n")
    if nl == 0:
        loc = unit.location.with_(line=line, column=col - start)
    else:
        # text[0] sits on an earlier line; its column is irrelevant once a newline follows
        loc = unit.location.with_(line=line - nl, column=1)
    return Unit(unit.text, loc, unit.hint, unit.lo, unit.hi, unit.textual)
