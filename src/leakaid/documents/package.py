"""ZIP evidence package: every evidence file, a manifest with hashes, and the timeline PDF."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile

from leakaid.cases import service
from leakaid.store import Store


def evidence_package(store: Store, case_id: int) -> bytes:
    from leakaid.documents import render

    evidence = service.list_evidence(store, case_id)
    check = service.verify(store, case_id)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as z:
        files = []
        for ev in evidence:
            entry = dict(ev)
            if ev["kind"] != "note":
                arc = f"evidence/{ev['id']:04d}_{ev['filename']}"
                z.write(store.blob_path(ev["sha256"]), arc)
                entry["path"] = arc
            files.append(entry)
        timeline = render(store, case_id, "timeline", "pdf")
        z.writestr("时间线.pdf", timeline)
        manifest = {
            "case_id": case_id,
            "generator": "leakaid",
            "chain_head": check.head,
            "verified": check.ok,
            "problems": check.problems,
            "evidence": files,
            "timeline_pdf_sha256": hashlib.sha256(timeline).hexdigest(),
        }
        z.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2))
        lines = ["SHA-256 哈希值  文件"] + [f"{f['sha256']}  {f.get('path', '（备注）')}" for f in files]
        z.writestr("SHA256SUMS.txt", "\n".join(lines) + "\n")
    return buf.getvalue()
