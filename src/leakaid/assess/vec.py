"""Columnar string batches and vectorised (numpy) validity checks for dump assessment.

A column is a :class:`StrCol`: one ``uint8`` buffer plus ``start``/``end`` offsets per cell, so a CSV
chunk can be split into cells without creating one Python object per cell. The checks here decide
the *canonical* form (digits only, right length) in numpy; cells in any other form (spaces, dashes,
``+86``, full-width digits …) go through the per-value validators of ``leakaid.detect.validators``.
``tests/assess/test_vec.py`` checks that both paths agree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

U8 = np.uint8
PAD = b"\0" * 8  # every buffer ends with 8 zero bytes so that 8-byte words can be read at any cell start
_ID_W = np.array([7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2], dtype=np.int32)
_ID_CHECK = np.frombuffer(b"10X98765432", dtype=U8)
_DAYS = np.array([0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], dtype=np.int64)
ID_MIN_YEAR = 1880  # as cn_ric._MIN_YEAR: earlier birth years are typing errors


_WS = np.zeros(256, dtype=bool)
_WS[[9, 10, 13, 32, 34]] = True


@dataclass(slots=True)
class StrCol:
    """Cells of one column: ``buf[start[i]:end[i]]`` is the UTF-8 text of cell ``i``."""

    buf: np.ndarray
    start: np.ndarray
    end: np.ndarray

    def __len__(self) -> int:
        return int(self.start.shape[0])

    @classmethod
    def from_strings(cls, values: Sequence[str | None]) -> StrCol:
        enc = [(v or "").encode("utf-8", "surrogatepass") for v in values]
        lens = np.fromiter((len(b) for b in enc), dtype=np.int64, count=len(enc))
        end = np.cumsum(lens)
        start = end - lens
        buf = np.frombuffer(b"".join(enc) + PAD, dtype=U8)
        return cls(buf, start, end)

    def get(self, i: int) -> str:
        return bytes(self.buf[self.start[i]:self.end[i]]).decode("utf-8", "replace")

    def take(self, idx: np.ndarray) -> StrCol:
        return StrCol(self.buf, self.start[idx], self.end[idx])

    def strip(self) -> StrCol:
        """Drop ASCII spaces, tabs, CR and quotes at both ends (vectorised, a few passes at most)."""
        b = self.buf
        ws = _WS
        top = b.shape[0] - 1
        nz = self.start < self.end
        # all strippable bytes are <= 34 ('"'): a comparison screens cells cheaply
        if not (nz & ((b[np.minimum(self.start, top)] <= 34) | (b[np.maximum(self.end - 1, 0)] <= 34))).any():
            return self  # the common case: nothing to strip
        s, e = self.start.copy(), self.end.copy()
        for _ in range(64):
            m = (s < e) & ws[b[np.minimum(s, b.shape[0] - 1)]]
            if not m.any():
                break
            s[m] += 1
        for _ in range(64):
            m = (e > s) & ws[b[np.maximum(e - 1, 0)]]
            if not m.any():
                break
            e[m] -= 1
        return StrCol(b, s, e)

    @property
    def lengths(self) -> np.ndarray:
        return self.end - self.start


def fixed(col: StrCol, idx: np.ndarray, width: int) -> np.ndarray:
    """``len(idx) × width`` byte matrix of the first ``width`` bytes of cells ``idx``.

    Gathers 8-byte words (one fancy index per 8 bytes, not per byte); bytes past a cell's end are
    whatever follows it in the buffer, so callers mask by length where cells can be shorter.
    """
    wv = words(col.buf)
    s = col.start[idx]
    top = wv.shape[0] - 1
    k = (width + 7) // 8
    out = np.empty((idx.shape[0], k), dtype="<u8")
    for j in range(k):
        out[:, j] = wv[np.minimum(s + 8 * j, top)]
    return out.view(np.uint8)[:, :width]


def _digits_matrix(m: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    d = m.astype(np.int32) - 48
    return d, ((d >= 0) & (d <= 9)).all(axis=1)


def _date_ok(y: np.ndarray, mo: np.ndarray, d: np.ndarray, min_year: int, max_year: int) -> np.ndarray:
    ok = (y >= min_year) & (y <= max_year) & (mo >= 1) & (mo <= 12) & (d >= 1)
    mo_c = np.clip(mo, 0, 12)
    ok &= d <= _DAYS[mo_c]
    leap = ((y % 4 == 0) & (y % 100 != 0)) | (y % 400 == 0)
    ok &= ~((mo == 2) & (d == 29) & ~leap)
    return ok


@lru_cache(maxsize=1)
def _today() -> tuple[int, int]:
    import datetime as dt

    t = dt.date.today()
    return t.year, t.year * 10000 + t.month * 100 + t.day


class RegionTable:
    """Every GB/T 2260 region code ever issued, as a boolean table over 000000–999999."""

    def __init__(self) -> None:
        self.table: np.ndarray | None = None
        try:
            from leakaid.detect import tables

            codes = np.array([int(c) for c in tables.region_codes() if c.isdigit()], dtype=np.int64)
            t = np.zeros(10**6, dtype=bool)
            t[codes] = True
            self.table = t
        except (ImportError, AttributeError):
            self.table = None

    def valid(self, codes: np.ndarray) -> np.ndarray:
        if self.table is None:  # no table: only the province part can be checked
            return np.isin(codes // 10000, _PROVINCES)
        return self.table[codes]

    def lookup(self) -> np.ndarray:
        """:meth:`valid` over every code 000000–999999 (what the native kernel looks up)."""
        return self.valid(np.arange(10**6, dtype=np.int64))


_PROVINCES = np.array([11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51,
                       52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83, 91])


def id_card_canonical(col: StrCol, regions: RegionTable) -> tuple[np.ndarray, np.ndarray]:
    """(is_canonical, is_valid) for 18-digit IDs written plainly (``x`` accepted for ``X``)."""
    n = len(col)
    canon = np.zeros(n, dtype=bool)
    valid = np.zeros(n, dtype=bool)
    idx = np.nonzero(col.lengths == 18)[0]
    if idx.size:
        m = fixed(col, idx, 18)
        d, digits17 = _digits_matrix(m[:, :17])
        last = m[:, 17]
        last_ok = ((last >= 48) & (last <= 57)) | (last == 88) | (last == 120)
        shape = digits17 & last_ok
        canon[idx] = shape
        total = (np.where(shape[:, None], d, 0) * _ID_W).sum(axis=1)
        check = _ID_CHECK[total % 11]
        ok = shape & (check == np.where(last == 120, 88, last))
        y = d[:, 6] * 1000 + d[:, 7] * 100 + d[:, 8] * 10 + d[:, 9]
        mo = d[:, 10] * 10 + d[:, 11]
        dd = d[:, 12] * 10 + d[:, 13]
        ty, tdate = _today()
        ok &= _date_ok(y, mo, dd, ID_MIN_YEAR, ty) & (y * 10000 + mo * 100 + dd <= tdate)
        if ok.any():
            sub = np.nonzero(ok)[0]
            code = (d[sub, 0] * 100000 + d[sub, 1] * 10000 + d[sub, 2] * 1000 + d[sub, 3] * 100 + d[sub, 4] * 10
                    + d[sub, 5])
            ok[sub] = regions.valid(code)
        valid[idx] = ok
    return canon, valid


class MobileTable:
    """Boolean table over the first 7 digits of mainland mobile numbers, built from the prefix table."""

    def __init__(self) -> None:
        self.table: np.ndarray | None = None
        try:
            from leakaid.detect import tables

            prefixes = list(tables.mobile_prefixes())
        except ImportError:
            prefixes = []
        t = np.zeros(10**7, dtype=bool)
        if prefixes:
            for p in prefixes:
                if not p.isdigit() or len(p) > 7:
                    continue
                k = 7 - len(p)
                t[int(p) * 10**k:(int(p) + 1) * 10**k] = True
        else:  # fallback until the table exists: 13x–19x
            t[1300000:2000000] = True
        self.table = t


def mobile_canonical(col: StrCol, mobiles: MobileTable) -> tuple[np.ndarray, np.ndarray]:
    """(is_canonical, is_valid) for 11-digit mainland mobile numbers written plainly."""
    n = len(col)
    canon = np.zeros(n, dtype=bool)
    valid = np.zeros(n, dtype=bool)
    idx = np.nonzero(col.lengths == 11)[0]
    if idx.size:
        d, ok = _digits_matrix(fixed(col, idx, 11))
        canon[idx] = ok
        p7 = (d[:, :7] * (10 ** np.arange(6, -1, -1, dtype=np.int32))).sum(axis=1, dtype=np.int64)
        p7 = np.where(ok, p7, 0)
        assert mobiles.table is not None
        valid[idx] = ok & mobiles.table[p7]
    return canon, valid


def luhn_ok(d: np.ndarray) -> np.ndarray:
    """Luhn check over rows of a digit matrix (all rows the same length)."""
    rev = d[:, ::-1]
    dbl = rev[:, 1::2] * 2
    dbl = np.where(dbl > 9, dbl - 9, dbl)
    return (rev[:, 0::2].sum(axis=1) + dbl.sum(axis=1)) % 10 == 0


class BinTable:
    """Known BINs by length (6–9 digits) for a vectorised ``tables.bank_of(card) is not None``."""

    def __init__(self) -> None:
        self.by_len: dict[int, np.ndarray] = {}
        try:
            from leakaid.detect import tables

            bins = [b.bin for b in tables.bank_bins()]
        except (ImportError, AttributeError):
            bins = []
        for b in bins:
            if b.isdigit():
                self.by_len.setdefault(len(b), []).append(int(b))  # type: ignore[arg-type]
        self.by_len = {k: np.unique(np.array(v, dtype=np.int64)) for k, v in self.by_len.items()}


# ``tables.scheme_of(card) is not None`` as data: (prefix digits, lowest, highest prefix, card lengths).
# The IIN ranges of the schemes do not overlap, so "any row matches" is the same as scheme_of's chain.
SCHEMES: tuple[tuple[int, int, int, tuple[int, ...]], ...] = (
    (2, 62, 62, (16, 17, 18, 19)),  # UnionPay
    (4, 3528, 3589, (16, 17, 18, 19)),  # JCB
    (1, 4, 4, (13, 16, 19)),  # Visa
    (2, 51, 55, (16,)),  # Mastercard
    (4, 2221, 2720, (16,)),  # Mastercard 2-series
    (2, 34, 34, (15,)),  # American Express
    (2, 37, 37, (15,)),  # American Express
)


def _scheme_ok(d: np.ndarray, w: int) -> np.ndarray:
    """Vectorised ``tables.scheme_of(card) is not None`` for cards of length ``w``."""
    ok = np.zeros(d.shape[0], dtype=bool)
    for digits, lo, hi, lengths in SCHEMES:
        if w in lengths:
            p = (d[:, :digits] * (10 ** np.arange(digits - 1, -1, -1, dtype=np.int32))).sum(axis=1)
            ok |= (p >= lo) & (p <= hi)
    return ok


def bank_card_canonical(col: StrCol, bins: BinTable | None) -> tuple[np.ndarray, np.ndarray]:
    """(is_canonical, is_valid) for 15–19 digit card numbers: length, Luhn, known BIN or card scheme."""
    n = len(col)
    canon = np.zeros(n, dtype=bool)
    valid = np.zeros(n, dtype=bool)
    lens = col.lengths
    for w in range(13, 20):
        idx = np.nonzero(lens == w)[0]
        if not idx.size:
            continue
        d, ok = _digits_matrix(fixed(col, idx, w))
        canon[idx] = ok
        if w < 15:
            continue
        d = np.where(ok[:, None], d, 0)
        ok &= luhn_ok(d)
        if bins is not None:
            issuer = _scheme_ok(d, w)
            for blen, known in bins.by_len.items():
                pref = (d[:, :blen].astype(np.int64) * (10 ** np.arange(blen - 1, -1, -1))).sum(axis=1)
                issuer |= np.isin(pref, known)
            ok &= issuer
        valid[idx] = ok
    return canon, valid


_ALNUM_B = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_E_ALNUM, _E_ALPHA, _E_LOCAL, _E_LEND, _E_DOM, _E_AT, _E_DOT, _E_HI = 1, 2, 4, 8, 16, 32, 64, 128
_E_CLS = np.zeros(256, dtype=np.uint8)
for _b in _ALNUM_B:
    _E_CLS[_b] |= _E_ALNUM | _E_LOCAL | _E_LEND | _E_DOM
for _b in _ALNUM_B[:52]:
    _E_CLS[_b] |= _E_ALPHA
for _b in b"._%+-":
    _E_CLS[_b] |= _E_LOCAL
_E_CLS[ord("_")] |= _E_LEND
_E_CLS[ord("-")] |= _E_DOM
_E_CLS[ord(".")] |= _E_DOM | _E_DOT
_E_CLS[ord("@")] |= _E_AT
_E_CLS[128:] = _E_HI
_E_PAD = np.uint8(_E_DOM | _E_ALPHA)  # past the end: neutral for the "last offending position" tests


def _last_true(mask: np.ndarray) -> np.ndarray:
    """Column of the last True per row (-1 when none)."""
    w = mask.shape[1]
    r = w - 1 - mask[:, ::-1].argmax(axis=1)
    return np.where(mask.any(axis=1), r, -1)


def email_canonical(col: StrCol) -> tuple[np.ndarray, np.ndarray]:
    """(is_canonical, is_valid) for ASCII e-mail addresses up to 64 bytes.

    Mirrors ``leakaid.detect.validators.email.is_valid`` (its regex, and no ``..``) column-wise with a
    byte-class table; longer or non-ASCII cells are left to the validator.
    """
    n = len(col)
    lens = col.lengths
    canon = np.zeros(n, dtype=bool)
    valid = np.zeros(n, dtype=bool)
    idx = np.nonzero((lens >= 1) & (lens <= 64))[0]
    if not idx.size:
        return canon, valid
    w = int(lens[idx].max()) + 1
    ln = lens[idx]
    pos = np.arange(w)[None, :]
    inside = pos < ln[:, None]
    c = np.where(inside, _E_CLS[fixed(col, idx, w)], _E_PAD)
    rows = np.arange(idx.size)
    ascii_ = ~(c >= _E_HI).any(axis=1)
    at = (c & _E_AT) != 0
    a = at.argmax(axis=1)
    ok = ascii_ & (at.sum(axis=1) == 1) & (a >= 1) & (a <= 64)
    # local part: every char allowed (the first disallowed one is the '@'), starts alnum, ends alnum or '_'
    ok &= ((c & _E_LOCAL) == 0).argmax(axis=1) == a
    ok &= (c[:, 0] & _E_ALNUM) != 0
    ok &= (c[rows, np.maximum(a - 1, 0)] & _E_LEND) != 0
    # domain: every char is alnum, '-' or '.' (the last disallowed one is the '@'); first char alnum
    ok &= _last_true((c & _E_DOM) == 0) == a
    ok &= (c[rows, np.minimum(a + 1, w - 1)] & _E_ALNUM) != 0
    dot = (c & _E_DOT) != 0
    ok &= ~(dot[:, :-1] & dot[:, 1:]).any(axis=1)
    hy = (c == (_E_LOCAL | _E_DOM)) & inside  # '-' is the only byte of exactly this class
    dom_pair = pos[:, :-1] > a[:, None]
    ok &= ~(((hy[:, :-1] & dot[:, 1:]) | (dot[:, :-1] & hy[:, 1:])) & dom_pair).any(axis=1)
    # last label: 2–24 letters after the last dot, which lies in the domain
    last_dot = _last_true(dot)
    ok &= last_dot > a
    tld = ln - last_dot - 1
    ok &= (tld >= 2) & (tld <= 24)
    ok &= _last_true((c & _E_ALPHA) == 0) == last_dot
    canon[idx] = ascii_
    valid[idx] = ok
    return canon, valid


# --- hashing -------------------------------------------------------------------------------------

_P = np.uint64(0x100000001B3)
_MIX1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX2 = np.uint64(0x94D049BB133111EB)
_M64 = (1 << 64) - 1


def mix64(x: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser (vectorised, wrapping uint64 arithmetic)."""
    x = x ^ (x >> np.uint64(30))
    x = x * _MIX1
    x = x ^ (x >> np.uint64(27))
    x = x * _MIX2
    return x ^ (x >> np.uint64(31))


