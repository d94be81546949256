"""Plain text: encoding detection and constant-memory streaming in ~1 MiB chunks.

Detection order: BOM (UTF-8-SIG, UTF-16/32 LE/BE) → strict UTF-8 → GB18030 (superset of
GBK/GB2312; Big5 is told apart) → charset-normalizer → UTF-8 with replacement (and a warning).
The decision is made on samples from the head, middle and tail of the file; if a strict decode
still fails later, a stream that was pure ASCII so far switches to GB18030 (an ASCII log with
GBK lines further on), anything else continues with U+FFFD replacement and a SourceWarning.

Text segments: ``line``/``column`` (1-based, column counted in characters) of the chunk start;
every chunk after the first is ``joined``. Chunks end just after a newline within the last
eighth of the ~1 Mi-character target when there is one.
"""

from __future__ import annotations

import codecs
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from leakaid.errors import SourceError
from leakaid.sources.base import Location, Segment
from leakaid.sources.common import ByteSource, SourceWarning

__all__ = ["CHUNK_CHARS", "TextStream", "detect_encoding", "read_text"]

log = logging.getLogger(__name__)

CHUNK_CHARS = 1 << 20  # target characters per segment
READ_BYTES = 1 << 20  # bytes per read()
SAMPLE_BYTES = 64 << 10  # bytes per detection window
MAX_LINE_CHARS = 64 << 20  # a "line" longer than this is not a line (line-based readers)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def detect_encoding(path: str | Path) -> str:
    """Return the Python codec name to decode ``path`` with (e.g. ``'utf-8'``, ``'gb18030'``)."""
    src = ByteSource.from_path(Path(path))
    try:
        with src.open() as f:
            return _detect(f)[0]
    except OSError as e:
        raise SourceError(str(path), os_error_message(e)) from e


def _samples(f: IO[bytes]) -> tuple[bytes, list[bytes], bool]:
    """Head sample, extra windows (aligned on newlines), whether the head is the whole file."""
    size = f.seek(0, 2)
    f.seek(0)
    head = f.read(SAMPLE_BYTES)
    windows: list[bytes] = []
    whole = size <= SAMPLE_BYTES
    if not whole:
        for frac in (0.25, 0.5, 0.75, 1.0):
            off = max(SAMPLE_BYTES, int(size * frac) - SAMPLE_BYTES)
            f.seek(off)
            win = f.read(SAMPLE_BYTES)
            first, last = win.find(b"\n"), win.rfind(b"\n")
            if 0 <= first < last:
                windows.append(win[first + 1 : last + 1])
    f.seek(0)
    return head, windows, whole


def _trim_tail(data: bytes, whole: bool) -> bytes:
    """Cut the head sample at its last newline so no character is split (unless it is the whole file)."""
    if whole:
        return data
    cut = data.rfind(b"\n")
    return data[: cut + 1] if cut > 0 else data


def _strict_ok(enc: str, chunks: list[bytes]) -> bool:
    """Every chunk decodes strictly; a character cut off at a chunk's end is allowed."""
    try:
        for c in chunks:
            codecs.getincrementaldecoder(enc)("strict").decode(c, final=False)
    except UnicodeDecodeError:
        return False
    return True


def _damaged(enc: str, chunks: list[bytes]) -> bool:
    """Mostly valid ``enc`` with a few bad bytes (a damaged file, not another encoding)."""
    bad = good = 0
    for c in chunks:
        text = c.decode(enc, "replace")
        bad += text.count("\ufffd")
        good += sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
    return good >= 8 and bad * 20 <= good


def _utf8_damaged(chunks: list[bytes]) -> bool:
    return _damaged("utf-8", chunks)


def _big5_not_gb(chunks: list[bytes]) -> bool:
    """GB18030 accepts Big5 bytes; Big5 text decodes to many characters outside GB2312."""
    if not _strict_ok("cp950", chunks):
        return False
    han = outside = 0
    for c in chunks:
        for ch in c.decode("gb18030"):
            if "\u4e00" <= ch <= "\u9fff":
                han += 1
                try:
                    ch.encode("gb2312")
                except UnicodeEncodeError:
                    outside += 1
    return han >= 8 and outside * 3 > han


def _utf16_without_bom(head: bytes) -> str | None:
    sample = head[: len(head) & ~1][:4096]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    enc = None
    if odd.count(0) > 0.3 * len(odd) and even.count(0) < 0.05 * len(even):
        enc = "utf-16-le"
    elif even.count(0) > 0.3 * len(even) and odd.count(0) < 0.05 * len(odd):
        enc = "utf-16-be"
    if enc is None:
        return None
    decoded = sample.decode(enc, "replace")
    printable = sum(1 for ch in decoded if ch.isprintable() or ch in "\t\r\n")
    return enc if printable >= 0.95 * len(decoded) else None


def _detect(f: IO[bytes]) -> tuple[str, bool]:
    """(codec, confident). Not confident means: decode with replacement and warn."""
    head, windows, whole = _samples(f)
    for bom, enc in _BOMS:
        if head.startswith(bom):
            return enc, True
    u16 = _utf16_without_bom(head)
    if u16:
        return u16, True
    chunks = [_trim_tail(head, whole), *windows]
    if _strict_ok("utf-8", chunks):
        return "utf-8", True
    if _utf8_damaged(chunks):
        return "utf-8", False
    if _strict_ok("gb18030", chunks):
        return ("cp950" if _big5_not_gb(chunks) else "gb18030"), True
    if _damaged("gb18030", chunks):
        return "gb18030", False
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(b"".join(chunks)).best()
    except Exception:  # a broken optional helper must not stop reading
        best = None
    if best is not None and best.encoding:
        enc = codecs.lookup(best.encoding).name
        return enc, _strict_ok(enc, chunks)
    return "utf-8", False


