"""tables (reference data for Chinese identifiers).

Region codes (GB/T 2260, every code ever issued), mobile number segments, landline area codes and bank card
BINs, read from the TSV files in ``leakaid/detect/data`` (see ``data/SOURCES.md`` for origin and licences, and
``update/*.py`` for the scripts that regenerate them). Nothing is read at import: each table is loaded on first
use through ``importlib.resources`` and then cached. Lookups are a few dict probes (one per prefix length), so
they are cheap enough to call for every candidate match. No lookup raises on junk input; it returns None.

>>> region("110105").name
'北京市朝阳区'
>>> mobile_carrier("13800000000")
'中国移动'
>>> landline_area("075512345678").city
'深圳市'
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType

__all__ = [
    "AreaCode",
    "BankBin",
    "MobileSegment",
    "Region",
    "SCHEME_LABELS",
    "all_regions",
    "area_codes",
    "bank_bins",
    "bank_of",
    "landline_area",
    "mobile_carrier",
    "mobile_kind",
    "mobile_prefixes",
    "mobile_segment",
    "mobile_segments",
    "nearest_region",
    "region",
    "region_codes",
    "region_history",
    "scheme_of",
]

_PACKAGE = "leakaid.detect"
_DATA_DIR = "data"


# ---------------------------------------------------------------------------------------------- types


@dataclass(frozen=True, slots=True)
class Region:
    """One GB/T 2260 code in one period. ``city`` is '' under municipalities and 省直辖 groupings;
    ``valid_from``/``valid_to`` are inclusive years, None meaning since 1980 / still in use."""

    code: str
    province: str
    city: str
    county: str
    valid_from: int | None = None
    valid_to: int | None = None

    @property
    def name(self) -> str:
        """Full Chinese name, e.g. '北京市朝阳区' or '河南省周口地区商水县'."""
        return self.province + self.city + self.county

    @property
    def level(self) -> str:
        """'province', 'prefecture' or 'county'."""
        if self.code.endswith("0000"):
            return "province"
        return "prefecture" if self.code.endswith("00") else "county"

    @property
    def current(self) -> bool:
        """True when the code is still in use under this name."""
        return self.valid_to is None

    def valid_in(self, year: int) -> bool:
        """True when this name was in use at some time during ``year``."""
        return (self.valid_from is None or self.valid_from <= year) and (
            self.valid_to is None or year <= self.valid_to
        )


@dataclass(frozen=True, slots=True)
class MobileSegment:
    """A mobile number segment. ``kind`` is 'mobile', 'data', 'iot', 'virtual' or 'satellite';
    ``network`` is the host network (differs from ``carrier`` only for virtual operators)."""

    prefix: str
    carrier: str
    kind: str
    network: str


@dataclass(frozen=True, slots=True)
class AreaCode:
    """A landline area code with its trunk 0 (e.g. '0755') and the allowed local-number lengths."""

    code: str
    province: str
    city: str
    local_lengths: tuple[int, ...] = (7, 8)

    @property
    def name(self) -> str:
        """'广东省深圳市'; municipalities give '北京市'."""
        return self.province if self.city == self.province else self.province + self.city


@dataclass(frozen=True, slots=True)
class BankBin:
    """An issuer prefix: ``kind`` is 借记卡, 贷记卡, 准贷记卡 or 预付费卡; ``length`` the usual card length;
    ``confidence`` 'high' (widely known BIN) or 'medium' (bank likely right, kind/length less sure)."""

    bin: str
    bank: str
    kind: str
    length: int
    confidence: str = "high"


# ---------------------------------------------------------------------------------------------- loading


def _rows(name: str, columns: int) -> Iterator[list[str]]:
    """Data rows of a packaged TSV (comment lines and the column header skipped)."""
    text = resources.files(_PACKAGE).joinpath(_DATA_DIR, name).read_text(encoding="utf-8")
    header_seen = False
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        fields = line.split("\t")
        if len(fields) != columns:
            raise ValueError(f"{name}: expected {columns} columns, got {len(fields)}: {line!r}")
        yield fields


def _year(value: str) -> int | None:
    return int(value) if value else None


@dataclass(frozen=True, slots=True)
class _PrefixTable:
    """Longest-prefix lookup: one dict probe per distinct key length, longest first."""

    table: Mapping[str, object]
    lengths: tuple[int, ...]

    @classmethod
    def build(cls, table: dict[str, object]) -> _PrefixTable:
        lengths = sorted({len(k) for k in table})
        # When no key is a prefix of another, at most one length can hit: probe the most common (shortest)
        # lengths first. Otherwise probe longest first so the longest prefix wins.
        prefix_free = not any(k[:n] in table for k in table for n in lengths if n < len(k))
        return cls(table, tuple(lengths if prefix_free else reversed(lengths)))

    def get(self, digits: str) -> object | None:
        table = self.table
        for n in self.lengths:
            hit = table.get(digits[:n])
            if hit is not None:
                return hit
        return None


@cache
def _regions() -> tuple[dict[str, tuple[Region, ...]], tuple[Region, ...]]:
    by_code: dict[str, list[Region]] = {}
    ordered: list[Region] = []
    for code, province, city, county, start, end in _rows("cn_regions.tsv", 6):
        r = Region(code, province, city, county, _year(start), _year(end))
        by_code.setdefault(code, []).append(r)
        ordered.append(r)
    index = {
        code: tuple(sorted(rs, key=lambda r: (r.valid_from or 0, r.valid_to or 9999)))
        for code, rs in by_code.items()
    }
    return index, tuple(ordered)


@cache
def _mobile() -> tuple[_PrefixTable, tuple[MobileSegment, ...]]:
    segments = tuple(MobileSegment(*row) for row in _rows("cn_mobile_prefixes.tsv", 4))
    return _PrefixTable.build({s.prefix: s for s in segments}), segments


@cache
def _areas() -> tuple[dict[str, AreaCode], tuple[AreaCode, ...]]:
    codes = tuple(
        AreaCode(code, province, city, tuple(int(n) for n in lengths.split(",")))
        for code, province, city, lengths in _rows("cn_area_codes.tsv", 4)
    )
    return {a.code: a for a in codes}, codes


@cache
def _bins() -> tuple[_PrefixTable, tuple[BankBin, ...]]:
    bins = tuple(
        BankBin(b, bank, kind, int(length), conf)
        for b, bank, kind, length, conf in _rows("cn_bank_bins.tsv", 5)
    )
    return _PrefixTable.build({b.bin: b for b in bins}), bins


# ---------------------------------------------------------------------------------------------- regions


def region(code6: str, year: int | None = None) -> Region | None:
    """The region for a 6-digit GB/T 2260 code (county, prefecture or province row), or None.

    A code that was renamed has several rows: without ``year`` the latest name is returned, with ``year`` the
    name in use that year (or, if the code did not exist then, the one nearest in time: an ID number keeps the
    code it was issued with, and codes newer than a birth date occur in real IDs).

    >>> region("412723").name, region("412723").valid_to
    ('河南省周口地区商水县', 2000)
    >>> region("510100").name
    '四川省成都市'
    """
    if not isinstance(code6, str) or len(code6) != 6:
        return None
    rows = _regions()[0].get(code6)
    if not rows:
        return None
    if year is None or not isinstance(year, int):
        return rows[-1]
    for r in reversed(rows):
        if r.valid_in(year):
            return r
    return min(rows, key=lambda r: min(abs(year - (r.valid_from or 1980)), abs(year - (r.valid_to or 9999))))


def region_history(code6: str) -> tuple[Region, ...]:
    """Every row for a code, oldest first (empty for an unknown code)."""
    if not isinstance(code6, str):
        return ()
    return _regions()[0].get(code6, ())


def nearest_region(code6: str) -> Region | None:
    """Like :func:`region`, but an unknown county code falls back to its prefecture, then its province.

    Useful as a soft signal: a county code missing from the table under a known prefecture is more likely a
    gap in the data than a forgery.
    """
    if not isinstance(code6, str) or len(code6) != 6 or not (code6.isascii() and code6.isdigit()):
        return None
    return region(code6) or region(code6[:4] + "00") or region(code6[:2] + "0000")


def all_regions(*, current_only: bool = False) -> Sequence[Region]:
    """County-level rows (code not ending in 00), every period of every code unless ``current_only``."""
    rows = _regions()[1]
    return tuple(r for r in rows if r.level == "county" and (r.current or not current_only))


# ---------------------------------------------------------------------------------------------- mobile


def mobile_segment(number11: str) -> MobileSegment | None:
    """The segment of an 11-digit mainland mobile number (ASCII digits), or None if unassigned."""
    if type(number11) is not str or len(number11) != 11 or not (number11.isascii() and number11.isdigit()):
        return None
    return _mobile()[0].get(number11)  # type: ignore[return-value]


def mobile_carrier(number11: str) -> str | None:
    """'中国移动', '中国联通', '中国电信', '中国广电' or '虚拟运营商' for an 11-digit number, else None."""
    seg = mobile_segment(number11)
    return seg.carrier if seg else None


def mobile_kind(number11: str) -> str | None:
    """'mobile', 'data', 'iot', 'virtual' or 'satellite'; anything but 'mobile' deserves lower confidence."""
    seg = mobile_segment(number11)
    return seg.kind if seg else None


def mobile_prefixes() -> Mapping[str, str]:
    """Read-only map of segment prefix (3–5 digits) → carrier."""
    return MappingProxyType({s.prefix: s.carrier for s in _mobile()[1]})


def mobile_segments() -> Sequence[MobileSegment]:
    """All segments with kind and host network."""
    return _mobile()[1]


# ---------------------------------------------------------------------------------------------- landline


def landline_area(digits: str) -> AreaCode | None:
    """The area code that starts ``digits`` ('0755…', '010…'), or None. Only the prefix is checked."""
    if not isinstance(digits, str) or len(digits) < 3:
        return None
    table = _areas()[0]
    return table.get(digits[:3]) or table.get(digits[:4])


def area_codes() -> Sequence[AreaCode]:
    """All mainland area codes."""
    return _areas()[1]


# ---------------------------------------------------------------------------------------------- bank cards


def bank_of(card_digits: str) -> BankBin | None:
    """The issuer of a card number by its longest known BIN (6–9 digits), or None.

    The table is hand-compiled and incomplete: None does not mean the number is not a card (see
    :func:`scheme_of`). The card length is not checked; compare ``len(card) == result.length`` if needed.
    """
    if not isinstance(card_digits, str) or len(card_digits) < 6:
        return None
    return _bins()[0].get(card_digits)  # type: ignore[return-value]


def bank_bins() -> Sequence[BankBin]:
    """All known BINs."""
    return _bins()[1]


SCHEME_LABELS: Mapping[str, str] = MappingProxyType(
    {"unionpay": "银联", "visa": "Visa", "mastercard": "万事达", "jcb": "JCB", "amex": "美国运通"}
)

# scheme → allowed card lengths
_SCHEME_LENGTHS = {
    "unionpay": range(16, 20),
    "visa": (13, 16, 19),
    "mastercard": (16,),
    "jcb": range(16, 20),
    "amex": (15,),
}


def scheme_of(card: str) -> str | None:
    """Card scheme from the IIN range and length: 'unionpay' (62), 'visa' (4), 'mastercard' (51–55,
    2221–2720), 'jcb' (3528–3589), 'amex' (34, 37); None otherwise. Labels in :data:`SCHEME_LABELS`.

    >>> scheme_of("6222020000000000000"), scheme_of("4000000000000002"), scheme_of("1234")
    ('unionpay', 'visa', None)
    """
    if not isinstance(card, str) or not (card.isascii() and card.isdigit()) or len(card) < 13:
        return None
    if card.startswith("62"):
        scheme = "unionpay"
    elif card[0] == "4":
        scheme = "visa"
    elif "51" <= card[:2] <= "55" or "2221" <= card[:4] <= "2720":
        scheme = "mastercard"
    elif "3528" <= card[:4] <= "3589":
        scheme = "jcb"
    elif card[:2] in ("34", "37"):
        scheme = "amex"
    else:
        return None
    return scheme if len(card) in _SCHEME_LENGTHS[scheme] else None


@cache
def region_codes() -> frozenset[str]:
    """Every region code ever issued, as a set (for the engine's hot path)."""
    return frozenset(_regions()[0])
