"""Values of SQL dumps named by their column: ``INSERT … VALUES`` tuples and ``COPY … FROM stdin`` rows.

A dump names its columns once, far from the values (``CREATE TABLE users (`qq` bigint COMMENT 'QQ', …)`` and
then ``INSERT INTO `users` VALUES (1,'沈轩',503031182,…)``), so cue words never sit next to a value. This module
gives each value its column's name: the statement's own column list, else the dump's ``CREATE TABLE`` for that
table; a ``COMMENT '手机号'`` (MySQL) or ``COMMENT ON COLUMN t.c IS '…'`` (PostgreSQL) names a column better
than its identifier when it is a word the engine knows.

``keyed_values`` returns ``(column hint, value start, value end)``: offsets of a quoted value exclude its quotes.
A ``Schema`` carries the tables seen so far and, for a text read in windows, the statement open at a window's
end (``resume_at``), so the next window starts at a tuple boundary and knows its columns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["COLUMN_COMMENT", "Schema", "column_hint", "keyed_values", "might_hold_sql"]

_IDENT = r"(?:`[^`\n]{1,128}`|\"[^\"\n]{1,128}\"|\[[^\]\n]{1,128}\]|[\w$]{1,128})"
_NAME = rf"{_IDENT}(?:\s*\.\s*{_IDENT}){{0,2}}"
_CREATE = re.compile(
    rf"\bCREATE\s+(?:(?:GLOBAL\s+|LOCAL\s+)?TEMP(?:ORARY)?\s+|UNLOGGED\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?({_NAME})\s*\(",
    re.I,
)
_COMMENT_ON = re.compile(rf"\bCOMMENT\s+ON\s+COLUMN\s+({_NAME})\s+IS\s+'((?:[^'\n]|''){{0,200}})'", re.I)
_INSERT = re.compile(
    rf"\b(?:INSERT|REPLACE)\s+(?:(?:IGNORE|LOW_PRIORITY|DELAYED|HIGH_PRIORITY)\s+)*(?:INTO\s+)?({_NAME})\s*"
    rf"(\((?:\s*{_IDENT}\s*,)*\s*{_IDENT}\s*\))?\s*VALUES\s*(?=\()",
    re.I,
)
_COPY = re.compile(
    rf"^COPY\s+({_NAME})\s*(\((?:\s*{_IDENT}\s*,)*\s*{_IDENT}\s*\))?\s*FROM\s+stdin[^\n]*\n", re.I | re.M
)
COLUMN_COMMENT = re.compile(r"\bCOMMENT\s+(?:=\s*)?'((?:[^'\\\n]|\\.|''){0,200})'", re.I)
_NOT_COLUMN = frozenset(
    "primary key unique index constraint foreign check fulltext spatial exclude period like".split()
)
_WS = re.compile(r"\s*")
# one value inside a tuple: a quoted string (optionally N'…', E'…', _utf8mb4'…'), or anything up to , or )
_QUOTED_BS = re.compile(r"(?:_\w+\s*|[NnEeXxBb])?'((?:[^'\\]|\\.|'')*)'", re.S)  # backslash escapes (MySQL)
_QUOTED_STD = re.compile(r"(?:_\w+\s*|[NnEeXxBb])?'((?:[^']|'')*)'", re.S)  # standard SQL strings
_BARE = re.compile(r"[^,()'\s]+")
MAX_LIST = 4096  # longest column list or CREATE TABLE body read (characters)


@dataclass(slots=True)
class Schema:
    """Tables seen so far (name → column hints) and the statement a window ended in."""

    tables: dict[str, list[str]] = field(default_factory=dict)  # table → the hint of each column
    names: dict[str, list[str]] = field(default_factory=dict)  # table → each column's identifier
    resume_cols: list[str] | None = None  # the next window starts at a tuple of a statement with these columns
    resume_copy: bool = False  # … at a row of a COPY block
    open_at: list[tuple[int, int, list[str], bool]] = field(default_factory=list)  # (pos, end, cols, copy)

    def forget_window(self) -> None:
        """The window just scanned held no SQL statement."""
        self.open_at = []
        self.resume_cols, self.resume_copy = None, False

    def resume_at(self, pos: int, lowest: int) -> int:
        """Where the next window should start, at or before ``pos`` (not before ``lowest``): the start of the
        tuple or COPY row around ``pos`` when a statement is open there; remembers that statement's columns."""
        self.resume_cols, self.resume_copy = None, False
        for start, end, cols, copy in reversed(self.open_at):
            if start <= pos and (end > pos or end < 0):
                if start >= lowest:
                    self.resume_cols, self.resume_copy = cols, copy
                    return start
                break
        return pos


