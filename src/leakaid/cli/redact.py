"""``leakaid redact``: write redacted copies of text, CSV/TSV, JSON and JSONL files, then verify them."""

from __future__ import annotations

import dataclasses
import json
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import typer

from leakaid.detect.finding import TYPE_LABELS
from leakaid.errors import ConfigError, LeakaidError

EXIT_CLEAN, EXIT_REMAINING, EXIT_ERROR = 0, 1, 2
REDACTABLE_SUFFIXES = frozenset({".txt", ".log", ".md", ".csv", ".tsv", ".json", ".jsonl", ".ndjson"})


def register(app: typer.Typer) -> None:
    app.command(
        name="redact",
        help=(
            "对文本、CSV/TSV、JSON/JSONL 文件中的个人信息脱敏并写出副本，写完后重新扫描输出进行校验。"
            "退出码：0 = 输出已无覆盖类型的个人信息，1 = 校验未通过，2 = 出错。"
        ),
    )(redact)


def redact(
    paths: list[Path] = typer.Argument(..., help="要脱敏的文件或目录（目录递归处理支持的文件）。"),
    output: str | None = typer.Option(None, "--output", "-o", help="输出文件（仅一个输入时）；- 表示标准输出。"),
    output_dir: Path | None = typer.Option(None, "--output-dir", help="输出目录（多个输入时使用，保持相对路径）。"),
    in_place: bool = typer.Option(False, "--in-place", help="直接覆盖原文件（谨慎使用）。"),
    operator: str | None = typer.Option(None, "--operator", help="默认处理方式：mask|hash|pseudonym|remove|tag|keep（默认 mask）。"),
    type_operator: list[str] = typer.Option([], "--type-operator", help="按类型指定处理方式，如 MOBILE=hash，可重复。"),
    policy_file: Path | None = typer.Option(None, "--policy", help="TOML 策略文件（含 operators 与 options 两个表，见 docs/redact.md）。"),
    key_file: Path | None = typer.Option(None, "--key-file", help="hash/pseudonym 的密钥文件（也可用环境变量 LEAKAID_KEY）。"),
    types: str | None = typer.Option(None, "--types", "-t", help="只处理并校验这些类型，逗号分隔，如 MOBILE,ID_CARD。"),
    min_score: float | None = typer.Option(None, "--min-score", help="最低置信度（0–1），默认使用检测引擎的默认值。"),
    id_card_mask: str | None = typer.Option(None, "--id-card-mask", help="身份证号掩码规则：6+4（默认）或 1+1。"),
    hash_length: int | None = typer.Option(None, "--hash-length", help="hash 结果保留的十六进制位数（8–64，默认 16）。"),
    input_format: str | None = typer.Option(None, "--as", help="按此格式处理输入：text|csv|tsv|json|jsonl（默认按扩展名）。"),
    encoding: str | None = typer.Option(None, "--encoding", help="输出编码（默认与输入相同，如 GBK 输入仍输出 GBK）。"),
    fmt: str = typer.Option("table", "--format", "-f", help="标准错误输出上的汇总格式：table|json。"),
) -> None:
    """Redact PATHS; the summary goes to stderr and never shows raw values."""
    from leakaid.redact import Policy, Redactor, load_key, load_policy, redact_file
    from leakaid.redact.files import FORMATS
    from leakaid.redact.policy import parse_type_operator

    if fmt not in ("table", "json"):
        raise typer.BadParameter(f"不支持的格式 {fmt}；可用：table, json", param_hint="--format")
    try:
        if input_format is not None and input_format not in FORMATS:
            raise ConfigError(f"--as 只能是 {', '.join(FORMATS)}，收到 {input_format!r}")
        policy = load_policy(policy_file) if policy_file else Policy()
        per_type = dict(parse_type_operator(s) for s in type_operator)
        wanted = [t for t in (types or "").replace("，", ",").split(",") if t.strip()] if types else None
        policy = policy.with_overrides(
            default=operator.lower() if operator else None,
            per_type=per_type,
            types=wanted,
            min_score=min_score,
            id_card_mask=id_card_mask,
            hash_length=hash_length,
        )
        key = load_key(key_file) if (policy.needs_key or key_file is not None) else None
        redactor = Redactor.create(policy, key)
        jobs = _plan(paths, output, output_dir, in_place)
    except LeakaidError as e:
        typer.echo(f"错误：{e}", err=True)
        raise typer.Exit(EXIT_ERROR) from None

    reports: list[Any] = []
    errors: list[tuple[str, str]] = []
    for src, dst in jobs:
        try:
            if dst == "-":
                reports.append(_to_stdout(src, redactor, input_format, encoding))
            else:
                reports.append(
                    redact_file(src, dst, redactor=redactor, fmt=input_format, encoding=encoding, in_place=in_place)
                )
        except LeakaidError as e:
            errors.append((str(src), str(e)))
        except (OSError, UnicodeError) as e:
            errors.append((str(src), f"{src}: 无法处理（{e}）"))

    if fmt == "json":
        typer.echo(json.dumps(_json_summary(policy, reports, errors, redactor), ensure_ascii=False, indent=2), err=True)
    else:
        typer.echo(_table_summary(reports, errors, redactor), err=True, nl=False)
    if errors:
        raise typer.Exit(EXIT_ERROR)
    if any(r.verify is not None and not r.verify.clean for r in reports):
        raise typer.Exit(EXIT_REMAINING)
    raise typer.Exit(EXIT_CLEAN)


