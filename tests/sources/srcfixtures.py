"""Builders and helpers for the source-reader tests (synthetic data only)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from leakaid.errors import SourceError
from leakaid.sources import Segment, read_segments

# Synthetic values: mobile numbers in valid carrier segments, a GB 11643-valid ID with a real
# region code (110101) and made-up birth date, example.com/.cn e-mail addresses.
MOBILE = "13812345678"
MOBILE2 = "15923456789"
ID_CARD = "11010119900307651X"
EMAIL = "zhang.san@example.com"


def read_all(path: Path, **kw: object) -> list[Segment]:
    return list(read_segments(path, **kw))  # type: ignore[arg-type]


def read_until_error(path: Path) -> tuple[list[Segment], SourceError | None]:
    out: list[Segment] = []
    try:
        for seg in read_segments(path):
            out.append(seg)
    except SourceError as e:
        return out, e
    return out, None


def has_chinese(s: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in s)


def make_pdf(pages: Iterable[str | None]) -> bytes:
    """A minimal valid PDF; each page shows one ASCII line in Helvetica (None = page without text)."""
    objs: list[bytes] = []
    page_list = list(pages)
    n = len(page_list)
    # 1 catalog, 2 pages, 3 font, then per page: page object, content stream
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(n))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for i, text in enumerate(page_list):
        content_ref = 5 + 2 * i
        objs.append(
            (
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] "
                f"/Resources << /Font << /F1 3 0 R >> >> /Contents {content_ref} 0 R >>"
            ).encode()
        )
        if text is None:
            stream = b""
        else:
            esc = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            stream = f"BT /F1 12 Tf 20 100 Td ({esc}) Tj ET".encode("latin-1")
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for no, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % no + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)
