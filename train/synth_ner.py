"""Synthetic labelled lines (waybills, forms, CSV rows, court-style text, Traditional script).

All names, phone numbers and addresses are generated: surnames and given-name characters from
leakaid.detect.pii_names.surnames, divisions from the shipped gazetteer, roads / buildings from
syllable lists written here. Deterministic for a given seed.
"""

from __future__ import annotations

import random
from pathlib import Path

from leakaid.detect.pii_names.hanzi import TRAD_TO_SIMP
from leakaid.detect.pii_names.surnames import COMMON, COMPOUND, GIVEN_CHARS, RARE

REGIONS = Path(__file__).resolve().parents[1] / "src/leakaid/detect/pii_names/data/regions.tsv"
SIMP_TO_TRAD = {s: t for t, s in TRAD_TO_SIMP.items()}
ROAD_SYL = "人民解放建设中山和平胜利新华东风幸福光明文化长江黄河朝阳青年工业迎宾滨江南京北京延安学府春风金桥凤凰梧桐香樟"
POI_SYL = "锦绣华庭阳光花园翠苑金色家园绿地名都御景湾万科城碧桂园书香门第世纪新城紫荆公寓海棠湾枫林晚星河湾"
POI_SUF = ["小区", "花园", "大厦", "公寓", "新村", "家园", "苑", "广场", "中心", "名苑", "雅苑"]
ROAD_SUF = ["路", "街", "大道", "大街", "巷", "北路", "南路", "东路", "西路", "中路"]
TOWN_SUF = ["镇", "街道", "乡"]


def _regions() -> list[tuple[str, str, str]]:
    out = []
    for line in REGIONS.read_text(encoding="utf-8").splitlines()[1:]:
        code, prov, pref, county, retired = line.split("\t")
        if retired == "0" and county and prov and not code.startswith(("71", "81", "82")):
            out.append((prov, pref, county))
    return out


class Synth:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.regions = _regions()
        self.common = sorted(COMMON)
        self.rare = sorted(RARE - COMMON)
        self.compound = sorted(COMPOUND)

    def name(self) -> str:
        r = self.r
        x = r.random()
        if x < 0.04:
            sur = r.choice(self.compound)
        elif x < 0.12:
            sur = r.choice(self.rare)
        else:
            sur = r.choice(self.common[:150]) if r.random() < 0.7 else r.choice(self.common)
        n = 1 if r.random() < 0.35 else 2
        return sur + "".join(r.choice(GIVEN_CHARS) for _ in range(n))

    def phone(self) -> str:
        r = self.r
        return r.choice(["13", "15", "18", "17", "19"]) + "".join(str(r.randint(0, 9)) for _ in range(9))

    def address(self) -> str:
        r = self.r
        prov, pref, county = r.choice(self.regions)
        parts = []
        p = r.random()
        if p < 0.6:
            parts.append(prov)
        elif p < 0.75:
            parts.append(prov.removesuffix("省").removesuffix("市"))
        if pref and pref != prov and r.random() < 0.85:
            parts.append(pref)
        parts.append(county)
        if r.random() < 0.3:
            parts.append("".join(r.sample(ROAD_SYL, 2)) + r.choice(TOWN_SUF))
        parts.append("".join(r.sample(ROAD_SYL, 2)) + r.choice(ROAD_SUF) + f"{r.randint(1, 999)}号")
        if r.random() < 0.7:
            parts.append("".join(r.sample(POI_SYL, 2)) + r.choice(POI_SUF))
            q = r.random()
            if q < 0.4:
                parts.append(
                    f"{r.randint(1, 30)}栋{r.randint(1, 6)}单元{r.randint(1, 33)}0{r.randint(1, 8)}室"
                )
            elif q < 0.7:
                parts.append(f"{r.randint(1, 30)}幢{r.randint(101, 2808)}室")
            elif q < 0.85:
                parts.append(f"{r.randint(1, 20)}-{r.randint(1, 6)}-{r.randint(101, 2808)}")
        sep = " " if r.random() < 0.1 else ""
        return sep.join(parts)

    def line(self) -> tuple[str, list[tuple[int, int, str]]]:
        """One labelled line; returns (text, spans)."""
        r = self.r
        name, addr, phone = self.name(), self.address(), self.phone()
        templates = [
            "收件人：{N} 电话：{P} 地址：{A}",
            "收货人:{N}，手机:{P}，收货地址:{A}",
            "{N},{P},{A}",
            "{N}\t{P}\t{A}",
            "寄件人：{N}\n寄件地址：{A}\n联系电话：{P}",
            "被告：{N}，男，汉族，住{A}。",
            "原告{N}，女，住所地{A}，联系电话{P}。",
            "联系人：{N}先生 {P} 地址 {A}",
            "请把快递送到{A}，{N}收，电话{P}",
            "姓名：{N} 家庭住址：{A}",
            "我叫{N}，住在{A}，有事打{P}。",
            "{A} {N} {P}",
            "户名 {N} 开户地址 {A}",
            "法定代表人：{N}，住{A}",
        ]
        t = r.choice(templates)
        text, spans, i = "", [], 0
        while i < len(t):
            if t[i] == "{":
                key = t[i + 1]
                val = {"N": name, "A": addr, "P": phone}[key]
                lab = {"N": "PERSON", "A": "ADDRESS"}.get(key)
                if lab:
                    spans.append((len(text), len(text) + len(val), lab))
                text += val
                i += 3
            else:
                text += t[i]
                i += 1
        if r.random() < 0.12:
            text = "".join(SIMP_TO_TRAD.get(c, c) for c in text)
        return text, spans
