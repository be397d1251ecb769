"""The agent of a trigger stays in its own clause (task scope40b): a force named before a clause boundary with no
mark (فيما، بينما، في حين، عندما) is not the agent of a trigger after it when that clause names a subject of its
own (a verb that takes no object with a noun after it, or a speaker); gapping and كان + an imperfect verb still
share the subject. Sentences written for these tests, read as eval/GUIDELINES.md decides them."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def sides(text: str, published: str = "2019-03-14") -> dict[tuple[str, str], str]:
    evs = analyze(Article(id="s", raw=text, published=published)).events
    return {(e.type, e.place.name if e.place else ""): e.actor.side for e in evs}


def side_at(found: dict[tuple[str, str], str], etype: str, place: str) -> str | None:
    return next((s for (t, p), s in found.items() if t == etype and place in p), None)


def test_a_blast_or_a_fall_after_a_boundary_is_not_the_first_clauses_force():
    found = sides("سيطرت الفصائل على قرية كفرنبودة بينما انفجرت عبوة ناسفة بسيارة في مدينة سلمية")
    assert side_at(found, "take_control", "كفرنبودة") == "opposition"
    assert side_at(found, "attack", "سلمية") == "unknown"
    found = sides("تقدمت الفصائل نحو بلدة اللطامنة بينما سقطت قذائف على حي الحاضر في مدينة حماة")
    assert side_at(found, "attack", "الحاضر") == "unknown"
    found = sides("انسحبت قوات النظام من قرية الهبيط عندما انفجرت سيارة مفخخة في بلدة كفرنبل")
    assert side_at(found, "withdraw", "الهبيط") == "government"
    assert side_at(found, "attack", "كفرنبل") == "unknown"


def test_a_speaker_of_its_own_after_the_boundary():
    found = sides("تقدمت قوات النظام نحو بلدة كفرنبودة بينما أفاد ناشطون بسقوط قذائف على قرية الهبيط")
    assert side_at(found, "advance", "كفرنبودة") == "government"
    assert side_at(found, "attack", "الهبيط") == "unknown"


def test_gapping_keeps_the_shared_subject():
    found = sides("تقدمت قوات النظام نحو قرية الهبيط فيما قصفت بلدة كفرنبل بالمدفعية")
    assert side_at(found, "attack", "كفرنبل") == "government"
    found = sides("قصفت قوات النظام بلدة كفرنبل بينما انسحبت من قرية الهبيط")
    assert side_at(found, "withdraw", "الهبيط") == "government"
    found = sides("سيطرت الفصائل على قرية كفرنبودة بينما كانت تتقدم نحو بلدة قلعة المضيق")
    assert side_at(found, "advance", "قلعة المضيق") == "opposition"


def test_a_possessive_after_the_boundary_needs_a_force_that_agrees():
    """"قواته" (masculine) after "فيما نفى مصدر": not the factions (feminine) of the clause before the boundary."""
    found = sides("سيطرت الفصائل على قرية الجيسات فيما نفى مصدر عسكري انسحاب قواته من بلدة كفرنبودة")
    assert side_at(found, "take_control", "الجيسات") == "opposition"
    assert side_at(found, "withdraw", "كفرنبودة") != "opposition"
    found = sides("سيطرت قوات النظام على قرية الجيسات فيما انتشرت وحداتها في بلدة كفرنبودة")
    assert side_at(found, "deploy", "كفرنبودة") == "government"
