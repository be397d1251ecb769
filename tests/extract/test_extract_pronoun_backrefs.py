"""Pronoun back-references to places ("فيها"، "فيه"، "منه"، "عليه"; issue 12): a pronoun after a trigger
points back at the last place of its gender in its own or the previous sentence; the resumptive pronoun of a
relative clause points at the noun the clause describes, never at a place. Sentences written for these tests."""
from __future__ import annotations

from tawatur.extract.backrefs import FEMININE, MASCULINE, pronoun_gender
from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, day: str = "2016-04-10") -> set[tuple[str, str]]:
    return {(e.type, e.place.name) for e in analyze(Article(id="p", raw=text, published=day)).events
            if e.place is not None}


def test_the_gender_of_a_pronoun_and_of_nouns_and_persons():
    assert pronoun_gender("منه") == MASCULINE
    assert pronoun_gender("يها") == FEMININE  # "فيها" as the reader leaves it
    assert pronoun_gender("منهم") == ""  # persons
    assert pronoun_gender("المدينه") == ""  # a noun of a kind, read by its kind
    assert pronoun_gender("خارجه") == ""  # may be the adjective "خارجة"


def test_a_toll_in_the_town_just_shelled():
    got = events("وقصفت المدفعية بلدة اللطامنة عصرا. وجرح فيها ثلاثة مزارعين.")
    assert ("casualties", "اللطامنة") in got


def test_a_deployment_in_the_city_just_entered():
    got = events("ودخلت وحدات الجيش مدينة الميادين. وتمركزت فيها بعد خروج عناصر التنظيم.")
    assert ("deploy", "الميادين") in got


def test_a_masculine_pronoun_points_at_the_airport_not_its_town():
    got = events("وسيطر مقاتلو التنظيم على مطار الطبقة العسكري قرب مدينة الطبقة. وهرب الجنود منه ليلا.")
    places = {p for t, p in got if t == "withdraw"}
    assert places and all(p.startswith("مطار") for p in places)


def test_a_masculine_pronoun_points_at_the_neighbourhood_not_its_city():
    got = events("وقصفت الطائرات حي القابون في دمشق. وأصيب فيه عدد من الأطفال.")
    assert {p for t, p in got if t == "casualties"} == {"القابون"}


def test_a_masculine_pronoun_after_an_army_is_no_place():
    got = events("وانشق نقيب عن الجيش في بلدة تلكلخ. وقال إنه هرب منه بعد أوامر بإطلاق النار.")
    assert not {t for t, _ in got} & {"withdraw", "displacement"}


def test_a_relative_clause_on_an_indefinite_noun_is_no_deployment():
    got = events("وقصفت المدفعية مزارع يتحصن فيها مسلحون في بلدة كفرنبودة.")
    assert ("deploy", "كفرنبودة") not in got
    assert ("attack", "كفرنبودة") in got


def test_a_relative_clause_on_a_time_noun_takes_no_place_back():
    got = events("ودخلت القوات بلدة صوران. وتحدثت المصادر عن انسحاب في وقت تشهد فيه جبهات أخرى هدوءا.")
    assert ("enter", "صوران") in got
    assert not any(t == "withdraw" for t, _ in got)


def test_a_toll_that_falls_in_a_town_is_no_takeover():
    got = events("وقصفت الطائرات بلدة التمانعة. وسقط فيها أربعة قتلى.")
    assert ("take_control", "التمانعة") not in got
    assert ("casualties", "التمانعة") in got


def test_a_pronoun_reaches_no_further_than_the_sentence_before():
    text = ("وقصفت الطائرات بلدة التمانعة. وقال المرصد إن الحرب مستمرة منذ سنوات. وأضاف أن المفاوضات "
            "متعثرة. وتعرضت فيها المدن للقصف مرارا.")
    evs = analyze(Article(id="p", raw=text, published="2016-04-10")).events
    assert [e.type for e in evs if e.place is not None and e.place.name == "التمانعة"] == ["attack"]


def test_an_object_pronoun_on_the_verb_is_the_town_just_left():
    got = events("وانسحب مقاتلو التنظيم من بلدة الخفسة. واقتحمتها وحدات الجيش بعد يومين.")
    assert ("enter", "الخفسة") in got


def test_a_masculine_object_pronoun_is_the_prison_not_its_city():
    got = events("وطوق المقاتلون سجن إدلب المركزي. ثم اقتحموه عند الفجر.")
    places = {p for t, p in got if t == "enter"}
    assert places and all(p.startswith("سجن") for p in places)


def test_a_strike_on_what_an_indefinite_relative_clause_describes_is_at_the_town_after_it():
    got = events("وقصف الطيران مزارع تنتشر فيها مجموعات مسلحة في بلدة حيش.")
    assert ("attack", "حيش") in got
    assert ("deploy", "حيش") not in got


def test_neighbourhoods_of_the_town_just_attacked_are_that_town():
    got = events("وهاجمت وحدات الجيش مدينة الزبداني. واقتحمت أحياءها الغربية بعد ظهر الأحد.")
    assert ("enter", "الزبداني") in got


def test_a_dual_object_pronoun_on_a_clearing_verb_is_the_pair_last_named():
    """Task places8: "طهرتهما" after "بلدتي X وY" and a report verb: the take-over is at both towns."""
    got = events("ودخلت قوات النظام بلدتي بصر الحرير والكرك وقالت إنها طهرتهما من المسلحين.", "2018-07-03")
    assert {("take_control", "بصر الحرير"), ("take_control", "الكرك")} <= got


def test_a_dual_object_pronoun_of_another_verb_names_no_place():
    got = events("اعتقلت القوات رجلين في مدينة حمص وقالت إنها استجوبتهما.", "2019-02-01")
    assert all(t != "take_control" for t, _ in got)
