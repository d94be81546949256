"""Pieces shared by the readers: error kinds, byte sources, zip checks, value rendering, headers."""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import IO, Any

from leakaid.errors import SourceError

__all__ = [
    "ByteSource",
    "SourceWarning",
    "UnsupportedSource",
    "check_zip",
    "find_header",
    "is_label",
    "header_names",
    "render_number",
]


class UnsupportedSource(SourceError):  # noqa: N818 - name fixed by the API
    """The file type is not supported: the scanner should skip it (not a read error)."""


class SourceWarning(SourceError):  # noqa: N818 - name fixed by the API
    """Raised only *after* every readable segment was yielded: the file was read, but
    something was skipped, replaced or is missing (bad JSONL lines, undecodable bytes,
    a PDF without a text layer, a truncated read). The segments already yielded are valid.
    """


@dataclass(frozen=True)
class ByteSource:
    """Something that can be opened as a seekable binary stream; ``name`` goes into Locations."""

    name: str
    opener: Callable[[], IO[bytes]]
    suffix: str = ""

    @classmethod
    def from_path(cls, path: Path) -> ByteSource:
        return cls(str(path), lambda: open(path, "rb"), path.suffix.lower())

    @classmethod
    def from_bytes(cls, name: str, data: bytes, suffix: str = "") -> ByteSource:
        return cls(name, lambda: io.BytesIO(data), suffix.lower())

    def open(self) -> IO[bytes]:
        return self.opener()

    def size(self) -> int:
        with self.open() as f:
            return f.seek(0, io.SEEK_END)

    def head(self, n: int = 8192) -> bytes:
        with self.open() as f:
            return f.read(n)


# --- zip bombs ---------------------------------------------------------------------------------

MAX_ZIP_TOTAL = 1 << 30  # 1 GiB of uncompressed XML is far beyond any real office file
MAX_ZIP_RATIO = 200  # XML compresses ~10-50x; bombs compress 1000x+
MAX_ZIP_MEMBERS = 20_000
_RATIO_MIN_SIZE = 10 << 20  # small members may have any ratio


def check_zip(src: ByteSource, kind: str) -> None:
    """Refuse corrupt, encrypted or bomb-like OOXML containers before a parser opens them.

    Also refuses a DOCTYPE in any XML part: OOXML never has one, and entity tricks
    (billion laughs, external entities) need it.
    """
    head = src.head(8)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise SourceError(src.name, f"文件是加密的 Office 文档或旧版 .xls/.doc 格式，无法读取（应为 {kind}）")
    try:
        with src.open() as f, zipfile.ZipFile(f) as zf:
            infos = zf.infolist()
            if len(infos) > MAX_ZIP_MEMBERS:
                raise SourceError(src.name, f"{kind} 文件内的条目过多（{len(infos)} 个），疑似压缩炸弹，已拒绝读取")
            total = 0
            for info in infos:
                total += info.file_size
                if info.file_size > _RATIO_MIN_SIZE and info.file_size > MAX_ZIP_RATIO * max(info.compress_size, 1):
                    raise SourceError(
                        src.name, f"{kind} 文件内 {info.filename} 的压缩比异常（超过 {MAX_ZIP_RATIO} 倍），疑似压缩炸弹，已拒绝读取"
                    )
                if info.flag_bits & 0x1:
                    raise SourceError(src.name, f"{kind} 文件内容已加密，无法读取")
            if total > MAX_ZIP_TOTAL:
                raise SourceError(
                    src.name, f"{kind} 文件解压后过大（{total // (1 << 20)} MiB，上限 {MAX_ZIP_TOTAL >> 20} MiB），疑似压缩炸弹，已拒绝读取"
                )
            for info in infos:
                if info.filename.endswith((".xml", ".rels", ".vml")) and not _prolog_ok(zf, info):
                    raise SourceError(src.name, f"{kind} 文件内 {info.filename} 含有 DTD/实体声明，可能是恶意文件，已拒绝读取")
    except zipfile.BadZipFile as e:
        raise SourceError(src.name, f"文件已损坏或不是有效的 {kind} 文件（ZIP 结构错误）") from e
    except (zipfile.LargeZipFile, NotImplementedError, RuntimeError) as e:
        raise SourceError(src.name, f"{kind} 文件使用了不支持的压缩方式或已加密") from e
    except (EOFError, zlib.error) as e:
        raise SourceError(src.name, f"文件已损坏（ZIP 数据被截断或校验失败），无法读取 {kind}") from e


_ROOT_START = re.compile(rb"<[A-Za-z_]")
_COMMENT_OR_PI = re.compile(rb"<!--.*?-->|<\?.*?\?>", re.S)
MAX_PROLOG = 1 << 20


def _doctype_before_root(data: bytes, complete: bool) -> bool | None:
    """True/False once decidable; None when more bytes are needed."""
    cleaned = _COMMENT_OR_PI.sub(b"", data)
    m = _ROOT_START.search(cleaned)
    end = m.start() if m else len(cleaned)
    if any(0 <= cleaned.find(tok, 0, end) for tok in (b"<!--", b"<?")):  # unterminated: need more
        return True if complete else None
    prolog = cleaned[: m.start()] if m else cleaned
    if b"<!DOCTYPE" in prolog.upper() or b"<!ENTITY" in prolog.upper():
        return True
    if m or complete:
        return False
    return None


