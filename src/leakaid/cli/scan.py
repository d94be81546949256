"""``leakaid scan``: find personal information in files and directories."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import typer

from leakaid.detect.finding import TYPES

EXIT_CLEAN, EXIT_FOUND, EXIT_ERROR = 0, 1, 2


def parse_types(value: str | None) -> list[str] | None:
    """``"MOBILE,ID_CARD"`` → list; unknown names are a usage error with the list of valid ones."""
    if not value:
        return None
    out = [t.strip().upper() for t in value.replace("，", ",").split(",") if t.strip()]
    bad = [t for t in out if t not in TYPES]
    if bad:
        raise typer.BadParameter(f"未知类型 {', '.join(bad)}；可用：{', '.join(TYPES)}", param_hint="--types")
    return out


def read_key(key_file: Path | None) -> bytes | None:
    """The HMAC key from ``--key-file`` or ``LEAKAID_KEY``; None when neither is given."""
    if key_file is not None:
        try:
            data = key_file.read_bytes().strip()
        except OSError as exc:
            raise typer.BadParameter(f"无法读取密钥文件：{exc.strerror}", param_hint="--key-file") from exc
        if len(data) < 16:
            raise typer.BadParameter("密钥太短：至少需要 16 字节", param_hint="--key-file")
        return data
    env = os.environ.get("LEAKAID_KEY")
    return env.encode() if env else None


def register(app: typer.Typer) -> None:
    app.command(name="scan", help="扫描文件或目录中的个人信息（默认对输出的值做掩码）。")(scan)


def scan(
    paths: list[Path] = typer.Argument(..., help="要扫描的文件或目录（目录递归扫描）。"),
    fmt: str = typer.Option("table", "--format", "-f", help="输出格式：table|json|jsonl|csv|sarif。"),
    types: str | None = typer.Option(None, "--types", "-t", help="只查这些类型，逗号分隔，如 MOBILE,ID_CARD。"),
    min_score: float = typer.Option(0.5, "--min-score", help="最低置信度（0–1）。", min=0.0, max=1.0),
    show_values: bool = typer.Option(False, "--show-values", help="输出原始值（默认掩码）。请谨慎使用。"),
    key_file: Path | None = typer.Option(None, "--key-file", help="HMAC 密钥文件，用于输出稳定的值指纹（也可用 LEAKAID_KEY）。"),
    output: Path | None = typer.Option(None, "--output", "-o", help="把结果写入文件（默认标准输出）。"),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="在标准错误输出显示进度条。"),
    recursive: bool = typer.Option(True, "--recursive/--no-recursive", help="递归扫描目录。"),
) -> None:
    """Scan PATHS; exit 0 = nothing found, 1 = findings, 2 = errors (unreadable files or bad input)."""
    from leakaid import render
    from leakaid.scan import LocatedFinding, scan_paths
    from leakaid.sources import iter_files

    if fmt not in render.FORMATS:
        raise typer.BadParameter(f"不支持的格式 {fmt}；可用：{', '.join(render.FORMATS)}", param_hint="--format")
    wanted = parse_types(types)
    key = read_key(key_file)
    missing = [str(p) for p in paths if not p.exists()]
    summary = render.Summary()
    for m in missing:
        from leakaid.scan import ScanError

        summary.add(ScanError(m, "文件或目录不存在"))
    existing = [p for p in paths if p.exists()]

    out = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        files = list(iter_files(existing, recursive=recursive))
        records: list[dict[str, Any]] = []
        csv_writer = render.write_csv_header(out) if fmt == "csv" else None
        bar = _Progress(files, enabled=progress and sys.stderr.isatty())
        with bar:
            tap = bar.on_segment if bar.enabled else None
            for item in scan_paths(files, types=wanted, min_score=min_score, recursive=False, on_segment=tap):
                summary.add(item)
                if not isinstance(item, LocatedFinding):
                    bar.file_done(item.path)
                    continue
                bar.advance_to(item.location.path)
                rec = render.finding_record(item, show_values=show_values, key=key)
                if fmt == "jsonl":
                    out.write(json.dumps(rec, ensure_ascii=False) + "\n")
                elif fmt == "csv":
                    render.write_csv_row(csv_writer, rec)
                elif fmt == "table":
                    out.write(_table_line(rec) + "\n")
                else:
                    records.append(rec)
        # one write each: json.dump writes piece by piece, a system call per piece when stdout is unbuffered
        # (PYTHONUNBUFFERED=1, common in containers)
        if fmt == "json":
            out.write(json.dumps({"findings": records, "summary": summary.to_dict()}, ensure_ascii=False, indent=2) + "\n")
        elif fmt == "sarif":
            out.write(json.dumps(render.sarif(records, summary), ensure_ascii=False, indent=2) + "\n")
        elif fmt == "table":
            out.write("\n" + _summary_table(summary))
    finally:
        if output:
            out.close()
    if fmt != "table":
        typer.echo(render.summary_text(summary), err=True, nl=False)
    if summary.errors:
        raise typer.Exit(EXIT_ERROR)
    raise typer.Exit(EXIT_FOUND if summary.total else EXIT_CLEAN)


def _where(loc: dict[str, Any]) -> str:
    """A location in words: 第3行 is a line of a text or a row of a table, never both; 第5字 a character."""
    where = [loc.get("path", "")]
    if "part" in loc:
        where.append(str(loc["part"]))
    if "sheet" in loc:
        where.append(f"工作表“{loc['sheet']}”")
    if "page" in loc:
        where.append(f"第{loc['page']}页")
    if "row" in loc:
        where.append(f"第{loc['row']}行")
    elif "line" in loc:
        where.append(f"第{loc['line']}行")
    if "field" in loc:
        field = str(loc["field"])
        where.append(f"字段{field}" if field.startswith("$") else f"列“{field}”")
    if "column" in loc and not ("row" in loc and "field" in loc):
        where.append(f"第{loc['column']}字")
    return ":".join(where)


def _table_line(rec: dict[str, Any]) -> str:
    details = "，".join(f"{k}={v}" for k, v in rec["details"].items() if v not in ("", None))
    return f"{_where(rec['location'])}\t{rec['label']}\t{rec['value']}\t{rec['score']:.2f}" + (f"\t{details}" if details else "")


def _summary_table(summary: Any) -> str:
    from leakaid.render import summary_text

    return summary_text(summary)


class _Progress:
    """A rich progress bar over files (by size) on stderr; a no-op when disabled or not a terminal."""

    def __init__(self, files: list[Path], enabled: bool) -> None:
        self.enabled = enabled and bool(files)
        self.sizes = {str(f): _size(f) for f in files} if self.enabled else {}
        self.done: set[str] = set()
        self.progress: dict[str, int] = {}
        self.current: str | None = None
        self._bar: Any = None

    def __enter__(self) -> _Progress:
        if self.enabled:
            from rich.console import Console
            from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn

            self._bar = Progress(
                TextColumn("扫描中"), BarColumn(), DownloadColumn(), TimeRemainingColumn(),
                console=Console(stderr=True), transient=True,
            )
            self._bar.start()
            self._task = self._bar.add_task("scan", total=sum(self.sizes.values()) or 1)
        return self

    def on_segment(self, seg: Any) -> None:
        """Advance by the bytes a segment stands for (capped by its file's size)."""
        path = seg.location.path
        self.advance_to(path)
        step = min(len(seg.text.encode("utf-8", "replace")), self.sizes.get(path, 0) - self.progress.get(path, 0))
        if step > 0:
            self.progress[path] = self.progress.get(path, 0) + step
            self._bar.advance(self._task, step)

    def advance_to(self, path: str) -> None:
        if self.enabled and path != self.current:
            if self.current is not None:
                self.file_done(self.current)
            self.current = path

    def file_done(self, path: str) -> None:
        if self.enabled and path not in self.done:
            self.done.add(path)
            self._bar.advance(self._task, max(0, self.sizes.get(path, 0) - self.progress.get(path, 0)))

    def __exit__(self, *exc: object) -> None:
        if self.enabled and self._bar is not None:
            self._bar.stop()


def _size(p: Path) -> int:
    try:
        return p.stat().st_size
    except OSError:
        return 0
