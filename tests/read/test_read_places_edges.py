"""A place cue as the last word of a sentence must not break the place reader (issue 10)."""
from __future__ import annotations

from tawatur.clean.segment import segment
from tawatur.model import Article
from tawatur.pipeline import analyze
from tawatur.read.places import read_places


def _article(text: str) -> Article:
    return Article(id="edge", raw=text, language="ar")


def test_cue_word_at_sentence_end_is_not_an_error() -> None:
    art = segment(_article("قصفت قرى في ريف."))
    read_places(art)  # raised IndexError: a cue looked for the gap after the last token
    assert not [m for m in art.mentions if m.kind == "place" and m.text == ""]


def test_article_keeps_its_events_when_a_sentence_ends_in_a_cue() -> None:
    text = ("سيطرت فصائل المعارضة على مدينة حمص صباح يوم الثلاثاء بعد معارك مع قوات النظام. "
            "ثم قصفت الطائرات قرى في ريف.")
    art = analyze(_article(text))
    assert not art.meta.get("failed"), art.warnings
    assert any(e.type == "take_control" and e.place and "حمص" in e.place.name for e in art.events)


def test_every_cue_alone_or_last() -> None:
    for cue in ("ريف", "محافظة", "مدينة", "بلدة", "قرية", "حي", "مخيم", "منطقة", "ريفي", "محافظتي"):
        for text in (cue, f"{cue}.", f"دخلت القوات {cue}", f"دخلت القوات {cue} و"):
            read_places(segment(_article(text)))


def _places(text: str) -> list[str]:
    art = segment(_article(text))
    read_places(art)
    return [m.attrs.get("name") for m in art.mentions if m.kind == "place"]


def test_a_dual_whose_first_name_has_two_words_the_gazetteer_lacks() -> None:
    """"بلدتي مليحة العطش وناحتة": the definite word after an unknown first member, before "و", is the rest
    of its name; the dual's second member still follows. A known name keeps its entry ("حلب الشهباء")."""
    assert _places("سيطرت القوات على بلدتي مليحة العطش وناحتة.") == ["مليحة العطش", "ناحتة"]
    found = _places("سيطرت القوات على مدينتي حلب الشهباء وإدلب.")
    assert "حلب" in found and "إدلب" in found


def test_a_trigger_word_is_told_from_the_trigger_table_index() -> None:
    """``_is_trigger_word`` (a list of names ends at an event word) says what a scan of every first
    alternative of the table's event rows says; a blocker row's word ("none") is no event word."""
    from tawatur.clean.tokens import Token
    from tawatur.extract.patterns import load_patterns
    from tawatur.read.places import _is_trigger_word

    heads = [a for p in load_patterns("triggers.tsv") if p.row.get("type") not in ("", "none")
             for a in p.steps[0][1]]
    blockers = {a.text for p in load_patterns("triggers.tsv") if p.row.get("type") == "none"
                for a in p.steps[0][1] if a.kind in ("exact", "form")}
    words = ["وتقدمت", "سيطرة", "قصفت", "انسحاب", "ودخلت", "حمص", "القرية", "وريفها", "الشرقي", "بلدة",
             *sorted(blockers)[:20]]
    assert _is_trigger_word("وتقدمت") and not _is_trigger_word("حمص")
    for word in words:
        assert _is_trigger_word(word) == any(a.matches(Token(0, word)) for a in heads), word
