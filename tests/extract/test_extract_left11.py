"""Constructions the last session left open (task left11): a toll's dual word is its own count ("سقط قتيلان
وثلاثة جرحى": two dead), remnants of a named armed group keep its side, a thwarted attack or attempted advance
is the attack of who attempted it, presence told by a main clause with a pronoun ("وتنتشر فيها قوات") is a
deployment, "أرجاء" (the parts of a place) is no postponement, and a clash's toll that does not say whose dead
they are is unknown. Our own sentences."""
from __future__ import annotations

from tawatur.link.tolls import assign_article_tolls
from tawatur.model import Article
from tawatur.pipeline import analyze


def _events(text: str, published: str = "2019-05-01") -> list:
    return list(analyze(Article(id="l11", raw=text, published=published)).events)


def _one(text: str, etype: str, published: str = "2019-05-01"):
    got = [e for e in _events(text, published) if e.type == etype]
    assert len(got) == 1, got
    return got[0]


def test_a_dual_toll_word_is_the_count_of_the_dead_not_the_wounded_after_it() -> None:
    events = _events("وسقط قتيلان وثلاثة جرحى في قصف مدفعي على بلدة كنصفرة.", "2021-05-10")
    assign_article_tolls(events)
    toll = next(e for e in events if e.type == "casualties")
    assert (toll.quantity, toll.quantity_of, toll.fatalities) == ("2", "dead", 2)


def test_a_count_before_a_dual_of_the_wounded_stays_the_dead() -> None:
    toll = _one("وسقط ثلاثة قتلى وجريحان في قصف مدفعي على بلدة البارة.", "casualties", "2021-05-12")
    assert toll.quantity == "3"


def test_a_joint_count_of_dead_and_wounded_is_stated_but_no_fatality() -> None:
    events = _events("وأسفر القصف الجوي على بلدة بصر الحرير عن مقتل وإصابة 12 شخصاً.", "2018-06-25")
    assign_article_tolls(events)
    toll = next(e for e in events if e.type == "casualties")
    assert toll.quantity == "12" and toll.fatalities == 0


def test_remnants_of_isis_strike_as_isis() -> None:
    assert _one("وهاجمت فلول تنظيم داعش نقطة لقوات النظام في محيط مدينة الميادين.", "attack").actor.side == "isis"


def test_remnants_of_the_old_army_are_unknown_after_the_fall() -> None:
    text = "وهاجمت فلول جيش الأسد حاجزاً للأمن العام في بلدة الصنمين."
    assert _one(text, "attack", "2025-02-14").actor.side == "unknown"


def test_a_thwarted_infiltration_is_the_attack_of_the_infiltrators() -> None:
    ev = _one("وأحبط الجيش محاولة تسلل لمسلحي داعش باتجاه بلدة القريتين.", "attack", "2017-09-14")
    assert (ev.place.name, ev.actor.side) == ("القريتين", "isis")
    assert not [e for e in _events("وأحبط الجيش محاولة تسلل لمسلحي داعش باتجاه بلدة القريتين.") if e.type == "advance"]


def test_a_thwarted_attempt_to_advance_names_its_force_after_the_attempt() -> None:
    ev = _one("وأحبطت الفصائل محاولة قوات النظام التقدم على محور قرية كفرتعال.", "attack", "2021-03-22")
    assert ev.actor.side == "government"


def test_a_thwarted_smuggling_is_no_attack() -> None:
    # no attack; the foiled run itself is other, as the own gold sets annotate it (probe14 R12, heldout16 H1606; task read16)
    got = _events("وأحبطت قوات الأمن محاولة تهريب شحنة أسلحة عبر معبر نصيب.", "2022-05-10")
    assert not any(e.type == "attack" for e in got)


def test_presence_told_with_a_pronoun_in_a_main_clause_is_a_deployment() -> None:
    ev = _one("وتقع قرية تل حاصل شرقي حلب. وتتمركز فيها قوات النظام منذ أشهر.", "deploy", "2017-02-12")
    assert (ev.place.name, ev.actor.side) == ("تل حاصل", "government")