_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v\x1b")


def looks_binary(head: bytes) -> bool:
    """True for bytes that are not text in any encoding we read (many control bytes)."""
    if not head or any(head.startswith(bom) for bom, _ in _BOMS) or _utf16_without_bom(head):
        return False
    sample = head[:8192]
    controls = sum(1 for b in sample if (b < 0x20 and b not in _TEXT_CONTROLS) or b == 0x7F)
    return controls >= 8 and controls > 0.03 * len(sample)


def os_error_message(e: OSError) -> str:
    if isinstance(e, FileNotFoundError):
        return "文件不存在"
    if isinstance(e, PermissionError):
        return "没有读取权限"
    if isinstance(e, IsADirectoryError):
        return "这是一个目录，不是文件"
    return f"无法读取文件（{e.strerror or type(e).__name__}）"


class TextStream:
    """Decode a byte source incrementally. Collects warnings; call :meth:`finish` at the end."""

    def __init__(self, src: ByteSource, *, max_bytes: int | None = None, encoding: str | None = None) -> None:
        self.src = src
        self.max_bytes = max_bytes
        with src.open() as f:
            if encoding is None:
                self.encoding, confident = _detect(f)
            else:
                self.encoding, confident = encoding, True
        self.replaced = not confident
        log.debug("%s: encoding %s%s", src.name, self.encoding, "" if confident else " (uncertain)")
        self.truncated = False
        self.warnings: list[str] = []

    def pieces(self) -> Iterator[str]:
        """Decoded text in arbitrary-sized pieces; never splits a character."""
        decoder = codecs.getincrementaldecoder(self.encoding)("replace" if self.replaced else "strict")
        read = 0
        ascii_so_far = True
        with self.src.open() as f:
            while True:
                n = READ_BYTES
                if self.max_bytes is not None:
                    n = min(n, self.max_bytes - read)
                    if n <= 0:
                        self.truncated = f.read(1) != b""
                        break
                data = f.read(n)
                read += len(data)
                final = not data
                try:
                    text = decoder.decode(data, final)
                except UnicodeDecodeError:
                    decoder, text = self._recover(decoder, data, final, ascii_so_far)
                if text:
                    ascii_so_far = ascii_so_far and text.isascii()
                    yield text
                if final:
                    return
            try:  # stopped at max_bytes: a character cut in half is simply dropped
                tail = decoder.decode(b"", True)
            except UnicodeDecodeError:
                tail = ""
            if tail:
                yield tail

    def _recover(
        self, decoder: codecs.IncrementalDecoder, data: bytes, final: bool, ascii_so_far: bool
    ) -> tuple[codecs.IncrementalDecoder, str]:
        """A strict decode failed after detection. If everything so far was ASCII and the sample
        guess was UTF-8, the rest may be GBK: switch to GB18030 when this block decodes cleanly
        with it. Otherwise continue with replacement characters and remember to warn."""
        if ascii_so_far and self.encoding == "utf-8":
            pending = decoder.getstate()[0] + data
            if not _utf8_damaged([pending]):
                gb = codecs.getincrementaldecoder("gb18030")("strict")
                try:
                    text = gb.decode(pending, final)
                except UnicodeDecodeError:
                    pass
                else:
                    self.encoding = "gb18030"
                    return gb, text
        self.replaced = True
        decoder.errors = "replace"
        return decoder, decoder.decode(data, final)

    def lines(self, max_line: int | None = None) -> Iterator[str]:
        """Lines with their ends kept (``\\n``, ``\\r\\n``); refuses absurdly long lines."""
        max_line = max_line or MAX_LINE_CHARS
        buf = ""
        for piece in self.pieces():
            buf += piece
            start = 0
            while True:
                nl = buf.find("\n", start)
                if nl < 0:
                    break
                yield buf[start : nl + 1]
                start = nl + 1
            buf = buf[start:]
            if len(buf) > max_line:
                raise SourceError(self.src.name, f"某一行超过 {max_line // (1 << 20)} MiB 字符，无法按行解析")
        if buf:
            yield buf

    def finish(self) -> None:
        """Raise a SourceWarning for anything lossy that happened while reading."""
        notes = list(self.warnings)
        if self.replaced:
            notes.insert(0, f"文件中有无法按 {self.encoding} 解码的字节，已替换为 �，结果可能不完整")
        if self.truncated and self.max_bytes is not None:
            notes.append(f"只读取了前 {self.max_bytes} 字节（超过大小上限）")
        if notes:
            raise SourceWarning(self.src.name, "；".join(notes))


def _cut(buf: str, target: int) -> int:
    """Where to end a chunk: just after a newline near ``target`` if there is one."""
    nl = buf.rfind("\n", target - target // 8, target)
    return nl + 1 if nl >= 0 else target


def read_text(src: ByteSource, *, max_bytes: int | None = None, chunk_chars: int = CHUNK_CHARS) -> Iterator[Segment]:
    """Yield consecutive chunks; every chunk after the first is ``joined`` to the previous one."""
    stream = TextStream(src, max_bytes=max_bytes)
    line, col, first = 1, 1, True
    buf = ""

    def emit(text: str) -> Segment:
        nonlocal line, col, first
        seg = Segment(text, Location(src.name, line=line, column=col), joined=not first)
        first = False
        nls = text.count("\n")
        if nls:
            line += nls
            col = len(text) - text.rfind("\n")
        else:
            col += len(text)
        return seg

    for piece in stream.pieces():
        buf += piece
        while len(buf) >= chunk_chars:
            cut = _cut(buf, chunk_chars)
            yield emit(buf[:cut])
            buf = buf[cut:]
    if buf:
        yield emit(buf)
    stream.finish()
