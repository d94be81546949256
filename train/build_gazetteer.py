"""Build src/leakaid/detect/pii_names/data/regions.tsv from python-stdnum's stdnum/cn/loc.dat.

Run: python train/build_gazetteer.py  (needs python-stdnum, a build-time tool only).
Output columns: code6, province, prefecture, county, retired (1 = no longer issued).
"""

from __future__ import annotations

import re
from pathlib import Path

import stdnum.cn

OUT = Path(__file__).resolve().parents[1] / "src/leakaid/detect/pii_names/data/regions.tsv"
GENERIC = {
    "市辖区",
    "县",
    "省直辖县级行政区划",
    "自治区直辖县级行政区划",
    "省直辖行政单位",
    "直辖县级行政单位",
}
# Hong Kong, Macao and Taiwan are not in GB/T 2260 detail; common divisions, written for this project.
EXTRA = [
    ("810000", "香港特别行政区", "", ""),
    *[
        ("810000", "香港特别行政区", "", n)
        for n in (
            "中西区",
            "湾仔区",
            "东区",
            "南区",
            "油尖旺区",
            "深水埗区",
            "九龙城区",
            "黄大仙区",
            "观塘区",
            "荃湾区",
            "屯门区",
            "元朗区",
            "北区",
            "大埔区",
            "西贡区",
            "沙田区",
            "葵青区",
            "离岛区",
            "九龙",
            "新界",
            # how Hong Kong addresses name places: districts without 区, and the localities people write
            "中西", "湾仔", "油尖旺", "深水埗", "九龙城", "黄大仙", "观塘", "荃湾", "屯门", "元朗", "大埔", "西贡", "沙田",
            "葵青", "尖沙咀", "尖沙嘴", "旺角", "油麻地", "佐敦", "太子", "大角咀", "铜锣湾", "中环", "上环", "北角",
            "鲗鱼涌", "筲箕湾", "柴湾", "香港仔", "跑马地", "坚尼地城", "将军澳", "天水围", "九龙塘", "红磡", "土瓜湾",
            "何文田", "长沙湾", "荔枝角", "美孚", "粉岭", "上水", "青衣", "东涌", "葵涌", "火炭", "大围",
        )
    ],
    ("820000", "澳门特别行政区", "", ""),
    *[("820000", "澳门特别行政区", "", n) for n in ("澳门半岛", "氹仔", "路环", "花地玛堂区", "大堂区")],
    ("710000", "台湾省", "", ""),
    *[
        ("710000", "台湾省", n, "")
        for n in (
            "台北市",
            "新北市",
            "桃园市",
            "台中市",
            "台南市",
            "高雄市",
            "基隆市",
            "新竹市",
            "嘉义市",
            "新竹县",
            "苗栗县",
            "彰化县",
            "南投县",
            "云林县",
            "嘉义县",
            "屏东县",
            "宜兰县",
            "花莲县",
            "台东县",
            "澎湖县",
        )
    ],
]


def main() -> None:
    path = Path(stdnum.cn.__file__).with_name("loc.dat")
    rows: list[tuple[str, str, str, str, int]] = []
    province = ""
    prov_code = ""
    prefectures: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r'^(\d\d) province="([^"]+)"', line)
        if m:
            prov_code, province = m.group(1), m.group(2)
            if prov_code in {"71", "81", "82"}:
                province = ""
            continue
        m = re.match(r'^\s+(\d{4}) county="([^"]+)"', line)
        if not m or not province:
            continue
        sub, raw = m.groups()
        code = prov_code + sub
        # "[-1980]旅大市,[1981-]大连市": every name a code has carried, with its years
        names = []
        for part in raw.split(","):
            pm = re.match(r"(?:\[([^\]]*)\])?(.+)", part.strip())
            years, name = pm.groups()
            names.append((name, int(bool(years) and not years.endswith("-"))))
        for name, retired in names:
            if name in GENERIC or sub == "0000":
                continue
            if sub.endswith("00"):
                if not retired or code[:4] not in prefectures:
                    prefectures[code[:4]] = name
                rows.append((code, province, name, "", retired))
            else:
                pref = prefectures.get(code[:4], "")
                if pref in GENERIC:
                    pref = ""
                rows.append((code, province, pref, name, retired))
    for code, prov, pref, county in EXTRA:
        rows.append((code, prov, pref, county, 0))
    seen: set[tuple[str, ...]] = set()
    out = ["#code\tprovince\tprefecture\tcounty\tretired"]
    for r in rows:
        key = tuple(map(str, r))
        if key not in seen:
            seen.add(key)
            out.append("\t".join(key))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"{len(out) - 1} rows -> {OUT}")


if __name__ == "__main__":
    main()
