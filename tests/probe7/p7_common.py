"""Document builder and formatting helpers shared by the probe-7 builders."""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def load_sibling(modname: str, filename: str):
    """Import a file of this directory under a probe-unique module name (other probes have a values.py too)."""
    if modname not in sys.modules:
        spec = importlib.util.spec_from_file_location(modname, HERE / filename)
        mod = importlib.util.module_from_spec(spec)
        sys.modules[modname] = mod
        spec.loader.exec_module(mod)
    return sys.modules[modname]


pv = load_sibling("p7_values", "values.py")

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡蒋余杜叶程苏魏吕丁任沈姚卢")
SURNAMES_T = list("王李張劉陳楊黃趙吳周徐孫馬朱胡郭何高林羅鄭梁謝宋唐許韓馮鄧曹彭曾蕭田董袁潘蔡蔣余杜葉程蘇魏呂丁任沈姚盧")
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉建国红梅飞鑫宇浩凯晨欣悦琳瑶婷雪思远博文轩")
GIVEN_T = list("偉芳娜敏靜麗強磊軍洋勇艷傑娟濤明超秀霞平剛桂英華玉蘭萍鵬輝建國紅梅飛鑫宇浩凱晨欣悅琳瑤婷雪思遠博文軒")


class Doc:
    """Text assembled piece by piece; labelled pieces record their (start, end, type)."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._pos = 0
        self.spans: list[list] = []

    def t(self, s: str) -> Doc:
        self._parts.append(s)
        self._pos += len(s)
        return self

    def v(self, s: str, typ: str) -> Doc:
        if not pv.validate(typ, s):
            raise ValueError(f"span does not validate: {typ} {s!r}")
        self.spans.append([self._pos, self._pos + len(s), typ])
        return self.t(s)

    @property
    def text(self) -> str:
        return "".join(self._parts)


def name(rng: random.Random, trad: bool = False) -> str:
    s = SURNAMES_T if trad else SURNAMES
    g = GIVEN_T if trad else GIVEN
    return rng.choice(s) + "".join(rng.choice(g) for _ in range(rng.choice([1, 2, 2])))


def masked_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(["某", "某某", "*", "**"])


def f_mobile(rng: random.Random, n: str, style: int | None = None) -> str:
    s = rng.randrange(11) if style is None else style
    if s <= 2:
        return n
    return {
        3: f"{n[:3]}-{n[3:7]}-{n[7:]}", 4: f"{n[:3]} {n[3:7]} {n[7:]}", 5: f"+86 {n}", 6: f"+86{n}",
        7: f"+86-{n[:3]}-{n[3:7]}-{n[7:]}", 8: f"(+86){n}", 9: pv.fw(n), 10: f"0086 {n}",
    }[s]


def f_intl(rng: random.Random, cc: str, n: str) -> str:
    if len(n) == 8:
        a, b = n[:4], n[4:]
        return rng.choice([f"+{cc} {a} {b}", f"+{cc}{n}", f"+{cc}-{a}-{b}", f"({cc}) {a} {b}", f"00{cc} {a}{b}",
                           f"+{cc} {a}{b}"])
    a, b, c = n[:3], n[3:6], n[6:]
    return rng.choice([f"+{cc} {a} {b} {c}", f"+{cc}-{a}-{b}-{c}", f"+{cc}{n}", f"+{cc} {n}"])


def f_land(rng: random.Random, area: str, local: str, style: int | None = None) -> str:
    s = rng.randrange(7) if style is None else style
    h = len(local) // 2
    return [f"{area}-{local}", f"({area}){local}", f"{area} {local[:h]} {local[h:]}", f"{area}{local}",
            f"（{area}）{local}", f"{area}-{local[:h]}-{local[h:]}", pv.fw(f"{area}-{local}")][s]


def f_id(rng: random.Random, n: str, style: int | None = None) -> str:
    s = rng.randrange(8) if style is None else style
    if s == 5:
        return f"{n[:6]} {n[6:14]} {n[14:]}"
    if s == 6:
        return pv.fw(n)
    if s == 7 and n.endswith("X"):
        return n[:-1] + "x"
    return n


def f_card(rng: random.Random, n: str, style: int | None = None) -> str:
    s = rng.randrange(6) if style is None else style
    if s == 3:
        return " ".join(n[i:i + 4] for i in range(0, len(n), 4))
    if s == 4:
        return "-".join(n[i:i + 4] for i in range(0, len(n), 4))
    return n


def f_plate(rng: random.Random, p: str, style: int | None = None) -> str:
    s = rng.randrange(4) if style is None else style
    return [p, p[:2] + "·" + p[2:], p, p[:2] + " " + p[2:]][s]


def mask_mobile(n: str, rng: random.Random) -> str:
    return rng.choice([n[:3] + "****" + n[-4:], n[:3] + "*****" + n[-3:], n[:3] + "××××" + n[-4:]])


def mask_id(n: str, rng: random.Random) -> str:
    return rng.choice([n[:6] + "********" + n[-4:], n[:3] + "*" * 11 + n[-4:], n[:4] + "**********" + n[-4:],
                       n[:6] + "****" + n[10:14] + "****"])


def mask_card(n: str, rng: random.Random) -> str:
    return rng.choice([n[:6] + "*" * (len(n) - 10) + n[-4:], "**** **** **** " + n[-4:], n[:4] + " **** **** " + n[-4:]])
