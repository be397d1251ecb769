"""Constructions met in a mixed day's wire (issue 12, task probe3): sentences written for these tests, with
invented details. Types as eval/GUIDELINES.md sets them."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events_of(text: str, published: str = "2019-10-14"):
    return analyze(Article(id="pr3", raw=text, published=published)).events


def test_a_deal_a_deployment_was_made_under_is_its_manner():
    """"انتشرت القوات في X بموجب اتفاق": the deal says how the deployment came about (GUIDELINES: manner is
    not an event), as it does for an entry or a departure; a deal on its own is still the event."""
    evs = events_of("وانتشرت وحدات من الجيش في بلدة تل تمر بموجب اتفاق مع الإدارة الذاتية.")
    assert {e.type for e in evs} == {"deploy"}
    evs = events_of("وبدأت الشرطة العسكرية الانتشار في مدينة طفس وفق اتفاق التسوية.", "2021-09-10")
    assert {e.type for e in evs} == {"deploy"}
    evs = events_of("ووقع وجهاء مدينة طفس اتفاق تسوية مع اللجنة الأمنية.", "2021-09-10")
    assert "other" in {e.type for e in evs}


def test_a_clash_that_names_its_place_before_its_parties_is_the_first_partys():
    """"اندلعت اشتباكات في حي X بمدينة Y بين A و B": the place comes between the clash noun and بين, and
    the clash is still the first-named party's (GUIDELINES, Sides), whoever the story's default side is."""
    evs = events_of("ودارت مواجهات في بلدة جرمانا بريف دمشق بين الأمن العام ومسلحين محليين.", "2025-05-10")
    assert ("attack", "جرمانا", "government") in {(e.type, e.place.name, e.actor.side) for e in evs}
    evs = events_of("واندلعت اشتباكات في حي الأشرفية بحلب بين الجيش وقوات سوريا الديمقراطية.", "2026-01-08")
    assert ("attack", "government") in {(e.type, e.actor.side) for e in evs}


def test_a_strike_verb_then_a_craft_and_its_nationality_is_that_nations():
    """"قصفت مدمرات أمريكية X"، "هاجمت زوارق إيرانية X": in a verb-first clause the subject (a craft and a
    nationality adjective, indefinite) follows the verb; it names the side, as it does before the verb, also
    when the strike reads on to its weapon ("قصف ... بصواريخ")."""
    evs = events_of("وقصفت مدمرات أمريكية مطار الضمير بصواريخ كروز.", "2017-04-07")
    assert "usa" in {e.actor.side for e in evs if e.type == "attack"}
    evs = events_of("وقصفت قاذفات روسية بلدة كفرنبل بصواريخ موجهة.", "2016-02-01")
    assert "russia" in {e.actor.side for e in evs if e.type == "attack"}
    # a nationality elsewhere (the object struck) names no attacker
    evs = events_of("وقصفت طائرات حربية بلدة كفرنبل في ريف إدلب.", "2016-02-01")
    assert "russia" not in {e.actor.side for e in evs}


def test_the_place_a_force_approaches_after_min_is_an_advance():
    """"اقترب/يقترب (الجيش) من X": the verb governs من, so X is the place approached (an advance), not
    where the force came from; a warning against approaching ("حذروا من الاقتراب من X") is none."""
    evs = events_of("واقتربت فصائل المعارضة من مطار كويرس العسكري شرقي حلب.", "2013-02-10")
    assert ("advance", "opposition") in {(e.type, e.actor.side) for e in evs}
    assert "كويرس" in " ".join(e.place.name for e in evs if e.type == "advance")
    evs = events_of("الجيش يقترب من معبر نصيب الحدودي.", "2018-07-05")
    assert "advance" in {e.type for e in evs}
    evs = events_of("وحذرت الفصائل الأهالي من الاقتراب من مطار كويرس.", "2013-02-10")
    assert "advance" not in {e.type for e in evs}


def test_a_statue_toppled_told_by_its_verb_is_logged():
    """"أسقط المتظاهرون تمثال X": the verb tells what "إسقاط تمثال" tells (GUIDELINES: other)."""
    evs = events_of("ودخل المقاتلون مدينة الطبقة وأسقطوا تمثالا للرئيس الراحل في ساحتها.", "2013-02-11")
    assert ("other", "الطبقة") in {(e.type, e.place.name) for e in evs}


def test_a_strike_that_took_lives_is_a_toll():
    """"أودى (القصف) بحياة N": a toll, whatever stands between the verb and بحياة; the strike named between
    them is still its own event."""
    evs = events_of("وأودت غارة جوية بحياة أربعة مدنيين في بلدة كفرنبل.", "2016-02-01")
    assert {"casualties", "attack"} <= {e.type for e in evs}
    evs = events_of("وقصفت قوات النظام بلدة حزانو مما أودى بحياة طفلين.", "2016-02-01")
    assert ("casualties", "government") in {(e.type, e.actor.side) for e in evs}


def test_any_after_a_denial_is_the_denials_any():
    """"نفى X وجود/حدوث أي N في Y": "أي" is the negative "any" of the denial, so N is denied at Y; after a
    purpose ("وأكد جاهزيته لصد أي هجوم") it stays a hypothetical, no event."""
    evs = events_of("ونفى مصدر أمني حدوث أي اشتباكات في مدينة جاسم.", "2021-03-02")
    assert ("attack", "جاسم", "denied") in {(e.type, e.place.name, e.polarity) for e in evs}
    evs = events_of("ونفت وزارة الدفاع وجود أي تعزيزات عسكرية في مدينة إنخل.", "2021-03-02")
    assert ("deploy", "denied") in {(e.type, e.polarity) for e in evs}
    evs = events_of("ونفى الجيش انسحابه من مدينة إنخل وأكد جاهزيته لصد أي هجوم على بلدة جاسم.", "2021-03-02")
    assert not [e for e in evs if e.place.name == "جاسم"]
