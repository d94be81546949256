"""Redact one file into another (text, CSV/TSV, JSON, JSONL), then verify the output."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from leakaid.detect.finding import Finding
from leakaid.errors import ConfigError, SourceError
from leakaid.redact import jsonfmt, table, textio
from leakaid.redact.core import Redactor
from leakaid.redact.policy import Policy
from leakaid.redact.textio import Unit
from leakaid.redact.verify import VerifyReport, verify_units

__all__ = ["FORMATS", "FileReport", "detect_format", "redact_file", "verify_file"]

FORMATS = ("text", "csv", "tsv", "json", "jsonl")
_BY_SUFFIX = {".csv": "csv", ".tsv": "tsv", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl"}
TEXT_SUFFIXES = frozenset({".txt", ".log", ".md", ".text", ".sql", ".html", ".htm", ".xml", ".yaml", ".yml", ""})


def detect_format(path: Path) -> str:
    return _BY_SUFFIX.get(path.suffix.lower(), "text")


@dataclass
class FileReport:
    src: str
    dst: str | None = None
    format: str = "text"
    encoding: str | None = None
    delimiter: str | None = None
    counts: Counter[str] = field(default_factory=Counter)  # replaced values per type
    verify: VerifyReport | None = None
    warnings: list[str] = field(default_factory=list)
    error: str | None = None

    @property
    def replaced(self) -> int:
        return sum(self.counts.values())

    @property
    def clean(self) -> bool:
        return self.error is None and (self.verify is None or self.verify.clean)

    def to_dict(self) -> dict[str, Any]:
        return {
            "src": self.src,
            "dst": self.dst,
            "format": self.format,
            "encoding": self.encoding,
            "replaced": dict(self.counts),
            "verify": self.verify.to_dict() if self.verify else None,
            "warnings": self.warnings,
            "error": self.error,
        }


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def redact_file(
    src: str | Path,
    dst: str | Path,
    *,
    policy: Policy | None = None,
    key: bytes | None = None,
    redactor: Redactor | None = None,
    fmt: str | None = None,
    encoding: str | None = None,
    in_place: bool = False,
    verify: bool = True,
) -> FileReport:
    """Write a redacted copy of ``src`` to ``dst`` and verify it.

    The output is written to a temporary file next to ``dst`` and moved into place, so a
    failure never leaves half a file. ``dst`` may equal ``src`` only with ``in_place=True``.
    Raises SourceError (unreadable or malformed input) and ConfigError (bad options, missing key).
    """
    src, dst = Path(src), Path(dst)
    r = redactor or Redactor.create(policy or Policy(), key)
    if not in_place and (src == dst or _same_file(src, dst)):
        raise ConfigError(f"输出文件与输入文件相同（{src}）；如确需覆盖原文件，请使用 --in-place")
    fmt = fmt or detect_format(src)
    if fmt not in FORMATS:
        raise ConfigError(f"未知的格式 {fmt!r}；可用：{', '.join(FORMATS)}")
    if not src.is_file():
        raise SourceError(str(src), "文件不存在" if not src.exists() else "不是普通文件")
    try:
        codec = textio.detect_codec(src, encoding)
    except OSError as e:
        raise SourceError(str(src), f"无法读取：{e.strerror or e}") from e
    rep = FileReport(str(src), str(dst), fmt, codec.label)
    before = Counter(r.counts)

    def cell(value: str, hint: str | None) -> str:
        return r.redact(value, hint).text

    def plain(value: str) -> str:
        return r.redact(value).text

    def apply(piece: str, found: list[Finding]) -> str:
        return r.apply(piece, found).text

    dst.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{dst.name}.", suffix=".tmp", dir=dst.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        try:
            if fmt == "text":
                textio.redact_text_file(src, tmp, codec, apply, r.window_scanner())
            elif fmt in ("csv", "tsv"):
                sep = table.sniff(src, codec, "." + fmt)
                rep.delimiter = sep
                table.redact_table_file(src, tmp, codec, sep, cell)
            elif fmt == "json":
                jsonfmt.redact_json_file(src, tmp, codec, cell)
            else:
                rep.warnings += jsonfmt.redact_jsonl_file(src, tmp, codec, cell, plain)
        except OSError as e:
            raise SourceError(str(src), f"读写失败：{e.strerror or e}") from e
        except UnicodeEncodeError as e:
            raise SourceError(str(src), f"输出编码 {codec.write} 无法表示某些字符：{e.reason}") from e
        with contextlib.suppress(OSError):
            os.chmod(tmp, src.stat().st_mode & 0o777)
        os.replace(tmp, dst)
    finally:
        if tmp.exists():
            tmp.unlink()
    rep.counts = r.counts - before
    if verify:
        out_codec = textio.Codec(codec.write, codec.write) if codec.write != codec.read else codec
        if codec.bom and codec.read in ("utf-16", "utf-32"):
            out_codec = textio.Codec(codec.read, codec.write, codec.bom)
        rep.verify = verify_file(dst, r, fmt=fmt, codec=out_codec, sep=rep.delimiter)
    return rep


def verify_file(
    path: str | Path, redactor: Redactor, *, fmt: str | None = None, codec: textio.Codec | None = None, sep: str | None = None
) -> VerifyReport:
    """Re-scan a written file with the run's detector settings; see :mod:`leakaid.redact.verify`."""
    path = Path(path)
    fmt = fmt or detect_format(path)
    codec = codec or textio.detect_codec(path)
    covered = frozenset(redactor.policy.covered_types)

    def scanned(units: Iterator[Unit]) -> Iterator[tuple[Unit, list[Finding]]]:
        for u in units:
            yield u, redactor.scan(u.text, u.hint)

    if fmt == "text":
        pairs: Iterator[tuple[Unit, list[Finding]]] = textio.text_units(path, codec, redactor.window_scanner())
    elif fmt in ("csv", "tsv"):
        pairs = scanned(table.cell_units(path, codec, sep if sep is not None else table.sniff(path, codec, "." + fmt)))
    elif fmt == "json":
        pairs = scanned(jsonfmt.json_units(path, codec))
    else:
        pairs = scanned(jsonfmt.jsonl_units(path, codec))
    return verify_units(pairs, redactor.produced, covered)