def test_presence_in_a_relative_clause_is_still_status() -> None:
    got = _events("وقصفت الطائرات الروسية بلدة كفرنبل التي تنتشر فيها قوات تركية.", "2018-05-04")
    assert {e.type for e in got} == {"attack"}


def test_the_parts_of_a_place_are_no_postponement() -> None:
    ev = _one("وباتت الفصائل تسيطر على معظم أرجاء حي الحمدانية.", "take_control", "2016-10-05")
    assert ev.polarity == "asserted"


def test_a_clash_toll_with_no_side_named_is_unknown() -> None:
    text = "واندلعت اشتباكات بين الفصائل وقوات النظام في بلدة مورك سقط فيها قتيلان."
    assert _one(text, "casualties", "2019-04-03").actor.side == "unknown"


def test_a_clash_toll_of_named_dead_is_their_adversarys() -> None:
    text = "واندلعت اشتباكات بين قوات النظام والفصائل في بلدة كفرنبودة قتل فيها خمسة من عناصر النظام."
    assert _one(text, "casualties", "2019-04-04").actor.side == "opposition"


def test_a_strikes_toll_with_no_side_named_is_the_strikers() -> None:
    assert _one("وقصفت قوات النظام بلدة الهبيط، وسقط قتيلان.", "casualties", "2019-04-05").actor.side == "government"


def test_the_dead_of_an_armed_side_right_after_a_battle_fell_in_it() -> None:
    text = "واستعاد الثوار السيطرة على بلدة اللطامنة فجر اليوم. وقال مصدر ميداني إن الثوار قتلوا أكثر من عشرين عنصراً من قوات النظام."
    ev = _one(text, "casualties", "2019-05-24")
    assert (ev.place.name, ev.actor.side, ev.quantity) == ("اللطامنة", "opposition", "20")


def test_civilians_or_a_toll_two_sentences_on_take_no_battle_place() -> None:
    assert not [e for e in _events("ودخلت قوات النظام مدينة سراقب. وقال ناشطون إن ثلاثة مدنيين قتلوا.", "2020-02-06")
                if e.type == "casualties"]
    text = "وسيطرت الفصائل على بلدة مورك. وبث ناشطون صوراً من البلدة. وقال مصدر إن 30 من عناصر قوات النظام قتلوا."
    assert not [e for e in _events(text, "2016-06-04") if e.type == "casualties"]


def test_a_capture_with_no_place_right_after_a_battle_took_its_men_there() -> None:
    text = "وانسحبت قوات النظام من مدينة إدلب. وقال قائد ميداني إن الفصائل أسرت أكثر من عشرين عنصراً."
    ev = _one(text, "other", "2015-03-28")
    assert (ev.place.name, ev.actor.side) == ("إدلب", "opposition")
    far = "واستعاد الثوار بلدة اللطامنة. وبث ناشطون صوراً من البلدة. وقال مصدر إن الثوار أسروا خمسة عناصر."
    assert not [e for e in _events(far, "2019-05-24") if e.type == "other"]


def test_the_force_in_the_genitive_of_an_attempt_is_the_attacker() -> None:
    text = "وقالت الوحدات إن مقاتليها تصدوا لمحاولة تقدم الجيش التركي نحو قرية حمام على محور جنديرس."
    ev = _one(text, "attack", "2018-01-23")
    assert (ev.place.name, ev.actor.side) == ("حمام", "turkey")
    assert _one("وأحبط مقاتلو الوحدات محاولة الجيش التركي التقدم نحو بلدة بلبل.", "attack", "2018-01-24").actor.side == "turkey"


def test_an_axis_alone_is_the_place_and_after_a_target_only_its_front() -> None:
    assert _one("وتقدمت قوات النظام نحو بلدة الهبيط على محور كفرنبودة.", "advance", "2019-05-25").place.name == "الهبيط"
    assert _one("وهاجمت الفصائل مواقع قوات النظام على محور بلدة كفرنبودة.", "attack", "2019-05-26").place.name == "كفرنبودة"
