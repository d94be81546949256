"""web: FastAPI + Jinja2 + vendored htmx 2 (static/htmx.min.js, 0BSD licence), Chinese UI; see ``app.create_app``."""
