"""The rules' declared preconditions (extract/gates.py, task speed14): a caller skips a rule on a sentence
holding none of the words the rule declares, so a declaration that leaves out a word the rule reads would
drop an answer silently. With the gates open every declared rule runs; a wrapper checks each answer against
the words the sentence really holds."""
from __future__ import annotations

import functools
import inspect
import sys

import pytest

import tawatur.extract.events  # noqa: F401  (the stage's modules: their rules declare at import)
from tawatur.extract import gates
from tawatur.extract.frames import SentenceView
from tawatur.model import Article
from tawatur.pipeline import analyze

# our own sentences, one for each phrase family the date shift reads (when._shifted_day)
SHIFTED = [  # (day, text, the type of the event whose day moves, its day)
    ("2024-03-10", "سيطرت القوات على قرية تل الورد غداة انسحاب المسلحين منها.", "withdraw", "2024-03-09"),
    ("2024-03-10", "بعد يومين من محاصرتها دخلت القوات مدينة الميادين.", "enter", "2024-03-08"),
    ("2024-03-10", "انسحب المسلحون من بلدة الصنمين ليلاً.", "withdraw", "2024-03-09"),
    ("2024-03-10", "بعد أسبوع من محاصرتها سيطر الجيش على قرية المشرفة.", "take_control", "2024-03-03"),
    ("2024-03-10", "وعشية وصول الوفد قصفت الطائرات بلدة الصنمين.", "attack", "2024-03-11"),
    ("2024-03-10", "ودخلت القوات بلدة المشرفة بعد يومين.", "enter", "2024-03-12"),
]


def _held(args: tuple, kwargs: dict) -> frozenset[str] | None:
    """The words of the sentence a rule was asked about: its view's tokens, or a token list it got."""
    for a in (*args, *kwargs.values()):
        if isinstance(a, SentenceView):
            toks = a.toks
            break
        if isinstance(a, list) and a and hasattr(a[0], "bare"):
            toks = a
            break
    else:
        return None
    return frozenset([t.bare for t in toks] + [t.word for t in toks])


def _checked(rule, wrong: list[str], asked: dict[str, int]):
    name = f"{rule.__module__}.{rule.__qualname__}"

    @functools.wraps(rule)
    def run(*args, **kwargs):
        got = rule(*args, **kwargs)
        held = _held(args, kwargs)
        if held is None:
            wrong.append(f"{name}: gets neither a view nor a token list")
        elif got and held.isdisjoint(rule.needs):
            wrong.append(f"{name} answered {got!r} on a sentence without its words")
        asked[name] = asked.get(name, 0) + 1
        return got
    return run


@pytest.fixture
def open_gates(monkeypatch):
    """Every declared rule runs on every sentence, wrapped by a check of its answer."""
    monkeypatch.setattr(gates, "OPEN", True)
    wrong: list[str] = []
    asked: dict[str, int] = {}
    assert gates.DECLARED
    for rule in gates.DECLARED:
        owner = sys.modules[rule.__module__]
        *path, name = rule.__qualname__.split(".")
        for part in path:
            owner = getattr(owner, part)
        wrapped = _checked(rule, wrong, asked)
        if isinstance(inspect.getattr_static(owner, name), staticmethod):
            monkeypatch.setattr(owner, name, staticmethod(wrapped))
            continue
        for module in list(sys.modules.values()):  # (a function imported by name elsewhere is patched there too)
            if getattr(module, "__name__", "").startswith("tawatur.") and getattr(module, name, None) is rule:
                monkeypatch.setattr(module, name, wrapped)
    return wrong, asked


def test_declared_words_cover_every_answer(open_gates, sentence_lines):
    wrong, asked = open_gates
    for day, text in [(day, text) for day, text, _, _ in SHIFTED] + sentence_lines:
        analyze(Article(id="s", raw=text, published=day))
    assert not wrong, "\n".join(wrong[:20])
    assert set(asked) == {f"{r.__module__}.{r.__qualname__}" for r in gates.DECLARED}  # each was asked


@pytest.mark.parametrize(("day", "text", "etype", "want"), SHIFTED)
def test_shift_phrases_still_move_the_day(day, text, etype, want):
    events = analyze(Article(id="s", raw=text, published=day)).events
    assert [e.date.value[:10] for e in events if e.type == etype] == [want]


def test_phrase_keys_are_words_of_each_phrase():
    phrases = ["بعد يومين من", "غداه", "في اليوم التالي"]
    keys = gates.phrase_keys(phrases, {"من"})
    assert keys == {"يومين", "غداه", "التالي"}
    assert all(keys & set(p.split(" ")) for p in phrases)


def test_a_view_built_by_hand_meets_every_rule():
    view = SentenceView(0, [])
    assert not view.words.isdisjoint({"غداه"})
