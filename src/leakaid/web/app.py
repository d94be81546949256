"""The web app: wizard → plan → import → harassers → progress → documents. Views stay thin over ``cases``.

Every POST carries a CSRF token (double-submit cookie), uploads are size-limited, every error page is Chinese.
With ``auth=True`` people register and log in (argon2 hashes) and each sees only their own cases.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from starlette.exceptions import HTTPException as StarletteHTTPException

from leakaid.cases import service
from leakaid.cases.analyze import explain_tags, tag_labels, tag_rules
from leakaid.cases.importers import FORMAT_LABELS, import_file
from leakaid.cases.importers.base import beijing
from leakaid.cases.plan import STATUS_LABELS, STATUSES, load_rules
from leakaid.cases.summary import case_summary, mask
from leakaid.documents import DOC_LABELS, render
from leakaid.errors import ConfigError, LeakaidError, SourceError
from leakaid.store import Store
from leakaid.store.models import User
from leakaid.web import security, sessions

HERE = Path(__file__).parent
MAX_UPLOAD = 200 * 1024 * 1024  # evidence files and backups
MAX_FORM = 64 * 1024
ERROR_TITLES = {
    400: "请求有误",
    403: "没有权限",
    404: "找不到页面",
    405: "不支持的操作",
    413: "文件太大",
    422: "填写的内容有误",
    500: "出错了",
}


class WebError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class BodyLimit:
    """ASGI guard that stops reading a request body beyond ``limit`` bytes, chunked uploads included."""

    def __init__(self, app: Any, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        total = 0

        async def limited() -> Any:
            nonlocal total
            message = await receive()
            if message["type"] == "http.request":
                total += len(message.get("body", b""))
                if total > self.limit:
                    raise WebError(413, f"上传的内容超过上限 {self.limit // (1024 * 1024)} MB。请拆分后分别上传。")
            return message

        await self.app(scope, limited, send)


def _fmt_time(value: str | datetime | None) -> str:
    if not value:
        return ""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return beijing(value)


def create_app(store: Store, *, auth: bool = False, max_upload: int = MAX_UPLOAD) -> FastAPI:
    app = FastAPI(title="leakaid", docs_url=None, redoc_url=None, openapi_url=None)
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.globals.update(
        STATUS_LABELS=STATUS_LABELS, STATUSES=STATUSES, DOC_LABELS=DOC_LABELS, FORMAT_LABELS=FORMAT_LABELS,
        TAG_LABELS=tag_labels(), fmt_time=_fmt_time, mask=mask, auth=auth,
    )
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.add_middleware(BodyLimit, limit=max_upload + MAX_FORM)

    # ------------------------------------------------------------------ plumbing

    @app.middleware("http")
    async def limits_and_csrf_cookie(request: Request, call_next):
        length = request.headers.get("content-length")
        if length and length.isdigit() and int(length) > max_upload + MAX_FORM:
            return _error_page(request, 413, f"上传的文件超过上限 {max_upload // (1024 * 1024)} MB。请拆分后分别上传。")
        token = request.cookies.get(security.CSRF_COOKIE) or security.new_token()
        request.state.csrf = token
        response = await call_next(request)
        if request.cookies.get(security.CSRF_COOKIE) != token:
            response.set_cookie(security.CSRF_COOKIE, token, httponly=True, samesite="strict")
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response

    def _error_page(request: Request, status: int, message: str) -> Response:
        if request.url.path.endswith(".json"):
            return JSONResponse({"ok": False, "status": status, "error": message}, status_code=status)
        return templates.TemplateResponse(
            request, "error.html",
            {"status": status, "title": ERROR_TITLES.get(status, "出错了"), "message": message,
             "csrf": getattr(request.state, "csrf", ""), "user": None},
            status_code=status,
        )

    @app.exception_handler(WebError)
    async def _web_error(request: Request, exc: WebError):
        return _error_page(request, exc.status, exc.message)

    @app.exception_handler(service.NotFoundError)
    async def _not_found(request: Request, exc: service.NotFoundError):
        return _error_page(request, 404, f"{exc} 请回到首页查看你的案件列表。")

    @app.exception_handler(LeakaidError)
    async def _leakaid_error(request: Request, exc: LeakaidError):
        return _error_page(request, 400, str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException):
        messages = {404: "这个页面不存在。请检查网址，或回到首页。", 405: "这个地址不支持这种操作。"}
        return _error_page(request, exc.status_code, messages.get(exc.status_code, "请求无法处理。"))

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError):
        return _error_page(request, 422, "提交的内容不完整或格式不对，请返回上一页检查后重试。")

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception):
        return _error_page(request, 500, "程序内部出错。你的数据没有丢失；请重试，或用命令行 leakaid case verify 检查案件。")

    async def form(request: Request) -> Any:
        data = await request.form()
        if not security.tokens_match(request.cookies.get(security.CSRF_COOKIE), data.get("csrf")
                                     or request.headers.get("x-csrf-token")):
            raise WebError(403, "安全校验失败（CSRF 令牌无效）。请刷新页面后重试。")
        return data

    def user_id(request: Request) -> int | None:
        if not auth:
            return None
        uid = sessions.user_of(store, request.cookies.get(security.SESSION_COOKIE))
        if uid is None:
            raise WebError(403, "请先登录。")
        return uid

    def page(request: Request, name: str, ctx: dict[str, Any], status: int = 200) -> Response:
        uid = sessions.user_of(store, request.cookies.get(security.SESSION_COOKIE)) if auth else None
        return templates.TemplateResponse(
            request, name, {"csrf": request.state.csrf, "user": uid, **ctx}, status_code=status
        )

    def back(url: str) -> RedirectResponse:
        return RedirectResponse(url, status_code=303)

    # ------------------------------------------------------------------ auth

    @app.get("/login", response_class=HTMLResponse)
    def login_page(request: Request, error: str = ""):
        if not auth:
            return back("/")
        return page(request, "login.html", {"error": error})

    @app.post("/login")
    async def login(request: Request):
        data = await form(request)
        username = str(data.get("username", "")).strip()
        password = str(data.get("password", ""))
        action = data.get("action", "login")
        if not auth:
            return back("/")
        if not username or len(password) < 8:
            return page(request, "login.html", {"error": "用户名不能为空，密码至少 8 位。"}, 400)
        with store.session() as s:
            user = s.scalars(select(User).where(User.username == username)).first()
            if action == "register":
                if user is not None:
                    return page(request, "login.html", {"error": "这个用户名已被注册。"}, 400)
                user = User(username=username[:64], password_hash=security.hash_password(password),
                            created_at=datetime.now())
                s.add(user)
                try:
                    s.flush()
                except IntegrityError:
                    return page(request, "login.html", {"error": "这个用户名已被注册。"}, 400)
            elif user is None or not security.check_password(user.password_hash, password):
                return page(request, "login.html", {"error": "用户名或密码不正确。"}, 400)
            uid = user.id
        resp = back("/")
        resp.set_cookie(security.SESSION_COOKIE, sessions.start(store, uid), httponly=True, samesite="lax",
                        max_age=int(sessions.LIFETIME.total_seconds()))
        return resp

    @app.post("/logout")
    async def logout(request: Request):
        await form(request)
        sessions.end(store, request.cookies.get(security.SESSION_COOKIE))
        resp = back("/login")
        resp.delete_cookie(security.SESSION_COOKIE)
        return resp

    # ------------------------------------------------------------------ pages

    @app.get("/", response_class=HTMLResponse)
    def index(request: Request):
        if auth and sessions.user_of(store, request.cookies.get(security.SESSION_COOKIE)) is None:
            return back("/login")
        return page(request, "index.html", {"cases": service.list_cases(store, user_id(request))})

    @app.get("/cases/new", response_class=HTMLResponse)
    def new_case_page(request: Request):
        user_id(request)
        return page(request, "new.html", {"rules": load_rules(), "answers": {}, "title": ""})

    def _answers_from(data: Any) -> dict[str, Any]:
        answers: dict[str, Any] = {}
        for q in load_rules().questions:
            if q.kind == "multi":
                answers[q.key] = [str(v) for v in data.getlist(q.key)]
            else:
                answers[q.key] = str(data.get(q.key, "") or "")
        return answers

    @app.post("/cases")
    async def create(request: Request):
        data = await form(request)
        answers = _answers_from(data)
        title = str(data.get("title", "")).strip()
        try:
            cid = service.create_case(store, title, answers, owner_id=user_id(request))
        except ConfigError as exc:
            return page(request, "new.html", {"rules": load_rules(), "answers": answers, "title": title,
                                              "error": str(exc)}, 400)
        return back(f"/cases/{cid}")

    @app.get("/cases/{case_id:int}/answers", response_class=HTMLResponse)
    def edit_answers_page(request: Request, case_id: int):
        uid = user_id(request)
        with store.session() as s:
            case = service.get_case(s, case_id, uid)
            answers, title = service.answers_of(case), case.title
        return page(request, "new.html", {"rules": load_rules(), "answers": answers, "title": title,
                                          "case_id": case_id})

    @app.post("/cases/{case_id:int}/answers")
    async def edit_answers(request: Request, case_id: int):
        data = await form(request)
        service.update_answers(store, case_id, _answers_from(data), user_id(request))
        return back(f"/cases/{case_id}")

    def _case_ctx(request: Request, case_id: int, reveal: bool) -> dict[str, Any]:
        uid = user_id(request)
        with store.session() as s:
            service.get_case(s, case_id, uid)
        summary = case_summary(store, case_id, reveal)
        items = service.plan(store, case_id, uid)
        return {"case": summary, "items": items, "next": service.what_next(items), "reveal": reveal,
                "case_id": case_id}

    @app.get("/cases/{case_id:int}", response_class=HTMLResponse)
    def case_page(request: Request, case_id: int, reveal: int = 0, imported: int = -1, skipped: int = 0):
        ctx = _case_ctx(request, case_id, bool(reveal))
        return page(request, "case.html", {**ctx, "imported": imported, "skipped": skipped})

    @app.get("/cases/{case_id:int}.json")
    def case_json(request: Request, case_id: int):
        uid = user_id(request)
        with store.session() as s:
            service.get_case(s, case_id, uid)
        data = case_summary(store, case_id)
        data["plan"] = [i.to_dict() for i in service.plan(store, case_id, uid)]
        return JSONResponse(data)

    @app.post("/cases/{case_id:int}/steps/{key}", response_class=HTMLResponse)
    async def step(request: Request, case_id: int, key: str):
        data = await form(request)
        status = str(data.get("status", ""))
        if status not in STATUSES:
            raise WebError(400, "无效的步骤状态。")
        uid = user_id(request)
        service.set_step(store, case_id, key, status, owner_id=uid)
        if request.headers.get("hx-request"):
            item = next(i for i in service.plan(store, case_id, uid) if i.step.key == key)
            return page(request, "_step.html", {"item": item, "case_id": case_id})
        return back(f"/cases/{case_id}#plan")

    async def _save_upload(data: Any, field: str) -> tuple[Path, str]:
        upload = data.get(field)
        if upload is None or not getattr(upload, "filename", ""):
            raise WebError(400, "请选择要上传的文件。")
        fd, tmp = tempfile.mkstemp(prefix="leakaid-upload-")
        size = 0
        with os.fdopen(fd, "wb") as out:
            while chunk := await upload.read(1 << 20):
                size += len(chunk)
                if size > max_upload:
                    os.unlink(tmp)
                    raise WebError(413, f"上传的文件超过上限 {max_upload // (1024 * 1024)} MB。")
                out.write(chunk)
        return Path(tmp), upload.filename

    @app.post("/cases/{case_id:int}/import")
    async def import_(request: Request, case_id: int):
        data = await form(request)
        uid = user_id(request)
        tmp, name = await _save_upload(data, "file")
        try:
            suffix_path = tmp.with_name(tmp.name + Path(name).suffix.lower()[:8])
            shutil.move(tmp, suffix_path)
            tmp = suffix_path
            try:
                res = import_file(store, case_id, tmp, filename=name, owner_id=uid)
            except SourceError as exc:
                raise WebError(400, f"无法导入“{name}”：{exc.message}") from exc
        finally:
            tmp.unlink(missing_ok=True)
        return back(f"/cases/{case_id}?imported={res.count}&skipped={res.skipped}#senders")

    @app.post("/cases/{case_id:int}/evidence")
    async def add_evidence(request: Request, case_id: int):
        data = await form(request)
        uid = user_id(request)
        note = str(data.get("note", ""))
        upload = data.get("file")
        if upload is not None and getattr(upload, "filename", ""):
            tmp, name = await _save_upload(data, "file")
            try:
                with tmp.open("rb") as fh:
                    service.add_file(store, case_id, fh, name, note, owner_id=uid, max_bytes=max_upload)
            finally:
                tmp.unlink(missing_ok=True)
        else:
            service.add_note(store, case_id, note, owner_id=uid)
        return back(f"/cases/{case_id}#evidence")

    @app.get("/cases/{case_id:int}/timeline", response_class=HTMLResponse)
    def timeline(request: Request, case_id: int, reveal: int = 0):
        uid = user_id(request)
        rows = service.timeline(store, case_id, 1000, uid)
        for row in rows:
            row["why"] = explain_tags(f"{row['subject']}\n{row['body']}")
        return page(request, "timeline.html", {"rows": rows, "case_id": case_id, "reveal": bool(reveal)})

    @app.get("/rules", response_class=HTMLResponse)
    def rules_page(request: Request):
        return page(request, "rules.html", {"rules": load_rules(), "tags": tag_rules()})

    @app.get("/cases/{case_id:int}/verify", response_class=HTMLResponse)
    def verify(request: Request, case_id: int):
        res = service.verify(store, case_id, user_id(request))
        return page(request, "verify.html", {"res": res, "case_id": case_id}, 200 if res.ok else 409)

    @app.get("/cases/{case_id:int}/documents/{doc}.{fmt}")
    def document(request: Request, case_id: int, doc: str, fmt: str, channel: str = "12321"):
        uid = user_id(request)
        with store.session() as s:
            service.get_case(s, case_id, uid)
        if doc not in DOC_LABELS or fmt not in ("pdf", "docx"):
            raise WebError(404, "没有这种文书。")
        data = render(store, case_id, doc, fmt, channel=channel)
        name = f"{DOC_LABELS[doc]}-案件{case_id}.{fmt}"
        media = "application/pdf" if fmt == "pdf" else (
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
        return Response(data, media_type=media,
                        headers={"Content-Disposition": f"attachment; filename*=UTF-8''{quote(name)}"})

    @app.get("/cases/{case_id:int}/export.zip")
    def export(request: Request, case_id: int):
        from leakaid.documents.package import evidence_package

        uid = user_id(request)
        with store.session() as s:
            service.get_case(s, case_id, uid)
        name = quote(f"证据包-案件{case_id}.zip")
        return Response(evidence_package(store, case_id), media_type="application/zip",
                        headers={"Content-Disposition": f"attachment; filename*=UTF-8''{name}"})

    return app
