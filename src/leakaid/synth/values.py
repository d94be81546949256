"""Single synthetic values with valid structure, one function per type.

Every function takes a ``random.Random`` and returns the plain (canonical) written form;
``leakaid.synth.render`` turns a plain value into obfuscated written forms.
"""

from __future__ import annotations

import datetime as _dt
import ipaddress
import random

from leakaid.detect.validators.checksums import gb11643_check_char, luhn_check_digit
from leakaid.synth import _tables
from leakaid.synth._words import (
    COMPANY_MAIL,
    COMPOUND_SURNAMES,
    ENGLISH_NICKS,
    ESTATES,
    FREE_MAIL,
    GIVEN_CHARS,
    PINYIN,
    ROAD_PARTS,
    ROAD_SUFFIX,
    SURNAMES,
    TOWNS,
    VILLAGES,
)

__all__ = [
    "fake_address",
    "fake_bank_card",
    "fake_birthdate",
    "fake_email",
    "fake_gps",
    "fake_hk_macao_permit",
    "fake_id_card",
    "fake_ip",
    "fake_landline",
    "fake_mobile",
    "fake_passport",
    "fake_person",
    "fake_plate",
    "fake_qq",
    "fake_wechat",
    "random_date",
]

_DIGITS = "0123456789"
_PASSPORT_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I/O
_PLATE_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_DIGITS) for _ in range(n))


def random_date(rng: random.Random, start_year: int = 1950, end_year: int = 2008) -> _dt.date:
    """A real calendar date between Jan 1 of ``start_year`` and Dec 31 of ``end_year``."""
    lo = _dt.date(start_year, 1, 1).toordinal()
    hi = _dt.date(end_year, 12, 31).toordinal()
    return _dt.date.fromordinal(rng.randint(lo, hi))


def fake_id_card(
    rng: random.Random,
    *,
    legacy: bool = False,
    retired: bool = False,
    birth: _dt.date | None = None,
    sex: str | None = None,
) -> str:
    """A resident ID number: 18 digits with a GB 11643 check character (or 15-digit legacy).

    ``retired=True`` uses a region code that is no longer issued (people keep such IDs);
    the birth date then falls before the code was retired. ``sex`` is '男' or '女'.
    """
    pool = _tables.retired_regions() if retired else _tables.current_regions()
    if not pool:
        pool = _tables.regions()
    region = rng.choice(pool)
    if birth is None:
        end = min(2008, region.last_year - 1) if region.retired else 2008
        birth = random_date(rng, 1940 if legacy else 1950, min(end, 1999) if legacy else end)
    seq = rng.randint(0, 99)
    sex_digit = rng.randrange(0, 10)
    if sex == "男" and sex_digit % 2 == 0:
        sex_digit = (sex_digit + 1) % 10
    elif sex == "女" and sex_digit % 2 == 1:
        sex_digit = (sex_digit + 1) % 10
    tail = f"{seq:02d}{sex_digit}"
    if legacy:
        return f"{region.code}{birth:%y%m%d}{tail}"
    first17 = f"{region.code}{birth:%Y%m%d}{tail}"
    return first17 + gb11643_check_char(first17)


def fake_mobile(rng: random.Random) -> str:
    """An 11-digit mainland mobile number in a real number segment."""
    prefix = rng.choice(_tables.mobile_prefixes())
    return prefix + _digits(rng, 11 - len(prefix))


def fake_landline(rng: random.Random, *, extension: bool = False) -> str:
    """A landline ``0AC-LOCAL`` (3-digit area codes get 8-digit locals, 4-digit ones 7 or 8), optional ``-EXT``."""
    code, lengths = rng.choice(_tables.area_codes())
    n = rng.choice(lengths)
    local = "400"
    while local.startswith(("400", "800")):  # those look like service numbers
        local = rng.choice("2345678") + _digits(rng, n - 1)
    value = f"{code}-{local}"
    if extension:
        value += "-" + str(rng.randint(100, 9999))
    return value


