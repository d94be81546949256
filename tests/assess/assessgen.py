"""Synthetic personal data with valid (or deliberately invalid) checksums — no real person behind any value."""

from __future__ import annotations

import random

from leakaid.detect.validators.checksums import gb11643_check_char, luhn_check_digit

REGIONS = ["110101", "310104", "440305", "330106", "510107", "420102", "320102", "370202"]
MOBILE_PREFIXES = ["138", "139", "186", "135", "150", "177", "199", "158"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华"


def id_card(rng: random.Random, valid: bool = True) -> str:
    first = rng.choice(REGIONS) + f"{rng.randint(1950, 2005)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    first += f"{rng.randint(0, 999):03d}"
    check = gb11643_check_char(first)
    if not valid:
        check = "0" if check != "0" else "1"
    return first + check


def mobile(rng: random.Random, valid: bool = True) -> str:
    if not valid:
        return "1" + rng.choice("012") + "".join(rng.choice("0123456789") for _ in range(9))
    return rng.choice(MOBILE_PREFIXES) + "".join(rng.choice("0123456789") for _ in range(8))


def bank_card(rng: random.Random, valid: bool = True) -> str:
    body = "622848" + "".join(rng.choice("0123456789") for _ in range(12))
    c = luhn_check_digit(body)
    if not valid:
        c = str((int(c) + 1) % 10)
    return body + c


def name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2)))


def email(rng: random.Random) -> str:
    return "u" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(8)) + "@example.com"


def people(n: int, seed: int = 1) -> list[dict[str, str]]:
    rng = random.Random(seed)
    seen: set[str] = set()
    out = []
    while len(out) < n:
        p = {"姓名": name(rng), "身份证号": id_card(rng), "手机号": mobile(rng), "邮箱": email(rng)}
        if p["身份证号"] in seen:
            continue
        seen.add(p["身份证号"])
        out.append(p)
    return out
