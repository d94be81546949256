"""Streaming dump readers for ``leakaid assess``: every reader yields :class:`Batch` objects of columns.

CSV/TSV (any delimiter, ``----`` included, GBK/GB18030 or UTF-8) takes a fast path for chunks
without quotes (or with plain ``"a","b"`` quoting): the chunk is split into cells by the positions of
delimiters and newlines, with no Python object per cell (one C pass in ``_rows.split``, or numpy when
the extension is missing). Chunks with other quoting or ragged rows go through :mod:`csv`. JSON/JSONL,
XLSX, SQL dumps (``INSERT … VALUES``, ``COPY … FROM stdin``) and free text (one record per line)
build Python rows and convert them per batch. Memory stays bounded by the chunk/batch size.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from leakaid.assess import native
from leakaid.assess.vec import PAD, StrCol
from leakaid.detect.sqltext import COLUMN_COMMENT, column_hint
from leakaid.errors import SourceError

BATCH_ROWS = 50_000
CHUNK_BYTES = 8 << 20
_ALT_DELIM = 0x1F  # multi-character delimiters are rewritten to the ASCII unit separator


@dataclass(slots=True)
class Batch:
    """Rows of one table as columns. ``names is None``: the first row may be a header (detect it)."""

    table: str
    names: list[str] | None
    cols: list[StrCol]
    forced: list[str | None] | None = None  # kinds fixed by the reader (free text)

    @property
    def nrows(self) -> int:
        return len(self.cols[0]) if self.cols else 0


def rows_to_cols(rows: list[list[str]], ncols: int) -> list[StrCol]:
    fixed_rows = [(r + [""] * (ncols - len(r)))[:ncols] if len(r) != ncols else r for r in rows]
    return [StrCol.from_strings(list(c)) for c in zip(*fixed_rows, strict=True)] if fixed_rows else [
        StrCol.from_strings([]) for _ in range(ncols)]


# --- encodings and delimiters ---------------------------------------------------------------------

def detect_encoding(head: bytes) -> str:
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    try:
        head.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 3:  # cut in the middle of a character
            return "utf-8"
    try:
        head.decode("gb18030")
        return "gb18030"
    except UnicodeDecodeError:
        return "utf-8"


_DELIMS = ("----", "\t", ",", "|", ";", "\x01", ":", " ")


def sniff_delimiter(lines: list[str]) -> str | None:
    """The delimiter that splits the sample lines into the same number (> 1) of fields, or ``None``."""
    lines = [ln for ln in lines if ln.strip()][:200]
    if not lines:
        return None
    for d in _DELIMS:
        counts = [ln.count(d) for ln in lines]
        if not counts or min(counts) == 0 and max(counts) == 0:
            continue
        mode = max(set(counts), key=counts.count)
        if mode >= 1 and counts.count(mode) >= 0.9 * len(counts):
            return d
    return None


def _norm_gbk(enc: str) -> str:
    return "gb18030" if enc.lower().replace("-", "") in {"gbk", "gb2312", "gb18030", "cp936"} else enc


# --- CSV / delimited text -------------------------------------------------------------------------

def read_delimited(path: Path, *, delimiter: str | None = None, encoding: str | None = None,
                   table: str | None = None, chunk_bytes: int = CHUNK_BYTES) -> Iterator[Batch]:
    table = table or str(path)
    with open(path, "rb") as raw:
        head = raw.read(1 << 16)
        enc = _norm_gbk(encoding) if encoding else detect_encoding(head)
        if enc in {"utf-16", "utf-8-sig"} or enc.startswith("utf-16"):
            yield from _read_delimited_text(path, enc, delimiter, table)
            return
        lines = head.decode(enc, errors="ignore").splitlines()[:-1] or head.decode(enc, errors="ignore").splitlines()
        delim = delimiter if delimiter is not None else (sniff_delimiter(lines) or ",")
        if delim == "\\t":
            delim = "\t"
        d_bytes = delim.encode(enc)
        multi = len(d_bytes) != 1
        d = _ALT_DELIM if multi else d_bytes[0]
        ncols: int | None = None
        carry = b""
        data = head
        eof = False
        first = True
        while True:
            if not eof:
                more = raw.read(chunk_bytes)
                eof = not more
                data += more
            data = carry + data
            cut = data.rfind(b"\n") + 1 if not eof else len(data)
            body, carry, data = data[:cut], data[cut:], b""
            if not body and eof:
                break
            if not body:
                continue
            if enc not in {"utf-8", "ascii"}:
                body = body.decode(enc, errors="replace").encode("utf-8")
            if multi:
                body = body.replace(delim.encode("utf-8"), bytes([d]))
            if first:
                body = body.lstrip(b"\r\n")
                nl = body.find(b"\n")
                ncols = (body[: nl if nl >= 0 else len(body)]).count(bytes([d])) + 1
                first = False
            assert ncols is not None
            if not body.endswith(b"\n"):
                body += b"\n"
            cols = _fast_split(body, d, ncols)
            if cols is None:
                for rows in _slow_rows(body, chr(d), ncols):
                    yield Batch(table, None, rows_to_cols(rows, ncols))
            else:
                yield Batch(table, None, cols)
            if eof and not carry:
                break


def _fast_split(body: bytes, d: int, ncols: int) -> list[StrCol] | None:
    """Cells of a chunk as columns, or ``None`` when the chunk needs the csv module (ragged rows, quotes
    that hide delimiters or newlines, doubled quotes). Plain quoting (``"a","b"``) stays on the fast path:
    the quotes are removed later by :meth:`StrCol.strip`."""
    if body.startswith(b"\n"):  # empty lines fail the structure check below
        return None
    arr = np.frombuffer(body + PAD, dtype=np.uint8)
    mod = native.module()
    if mod is not None and d not in (10, 34) and body.endswith(b"\n"):
        cells = mod.split(arr, len(body), d, ncols)  # the same checks in one pass (_rows.c)
        if cells is None:
            return None
        starts = np.frombuffer(cells[0], dtype=np.int64).reshape(ncols, -1)
        ends = np.frombuffer(cells[1], dtype=np.int64).reshape(ncols, -1)
        return [StrCol(arr, starts[j], ends[j]) for j in range(ncols)]
    sep = np.flatnonzero((arr == d) | (arr == 10))  # comparisons beat a 256-entry table gather here
    if sep.size % ncols:
        return None
    if b'"' in body and not _simple_quotes(arr, sep, d, len(body)):
        return None
    m = sep.reshape(-1, ncols)
    if not (arr[m[:, -1]] == 10).all() or (ncols > 1 and not (arr[m[:, :-1]] == d).all()):
        return None
    starts = np.empty_like(m)
    starts[0, 0] = 0
    starts[1:, 0] = m[:-1, -1] + 1
    starts[:, 1:] = m[:, :-1] + 1
    return [StrCol(arr, starts[:, j], m[:, j]) for j in range(ncols)]


def _simple_quotes(arr: np.ndarray, sep: np.ndarray, d: int, n: int) -> bool:
    """True when every quote opens right after a separator and closes right before one, in pairs,
    with no separator inside a quoted span (so splitting on separators is still correct)."""
    q = np.flatnonzero(arr[:n] == 34)
    if q.size % 2:
        return False
    op, cl = q[0::2], q[1::2]
    before = np.where(op > 0, arr[np.maximum(op - 1, 0)], 10)
    after = np.where(cl + 1 >= n, 10, arr[cl + 1])  # arr is padded, so cl + 1 is always readable
    if not (((before == d) | (before == 10)).all() and ((after == d) | (after == 10) | (after == 13)).all()):
        return False
    return bool((np.searchsorted(sep, op, "right") == np.searchsorted(sep, cl, "left")).all())


def _slow_rows(body: bytes, delim: str, ncols: int) -> Iterator[list[list[str]]]:
    text = body.decode("utf-8", errors="replace")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    rows: list[list[str]] = []
    for row in reader:
        if not row or (len(row) == 1 and not row[0].strip()):
            continue
        rows.append(row)
        if len(rows) >= BATCH_ROWS:
            yield rows
            rows = []
    if rows:
        yield rows


def _read_delimited_text(path: Path, enc: str, delimiter: str | None, table: str) -> Iterator[Batch]:
    with open(path, encoding=enc, errors="replace", newline="") as fh:
        sample = [fh.readline() for _ in range(50)]
        delim = delimiter or sniff_delimiter(sample) or ","
        fh.seek(0)
        src = (ln.replace(delim, "\x1f") for ln in fh) if len(delim) > 1 else fh
        reader = csv.reader(src, delimiter="\x1f" if len(delim) > 1 else delim)
        ncols = None
        rows: list[list[str]] = []
        for row in reader:
            if not row:
                continue
            ncols = ncols or len(row)
            rows.append(row)
            if len(rows) >= BATCH_ROWS:
                yield Batch(table, None, rows_to_cols(rows, ncols))
                rows = []
        if rows and ncols:
            yield Batch(table, None, rows_to_cols(rows, ncols))


# --- JSON / JSONL ---------------------------------------------------------------------------------

def _flatten(obj: object, prefix: str = "") -> dict[str, str]:
    out: dict[str, str] = {}
    if isinstance(obj, dict):
        for k, v in obj.items():
            key = f"{prefix}.{k}" if prefix else str(k)
            if isinstance(v, dict):
                out.update(_flatten(v, key))
            elif isinstance(v, list):
                out[key] = ";".join(json.dumps(x, ensure_ascii=False) if isinstance(x, dict | list) else str(x)
                                    for x in v)
            else:
                out[key] = "" if v is None else str(v)
    else:
        out[prefix or "value"] = "" if obj is None else str(obj)
    return out


def _records_to_batches(records: Iterator[object], table: str) -> Iterator[Batch]:
    names: list[str] | None = None
    pos: dict[str, int] = {}
    rows: list[list[str]] = []
    pending: list[dict[str, str]] = []
    for rec in records:
        flat = _flatten(rec)
        if names is None:
            pending.append(flat)
            if len(pending) < 1000:
                continue
            names, pos = _names_from(pending)
            rows = [[p.get(n, "") for n in names] for p in pending]
            pending = []
        else:
            rows.append([flat.get(n, "") for n in names])
        if len(rows) >= BATCH_ROWS:
            yield Batch(table, names, rows_to_cols(rows, len(names)))
            rows = []
    if names is None and pending:
        names, pos = _names_from(pending)
        rows = [[p.get(n, "") for n in names] for p in pending]
    if rows and names:
        yield Batch(table, names, rows_to_cols(rows, len(names)))


def _names_from(sample: list[dict[str, str]]) -> tuple[list[str], dict[str, int]]:
    names: list[str] = []
    for rec in sample:
        for k in rec:
            if k not in names:
                names.append(k)
    return names, {n: i for i, n in enumerate(names)}


def read_json(path: Path, *, encoding: str | None = None, table: str | None = None) -> Iterator[Batch]:
    table = table or str(path)
    enc = _norm_gbk(encoding) if encoding else detect_encoding(path.open("rb").read(1 << 16))
    yield from _records_to_batches(_iter_json(path, enc), table)


def _iter_json(path: Path, enc: str) -> Iterator[object]:
    with open(path, encoding=enc, errors="replace") as fh:
        first = ""
        while not first:
            ch = fh.read(1)
            if not ch:
                return
            first = ch.strip()
        if first == "[":
            yield from _iter_json_array(fh)
            return
        rest = first + fh.read(1 << 16)
        # JSON Lines when the first line is a complete value
        line, _, tail = rest.partition("\n")
        try:
            yield json.loads(line)
            jsonl = True
        except json.JSONDecodeError:
            jsonl = False
        if jsonl:
            buf = tail
            for ln in _lines(buf, fh):
                if ln.strip():
                    try:
                        yield json.loads(ln)
                    except json.JSONDecodeError as exc:
                        raise SourceError(str(path), f"JSON Lines 第 {exc.lineno} 行无法解析：{exc.msg}") from exc
            return
        whole = json.loads(rest + fh.read())  # one top-level object: not streamed
        if isinstance(whole, dict):
            lists = [v for v in whole.values() if isinstance(v, list)]
            if lists:
                yield from max(lists, key=len)
                return
        yield whole


def _lines(buf: str, fh: io.TextIOBase) -> Iterator[str]:
    while True:
        *complete, buf = buf.split("\n")
        yield from complete
        more = fh.read(1 << 20)
        if not more:
            if buf:
                yield buf
            return
        buf += more


def _iter_json_array(fh: io.TextIOBase) -> Iterator[object]:
    dec = json.JSONDecoder()
    buf = ""
    pos = 0
    eof = False
    while True:
        while pos < len(buf) and buf[pos] in " \t\r\n,":
            pos += 1
        if pos < len(buf) and buf[pos] == "]":
            return
        try:
            obj, end = dec.raw_decode(buf, pos)
            if end == len(buf) and not eof:
                raise ValueError("maybe incomplete")
        except ValueError:
            if eof:
                if buf[pos:].strip():
                    raise SourceError(getattr(fh, "name", "?"), "JSON 数组不完整或无法解析") from None
                return
            more = fh.read(1 << 20)
            eof = not more
            buf = buf[pos:] + more
            pos = 0
            continue
        yield obj
        pos = end
        if pos > (1 << 20):
            buf, pos = buf[pos:], 0


# --- XLSX -------------------------------------------------------------------------------------------

def read_xlsx(path: Path, *, table: str | None = None) -> Iterator[Batch]:
    try:
        import openpyxl
    except ImportError as exc:  # pragma: no cover - core dependency
        raise SourceError(str(path), "读取 XLSX 需要 openpyxl") from exc
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        raise SourceError(str(path), f"无法打开 XLSX：{exc}") from exc
    try:
        for ws in wb.worksheets:
            key = f"{table or path}#{ws.title}"
            rows: list[list[str]] = []
            ncols = 0
            for r in ws.iter_rows(values_only=True):
                row = ["" if v is None else _cell_text(v) for v in r]
                while row and row[-1] == "":
                    row.pop()
                if not row:
                    continue
                ncols = max(ncols, len(row))
                rows.append(row)
                if len(rows) >= BATCH_ROWS:
                    yield Batch(key, None, rows_to_cols(rows, ncols))
                    rows = []
            if rows:
                yield Batch(key, None, rows_to_cols(rows, ncols))
    finally:
        wb.close()


def _cell_text(v: object) -> str:
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    return str(v)


# --- SQL dumps --------------------------------------------------------------------------------------

_CREATE_RE = re.compile(r"^\s*CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?([`\"\w.]+)\s*\(", re.I)
_COLDEF_RE = re.compile(r"^\s*[`\"]?([^`\"\s,()]+)[`\"]?\s+\w+", re.U)
_INSERT_RE = re.compile(r"^\s*INSERT\s+(?:IGNORE\s+)?INTO\s+([`\"\w.]+)\s*(\(([^)]*)\))?\s*VALUES\s*", re.I)
_COPY_RE = re.compile(r"^\s*COPY\s+([`\"\w.]+)\s*(?:\(([^)]*)\))?\s+FROM\s+stdin", re.I)
_KEYWORDS = {"primary", "key", "unique", "index", "constraint", "foreign", "fulltext", "check", "spatial"}
_ESC = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", "Z": "\x1a", "b": "\b"}


def _ident(s: str) -> str:
    return s.strip().strip("`\"").split(".")[-1].strip("`\"")


class _IncompleteError(Exception):
    """The statement continues on the next line; ``rows`` were complete, resume parsing at ``pos``."""

    def __init__(self, rows: list[list[str]] | None = None, pos: int = 0) -> None:
        super().__init__("incomplete")
        self.rows = rows or []
        self.pos = pos


def parse_values(s: str, pos: int = 0) -> tuple[list[list[str]], int]:
    """Parse ``(…),(…);`` from ``s[pos:]``; returns the rows (NULL → "") and the index after ``;``."""
    rows: list[list[str]] = []
    n = len(s)
    i = pos
    while True:
        while i < n and s[i] in " \t\r\n,":
            i += 1
        if i >= n:
            raise _IncompleteError(rows, i)
        if s[i] == ";":
            return rows, i + 1
        tuple_start = i
        try:
            i = _parse_tuple(s, i, rows)
        except _IncompleteError:
            raise _IncompleteError(rows, tuple_start) from None


def _parse_tuple(s: str, i: int, rows: list[list[str]]) -> int:
    n = len(s)
    if s[i] != "(":
        raise ValueError(f"unexpected {s[i]!r}")
    i += 1
    row: list[str] = []
    while True:
        while i < n and s[i] in " \t\r\n":
            i += 1
        if i >= n:
            raise _IncompleteError
        c = s[i]
        if c == "'" or (c in "_xXbBnN" and "'" in s[i:i + 9] and re.match(r"(_\w+|[xXbBnN])'", s[i:i + 9])):
            if c != "'":
                i = s.index("'", i)
            i += 1
            parts: list[str] = []
            while True:
                j = i
                while j < n and s[j] not in "'\\":
                    j += 1
                if j >= n:
                    raise _IncompleteError
                parts.append(s[i:j])
                if s[j] == "\\":
                    if j + 1 >= n:
                        raise _IncompleteError
                    parts.append(_ESC.get(s[j + 1], s[j + 1]))
                    i = j + 2
                elif j + 1 < n and s[j + 1] == "'":
                    parts.append("'")
                    i = j + 2
                elif j + 1 >= n:
                    raise _IncompleteError
                else:
                    i = j + 1
                    break
            row.append("".join(parts))
        else:
            j = i
            while j < n and s[j] not in ",)":
                j += 1
            if j >= n:
                raise _IncompleteError
            tok = s[i:j].strip()
            row.append("" if tok.upper() == "NULL" else tok)
            i = j
        while i < n and s[i] in " \t\r\n":
            i += 1
        if i >= n:
            raise _IncompleteError
        if s[i] == ",":
            i += 1
            continue
        if s[i] == ")":
            i += 1
            break
        raise ValueError(f"unexpected {s[i]!r}")
    rows.append(row)
    return i


def _copy_unescape(field: str) -> str:
    if field == "\\N":
        return ""
    if "\\" not in field:
        return field
    return re.sub(r"\\(.)", lambda m: _ESC.get(m.group(1), m.group(1)), field)


def read_sql(path: Path, *, encoding: str | None = None, table: str | None = None) -> Iterator[Batch]:
    """MySQL/PostgreSQL dumps: ``CREATE TABLE`` for names, ``INSERT … VALUES`` rows, ``COPY … FROM stdin``."""
    enc = _norm_gbk(encoding) if encoding else detect_encoding(path.open("rb").read(1 << 16))
    known: dict[str, list[str]] = {}
    pending: dict[str, list[list[str]]] = {}
    names_of: dict[str, list[str]] = {}
    prefix = table or str(path)

    def flush(t: str) -> Iterator[Batch]:
        rows = pending.pop(t, [])
        if rows:
            names = names_of.get(t) or [f"第{i + 1}列" for i in range(max(len(r) for r in rows))]
            yield Batch(f"{prefix}#{t}", names, rows_to_cols(rows, len(names)))

    with open(path, encoding=enc, errors="replace", newline="") as fh:
        lines = iter(fh)
        for line in lines:
            m = _CREATE_RE.match(line)
            if m:
                t = _ident(m.group(1))
                cols: list[str] = []
                for ln in lines:
                    if ln.lstrip().startswith(")"):
                        break
                    cm = _COLDEF_RE.match(ln)
                    if cm and cm.group(1).lower() not in _KEYWORDS:
                        comment = COLUMN_COMMENT.search(ln)  # `c3` varchar(20) COMMENT '手机号': the comment names it
                        cols.append(column_hint(cm.group(1), comment.group(1) if comment else None))
                known[t] = cols
                continue
            m = _COPY_RE.match(line)
            if m:
                t = _ident(m.group(1))
                names = [_ident(c) for c in m.group(2).split(",")] if m.group(2) else known.get(t, [])
                if names:
                    names_of[t] = names
                for ln in lines:
                    ln = ln.rstrip("\r\n")
                    if ln == "\\.":
                        break
                    pending.setdefault(t, []).append([_copy_unescape(f) for f in ln.split("\t")])
                    if len(pending[t]) >= BATCH_ROWS:
                        yield from flush(t)
                yield from flush(t)
                continue
            m = _INSERT_RE.match(line)
            if not m:
                continue
            t = _ident(m.group(1))
            if m.group(3):
                names_of[t] = [_ident(c) for c in m.group(3).split(",")]
            elif t in known and known[t]:
                names_of[t] = known[t]
            stmt = line[m.end():]
            rows = []
            while True:
                try:
                    done, _ = parse_values(stmt)
                    rows.extend(done)
                    break
                except _IncompleteError as inc:
                    rows.extend(inc.rows)  # keep complete tuples; resume at the unfinished one
                    more = next(lines, None)
                    if more is None:
                        raise SourceError(str(path), f"表 {t} 的 INSERT 语句不完整") from None
                    stmt = stmt[inc.pos:] + more
                except ValueError as exc:
                    raise SourceError(str(path), f"表 {t} 的 INSERT 语句无法解析：{exc}") from exc
            pending.setdefault(t, []).extend(rows)
            if len(pending[t]) >= BATCH_ROWS:
                yield from flush(t)
        for t in list(pending):
            yield from flush(t)


# --- free text: one record per line ----------------------------------------------------------------

TEXT_COLUMNS = ["身份证号", "手机号", "邮箱", "银行卡号", "整行文本"]
TEXT_KINDS: list[str | None] = ["ID_CARD", "MOBILE", "EMAIL", "BANK_CARD", "TEXT"]
_T_ID = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
_T_MOB = re.compile(r"(?<!\d)(?:\+?86[- ]?)?(1\d{2}[- ]?\d{4}[- ]?\d{4})(?!\d)")
_T_MAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
_T_CARD = re.compile(r"(?<!\d)(?:62|4|5)\d{12,17}(?!\d)")


def text_record(line: str) -> list[str]:
    idm = _T_ID.search(line)
    rest = line if not idm else line[: idm.start()] + " " + line[idm.end():]
    mob = _T_MOB.search(rest)
    mail = _T_MAIL.search(line)
    card = _T_CARD.search(rest if not mob else rest[: mob.start()] + " " + rest[mob.end():])
    return [idm.group(0) if idm else "", mob.group(1) if mob else "", mail.group(0) if mail else "",
            card.group(0) if card else "", " ".join(line.split())]


def read_text(path: Path, *, encoding: str | None = None, table: str | None = None) -> Iterator[Batch]:
    enc = _norm_gbk(encoding) if encoding else detect_encoding(path.open("rb").read(1 << 16))
    rows: list[list[str]] = []
    with open(path, encoding=enc, errors="replace") as fh:
        for line in fh:
            if not line.strip():
                continue
            rows.append(text_record(line))
            if len(rows) >= BATCH_ROWS:
                yield Batch(table or str(path), TEXT_COLUMNS, rows_to_cols(rows, 5), TEXT_KINDS)
                rows = []
    if rows:
        yield Batch(table or str(path), TEXT_COLUMNS, rows_to_cols(rows, 5), TEXT_KINDS)


# --- dispatch ---------------------------------------------------------------------------------------

FORMATS = ("auto", "csv", "json", "xlsx", "sql", "text")


def detect_format(path: Path) -> str:
    ext = path.suffix.lower()
    if ext in {".csv", ".tsv", ".psv"}:
        return "csv"
    if ext in {".json", ".jsonl", ".ndjson"}:
        return "json"
    if ext in {".xlsx", ".xlsm"}:
        return "xlsx"
    if ext == ".sql":
        return "sql"
    head = path.open("rb").read(1 << 16)
    enc = detect_encoding(head)
    text = head.decode(enc if enc != "utf-16" else "utf-16", errors="ignore")
    stripped = text.lstrip()
    if stripped[:1] in "[{":
        return "json"
    if re.search(r"^\s*(INSERT\s+INTO|COPY\s+\S+.*FROM\s+stdin|CREATE\s+TABLE)", text, re.I | re.M):
        return "sql"
    lines = text.splitlines()[:-1] or text.splitlines()
    return "csv" if sniff_delimiter(lines) else "text"


def read_dump(path: str | Path, *, fmt: str = "auto", delimiter: str | None = None,
              encoding: str | None = None) -> Iterator[Batch]:
    p = Path(path)
    if not p.is_file():
        raise SourceError(str(p), "文件不存在或不是普通文件")
    f = detect_format(p) if fmt == "auto" else fmt
    if f == "csv":
        return read_delimited(p, delimiter=delimiter, encoding=encoding)
    if f == "json":
        return read_json(p, encoding=encoding)
    if f == "xlsx":
        return read_xlsx(p)
    if f == "sql":
        return read_sql(p, encoding=encoding)
    if f == "text":
        return read_text(p, encoding=encoding)
    raise SourceError(str(p), f"不支持的格式：{f}")