def fake_bank_card(rng: random.Random) -> str:
    """A bank card number: real BIN, the card's length, Luhn check digit."""
    row = rng.choice(_tables.bank_bins())
    body = row.bin + _digits(rng, row.length - len(row.bin) - 1)
    return body + luhn_check_digit(body)


def _pinyin_local(rng: random.Random) -> str:
    style = rng.random()
    if style < 0.35:
        return (
            rng.choice(PINYIN) + rng.choice(PINYIN) + (str(rng.randint(1, 99)) if rng.random() < 0.5 else "")
        )
    if style < 0.55:
        return rng.choice(PINYIN) + rng.choice("._") + rng.choice(PINYIN) + str(rng.randint(1960, 2010))
    if style < 0.7:
        return rng.choice(ENGLISH_NICKS) + str(rng.randint(1, 9999))
    return rng.choice(PINYIN)[0] + rng.choice(PINYIN) + str(rng.randint(10, 999))


def fake_qq(rng: random.Random) -> str:
    """A QQ number: 5-11 digits, first digit non-zero (most are 8-10 digits); 11-digit ones never start with 1."""
    n = rng.choices((5, 6, 7, 8, 9, 10, 11), weights=(1, 2, 4, 10, 12, 10, 2))[0]
    first = rng.choice("23456789" if n == 11 else "123456789")  # an 11-digit 1xx… would be a mobile
    return first + _digits(rng, n - 1)


def fake_email(rng: random.Random) -> str:
    """An email with a pinyin/digits local part at a common Chinese provider or a company domain."""
    r = rng.random()
    if r < 0.2:
        return f"{fake_qq(rng)}@qq.com"
    if r < 0.8:
        return f"{_pinyin_local(rng)}@{rng.choice(FREE_MAIL)}"
    return f"{rng.choice(PINYIN)}.{rng.choice(PINYIN)}@{rng.choice(COMPANY_MAIL)}"


def fake_plate(rng: random.Random, *, new_energy: bool | None = None, special: bool = False) -> str:
    """A licence plate: 京A12345 (7 chars), new-energy 京AD12345 / 粤B12345F (8 chars), optional 领 (consulate) plates."""
    prov = rng.choice(_PLATE_PROVINCES)
    letter = rng.choice(_PLATE_LETTERS)
    if special:
        return f"{prov}{letter}{_digits(rng, 4)}领"
    if new_energy is None:
        new_energy = rng.random() < 0.25
    if new_energy:
        if rng.random() < 0.7:  # small cars: D/F then 5 chars
            return f"{prov}{letter}{rng.choice('DF')}{rng.choice(_PLATE_LETTERS + _DIGITS)}{_digits(rng, 4)}"
        return f"{prov}{letter}{_digits(rng, 5)}{rng.choice('DF')}"  # large vehicles
    tail = list(_digits(rng, 5))
    for i in rng.sample(range(5), rng.choice((0, 0, 1, 2))):
        tail[i] = rng.choice(_PLATE_LETTERS)
    return prov + letter + "".join(tail)


def fake_passport(rng: random.Random) -> str:
    """An ordinary passport number: E+8 digits, E+letter(not I/O)+7 digits, or G+8 digits."""
    r = rng.random()
    if r < 0.45:
        return "E" + _digits(rng, 8)
    if r < 0.8:
        return "E" + rng.choice(_PASSPORT_LETTERS) + _digits(rng, 7)
    return "G" + _digits(rng, 8)


def fake_hk_macao_permit(rng: random.Random) -> str:
    """A Hong Kong/Macao travel permit: C+8 digits, C+letter+7 digits, or H/M+8 (or 10) digits."""
    r = rng.random()
    if r < 0.45:
        return "C" + _digits(rng, 8)
    if r < 0.6:
        return "C" + rng.choice(_PASSPORT_LETTERS) + _digits(rng, 7)
    return rng.choice("HM") + _digits(rng, rng.choice((8, 8, 10)))


