"""The LLM extractor against a real local HTTP server that speaks the OpenAI chat-completions protocol.

The fake server reads the article text out of the user message and answers with events for the Arabic
place names it finds, plus deliberately bad ones (evidence not in the text, an unknown place, a type
outside the list) that grounding must drop.
"""
from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from tawatur import model
from tawatur.clean.normalize import fold_text
from tawatur.clean.segment import segment
from tawatur.extract import llm
from tawatur.model import Article

TEXT = (
    "المعارضة تعلن السيطرة على الرستن\n"
    "أعلنت فصائل المعارضة صباح اليوم السيطرة على مدينة الرستن بعد معارك استمرت ساعات. "
    "وقال مصدر محلي إن قوات الحكومة انسحبت من بلدة تلبيسة خلال الليل.\n"
    "وفي الجنوب، قصفت طائرات حربية تابعة لقوات الحكومة أطراف مدينة درعا مساء أمس، وأفاد ناشطون بمقتل ثلاثة مدنيين.\n"
)
PLACES = ("الرستن", "تلبيسة", "درعا")
CUES = (("سيطر", "take_control"), ("انسحب", "withdraw"), ("قصف", "attack"))


# --------------------------------------------------------------------------- the fake server

@dataclass
class Behaviour:
    reject_schema: bool = False  # answer 400 to response_format json_schema, like an older server
    fail_first: int = 0  # answer 503 to this many requests first
    garbage: bool = False  # answer content that is not JSON
    fold_daraa: bool = True  # give Daraa's evidence in folded spelling (grounding must repair it)


class FakeLLM(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.behaviour = Behaviour()
        self.requests: list[dict[str, Any]] = []
        self.headers_seen: list[dict[str, str]] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


def _events_for(text: str, fold_daraa: bool) -> list[dict[str, Any]]:
    sentences = [s.strip() for line in text.split("\n") for s in line.split(". ") if s.strip()]
    out = []
    for place in PLACES:
        sent = next((s for s in sentences if place in s and not s.startswith("المعارضة تعلن")), None)
        if sent is None:
            continue
        kind = next((t for cue, t in CUES if cue in sent), "other")
        side = "opposition" if "المعارضة" in sent else "government" if "الحكومة" in sent else "unknown"
        evidence = fold_text(sent) if (place == "درعا" and fold_daraa) else sent.rstrip(".")
        out.append({"type": kind, "polarity": "asserted", "place": place, "evidence": evidence,
                    "trigger": "", "actor": "", "actor_side": side, "target_side": "",
                    "source": "the article", "source_chain": [], "date": "", "quantity": None,
                    "confidence": 0.8})
    if out:
        out.append({**out[0], "place": "دمشق",
                    "evidence": "دخلت قوات كبيرة إلى العاصمة دمشق دون أي مقاومة"})  # not in the text
        out.append({**out[0], "place": "كفرزمردان"})  # a place no gazetteer knows
        out.append({**out[0], "type": "bombing"})  # a type outside the list
    return out


class Handler(BaseHTTPRequestHandler):
    server: FakeLLM

    def log_message(self, *args: Any) -> None:  # keep test output quiet
        pass

    def _send(self, status: int, body: dict[str, Any]) -> None:
        data = json.dumps(body, ensure_ascii=False).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self) -> None:
        if self.path != "/v1/chat/completions":
            self._send(404, {"error": {"message": f"no route {self.path}"}})
            return
        req = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        srv, b = self.server, self.server.behaviour
        srv.requests.append(req)
        srv.headers_seen.append(dict(self.headers))
        if b.fail_first > 0:
            b.fail_first -= 1
            self._send(503, {"error": {"message": "model is loading"}})
            return
        if b.reject_schema and req["response_format"]["type"] == "json_schema":
            self._send(400, {"error": {"message": "response_format json_schema is not supported"}})
            return
        user = req["messages"][-1]["content"]
        text = user.split("Text:\n", 1)[1]
        content = "{not json" if b.garbage else json.dumps(
            {"events": _events_for(text, b.fold_daraa)}, ensure_ascii=False)
        self._send(200, {
            "id": "chatcmpl-test", "object": "chat.completion", "created": 0, "model": req["model"],
            "choices": [{"index": 0, "finish_reason": "stop",
                         "message": {"role": "assistant", "content": content}}],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
        })


@pytest.fixture
def server() -> Iterator[FakeLLM]:
    srv = FakeLLM()
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


# --------------------------------------------------------------------------- a gazetteer

@dataclass
class Entry:
    id: str
    name: str
    name_en: str
    lat: float
    lon: float
    admin1: str
    kind: str


