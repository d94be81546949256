"""End-to-end in real headless Chromium (Debian ``chromium`` + Playwright, never ``playwright install``)."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from leakaid.cases.synthetic import sms_backup_xml
from leakaid.store import Store
from leakaid.web.app import create_app

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium not installed (scripts/system-deps.sh)")


@pytest.fixture
def server(tmp_path):
    import uvicorn

    store = Store.open(tmp_path / "data")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning"))
    t = threading.Thread(target=srv.run, daemon=True)
    t.start()
    deadline = time.time() + 10
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    t.join(timeout=10)
    store.close()


def test_victim_flow_in_chromium(server, tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api")
    ARTIFACTS.mkdir(exist_ok=True)
    backup = tmp_path / "sms-backup.xml"
    backup.write_text(sms_backup_xml(60), encoding="utf-8")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                  "--disable-component-update"],
        )
        try:
            page = browser.new_page(accept_downloads=True, viewport={"width": 1100, "height": 900})
            page.goto(server + "/")
            assert "我的案件" in page.content()
            page.screenshot(path=str(ARTIFACTS / "e2e-01-home.png"))

            page.click("#new-case")
            page.fill("#title", "网购后收到大量诈骗短信")
            for value in ("phone", "id_number", "bank_card"):
                page.check(f"#q-leaked input[value={value}]")
            page.check("#q-source input[value=online_shop]")
            page.fill("#q-organization input", "某网购平台")
            for value in ("spam_sms", "fraud_attempts", "harassing_calls"):
                page.check(f"#q-happening input[value={value}]")
            page.check("#q-police input[value=not_yet]")
            page.screenshot(path=str(ARTIFACTS / "e2e-02-wizard.png"), full_page=True)
            page.click("#submit-wizard")

            page.wait_for_selector("#plan")
            assert page.locator("#step-police_report").is_visible()
            assert page.locator("#step-bank_freeze .badge").inner_text() == "立即"
            page.screenshot(path=str(ARTIFACTS / "e2e-03-plan.png"), full_page=True)

            page.set_input_files("#import-file", str(backup))
            page.click("#import-submit")
            page.wait_for_selector("table.senders")
            counts = [int(c) for c in page.locator("table.senders td.count").all_inner_texts()]
            assert sum(counts) == 60 and counts[0] == 10
            assert page.locator("table.senders td.sender").first.inner_text() == "138****8001"
            page.locator("#senders").screenshot(path=str(ARTIFACTS / "e2e-04-harassers.png"))

            # mark two steps done through htmx (the fragment is swapped in place)
            for key in ("police_report", "collect_evidence"):
                page.click(f"#step-{key} button[data-status=done]")
                page.wait_for_selector(f"#step-{key}.status-done")
                assert "已完成" in page.locator(f"#step-{key} .status").inner_text()
            page.reload()
            assert page.locator("#step-police_report.status-done").count() == 1
            page.screenshot(path=str(ARTIFACTS / "e2e-05-progress.png"), full_page=True)

            with page.expect_download() as dl:
                page.click("#doc-police-pdf")
            pdf_path = tmp_path / "police.pdf"
            dl.value.save_as(pdf_path)
            text = "".join(pg.extract_text() for pg in PdfReader(pdf_path).pages)
            assert "报案材料" in text and "某网购平台" in text and "13800138001" in text
            shutil.copy(pdf_path, ARTIFACTS / "e2e-06-police.pdf")

            page.goto(server + page.url.split(server)[1].split("?")[0].split("#")[0] + "/verify")
            assert "校验通过" in page.locator("#verify-result").inner_text()
            page.goto(server + "/does-not-exist")
            assert "找不到页面" in page.content()
        finally:
            browser.close()
