"""``leakaid synth``: write synthetic, labelled corpora (no real personal data)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    group = typer.Typer(
        help="生成合成的个人信息语料（全部为虚构数据），用于测试和评测。", no_args_is_help=True
    )

    @group.command("corpus")
    def corpus(
        out: Annotated[Path, typer.Option("--out", help="输出 JSONL 文件路径。")],
        docs: Annotated[int, typer.Option("--docs", min=1, help="文档数量。")] = 100,
        seed: Annotated[int, typer.Option("--seed", help="随机种子：同一种子总是生成同样的语料。")] = 42,
        sparse: Annotated[
            bool, typer.Option("--sparse", help="稀疏模式：每篇约 200 KB，约每 10 KB 一处个人信息。")
        ] = False,
    ) -> None:
        """生成带标注的语料，每行一个 JSON：{"id","genre","text","spans"}。"""
        from leakaid.synth import generate_corpus

        n_spans = 0
        size = 0
        with out.open("w", encoding="utf-8") as fh:
            for doc in generate_corpus(docs, seed, sparse=sparse):
                fh.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
                n_spans += len(doc.spans)
                size += len(doc.text.encode("utf-8"))
        typer.echo(f"已写入 {docs} 篇文档（文本 {size / 1e6:.3f} MB，标注 {n_spans} 处）到 {out}")

    app.add_typer(group, name="synth")
