from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"


def test_leakaid_serve_starts_on_localhost(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "PYTHONPATH": str(SRC), "LEAKAID_DATA_DIR": str(tmp_path / "d")}
    proc = subprocess.Popen([sys.executable, "-m", "leakaid", "serve", "--port", str(port)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        body = ""
        for _ in range(100):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1) as r:
                    body = r.read().decode()
                break
            except OSError:
                time.sleep(0.1)
        assert "我的案件" in body
        assert (tmp_path / "d" / "leakaid.sqlite3").exists()
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=10)
    assert "127.0.0.1" in err
