"""Values named by their element in XML-like markup: ``<birthDate>1987-11-05</birthDate>``, ``<qq>…</qq>``.

The element name is a key like a JSON key or a CSV header; the structured recognisers and the names tier both
read these pairs (only a short, single-line text between an opening and its own closing tag).
"""

from __future__ import annotations

import re

__all__ = ["element_values"]

_PAIR = re.compile(r"<([A-Za-z_][\w.:\-]{0,40})(?:[ \t][^<>\n]{0,200})?>[ \t]*([^<>\n]{1,64}?)[ \t]*</\1>")


def element_values(text: str) -> list[tuple[str, int, int]]:
    """(element name, value start, value end) of every ``<name …>value</name>`` in ``text``."""
    if "</" not in text:
        return []
    return [(m.group(1).rpartition(":")[2], m.start(2), m.end(2)) for m in _PAIR.finditer(text)]
