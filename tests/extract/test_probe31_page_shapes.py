"""Constructions the probe31 first-sight pages (2025-2026 shapes: a live blog, a governorate bulletin, a weekly
roundup, a commander's interview, a correction notice, a press conference) found (task probe31). Sentences
written for these tests, not copied from any article."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze

HEAD = "أخبار محلية\n\n"


def events(text: str, day: str = "2026-03-10") -> set[tuple[str, str, str]]:
    evs = analyze(Article(id="a", raw=HEAD + text, published=day)).events
    return {(e.type, e.place.name, e.polarity) for e in evs if e.place is not None}


# a negated purpose ("حتى لا"، "كي لا") names what a force means to prevent: no event
def test_a_negated_purpose_tells_no_flight():
    got = events("وانتشر عناصر الأمن حول قرية الكرامة حتى لا يفر أحد من المطلوبين.")
    assert ("deploy", "الكرامة", "asserted") in got
    assert not {e for e in got if e[0] in ("withdraw", "displacement")}


def test_a_negated_purpose_with_kay_tells_no_withdrawal():
    got = events("وطوق الجيش بلدة الحواش من جهاتها الأربع كي لا يفر أحد.")
    assert ("advance", "الحواش", "asserted") in got
    assert not {e for e in got if e[0] == "withdraw"}


def test_a_flight_told_as_done_stays_one():
    got = events("وهرب المطلوبون من قرية الكرامة قبل وصول عناصر الأمن.")
    assert {e for e in got if e[0] in ("withdraw", "displacement") and e[1] == "الكرامة"}


# the wounded carried to a hospital right after their count: the hospital is where they are treated
def test_wounded_carried_to_a_hospital_give_no_toll_there():
    got = events("وقال المصدر إن عدد المصابين بلغ أربعة جرحى نقل ثلاثة منهم إلى مشفى السلمية الوطني.")
    assert not {e for e in got if e[0] == "casualties"}


def test_a_strike_on_a_hospital_stays_at_it():
    got = events("وأصيب ممرض بقذيفة سقطت على مشفى السلمية الوطني.")
    assert {e for e in got if e[0] == "attack"}


# a report's happening that the reply negates with the same verb is denied, not asserted
def test_the_reply_negating_the_reported_withdrawal_denies_it():
    got = events("وعن أنباء تحدثت عن انسحاب عناصر الحرس من مطار حماة العسكري، قال المسؤول إن العناصر لم تنسحب.")
    assert {e[2] for e in got if e[0] == "withdraw"} == {"denied"}


def test_a_negated_verb_with_a_place_of_its_own_is_another_happening():
    got = events("وتحدثت مصادر محلية عن انسحاب القوات من بلدة الحواش، لكنها لم تنسحب من بلدة قلعة المضيق.")
    assert ("withdraw", "الحواش", "asserted") in got


# a bulletin line's governorate label before its bar files the line; the line's own place is the event's
def test_a_bulletin_label_does_not_hide_the_lines_place():
    got = events("▪️ حماة | دورية للأمن الداخلي تعتقل مساء أمس ثلاثة أشخاص متهمين بالسرقة في مدينة السلمية.")
    assert ("other", "السلمية", "asserted") in got
    assert not {e for e in got if e[1] == "حماة"}


# an official who arrives visits; forces that arrive enter
def test_a_minister_arriving_enters_nothing():
    got = events("ووصل وزير الدفاع إلى مدينة السلمية ظهر اليوم للقاء وجهائها.")
    assert not {e for e in got if e[0] == "enter"}


def test_a_governor_told_before_his_verb_enters_nothing():
    got = events("ومحافظ حماة يصل إلى بلدة الحواش غداً لتفقد الأضرار.")
    assert not {e for e in got if e[0] == "enter"}


def test_forces_arriving_still_enter():
    got = events("ووصلت وحدات من الجيش إلى بلدة الحواش بعد انسحاب المسلحين منها.")
    assert ("enter", "الحواش", "asserted") in got


# a strike recalled as a time names no place past the comma after it
def test_a_recalled_strike_takes_no_place_from_the_next_clause():
    got = events("استهدف مسلحون حاجزاً في بلدة الحواش.\nووصلت دوريات إلى الحواش بعد نحو ساعة من الهجوم، "
                 "وانتشرت عند مداخلها وعلى الطريق المؤدي إلى قرية الكرامة.")
    assert not {e for e in got if e[0] == "attack" and e[1] == "الكرامة"}
    assert ("attack", "الحواش", "asserted") in got


# a clash verb opening the next clause with و clashes at the place the move before it took
def test_a_clash_verb_after_a_comma_is_at_the_place_entered():
    got = events("دخلت وحدات الجيش قرية الكرامة صباح اليوم، واشتبكت مع مسلحين متحصنين في مزرعة.")
    assert ("attack", "الكرامة", "asserted") in got


def test_a_clash_verb_with_its_own_place_stays_there():
    got = events("سيطرت وحدات الجيش على قرية الكرامة، واشتبكت مع مسلحين في بلدة الحواش.")
    assert ("attack", "الحواش", "asserted") in got
    assert ("attack", "الكرامة", "asserted") not in got
