"""documents: 报案材料, 删除个人信息请求函, 12321/12377/12315 投诉文本, 民事起诉状草稿, timeline; PDF and DOCX."""

from __future__ import annotations

from leakaid.errors import ConfigError
from leakaid.store import Store

DOC_LABELS = {
    "police": "报案材料",
    "deletion": "删除个人信息请求函",
    "complaint": "投诉 / 举报文本",
    "lawsuit": "民事起诉状（草稿）",
    "timeline": "消息时间线",
}


def build(store: Store, case_id: int, doc: str, *, channel: str = "12321", name: str = ""):
    from leakaid.documents import content

    data = content.load(store, case_id)
    if doc == "complaint":
        return content.complaint(data, channel, name)
    try:
        return content.BUILDERS[doc](data, name)
    except KeyError:
        raise ConfigError(f"未知的文书类型“{doc}”；可选：{'、'.join(DOC_LABELS)}。") from None


def render(store: Store, case_id: int, doc: str, fmt: str = "pdf", *, channel: str = "12321", name: str = "") -> bytes:
    from leakaid.documents.output import to_docx, to_pdf

    model = build(store, case_id, doc, channel=channel, name=name)
    if fmt == "pdf":
        return to_pdf(model)
    if fmt == "docx":
        return to_docx(model)
    raise ConfigError("格式必须是 pdf 或 docx。")
