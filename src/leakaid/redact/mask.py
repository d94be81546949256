"""Masking house rules, one per type.

These are a *project rule* informed by GB/T 35273 §7.2 (display restriction, "宜…去标识化")
and common practice; they are not a legal requirement (the standard gives no digit-level rule).
The table lives in ``docs/redact.md``; ``MASK_RULES`` below is the same table in code.

Separators survive: ``138-1234-5678`` → ``138-****-5678``; full-width digits get ``＊``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from types import MappingProxyType

from leakaid.redact._chars import digit_value, is_sig, sig_positions, star_for

__all__ = ["MASK_RULES", "address_prefix", "mask_value"]

MASK_RULES: Mapping[str, str] = MappingProxyType(
    {
        "MOBILE": "保留前 3 位和后 4 位（138****5678）；带 +86 等前缀时前缀保留",
        "ID_CARD": "保留前 6 位和后 4 位（默认）；可选只保留首尾各 1 位（1+1）",
        "BANK_CARD": "只保留后 4 位",
        "EMAIL": "保留用户名首字符和完整域名（z***@example.com）",
        "PERSON": "只保留第一个字（张**）",
        "ADDRESS": "保留到区/县一级，其余替换为 ****",
        "LANDLINE": "保留区号和最后 2 位",
        "PASSPORT": "保留首位和最后 2 位（至少遮住一半）",
        "HK_MACAO_PERMIT": "保留首位和最后 2 位（至少遮住一半）",
        "QQ": "保留前 2 位和后 2 位（至少遮住一半，5 位号码只留首尾各 1 位）",
        "WECHAT": "保留前 2 位和后 2 位（至少遮住一半）",
        "IP": "IPv4 保留前两段（203.0.*.*）；IPv6 保留前两组",
        "PLATE": "保留省份简称和最后 1 位（京*****5）",
        "GPS": "经纬度只保留 1 位小数（约 10 公里精度）",
        "BIRTHDATE": "只保留年份（1990-**-**）",
    }
)


def _mask_between(value: str, positions: list[int], keep_head: int, keep_tail: int) -> str:
    """Star the significant characters except the first ``keep_head`` and last ``keep_tail``."""
    n = len(positions)
    if n == 0:
        return value
    if keep_head + keep_tail >= n:  # too short to keep that much: keep at most a quarter
        keep_tail = min(keep_tail, n // 4)
        keep_head = min(keep_head, max(0, n // 4 - keep_tail))
    hide = positions[keep_head : n - keep_tail]
    out = list(value)
    for i in hide:
        out[i] = star_for(value[i])
    return "".join(out)


def _mask_range(value: str, positions: list[int], start: int, stop: int) -> str:
    out = list(value)
    for i in positions[start:stop]:
        out[i] = star_for(value[i])
    return "".join(out)


def _digit_positions(value: str) -> list[int]:
    return [i for i, ch in enumerate(value) if digit_value(ch) is not None]


def _mobile(value: str, opts: Mapping[str, str]) -> str:
    pos = _digit_positions(value)
    n = len(pos)
    if n >= 8:  # the 4 digits before the last 4: 138****5678, +86 138****5678, +852 ****4567
        return _mask_range(value, pos, n - 8, n - 4)
    return _mask_between(value, pos, 0, 4)


def _country_prefix_len(value: str, pos: list[int]) -> int:
    """How many leading digits are a country code (+86 10 …, 0086 …)."""
    v = value.lstrip()
    if not (v.startswith(("+", "＋")) or "".join(digit_value(value[i]) or "" for i in pos[:2]) == "00"):
        return 0
    digits = "".join(digit_value(value[i]) or "" for i in pos)
    skip = 2 if digits.startswith("00") else 0
    if digits[skip:].startswith("86"):
        return skip + 2
    # other countries: up to the first separator after the code
    first = pos[skip] if skip < len(pos) else 0
    count = 0
    for i in range(first, len(value)):
        if digit_value(value[i]) is None:
            break
        count += 1
    return skip + min(count, 3)


def _landline(value: str, opts: Mapping[str, str]) -> str:
    pos = _digit_positions(value)
    digits = "".join(digit_value(value[i]) or "" for i in pos)
    cc = _country_prefix_len(value, pos)
    rest = digits[cc:]
    if cc and digits[:cc].endswith("86"):
        area = 2 if rest[:1] in ("1", "2") else 3  # +86 10 …, +86 755 …
    elif rest.startswith("0"):
        area = 3 if rest[1:2] in ("1", "2") else 4  # 010, 02x are three digits, the rest four
    else:
        area = 0
    return _mask_between(value, pos, cc + area, 2)


def _id_card(value: str, opts: Mapping[str, str]) -> str:
    pos = sig_positions(value)
    if opts.get("id_card_mask") == "1+1":
        return _mask_between(value, pos, 1, 1)
    return _mask_between(value, pos, 6, 4)


def _bank_card(value: str, opts: Mapping[str, str]) -> str:
    return _mask_between(value, _digit_positions(value), 0, 4)


def _half_hidden(n: int, head: int, tail: int) -> tuple[int, int]:
    """Shrink what is kept until at least half of the characters are hidden (short QQ numbers)."""
    while n - head - tail < (n + 1) // 2 and (head > 1 or tail > 1):
        if tail >= head:
            tail -= 1
        else:
            head -= 1
    return head, tail


def _first_last2(value: str, opts: Mapping[str, str]) -> str:
    pos = sig_positions(value)
    return _mask_between(value, pos, *_half_hidden(len(pos), 1, 2))


def _first2_last2(value: str, opts: Mapping[str, str]) -> str:
    pos = [i for i, ch in enumerate(value) if is_sig(ch) or ch in "_-"]
    return _mask_between(value, pos, *_half_hidden(len(pos), 2, 2))


_AT = re.compile(r"[@＠]|\s*[(\[（【]\s*at\s*[)\]）】]\s*|\s+at\s+", re.IGNORECASE)


def _email(value: str, opts: Mapping[str, str]) -> str:
    m = _AT.search(value)
    if m is None or m.start() == 0:
        return value[:1] + "***"
    return value[0] + "***" + value[m.start() :]


def _person(value: str, opts: Mapping[str, str]) -> str:
    out, kept = [], False
    for ch in value:
        if ch.isspace() or ch in "·•.・":
            out.append(ch)
        elif not kept:
            out.append(ch)
            kept = True
        else:
            out.append("*")
    return "".join(out)


_HAN = r"[\u4e00-\u9fff]"
_ADDRESS_PREFIX = re.compile(
    rf"(?:{_HAN}{{2,8}}?(?:省|自治区|特别行政区))?"
    rf"(?:{_HAN}{{2,10}}?(?:市|自治州|地区|盟))?"
    rf"(?:{_HAN}{{1,10}}?(?:区|县|市|旗))?"
)


def address_prefix(value: str) -> str:
    """The administrative part down to the district/county (``北京市海淀区``), possibly empty."""
    m = _ADDRESS_PREFIX.match(value.lstrip())
    lead = len(value) - len(value.lstrip())
    prefix = value[: lead + m.end()] if m and m.end() else ""
    if prefix == value:  # the whole value is divisions only: keep down to the city
        m2 = re.match(
            rf"(?:{_HAN}{{2,8}}?(?:省|自治区|特别行政区))?(?:{_HAN}{{2,10}}?(?:市|自治州|地区|盟))?", value
        )
        prefix = value[: m2.end()] if m2 and m2.end() < len(value) else ""
    return prefix


def _address(value: str, opts: Mapping[str, str]) -> str:
    return address_prefix(value) + "****"


def _ip(value: str, opts: Mapping[str, str]) -> str:
    if ":" in value:  # IPv6: keep the first two groups
        parts = value.split(":")
        seen = 0
        for i, p in enumerate(parts):
            if p:
                seen += 1
                if seen > 2:
                    parts[i] = "*"
        return ":".join(parts)
    parts = re.split(r"([.。．])", value)  # keep whatever dots were used
    nums = [i for i in range(0, len(parts), 2)]
    for i in nums[2:]:
        parts[i] = "*"
    return "".join(parts)


def _plate(value: str, opts: Mapping[str, str]) -> str:
    pos = [i for i, ch in enumerate(value) if not (ch.isspace() or ch in "·•.-－")]
    return _mask_between(value, pos, 1, 1)


_NUMBER = re.compile(r"(\d+)(?:([.．])(\d+))?")
_DMS_MARKS = ("°", "º", "度", "′", "'", "分")


def _gps(value: str, opts: Mapping[str, str]) -> str:
    from leakaid.detect.normalize import fold

    folded = fold(value)
    out = list(value)
    for m in _NUMBER.finditer(folded):
        if m.group(3) is not None:  # decimal degrees: keep one decimal, drop the rest
            for i in range(m.start(3) + 1, m.end(3)):
                out[i] = ""
        elif folded[: m.start()].rstrip().endswith(_DMS_MARKS):
            for i in range(m.start(1), m.end(1)):  # minutes / seconds after degrees
                out[i] = star_for(value[i])
    return "".join(out)


def _birthdate(value: str, opts: Mapping[str, str]) -> str:
    pos = _digit_positions(value)
    if not pos:
        return value
    # the year: the first run of 4 digits (or 2 in 90年5月), kept; every other digit starred
    groups: list[list[int]] = []
    for i in pos:
        if groups and groups[-1][-1] == i - 1:
            groups[-1].append(i)
        else:
            groups.append([i])
    keep = set(groups[0][:4])
    out = list(value)
    for i in pos:
        if i not in keep:
            out[i] = star_for(value[i])
    return "".join(out)


_RULES: Mapping[str, Callable[[str, Mapping[str, str]], str]] = {
    "MOBILE": _mobile,
    "LANDLINE": _landline,
    "ID_CARD": _id_card,
    "BANK_CARD": _bank_card,
    "EMAIL": _email,
    "PERSON": _person,
    "ADDRESS": _address,
    "PASSPORT": _first_last2,
    "HK_MACAO_PERMIT": _first_last2,
    "QQ": _first2_last2,
    "WECHAT": _first2_last2,
    "IP": _ip,
    "PLATE": _plate,
    "GPS": _gps,
    "BIRTHDATE": _birthdate,
}


def mask_value(type_: str, value: str, options: Mapping[str, str] | None = None) -> str:
    """Mask ``value`` of type ``type_`` by the house rule; unknown types keep the first character only."""
    rule = _RULES.get(type_)
    opts = options or {}
    if rule is None:
        return _mask_between(value, [i for i, ch in enumerate(value) if not ch.isspace()], 1, 0)
    return rule(value, opts)
