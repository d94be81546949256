"""PDF text layer (pypdf): one segment per page with ``page`` (1-based) and ``line``/``column``
1/1 (lines inside the segment are lines of the extracted page text).

Encrypted files are tried with the empty password first. A page that fails to extract is
skipped and named in a :class:`SourceWarning` at the end; a file with no text at all raises a
:class:`SourceWarning` saying it is probably a scan that needs OCR.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from leakaid.errors import SourceError
from leakaid.sources.base import Location, Segment
from leakaid.sources.common import ByteSource, SourceWarning

__all__ = ["read_pdf"]


@contextmanager
def _quiet() -> Iterator[None]:
    """pypdf logs loudly about harmless damage; silence it only while pypdf runs."""
    logger = logging.getLogger("pypdf")
    old = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(old)


def read_pdf(src: ByteSource, *, max_bytes: int | None = None) -> Iterator[Segment]:
    if max_bytes is not None and (size := src.size()) > max_bytes:
        raise SourceError(src.name, f"文件过大（{size} 字节，上限 {max_bytes} 字节），已跳过")
    try:
        from pypdf import PdfReader
        from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError
    except ImportError as e:  # pragma: no cover - core dependency
        raise SourceError(src.name, "读取 PDF 需要安装 pypdf") from e
    if not src.head(1024).lstrip(b"\x00\t\r\n ").startswith(b"%PDF"):
        raise SourceError(src.name, "不是有效的 PDF 文件（缺少 %PDF 文件头）")
    f = src.open()
    try:
        try:
            with _quiet():
                reader = PdfReader(f, strict=False)
                if reader.is_encrypted:
                    try:
                        ok = reader.decrypt("")
                    except DependencyError as e:
                        raise SourceError(src.name, "PDF 使用 AES 加密，解密需要安装 cryptography 包") from e
                    if not ok:
                        raise SourceError(src.name, "PDF 已加密，需要密码才能读取")
                pages = reader.pages
                count = len(pages)
        except SourceError:
            raise
        except FileNotDecryptedError as e:
            raise SourceError(src.name, "PDF 已加密，需要密码才能读取") from e
        except (PdfReadError, ValueError, KeyError, TypeError, IndexError, AttributeError, RecursionError) as e:
            raise SourceError(src.name, "PDF 文件已损坏或无法解析") from e
        failed: list[int] = []
        found_text = False
        for no in range(1, count + 1):
            try:
                with _quiet():
                    text = pages[no - 1].extract_text() or ""
            except Exception:  # one broken page must not hide the others
                failed.append(no)
                continue
            if text.strip():
                found_text = True
                yield Segment(text, Location(src.name, page=no, line=1, column=1))
        notes = []
        if failed:
            notes.append(f"第 {'、'.join(map(str, failed[:10]))} 页无法提取文本，已跳过")
        if not found_text and len(failed) < count:
            notes.append("没有文本层，可能是扫描件，需要 OCR")
        if notes:
            raise SourceWarning(src.name, "；".join(notes))
    finally:
        f.close()
