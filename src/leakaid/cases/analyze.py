"""Message analysis: sender normalisation, keyword tags (``tags.toml``) and entity extraction.

Entities (phone numbers, e-mail addresses, account numbers) come from the detection engine
``leakaid.scan_text``; URLs from a small pattern here (the engine has no URL type).
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

TAGS_PATH = Path(__file__).with_name("tags.toml")
ENTITY_TYPES = ("MOBILE", "LANDLINE", "EMAIL", "QQ", "WECHAT", "BANK_CARD", "ID_CARD")
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'，。！？、）)]+|\b[a-z0-9-]{2,}\.(?:cn|com|net|top|xyz|vip|cc)/[^\s<>\"'，。]*", re.I)
_NONDIGIT_PHONE = re.compile(r"[\s\-()（）]")
_WORTH_SCANNING = re.compile(r"\d{5}|@|[零一二三四五六七八九幺]{5}")


@lru_cache(maxsize=2)
def tag_rules(path: Path = TAGS_PATH) -> dict[str, tuple[str, tuple[str, ...]]]:
    """tag key → (Chinese label, keywords)."""
    with path.open("rb") as fh:
        raw = tomllib.load(fh)["tags"]
    return {k: (v["label"], tuple(v["keywords"])) for k, v in raw.items()}


def tag_labels() -> dict[str, str]:
    return {k: v[0] for k, v in tag_rules().items()}


@lru_cache(maxsize=1)
def _tag_automaton():
    import ahocorasick

    a = ahocorasick.Automaton()
    for tag, (_label, words) in tag_rules().items():
        for w in words:
            key = w.lower()
            if key in a:
                a.add_word(key, a.get(key) + ((tag, w),))
            else:
                a.add_word(key, ((tag, w),))
    a.make_automaton()
    return a


def explain_tags(text: str) -> dict[str, list[str]]:
    """tag → keywords that matched in ``text`` (the transparent reason for each tag)."""
    out: dict[str, list[str]] = {}
    if not text:
        return out
    for _end, hits in _tag_automaton().iter(text.lower()):
        for tag, word in hits:
            words = out.setdefault(tag, [])
            if word not in words:
                words.append(word)
    return out


def tags_of(text: str) -> list[str]:
    order = list(tag_rules())
    return sorted(explain_tags(text), key=order.index)


def normalise_sender(raw: str) -> str:
    """Canonical form of a counterpart: mainland numbers without +86/0086, e-mail lower-case."""
    s = (raw or "").strip()
    if not s:
        return "（未知）"
    if "@" in s:
        return s.lower()
    compact = _NONDIGIT_PHONE.sub("", s)
    if compact.startswith("+86"):
        compact = compact[3:]
    elif compact.startswith("0086"):
        compact = compact[4:]
    elif compact.startswith("86") and len(compact) == 13 and compact[2] == "1":
        compact = compact[2:]
    return compact[:255] or s[:255]


def _scan(text: str):
    try:
        from leakaid import scan_text
    except (ImportError, AttributeError):  # engine not installed in this build
        return []
    return scan_text(text, types=ENTITY_TYPES, min_score=0.5)


def entities(text: str) -> list[list[str]]:
    """[[TYPE, value], ...] found in ``text``, in order, without duplicates."""
    if not text:
        return []
    found: list[tuple[int, str, str]] = []
    if _WORTH_SCANNING.search(text):
        for f in _scan(text):
            found.append((f.start, f.type, text[f.start : f.end]))
    for m in _URL.finditer(text):
        found.append((m.start(), "URL", m.group(0)))
    seen: set[tuple[str, str]] = set()
    out = []
    for _pos, typ, val in sorted(found):
        if (typ, val) not in seen:
            seen.add((typ, val))
            out.append([typ, val])
    return out