def might_hold_sql(text: str) -> bool:
    """Whether ``text`` can hold an INSERT statement or a COPY block (plain substring tests: memchr-fast)."""
    return "INSERT" in text or "insert" in text or "stdin" in text or "REPLACE" in text or "Insert" in text


def _unquote(ident: str) -> str:
    ident = ident.strip()
    if ident[:1] in "`\"[" and len(ident) >= 2:
        return ident[1:-1]
    return ident


def _table_key(name: str) -> str:
    parts = [_unquote(p) for p in re.split(r"\s*\.\s*(?=[`\"\[\w$])", name)]
    return parts[-1].lower()


def _column_list(group: str | None) -> list[str] | None:
    if not group:
        return None
    return [_unquote(c) for c in group.strip()[1:-1].split(",")]


def column_hint(name: str, comment: str | None) -> str:
    """The comment when the engine knows its word (手机号, QQ, 姓名 …), else the column's identifier."""
    if comment:
        from leakaid.detect import cues as C  # noqa: N812
        from leakaid.detect.pii_names import hint_kind as names_kind

        if C.hint_kind(comment) or names_kind(comment):
            return comment
    return name


def _list_parts(body: str) -> list[str] | None:
    """The top-level comma-separated parts of a bracketed list whose "(" comes just before ``body``, up to its
    ")" (commas inside nested brackets and quotes do not split); None when the list does not close."""
    parts, depth, start, quote = [], 1, 0, ""
    i = 0
    while i < len(body):
        ch = body[i]
        if quote:
            if ch == "\\" and quote == "'":
                i += 1
            elif ch == quote:
                quote = ""
        elif ch in "'`\"":
            quote = ch
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                parts.append(body[start:i])
                return parts
        elif ch == "," and depth == 1:
            parts.append(body[start:i])
            start = i + 1
        i += 1
    return None


def _create_columns(text: str, open_paren: int) -> list[tuple[str, str]]:
    """(identifier, hint) of each column defined in the CREATE TABLE body that opens at ``open_paren``."""
    parts = _list_parts(text[open_paren : open_paren + MAX_LIST])
    if parts is None:
        return []
    columns = []
    for part in parts:
        part = part.strip()
        m = re.match(_IDENT, part)
        if not m or m.group().lower() in _NOT_COLUMN:
            continue
        name = _unquote(m.group())
        comment = COLUMN_COMMENT.search(part)
        columns.append((name, column_hint(name, comment.group(1).replace("''", "'") if comment else None)))
    return columns


def _learn(text: str, schema: Schema) -> None:
    """Tables created in ``text`` and the PostgreSQL column comments on them."""
    for m in _CREATE.finditer(text):
        columns = _create_columns(text, m.end())
        if columns:
            key = _table_key(m.group(1))
            schema.names[key] = [name for name, _ in columns]
            schema.tables[key] = [hint for _, hint in columns]
    for m in _COMMENT_ON.finditer(text):
        *table, column = [_unquote(p) for p in re.split(r"\s*\.\s*(?=[`\"\[\w$])", m.group(1))]
        key = table[-1].lower() if table else ""
        names = schema.names.get(key)
        if names and column in names:
            schema.tables[key][names.index(column)] = column_hint(column, m.group(2).replace("''", "'"))


