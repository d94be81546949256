"""store (persistence): SQLAlchemy 2 models, Alembic migrations, data directory and database URL.

SQLite under the data directory by default; PostgreSQL when ``LEAKAID_DATABASE_URL`` is set.
``Store.open(data_dir)`` migrates the schema to head and is the only way other modules get a session.
"""

from __future__ import annotations

from leakaid.store.db import Store, database_url, default_data_dir

__all__ = ["Store", "database_url", "default_data_dir"]
