"""A tiny HTTP server for range queries (stdlib only). Binds 127.0.0.1 unless told otherwise.

Routes: ``GET /v1/meta`` (JSON: index id, public check key, hash layout) and
``GET /v1/range/<5 hex digits>`` (text: ``SUFFIX:1`` real, ``SUFFIX:0`` padding). No access log:
even prefixes are not written anywhere.
"""

from __future__ import annotations

import json
import re
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from leakaid.exposure.index import PREFIX_HEX, SUFFIX_HEX, ExposureIndex

_RANGE = re.compile(rf"^/v1/range/([0-9A-Fa-f]{{{PREFIX_HEX}}})$")


def make_server(index: ExposureIndex, key: bytes, host: str = "127.0.0.1", port: int = 8766) -> ThreadingHTTPServer:
    meta = index.meta()
    meta_body = json.dumps({
        "index_id": meta.get("index_id", ""), "name": meta.get("name", ""), "algorithm": "HMAC-SHA256",
        "key": key.hex(), "prefix_hex": PREFIX_HEX, "suffix_hex": SUFFIX_HEX,
        "token": "TYPE:value（TYPE ∈ ID_CARD, MOBILE, EMAIL）",
    }, ensure_ascii=False).encode("utf-8")

    class Handler(BaseHTTPRequestHandler):
        server_version = "leakaid-exposure"
        sys_version = ""

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - no access log
            return

        def _send(self, code: int, body: bytes, ctype: str) -> None:
            self.send_response(code)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:  # noqa: N802 - http.server API
            if self.path == "/v1/meta":
                self._send(200, meta_body, "application/json; charset=utf-8")
                return
            m = _RANGE.match(self.path)
            if not m:
                self._send(404, json.dumps({"ok": False, "error": "未知路径"}, ensure_ascii=False).encode(),
                           "application/json; charset=utf-8")
                return
            body = index.range_response(m.group(1).upper()).encode("ascii")
            self._send(200, body, "text/plain; charset=ascii")

    return ThreadingHTTPServer((host, port), Handler)


def fetch_json(url: str, timeout: float = 10.0) -> dict:
    from urllib.request import urlopen

    with urlopen(url, timeout=timeout) as r:  # noqa: S310 - user-given URL, http(s) only checked by caller
        return json.loads(r.read().decode("utf-8"))


def check_remote(base_url: str, value: str, kind: str | None = None, timeout: float = 10.0) -> bool | None:
    """Ask a server whether ``value`` is in its index, sending only the 5-hex prefix. None: not an identifier."""
    from urllib.request import urlopen

    from leakaid.exposure.index import digest, identifier_token, parse_range, split_hash

    if not base_url.startswith(("http://", "https://")):
        raise ValueError("URL 必须以 http:// 或 https:// 开头")
    tok = identifier_token(value, kind)
    if tok is None:
        return None
    meta = fetch_json(base_url.rstrip("/") + "/v1/meta", timeout)
    p, s = split_hash(digest(bytes.fromhex(meta["key"]), tok[1]))
    with urlopen(f"{base_url.rstrip('/')}/v1/range/{p}", timeout=timeout) as r:  # noqa: S310
        return s in parse_range(r.read().decode("ascii"))