def fake_ip(rng: random.Random, *, v6: bool | None = None) -> str:
    """A public (globally routable) IPv4 address or an IPv6 global-unicast address."""
    if v6 is None:
        v6 = rng.random() < 0.15
    while True:
        if v6:
            head = rng.choice((0x240E, 0x2408, 0x2409, 0x2400, 0x2401, 0x2402, 0x2403))
            addr = ipaddress.IPv6Address((head << 112) | rng.getrandbits(112))
        else:
            addr = ipaddress.IPv4Address(rng.randint(0x01000000, 0xDFFFFFFF))
        if addr.is_global and not addr.is_multicast:
            return addr.compressed


def fake_wechat(rng: random.Random) -> str:
    """A user-set WeChat ID: a letter first, then 5-19 of [A-Za-z0-9_-] (6-20 total)."""
    r = rng.random()
    if r < 0.4:
        base = rng.choice(PINYIN) + rng.choice(PINYIN) + str(rng.randint(1, 9999))
    elif r < 0.6:
        base = rng.choice(PINYIN) + rng.choice("_-") + _digits(rng, rng.randint(3, 8))
    elif r < 0.8:
        base = rng.choice(ENGLISH_NICKS) + rng.choice(("_", "", "-")) + rng.choice(PINYIN) + _digits(rng, 2)
    else:
        base = "wxid_" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14))
    if len(base) < 6:
        base += _digits(rng, 6 - len(base))
    return base[:20]


def fake_gps(rng: random.Random) -> tuple[float, float]:
    """(latitude, longitude) inside mainland China's bulk (rounded to 6 decimals)."""
    return round(rng.uniform(22.0, 45.0), 6), round(rng.uniform(98.0, 125.0), 6)


def fake_birthdate(rng: random.Random) -> _dt.date:
    return random_date(rng, 1950, 2008)


def fake_person(rng: random.Random) -> str:
    """A plausible Chinese name: surname (5% compound) + 1-2 given-name characters."""
    surname = rng.choice(COMPOUND_SURNAMES) if rng.random() < 0.05 else rng.choice(SURNAMES)
    given = "".join(rng.choice(GIVEN_CHARS) for _ in range(1 if rng.random() < 0.3 else 2))
    return surname + given


def fake_address(rng: random.Random, *, with_province: bool | None = None, detail: bool = True) -> str:
    """A postal address from real division names down to road, number and building/unit/room.

    ``with_province=False`` drops the province (common in practice); ``detail=False`` stops
    at the street number.
    """
    region = rng.choice(_tables.current_regions() or _tables.regions())
    if with_province is None:
        with_province = rng.random() < 0.75
    parts = []
    if with_province or not region.city:
        parts.append(region.province)
    parts.append(region.city)
    parts.append(region.county)
    if rng.random() < 0.1:
        parts.append(rng.choice(TOWNS) + rng.choice(VILLAGES) + f"{rng.randint(1, 60)}号")
        return "".join(parts)
    if rng.random() < 0.15:
        parts.append(rng.choice(TOWNS))
    parts.append(f"{rng.choice(ROAD_PARTS)}{rng.choice(ROAD_SUFFIX)}{rng.randint(1, 999)}号")
    if detail:
        r = rng.random()
        if r < 0.5:
            parts.append(
                f"{rng.choice(ESTATES)}{rng.randint(1, 30)}栋{rng.randint(1, 6)}单元{rng.randint(1, 33)}{rng.randint(1, 4):02d}室"
            )
        elif r < 0.8:
            parts.append(f"{rng.randint(1, 20)}号楼{rng.randint(1, 30)}{rng.randint(1, 8):02d}")
        else:
            parts.append(
                f"{rng.choice(ESTATES)}{rng.randint(1, 12)}-{rng.randint(1, 4)}-{rng.randint(101, 2802)}"
            )
    return "".join(parts)
