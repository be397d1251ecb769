"""Optional event extractor backed by an OpenAI-compatible LLM endpoint (vLLM, Ollama, llama.cpp server).

The rule-based extractor stays the default; this back end is opt-in (``tawatur analyze --extractor llm``).
A model's answer is never trusted as is: every event is *grounded* before it becomes an :class:`Event`.

* its shape is validated against the JSON schema in ``data/llm/event_schema.json`` (the same schema is
  sent to the server as ``response_format`` so a constrained decoder produces it in the first place);
* its evidence must occur in ``Article.raw`` -- verbatim, or after folding (diacritics, hamza and alef
  variants, quotes, whitespace), in which case the span is repaired to the article's own characters;
* its place must resolve in the gazetteer *and* be written in the article;
* type, polarity and sides must be among :data:`tawatur.model.EVENT_TYPES` / ``POLARITIES`` / ``SIDES``.

Anything that fails is dropped and counted in ``article.warnings``; connection errors and bad JSON become
warnings too, so one unreachable server or one broken answer never stops a corpus run.

Settings live in module state *and* in ``TAWATUR_LLM_*`` environment variables, so worker processes
(process pool, local Dask workers, which :mod:`tawatur.scale` ships ``TAWATUR_*`` variables to) rebuild
the same client without pickling one.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Protocol

import httpx

from ..clean.normalize import fold, fold_text, strip_article, strip_clitics
from ..model import (
    EVENT_TYPES,
    POLARITIES,
    SIDES,
    Actor,
    Article,
    Event,
    EventDate,
    Evidence,
    Place,
    Sentence,
    Source,
)

ENV_URL, ENV_MODEL, ENV_KEY = "TAWATUR_LLM_URL", "TAWATUR_LLM_MODEL", "TAWATUR_LLM_API_KEY"
LLM_DATA = Path(__file__).resolve().parents[1] / "data" / "llm"  # prompt and schema, as data
MAX_CHARS = 6000  # text per request; longer articles are sent in chunks of whole sentences
_WIRE_DROP = {"default", "$comment", "minLength", "minimum", "maximum"}  # local-validation-only keywords


class LLMError(Exception):
    """The endpoint could not give a usable answer (network, HTTP status, not JSON)."""


class GazetteerLike(Protocol):
    def resolve(self, name: str) -> Any: ...


# --------------------------------------------------------------------------- data files

@cache
def _data(name: str) -> str:
    return (LLM_DATA / name).read_text(encoding="utf-8")


def load_schema() -> dict[str, Any]:
    """The JSON schema of the model's answer (``data/llm/event_schema.json``)."""
    return json.loads(_data("event_schema.json"))


def system_prompt() -> str:
    return _data("system_prompt.txt")


def user_prompt(article: Article, text: str, part: int = 1, parts: int = 1) -> str:
    """The user message for one chunk, from the ``data/llm/user_prompt.txt`` template."""
    return _data("user_prompt.txt").format(
        article_id=article.id, outlet=article.outlet or "", published=article.published or "",
        title=article.title or "", part=part, parts=parts, text=text)


def wire_schema(schema: dict[str, Any] | None = None) -> Any:
    """The schema as sent to the server: without keywords that strict decoders reject."""
    def strip(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: strip(v) for k, v in node.items() if k not in _WIRE_DROP}
        if isinstance(node, list):
            return [strip(v) for v in node]
        return node
    return strip(schema if schema is not None else load_schema())


# --------------------------------------------------------------------------- validation

_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,), "array": (list,), "string": (str,), "number": (int, float),
    "integer": (int,), "boolean": (bool,), "null": (type(None),),
}


