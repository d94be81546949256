"""Format-preserving, checksum-valid, keyed pseudonyms.

``pseudonym_for(type, value, key)`` is a pure function of (key, type, normalised value):
the same value gets the same fake in every run with the same key, in any written form
(``138-1234-5678`` and ``+86 13812345678`` share the national number's fake).

Randomness comes from HMAC-SHA256(key, type ‖ value ‖ attempt) in counter mode, so the
output does not depend on Python's ``random`` implementation. A draw that equals the
original (or, inside one :class:`PseudonymRegistry`, another value's fake) is redrawn with
the next attempt number.

What each fake keeps: ID — the original's region code when it is a known GB/T 2260 code
(else a random real one), sex digit parity; new birth date and sequence; GB 11643 check digit.
Bank card — BIN and length; new Luhn digit. Mobile — the number segment (carrier) when it is
an allocated one. Landline — area code and length. E-mail — the domain. Plate — province and
city letter. IP — the first two IPv4 octets / first four IPv6 groups. Birth date — the year.
GPS — degrees and one decimal. Address — the division prefix down to the district.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import hmac
import ipaddress
import re
from collections.abc import Callable, Sequence

from leakaid.redact._chars import canonical, digit_value, is_sig, render, sig_positions, sig_text
from leakaid.redact.mask import address_prefix

__all__ = ["PseudonymRegistry", "pseudonym_for"]

MAX_ATTEMPTS = 64


class _Stream:
    """Deterministic random numbers from HMAC-SHA256 in counter mode."""

    def __init__(self, key: bytes, *parts: str) -> None:
        self._seed = hmac.new(key, "\x1f".join(parts).encode("utf-8"), hashlib.sha256).digest()
        self._counter = 0
        self._pool = b""
        self.attempt = 0

    def _take(self, n: int) -> bytes:
        while len(self._pool) < n:
            block = hmac.new(self._seed, self._counter.to_bytes(8, "big"), hashlib.sha256).digest()
            self._counter += 1
            self._pool += block
        out, self._pool = self._pool[:n], self._pool[n:]
        return out

    def below(self, n: int) -> int:
        if n <= 1:
            return 0
        limit = (1 << 32) - ((1 << 32) % n)
        while True:
            x = int.from_bytes(self._take(4), "big")
            if x < limit:
                return x % n

    def choice(self, seq: Sequence[str]) -> str:
        return seq[self.below(len(seq))]

    def digits(self, n: int) -> str:
        return "".join(str(self.below(10)) for _ in range(n))


def _tables():
    try:
        from leakaid.detect import tables
    except ImportError:  # pragma: no cover - the data helper is part of the package
        return None
    return tables


# --- per-type generators: (rng, original value, canonical value) -> fake value ----------------


def _fake_mobile(rng: _Stream, value: str, canon: str) -> str:
    pos = [i for i, ch in enumerate(value) if digit_value(ch) is not None]
    digits = sig_text(value)
    n = len(digits)
    national = digits[-11:]
    if n >= 11 and national.startswith("1") and n in (11, 13, 15):
        tables = _tables()
        prefix = national[:3]
        if tables is not None:
            known = tables.mobile_prefixes()
            own = [p for p in known if national.startswith(p)]
            if own:
                prefix = min(own, key=len)  # keep only the segment, not a longer block
            else:
                prefix = rng.choice(sorted(p for p in known if len(p) <= 4))
        for _ in range(32):
            fake = prefix + rng.digits(11 - len(prefix))
            if tables is None or tables.mobile_carrier(fake) is not None:
                break
        new = digits[:-11] + fake
    else:  # Hong Kong, Macao, Taiwan, international: keep the country code and first digit
        keep = max(1, n - 7)
        new = digits[:keep] + rng.digits(n - keep)
    return render(value, pos, new)


def _fake_id_card(rng: _Stream, value: str, canon: str) -> str:
    pos = sig_positions(value)
    s = sig_text(value)
    if len(s) not in (15, 18):
        return render(value, pos, "".join(rng.choice("0123456789") for _ in s))
    from leakaid.detect.validators.checksums import gb11643_check_char

    tables = _tables()
    region = s[:6]
    if tables is not None and tables.region(region) is None:
        regions = tables.all_regions()
        region = regions[rng.below(len(regions))].code
    if len(s) == 18:
        birth = _random_date(rng, 1950, 2005)
        sex = int(s[16]) % 2 if s[16].isdigit() else rng.below(2)
        seq = rng.digits(2) + str(rng.below(5) * 2 + sex)
        first17 = region + birth.strftime("%Y%m%d") + seq
        new = first17 + gb11643_check_char(first17)
    else:
        birth = _random_date(rng, 1930, 1999)
        sex = int(s[14]) % 2
        new = region + birth.strftime("%y%m%d") + rng.digits(2) + str(rng.below(5) * 2 + sex)
    return render(value, pos, new)


def _random_date(rng: _Stream, start_year: int, end_year: int) -> _dt.date:
    start = _dt.date(start_year, 1, 1).toordinal()
    end = _dt.date(end_year, 12, 31).toordinal()
    return _dt.date.fromordinal(start + rng.below(end - start + 1))


def _fake_bank_card(rng: _Stream, value: str, canon: str) -> str:
    from leakaid.detect.validators.checksums import luhn_check_digit

    pos = [i for i, ch in enumerate(value) if digit_value(ch) is not None]
    s = sig_text(value, letters=False)
    keep = 6
    tables = _tables()
    if tables is not None:
        b = tables.bank_of(s)
        if b is not None:
            keep = len(b.bin)
    keep = min(keep, len(s) - 5)
    body = s[:keep] + rng.digits(len(s) - keep - 1)
    return render(value, pos, body + luhn_check_digit(body))


def _landline_area_len(digits: str, international: bool) -> int:
    if international and digits.startswith("86"):
        rest = digits[2:]
        return 2 + (2 if rest[:1] in ("1", "2") else 3)
    if digits.startswith("0"):
        return 3 if digits[1:2] in ("1", "2") else 4
    return 0


def _fake_landline(rng: _Stream, value: str, canon: str) -> str:
    pos = [i for i, ch in enumerate(value) if digit_value(ch) is not None]
    s = sig_text(value, letters=False)
    international = value.lstrip().startswith(("+", "＋")) or s.startswith("00")
    digits = s[2:] if s.startswith("00") else s
    area = _landline_area_len(digits, international) + (len(s) - len(digits))
    local = len(s) - area
    if local <= 0:
        return render(value, pos, rng.digits(len(s)))
    while True:
        tail = str(2 + rng.below(7)) + rng.digits(local - 1)
        if not tail.startswith(("400", "800")):  # 400/800 service numbers are not landlines
            break
    return render(value, pos, s[:area] + tail)


def _fake_digits_keep_letters(rng: _Stream, value: str, canon: str) -> str:
    """Passport / permit numbers: letters kept, digits redrawn."""
    pos = sig_positions(value)
    s = sig_text(value)
    return render(value, pos, "".join(str(rng.below(10)) if ch.isdigit() else ch for ch in s))


def _fake_qq(rng: _Stream, value: str, canon: str) -> str:
    pos = [i for i, ch in enumerate(value) if digit_value(ch) is not None]
    n = len(pos)
    return render(value, pos, str(1 + rng.below(9)) + rng.digits(n - 1))


_LOWER = "abcdefghijkmnpqrstuvwxyz"


def _fake_wechat(rng: _Stream, value: str, canon: str) -> str:
    out = []
    start = 5 if value.lower().startswith("wxid_") else 0
    for i, ch in enumerate(value):
        if i < start or not is_sig(ch):
            out.append(ch)
        elif digit_value(ch) is not None:
            out.append(str(rng.below(10)))
        else:
            c = rng.choice(_LOWER)
            out.append(c.upper() if ch.isupper() else c)
    return "".join(out)


_PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def _fake_plate(rng: _Stream, value: str, canon: str) -> str:
    idx = [i for i, ch in enumerate(value) if is_sig(ch)]
    core = [value[i] for i in idx]
    energy = len(core) == 7  # 8 characters with the province: new-energy plate, D/F kept in place
    out = list(value)
    for k, i in enumerate(idx):
        if k == 0:  # the city letter
            continue
        ch = value[i]
        if energy and ch.upper() in "DF" and k in (1, len(core) - 1):
            continue
        if digit_value(ch) is not None:
            out[i] = render(ch, [0], str(rng.below(10)))
        else:
            out[i] = render(ch, [0], rng.choice(_PLATE_LETTERS))
    return "".join(out)


_SYLLABLES = (
    "an", "bai", "bo", "chen", "dong", "fang", "gang", "hai", "hong", "hua", "jia", "jian", "jing", "jun",
    "kai", "lan", "lei", "li", "lin", "ling", "long", "mei", "ming", "na", "ning", "peng", "ping", "qi",
    "qiang", "qing", "rui", "shan", "tao", "ting", "wei", "wen", "xia", "xin", "yan", "yang", "yi", "ying",
    "yu", "yun", "ze", "zhen", "zhi", "zhong",
)
_AT = re.compile(r"[@＠]|\s*[(\[（【]\s*at\s*[)\]）】]\s*|\s+at\s+", re.IGNORECASE)


def _fake_email(rng: _Stream, value: str, canon: str) -> str:
    m = _AT.search(value)
    local = rng.choice(_SYLLABLES) + rng.choice(_SYLLABLES) + rng.digits(2 + rng.below(3))
    if m is None:
        return local
    return local + value[m.start() :]


_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
_COMPOUND = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐")
_GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍建红飞鑫波斌宇浩凯健俊帆帅旭宁龙林欣"
    "佳琳晨雪婷颖思雨梓涵子轩博文昊然一诺欢瑶嘉怡可馨晓宏志国庆海云峰亮成辉丹阳春梅雅琪瑞泽睿凡"
)


def _fake_person(rng: _Stream, value: str, canon: str) -> str:
    name = "".join(ch for ch in value if not (ch.isspace() or ch in "·•.・"))
    n = max(2, min(len(name), 4))
    if n == 2 and rng.attempt >= 8:  # two-character names are a small space: go longer after collisions
        n = 3
    if n == 4:
        surname = rng.choice(_COMPOUND)
    else:
        surname = rng.choice(_SURNAMES)
    given = "".join(rng.choice(_GIVEN) for _ in range(n - len(surname)))
    return surname + given


_ROADS = (
    "建设", "人民", "解放", "中山", "和平", "胜利", "新华", "文化", "学府", "朝阳", "长江", "黄河", "青年",
    "光明", "振兴", "幸福", "民主", "团结", "东风", "红旗", "迎宾", "滨江", "友谊", "育才", "花园", "体育",
)
_ROAD_KINDS = ("路", "街", "大道", "巷")


def _fake_address(rng: _Stream, value: str, canon: str) -> str:
    prefix = address_prefix(value)
    road = rng.choice(_ROADS) + rng.choice(_ROAD_KINDS) + str(1 + rng.below(299)) + "号"
    if re.search(r"[栋幢楼单元室]", value[len(prefix) :]):
        road += f"{1 + rng.below(30)}栋{1 + rng.below(6)}单元{1 + rng.below(30)}0{1 + rng.below(4)}室"
    return prefix + road


def _fake_ip(rng: _Stream, value: str, canon: str) -> str:
    try:
        ip = ipaddress.ip_address(canon)
    except ValueError:
        return ".".join(str(rng.below(256)) for _ in range(4))
    for _ in range(32):
        if ip.version == 4:
            head = ip.packed[:2]
            cand = ipaddress.IPv4Address(head + bytes([rng.below(256), 1 + rng.below(254)]))
        else:
            cand = ipaddress.IPv6Address(ip.packed[:8] + bytes(rng.below(256) for _ in range(8)))
        if cand.is_global or not ip.is_global:
            break
    if ip.version == 4 and re.fullmatch(r"[\d.]+", value):
        return str(cand)
    if ip.version == 6:
        return cand.exploded if len(value) >= 39 else cand.compressed
    return str(cand)


_DATE = re.compile(r"(\d{4})(\D{0,3}?)(\d{1,2})(\D{0,3}?)(\d{1,2})")


def _fake_birthdate(rng: _Stream, value: str, canon: str) -> str:
    pos = [i for i, ch in enumerate(value) if digit_value(ch) is not None]
    ascii_digits = "".join(digit_value(ch) or ch for ch in value)
    m = _DATE.search(ascii_digits)
    if m is None:
        return render(value, pos, rng.digits(len(pos)))
    year = int(m.group(1))
    if not 1 <= year <= 9999:
        year = 1990
    d = _random_date(rng, year, year)
    month = f"{d.month:0{len(m.group(3))}d}" if len(m.group(3)) == 2 else str(d.month)
    day = f"{d.day:0{len(m.group(5))}d}" if len(m.group(5)) == 2 else str(d.day)
    if len(m.group(3)) == 1 and d.month > 9 or len(m.group(5)) == 1 and d.day > 9:
        # one-digit fields cannot hold the new value in place: rebuild the written form
        out = ascii_digits[: m.start(3)] + month + m.group(4) + day + ascii_digits[m.end(5) :]
        return out
    new_digits = m.group(1) + month + day
    date_pos = [p for p in pos if m.start() <= p < m.end()]
    return render(value, date_pos, new_digits)


_NUMBER = re.compile(r"(\d+)(?:[.．](\d+))?")


def _fake_gps(rng: _Stream, value: str, canon: str) -> str:
    from leakaid.detect.normalize import fold

    folded = fold(value)
    out = list(value)
    for m in _NUMBER.finditer(folded):
        if m.group(2) is not None:
            for i in range(m.start(2) + 1, m.end(2)):
                out[i] = render(value[i], [0], str(rng.below(10)))
        elif folded[: m.start()].rstrip().endswith(("°", "º", "度", "′", "'", "分")):
            width = m.end(1) - m.start(1)
            new = f"{rng.below(60):0{width}d}"[-width:]
            for k, i in enumerate(range(m.start(1), m.end(1))):
                out[i] = render(value[i], [0], new[k])
    return "".join(out)


_GENERATORS: dict[str, Callable[[_Stream, str, str], str]] = {
    "MOBILE": _fake_mobile,
    "ID_CARD": _fake_id_card,
    "BANK_CARD": _fake_bank_card,
    "LANDLINE": _fake_landline,
    "PASSPORT": _fake_digits_keep_letters,
    "HK_MACAO_PERMIT": _fake_digits_keep_letters,
    "QQ": _fake_qq,
    "WECHAT": _fake_wechat,
    "PLATE": _fake_plate,
    "EMAIL": _fake_email,
    "PERSON": _fake_person,
    "ADDRESS": _fake_address,
    "IP": _fake_ip,
    "BIRTHDATE": _fake_birthdate,
    "GPS": _fake_gps,
}


def _generic(rng: _Stream, value: str, canon: str) -> str:
    pos = sig_positions(value)
    return render(value, pos, "".join(str(rng.below(10)) if c.isdigit() else rng.choice(_LOWER) for c in sig_text(value)))


_VALIDATOR_MODULES = {
    "ID_CARD": "cn_ric",
    "MOBILE": "mobile",
    "LANDLINE": "landline",
    "BANK_CARD": "bank_card",
    "EMAIL": "email",
    "PLATE": "plate",
    "PASSPORT": "passport",
    "HK_MACAO_PERMIT": "hk_macao_permit",
    "IP": "ip",
    "QQ": "qq",
    "WECHAT": "wechat",
}


def _validator(type_: str) -> Callable[[str], bool] | None:
    name = _VALIDATOR_MODULES.get(type_)
    if name is None:
        return None
    import importlib

    try:
        return importlib.import_module(f"leakaid.detect.validators.{name}").is_valid
    except ImportError:  # pragma: no cover
        return None


def pseudonym_for(type_: str, value: str, key: bytes, *, attempt: int = 0) -> str:
    """The fake for ``value`` at a given ``attempt`` (0 first); never equal to the original."""
    canon = canonical(type_, value)
    gen = _GENERATORS.get(type_, _generic)
    check = _validator(type_)
    must_validate = check is not None and check(value)
    for extra in range(MAX_ATTEMPTS):
        rng = _Stream(key, "pseudonym-v1", type_, canon, str(attempt + extra))
        rng.attempt = attempt + extra
        fake = gen(rng, value, canon)
        if canonical(type_, fake) == canon:
            continue
        if must_validate and not check(fake):  # a valid original gets a valid fake
            continue
        return fake
    raise RuntimeError("pseudonym space exhausted")  # pragma: no cover - needs ~64 identical draws


class PseudonymRegistry:
    """One run's pseudonyms: the same value → the same fake; two values never share a fake.

    A collision inside the run (two originals drawing the same fake) is resolved by
    redrawing the later one with the next attempt number and counted in ``collisions``.
    Outside collisions the result equals :func:`pseudonym_for` with ``attempt=0``, so two
    runs with the same key agree. Memory grows with the number of distinct values.
    """

    MAX_REDRAWS = 1000

    def __init__(self, key: bytes) -> None:
        self.key = key
        self._attempt: dict[tuple[str, str], int] = {}
        self._owner: dict[tuple[str, str], str] = {}  # (type, canonical fake) -> canonical original
        self._cache: dict[tuple[str, str], str] = {}
        self.collisions = 0

    def get(self, type_: str, value: str) -> str:
        hit = self._cache.get((type_, value))
        if hit is not None:
            return hit
        canon = canonical(type_, value)
        attempt = self._attempt.get((type_, canon))
        if attempt is not None:  # the same original in another written form
            fake = pseudonym_for(type_, value, self.key, attempt=attempt)
        else:
            attempt = 0
            while True:
                fake = pseudonym_for(type_, value, self.key, attempt=attempt)
                owner = self._owner.get((type_, canonical(type_, fake)))
                if owner is None or owner == canon or attempt >= self.MAX_REDRAWS:
                    break
                self.collisions += 1
                attempt += 1
            self._attempt[(type_, canon)] = attempt
            self._owner[(type_, canonical(type_, fake))] = canon
        self._cache[(type_, value)] = fake
        return fake
