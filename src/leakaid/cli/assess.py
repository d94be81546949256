"""``leakaid assess`` (dataset → legal tier), ``leakaid index`` (exposure index), ``leakaid notify`` (breach notices)."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path
from typing import Annotated

import typer

from leakaid.errors import LeakaidError


def _yuan(value: str | None, flag: str) -> Fraction | None:
    if value is None:
        return None
    try:
        v = Fraction(value.replace(",", "").strip())
    except (ValueError, ZeroDivisionError) as exc:
        raise typer.BadParameter(f"{flag} 应为金额（元），收到：{value}") from exc
    if v < 0:
        raise typer.BadParameter(f"{flag} 不能为负数")
    return v


def register(app: typer.Typer) -> None:
    @app.command("assess")
    def assess_cmd(
        files: Annotated[list[Path], typer.Argument(help="泄露数据文件：CSV/TSV/TXT、JSON/JSONL、XLSX、SQL 转储、纯文本（每行一条）。")],
        fmt: Annotated[str, typer.Option("--format", "-f", help="输出格式：json | md | html | pdf")] = "json",
        output: Annotated[Path | None, typer.Option("--output", "-o", help="写入文件（默认输出到屏幕；pdf 必须指定）。")] = None,
        input_format: Annotated[str, typer.Option("--input-format", help="输入格式：auto | csv | json | xlsx | sql | text")] = "auto",
        delimiter: Annotated[str | None, typer.Option("--delimiter", "-d", help="分隔符（默认自动识别，支持 ---- 等多字符）。")] = None,
        encoding: Annotated[str | None, typer.Option("--encoding", help="编码（默认自动识别 UTF-8 / GBK）。")] = None,
        header: Annotated[bool | None, typer.Option("--header/--no-header", help="首行是否为表头（默认自动判断）。")] = None,
        category: Annotated[list[str] | None, typer.Option("--category", help="覆盖列的类别：列名或列序号=art5_1_3|art5_1_4|art5_1_5|none（可多次）。")] = None,
        separate_sales: Annotated[bool, typer.Option("--separate-sales", help="各文件系分别出售、提供给不同单位或者个人（第十一条第二款：累计计算）。")] = False,
        insider: Annotated[bool, typer.Option("--insider", help="信息系在履行职责或者提供服务过程中获得（第五条第一款第八项）。")] = False,
        proceeds: Annotated[str | None, typer.Option("--proceeds", help="违法所得（元），第五条第一款第七项。")] = None,
        used_for_crime: Annotated[bool, typer.Option("--used-for-crime", help="出售或者提供的行踪轨迹信息被他人用于犯罪（第五条第一款第一项）。")] = False,
        knowing_crime_use: Annotated[bool, typer.Option("--knowing-crime-use", help="知道或者应当知道他人利用公民个人信息实施犯罪而出售、提供（第一款第二项）。")] = False,
        prior_sanction: Annotated[bool, typer.Option("--prior-sanction", help="曾因侵犯公民个人信息受过刑事处罚或者二年内受过行政处罚（第一款第九项）。")] = False,
        other_serious: Annotated[bool, typer.Option("--other-serious", help="其他情节严重的情形（第一款第十项）。")] = False,
        severe_harm: Annotated[bool, typer.Option("--severe-harm", help="造成被害人死亡、重伤、精神失常或者被绑架等严重后果（第二款第一项）。")] = False,
        major_loss: Annotated[bool, typer.Option("--major-loss", help="造成重大经济损失或者恶劣社会影响（第二款第二项）。")] = False,
        other_especially_serious: Annotated[bool, typer.Option("--other-especially-serious", help="其他情节特别严重的情形（第二款第四项）。")] = False,
        lawful_business: Annotated[bool, typer.Option("--lawful-business", help="为合法经营活动而非法购买、收受（第六条）。")] = False,
        resold: Annotated[bool, typer.Option("--resold", help="与 --lawful-business 同用：购买后又出售或者提供（第六条第二款）。")] = False,
        profit: Annotated[str | None, typer.Option("--profit", help="与 --lawful-business 同用：利用所购信息获利（元），第六条第一款第一项。")] = None,
        exact: Annotated[bool, typer.Option("--exact", help="逐个值调用校验器（更慢，用于核对快速路径）。")] = False,
    ) -> None:
        """评估泄露数据集：有效、去重后的条数，及其达到的法释〔2017〕10号第五条标准。退出码：0 未达到，1 达到，2 出错。"""
        from leakaid.assess import Facts, assess_files, parse_overrides
        from leakaid.assess import report as rpt

        if fmt not in {"json", "md", "html", "pdf"}:
            raise typer.BadParameter("--format 只能是 json、md、html、pdf")
        if fmt == "pdf" and output is None:
            raise typer.BadParameter("PDF 输出需要 --output 文件")
        facts = Facts(insider=insider, proceeds=_yuan(proceeds, "--proceeds"), used_for_crime=used_for_crime,
                      knowing_crime_use=knowing_crime_use, prior_sanction=prior_sanction, other_serious=other_serious,
                      severe_harm=severe_harm, major_loss_or_impact=major_loss,
                      other_especially_serious=other_especially_serious, lawful_business_purchase=lawful_business,
                      resold=resold, business_profit=_yuan(profit, "--profit"))
        try:
            rep = assess_files(files, facts=facts, overrides=parse_overrides(category or []), separate_sales=separate_sales,
                               header=header, fmt=input_format, delimiter=delimiter, encoding=encoding, exact=exact)
            if fmt == "pdf":
                assert output is not None
                output.write_bytes(rpt.to_pdf(rep))
            else:
                text = {"json": rpt.to_json, "md": rpt.to_markdown, "html": rpt.to_html}[fmt](rep)
                if output:
                    output.write_text(text, encoding="utf-8")
                else:
                    typer.echo(text)
        except LeakaidError as exc:
            typer.echo(f"错误：{exc}", err=True)
            raise typer.Exit(2) from exc
        if output:
            for m in rep["mapping"]:
                typer.echo(f"  {m['column']} → {m['label'] or '（不计）'} → {m['category'] or '—'}（{m['source']}）", err=True)
            typer.echo(f"列与类别的对应为「解释/适用说明」，可用 --category 覆盖。{rep['tier_label']}：已写入 {output}", err=True)
        raise typer.Exit(0 if rep["tier"] == "below" else 1)

    _register_index(app)
    _register_notify(app)


def _register_index(app: typer.Typer) -> None:
    index_app = typer.Typer(help="泄露暴露索引：只存截断的带密钥哈希，按 k-匿名前缀查询“我在不在里面”。", no_args_is_help=True)
    app.add_typer(index_app, name="index")

    @index_app.command("build")
    def build(
        files: Annotated[list[Path], typer.Argument(help="泄露数据文件（格式同 assess）。")],
        db: Annotated[Path, typer.Option("--db", help="索引数据库（SQLite），不存在则创建。")],
        key_file: Annotated[Path, typer.Option("--key-file", help="索引密钥文件（不存在则生成，权限 0600）。")],
        name: Annotated[str, typer.Option("--name", help="索引名称（显示给查询者）。")] = "",
    ) -> None:
        """从泄露数据中提取有效的身份证号、手机号、邮箱，只写入截断的 HMAC 哈希（不存原值、不存记录）。"""
        import uuid

        from leakaid.exposure.index import ExposureIndex, load_or_create_key, tokens_from_dumps

        try:
            key = load_or_create_key(key_file, create=True)
            idx = ExposureIndex(db, create=True)
            meta = idx.meta()
            idx.set_meta(index_id=meta.get("index_id") or uuid.uuid4().hex, name=name or meta.get("name", ""),
                         key_fingerprint=__import__("hashlib").sha256(key).hexdigest()[:16])
            added = idx.add_tokens(key, tokens_from_dumps(files))
            total = idx.count()
            idx.close()
        except LeakaidError as exc:
            typer.echo(f"错误：{exc}", err=True)
            raise typer.Exit(2) from exc
        typer.echo(f"新增 {added} 个标识哈希，索引共 {total} 个：{db}")

    @index_app.command("check")
    def check(
        value: Annotated[str, typer.Argument(help="要查询的手机号、身份证号或邮箱（只在本机计算哈希）。")],
        server: Annotated[str | None, typer.Option("--server", help="查询服务地址，如 http://127.0.0.1:8765")] = None,
        db: Annotated[Path | None, typer.Option("--db", help="本地索引（与 --key-file 同用，不经网络）。")] = None,
        key_file: Annotated[Path | None, typer.Option("--key-file", help="本地索引的密钥文件。")] = None,
    ) -> None:
        """k-匿名查询：只发送哈希的前 5 位十六进制，服务端返回填充后的后缀列表，在本机比对。退出码 1 = 在索引中。"""
        from leakaid.exposure.index import ExposureIndex, check_local, identifier_token, load_or_create_key
        from leakaid.exposure.server import check_remote

        try:
            if server:
                found = check_remote(server, value)
            elif db and key_file:
                tok = identifier_token(value)
                if tok is None:
                    found = None
                else:
                    idx = ExposureIndex(db)
                    found = check_local(idx, load_or_create_key(key_file), tok[1])
                    idx.close()
            else:
                raise typer.BadParameter("需要 --server，或同时给出 --db 和 --key-file")
        except (LeakaidError, ValueError, OSError) as exc:
            typer.echo(f"错误：{exc}", err=True)
            raise typer.Exit(2) from exc
        if found is None:
            typer.echo("输入不是有效的手机号、身份证号或邮箱。", err=True)
            raise typer.Exit(2)
        typer.echo("在该泄露索引中找到了这个标识。" if found else "该泄露索引中没有这个标识。")
        raise typer.Exit(1 if found else 0)

    @index_app.command("serve")
    def serve(
        db: Annotated[Path, typer.Option("--db", help="索引数据库。")],
        key_file: Annotated[Path, typer.Option("--key-file", help="索引密钥文件。")],
        host: Annotated[str, typer.Option("--host", help="监听地址（默认只监听本机）。")] = "127.0.0.1",
        port: Annotated[int, typer.Option("--port", help="端口（网页版默认用 8765，这里默认 8766）。")] = 8766,
    ) -> None:
        """启动范围查询服务：GET /v1/meta，GET /v1/range/<5位十六进制>。不记录访问日志。"""
        from leakaid.exposure.index import ExposureIndex, load_or_create_key
        from leakaid.exposure.server import make_server

        try:
            srv = make_server(ExposureIndex(db), load_or_create_key(key_file), host, port)
        except (LeakaidError, OSError) as exc:
            typer.echo(f"错误：{exc}", err=True)
            raise typer.Exit(2) from exc
        if host not in ("127.0.0.1", "localhost", "::1"):
            typer.echo("注意：服务监听在非本机地址，请置于 HTTPS 反向代理之后并限制访问频率。", err=True)
        typer.echo(f"暴露索引查询服务：http://{host}:{srv.server_address[1]}/v1/meta（Ctrl+C 停止）", err=True)
        try:
            srv.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            srv.server_close()


def _register_notify(app: typer.Typer) -> None:
    @app.command("notify")
    def notify_cmd(
        dumps: Annotated[list[Path], typer.Argument(help="泄露数据文件。")],
        customers: Annotated[Path, typer.Option("--customers", help="本机构的客户表（CSV/XLSX/JSON/SQL）。")],
        outdir: Annotated[Path, typer.Option("--output-dir", "-o", help="输出目录。")],
        org: Annotated[str, typer.Option("--org", help="机构名称。")],
        contact: Annotated[str, typer.Option("--contact", help="联系方式（第五十七条第一款第三项）。")],
        cause: Annotated[str, typer.Option("--cause", help="泄露原因。")] = "正在调查，查明后另行告知",
        measures: Annotated[str, typer.Option("--measures", help="已采取的补救措施。")] = "已封堵泄露途径并报告主管部门",
    ) -> None:
        """按带密钥哈希比对泄露数据与客户表，列出受影响客户，生成告知书（个人信息保护法第五十七条）和报告。退出码 1 = 有受影响客户。"""
        from leakaid.assess.notify import match, write_outputs

        try:
            res = match(dumps, customers)
            paths = write_outputs(res, outdir, org=org, contact=contact, cause=cause, measures=measures)
        except LeakaidError as exc:
            typer.echo(f"错误：{exc}", err=True)
            raise typer.Exit(2) from exc
        typer.echo(f"核对客户 {res.customers} 人，受影响 {len(res.affected)} 人；已写入：" + "、".join(str(p) for p in paths))
        raise typer.Exit(1 if res.affected else 0)
