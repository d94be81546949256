"""E-mail addresses (the practical subset of RFC 5321 used in Chinese services).

>>> is_valid("zhangwei@163.com")
True
"""

from __future__ import annotations

import re

from leakaid.detect.normalize import fold

_EMAIL = re.compile(
    r"[A-Za-z0-9](?:[A-Za-z0-9._%+\-]{0,62}[A-Za-z0-9_])?"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}"
)

# File-name endings that are not top-level domains: icon@2x.png, banner@3x.webp are image assets, not addresses.
# (Endings that are also country or generic TLDs, such as .py .so .md .zip .mov, are left alone.)
FILE_ENDINGS = frozenset(
    "png jpg jpeg gif webp svg ico bmp tif tiff heic css js mjs ts tsx jsx json txt log html htm xhtml php jsp aspx "
    "yml yaml ini cfg conf toml woff woff2 ttf otf eot mp3 mp4 m4a wav avi flv mkv webm pdf doc docx xls xlsx ppt "
    "pptx csv tsv tar gz tgz bz2 xz rar apk ipa exe dll jar war bak tmp lock".split()
)


def domain_ok(domain: str) -> bool:
    """Whether an address found in running text ends in a domain rather than a file name (``icon@2x.png``).
    The engine asks this; ``is_valid`` (shape only, shared with ``leakaid assess``) does not."""
    return domain.rsplit(".", 1)[-1].lower() not in FILE_ENDINGS


PROVIDERS = {
    "qq.com": "腾讯QQ邮箱", "foxmail.com": "腾讯Foxmail", "163.com": "网易163邮箱", "126.com": "网易126邮箱",
    "yeah.net": "网易yeah邮箱", "sina.com": "新浪邮箱", "sina.cn": "新浪邮箱", "sohu.com": "搜狐邮箱",
    "aliyun.com": "阿里邮箱", "139.com": "中国移动139邮箱", "189.cn": "中国电信189邮箱",
    "wo.cn": "中国联通沃邮箱", "gmail.com": "Gmail", "outlook.com": "Outlook", "hotmail.com": "Hotmail",
}


def compact(value: str) -> str:
    return fold(value).strip() if isinstance(value, str) else ""


def is_valid(value: object) -> bool:
    if not isinstance(value, str):
        return False
    v = compact(value)
    return _EMAIL.fullmatch(v) is not None and ".." not in v


def info(value: str) -> dict[str, str]:
    v = compact(value)
    if not is_valid(v):
        raise ValueError("invalid e-mail address")
    domain = v.rsplit("@", 1)[1].lower()
    out = {"domain": domain}
    if domain in PROVIDERS:
        out["provider"] = PROVIDERS[domain]
    if domain in ("qq.com", "foxmail.com") and v.split("@")[0].isdigit():
        out["qq"] = "邮箱前缀为QQ号"
    return out
