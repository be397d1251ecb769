"""A casualty toll that names no place ("وقُتل في المواجهات خمسة عشر عنصرا") counts the dead of the battle
the article has just told: it takes that battle's town (rule ``place:known-battle``). A toll over a span
("منذ بداية العام", "حتى الآن"), after a battle abroad, far from any battle, or of battles it does not
call known ("في معارك أخرى") gets no place and so no event. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze

TAKEN = "سيطرت الفصائل على مدينة سراقب."


def tolls(text: str) -> list[tuple[str, str]]:
    art = analyze(Article(id="t", raw=text, published="2019-05-10"))
    return [(e.place.name_en or e.place.name, e.rule) for e in art.events if e.type == "casualties"]


def test_a_toll_of_the_battles_takes_the_town_fought_over_in_the_previous_sentence():
    got = tolls("سيطرت فصائل المعارضة على مدينة معرة النعمان بعد معارك عنيفة مع قوات النظام. "
                "وقُتل في المواجهات خمسة عشر عنصرا من الطرفين.")
    assert [p for p, _ in got] == ["Maarat al-Numan"]
    assert "place:known-battle" in got[0][1]


def test_a_sentence_opening_with_haith_goes_on_at_the_place_of_the_clashes():
    got = tolls("اندلعت اشتباكات عنيفة في بلدة كفرنبل بين الفصائل وقوات النظام. حيث قتل سبعة مدنيين بينهم أطفال.")
    assert [p for p, _ in got] == ["Kafranbel"]


def test_a_toll_since_the_start_of_the_year_is_no_toll_of_that_battle():
    assert tolls(TAKEN + " وقُتل في المعارك منذ بداية العام أكثر من ألف شخص.") == []


def test_a_toll_so_far_is_no_toll_of_that_battle():
    assert tolls(TAKEN + " وبلغ عدد ضحايا المعارك حتى الآن ما يزيد على ألف قتيل.") == []


def test_an_indefinite_battle_noun_names_no_known_battle():
    assert tolls(TAKEN + " وقتل خمسة عناصر في معارك أخرى.") == []


def test_with_no_battle_told_the_toll_has_no_place():
    assert tolls("وقُتل في المعارك خمسة عناصر من الفصائل.") == []


def test_a_battle_abroad_lends_no_place():
    assert tolls("شنت طائرات إسرائيلية غارات على مدينة بيروت. وقتل في الغارات ثلاثة أشخاص.") == []


def test_a_battle_told_several_sentences_before_lends_no_place():
    text = TAKEN + " وزار الوزير العاصمة. وعقد مؤتمرا صحفيا. وتحدث عن الاقتصاد. وقُتل في المعارك خمسة عناصر."
    assert tolls(text) == []


def events(text: str) -> list[tuple[str, str]]:
    art = analyze(Article(id="t", raw=text, published="2019-05-10"))
    return [(e.type, e.place.name_en or e.place.name) for e in art.events]


def test_a_bomber_who_blew_himself_up_is_a_strike_and_its_toll_takes_its_place():
    art = analyze(Article(id="t", raw="فجّر انتحاري نفسه عند مدخل سوق في مدينة منبج، ما أدى إلى مقتل تسعة أشخاص.",
                          published="2019-05-10"))
    got = {e.type: e.place for e in art.events}
    assert got["attack"].name == got["casualties"].name == "سوق في منبج"  # the market, in its town
    assert got["attack"].admin1 == "Aleppo" and got["attack"].lat is not None


def test_the_bomber_named_before_the_verb():
    assert ("attack", "Manbij") in events("قال الشهود إن الانتحاري فجّر نفسه قرب حاجز في مدينة منبج.")


def test_dawn_of_the_same_day_is_no_bombing():
    assert [t for t, _ in events("خرج المقاتلون من مدينة منبج فجر اليوم نفسه.")] == ["withdraw"]


def test_the_force_that_took_the_town_inflicted_the_toll_of_its_battles():
    art = analyze(Article(id="t", raw="سيطرت فصائل المعارضة على مدينة معرة النعمان بعد معارك عنيفة مع قوات "
                          "النظام. وقُتل في المواجهات خمسة عشر عنصرا.", published="2019-05-10"))
    assert [e.actor.side for e in art.events if e.type == "casualties"] == ["opposition"]
