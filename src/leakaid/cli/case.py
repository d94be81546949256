"""``leakaid case …`` (victim's case: plan, evidence, imports, documents) and ``leakaid serve`` (web app)."""

from __future__ import annotations

import json
import tomllib
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any

import typer

from leakaid.errors import LeakaidError

case_app = typer.Typer(help="维权案件：恢复计划、证据库、导入短信 / 通话 / 邮件、生成文书。", no_args_is_help=True)

DATA_DIR_HELP = "数据目录（数据库和证据文件）；默认读取 LEAKAID_DATA_DIR，否则为用户数据目录。"
DOCS = ("police", "deletion", "complaint", "lawsuit", "timeline")


def _store(ctx: typer.Context):
    from leakaid.store import Store

    return Store.open((ctx.obj or {}).get("data_dir"))


def _fail(message: str, code: int = 2) -> None:
    typer.echo(f"错误：{message}", err=True)
    raise typer.Exit(code)


def handles_errors(fn: Callable) -> Callable:
    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except LeakaidError as exc:
            _fail(str(exc))
        except BrokenPipeError:
            raise  # the reader of our output went away (… | head): main() exits quietly
        except OSError as exc:
            _fail(f"{exc.filename or ''} {exc.strerror or exc}".strip())

    return wrapper


def _print_json(obj: Any) -> None:
    typer.echo(json.dumps(obj, ensure_ascii=False, indent=2))


@case_app.callback()
def _case_root(
    ctx: typer.Context, data_dir: Path | None = typer.Option(None, "--data-dir", help=DATA_DIR_HELP)
) -> None:
    ctx.obj = {"data_dir": data_dir}


