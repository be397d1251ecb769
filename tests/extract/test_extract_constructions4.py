"""Constructions the own whole articles left unread (issue 12, task constructions4): sentences written for
these tests, with invented details. Types and polarity as eval/GUIDELINES.md sets them."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events_of(text: str, published: str = "2016-03-14"):
    return analyze(Article(id="c4", raw=text, published=published)).events


def keys(evs) -> set[tuple[str, str, str]]:
    return {(e.type, e.place.name, e.polarity) for e in evs if e.place is not None}


def test_a_denial_pointing_back_denies_the_claim_just_told():
    """"وهو ما نفاه الجيش"، "الأمر الذي نفته": the pronoun of the denial verb stands for the claim of the
    same sentence; the claim stays asserted (its source says it) and a denied copy is made beside it."""
    evs = events_of("وقال ناشطون إن جنود النظام انسحبوا من بلدة كفرنبودة، وهو ما نفاه الجيش.")
    assert {("withdraw", "كفرنبودة", "asserted"), ("withdraw", "كفرنبودة", "denied")} <= keys(evs)
    denied = next(e for e in evs if e.polarity == "denied")
    assert "deny_back:" in denied.rule and denied.actor.side == "government"
    evs = events_of("وأعلنت الفصائل دخول بلدة مورك، الأمر الذي نفته وسائل الإعلام الرسمية.")
    assert {("enter", "مورك", "asserted"), ("enter", "مورك", "denied")} <= keys(evs)


def test_a_denial_of_that_takes_the_denier_as_its_source():
    """"ونفت قسد ذلك"، "في حين نفى الجيش ذلك": ذلك is the claim; who denies is the copy's source."""
    evs = events_of("وأفاد ناشطون بأن القوات التركية دخلت قرية العريمة، ونفت قسد ذلك.", "2019-10-20")
    denied = [e for e in evs if e.polarity == "denied"]
    assert [(e.type, e.place.name) for e in denied] == [("enter", "العريمة")]
    assert denied[0].source.name_en == "SDF"


def test_a_sentence_of_denial_alone_denies_the_sentence_before():
    """"... سيطرت على قرية X. ونفت مصادر حكومية ذلك.": a sentence that tells nothing but the denial
    denies the events of the sentence right before it."""
    evs = events_of("وقال المرصد إن الفصائل سيطرت على بلدة كرناز. ونفت مصادر حكومية ذلك.", "2014-07-20")
    assert {("take_control", "كرناز", "asserted"), ("take_control", "كرناز", "denied")} <= keys(evs)


def test_no_denial_copy_without_a_denial_or_a_claim():
    """"وهو ما أكده ناشطون" confirms (no copy); "وهو ما نفاه" after a sentence with no event denies
    nothing a map shows; a denial of a named happening ("نفت انسحاب") is read by the trigger, not copied."""
    evs = events_of("وسيطرت الفصائل على بلدة كفرنبل، وهو ما أكده ناشطون.")
    assert all(e.polarity == "asserted" for e in evs) and evs
    assert not events_of("وتحدثت أنباء عن خلاف بين قادة الفصائل في حلب، وهو ما نفاه مسؤول في الهيئة.")
    evs = events_of("ونفت وزارة الدفاع أي انسحاب لقواتها من بلدة مورك.")
    assert keys(evs) == {("withdraw", "مورك", "denied")}


def test_crossing_from_one_place_into_another_enters_the_second():
    """"عبرت القوات من X إلى Y": a crossing into Y is an entry there (read as "وصلت ... إلى"), the place it
    crossed from gives none; civilians who cross are displaced; the preposition عَبْر ("via") is no crossing."""
    evs = events_of("وعبرت الدبابات التركية من بلدة الراعي إلى بلدة أخترين.", "2016-09-01")
    assert {(e.type, e.place.name, e.actor.side) for e in evs} == {("enter", "أخترين", "turkey")}
    evs = events_of("وعبرت عشرات العائلات من بلدة الزبداني إلى بلدة بلودان هرباً من القصف.", "2015-07-10")
    assert {"displacement"} == {e.type for e in evs}
    assert not [e for e in events_of("ووصلت المساعدات عبر معبر باب الهوى إلى مدينة إدلب.") if e.type == "enter"]


def test_undergoing_a_siege_or_a_single_strike():
    """"خضعت X لحصار من قوات Y": the place underwent a siege, laid by Y (an advance, GUIDELINES "Sieges");
    the imperfect "تخضع X لحصار" describes it (status), and people undergoing surgery are no siege.
    "تعرضت X لغارة" (one strike, as "لغارات") is an attack at X."""
    evs = events_of("وخضعت بلدة مضايا لحصار خانق من قوات النظام طوال أشهر.", "2016-01-10")
    assert {(e.type, e.place.name, e.actor.side) for e in evs} == {("advance", "مضايا", "government")}
    assert not events_of("وتخضع بلدة مضايا لحصار تفرضه قوات النظام.", "2016-01-10")
    assert not [e for e in events_of("وخضع المصابون لعمليات جراحية في مدينة إدلب.") if e.type == "advance"]
    evs = events_of("وتعرضت بلدة كفرنبل لغارة جوية روسية فجر اليوم.", "2019-05-05")
    assert ("attack", "كفرنبل", "russia") in {(e.type, e.place.name, e.actor.side) for e in evs}


def test_a_strikes_take_off_point_is_no_event_place():
    """"غارات نفذتها طائرات أقلعت من مطار X": the airfield after the take-off word's "من" is where the
    aircraft started, not where the strike fell; a strike on the airfield itself is still one there."""
    evs = events_of("وقال ناشطون إن الغارات نفذتها مقاتلات أقلعت من مطار التيفور العسكري.", "2017-03-02")
    assert not [e for e in evs if e.place is not None and "التيفور" in e.place.name]
    evs = events_of("وأقلعت المروحيات من مطار حماة العسكري وألقت براميل متفجرة على بلدة اللطامنة.", "2017-03-02")
    assert {e.place.name for e in evs if e.type == "attack"} == {"اللطامنة"}
    evs = events_of("وقصفت الفصائل بالصواريخ مطار حماة العسكري.", "2017-03-02")
    assert ("attack", "مطار حماة العسكري") in {(e.type, e.place.name) for e in evs}


def test_a_happening_that_follows_takes_the_place_just_told():
    """"قصفت القوات X، وتبعه اقتحام للبلدة"، "تلاها دخول القوات"، "وتلا ذلك انسحاب": what follows came
    after the happening just told, at its place; a statement that follows ("تبع ذلك بيان") is no event."""
    evs = events_of("وقصفت قوات النظام قرية الزارة بالمدفعية، وتبعه اقتحام من عدة محاور.", "2014-03-08")
    assert ("enter", "الزارة", "government") in {(e.type, e.place.name, e.actor.side) for e in evs}
    evs = events_of("وشنت الطائرات الروسية غارات على بلدة كفرزيتا، تلاها دخول قوات النظام.", "2019-08-01")
    assert ("enter", "كفرزيتا", "government") in {(e.type, e.place.name, e.actor.side) for e in evs}
    evs = events_of("وسيطرت الفصائل على بلدة مورك، وتبع ذلك بيان من قيادة الجيش.", "2014-02-01")
    assert {e.type for e in evs} == {"take_control"}
