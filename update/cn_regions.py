#!/usr/bin/env python3
"""Regenerate src/leakaid/detect/data/cn_regions.tsv from python-stdnum's ``stdnum/cn/loc.dat``.

``loc.dat`` is a numdb file compiled by the python-stdnum authors from the Chinese Wikipedia pages
"中华人民共和国行政区划代码 (1区 … 8区)" (text under CC BY-SA). It lists every GB/T 2260 code ever issued,
with validity markers such as ``[1986-]``, ``[-2010]`` or ``[1983-1999]郊区,[2000-]赛罕区``.

Run (python-stdnum must be importable; it is an update-time dependency only)::

    python update/cn_regions.py            # writes the TSV in place
    python update/cn_regions.py --check    # exits 1 when the TSV is out of date
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import stdnum

OUT = Path(__file__).resolve().parent.parent / "src/leakaid/detect/data/cn_regions.tsv"

# loc.dat spells these in Traditional characters; GB/T 2260 uses Simplified.
PROVINCE_FIX = {"香港特別行政區": "香港特别行政区", "澳門特別行政區": "澳门特别行政区"}

# Prefecture-level rows that are groupings, not places: a county under them has no city name.
PSEUDO_PREFECTURES = frozenset(
    {"市辖区", "县", "林区", "省直辖县级行政单位", "省直辖行政单位", "自治区直辖县级行政单位"}
)

# Codes used in identity numbers that GB/T 2260 itself does not list (港澳台居民居住证, 2018).
SUPPLEMENT = [("830000", "台湾省", "", "", 2018, None)]

_PERIOD = re.compile(r"^\[(\d{4})?-(\d{4})?\](.*)$")


@dataclass
class Entry:
    code: str
    name: str
    valid_from: int | None
    valid_to: int | None


def parse_names(code: str, value: str) -> list[Entry]:
    """Split ``[1983-1999]郊区,[2000-]赛罕区`` into one entry per name and period."""
    out = []
    for part in value.split(","):
        m = _PERIOD.match(part.strip())
        if m:
            start, end, name = m.groups()
            out.append(Entry(code, name.strip(), int(start) if start else None, int(end) if end else None))
        else:
            out.append(Entry(code, part.strip(), None, None))
    return out


def read_loc_dat() -> tuple[str, dict[str, str], list[Entry]]:
    """Return the header comment, province names by 2-digit prefix and all entries."""
    text = resources.files("stdnum.cn").joinpath("loc.dat").read_text(encoding="utf-8")
    header: list[str] = []
    provinces: dict[str, str] = {}
    entries: list[Entry] = []
    prefix = ""
    for line in text.splitlines():
        if line.startswith("#"):
            header.append(line.lstrip("# ").strip())
            continue
        if not line.strip():
            continue
        m = re.match(r'^(\s*)(\d+)\s+(\w+)="([^"]*)"$', line)
        if not m:
            raise ValueError(f"unexpected line in loc.dat: {line!r}")
        indent, digits, key, value = m.groups()
        if not indent:
            prefix = digits
            provinces[prefix] = PROVINCE_FIX.get(value, value)
        else:
            code = prefix + digits
            if len(code) != 6:
                raise ValueError(f"unexpected code length: {code!r}")
            entries.extend(parse_names(code, value))
    return "\n".join(header), provinces, entries


def overlaps(a: Entry, b: Entry) -> int:
    """Number of years two periods share (open ends count as 1980 / 2100)."""
    lo = max(a.valid_from or 1980, b.valid_from or 1980)
    hi = min(a.valid_to or 2100, b.valid_to or 2100)
    return hi - lo + 1


def city_for(entry: Entry, prefectures: list[Entry]) -> str:
    """Name of the prefecture row that best overlaps ``entry`` in time ('' for pseudo groupings)."""
    if not prefectures:
        return ""
    best = max(prefectures, key=lambda p: (overlaps(entry, p), p.valid_to or 9999))
    return "" if best.name in PSEUDO_PREFECTURES else best.name


def build_rows() -> tuple[str, list[tuple[str, str, str, str, int | None, int | None]]]:
    header, provinces, entries = read_loc_dat()
    by_code: dict[str, list[Entry]] = {}
    for e in entries:
        by_code.setdefault(e.code, []).append(e)
    rows = []
    seen: set[tuple[str, int | None]] = set()
    for e in entries:
        province = PROVINCE_FIX.get(provinces[e.code[:2]], provinces[e.code[:2]])
        if e.code.endswith("0000"):
            city, county = "", ""
            # keep the province name the table gives for this period (e.g. 海南行政区 rows are prefectures)
            province = PROVINCE_FIX.get(e.name, e.name) or province
        elif e.code.endswith("00"):
            city, county = ("" if e.name in PSEUDO_PREFECTURES else e.name), ""
        else:
            city, county = city_for(e, by_code.get(e.code[:4] + "00", [])), e.name
        if e.valid_from and e.valid_to and e.valid_to < e.valid_from:
            # loc.dat has a few impossible periods such as [1983-1982]: keep the end year only
            e.valid_from = None
        key = (e.code, e.valid_from)
        if key in seen:
            continue
        seen.add(key)
        rows.append((e.code, province, city, county, e.valid_from, e.valid_to))
    for row in SUPPLEMENT:
        if (row[0], row[4]) not in seen:
            rows.append(row)
    rows.sort(key=lambda r: (r[0], r[4] or 0))
    return header, rows


def render() -> str:
    header, rows = build_rows()
    sources = [h for h in header.splitlines() if h.startswith("http")]
    lines = [
        "# GB/T 2260 administrative division codes, every code ever issued (retired ones included).",
        f"# Generated by update/cn_regions.py from python-stdnum {stdnum.__version__} stdnum/cn/loc.dat (LGPL-2.1+),",
        "# which was compiled from Chinese Wikipedia (text under CC BY-SA 3.0/4.0):",
        *(f"#   {s}" for s in sources),
        "# Supplement: 830000 (港澳台居民居住证 numbers for Taiwan residents), not part of GB/T 2260.",
        "# valid_from/valid_to are inclusive years; empty valid_from = since the first edition (1980),",
        "# empty valid_to = still in use. A code may have several rows (renamed over time).",
        "code\tprovince\tcity\tcounty\tvalid_from\tvalid_to",
    ]
    for code, province, city, county, start, end in rows:
        lines.append("\t".join([code, province, city, county, str(start or ""), str(end or "")]))
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare, do not write")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        return 0 if current == text else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10)) - 1} lines)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
