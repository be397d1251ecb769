"""What the LLM extractor asks for and how it reads the answer: the prompt and schema files
(``data/llm/``), a small JSON-schema validator, and :func:`parse_answer`, which keeps the items that fit
the schema and says why each other one was dropped. No network and no article offsets here: the client
is :mod:`tawatur.extract.llm_client`, the grounding :mod:`tawatur.extract.llm_ground`.
"""
from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

from ..model import SIDES, Article

LLM_DATA = Path(__file__).resolve().parents[1] / "data" / "llm"  # prompt and schema, as data
_WIRE_DROP = {"default", "$comment", "minLength", "minimum", "maximum"}  # local-validation-only keywords


class LLMError(Exception):
    """The endpoint could not give a usable answer (network, HTTP status, not JSON)."""


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
