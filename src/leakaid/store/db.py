"""Data directory, database URL, engine and migrations."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from leakaid.errors import ConfigError

ENV_DATA_DIR = "LEAKAID_DATA_DIR"
ENV_DATABASE_URL = "LEAKAID_DATABASE_URL"
_MIGRATIONS = Path(__file__).with_name("migrations")


def default_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``explicit`` (``--data-dir``), else ``$LEAKAID_DATA_DIR``, else the platform's user data directory."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("leakaid", appauthor=False))


def database_url(data_dir: Path, explicit_url: str | None = None) -> str:
    """``explicit_url``, else ``$LEAKAID_DATABASE_URL``, else SQLite inside ``data_dir``."""
    url = explicit_url or os.environ.get(ENV_DATABASE_URL)
    if url:
        if url.startswith("postgresql://"):
            url = "postgresql+psycopg://" + url[len("postgresql://") :]
        return url
    return f"sqlite:///{data_dir / 'leakaid.sqlite3'}"


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record) -> None:  # noqa: ANN001
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

        return engine
    return create_engine(url, pool_pre_ping=True)


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest Alembic revision."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(_MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


class Store:
    """Database plus evidence directory of one leakaid installation."""

    def __init__(self, data_dir: Path, engine: Engine) -> None:
        self.data_dir = data_dir
        self.engine = engine
        self.sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, data_dir: str | os.PathLike[str] | None = None, url: str | None = None) -> Store:
        path = default_data_dir(data_dir)
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ConfigError(f"无法创建数据目录 {path}：{exc.strerror}") from exc
        engine = make_engine(database_url(path, url))
        upgrade(engine)
        return cls(path, engine)

    @property
    def blob_dir(self) -> Path:
        return self.data_dir / "evidence"

    def blob_path(self, sha256: str) -> Path:
        return self.blob_dir / sha256[:2] / sha256

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on any error."""
        with self.sessions() as s, s.begin():
            yield s

    def close(self) -> None:
        self.engine.dispose()