def _prolog_ok(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """True when the XML part has no DOCTYPE before its root element (OOXML never has one)."""
    with zf.open(info) as member:
        buf = member.read(64 << 10)
        utf16 = buf.startswith((b"\xff\xfe", b"\xfe\xff"))
        while True:
            more = member.read(64 << 10) if len(buf) <= MAX_PROLOG else b""
            complete = not more
            text = buf.decode("utf-16", "replace").encode("utf-8", "replace") if utf16 else buf
            verdict = _doctype_before_root(text, complete)
            if verdict is not None:
                return not verdict
            if len(buf) > MAX_PROLOG:
                return False  # a megabyte of prolog is not an office file
            buf += more


# --- value rendering ---------------------------------------------------------------------------


def render_number(value: Any) -> str:
    """Render a spreadsheet/JSON number as its digits: no ``.0``, no exponent.

    >>> render_number(13812345678.0)
    '13812345678'
    >>> render_number(1.10101199003071e17)
    '110101199003071000'
    >>> render_number(0.5)
    '0.5'
    """
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    try:
        d = Decimal(repr(value)) if isinstance(value, float) else Decimal(str(value))
    except InvalidOperation:
        return str(value)
    if not d.is_finite():
        return str(value)
    s = format(d, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


# --- header detection --------------------------------------------------------------------------

_HEADER_WORDS = (
    "姓名", "名字", "名称", "用户", "账号", "帐号", "手机", "电话", "联系", "号码", "身份证", "证件", "证号",
    "qq", "微信", "wechat", "wx", "邮箱", "邮件", "地址", "住址", "省", "市", "区", "性别", "生日", "出生",
    "年龄", "银行", "卡号", "开户", "密码", "车牌", "护照", "备注", "单位", "公司", "职位", "编号", "序号",
    "收件", "收货", "快递", "订单", "金额", "时间", "日期", "ip",
    "name", "user", "login", "account", "phone", "mobile", "tel", "cell", "email", "mail", "addr",
    "address", "city", "province", "id", "card", "passport", "gender", "sex", "birth", "dob", "age",
    "password", "pass", "pwd", "plate", "bank", "note", "company", "title", "date", "time", "no", "zip",
)
_DIGITS = re.compile(r"\d{3,}")
_HEADER_CELL = re.compile(r"^[\w\s\u3000-\u303f\uff00-\uffef()（）/\\\-.#:：]{1,40}$")


def header_names(first: Sequence[str | None], following: Sequence[Sequence[str | None]]) -> list[str] | None:
    """Return the first row as header names if it looks like a header, else None.

    A header has no long digit runs and either contains a known column word
    (姓名/手机号/QQ/微信/phone/email …) or sits above a column of digit-bearing values.
    """
    cells = [(c or "").strip() for c in first]
    filled = [c for c in cells if c]
    if not filled:
        return None
    if any(_DIGITS.search(c) or "@" in c for c in filled):
        return None
    if not all(_HEADER_CELL.match(c) for c in filled):
        return None
    lowered = [c.lower() for c in filled]
    if any(_has_word(c) for c in lowered):
        return cells
    # no known word: accept when some column below is mostly digits but its title is not
    if len(set(filled)) != len(filled) or not following:
        return None
    for col in range(len(cells)):
        values = [(r[col] or "") for r in following if col < len(r) and r[col]]
        if values and sum(1 for v in values if _DIGITS.search(v)) >= max(1, (len(values) + 1) // 2):
            return cells
    return None


HEADER_ROWS = 6  # a header may sit under a title row and a row of group headers


def find_header(rows: Sequence[Sequence[str | None]]) -> tuple[int, list[str]] | None:
    """(index, names) of the header among the first rows: of the rows that look like one, the one with the most
    filled cells (a title row above it has one cell, a row of group headers — 基本信息 | 联系方式 — fewer)."""
    best: tuple[int, list[str]] | None = None
    best_filled = 0
    for i, row in enumerate(rows[:HEADER_ROWS]):
        names = header_names(row, rows[i + 1 :])
        if not names:
            continue
        filled = sum(1 for n in names if n)
        if filled > best_filled:
            best, best_filled = (i, names), filled
    return best


def is_label(cell: str) -> bool:
    """A form's field label: short, no digits, a known column word or a trailing colon (出生日期, 微信号：)."""
    c = cell.strip()
    if not c or len(c) > 12 or _DIGITS.search(c) or "@" in c:
        return False
    return c.endswith((":", "：")) or _has_word(c.lower())


def _has_word(cell: str) -> bool:
    for w in _HEADER_WORDS:
        if len(w) <= 3 and w.isascii():
            # short ascii words must be whole tokens: "id", "qq", "no" …
            if re.search(rf"(?<![a-z]){re.escape(w)}(?![a-z])", cell):
                return True
        elif w in cell:
            return True
    return False


def iter_nonempty(values: Sequence[Any]) -> Iterator[tuple[int, Any]]:
    for i, v in enumerate(values, 1):
        if v is not None and v != "":
            yield i, v