class SmallGazetteer:
    """Three real places (public coordinates), for unit tests independent of the full gazetteer."""

    ENTRIES = {
        "الرستن": Entry("rastan", "الرستن", "Ar-Rastan", 34.93, 36.73, "Homs", "city"),
        "تلبيسة": Entry("talbiseh", "تلبيسة", "Talbiseh", 34.84, 36.73, "Homs", "city"),
        "درعا": Entry("daraa", "درعا", "Daraa", 32.62, 36.10, "Daraa", "city"),
        "دمشق": Entry("damascus", "دمشق", "Damascus", 33.51, 36.29, "Damascus", "city"),
    }

    def resolve(self, name: str) -> Entry | None:
        key = fold_text(name)
        return next((e for k, e in self.ENTRIES.items() if fold_text(k) == key), None)


def _article(text: str = TEXT) -> Article:
    return segment(Article(id="t1", raw=text, text=text, published="2024-12-06", outlet="test"))


def _client(srv: FakeLLM, **kw: Any) -> llm.LLMClient:
    return llm.LLMClient(srv.url, "fake-model", backoff=0.0, timeout=10, **kw)


# --------------------------------------------------------------------------- tests

def test_endpoint_accepts_base_urls_with_or_without_v1() -> None:
    want = "http://h:8000/v1/chat/completions"
    for url in ("http://h:8000", "http://h:8000/", "http://h:8000/v1", "http://h:8000/v1/",
                "http://h:8000/v1/chat/completions"):
        assert llm.endpoint(url) == want
    with pytest.raises(ValueError, match="http"):
        llm.endpoint("h:8000")


def test_schema_enums_match_the_model() -> None:
    item = llm.load_schema()["properties"]["events"]["items"]["properties"]
    assert tuple(item["type"]["enum"]) == model.EVENT_TYPES
    assert tuple(item["polarity"]["enum"]) == model.POLARITIES
    assert tuple(item["actor_side"]["enum"]) == model.SIDES
    wire = json.dumps(llm.wire_schema())
    assert '"default"' not in wire and "minLength" not in wire


def test_parse_answer_fills_defaults_repairs_sides_and_drops_bad_items() -> None:
    content = "```json\n" + json.dumps([
        {"type": "attack", "place": "درعا", "evidence": "قصفت طائرات", "actor_side": "rebels"},
        {"type": "bombing", "place": "درعا", "evidence": "قصفت طائرات"},
        {"type": "attack", "place": "درعا"},
        "not an object",
    ], ensure_ascii=False) + "\n```"
    kept, dropped = llm.parse_answer(content)
    assert len(kept) == 1 and len(dropped) == 3
    assert kept[0]["polarity"] == "asserted" and kept[0]["confidence"] == 0.5
    assert kept[0]["actor_side"] == "unknown"
    chatty = '<think>the text names درعا</think>Here you are: {"events": []} Hope this helps.'
    assert llm.parse_answer(chatty) == ([], [])
    with pytest.raises(llm.LLMError, match="not JSON"):
        llm.parse_answer("events: none")


def test_find_evidence_exact_folded_and_absent() -> None:
    raw = "قالت مصادر إنّ القوات انسحبت من مدينة حماة.\nثم قالت مصادر إنّ القوات انسحبت من مدينة حماة."
    start, end, how = llm.find_evidence(raw, "انسحبت من مدينة حماة", near=(45, len(raw)))
    assert how == "exact" and start > 45 and raw[start:end] == "انسحبت من مدينة حماة"
    start, end, how = llm.find_evidence(raw, "ان القوات  انسحبت من مدينه حماه")
    assert how == "folded" and raw[start:end] == "إنّ القوات انسحبت من مدينة حماة"
    assert llm.find_evidence(raw, "دخلت القوات مدينة حمص") is None


def test_resolve_date_prefers_model_date_but_not_after_publication() -> None:
    assert llm.resolve_date("2024-12-05", "2024-12-06T10:00:00").value == "2024-12-05"
    assert llm.resolve_date("2025-03-01", "2024-12-06").value == "2024-12-06"
    assert llm.resolve_date("", "2024-12-06").value == "2024-12-06"
    assert llm.resolve_date("2019-05", None).precision == "month"
    assert llm.resolve_date("yesterday", None).value == ""


def test_stage_grounds_events_and_drops_ungrounded(server: FakeLLM) -> None:
    art = llm.extract_events_llm(_article(), _client(server), SmallGazetteer())
    got = {(e.type, e.place.name, e.actor.side) for e in art.events}
    assert got == {("take_control", "الرستن", "opposition"), ("withdraw", "تلبيسة", "government"),
                   ("attack", "درعا", "government")}
    for e in art.events:
        assert art.raw[e.evidence.start:e.evidence.end] == e.evidence.text
        assert e.place.name in e.evidence.text
        assert e.rule == "llm:fake-model" and e.date.value == "2024-12-06"
        assert e.sentence >= 0 and art.sentences[e.sentence].start <= e.evidence.start
        assert e.type in model.EVENT_TYPES and e.polarity in model.POLARITIES
    daraa = next(e for e in art.events if e.place.name == "درعا")
    assert daraa.evidence.text.startswith("وفي الجنوب، قصفت")  # repaired to the article's spelling
    assert daraa.confidence < 0.8
    assert len({e.id for e in art.events}) == 3
    warning = " ".join(art.warnings)
    assert "dropped 3" in warning and "كفرزمردان" in warning and "evidence not in article" in warning
    req = server.requests[0]
    assert req["model"] == "fake-model" and req["response_format"]["type"] == "json_schema"
    assert req["response_format"]["json_schema"]["schema"]["required"] == ["events"]
    assert "الرستن" in req["messages"][1]["content"]


