"""Record-level counting per 法释〔2017〕10号第十一条: classify, exclude false and duplicate records, count.

For each table (file, sheet, SQL table) the first batch is used to detect the header and classify
the columns; then every batch is processed column-wise:

* a record is *false* (不真实) when any validated identifier in it (ID number, mobile number, bank
  card, e-mail) is present but invalid — our reading of “有证据证明信息不真实” (「解释/适用说明」);
* a record that holds no identifying column value (姓名、证件号、电话、邮箱、账号、地址 …) is not
  counted (“能够识别特定自然人”, 第一条);
* the remaining records are hashed over the normalised values of their classified columns
  (order-independent, so the same person with the same information in another file or column
  order is the same record) and counted once per distinct hash (disk-backed);
* a record counts once, in its most sensitive category.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

import numpy as np

from leakaid.assess import native, vec
from leakaid.assess.columns import KINDS, VALIDATED, Checkers, ColumnInfo, classify, looks_like_header
from leakaid.assess.dedup import DiskDedup
from leakaid.assess.law import CATEGORIES
from leakaid.assess.readers import Batch

_RANK = {c: i for i, c in enumerate(CATEGORIES)}
_KIND_CODE = {k: np.uint64((i + 1) * 0x9E3779B97F4A7C15 % 2**64) for i, k in enumerate(KINDS)}
_NULLS = {b"null", b"NULL", b"\\N", b"None", b"none", b"-", b"nan", b"NaN", "无".encode(), b"N/A", b"n/a"}
_VALIDATOR_MODULES = {"ID_CARD": "cn_ric", "MOBILE": "mobile", "BANK_CARD": "bank_card", "EMAIL": "email"}
SAMPLE_ROWS = 2000
# the native kernel's column kinds (0: hashed, not validated) and person-key roles (see _rows.c)
_NATIVE_KIND = {"ID_CARD": 1, "MOBILE": 2, "BANK_CARD": 3, "EMAIL": 4}
_PERSON_ROLE = {"ID_CARD": 1, "MOBILE": 2}
_SLOW = 3


@dataclass(slots=True)
class TableStats:
    name: str
    file_index: int
    columns: list[ColumnInfo] = field(default_factory=list)
    header: bool = False
    rows: int = 0
    invalid: int = 0
    unidentifiable: int = 0
    candidates: int = 0  # valid, identifying rows before de-duplication
    invalid_by_kind: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "header": self.header, "rows": self.rows, "invalid": self.invalid,
                "unidentifiable": self.unidentifiable, "invalid_by_kind": dict(self.invalid_by_kind),
                "columns": [c.to_dict() for c in self.columns]}


def _py_hash(data: bytes) -> np.uint64:
    """Same hash as :func:`vec.hash_cells` for one value (used for non-canonical cells)."""
    return np.uint64(vec.hash_bytes(data))


_NULL_WORDS = np.array([int.from_bytes(x, "little") for x in _NULLS], dtype=np.uint64)


def native_kernel(ck: Checkers) -> Any:
    """``_rows.Kernel`` over the same tables as ``ck`` (``None`` when the module is missing or off)."""
    rows = native.module()
    if rows is None or any(blen > 12 for blen in ck.bins.by_len):  # the kernel's BIN keys hold 1-12 digits
        return None
    keys = [blen * 10**12 + int(v) for blen, arr in ck.bins.by_len.items() for v in arr.tolist()]
    schemes = np.array([(d, lo, hi, sum(1 << w for w in lens)) for d, lo, hi, lens in vec.SCHEMES], dtype=np.int64)
    assert ck.mobiles.table is not None
    ty, tdate = vec._today()
    return rows.Kernel(ck.regions.lookup(), ck.mobiles.table, np.array(sorted(keys), dtype=np.int64), schemes,
                        _NULL_WORDS, vec.ID_MIN_YEAR, ty, tdate)


def _fallback_compact(kind: str, value: str) -> str:
    v = unicodedata.normalize("NFKC", value).strip()
    if kind == "EMAIL":
        return v.lower()
    v = "".join(ch for ch in v if ch not in " -./\t()（）")
    if kind == "MOBILE":
        v = v.removeprefix("+").removeprefix("0086")
        if len(v) == 13 and v.startswith("86"):
            v = v[2:]
    return v.upper() if kind == "ID_CARD" else v


class Counter:
    """Accumulates counts over any number of batches from any number of files."""

    def __init__(self, *, overrides: dict[str, str] | None = None, separate_sales: bool = False,
                 header: bool | None = None, exact: bool = False, tmpdir: str | None = None) -> None:
        self.checkers = Checkers()
        self.overrides = overrides or {}
        self.separate_sales = separate_sales
        self.header = header
        self.exact = exact
        self.tables: dict[str, TableStats] = {}
        self.records = DiskDedup(tmpdir=tmpdir)
        self.persons = DiskDedup(parts=16, tmpdir=tmpdir)
        self._validators: dict[str, Any] = {}
        self._validator_loaded = False
        self._kernel: Any = None
        self._kernel_loaded = False
        self.files: list[str] = []

    # -- per-value validators (non-canonical cells, or --exact) --
    def _validator(self, kind: str) -> Any:
        if not self._validator_loaded:
            import importlib

            for k, mod in _VALIDATOR_MODULES.items():
                try:
                    self._validators[k] = importlib.import_module(f"leakaid.detect.validators.{mod}")
                except ImportError:
                    pass
            self._validator_loaded = True
        return self._validators.get(kind)

    def _slow_cell(self, kind: str, value: str) -> tuple[bool, bytes]:
        mod = self._validator(kind)
        if mod is not None:
            ok = bool(mod.is_valid(value))
            try:
                compacted = mod.compact(value)
            except Exception:
                compacted = _fallback_compact(kind, value)
        else:
            compacted = _fallback_compact(kind, value)
            col = vec.StrCol.from_strings([compacted])
            ok = bool(self.checkers.canonical(kind, col)[1][0])
        if kind == "ID_CARD":
            compacted = compacted.upper()
        elif kind == "EMAIL":
            compacted = compacted.lower()
        return ok, compacted.encode("utf-8")

    # -- main entry --
    def feed(self, batch: Batch, file_index: int) -> None:
        if not batch.cols or batch.nrows == 0:
            return
        st = self.tables.get(batch.table)
        cols = batch.cols
        if st is None:
            st = self.tables[batch.table] = TableStats(batch.table, file_index)
            names = batch.names
            if names is None:
                first = [cols[j].get(0) for j in range(len(cols))]
                has_header = self.header if self.header is not None else looks_like_header(first, self.checkers)
                if has_header:
                    names = [c.strip() or f"第{j + 1}列" for j, c in enumerate(first)]
                    cols = [c.take(np.arange(1, len(c))) for c in cols]
                    st.header = True
                else:
                    names = [f"第{j + 1}列" for j in range(len(cols))]
            else:
                st.header = True
            sample = [c.take(np.arange(min(SAMPLE_ROWS, len(c)))) for c in cols]
            if batch.forced is not None:
                st.columns = [ColumnInfo(j, n, k, "reader", KINDS[k][0] if k else None)
                              for j, (n, k) in enumerate(zip(names, batch.forced, strict=True))]
                for ci in st.columns:
                    key = ci.name if ci.name in self.overrides else str(ci.index + 1)
                    if key in self.overrides:
                        ci.category = None if self.overrides[key] == "none" else self.overrides[key]
                        ci.source = "override"
            else:
                st.columns = classify(names, sample, self.checkers, self.overrides)
        if cols and len(cols[0]):
            self._count(st, cols, file_index)

    def _count(self, st: TableStats, cols: list[vec.StrCol], file_index: int) -> None:
        if not self._kernel_loaded:
            self._kernel = native_kernel(self.checkers)
            self._kernel_loaded = True
        mod = native.module()
        if mod is not None and self._kernel is not None:
            self._count_native(st, cols, file_index, mod)
        else:
            self._count_numpy(st, cols, file_index)

    def _salt(self, file_index: int) -> int:
        return (file_index + 1) * 0xD6E8FEB86659FD93 % 2**64 if self.separate_sales else 0

    def _count_native(self, st: TableStats, cols: list[vec.StrCol], file_index: int, mod: ModuleType) -> None:
        """:meth:`_count_numpy` in two C passes (``_rows.c``): cells, then rows; Python validates the
        cells that are not in canonical form, exactly as the numpy path does."""
        n = len(cols[0])
        st.rows += n
        # (column, kind, category) of the classified columns, in column order (the person key depends on it)
        use = [(cols[ci.index], ci.kind, ci.category) for ci in st.columns
               if ci.category is not None and ci.kind is not None and ci.index < len(cols)]
        m = len(use)
        hashes = np.empty((m, n), dtype=np.uint64)
        status = np.empty((m, n), dtype=np.uint8)
        spec = [(col.buf, col.start, col.end, _NATIVE_KIND.get(kind, 0)) for col, kind, _ in use]
        slow = self._kernel.cells(spec, n, self.exact, hashes, status)
        for j, (col, kind, _) in enumerate(use):
            if slow[j]:
                idx = np.flatnonzero(status[j] == _SLOW)
                cells = col.take(idx).strip()
                for k, i in enumerate(idx.tolist()):
                    ok, comp = self._slow_cell(kind, cells.get(k))
                    status[j, i] = 1 if ok else 2
                    hashes[j, i] = _py_hash(comp)
        codes = np.array([_KIND_CODE[kind] for _, kind, _ in use], dtype=np.uint64)
        ranks = bytes(_RANK[cat] for _, _, cat in use)
        ident = bytes(KINDS[kind][2] for _, kind, _ in use)
        roles = bytes(_PERSON_ROLE.get(kind, 0) for _, kind, _ in use)
        rec = np.empty(n, dtype=np.uint64)
        persons = np.empty(n, dtype=np.uint64)
        bad = np.zeros(m, dtype=np.int64)
        n_rec, n_person, n_invalid, n_unident = mod.combine(
            hashes, status, n, codes, ranks, ident, roles, self._salt(file_index), rec, persons, bad)
        for (_, kind, _), nb in zip(use, bad.tolist(), strict=True):
            if nb:
                st.invalid_by_kind[kind] = st.invalid_by_kind.get(kind, 0) + nb
        st.invalid += n_invalid
        st.unidentifiable += n_unident
        st.candidates += n_rec
        self.records.add(rec[:n_rec])
        self.persons.add(persons[:n_person])  # persons: across all files, never salted

    def _count_numpy(self, st: TableStats, cols: list[vec.StrCol], file_index: int) -> None:
        """The reference: column-wise numpy, used when the native module is missing."""
        n = len(cols[0])
        st.rows += n
        invalid = np.zeros(n, dtype=bool)
        ident = np.zeros(n, dtype=bool)
        best = np.full(n, 3, dtype=np.int64)
        acc = np.zeros(n, dtype=np.uint64)
        person = np.zeros(n, dtype=np.uint64)
        has_person = np.zeros(n, dtype=bool)
        for ci in st.columns:
            if ci.category is None or ci.kind is None or ci.index >= len(cols):
                continue
            col = cols[ci.index].strip()
            ne = col.lengths > 0
            short = np.nonzero(ne & (col.lengths <= 4))[0]
            if short.size:  # NULL markers
                ne[short[np.isin(vec.word_at(col.take(short)), _NULL_WORDS)]] = False
            h = np.zeros(n, dtype=np.uint64)
            if ci.kind in VALIDATED:
                if self.exact:
                    canon = np.zeros(n, dtype=bool)
                    valid = np.zeros(n, dtype=bool)
                else:
                    canon, valid = self.checkers.canonical(ci.kind, col)
                fast = np.nonzero(ne & canon)[0]
                if fast.size:
                    h[fast] = vec.hash_cells(col, fast)
                    if ci.kind == "ID_CARD":  # 'x' and 'X' are the same check character
                        lower = fast[col.buf[col.end[fast] - 1] == 120]
                        for i in lower.tolist():
                            h[i] = _py_hash(col.get(i).upper().encode())
                slow = np.nonzero(ne & ~canon)[0]
                for i in slow.tolist():
                    ok, comp = self._slow_cell(ci.kind, col.get(i))
                    valid[i] = ok
                    h[i] = _py_hash(comp)
                bad = ne & ~valid
                nb = int(bad.sum())
                if nb:
                    invalid |= bad
                    st.invalid_by_kind[ci.kind] = st.invalid_by_kind.get(ci.kind, 0) + nb
                if ci.kind in ("ID_CARD", "MOBILE"):
                    use = ne & valid & ~has_person if ci.kind == "MOBILE" else ne & valid
                    person[use] = h[use] ^ _KIND_CODE[ci.kind]
                    has_person |= use
            else:
                idx = np.nonzero(ne)[0]
                if idx.size:
                    h[idx] = vec.hash_cells(col, idx)
            rank = _RANK[ci.category]
            best = np.where(ne, np.minimum(best, rank), best)
            if KINDS[ci.kind][2]:
                ident |= ne
            with np.errstate(over="ignore"):
                acc += np.where(ne, vec.mix64(h ^ _KIND_CODE[ci.kind]), np.uint64(0))
        keep = ~invalid & ident & (best < 3)
        n_invalid = int(invalid.sum())
        st.invalid += n_invalid
        st.unidentifiable += int((~invalid & ~(ident & (best < 3))).sum())
        st.candidates += int(keep.sum())
        salt = np.uint64(self._salt(file_index))
        with np.errstate(over="ignore"):
            rec = vec.mix64(acc[keep] ^ salt)
        rec = (rec & ~np.uint64(3)) | best[keep].astype(np.uint64)
        self.records.add(rec)
        pk = keep & has_person
        with np.errstate(over="ignore"):
            self.persons.add(vec.mix64(person[pk]) & ~np.uint64(3))  # persons: across all files, never salted

    def result(self) -> dict[str, Any]:
        distinct = self.records.distinct()
        counts = {c: distinct[i] for i, c in enumerate(CATEGORIES)}
        persons = sum(self.persons.distinct())
        total = sum(t.rows for t in self.tables.values())
        invalid = sum(t.invalid for t in self.tables.values())
        unident = sum(t.unidentifiable for t in self.tables.values())
        candidates = sum(t.candidates for t in self.tables.values())
        by_kind: dict[str, int] = {}
        for t in self.tables.values():
            for k, v in t.invalid_by_kind.items():
                by_kind[k] = by_kind.get(k, 0) + v
        return {
            "rows": total,
            "counts": counts,
            "excluded": {"invalid": invalid, "duplicate": candidates - sum(counts.values()),
                         "unidentifiable": unident, "invalid_by_kind": by_kind},
            "distinct_persons": persons,
            "tables": [t.to_dict() for t in self.tables.values()],
        }

    def close(self) -> None:
        self.records.close()
        self.persons.close()
