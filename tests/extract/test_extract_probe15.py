"""Constructions of whole articles in the lowest-scoring shapes (tolls by place, bulletins, live blogs) that the
probe15 first-sight measure showed (bench/articles_probe15). Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2025-03-12") -> list[tuple[str, str, str, str]]:
    evs = analyze(Article(id="p15", raw=text, published=published)).events
    return [(e.type, e.polarity, e.place.name, e.actor.side) for e in evs]


def test_a_march_told_with_its_kind_of_gathering_is_a_protest_far_from_its_verb() -> None:
    got = events("خرج الآلاف من أهالي مدينتي قامشلو وكوباني، مساء أمس الثلاثاء، في مسيرات احتفالية جابت الشوارع.")
    assert sorted(e[0] for e in got) == ["protest", "protest"]
    got = events("وخرج سكان مدينة منبج إلى الشوارع ترحيباً بالاتفاق الذي وقعته الحكومة مع قسد.")
    assert [(e[0], e[2]) for e in got] == [("protest", "منبج")]


def test_a_toll_that_falls_is_no_place_falling() -> None:
    got = events("سقط شهيد وثلاثة جرحى في قصف مدفعي على بلدة اليادودة.", "2013-02-11")
    assert sorted((e[0], e[2]) for e in got) == [("attack", "اليادودة"), ("casualties", "اليادودة")]


def test_a_toll_broken_down_by_place_gives_one_toll_a_place_and_no_strike() -> None:
    got = events("وثقت لجان التنسيق المحلية سقوط 64 شهيداً برصاص قوات النظام وقصفه يوم أمس، بينهم ثمانية أطفال، توزعوا "
                 "على النحو الآتي: 21 في دمشق، 14 في حلب، تسعة في حمص، والباقون في إدلب وحماة.", "2014-08-28")
    assert sorted(e[2] for e in got if e[0] == "casualties") == ["إدلب", "حلب", "حماة", "حمص", "دمشق"]
    assert all(e[0] == "casualties" and e[3] == "government" for e in got)


def test_the_town_noun_after_a_section_label_recalls_the_town_named_as_one() -> None:
    got = events("في درعا: الطيران المروحي يلقي البراميل المتفجرة على بلدة الشيخ مسكين، وسط نزوح عائلات من البلدة نحو "
                 "مدينة نوى.", "2014-08-28")
    assert sorted(e[2] for e in got if e[0] == "displacement") == ["الشيخ مسكين", "نوى"]


def test_clashes_of_a_long_pair_on_a_quarters_edge_are_at_the_quarter() -> None:
    got = events("اشتباكات عنيفة تدور منذ ساعة بين قوات الأمن العام ومقاتلي قسد على أطراف حي الأشرفية.", "2025-10-07")
    assert ("attack", "الأشرفية") in [(e[0], e[2]) for e in got]


def test_a_joined_facility_with_its_own_place_and_sites_near_a_town_are_further_targets() -> None:
    got = events("استهدفت الطائرات التركية محطة السويدية للغاز ومحطة كهرباء في محيط مدينة القامشلي، إضافة إلى مواقع "
                 "قرب بلدة عامودا.", "2024-01-13")
    assert len([e for e in got if e[0] == "attack"]) == 3
    got = events("قصفت المدفعية بلدة تل رفعت ومواقع قرب قرية الشيخ عيسى.", "2019-11-20")
    assert sorted(e[2] for e in got) == sorted(["تل رفعت", "الشيخ عيسى"])


def test_the_town_whose_countryside_holds_a_village_only_locates_it() -> None:
    got = events("قصفت المدفعية قرية الزعفرانة في ريف مدينة الرستن.", "2013-11-19")
    assert [e[2] for e in got] == ["الزعفرانة"]


def test_where_most_of_the_strikes_fell_is_the_strikes_place_too() -> None:
    got = events("شن الطيران الروسي أكثر من عشرين غارة جوية على قرى جبل الأكراد، تركز معظمها على بلدة كنسبا ومحيطها.",
                 "2015-11-25")
    assert len([e for e in got if e[0] == "attack"]) == 2


def test_a_force_still_in_its_positions_is_deployed_there() -> None:
    got = events("ولا يزال المقاتلون في نقاطهم في بلدة كفرنبودة رغم القصف.", "2019-05-20")
    assert [(e[0], e[2]) for e in got] == [("deploy", "كفرنبودة")]
    assert events("وتتركز القوات التركية في قاعدة قرب بلدة الأتارب.", "2020-01-27") == []


def test_a_campaign_named_by_its_goal_is_an_offensive_not_a_takeover() -> None:
    got = events("يذكر أن حملة تحرير الرقة انطلقت في السادس من حزيران الجاري.", "2017-06-13")
    assert [(e[0], e[2]) for e in got] == [("attack", "الرقة")]
    got = events("أعلنت غرفة عمليات معركة تحرير حلب السيطرة الكاملة على حي الزهراء.", "2016-11-02")
    assert [e[0] for e in got] == ["take_control"]


def test_a_capital_after_its_reporting_verb_speaks_past_an_earlier_preposition() -> None:
    assert events("يأتي ذلك بعد يوم من إسقاط المقاتلات التركية طائرة حربية روسية قرب الحدود، قالت أنقرة إنها اخترقت "
                  "أجواءها.", "2015-11-25") == []


def test_a_strike_that_hit_no_target_of_a_kind_is_no_denied_strike() -> None:
    assert events("وقال المصدر إن الطيران لم يستهدف أي منشأة مدنية في مدينة إدلب.", "2024-01-13") == []
    assert [e[1] for e in events("لم تقصف المدفعية بلدة كفرنبل اليوم.", "2019-05-02")] == ["denied"]