def test_falls_back_to_json_object_when_schema_rejected(server: FakeLLM) -> None:
    server.behaviour.reject_schema = True
    client = _client(server)
    art = llm.extract_events_llm(_article(), client, SmallGazetteer())
    assert len(art.events) == 3 and client.mode == "json_object"
    llm.extract_events_llm(_article(), client, SmallGazetteer())
    modes = [r["response_format"]["type"] for r in server.requests]
    assert modes == ["json_schema", "json_object", "json_object"]  # remembered after the first refusal


def test_retries_server_errors_then_succeeds(server: FakeLLM) -> None:
    server.behaviour.fail_first = 2
    art = llm.extract_events_llm(_article(), _client(server, retries=2), SmallGazetteer())
    assert len(art.events) == 3 and len(server.requests) == 3


def test_gives_up_after_bounded_retries_with_a_warning(server: FakeLLM) -> None:
    server.behaviour.fail_first = 5
    art = llm.extract_events_llm(_article(), _client(server, retries=1), SmallGazetteer())
    assert art.events == [] and len(server.requests) == 2
    assert "HTTP 503" in art.warnings[0]


def test_bad_json_becomes_a_warning(server: FakeLLM) -> None:
    server.behaviour.garbage = True
    art = llm.extract_events_llm(_article(), _client(server), SmallGazetteer())
    assert art.events == [] and "not JSON" in art.warnings[0]


def test_unreachable_server_becomes_a_warning() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again before use: nothing listens there
    client = llm.LLMClient(f"http://127.0.0.1:{port}/v1", "m", retries=1, backoff=0.0, timeout=2)
    art = llm.extract_events_llm(_article(), client, SmallGazetteer())
    assert art.events == [] and "ConnectError" in art.warnings[0]


def test_long_article_is_sent_in_chunks_of_sentences(server: FakeLLM) -> None:
    art = llm.extract_events_llm(_article(), _client(server), SmallGazetteer(), max_chars=120)
    assert len(server.requests) >= 3
    parts = [r["messages"][1]["content"] for r in server.requests]
    assert all(f"of {len(parts)}." in p for p in parts)
    assert {e.place.name for e in art.events} == {"الرستن", "تلبيسة", "درعا"}


def test_api_key_is_sent_as_bearer(server: FakeLLM) -> None:
    llm.extract_events_llm(_article(), _client(server, api_key="k-123"), SmallGazetteer())
    assert server.headers_seen[0]["Authorization"] == "Bearer k-123"


def test_use_llm_extractor_rejects_bad_settings() -> None:
    with pytest.raises(ValueError):
        llm.use_llm_extractor("ftp://x", "m")
    with pytest.raises(ValueError):
        llm.use_llm_extractor("http://127.0.0.1:1", " ")


def test_registered_stage_runs_in_the_pipeline_with_the_real_gazetteer(
        server: FakeLLM, monkeypatch: pytest.MonkeyPatch) -> None:
    from tawatur import pipeline
    monkeypatch.setattr(pipeline, "_cache", {})
    monkeypatch.setitem(pipeline.STAGES, "events", pipeline.STAGES["events"])
    for var in (llm.ENV_URL, llm.ENV_MODEL, llm.ENV_KEY):
        monkeypatch.setenv(var, "placeholder")  # restored after the test, whatever the stage sets
    llm.use_llm_extractor(server.url + "/v1/", "fake-model")
    monkeypatch.delenv(llm.ENV_KEY)
    assert pipeline.STAGES["events"] == "tawatur.extract.llm:llm_events"
    art = pipeline.analyze(Article(id="p1", raw=TEXT, text=TEXT, published="2024-12-06"),
                           pipeline.PipelineConfig(stages=("segment", "events")))
    by_place = {e.place.name_en: e for e in art.events}
    assert set(by_place) == {"Al-Rastan", "Talbiseh", "Daraa"}
    assert by_place["Daraa"].place.admin1 == "Daraa" and by_place["Daraa"].place.lat is not None
    assert by_place["Al-Rastan"].type == "take_control" and by_place["Al-Rastan"].place.gazetteer_id
    assert "كفرزمردان" in " ".join(art.warnings)  # unknown to the real gazetteer too