def _tuples(text: str, pos: int, cols: list[str] | None, quoted: re.Pattern[str], out: list, schema: Schema) -> int:
    """Read ``(v, v, …), (…)…`` from ``pos``; returns where reading stopped."""
    n = len(text)
    while pos < n and text[pos] == "(":
        start = pos
        pos += 1
        col = 0
        closed = False
        while pos < n:
            pos = _WS.match(text, pos).end()
            if pos >= n:
                break
            q = quoted.match(text, pos)
            if q is not None:
                if cols is not None and col < len(cols) and q.end(1) > q.start(1):
                    out.append((cols[col], q.start(1), q.end(1)))
                pos = q.end()
            elif text[pos] not in ",)":
                b = _BARE.match(text, pos)
                if b is None:  # a nested call such as CONVERT(…) or a stray quote: give up on this statement
                    schema.open_at.append((start, pos, cols or [], False))
                    return pos
                pos = b.end()
                if pos < n and text[pos] == "(":  # a function call: its columns can no longer be told apart
                    schema.open_at.append((start, pos, cols or [], False))
                    return pos
                if cols is not None and col < len(cols):
                    out.append((cols[col], b.start(), b.end()))
            pos = _WS.match(text, pos).end()
            if pos < n and text[pos] == ",":
                pos += 1
                col += 1
                continue
            if pos < n and text[pos] == ")":
                pos += 1
                closed = True
            break
        schema.open_at.append((start, pos if closed else -1, cols or [], False))
        if not closed:
            return pos
        pos = _WS.match(text, pos).end()
        if pos < n and text[pos] == ",":
            pos = _WS.match(text, pos + 1).end()
            continue
        break
    return pos


def _copy_rows(text: str, pos: int, cols: list[str] | None, out: list, schema: Schema) -> int:
    """Rows of a COPY block from ``pos`` (a line start) up to the ``\\.`` line."""
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        line_end = end - 1 if end > pos and text[end - 1] == "\r" else end
        if text.startswith("\\.", pos) and line_end - pos == 2:
            return end
        schema.open_at.append((pos, end if nl >= 0 else -1, cols or [], True))
        if cols is not None:
            col, start = 0, pos
            while start <= line_end and col < len(cols):
                tab = text.find("\t", start, line_end)
                stop = line_end if tab < 0 else tab
                if stop > start and text[start:stop] != "\\N":
                    out.append((cols[col], start, stop))
                if tab < 0:
                    break
                start, col = tab + 1, col + 1
        if nl < 0:
            return n
        pos = nl + 1
    return pos


def _columns(schema: Schema, table: str, listed: str | None) -> list[str] | None:
    """Hints for a statement's columns: its own list (with the CREATE TABLE comments of the columns it names),
    else the table's columns."""
    key = _table_key(table)
    cols = _column_list(listed)
    if cols is None:
        return schema.tables.get(key)
    names, hints = schema.names.get(key), schema.tables.get(key)
    if names and hints:
        cols = [hints[names.index(c)] if c in names else c for c in cols]
    return cols


def keyed_values(text: str, schema: Schema | None = None) -> list[tuple[str, int, int]]:
    """(column hint, start, end) of every value in the INSERT statements and COPY blocks of ``text``."""
    if schema is None:
        schema = Schema()
    schema.open_at = []
    out: list[tuple[str, int, int]] = []
    mysql = "`" in text or "MySQL" in text[:4096] or "\\'" in text
    quoted = _QUOTED_BS if mysql else _QUOTED_STD
    if schema.resume_cols is not None:  # this window starts inside a statement of the previous one
        if schema.resume_copy:
            _copy_rows(text, 0, schema.resume_cols, out, schema)
        else:
            _tuples(text, 0, schema.resume_cols, quoted, out, schema)
    if "CREATE" in text or "create" in text or "COMMENT" in text or "comment" in text:
        _learn(text, schema)
    for m in _INSERT.finditer(text):
        cols = _columns(schema, m.group(1), m.group(2))
        _tuples(text, m.end(), cols, quoted, out, schema)
    for m in _COPY.finditer(text):
        cols = _columns(schema, m.group(1), m.group(2))
        _copy_rows(text, m.end(), cols, out, schema)
    out.sort(key=lambda v: v[1])
    return out
