"""Reference tables for the generator: ``leakaid.detect.tables`` when present, else a small built-in sample.

The sample holds only public reference facts (a few GB/T 2260 county codes, mobile number
segments, trunk area codes and card BINs) so the generator works even before/without the
full tables; the full tables give far more variety.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any


@dataclass(frozen=True, slots=True)
class RegionRow:
    code: str
    province: str
    city: str  # "" for municipality districts
    county: str
    retired: bool
    last_year: int  # last year the code was issued (9999 when current)


@dataclass(frozen=True, slots=True)
class BinRow:
    bin: str
    length: int


_FALLBACK_REGIONS = (
    ("110101", "北京市", "", "东城区", None),
    ("110105", "北京市", "", "朝阳区", None),
    ("110108", "北京市", "", "海淀区", None),
    ("110103", "北京市", "", "崇文区", 2010),
    ("110104", "北京市", "", "宣武区", 2010),
    ("310104", "上海市", "", "徐汇区", None),
    ("310115", "上海市", "", "浦东新区", None),
    ("310103", "上海市", "", "卢湾区", 2011),
    ("120101", "天津市", "", "和平区", None),
    ("500103", "重庆市", "", "渝中区", None),
    ("440305", "广东省", "深圳市", "南山区", None),
    ("440106", "广东省", "广州市", "天河区", None),
    ("330106", "浙江省", "杭州市", "西湖区", None),
    ("320102", "江苏省", "南京市", "玄武区", None),
    ("370202", "山东省", "青岛市", "市南区", None),
    ("420106", "湖北省", "武汉市", "武昌区", None),
    ("510104", "四川省", "成都市", "锦江区", None),
    ("610113", "陕西省", "西安市", "雁塔区", None),
    ("430102", "湖南省", "长沙市", "芙蓉区", None),
    ("350203", "福建省", "厦门市", "思明区", None),
)
_FALLBACK_MOBILE = (
    "130 131 132 133 134 135 136 137 138 139 145 147 150 151 152 153 155 156 157 158 159 166 "
    "171 173 175 176 177 178 180 181 182 183 184 185 186 187 188 189 191 193 195 198 199"
).split()
_FALLBACK_AREA = "010 020 021 022 023 024 025 027 028 029 0311 0351 0371 0431 0451 0471 0531 0532 0551 0571 0574 0591 0592 0731 0755 0757 0769 0871 0898".split()
_FALLBACK_BINS = (
    ("622202", 19),
    ("621226", 19),
    ("622848", 19),
    ("621700", 19),
    ("622700", 19),
    ("622588", 16),
    ("621483", 16),
    ("622260", 19),
    ("601382", 19),
    ("622150", 19),
    ("436742", 16),
    ("625965", 16),
)


def _year(value: Any) -> int | None:
    if value is None or value == "":
        return None
    text = str(getattr(value, "year", value))
    return int(text[:4]) if text[:4].isdigit() else None


@lru_cache(maxsize=1)
def regions() -> tuple[RegionRow, ...]:
    try:
        from leakaid.detect import tables  # type: ignore[attr-defined]

        rows = []
        for r in tables.all_regions():
            code = str(r.code)
            if len(code) != 6 or code.endswith("00") or r.county in ("", "市辖区", "县"):
                continue
            to = _year(getattr(r, "valid_to", None))
            city = r.city or ""
            if city in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", r.province):
                city = ""
            rows.append(RegionRow(code, r.province or "", city, r.county or "", to is not None, to or 9999))
        if rows:
            return tuple(rows)
    except Exception:  # tables missing or still being built: use the sample
        pass
    return tuple(
        RegionRow(c, p, ci, co, to is not None, to or 9999) for c, p, ci, co, to in _FALLBACK_REGIONS
    )


@lru_cache(maxsize=1)
def current_regions() -> tuple[RegionRow, ...]:
    return tuple(r for r in regions() if not r.retired)


@lru_cache(maxsize=1)
def retired_regions() -> tuple[RegionRow, ...]:
    return tuple(r for r in regions() if r.retired)


@lru_cache(maxsize=1)
def mobile_prefixes() -> tuple[str, ...]:
    """Prefixes of segments that give ordinary 11-digit mobile numbers (no IoT/data-only ones)."""
    try:
        from leakaid.detect import tables  # type: ignore[attr-defined]

        if hasattr(tables, "mobile_segments"):
            found = tuple(
                sorted(
                    s.prefix
                    for s in tables.mobile_segments()
                    if s.kind in ("mobile", "virtual") and 3 <= len(s.prefix) <= 7
                )
            )
        else:
            found = tuple(sorted(p for p in tables.mobile_prefixes() if 3 <= len(p) <= 7 and p.isdigit()))
        if found:
            return found
    except Exception:  # tables missing or still being built: use the sample
        pass
    return tuple(_FALLBACK_MOBILE)


@lru_cache(maxsize=1)
def area_codes() -> tuple[tuple[str, tuple[int, ...]], ...]:
    """(area code with trunk 0, allowed local-number lengths)."""
    try:
        from leakaid.detect import tables  # type: ignore[attr-defined]

        found = {}
        for a in tables.area_codes():
            if a.code.startswith("0") and 3 <= len(a.code) <= 4:
                lengths = tuple(getattr(a, "local_lengths", ()) or ((8,) if len(a.code) == 3 else (7, 8)))
                found[a.code] = lengths
        if found:
            return tuple(sorted(found.items()))
    except Exception:  # tables missing or still being built: use the sample
        pass
    return tuple((c, (8,) if len(c) == 3 else (7, 8)) for c in _FALLBACK_AREA)


@lru_cache(maxsize=1)
def bank_bins() -> tuple[BinRow, ...]:
    try:
        from leakaid.detect import tables  # type: ignore[attr-defined]

        found = tuple(
            BinRow(str(b.bin), int(b.length))
            for b in tables.bank_bins()
            if str(b.bin).isdigit() and 16 <= int(b.length) <= 19 and len(str(b.bin)) < int(b.length) - 1
        )
        if found:
            return found
    except Exception:  # tables missing or still being built: use the sample
        pass
    return tuple(BinRow(b, n) for b, n in _FALLBACK_BINS)
