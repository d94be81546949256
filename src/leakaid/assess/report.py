"""Render an assessment report (the dict from :func:`leakaid.assess.build_report`) as JSON, Markdown, HTML or PDF."""

from __future__ import annotations

import html
import json
from typing import Any

from leakaid.assess.law import CATEGORIES, CATEGORY_CITES, CATEGORY_LABELS, INTERP

_KIND_TAG = {"law": "条文", "interpretation": INTERP, "commentary": "理解与适用（非法律）"}


def to_json(rep: dict[str, Any]) -> str:
    return json.dumps(rep, ensure_ascii=False, indent=2)


def _status(met: bool) -> str:
    return "✔ 达到" if met else "— 未达到"


def to_markdown(rep: dict[str, Any]) -> str:
    out: list[str] = []
    out.append("# 泄露数据集评估报告（法释〔2017〕10号 第五条、第十一条）\n")
    out.append(f"- 文件：{'、'.join(rep['files'])}")
    out.append(f"- 结论：**{rep['tier_label']}**（`{rep['tier']}`）")
    out.append(f"- 按比例合计：{rep['ratio']:.4f}（精确值 {rep['ratio_exact']}；「{INTERP}」见下）")
    out.append(f"- 读取记录 {rep['rows']} 条；排除不真实 {rep['excluded']['invalid']} 条、重复 {rep['excluded']['duplicate']} 条、"
             f"不能识别个人 {rep['excluded']['unidentifiable']} 条；去重后涉及自然人约 {rep['distinct_persons']} 人（按身份证号/手机号）\n")
    out.append("## 各类信息条数\n")
    out.append("| 类别 | 依据 | 有效且去重后条数 |")
    out.append("|---|---|---|")
    for c in CATEGORIES:
        out.append(f"| {CATEGORY_LABELS[c]} | {CATEGORY_CITES[c]} | {rep['counts'][c]} |")
    out.append("\n## 逐项判断\n")
    out.append("| 依据 | 条文 | 结果 | 说明 |")
    out.append("|---|---|---|---|")
    for ln in rep["citations"]:
        if ln["role"] != "item":
            continue
        out.append(f"| {ln['cite']} | {ln['text']} | {_status(ln['met'])} | {ln['detail']} |")
    out.append("\n## 计数规则（第十一条）\n")
    for ln in rep["counting"]:
        tag = _KIND_TAG[ln["kind"]]
        out.append(f"- {'**' + ln['cite'] + '**：' if ln['cite'] else ''}{ln['text']}" + (f"（{tag}）" if ln["kind"] != "law" else "")
                 + (f" —— {ln['detail']}" if ln["detail"] else ""))
    out.append(f"- {rep['record_note']}")
    out.append("\n## 解释/适用说明\n")
    for ln in rep["citations"]:
        if ln["role"] == "item":
            continue
        out.append(f"- {(ln['cite'] + '：') if ln['cite'] else ''}{ln['text']}" + (f" —— {ln['detail']}" if ln["detail"] else ""))
    out.append("\n## 列与类别的对应（" + INTERP + "）\n")
    out.append(rep["mapping_note"] + "\n")
    out.append("| 表 | 列 | 识别为 | 类别 | 依据 | 来源 |")
    out.append("|---|---|---|---|---|---|")
    for m in rep["mapping"]:
        out.append(f"| {m['table']} | {m['column']} | {m['label'] or '（不计）'} | {m['category'] or '—'} | "
                 f"{m['category_cite'] or '—'} | {m['source']} |")
    out.append("\n## 刑罚（《刑法》第二百五十三条之一）\n")
    p = rep["penalty"]
    for para in p["article"]:
        out.append(f"> 《刑法》第二百五十三条之一{para}\n>")
    out.append("")
    for k in ("applicable", "insider", "fine"):
        if k in p:
            out.append(f"- {p[k]}")
    out.append("")
    return "\n".join(out)


