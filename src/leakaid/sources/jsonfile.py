"""JSON and JSON Lines: one segment per string/number leaf.

Location: ``field`` is the JSON path of the leaf (``$.users[3].phone``, 0-based indexes,
``$["键 名"]`` for keys that are not identifiers); for JSON Lines ``row`` is the 1-based line
number (``line`` stays unset: the scanner would otherwise count columns from the value, not
the line). ``hint`` is the nearest object key. Numbers keep their original digits
(``13812345678`` stays ``13812345678``, ``1e5`` stays ``1e5``). Object keys that contain digits
or ``@`` are yielded too (``part="key"``): dumps are often keyed by phone number.

A JSON Lines line that is not JSON is scanned as plain text (``line``/``column`` 1 set, so
positions inside it are exact) and reported at the end with a
:class:`SourceWarning` naming the lines; a ``.json`` file that holds several values (really
JSON Lines) is read as JSON Lines.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from leakaid.errors import SourceError
from leakaid.sources.base import Location, Segment
from leakaid.sources.common import ByteSource, SourceWarning
from leakaid.sources.text import TextStream, _detect

__all__ = ["MAX_JSON_BYTES", "json_path", "read_json", "read_jsonl"]

MAX_JSON_BYTES = 512 << 20


class _Num(str):
    """A JSON number kept as its source text."""


def _loads(text: str) -> Any:
    return json.loads(text, parse_int=_Num, parse_float=_Num, parse_constant=lambda _c: None)


def json_path(parent: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{parent}[{key}]"
    if key.isidentifier():
        return f"{parent}.{key}"
    return f"{parent}[{json.dumps(key, ensure_ascii=False)}]"


_KEY = object()  # stack marker: yield this object key itself
_GENERIC_KEYS = frozenset({"no", "num", "number", "value", "val", "code", "v", "text", "new", "old", "words"})


def _leaves(value: Any, base: Location) -> Iterator[Segment]:
    """Walk a parsed value without recursion, in document order."""
    stack: list[tuple[str, Any, str | None]] = [("$", value, None)]
    while stack:
        path, v, key = stack.pop()
        if v is _KEY:
            yield Segment(key or "", base.with_(field=path, part="key"))
        elif isinstance(v, str):
            if v.strip():
                yield Segment(str(v), base.with_(field=path), hint=key)
        elif isinstance(v, dict):
            children: list[tuple[str, Any, str | None]] = []
            for k, child in v.items():
                p = json_path(path, k)
                if any(c.isdigit() for c in k) or "@" in k:
                    children.append((p, _KEY, k))
                # a generic key says little alone: "cert": {"no": …} is named by both
                hint = f"{key}.{k}" if key and k.lower() in _GENERIC_KEYS else k
                children.append((p, child, hint))
            stack.extend(reversed(children))
        elif isinstance(v, list):
            stack.extend(reversed([(json_path(path, i), child, key) for i, child in enumerate(v)]))


def read_json(src: ByteSource, *, max_bytes: int | None = None) -> Iterator[Segment]:
    limit = min(MAX_JSON_BYTES, max_bytes) if max_bytes is not None else MAX_JSON_BYTES
    size = src.size()
    if size > limit:
        raise SourceError(
            src.name, f"JSON 文件过大（{size // (1 << 20)} MiB，上限 {limit >> 20} MiB）；请改用 JSON Lines（每行一个对象）"
        )
    with src.open() as f:
        encoding, confident = _detect(f)
        data = f.read()
    try:
        text = data.decode(encoding, "strict" if confident else "replace")
        replaced = not confident
    except UnicodeDecodeError:
        text, replaced = data.decode(encoding, "replace"), True
    del data
    if text.startswith("\ufeff"):
        text = text[1:]
    try:
        value = _loads(text)
    except RecursionError as e:
        raise SourceError(src.name, "JSON 嵌套层数过深，无法解析（疑似恶意构造的文件）") from e
    except json.JSONDecodeError as e:
        if e.msg.startswith("Extra data"):
            del text
            yield from read_jsonl(src, max_bytes=max_bytes)
            return
        raise SourceError(src.name, f"JSON 格式错误：第 {e.lineno} 行第 {e.colno} 列（{_msg_zh(e.msg)}）") from e
    yield from _leaves(value, Location(src.name))
    if replaced:
        raise SourceWarning(src.name, f"文件中有无法按 {encoding} 解码的字节，已替换为 �，结果可能不完整")


def read_jsonl(src: ByteSource, *, max_bytes: int | None = None) -> Iterator[Segment]:
    stream = TextStream(src, max_bytes=max_bytes)
    bad: list[int] = []
    for lineno, raw in enumerate(stream.lines(), 1):
        line = raw.strip()
        if lineno == 1 and line.startswith("\ufeff"):
            line = line[1:]
        if not line:
            continue
        try:
            value = _loads(line)
        except (json.JSONDecodeError, RecursionError):
            bad.append(lineno)
            yield Segment(raw.rstrip("\r\n"), Location(src.name, line=lineno, column=1))
            continue
        yield from _leaves(value, Location(src.name, row=lineno))
    if bad:
        shown = "、".join(str(n) for n in bad[:10]) + ("……" if len(bad) > 10 else "")
        stream.warnings.append(f"第 {shown} 行不是有效的 JSON（共 {len(bad)} 行），已按纯文本扫描")
    stream.finish()


_MSGS = {
    "Expecting value": "缺少值",
    "Expecting ',' delimiter": "缺少逗号",
    "Expecting ':' delimiter": "缺少冒号",
    "Expecting property name enclosed in double quotes": "键名必须用双引号",
    "Unterminated string starting at": "字符串没有结束",
    "Invalid control character at": "字符串中有非法控制字符",
    "Invalid \\escape": "非法转义",
}


def _msg_zh(msg: str) -> str:
    for en, zh in _MSGS.items():
        if msg.startswith(en):
            return zh
    return "无法解析"
