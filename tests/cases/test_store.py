from __future__ import annotations

import sqlite3

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from leakaid.store import Store, database_url, default_data_dir
from leakaid.store.models import Base


def test_data_dir_precedence(tmp_path, monkeypatch):
    monkeypatch.setenv("LEAKAID_DATA_DIR", str(tmp_path / "env"))
    assert default_data_dir(tmp_path / "flag") == tmp_path / "flag"
    assert default_data_dir() == tmp_path / "env"
    monkeypatch.delenv("LEAKAID_DATA_DIR")
    assert "leakaid" in str(default_data_dir())


def test_database_url_sqlite_and_postgres(tmp_path, monkeypatch):
    monkeypatch.delenv("LEAKAID_DATABASE_URL", raising=False)
    assert database_url(tmp_path) == f"sqlite:///{tmp_path / 'leakaid.sqlite3'}"
    monkeypatch.setenv("LEAKAID_DATABASE_URL", "postgresql://u@h/db")
    assert database_url(tmp_path) == "postgresql+psycopg://u@h/db"


def test_migration_matches_models(store):
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_open_twice_is_idempotent_and_uses_wal(tmp_path):
    Store.open(tmp_path).close()
    st = Store.open(tmp_path)
    st.close()
    con = sqlite3.connect(tmp_path / "leakaid.sqlite3")
    assert con.execute("select version_num from alembic_version").fetchone()[0] == "0002"
    assert con.execute("pragma journal_mode").fetchone()[0] == "wal"


def test_a_database_of_the_first_release_is_upgraded(tmp_path):
    """0001 → 0002 (login sessions): opening an old database migrates it and keeps its rows."""
    from alembic import command
    from alembic.config import Config

    from leakaid.store import db

    engine = db.make_engine(f"sqlite:///{tmp_path / 'leakaid.sqlite3'}")
    cfg = Config()
    cfg.set_main_option("script_location", str(db._MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.exec_driver_sql("insert into users (username, password_hash, created_at) values ('u', 'h', '2026-01-01')")
    engine.dispose()
    st = Store.open(tmp_path)
    st.close()
    con = sqlite3.connect(tmp_path / "leakaid.sqlite3")
    assert con.execute("select version_num from alembic_version").fetchone()[0] == "0002"
    assert con.execute("select count(*) from login_sessions").fetchone()[0] == 0
    assert con.execute("select username from users").fetchone()[0] == "u"
