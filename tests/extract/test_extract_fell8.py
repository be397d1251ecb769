"""Constructions the multi-outlet link stories R and S exposed in extraction (issue 12, task fell8): sentences
written for these tests, with invented details. Types and sides as eval/GUIDELINES.md sets them."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events_of(text: str, published: str = "2016-05-01"):
    return analyze(Article(id="fell8", raw=text, published=published)).events


def kinds(text: str, published: str = "2016-05-01") -> set[tuple[str, str]]:
    return {(e.type, e.place.name if e.place else "") for e in events_of(text, published)}


def test_a_munition_that_falls_is_a_strike_not_a_takeover():
    """"سقط/سقطت" with a munition for subject (wordsets munition), verb first or munition first with its
    adjectives between, is a strike that landed where "على" says, with the toll that follows; a place as the
    subject of سقط is still taken."""
    got = kinds("وسقط برميلان متفجران على حي بستان القصر صباح اليوم ما أدى إلى مقتل ستة مدنيين.")
    assert ("attack", "بستان القصر") in got and ("casualties", "بستان القصر") in got
    assert not any(t == "take_control" for t, _ in got)
    got = kinds("وذكر ناشطون أن قذائف صاروخية مصدرها مواقع الفصائل سقطت على حي الحمدانية.")
    assert ("attack", "الحمدانية") in got
    assert not any(t == "take_control" for t, _ in got)
    got = kinds("وقال الدفاع المدني إن برميلين متفجرين سقطا على بلدة معرة النعمان.")
    assert ("attack", "معرة النعمان") in got
    got = kinds("سقطت مدينة تدمر بيد تنظيم الدولة بعد أيام من المعارك.", "2015-05-21")
    assert ("take_control", "تدمر") in got
    assert not any(t == "attack" for t, _ in got)


def sides(text: str, published: str) -> set[tuple[str, str, str]]:
    return {(e.type, e.place.name if e.place else "", e.actor.side) for e in events_of(text, published)}


def test_a_repelled_attack_is_the_launchers_even_with_members_named_first():
    """"تصدت X لهجوم شنه Y": repelling is the clash itself (attack, GUIDELINES: the side is the attacker when
    the text says who attacked), and Y launched it, also when Y's members stand before its name ("مسلحو
    جبهة النصرة"، "عناصر من التنظيم") or Y is an outlaw group with no side (2025: General Security repels)."""
    got = sides("وتصدت قوات النظام لهجوم شنه مقاتلو جبهة النصرة على حاجز قرب بلدة كفرنبودة.", "2016-09-02")
    assert got == {("attack", "كفرنبودة", "opposition")}
    got = sides("وتصدى الجيش لهجوم شنه عناصر من تنظيم الدولة على أحياء مدينة دير الزور.", "2016-09-02")
    assert ("attack", "دير الزور", "isis") in got
    got = sides("وتصدت دورية للأمن العام لهجوم شنته مجموعة خارجة عن القانون على حاجز في بلدة المزيريب.",
                "2025-08-20")
    assert got == {("attack", "المزيريب", "unknown")}


def test_a_verb_agreeing_with_a_plural_subject_takes_no_subject_after_it():
    """"مسلحون هاجموا حاجزاً للأمن العام": a verb after its subject agrees with it in number ("هاجموا"), a verb
    before it stays singular ("هاجم مسلحون"); so the General Security after the plural verb owns the target
    and is not the attacker. Told verb first, the gunmen are the subject as before."""
    got = sides("مسلحون هاجموا نقطة للأمن العام في بلدة الغارية الشرقية فجر اليوم.", "2025-08-20")
    assert got == {("attack", "الغارية الشرقية", "unknown")}
    got = sides("مسلحون مجهولون هاجموا الجيش في مدينة بصرى الشام.", "2025-08-20")
    assert got == {("attack", "بصرى الشام", "unknown")}
    got = sides("وهاجمت قوات الأمن العام وكرا لمجموعة مسلحة في مدينة بصرى الشام.", "2025-08-20")
    assert got == {("attack", "بصرى الشام", "government")}


def test_two_barrel_bombs_in_the_nominative_dual_are_the_air_forces():
    """"سقط برميلان": the nominative dual is a barrel-bomb form too (extract/sole_operators.tsv), so a strike
    told by it alone is the Syrian Air Force's before 8 December 2024, as "برميلين" already was."""
    got = sides("وسقط برميلان متفجران على بلدة حيان صباح اليوم.", "2016-03-10")
    assert got == {("attack", "حيان", "government")}