def _expand(paths: list[Path]) -> list[tuple[Path, Path]]:
    """(file, path relative to its input root) for every input; directories are walked."""
    out: list[tuple[Path, Path]] = []
    for p in paths:
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                rel = f.relative_to(p)
                if (
                    f.is_file()
                    and f.suffix.lower() in REDACTABLE_SUFFIXES
                    and ".redacted." not in f.name
                    and not any(part.startswith(".") for part in rel.parts)
                ):
                    out.append((f, Path(p.name) / rel))
        else:
            out.append((p, Path(p.name)))
    return out


def _default_name(src: Path) -> Path:
    return src.with_name(f"{src.stem}.redacted{src.suffix}")


def _plan(paths: list[Path], output: str | None, output_dir: Path | None, in_place: bool) -> list[tuple[Path, Any]]:
    chosen = sum(x for x in (output is not None, output_dir is not None, in_place))
    if chosen > 1:
        raise ConfigError("-o/--output、--output-dir 和 --in-place 只能选一个")
    files = _expand(paths)
    if output is not None:
        if len(files) != 1 or paths[0].is_dir():
            raise ConfigError("-o/--output 只能用于单个输入文件；多个输入请用 --output-dir")
        return [(files[0][0], output if output == "-" else Path(output))]
    if in_place:
        return [(f, f) for f, _ in files]
    if output_dir is not None:
        jobs = [(f, output_dir / rel) for f, rel in files]
        seen: Counter[Path] = Counter(d for _, d in jobs)
        dup = [str(d) for d, n in seen.items() if n > 1]
        if dup:
            raise ConfigError(f"多个输入会写到同一个输出文件：{', '.join(dup)}")
        return jobs
    return [(f, _default_name(f)) for f, _ in files]


def _to_stdout(src: Path, redactor: Any, input_format: str | None, encoding: str | None) -> Any:
    from leakaid.redact import redact_file

    with tempfile.TemporaryDirectory(prefix="leakaid-redact-") as tmp:
        dst = Path(tmp) / src.name
        rep = redact_file(src, dst, redactor=redactor, fmt=input_format, encoding=encoding)
        sys.stdout.flush()
        with open(dst, "rb") as f:
            shutil.copyfileobj(f, sys.stdout.buffer)
        sys.stdout.buffer.flush()
    rep.dst = "-"
    if rep.verify is not None:  # locations should not name the temporary file
        rep.verify.leftovers = [
            dataclasses.replace(lo, location=lo.location.with_(path="<标准输出>")) for lo in rep.verify.leftovers
        ]
    return rep


def _label(t: str) -> str:
    return TYPE_LABELS.get(t, t)


def _counts_text(counts: Counter[str]) -> str:
    return "、".join(f"{_label(t)} {n}" for t, n in counts.most_common()) or "无"


def _table_summary(reports: list[Any], errors: list[tuple[str, str]], redactor: Any) -> str:
    lines: list[str] = []
    total: Counter[str] = Counter()
    for r in reports:
        total.update(r.counts)
        v = r.verify
        status = "通过" if v is None or v.clean else f"未通过（仍有 {_counts_text(v.counts)}）"
        if v is not None and v.ignored:
            status += f"（另有 {v.ignored} 处检测结果落在本次写入的替换值上，已忽略）"
        lines.append(f"{r.src} → {r.dst}  [{r.format}，{r.encoding}]  替换 {r.replaced} 处：{_counts_text(r.counts)}；校验：{status}")
        for w in r.warnings:
            lines.append(f"  注意：{w}")
        if v is not None and not v.clean:
            for lo in v.leftovers:
                lines.append(f"  残留 {_label(lo.type)}  {lo.location}  {lo.masked}")
            shown = len(v.leftovers)
            more = sum(v.counts.values()) - shown
            if more > 0:
                lines.append(f"  …另有 {more} 处未列出")
    for _path, msg in errors:
        lines.append(f"错误：{msg}")
    policy = redactor.policy
    ops = "、".join(f"{_label(t)}={policy.operator_for(t)}" for t in policy.covered_types if policy.operator_for(t) != policy.default)
    lines.append(
        f"共 {len(reports)} 个文件，替换 {sum(total.values())} 处（{_counts_text(total)}）；"
        f"默认处理方式 {policy.default}" + (f"，另：{ops}" if ops else "")
    )
    bad = [r for r in reports if r.verify is not None and not r.verify.clean]
    if bad:
        lines.append(f"校验未通过：{len(bad)} 个输出文件中仍有被覆盖类型的个人信息（见上方“残留”）。")
    if redactor.ctx.pseudonym_collisions:
        lines.append(f"假名冲突已重新生成 {redactor.ctx.pseudonym_collisions} 次。")
    return "\n".join(lines) + "\n"


def _json_summary(policy: Any, reports: list[Any], errors: list[tuple[str, str]], redactor: Any) -> dict[str, Any]:
    total: Counter[str] = Counter()
    for r in reports:
        total.update(r.counts)
    return {
        "policy": policy.to_dict(),
        "files": [r.to_dict() for r in reports],
        "errors": [{"path": p, "message": m} for p, m in errors],
        "replaced": dict(total),
        "clean": not errors and all(r.verify is None or r.verify.clean for r in reports),
    }
