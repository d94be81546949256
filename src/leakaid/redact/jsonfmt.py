"""JSON and JSON Lines: redact string leaves (and keys); PII stored as a number becomes a string.

Structure and key order are kept. A JSON document is re-serialised only when something
changed, with the indentation, separators and ASCII escaping it used; a JSONL file is
streamed line by line and unchanged lines are copied verbatim. A JSONL line that is not
valid JSON is redacted as plain text (and reported as a warning).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from leakaid.errors import SourceError
from leakaid.redact.textio import Codec, Unit, open_in, open_out
from leakaid.sources.base import Location
from leakaid.sources.common import render_number

__all__ = ["json_units", "jsonl_units", "redact_json_file", "redact_jsonl_file"]

CellRedact = Callable[[str, str | None], str]


def _number_text(v: int | float) -> str | None:
    if isinstance(v, bool):
        return None
    if isinstance(v, int):
        return str(v)
    s = render_number(v)
    return s if re.fullmatch(r"-?\d+(\.\d+)?", s) else None


def _path(parent: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{parent}[{key}]"
    if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key):
        return f"{parent}.{key}"
    return f"{parent}[{json.dumps(key, ensure_ascii=False)}]"


class _Walker:
    def __init__(self, redact: CellRedact) -> None:
        self.redact = redact
        self.changed = False

    def walk(self, node: Any, hint: str | None) -> Any:
        if isinstance(node, str):
            new = self.redact(node, hint) if node.strip() else node
            if new != node:
                self.changed = True
            return new
        if isinstance(node, int | float) and not isinstance(node, bool):
            s = _number_text(node)
            if s is None:
                return node
            new = self.redact(s, hint)
            if new != s:
                self.changed = True
                return new  # a number that was personal information becomes a string
            return node
        if isinstance(node, list):
            return [self.walk(v, hint) for v in node]
        if isinstance(node, dict):
            out: dict[str, Any] = {}
            for k, v in node.items():
                nk = self.redact(k, None) if k.strip() else k
                if nk != k:
                    self.changed = True
                    base, n = nk, 2
                    while nk in out or nk in node:
                        nk, n = f"{base}_{n}", n + 1
                out[nk] = self.walk(v, k)
            return out
        return node


def _style(raw: str) -> dict[str, Any]:
    """Indentation, separators and ASCII escaping as used by ``raw``."""
    indent: int | str | None = None
    m = re.search(r"[\[{]\r?\n([ \t]+)\S", raw)
    if m:
        ws = m.group(1)
        indent = ws if "\t" in ws else len(ws)
    elif re.search(r"[\[{]\r?\n", raw):
        indent = 0
    if indent is not None:
        seps = (",", ": " if re.search(r'"\s*:\s', raw) else ":")
    else:
        seps = (", " if re.search(r",\s", raw) else ",", ": " if re.search(r'"\s*:\s', raw) else ":")
    ascii_only = raw.isascii() and "\\u" in raw
    return {"indent": indent, "separators": seps, "ensure_ascii": ascii_only}


def _load(text: str, name: str) -> Any:
    try:
        return json.loads(text)
    except (json.JSONDecodeError, RecursionError) as e:
        raise SourceError(name, f"不是有效的 JSON：{e}") from e


def redact_json_file(src: Path, dst: Path, codec: Codec, redact: CellRedact) -> None:
    with open_in(src, codec) as f:
        raw = f.read()
    doc = _load(raw, str(src))
    walker = _Walker(redact)
    new = walker.walk(doc, None)
    if walker.changed:
        body = raw.strip()
        out = json.dumps(new, **_style(body))
        if "\r\n" in raw:
            out = out.replace("\n", "\r\n")
        lead = raw[: len(raw) - len(raw.lstrip())]
        trail = raw[len(raw.rstrip()) :]
        raw = lead + out + trail
    with open_out(dst, codec) as fout:
        fout.write(raw)


def redact_jsonl_file(
    src: Path, dst: Path, codec: Codec, redact: CellRedact, redact_plain: Callable[[str], str]
) -> list[str]:
    """Returns warnings (e.g. line numbers that were not JSON)."""
    bad: list[int] = []
    with open_in(src, codec) as fin, open_out(dst, codec) as fout:
        for lineno, line in enumerate(fin, 1):
            body = line.rstrip("\r\n")
            end = line[len(body) :]
            if not body.strip():
                fout.write(line)
                continue
            try:
                doc = json.loads(body)
            except (json.JSONDecodeError, RecursionError):
                bad.append(lineno)
                fout.write(redact_plain(body) + end)
                continue
            walker = _Walker(redact)
            new = walker.walk(doc, None)
            if walker.changed:
                stripped = body.strip()
                lead = body[: len(body) - len(body.lstrip())]
                body = lead + json.dumps(new, **_style(stripped)) + body[len(body.rstrip()) :]
            fout.write(body + end)
    if bad:
        shown = "、".join(str(n) for n in bad[:10]) + ("…" if len(bad) > 10 else "")
        return [f"{len(bad)} 行不是有效的 JSON，已按纯文本脱敏（第 {shown} 行）"]
    return []


def _leaves(node: Any, path: str, hint: str | None) -> Iterator[tuple[str, str, str | None]]:
    """(text, JSON path, hint) for every string leaf, number and key."""
    if isinstance(node, str):
        if node.strip():
            yield node, path, hint
    elif isinstance(node, int | float) and not isinstance(node, bool):
        s = _number_text(node)
        if s is not None:
            yield s, path, hint
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _leaves(v, _path(path, i), hint)
    elif isinstance(node, dict):
        for k, v in node.items():
            if k.strip():
                yield k, _path(path, k) + "(键)", None
            yield from _leaves(v, _path(path, k), k)


def json_units(path: Path, codec: Codec) -> Iterator[Unit]:
    with open_in(path, codec) as f:
        doc = _load(f.read(), str(path))
    for text, jpath, hint in _leaves(doc, "$", None):
        yield Unit(text, Location(str(path), field=jpath), hint)


def jsonl_units(path: Path, codec: Codec) -> Iterator[Unit]:
    with open_in(path, codec) as f:
        for lineno, line in enumerate(f, 1):
            body = line.rstrip("\r\n")
            if not body.strip():
                continue
            try:
                doc = json.loads(body)
            except (json.JSONDecodeError, RecursionError):
                yield Unit(body, Location(str(path), line=lineno, column=1), None, textual=True)
                continue
            for text, jpath, hint in _leaves(doc, "$", None):
                yield Unit(text, Location(str(path), line=lineno, field=jpath), hint)
