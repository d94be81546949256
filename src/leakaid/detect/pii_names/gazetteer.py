"""Administrative-division gazetteer (data/regions.tsv, built by train/build_gazetteer.py).

Names are matched on folded text (see ``fold``) with one Aho-Corasick automaton: full names of
provinces, prefectures and counties, plus short forms of provinces and prefectures (浙江, 杭州).
County short forms and one-character abbreviations (京, 沪) are never used: too ambiguous.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

import ahocorasick

from .hanzi import TRAD_TO_SIMP

_SUFFIXES = (
    "特别行政区",
    "维吾尔自治区",
    "壮族自治区",
    "回族自治区",
    "自治区",
    "自治州",
    "地区",
    "省",
    "市",
    "盟",
)


_GENERIC = frozenset(
    {"郊区", "新区", "市区", "城区", "矿区", "东区", "西区", "南区", "北区", "中区", "林区", "特区"}
)


@dataclass(frozen=True, slots=True)
class Division:
    level: str  # "province" | "city" | "district"
    province: str
    city: str
    district: str


def _fold_table() -> dict[int, str]:
    table = {o: chr(o - 0xFEE0) for o in range(0xFF01, 0xFF5F)}
    table[0x3000] = " "
    table.update({ord(t): s for t, s in TRAD_TO_SIMP.items()})
    return table


FOLD = _fold_table()


def fold(text: str) -> str:
    """Full-width ASCII -> half-width and Traditional -> Simplified, one character for one."""
    return text.translate(FOLD)


def _short(name: str) -> str | None:
    for suf in _SUFFIXES:
        if name.endswith(suf) and len(name) - len(suf) >= 2:
            base = name[: -len(suf)]
            # 内蒙古自治区 -> 内蒙古; 广西壮族自治区 -> 广西; 甘孜藏族自治州 -> 甘孜 is too loose: keep "甘孜州"
            if suf == "自治州":
                return None
            for eth in ("藏族", "彝族", "苗族", "土家族", "朝鲜族", "蒙古族", "回族", "哈萨克", "柯尔克孜"):
                if base.endswith(eth):
                    return None
            return base
    return None


@functools.cache
def automaton() -> tuple[ahocorasick.Automaton, dict[str, list[Division]]]:
    index: dict[str, list[Division]] = {}

    def add(name: str, div: Division) -> None:
        if len(name) < 2 or name in _GENERIC:
            return
        lst = index.setdefault(name, [])
        if div not in lst:
            lst.append(div)

    text = resources.files(__package__).joinpath("data/regions.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        _code, prov, pref, county, _retired = line.split("\t")
        if county:
            div = Division("district", prov, pref or (prov if prov.endswith("市") else ""), county)
            add(county, div)
        elif pref:
            div = Division("city", prov, pref, "")
            add(pref, div)
            s = _short(pref)
            if s:
                add(s, div)
            if pref.endswith("自治州"):
                for eth in (
                    "藏族",
                    "彝族",
                    "苗族",
                    "土家族",
                    "朝鲜族",
                    "蒙古族",
                    "回族",
                    "布依族",
                    "侗族",
                    "傣族",
                    "哈尼族",
                    "白族",
                    "景颇族",
                    "傈僳族",
                    "壮族",
                    "哈萨克",
                    "柯尔克孜",
                    "羌族",
                ):
                    i = pref.find(eth)
                    if i >= 2:
                        add(pref[:i] + "州", div)
                        break
        if prov:
            div = Division("province", prov, "", "")
            add(prov, div)
            s = _short(prov)
            if s:
                add(s, div)
            if prov.endswith("市"):  # municipalities: the city level is the province itself
                add(prov, Division("city", prov, prov, ""))
    a = ahocorasick.Automaton()
    for name in index:
        a.add_word(name, name)
    a.make_automaton()
    return a, index


def longest_at(folded: str) -> dict[int, str]:
    """start offset -> the longest division name starting there."""
    a, _ = automaton()
    best: dict[int, str] = {}
    for end, name in a.iter(folded):
        start = end - len(name) + 1
        if len(name) > len(best.get(start, "")):
            best[start] = name
    return best


def resolve(names: list[str]) -> dict[str, str]:
    """Province / city / district details for a chain of division names, most consistent reading."""
    _, index = automaton()
    cands = [d for n in names for d in index.get(n, [])]
    if not cands:
        return {}
    provs = {d.province for d in cands if d.level == "province"}
    cities = {d.city for d in cands if d.level == "city"}

    def score(d: Division) -> tuple[int, int]:
        s = (d.province in provs) + (bool(d.city) and d.city in cities)
        return (s, {"district": 2, "city": 1, "province": 0}[d.level])

    best = max(cands, key=score)
    out = {"province": best.province}
    if best.city:
        out["city"] = best.city
    if best.district:
        out["district"] = best.district
    return out
