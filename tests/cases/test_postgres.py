"""The store against a real PostgreSQL server: a throwaway cluster started by the fixture.

Skipped only when the PostgreSQL server binaries are absent (CI installs them via scripts/system-deps.sh).
"""

from __future__ import annotations

import glob
import io
import os
import pwd
import shutil
import socket
import subprocess
import tempfile

import pytest

from leakaid.cases import service
from leakaid.cases.importers import import_file
from leakaid.cases.synthetic import sms_backup_xml
from leakaid.store import Store

BINDIRS = sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
BINDIR = next((d for d in BINDIRS if os.path.exists(os.path.join(d, "initdb"))), None) or (
    os.path.dirname(shutil.which("initdb")) if shutil.which("initdb") else None
)

pytestmark = pytest.mark.skipif(BINDIR is None, reason="PostgreSQL server binaries not installed")


def _as_postgres(cmd: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return cmd
    return ["runuser", "-u", "postgres", "--", *cmd]


@pytest.fixture(scope="module")
def pg_url():
    base = tempfile.mkdtemp(prefix="leakaid-pg-")
    data = os.path.join(base, "data")
    if os.geteuid() == 0:
        pw = pwd.getpwnam("postgres")
        os.chown(base, pw.pw_uid, pw.pw_gid)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    subprocess.run(_as_postgres([f"{BINDIR}/initdb", "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8",
                                 "--locale=C.UTF-8"]), check=True, capture_output=True)
    subprocess.run(_as_postgres([f"{BINDIR}/pg_ctl", "-D", data, "-o",
                                 f"-c listen_addresses=127.0.0.1 -p {port} -k {base} -c fsync=off",
                                 "-l", os.path.join(base, "log"), "-w", "start"]), check=True, capture_output=True)
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(_as_postgres([f"{BINDIR}/pg_ctl", "-D", data, "-m", "immediate", "-w", "stop"]),
                       capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


def test_postgres_case_flow_and_tamper_detection(pg_url, tmp_path):
    st = Store.open(tmp_path / "files", url=pg_url)
    assert st.engine.dialect.name == "postgresql"
    Store.open(tmp_path / "files", url=pg_url).close()  # migrating twice is a no-op
    cid = service.create_case(st, "PostgreSQL 案件", {"leaked": ["phone"], "happening": ["spam_sms"]})
    backup = tmp_path / "sms.xml"
    backup.write_text(sms_backup_xml(50), encoding="utf-8")
    assert import_file(st, cid, backup).count == 50
    service.add_file(st, cid, io.BytesIO("截图".encode()), "a.png")
    service.set_step(st, cid, "report_12321", "done")
    assert sum(s["count"] for s in service.senders(st, cid)) == 50
    assert service.verify(st, cid).ok
    with st.engine.begin() as conn:
        conn.exec_driver_sql("update messages set sender = 'x' where id = (select min(id) from messages)")
    assert not service.verify(st, cid).ok
    st.close()


def test_database_url_env(pg_url, tmp_path, monkeypatch):
    monkeypatch.setenv("LEAKAID_DATABASE_URL", pg_url)
    st = Store.open(tmp_path / "files2")
    assert st.engine.dialect.name == "postgresql"
    st.close()
