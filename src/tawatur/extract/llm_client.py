"""A small OpenAI-compatible chat client for the LLM extractor (vLLM, Ollama, llama.cpp server):
JSON-schema answers, bounded retries with backoff, and one fallback to plain JSON mode. It knows the wire
format only; what the answer means is :mod:`tawatur.extract.llm_answer`.
"""
from __future__ import annotations

import re
import time
from dataclasses import dataclass
from typing import Any

import httpx

from .llm_answer import LLMError, wire_schema


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
