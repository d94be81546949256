"""Values that a log or a request names by a key on another line: MyBatis SQL logs and multipart form bodies.

Both give ``(key, start, end)`` like ``sqltext.keyed_values``, so the engine types them the same way (a value
under ``birthday`` is a birth date, under ``qq`` a QQ number, under ``realName`` a name):

- MyBatis: ``==>  Preparing: INSERT INTO t (mobile, birthday) VALUES (?, ?)`` then
  ``==> Parameters: 138…(String), 1990-01-01(String)``: the n-th parameter belongs to the n-th ``?``;
  ``<==    Columns: id, nick`` then ``<==        Row: 7801, 阿强``: row values by column.
- multipart/form-data: ``Content-Disposition: form-data; name="birthday"``, a blank line, the value;
- HTML forms: ``<input name="birthday" type="date" value="1963-04-20">``.
"""

from __future__ import annotations

import re

_PREPARING = re.compile(r"(?:Preparing:|### SQL:)[ \t]*(.+)")  # the statement, also in MyBatis's exception text
_PARAMETERS = re.compile(r"Parameters:[ \t]?(.*)")
_LINE = re.compile(r"[^\r\n]+")
_COLUMNS = re.compile(r"<==[ \t]+Columns:[ \t]*(.+)")
_ROW = re.compile(r"<==[ \t]+Row:[ \t]*(.*)")
_INSERT = re.compile(r"(?is)\binsert\s+(?:ignore\s+)?into\s+[`\"\w.]+\s*\(([^)]*)\)\s*values\s*\(")
_IDENT_BEFORE = re.compile(r"(?i)[`\"]?([A-Za-z_][\w]*)[`\"]?\s*(?:=|<>|!=|<=|>=|<|>|\blike\b|\bin\s*\()[\s?,(]*$")
_PARAM = re.compile(r"(null|.*?\([A-Z][\w.]*\))(?:, |[ \t]*$)")
_FORM_FIELD = re.compile(
    r'form-data;[ \t]*name="([^"\r\n]{1,64})"[^\r\n]*\r?\n(?:[A-Za-z-]+:[^\r\n]*\r?\n)*\r?\n([^\r\n]{1,256})'
)


def keyed_values(text: str) -> list[tuple[str, int, int]]:
    """(key, start, end) of every MyBatis parameter and row value and every multipart field value."""
    out: list[tuple[str, int, int]] = []
    if "Parameters:" in text or "Row:" in text:
        _mybatis(text, out)
    if "form-data" in text:
        for m in _FORM_FIELD.finditer(text):
            if "filename=" not in text[m.end(1) : m.start(2)]:
                out.append((m.group(1), m.start(2), m.end(2)))
    return out


_INPUT = re.compile(r"<input\b[^<>]{0,400}>", re.I)
_ATTR = re.compile(r"""\b(name|id|value)\s*=\s*(?:"([^"<>]{0,200})"|'([^'<>]{0,200})')""", re.I)


def input_values(text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of the prefilled value of every HTML ``<input name=… value=…>``."""
    out: list[tuple[str, int, int]] = []
    for m in _INPUT.finditer(text):
        name = None
        value: tuple[int, int] | None = None
        for a in _ATTR.finditer(text, m.start(), m.end()):
            g = 2 if a.group(2) is not None else 3
            if a.group(1).lower() == "value":
                value = (a.start(g), a.end(g))
            elif name is None:
                name = a.group(g)
        if name and value and value[1] > value[0]:
            out.append((name, *value))
    return out


def _placeholders(sql: str) -> list[str]:
    """The column each ``?`` of a prepared statement stands for ('' where none can be told)."""
    cols: list[str] = []
    ins = _INSERT.search(sql)
    insert_cols = [c.strip().strip('`"') for c in ins.group(1).split(",")] if ins else []
    values_at = ins.end() if ins else -1
    depth_index = 0  # position inside the VALUES tuple
    i = 0
    while i < len(sql):
        ch = sql[i]
        if ch == "?":
            if ins and i >= values_at and depth_index < len(insert_cols):
                cols.append(insert_cols[depth_index])
            else:
                m = _IDENT_BEFORE.search(sql, max(0, i - 80), i)
                cols.append(m.group(1) if m else "")
        elif ch == "," and ins and i >= values_at:
            depth_index += 1
        elif ch == ")" and ins and i >= values_at:
            depth_index = 0  # the next tuple of a multi-row insert starts again
        i += 1
    return cols


def _mybatis(text: str, out: list[tuple[str, int, int]]) -> None:
    cols: list[str] = []
    row_cols: list[str] = []
    for line_m in _LINE.finditer(text):
        line = line_m.group()
        base = line_m.start()
        if "Preparing:" in line or "### SQL:" in line:
            m = _PREPARING.search(line)
            cols = _placeholders(m.group(1)) if m else []
            continue
        if "Columns:" in line:
            m = _COLUMNS.search(line)
            row_cols = [c.strip() for c in m.group(1).split(",")] if m else []
            continue
        m = _PARAMETERS.search(line)
        if m and cols:
            pos = m.start(1)
            for k, p in enumerate(_PARAM.finditer(line, pos)):
                if p.start() != pos or k >= len(cols):
                    break
                item = p.group(1)
                pos = p.end()
                if item != "null" and cols[k]:
                    value_end = p.start(1) + item.rindex("(")
                    out.append((cols[k], base + p.start(1), base + value_end))
            continue
        m = _ROW.search(line)
        if m and row_cols:
            pos = m.start(1)
            values = m.group(1).split(", ")
            if len(values) == len(row_cols):
                for col, value in zip(row_cols, values, strict=True):
                    if value and value != "null":
                        out.append((col, base + pos, base + pos + len(value)))
                    pos += len(value) + 2
