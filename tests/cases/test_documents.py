from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from leakaid.cases import service
from leakaid.cases.importers import import_file
from leakaid.cases.synthetic import sms_backup_xml
from leakaid.documents import build, render
from leakaid.documents.package import evidence_package

SHARED = Path("/work/shared/legal")


@pytest.fixture
def case(store, tmp_path, answers):
    cid = service.create_case(store, "快递信息泄露", answers)
    p = tmp_path / "sms.xml"
    p.write_text(sms_backup_xml(40), encoding="utf-8")
    import_file(store, cid, p)
    service.add_file(store, cid, io.BytesIO(b"png-bytes"), "截图.png", "诈骗短信截图")
    service.add_note(store, cid, "2024-05-01 接到电话")
    return store, cid


def pdf_text(data: bytes) -> str:
    return re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages))


def test_police_pdf_text(case):
    store, cid = case
    text = pdf_text(render(store, cid, "police", "pdf", name="张三"))
    for needle in ("报案材料", "报案人：张三", "受案回执", "第二百五十三条之一", "13900139002", "证据清单", "截图.png",
                   "某某快递有限公司"):
        assert needle in text, needle
    ev = service.list_evidence(store, cid)
    assert ev[0]["sha256"] in text  # evidence hashes listed


def test_deletion_letter_cites_pipl_47(case):
    store, cid = case
    text = pdf_text(render(store, cid, "deletion", "pdf"))
    assert "删除个人信息请求函" in text and "个人信息保护法》第四十七条" in text and "某某快递有限公司" in text
    assert "第五十条" in text


@pytest.mark.parametrize("channel,needle", [("12321", "13900139002"), ("12377", "网址"), ("12315", "第二十九条")])
def test_complaints(case, channel, needle):
    store, cid = case
    text = pdf_text(render(store, cid, "complaint", "pdf", channel=channel))
    assert channel in text and needle in text


def test_lawsuit_draft(case):
    store, cid = case
    text = pdf_text(render(store, cid, "lawsuit", "pdf"))
    for needle in ("民事起诉状", "停止侵害", "删除", "赔礼道歉", "赔偿", "第六十九条", "草稿"):
        assert needle in text


def test_docx_east_asian_font(case):
    store, cid = case
    d = Document(io.BytesIO(render(store, cid, "police", "docx")))
    assert "报案材料" in "\n".join(p.text for p in d.paragraphs)
    rfonts = d.styles["Normal"].element.rPr.rFonts
    assert rfonts.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia") == "Noto Sans CJK SC"
    assert any("13900139002" in c.text for t in d.tables for r in t.rows for c in r.cells)


def test_evidence_package(case):
    store, cid = case
    z = zipfile.ZipFile(io.BytesIO(evidence_package(store, cid)))
    manifest = json.loads(z.read("manifest.json"))
    assert manifest["verified"] is True and len(manifest["evidence"]) == 3
    import hashlib

    for e in manifest["evidence"]:
        if "path" in e:
            assert hashlib.sha256(z.read(e["path"])).hexdigest() == e["sha256"]
    assert "消息时间线" in pdf_text(z.read("时间线.pdf"))
    assert "SHA256SUMS.txt" in z.namelist()


@pytest.mark.skipif(not (SHARED / "laws" / "articles.jsonl").exists(), reason="shared law texts not available")
def test_documents_cite_existing_articles(case):
    """Every 《…法》第N条 cited in a document exists in the law texts (or in LEGAL_FACTS.md for other rules)."""
    store, cid = case
    arts = set()
    for line in (SHARED / "laws" / "articles.jsonl").open(encoding="utf-8"):
        d = json.loads(line)
        arts.add((d["title"], d["article"]))
    facts = (SHARED / "LEGAL_FACTS.md").read_text(encoding="utf-8")
    text = "".join(build(store, cid, d).text() for d in ("police", "deletion", "lawsuit", "complaint"))
    text += build(store, cid, "complaint", channel="12315").text()
    cites = re.findall(r"《([^》]+)》(第[一二三四五六七八九十百千零]+条(?:之一)?)", text)
    assert len(cites) > 8
    for law, art in cites:
        if (law, art) in arts:
            continue
        assert law in facts or law.replace("中华人民共和国", "") in facts, law
        assert art in facts, (law, art)


def test_missing_cjk_font_is_a_clear_error(case, monkeypatch):
    import typst

    from leakaid.documents import output

    real = typst.compile_with_warnings

    def without_system_fonts(*args, **kwargs):
        return real(*args, **kwargs, ignore_system_fonts=True, font_paths=[])

    monkeypatch.setattr(typst, "compile_with_warnings", without_system_fonts)
    store, cid = case
    with pytest.raises(Exception, match="找不到中文字体"):
        output.to_pdf(build(store, cid, "deletion"))