def validate(value: Any, schema: dict[str, Any], path: str = "$") -> list[str]:
    """Errors of ``value`` against the subset of JSON Schema our schema uses (empty list = valid).

    A small validator keeps the extractor free of another dependency; it covers type, enum, required,
    properties, additionalProperties, items, minLength, minimum and maximum.
    """
    errors: list[str] = []
    types = schema.get("type")
    if types is not None:
        allowed = tuple(t for name in ([types] if isinstance(types, str) else types)
                        for t in _JSON_TYPES[name])
        is_bool = isinstance(value, bool) and bool not in allowed
        if not isinstance(value, allowed) or is_bool:
            return [f"{path}: expected {types}, got {type(value).__name__}"]
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{path}: {value!r} not in {schema['enum']}")
    if isinstance(value, str) and len(value.strip()) < schema.get("minLength", 0):
        errors.append(f"{path}: shorter than {schema['minLength']}")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            errors.append(f"{path}: below {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            errors.append(f"{path}: above {schema['maximum']}")
    if isinstance(value, dict):
        props = schema.get("properties", {})
        errors += [f"{path}: missing {k}" for k in schema.get("required", []) if k not in value]
        if schema.get("additionalProperties") is False:
            errors += [f"{path}: unexpected {k}" for k in value if k not in props]
        for k, sub in props.items():
            if k in value:
                errors += validate(value[k], sub, f"{path}.{k}")
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            errors += validate(item, schema["items"], f"{path}[{i}]")
    return errors


def _with_defaults(item: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """Fill fields a model left out from the schema's defaults; ignore fields the schema lacks."""
    props = schema["properties"]
    out = {k: v for k, v in item.items() if k in props}
    for k, sub in props.items():
        if k not in out and "default" in sub:
            out[k] = sub["default"]
    return out


def _json_in(content: str) -> Any:
    """The JSON value of an answer, tolerating a Markdown fence or a reasoning model's <think> block."""
    text = re.sub(r"<think>.*?</think>", "", content, flags=re.S).strip()
    fence = re.match(r"^```(?:json)?\s*(.*?)\s*```$", text, re.S)
    if fence:
        text = fence.group(1)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        a, b = text.find("{"), text.rfind("}")
        if 0 <= a < b:
            try:
                return json.loads(text[a:b + 1])
            except json.JSONDecodeError:
                pass
        raise LLMError(f"answer is not JSON ({exc.msg} at {exc.pos}): {content[:80]!r}") from exc


def parse_answer(content: str, schema: dict[str, Any] | None = None) -> tuple[list[dict[str, Any]], list[str]]:
    """Valid event dicts of a model's answer, and one message per item dropped.

    Accepts ``{"events": [...]}``, a bare list, and answers wrapped in a Markdown code fence.
    Raises :class:`LLMError` when the answer is not JSON at all.
    """
    schema = schema or load_schema()
    item_schema = schema["properties"]["events"]["items"]
    data = _json_in(content)
    if isinstance(data, list):
        data = {"events": data}
    if not isinstance(data, dict) or not isinstance(data.get("events"), list):
        raise LLMError("answer has no 'events' list")
    kept, dropped = [], []
    for i, item in enumerate(data["events"]):
        if not isinstance(item, dict):
            dropped.append(f"event {i}: not an object")
            continue
        item = _with_defaults(item, item_schema)
        if item.get("actor_side") not in SIDES:  # a side outside the list is repaired, not fatal
            item["actor_side"] = "unknown"
        if item.get("target_side") not in ("", *SIDES):
            item["target_side"] = ""
        errs = validate(item, item_schema, f"event {i}")
        if errs:
            dropped.append("; ".join(errs))
        else:
            kept.append(item)
    return kept, dropped


# --------------------------------------------------------------------------- HTTP client

def endpoint(url: str) -> str:
    """``…/v1/chat/completions`` for a base URL given with or without ``/v1`` (or in full)."""
    base = url.strip().rstrip("/")
    if not re.match(r"^https?://[^/\s]+", base):
        raise ValueError(f"LLM url must start with http:// or https:// (got {url!r})")
    for tail in ("/chat/completions", "/v1"):
        if base.endswith(tail):
            base = base[: -len(tail)]
    return base.rstrip("/") + "/v1/chat/completions"


@dataclass
class LLMClient:
    """A small OpenAI-compatible chat client: JSON-schema answers, bounded retries, one fallback.

    ``mode`` starts at ``"json_schema"``; the first time the server rejects it (a 4xx other than
    auth/not-found/rate-limit), the client switches to ``"json_object"`` for good.
    """

    url: str
    model: str
    api_key: str | None = None
    timeout: float = 120.0
    connect_timeout: float = 10.0
    retries: int = 2
    backoff: float = 1.0
    mode: str = "json_schema"

    def __post_init__(self) -> None:
        self.endpoint = endpoint(self.url)
        self._http: httpx.Client | None = None

    def _client(self) -> httpx.Client:
        if self._http is None:
            headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
            self._http = httpx.Client(
                headers=headers, timeout=httpx.Timeout(self.timeout, connect=self.connect_timeout))
        return self._http

    def close(self) -> None:
        if self._http is not None:
            self._http.close()
            self._http = None

    def _payload(self, messages: list[dict[str, str]]) -> dict[str, Any]:
        if self.mode == "json_schema":
            fmt: dict[str, Any] = {"type": "json_schema", "json_schema": {
                "name": "tawatur_events", "strict": True, "schema": wire_schema()}}
        else:
            fmt = {"type": "json_object"}
        return {"model": self.model, "messages": messages, "temperature": 0, "seed": 0,
                "response_format": fmt}

    def _post(self, payload: dict[str, Any]) -> httpx.Response:
        """POST with bounded retries on network errors, 429 and 5xx."""
        last = ""
        for attempt in range(self.retries + 1):
            if attempt:
                time.sleep(self.backoff * 2 ** (attempt - 1))
            try:
                resp = self._client().post(self.endpoint, json=payload)
            except httpx.HTTPError as exc:
                last = f"{type(exc).__name__}: {exc}"
                continue
            if resp.status_code == 429 or resp.status_code >= 500:
                last = f"HTTP {resp.status_code}: {resp.text[:200]}"
                continue
            return resp
        raise LLMError(f"{self.endpoint} failed after {self.retries + 1} attempt(s): {last}")

    def chat(self, messages: list[dict[str, str]]) -> str:
        """The assistant message content for ``messages``."""
        resp = self._post(self._payload(messages))
        if self.mode == "json_schema" and 400 <= resp.status_code < 500 \
                and resp.status_code not in (401, 403, 404, 429):
            self.mode = "json_object"  # server does not take json_schema: ask for plain JSON
            resp = self._post(self._payload(messages))
        if resp.status_code != 200:
            raise LLMError(f"{self.endpoint}: HTTP {resp.status_code}: {resp.text[:200]}")
        try:
            content = resp.json()["choices"][0]["message"]["content"]
        except (ValueError, KeyError, IndexError, TypeError) as exc:
            raise LLMError(f"{self.endpoint}: not a chat.completion response: {resp.text[:200]!r}") from exc
        if not isinstance(content, str):
            raise LLMError(f"{self.endpoint}: empty message content")
        return content


# --------------------------------------------------------------------------- grounding

def chunks(article: Article, max_chars: int = MAX_CHARS) -> list[tuple[int, int, str]]:
    """(raw start, raw end, text) pieces of whole sentences, each at most ``max_chars`` long if possible."""
    sents: list[Sentence] = article.sentences
    if not sents:
        spans = article.body_spans or [(0, len(article.raw))]
        sents = [Sentence(index=i, start=a, end=b, text=article.raw[a:b]) for i, (a, b) in enumerate(spans)]
    out: list[tuple[int, int, str]] = []
    group: list[Sentence] = []
    for s in sents:
        if group and sum(len(g.text) + 1 for g in group) + len(s.text) > max_chars:
            out.append((group[0].start, group[-1].end, "\n".join(g.text for g in group)))
            group = []
        group.append(s)
    if group:
        out.append((group[0].start, group[-1].end, "\n".join(g.text for g in group)))
    return [c for c in out if c[2].strip()]


def find_evidence(raw: str, evidence: str, near: tuple[int, int] = (0, 0)) -> tuple[int, int, str] | None:
    """The span of ``evidence`` in ``raw``: verbatim first, else folded and whitespace-tolerant.

    The occurrence inside ``near`` (the chunk the model saw) wins over one elsewhere. Returns
    (start, end, how) with how "exact" or "folded", or None when the text is not in the article.
    """
    ev = evidence.strip()
    if len(ev) < 3:
        return None
    lo, hi = near
    for a, b in ((lo, hi), (0, len(raw))):
        i = raw.find(ev, a, b if b > a else len(raw))
        if i >= 0:
            return i, i + len(ev), "exact"
    words = fold_text(ev).split()
    if not words:
        return None
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    folded = fold(raw)
    matches = list(pattern.finditer(folded.text))
    if not matches:
        return None
    best = min(matches, key=lambda m: 0 if lo <= folded.orig(m.start()) < max(hi, lo + 1) else 1)
    start, end = folded.span(best.start(), best.end())
    return start, end, "folded"


def place_in_text(names: Iterable[str], folded_raw: str) -> bool:
    """Whether any of ``names`` (folded, article and clitics aside) is written in the article."""
    for name in names:
        key = strip_article(fold_text(name).strip())
        if len(key) >= 2 and key in folded_raw:
            return True
    return False


def resolve_place(name: str, gazetteer: GazetteerLike) -> Any:
    """The gazetteer entry for a model's place name, trying it as written, then without clitics."""
    name = name.strip()
    tried = [name]
    if " " not in name:
        tried += strip_clitics(fold_text(name))[1:]
    for form in tried:
        entry = gazetteer.resolve(form)
        if entry is not None:
            return entry
    return None


def _place(entry: Any) -> Place:
    """A :class:`Place` from a gazetteer entry, with the same precision rule as the place reader."""
    from ..read.places import _precision
    names = [*getattr(entry, "variants", []), getattr(entry, "name_en", ""),
             *getattr(entry, "variants_en", [])]
    kind = getattr(entry, "kind", "") or ""
    return Place(name=entry.name, name_en=getattr(entry, "name_en", "") or "",
                 lat=getattr(entry, "lat", None), lon=getattr(entry, "lon", None),
                 admin1=getattr(entry, "admin1", "") or "", kind=kind, geo_precision=_precision(kind),
                 gazetteer_id=str(getattr(entry, "id", "") or ""),
                 aliases=[n for n in names if n and n != entry.name][:12])


def resolve_date(value: str, published: str | None) -> EventDate:
    """The model's ISO date when it is one and not after publication; else the article's date."""
    pub = _iso_day(published or "")
    day = _iso_day(value or "")
    if day and (pub is None or day <= pub + dt.timedelta(days=1)):
        return EventDate(value=day.isoformat(), precision="day", text=value)
    if re.fullmatch(r"\d{4}-\d{2}", (value or "").strip()):
        return EventDate(value=value.strip() + "-01", precision="month", text=value)
    if pub:
        return EventDate(value=pub.isoformat(), precision="day", text="")
    return EventDate()


def _iso_day(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text.strip()[:10])
    except ValueError:
        return None


def _sentence_of(article: Article, start: int) -> int:
    for s in article.sentences:
        if s.start <= start < s.end:
            return s.index
    return -1


def ground(item: dict[str, Any], article: Article, gazetteer: GazetteerLike, folded_raw: str,
           near: tuple[int, int], rule: str) -> tuple[Event | None, str]:
    """An :class:`Event` for one validated model item, or (None, why it was dropped)."""
    if item["type"] not in EVENT_TYPES or item["polarity"] not in POLARITIES:
        return None, f"type/polarity {item['type']}/{item['polarity']} not allowed"
    span = find_evidence(article.raw, item["evidence"], near)
    if span is None:
        return None, f"evidence not in article: {item['evidence'][:60]!r}"
    start, end, how = span
    entry = resolve_place(item["place"], gazetteer)
    if entry is None:
        return None, f"place not in gazetteer: {item['place']!r}"
    if not place_in_text([item["place"], entry.name], folded_raw):
        return None, f"place not written in article: {item['place']!r}"
    side = item["actor_side"]
    chain = [c for c in item["source_chain"] if c.strip()] or [item["source"]]
    conf = float(item["confidence"]) * (0.9 if how == "folded" else 1.0)
    event = Event(
        id="", article=article.id, type=item["type"], polarity=item["polarity"], place=_place(entry),
        actor=Actor(name=item["actor"], name_en="", side=side),
        source=Source(name=item["source"], name_en=item["source"],
                      kind="outlet" if item["source"] in ("", "the article") else "reported",
                      chain=chain),
        date=resolve_date(item["date"], article.published),
        quantity=(item["quantity"] or None),
        evidence=Evidence(text=article.raw[start:end], start=start, end=end),
        confidence=round(conf, 3), rule=rule, trigger=item["trigger"],
        sentence=_sentence_of(article, start),
        target=Actor(side=item["target_side"]) if item["target_side"] else None,
    )
    return event, ""


# --------------------------------------------------------------------------- the stage

def extract_events_llm(article: Article, client: LLMClient, gazetteer: GazetteerLike | None = None,
                       max_chars: int = MAX_CHARS) -> Article:
    """Replace ``article.events`` with the grounded events an LLM finds; failures become warnings."""
    schema = load_schema()
    rule = f"llm:{client.model}"
    folded_raw = fold_text(article.raw)
    pieces = chunks(article, max_chars)
    events: list[Event] = []
    seen: set[tuple[str, str, str, str]] = set()
    dropped: list[str] = []
    for k, (lo, hi, text) in enumerate(pieces, 1):
        messages = [{"role": "system", "content": system_prompt()},
                    {"role": "user", "content": user_prompt(article, text, k, len(pieces))}]
        try:
            items, bad = parse_answer(client.chat(messages), schema)
        except LLMError as exc:
            article.warnings.append(f"llm extractor, part {k}/{len(pieces)}: {exc}")
            continue
        dropped += bad
        if items and gazetteer is None:  # loaded only when there is something to ground
            from ..read.gazetteer import Gazetteer
            gazetteer = Gazetteer.default()
        for item in items:
            event, why = ground(item, article, gazetteer, folded_raw, (lo, hi), rule)
            if event is None:
                dropped.append(why)
                continue
            key = (event.type, event.polarity, event.place.gazetteer_id or event.place.name,
                   event.actor.side)
            if key in seen:  # one event per (type, polarity, place, side) in an article
                continue
            seen.add(key)
            event.id = f"{article.id}:llm{len(events) + 1}"
            events.append(event)
    if dropped:
        article.warnings.append(f"llm extractor dropped {len(dropped)} ungrounded answer(s): "
                                + " | ".join(dropped[:5]))
    article.events = events
    return article


_clients: dict[tuple[str, str, str | None], LLMClient] = {}


def settings() -> tuple[str, str, str | None]:
    """(url, model, api key) from the environment, as set by :func:`use_llm_extractor`."""
    url, model = os.environ.get(ENV_URL, ""), os.environ.get(ENV_MODEL, "")
    if not (url and model):
        raise LLMError(f"LLM extractor not configured: set {ENV_URL} and {ENV_MODEL} "
                       "(or call use_llm_extractor)")
    return url, model, os.environ.get(ENV_KEY) or None


def llm_events(article: Article) -> Article:
    """The registered ``events`` stage: one shared client per process, built from the settings."""
    try:
        key = settings()
    except LLMError as exc:
        article.warnings.append(str(exc))
        return article
    if key not in _clients:
        _clients[key] = LLMClient(*key)
    return extract_events_llm(article, _clients[key])


def use_llm_extractor(url: str, model: str, api_key: str | None = None) -> None:
    """Make the pipeline's ``events`` stage ask the OpenAI-compatible endpoint at ``url``.

    Raises ValueError for a URL that is not http(s). The settings go to ``TAWATUR_LLM_*`` environment
    variables so worker processes started afterwards use the same endpoint.
    """
    endpoint(url)
    if not model.strip():
        raise ValueError("LLM model name is empty")
    os.environ[ENV_URL], os.environ[ENV_MODEL] = url, model
    if api_key:
        os.environ[ENV_KEY] = api_key
    from ..pipeline import register_stage
    register_stage("events", llm_events, reads=("raw", "sentences"), writes=("events",))
