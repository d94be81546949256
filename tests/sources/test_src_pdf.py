from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from srcfixtures import EMAIL, MOBILE, has_chinese, make_pdf, read_all, read_until_error

from leakaid.errors import SourceError
from leakaid.sources import SourceWarning


def test_pages_are_numbered(write) -> None:
    p = write("r.pdf", make_pdf([f"tel {MOBILE}", None, f"mail {EMAIL}"]))
    segs = read_all(p)
    assert [(s.location.page, s.location.line, s.location.column, s.text.strip()) for s in segs] == [
        (1, 1, 1, f"tel {MOBILE}"),
        (3, 1, 1, f"mail {EMAIL}"),
    ]


def test_no_text_layer_warns_about_ocr(write) -> None:
    segs, err = read_until_error(write("scan.pdf", make_pdf([None, None])))
    assert segs == []
    assert isinstance(err, SourceWarning) and "没有文本层" in err.message and "OCR" in err.message


def encrypted(user_password: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf([f"tel {MOBILE}"]))))
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_encrypted_with_empty_password_is_read(write) -> None:
    segs = read_all(write("e.pdf", encrypted("")))
    assert segs[0].text.strip() == f"tel {MOBILE}" and segs[0].location.page == 1


def test_encrypted_with_password_is_a_clear_error(write) -> None:
    _, err = read_until_error(write("e.pdf", encrypted("user-secret")))
    assert type(err) is SourceError and "已加密" in err.message


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.4\n" + b"\x00garbage\xff" * 100, b"not a pdf at all", None],
    ids=["garbage-body", "no-header", "truncated"],
)
def test_corrupt_pdf(tmp_path: Path, data: bytes | None) -> None:
    if data is None:
        full = make_pdf([f"tel {MOBILE}"])
        data = full[: len(full) // 3]
    p = tmp_path / "bad.pdf"
    p.write_bytes(data)
    segs, err = read_until_error(p)
    assert isinstance(err, SourceError) and has_chinese(err.message)
    assert not any(MOBILE in s.text for s in segs)


def test_pdf_sniffed_without_extension(write) -> None:
    assert read_all(write("download", make_pdf([f"tel {MOBILE}"])))[0].location.page == 1
