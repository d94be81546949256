"""The exposure index: SQLite table of (prefix, suffix) integers cut from HMAC-SHA256(index key, token).

``token`` is ``TYPE:normalised value`` (``MOBILE:13812345678``, ``ID_CARD:11010519491231002X``,
``EMAIL:zhang@163.com``). The first 20 bits (5 hex digits) are the public range prefix; the next 44 bits
(11 hex digits) are stored as the suffix; the rest of the digest is thrown away. A range answer holds
every suffix under the prefix plus padding entries, so its size does not tell how many are real.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

from leakaid.errors import ConfigError

PREFIX_HEX = 5
SUFFIX_HEX = 11
PAD_MULTIPLE = 128
SCHEMA_VERSION = "1"


def identifier_token(value: str, kind: str | None = None) -> tuple[str, str] | None:
    """``(kind, token)`` for a valid mobile number, ID number or e-mail address, else ``None``."""
    from leakaid.detect.validators import cn_ric, email, mobile

    checks = [("ID_CARD", cn_ric), ("MOBILE", mobile), ("EMAIL", email)]
    for k, mod in checks:
        if kind not in (None, k):
            continue
        if mod.is_valid(value):
            v = mod.compact(value)
            if k == "MOBILE" and len(v) > 11:
                v = v[-11:]
            v = v.upper() if k == "ID_CARD" else (v.lower() if k == "EMAIL" else v)
            return k, f"{k}:{v}"
    return None


def digest(key: bytes, token: str) -> bytes:
    return hmac.new(key, token.encode("utf-8"), hashlib.sha256).digest()


def split_hash(d: bytes) -> tuple[str, str]:
    """(prefix hex, suffix hex) of a digest."""
    h = d.hex().upper()
    return h[:PREFIX_HEX], h[PREFIX_HEX:PREFIX_HEX + SUFFIX_HEX]


def load_or_create_key(path: str | Path, *, create: bool = False) -> bytes:
    """The 32-byte index key stored as hex in ``path`` (created with mode 0600 when ``create``)."""
    p = Path(path)
    if p.exists():
        try:
            key = bytes.fromhex(p.read_text(encoding="ascii").strip())
        except ValueError as exc:
            raise ConfigError(f"索引密钥文件格式错误：{p}") from exc
        if len(key) < 16:
            raise ConfigError(f"索引密钥太短：{p}")
        return key
    if not create:
        raise ConfigError(f"找不到索引密钥文件：{p}")
    key = secrets.token_bytes(32)
    fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(key.hex() + "\n")
    return key


class ExposureIndex:
    """Open or create an index database. Only integers are stored: no value, no record, no key."""

    def __init__(self, path: str | Path, *, create: bool = False) -> None:
        self.path = Path(path)
        if not create and not self.path.exists():
            raise ConfigError(f"找不到索引文件：{self.path}")
        self.db = sqlite3.connect(self.path, check_same_thread=False)
        if create:
            self.db.executescript(
                "CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT NOT NULL);"
                "CREATE TABLE IF NOT EXISTS h (prefix INTEGER NOT NULL, suffix INTEGER NOT NULL,"
                " PRIMARY KEY (prefix, suffix)) WITHOUT ROWID;"
            )
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
            self.db.commit()

    def set_meta(self, **values: str) -> None:
        self.db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", list(values.items()))
        self.db.commit()

    def meta(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT k, v FROM meta").fetchall())

    def add_digests(self, digests: Iterable[bytes], batch: int = 100_000) -> int:
        """Insert truncated digests; returns how many rows were new."""
        before = self.count()
        rows: list[tuple[int, int]] = []
        for d in digests:
            p, s = split_hash(d)
            rows.append((int(p, 16), int(s, 16)))
            if len(rows) >= batch:
                self._insert(rows)
                rows = []
        if rows:
            self._insert(rows)
        return self.count() - before

    def _insert(self, rows: list[tuple[int, int]]) -> None:
        rows.sort()
        self.db.executemany("INSERT OR IGNORE INTO h VALUES (?, ?)", rows)
        self.db.commit()

    def add_tokens(self, key: bytes, tokens: Iterable[str]) -> int:
        return self.add_digests(digest(key, t) for t in tokens)

    def count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM h").fetchone()[0])

    def suffixes(self, prefix: str) -> list[str]:
        """Real suffixes (hex) under a 5-hex-digit prefix."""
        if len(prefix) != PREFIX_HEX or any(c not in "0123456789ABCDEFabcdef" for c in prefix):
            raise ValueError("prefix must be 5 hex digits")
        rows = self.db.execute("SELECT suffix FROM h WHERE prefix = ? ORDER BY suffix", (int(prefix, 16),)).fetchall()
        return [f"{s:0{SUFFIX_HEX}X}" for (s,) in rows]

    def range_response(self, prefix: str) -> str:
        """``SUFFIX:1`` lines for real entries plus ``SUFFIX:0`` padding, shuffled-free but sorted."""
        real = self.suffixes(prefix)
        total = max(PAD_MULTIPLE, -(-len(real) // PAD_MULTIPLE) * PAD_MULTIPLE)
        seen = set(real)
        pads: list[str] = []
        while len(pads) < total - len(real):
            s = secrets.token_hex(8).upper()[:SUFFIX_HEX]
            if s not in seen:
                seen.add(s)
                pads.append(s)
        lines = [f"{s}:1" for s in real] + [f"{s}:0" for s in pads]
        lines.sort()
        return "\n".join(lines) + "\n"

    def close(self) -> None:
        self.db.close()


def parse_range(text: str) -> set[str]:
    """Real suffixes from a range response (padding lines end in ``:0``)."""
    out: set[str] = set()
    for line in text.splitlines():
        s, _, flag = line.strip().partition(":")
        if s and flag != "0":
            out.add(s.upper())
    return out


def check_local(index: ExposureIndex, key: bytes, token: str) -> bool:
    p, s = split_hash(digest(key, token))
    return s in parse_range(index.range_response(p))


def tokens_from_dumps(paths: Iterable[str | Path], **read_opts: object) -> Iterator[str]:
    """Valid ID numbers, mobile numbers and e-mail addresses found in the classified columns of dumps."""
    from leakaid.assess.columns import Checkers, classify, looks_like_header
    from leakaid.assess.readers import read_dump

    checkers = Checkers()
    wanted = {"ID_CARD", "MOBILE", "EMAIL"}
    for path in paths:
        kinds: dict[str, list[tuple[int, str]]] = {}
        for batch in read_dump(path, **read_opts):  # type: ignore[arg-type]
            cols = batch.cols
            if batch.table not in kinds:
                names = batch.names
                if batch.forced is not None:
                    kinds[batch.table] = [(j, k) for j, k in enumerate(batch.forced) if k in wanted]
                else:
                    if names is None:
                        first = [c.get(0) for c in cols]
                        if looks_like_header(first, checkers):
                            names = first
                            import numpy as np

                            cols = [c.take(np.arange(1, len(c))) for c in cols]
                        else:
                            names = [f"第{j + 1}列" for j in range(len(cols))]
                    info = classify(names, cols, checkers)
                    kinds[batch.table] = [(c.index, c.kind) for c in info if c.kind in wanted]
            for j, k in kinds[batch.table]:
                col = cols[j]
                for i in range(len(col)):
                    v = col.get(i)
                    if v.strip():
                        t = identifier_token(v, k)
                        if t:
                            yield t[1]