def words(buf: np.ndarray) -> np.ndarray:
    """Little-endian 8-byte word starting at every byte offset (an unaligned, zero-copy view)."""
    return np.ndarray(shape=(buf.shape[0] - 7,), dtype="<u8", buffer=buf, strides=(1,))


_TAIL_MASK = np.array([_M64] + [(1 << (8 * r)) - 1 for r in range(1, 8)], dtype=np.uint64)


def hash_cells(col: StrCol, idx: np.ndarray) -> np.ndarray:
    """64-bit hash of cells ``idx``: 8 bytes at a time over an unaligned word view (no per-byte pass)."""
    wv = words(col.buf)
    top = wv.shape[0] - 1
    s = col.start[idx]
    ln = col.lengths[idx]
    nwords = (ln + 7) // 8
    h = np.zeros(idx.shape[0], dtype=np.uint64)
    tail = _TAIL_MASK[ln % 8]
    if not ln.size:
        return h
    kmin, kmax = int(nwords.min()), int(nwords.max())
    with np.errstate(over="ignore"):
        # words that every cell has and that are not its last: no masks, no clipping
        for k in range(max(kmin - 1, 0)):
            h = (h ^ wv[s + 8 * k]) * _P
        if kmin == kmax and kmin > 0:  # uniform width (IDs, phone numbers, dates …)
            h = (h ^ (wv[s + 8 * (kmin - 1)] & tail)) * _P
        elif kmax <= 8:
            for k in range(max(kmin - 1, 0), kmax):
                w = wv[np.minimum(s + 8 * k, top)]
                w = np.where(nwords == k + 1, w & tail, w)
                h = np.where(nwords > k, (h ^ w) * _P, h)
        else:
            k = max(kmin - 1, 0)
            active = np.nonzero(nwords > k)[0]
            while active.size:
                w = wv[s[active] + 8 * k]
                last = nwords[active] == k + 1
                w = np.where(last, w & tail[active], w)
                h[active] = (h[active] ^ w) * _P
                k += 1
                active = active[nwords[active] > k]
        return mix64(h ^ (ln.astype(np.uint64) << np.uint64(56)))


def hash_bytes(data: bytes) -> int:
    """:func:`hash_cells` for one value (pure Python, for cells off the fast path)."""
    h = 0
    for k in range(0, len(data), 8):
        w = int.from_bytes(data[k:k + 8].ljust(8, b"\0"), "little")
        h = ((h ^ w) * int(_P)) & _M64
    x = np.array([h ^ ((len(data) << 56) & _M64)], dtype=np.uint64)
    return int(mix64(x)[0])


def word_at(col: StrCol) -> np.ndarray:
    """First (up to) 8 bytes of every cell as an integer, zero-padded."""
    ln = np.minimum(col.lengths, 8)
    return words(col.buf)[col.start] & _TAIL_MASK[ln % 8] * (ln > 0)