def to_html(rep: dict[str, Any]) -> str:
    e = html.escape
    rows_cat = "".join(f"<tr><td>{e(CATEGORY_LABELS[c])}</td><td>{e(CATEGORY_CITES[c])}</td><td>{rep['counts'][c]}</td></tr>"
                       for c in CATEGORIES)
    rows_law = "".join(
        f"<tr class=\"{'met' if ln['met'] else ''}\"><td>{e(ln['cite'])}</td><td>{e(ln['text'])}</td>"
        f"<td>{e(_status(ln['met']))}</td><td>{e(ln['detail'])}</td></tr>"
        for ln in rep["citations"] if ln["role"] == "item")
    notes = "".join(f"<li><span class=\"tag\">{e(_KIND_TAG[ln['kind']])}</span> {e(ln['cite'])} {e(ln['text'])} "
                    f"{e(ln['detail'])}</li>" for ln in rep["counting"] + [x for x in rep["citations"] if x["role"] == "note"])
    mapping = "".join(f"<tr><td>{e(m['table'])}</td><td>{e(m['column'])}</td><td>{e(m['label'] or '（不计）')}</td>"
                      f"<td>{e(m['category'] or '—')}</td><td>{e(m['category_cite'] or '—')}</td><td>{e(m['source'])}</td></tr>"
                      for m in rep["mapping"])
    p = rep["penalty"]
    pen = "".join(f"<li>{e(p[k])}</li>" for k in ("applicable", "insider", "fine") if k in p)
    ex = rep["excluded"]
    return f"""<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>泄露数据集评估报告</title>
<style>body{{font-family:"Noto Sans CJK SC",sans-serif;max-width:60em;margin:2em auto;line-height:1.6}}
table{{border-collapse:collapse;width:100%}}td,th{{border:1px solid #999;padding:.3em;vertical-align:top}}
tr.met td{{background:#fde8e8}}.tag{{background:#eee;padding:0 .3em;font-size:90%}}</style></head><body>
<h1>泄露数据集评估报告（法释〔2017〕10号 第五条、第十一条）</h1>
<p>文件：{e('、'.join(rep['files']))}</p>
<p>结论：<strong>{e(rep['tier_label'])}</strong>（<code>{e(rep['tier'])}</code>）；按比例合计 {rep['ratio']:.4f}（{e(rep['ratio_exact'])}，{INTERP}）</p>
<p>读取 {rep['rows']} 条；排除不真实 {ex['invalid']} 条、重复 {ex['duplicate']} 条、不能识别个人 {ex['unidentifiable']} 条。</p>
<h2>各类信息条数</h2><table><tr><th>类别</th><th>依据</th><th>条数</th></tr>{rows_cat}</table>
<h2>逐项判断</h2><table><tr><th>依据</th><th>条文</th><th>结果</th><th>说明</th></tr>{rows_law}</table>
<h2>计数规则与解释/适用说明</h2><ul>{notes}<li>{e(rep['record_note'])}</li></ul>
<h2>列与类别的对应（{INTERP}）</h2><p>{e(rep['mapping_note'])}</p>
<table><tr><th>表</th><th>列</th><th>识别为</th><th>类别</th><th>依据</th><th>来源</th></tr>{mapping}</table>
<h2>刑罚（《刑法》第二百五十三条之一）</h2><blockquote>{"".join(f"<p>{e(x)}</p>" for x in p["article"])}</blockquote><ul>{pen}</ul>
</body></html>
"""


def to_pdf(rep: dict[str, Any]) -> bytes:
    """PDF through typst (optional dependency; needs a CJK font such as fonts-noto-cjk)."""
    try:
        import typst
    except ImportError as exc:
        from leakaid.errors import ConfigError

        raise ConfigError("生成 PDF 需要安装 typst（pip install 'leakaid[pdf]'）和中文字体（apt-get install fonts-noto-cjk）") from exc
    md = to_markdown(rep)
    body = _md_to_typst(md)
    src = ('#set page(paper: "a4", margin: 2cm)\n#set text(font: ("Noto Serif CJK SC", "Noto Sans CJK SC"), size: 10pt, lang: "zh")\n'
           + body)
    return typst.compile(src.encode("utf-8"))


def _typ_escape(s: str) -> str:
    out = []
    for ch in s:
        if ch in "#$*_`<>@[]\\~/=-+\"":
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)


def _md_to_typst(md: str) -> str:
    out: list[str] = []
    table: list[list[str]] = []

    def flush() -> None:
        if not table:
            return
        ncol = len(table[0])
        cells = ", ".join(f"[{_typ_escape(c.strip())}]" for r in table for c in (r + [""] * ncol)[:ncol])
        out.append(f"#table(columns: {ncol}, {cells})")
        table.clear()

    for line in md.splitlines():
        if line.startswith("|"):
            cells = line.strip().strip("|").split("|")
            if all(set(c.strip()) <= {"-"} for c in cells):
                continue
            table.append(cells)
            continue
        flush()
        if line.startswith("# "):
            out.append("= " + _typ_escape(line[2:]))
        elif line.startswith("## "):
            out.append("== " + _typ_escape(line[3:]))
        elif line.startswith("- "):
            out.append("- " + _typ_escape(line[2:].replace("**", "").replace("`", "")))
        elif line.startswith("> "):
            out.append("#quote[" + _typ_escape(line[2:]) + "]")
        else:
            out.append(_typ_escape(line.replace("**", "").replace("`", "")))
    flush()
    return "\n".join(out)
