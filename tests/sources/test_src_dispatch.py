from __future__ import annotations

import os
from pathlib import Path

import pytest
from srcfixtures import MOBILE, read_all

from leakaid.errors import SourceError
from leakaid.sources import (
    SUPPORTED_EXTENSIONS,
    SourceWarning,
    UnsupportedSource,
    iter_files,
    read_bytes_segments,
    read_segments,
)


def test_supported_extensions() -> None:
    for ext in (".txt", ".log", ".md", ".csv", ".tsv", ".json", ".jsonl", ".ndjson", ".html", ".htm",
                ".xlsx", ".docx", ".pdf", ".eml", ".mbox"):
        assert ext in SUPPORTED_EXTENSIONS


def test_error_kinds_are_source_errors() -> None:
    assert issubclass(UnsupportedSource, SourceError) and issubclass(SourceWarning, SourceError)
    assert not issubclass(UnsupportedSource, SourceWarning)


def test_iter_files_sorted_recursive_hidden_and_loops(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("z")
    (tmp_path / "b" / "a.csv").write_text("a")
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config").write_text("x")
    (tmp_path / ".env").write_text("x")
    (tmp_path / "c").mkdir()
    os.symlink(tmp_path, tmp_path / "c" / "loop")  # a loop back to the root
    got = [p.relative_to(tmp_path).as_posix() for p in iter_files([tmp_path])]
    assert got == [".env", "a.txt", "b/a.csv", "b/z.txt"]
    flat = [p.relative_to(tmp_path).as_posix() for p in iter_files([tmp_path], recursive=False)]
    assert flat == [".env", "a.txt"]


def test_iter_files_gives_files_as_given(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    f = tmp_path / "x.log"
    f.write_text("x")
    assert list(iter_files([str(f), missing])) == [f, missing]


def test_read_bytes_segments_uses_given_name() -> None:
    segs = list(read_bytes_segments("upload.csv", f"手机\n{MOBILE}\n".encode(), suffix=".csv"))
    assert segs[-1].location.path == "upload.csv" and segs[-1].hint == "手机"


def test_unexpected_parser_failure_becomes_source_error(write, monkeypatch) -> None:
    from leakaid.sources import table

    def boom(*_a, **_k):
        raise ZeroDivisionError("bug")
        yield

    monkeypatch.setattr(table, "read_table", boom)
    with pytest.raises(SourceError, match="读取失败"):
        read_all(write("x.csv", "a,b\n"))


@pytest.mark.parametrize("name", ["a.zip", "a.gz", "a.png"])
def test_archives_and_images_are_unsupported(write, name: str) -> None:
    magic = {"a.zip": b"PK\x03\x04" + b"\0" * 100, "a.gz": b"\x1f\x8b\x08" + b"\0" * 100, "a.png": b"\x89PNG" + b"\0" * 100}
    with pytest.raises(UnsupportedSource, match="不支持的文件类型"):
        list(read_segments(write(name, magic[name])))


def test_max_bytes_refuses_whole_document_formats(write) -> None:
    from srcfixtures import make_pdf

    p = write("r.pdf", make_pdf(["tel 13812345678"]))
    with pytest.raises(SourceError, match="文件过大"):
        list(read_segments(p, max_bytes=100))
    assert list(read_segments(p, max_bytes=1 << 20))
