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

The jobs live in three modules, re-exported here (this module is the public API and the stage):
:mod:`~tawatur.extract.llm_client` (the HTTP client), :mod:`~tawatur.extract.llm_answer` (prompts, schema,
parsing and validating an answer) and :mod:`~tawatur.extract.llm_ground` (chunks, evidence spans, places,
dates: an item becomes an event).
"""
from __future__ import annotations

import os

from ..clean.normalize import fold_text
from ..model import Article, Event
from .llm_answer import LLM_DATA as LLM_DATA
from .llm_answer import LLMError as LLMError
from .llm_answer import load_schema as load_schema
from .llm_answer import parse_answer as parse_answer
from .llm_answer import system_prompt as system_prompt
from .llm_answer import user_prompt as user_prompt
from .llm_answer import validate as validate
from .llm_answer import wire_schema as wire_schema
from .llm_client import LLMClient as LLMClient
from .llm_client import endpoint as endpoint
from .llm_ground import MAX_CHARS as MAX_CHARS
from .llm_ground import GazetteerLike as GazetteerLike
from .llm_ground import chunks as chunks
from .llm_ground import find_evidence as find_evidence
from .llm_ground import ground as ground
from .llm_ground import place_in_text as place_in_text
from .llm_ground import resolve_date as resolve_date
from .llm_ground import resolve_place as resolve_place

ENV_URL, ENV_MODEL, ENV_KEY = "TAWATUR_LLM_URL", "TAWATUR_LLM_MODEL", "TAWATUR_LLM_API_KEY"


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
