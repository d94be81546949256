"""Chinese motor-vehicle plates (GA 36): province character + issuing-office letter + 5 characters,
or 6 for new-energy plates (D/F = electric/hybrid).

>>> is_valid("京A12345"), is_valid("京AD12345"), is_valid("粤B12345F"), is_valid("粤B·D12345"), is_valid("粵B·D12345")
(True, True, True, True, True)
"""

from __future__ import annotations

import re

from leakaid.detect.normalize import fold

_SIMPLIFIED = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_TRADITIONAL = "滬雲遼魯蘇贛晉陝閩貴粵寧瓊"  # as Hong Kong, Macao and Taiwan texts write them
_TO_SIMPLIFIED = str.maketrans(_TRADITIONAL, "沪云辽鲁苏赣晋陕闽贵粤宁琼")
PROVINCES = _SIMPLIFIED + _TRADITIONAL
_L = "A-HJ-NP-Z"  # letters without I and O
# the issuing-office letter may be followed by a middle dot or a space, as plates are printed: 粤B·D12345, 京A 12345
PLATE_BODY = (
    rf"[{_L}][·•・\- ]?(?:[DF][{_L}0-9][0-9]{{4}}|[0-9]{{5}}[DF]|[{_L}0-9]{{4}}[学警挂港澳领试超]|[{_L}0-9]{{5}})"
)
_PLATE = re.compile(rf"[{PROVINCES}][·•・\- ]?{PLATE_BODY}")

_NEW_ENERGY = re.compile(rf"[{PROVINCES}][{_L}](?:[DF][{_L}0-9][0-9]{{4}}|[0-9]{{5}}[DF])")


def compact(value: str) -> str:
    if not isinstance(value, str):
        return ""
    return fold(value).replace(" ", "").replace("·", "").replace("•", "").replace("・", "").replace("-", "").upper()


def is_valid(value: object) -> bool:
    """Shape of a plate, with at least 3 digits in an ordinary 5-character serial (letters-only words are not plates)."""
    if not isinstance(value, str):
        return False
    v = compact(value)
    if _PLATE.fullmatch(v) is None:
        return False
    serial = v[2:]
    if serial[-1] in "学警挂港澳领试超":  # 粤Z FN78港: the cross-border plates of Hong Kong and Macao cars
        return any(ch.isdigit() for ch in serial)
    return sum(ch.isdigit() for ch in serial) >= 3


def info(value: str) -> dict[str, str]:
    v = compact(value)
    if not is_valid(v):
        raise ValueError("invalid plate")
    return {"province_char": v[0].translate(_TO_SIMPLIFIED), "new_energy": "是" if _NEW_ENERGY.fullmatch(v) else "否"}