def _read_answers(path: Path | None) -> dict[str, Any]:
    if path is None:
        return {}
    from leakaid.errors import ConfigError

    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"无法读取答案文件 {path}：{exc.strerror}") from exc
    try:
        if path.suffix.lower() == ".toml":
            return tomllib.loads(raw.decode("utf-8"))
        return json.loads(raw.decode("utf-8-sig"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise ConfigError(f"答案文件 {path} 不是有效的 JSON / TOML：{exc}") from exc


@case_app.command("new")
@handles_errors
def new(
    ctx: typer.Context,
    title: str = typer.Option(..., "--title", help="案件标题，例如“快递信息泄露后被骚扰”。"),
    answers: Path | None = typer.Option(None, "--answers", help="问卷答案文件（JSON 或 TOML），见 docs/cases.md。"),
    as_json: bool = typer.Option(False, "--json", help="输出 JSON。"),
) -> None:
    """新建案件。"""
    from leakaid.cases import service

    cid = service.create_case(_store(ctx), title, _read_answers(answers))
    if as_json:
        _print_json({"id": cid})
    else:
        typer.echo(f"已创建案件 {cid}。下一步：leakaid case plan {cid}")


@case_app.command("list")
@handles_errors
def list_(ctx: typer.Context, as_json: bool = typer.Option(False, "--json")) -> None:
    """列出全部案件。"""
    from leakaid.cases import service

    cases = service.list_cases(_store(ctx))
    if as_json:
        _print_json(cases)
        return
    if not cases:
        typer.echo("还没有案件。用 leakaid case new --title 标题 新建。")
    for c in cases:
        typer.echo(f"{c['id']:>4}  {c['created_at'][:10]}  {c['title']}")


@case_app.command("show")
@handles_errors
def show(
    ctx: typer.Context,
    case_id: int = typer.Argument(..., help="案件编号。"),
    as_json: bool = typer.Option(False, "--json"),
    reveal: bool = typer.Option(False, "--reveal", help="显示完整号码（默认打码）。"),
) -> None:
    """查看案件：下一步、骚扰来源排行、证据。"""
    from leakaid.cases.summary import case_summary

    summary = case_summary(_store(ctx), case_id, reveal)
    if as_json:
        _print_json(summary)
        return
    p = summary["progress"]
    typer.echo(f"案件 {case_id}：{summary['title']}（创建于 {summary['created_at'][:10]}）")
    typer.echo(f"进度：已完成 {p['done']}，进行中 {p['doing']}，待办 {p['todo']}，不适用 {p['not_applicable']}")
    typer.echo("接下来：")
    for n in summary["next"]:
        typer.echo(f"  [{n['urgency']}] {n['title']}（{n['key']}）")
    if summary["senders"]:
        typer.echo(f"骚扰来源（共 {summary['stats']['messages']} 条消息）：")
        for srow in summary["senders"][:10]:
            typer.echo(f"  {srow['sender']:<24} {srow['count']:>6} 次  {srow['first'][:10]} ~ {srow['last'][:10]}")
    typer.echo(f"证据：{len(summary['evidence'])} 项")


@case_app.command("add")
@handles_errors
def add(
    ctx: typer.Context,
    case_id: int = typer.Argument(...),
    files: list[Path] = typer.Argument(None, help="要加入证据库的文件（截图、录音、PDF…）。"),
    note: str = typer.Option("", "--note", help="说明；不给文件时作为一条文字备注保存。"),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """把文件或文字备注加入证据库（记录 SHA-256 和时间，并写入哈希链）。"""
    from leakaid.cases import service

    store = _store(ctx)
    added = [service.add_path(store, case_id, f, note) for f in files or []]
    if not files:
        added.append(service.add_note(store, case_id, note))
    if as_json:
        _print_json(added)
        return
    for ev in added:
        typer.echo(f"已加入证据 #{ev['id']} {ev['filename'] or '（备注）'} SHA-256 {ev['sha256']}")


@case_app.command("import")
@handles_errors
def import_(
    ctx: typer.Context,
    case_id: int = typer.Argument(...),
    file: Path = typer.Argument(..., help="SMS Backup & Restore 的 XML、.eml、.mbox 或 CSV 通话 / 短信记录。"),
    fmt: str | None = typer.Option(None, "--format", help="sms-backup|eml|mbox|csv；默认自动识别。"),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """导入短信、通话记录或邮件（整个文件在一个事务中导入）。"""
    from leakaid.cases.importers import FORMAT_LABELS, import_file

    res = import_file(_store(ctx), case_id, file, fmt)
    if as_json:
        _print_json(res.to_dict())
    else:
        typer.echo(f"已导入 {res.count} 条（{FORMAT_LABELS[res.format]}），原文件作为证据 #{res.evidence_id} 保存。")
        if res.skipped:
            typer.echo(f"另有 {res.skipped} 条已在本案件中（备份是累积的），没有重复导入。")


@case_app.command("plan")
@handles_errors
def plan_(ctx: typer.Context, case_id: int = typer.Argument(...), as_json: bool = typer.Option(False, "--json")) -> None:
    """恢复计划：每一步为什么做、怎么做、法律依据。"""
    from leakaid.cases import service
    from leakaid.cases.plan import STATUS_LABELS

    items = service.plan(_store(ctx), case_id)
    if as_json:
        _print_json([i.to_dict() for i in items])
        return
    for n, i in enumerate(items, 1):
        s = i.step
        typer.echo(f"{n}. [{s.urgency_label}] {s.title}（{s.key}，{STATUS_LABELS[i.status]}）")
        typer.echo(f"   为什么：{s.why}")
        for h in s.how:
            typer.echo(f"   · {h}")
        for b in s.basis:
            typer.echo(f"   依据：{b.cite}：“{b.quote}”")
        if s.practice:
            typer.echo(f"   说明：{s.practice}")


@case_app.command("step")
@handles_errors
def step(
    ctx: typer.Context,
    case_id: int = typer.Argument(...),
    key: str = typer.Argument(..., help="步骤编号，见 leakaid case plan。"),
    status: str = typer.Argument(..., help="todo|doing|done|not_applicable"),
    note: str | None = typer.Option(None, "--note"),
) -> None:
    """更新一个步骤的进度。"""
    from leakaid.cases import service
    from leakaid.cases.plan import STATUS_LABELS

    service.set_step(_store(ctx), case_id, key, status, note)
    typer.echo(f"步骤 {key} 已标记为“{STATUS_LABELS[status]}”。")


@case_app.command("report")
@handles_errors
def report(
    ctx: typer.Context,
    case_id: int = typer.Argument(...),
    doc: str = typer.Option(..., "--doc", help="police|deletion|complaint|lawsuit|timeline"),
    fmt: str = typer.Option("pdf", "--format", help="pdf|docx"),
    output: Path = typer.Option(..., "-o", "--output"),
    channel: str = typer.Option("12321", "--channel", help="投诉渠道（--doc complaint）：12321|12377|12315"),
    name: str = typer.Option("", "--name", help="报案人 / 申请人姓名（写入文书，不保存）。"),
) -> None:
    """生成文书：报案材料、删除个人信息请求函、投诉文本、民事起诉状草稿、时间线。"""
    from leakaid.documents import render
    from leakaid.errors import ConfigError

    if doc not in DOCS:
        raise ConfigError(f"--doc 必须是 {'、'.join(DOCS)} 之一。")
    if fmt not in ("pdf", "docx"):
        raise ConfigError("--format 必须是 pdf 或 docx。")
    data = render(_store(ctx), case_id, doc, fmt, channel=channel, name=name)
    output.write_bytes(data)
    typer.echo(f"已生成 {output}（{len(data)} 字节）。")


@case_app.command("export")
@handles_errors
def export(
    ctx: typer.Context,
    case_id: int = typer.Argument(...),
    output: Path = typer.Option(..., "-o", "--output", help="ZIP 文件路径。"),
) -> None:
    """导出证据包（ZIP：证据文件 + 含哈希值的清单 + 时间线 PDF）。"""
    from leakaid.documents.package import evidence_package

    output.write_bytes(evidence_package(_store(ctx), case_id))
    typer.echo(f"已导出证据包 {output}。")


@case_app.command("verify")
@handles_errors
def verify(ctx: typer.Context, case_id: int = typer.Argument(...), as_json: bool = typer.Option(False, "--json")) -> None:
    """校验证据文件和全部记录是否被修改或删除（有问题时退出码为 1）。"""
    from leakaid.cases import service

    res = service.verify(_store(ctx), case_id)
    if as_json:
        _print_json(res.to_dict())
    elif res.ok:
        c = res.checked
        typer.echo(f"校验通过：哈希链 {c['entries']} 条，证据 {c['evidence']} 项，消息 {c['messages']} 条均未被修改。")
        typer.echo(f"链头哈希：{res.head}")
    else:
        typer.echo("校验失败：", err=True)
        for p in res.problems:
            typer.echo(f"  - {p}", err=True)
    if not res.ok:
        raise typer.Exit(1)


def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="监听地址；默认只允许本机访问。"),
    port: int = typer.Option(8765, "--port"),
    data_dir: Path | None = typer.Option(None, "--data-dir", help=DATA_DIR_HELP),
    auth: bool = typer.Option(False, "--auth", help="多用户模式：需要注册和登录。"),
) -> None:
    """启动网页版（默认 http://127.0.0.1:8765）。"""
    try:
        import uvicorn

        from leakaid.store import Store
        from leakaid.web.app import create_app
    except ImportError as exc:
        _fail(f"网页版需要额外的依赖：pip install 'leakaid[case]'（缺少 {exc.name}）。")
    try:
        store = Store.open(data_dir)
    except LeakaidError as exc:
        _fail(str(exc))
    if host not in ("127.0.0.1", "localhost", "::1") and not auth:
        typer.echo("警告：正在非本机地址上提供服务且未开启 --auth，同一网络中的其他人可以看到你的案件。", err=True)
    typer.echo(f"leakaid 网页版：http://{host}:{port}/ （数据目录：{store.data_dir}）", err=True)
    uvicorn.run(create_app(store, auth=auth), host=host, port=port, log_level="warning")


def register(app: typer.Typer) -> None:
    app.add_typer(case_app, name="case")
    app.command("serve")(serve)


