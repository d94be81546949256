"""Exposure index: no raw value in the DB file, k-anonymity range round trip (local and over HTTP)."""

from __future__ import annotations

import threading
from urllib.request import urlopen

import assessgen as gen
import pytest

from leakaid.cli import main
from leakaid.exposure.index import (
    PAD_MULTIPLE,
    ExposureIndex,
    check_local,
    identifier_token,
    load_or_create_key,
    parse_range,
)


@pytest.fixture()
def built(tmp_path):
    ps = gen.people(40, 11)
    dump = tmp_path / "dump.csv"
    dump.write_text("姓名,身份证号,手机号,邮箱\n" + "".join(f"{p['姓名']},{p['身份证号']},{p['手机号']},{p['邮箱']}\n"
                                                   for p in ps), encoding="utf-8")
    db, key = tmp_path / "idx.sqlite", tmp_path / "idx.key"
    assert main(["index", "build", str(dump), "--db", str(db), "--key-file", str(key), "--name", "测试"]) == 0
    return ps, db, key


def test_no_raw_value_in_db_file(built):
    ps, db, key = built
    raw = db.read_bytes()
    for p in ps:
        for v in (p["身份证号"], p["手机号"], p["邮箱"], p["姓名"]):
            assert v.encode("utf-8") not in raw
            assert v.encode("utf-16-le") not in raw
        assert p["手机号"][3:].encode() not in raw  # not even a truncated number
    assert key.read_text().strip().encode() not in raw  # the key is not in the index
    idx = ExposureIndex(db)
    assert idx.count() == 120  # 40 people × (ID, mobile, e-mail)
    tables = {r[0] for r in idx.db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {"meta", "h"}
    idx.close()


def test_range_round_trip_and_padding(built):
    ps, db, key_file = built
    idx = ExposureIndex(db)
    key = load_or_create_key(key_file)
    for p in ps[:5]:
        for v in (p["手机号"], p["身份证号"].lower(), p["邮箱"].upper()):
            assert check_local(idx, key, identifier_token(v)[1])
    other = gen.people(5, 99)
    assert not any(check_local(idx, key, identifier_token(p["手机号"])[1]) for p in other)
    resp = idx.range_response("ABCDE")
    lines = resp.splitlines()
    assert len(lines) == PAD_MULTIPLE and parse_range(resp) <= set(idx.suffixes("ABCDE"))
    with pytest.raises(ValueError):
        idx.suffixes("XYZ")
    idx.close()


def test_http_server_only_sees_prefix(built):
    from leakaid.exposure import server as srvmod

    ps, db, key_file = built
    idx = ExposureIndex(db)
    srv = srvmod.make_server(idx, load_or_create_key(key_file), "127.0.0.1", 0)
    seen: list[str] = []
    handler = srv.RequestHandlerClass
    orig = handler.do_GET

    def spy(self):
        seen.append(self.path)
        return orig(self)

    handler.do_GET = spy
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    url = f"http://127.0.0.1:{srv.server_address[1]}"
    try:
        assert srvmod.check_remote(url, ps[0]["手机号"]) is True
        assert srvmod.check_remote(url, gen.people(1, 77)[0]["手机号"]) is False
        assert srvmod.check_remote(url, "hello") is None
        assert main(["index", "check", ps[1]["身份证号"], "--server", url]) == 1
        with urlopen(url + "/v1/meta") as r:
            assert b"HMAC-SHA256" in r.read()
    finally:
        srv.shutdown()
        srv.server_close()
        idx.close()
    assert all(p == "/v1/meta" or (p.startswith("/v1/range/") and len(p) == len("/v1/range/") + 5) for p in seen)
    for p in ps[:2]:
        assert not any(p["手机号"] in s or p["身份证号"] in s for s in seen)


def test_cli_check_local(built):
    ps, db, key = built
    assert main(["index", "check", ps[2]["邮箱"], "--db", str(db), "--key-file", str(key)]) == 1
    assert main(["index", "check", gen.people(1, 55)[0]["邮箱"], "--db", str(db), "--key-file", str(key)]) == 0
    assert main(["index", "check", "not-an-id", "--db", str(db), "--key-file", str(key)]) == 2


def test_serve_binds_localhost_by_default():
    import inspect

    from leakaid.exposure.server import make_server

    assert inspect.signature(make_server).parameters["host"].default == "127.0.0.1"
