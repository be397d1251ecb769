"""The review pages: an analyst signs in with the server's write token and a name, then accepts,
rejects or edits an event, merges or splits merged events, and undoes changes, with plain HTML forms.

No script is needed (the pages keep the app's script-free Content-Security-Policy). Safety:
- signing in sets a session cookie (HttpOnly, SameSite=Strict) signed with an HMAC keyed by the write
  token, so it is void when the token changes; it carries the analyst's name, logged with each change;
- every form carries a CSRF token (an HMAC of the session's nonce), checked on every POST, and a POST
  whose Origin header names another site is refused;
- everything from an article or a name is autoescaped by Jinja2 (no ``|safe``).
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from typing import Any
from urllib.parse import quote, urlsplit

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from ..model import EVENT_TYPES, SIDES
from ..store import EventFilter
from ..store.review import MAX_WHO, ReviewError, check_who
from .pages import _lq, _store, render
from .settings import Settings

router = APIRouter(include_in_schema=False)
COOKIE = "tawatur_review"
MAX_FORM = 20_000  # bytes of a review form
SESSION_HOURS = 12


def _key(settings: Settings, purpose: str) -> bytes:
    if not settings.token:
        raise HTTPException(403, "reviewing is disabled: start the server with --token or TAWATUR_TOKEN")
    return hashlib.sha256(f"tawatur-review:{purpose}:{settings.token}".encode()).digest()


def _sign(settings: Settings, payload: str) -> str:
    return hmac.new(_key(settings, "session"), payload.encode(), hashlib.sha256).hexdigest()


def session(request: Request) -> dict[str, str] | None:
    """The signed-in analyst ({"who", "nonce"}) or None."""
    settings: Settings = request.app.state.settings
    raw = request.cookies.get(COOKIE, "")
    if not settings.token or "." not in raw:
        return None
    body, sig = raw.rsplit(".", 1)
    if not hmac.compare_digest(_sign(settings, body), sig):
        return None
    try:
        data = json.loads(base64.urlsafe_b64decode(body.encode()).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("who"), str) or not isinstance(data.get("n"), str):
        return None
    return {"who": data["who"], "nonce": data["n"]}


def csrf_token(request: Request, sess: dict[str, str]) -> str:
    settings: Settings = request.app.state.settings
    return hmac.new(_key(settings, "csrf"), sess["nonce"].encode(), hashlib.sha256).hexdigest()


async def _form(request: Request, need_session: bool = True) -> tuple[dict[str, list[str]], dict[str, str] | None]:
    """The POSTed form after the checks every review POST passes: same origin, signed in, CSRF token."""
    origin = request.headers.get("origin")
    if origin and origin != "null" and urlsplit(origin).netloc != request.headers.get("host", ""):
        raise HTTPException(403, "this form must be sent from this site")
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > MAX_FORM:
        raise HTTPException(413, f"form is larger than {MAX_FORM:,} bytes")
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype != "application/x-www-form-urlencoded":
        raise HTTPException(415, "send the review form (application/x-www-form-urlencoded)")
    form = await request.form(max_files=0, max_fields=600)
    fields = {k: [str(v) for v in form.getlist(k)] for k in form.keys()}
    sess = session(request)
    if need_session:
        if sess is None:
            raise HTTPException(401, "sign in to review (the server's write token and your name)")
        sent = (fields.get("csrf") or [""])[0]
        if not hmac.compare_digest(sent.encode(), csrf_token(request, sess).encode()):
            raise HTTPException(403, "the form's CSRF token is missing or stale: reload the page and try again")
    return fields, sess


def _one(fields: dict[str, list[str]], name: str) -> str:
    return (fields.get(name) or [""])[0].strip()


def _back(request: Request, path: str, note: str = "") -> RedirectResponse:
    lang = "en" if request.query_params.get("lang") == "en" else "ar"
    sep = "&" if lang == "en" else "?"
    url = path + _lq(lang) + (f"{sep}done={quote(note)}" if note else "")
    return RedirectResponse(url, status_code=303)


def _page(request: Request, template: str, status: int = 200, **ctx: Any) -> HTMLResponse:
    sess = session(request)
    return render(request, template, status=status, sess=sess, csrf=csrf_token(request, sess) if sess else "",
                  types=EVENT_TYPES, sides=SIDES, done=request.query_params.get("done", "")[:80],
                  writable=bool(request.app.state.settings.token), max_who=MAX_WHO, **ctx)


@router.get("/review", response_class=HTMLResponse)
def review_home(request: Request, offset: int = 0) -> HTMLResponse:
    offset = max(0, min(offset, 1_000_000_000))
    log, total = _store(request).review_log(50, offset)
    return _page(request, "review.html", log=log, total=total, offset=offset)


@router.post("/review/login")
async def login(request: Request) -> Response:
    settings: Settings = request.app.state.settings
    fields, _ = await _form(request, need_session=False)
    token = _one(fields, "token")
    if not settings.token or not hmac.compare_digest(token.encode(), settings.token.encode()):
        return _page(request, "review.html", status=401, log=[], total=0, offset=0, error="bad_token")
    try:
        who = check_who(_one(fields, "who"))
    except ReviewError:
        return _page(request, "review.html", status=400, log=[], total=0, offset=0, error="bad_who")
    body = base64.urlsafe_b64encode(json.dumps({"who": who, "n": secrets.token_hex(16)}).encode()).decode()
    resp = _back(request, "/review")
    resp.set_cookie(COOKIE, f"{body}.{_sign(settings, body)}", max_age=SESSION_HOURS * 3600, httponly=True,
                    samesite="strict", path="/")
    return resp


@router.post("/review/logout")
async def logout(request: Request) -> Response:
    await _form(request)
    resp = _back(request, "/review")
    resp.delete_cookie(COOKIE, path="/")
    return resp


@router.get("/review/event/{event_id:path}", response_class=HTMLResponse)
def event_form(request: Request, event_id: str) -> HTMLResponse:
    st = _store(request)
    ev = st.event(event_id)
    if ev is None:
        raise HTTPException(404, "no event with this id")
    log, _ = st.review_log(20, 0, event_id)
    return _page(request, "review_event.html", ev=ev, log=log)


@router.post("/review/event/{event_id:path}")
async def event_post(request: Request, event_id: str) -> Response:
    fields, sess = await _form(request)
    action = _one(fields, "action")
    edits = {k: _one(fields, k) for k in ("type", "place", "side", "date", "toll") if _one(fields, k)}
    _store(request).review_event(event_id, action, sess["who"] if sess else "", edits if action == "edit" else None)
    return _back(request, "/review/event/" + quote(event_id, safe=""), action)


@router.get("/review/merged/{merged_id:path}", response_class=HTMLResponse)
def merged_form(request: Request, merged_id: str) -> HTMLResponse:
    st = _store(request)
    m = st.merged_event(merged_id)
    if m is None:
        raise HTTPException(404, "no merged event with this id")
    reports, _ = st.events(EventFilter(merged_event=merged_id, review="all"), limit=500)
    others, _ = st.merged_events(type=m.get("type"), limit=30)
    others = [o for o in others if o["id"] != merged_id]
    log, _ = st.review_log(20, 0, merged_id)
    return _page(request, "review_merged.html", m=m, reports=reports, others=others, log=log)


@router.post("/review/merged/{merged_id:path}")
async def merged_post(request: Request, merged_id: str) -> Response:
    fields, sess = await _form(request)
    action, who = _one(fields, "action"), sess["who"] if sess else ""
    st = _store(request)
    if action == "split":
        st.split_merged(merged_id, fields.get("event", []), who)
    elif action == "merge":
        typed = _one(fields, "others").split()
        st.merge_merged(merged_id, [o for o in fields.get("other", []) + typed if o], who)
    else:
        raise HTTPException(400, "action must be split or merge")
    return _back(request, "/review/merged/" + quote(merged_id, safe=""), action)


@router.post("/review/undo")
async def undo_post(request: Request) -> Response:
    fields, sess = await _form(request)
    change = _one(fields, "change")
    if change and not change.isdigit():
        raise HTTPException(400, "change must be the number of a review change")
    _store(request).undo_review(sess["who"] if sess else "", int(change) if change else None)
    back = _one(fields, "back")
    return _back(request, back if back.startswith("/review") and "//" not in back else "/review", "undo")
