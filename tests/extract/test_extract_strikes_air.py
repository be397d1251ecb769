"""Air and drone strikes, chemical attacks and bombings (issue 12: Turkish drones over SDF towns, Israeli
strikes on airports, coalition and Russian raids). Sentences written for these tests, with invented details."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events_of(text: str, published: str = "2023-10-07"):
    return analyze(Article(id="st", raw=text, published=published)).events


def typed(evs) -> set[tuple[str, str]]:
    return {(e.type, e.place.name) for e in evs}


def sides(evs, etype: str) -> set[str]:
    return {e.actor.side for e in evs if e.type == etype}


def test_the_definite_singular_of_ghara_is_a_strike():
    """"الغارة على X": the singular with the article, as the plural الغارات already was."""
    evs = events_of("وقال مسؤول محلي إن الغارة على بلدة الباغوز وقعت فجرا.", "2019-03-18")
    assert ("attack", "الباغوز") in typed(evs)


def test_daraba_with_a_weapon_subject_or_a_military_object_is_a_strike():
    """"ضربت مسيرة مركبة في X" (verb, then its weapon) and "ضربت منظومة دفاع جوي في X" (a military target);
    the idioms of ضرب (a siege, an appointment) have neither."""
    evs = events_of("ضربت مسيرة تركية سيارة عسكرية في بلدة عامودا.", "2024-01-14")
    assert ("attack", "عامودا") in typed(evs)
    assert sides(evs, "attack") == {"turkey"}
    evs = events_of("وقال الجيش الإسرائيلي إنه ضرب مواقع عسكرية في منطقة الكسوة.", "2020-02-06")
    assert ("attack", "الكسوة") in typed(evs)
    assert not events_of("ضرب الوفدان موعدا للقاء في مدينة القامشلي الشهر المقبل.")


def test_a_strike_told_as_aggression_in_the_accusative():
    """"نفذ عدواناً جوياً": العدوان as an object, with its tanwin."""
    evs = events_of("وقال مصدر عسكري إن العدو الإسرائيلي نفذ عدوانا جويا على مواقع في مدينة مصياف.", "2024-09-09")
    assert ("attack", "مصياف") in typed(evs)
    assert sides(evs, "attack") == {"israel"}


def test_where_a_strike_comes_from_is_no_event_place():
    """"من اتجاه الجولان": the direction the missiles came from, like "من محور X"."""
    evs = events_of("نفذت الطائرات عدوانا من اتجاه الجولان مستهدفة مواقع في مدينة الكسوة.", "2021-07-20")
    assert typed(evs) == {("attack", "الكسوة")}


def test_fighter_jets_in_the_indefinite_take_their_nationality():
    evs = events_of("شنت مقاتلات روسية غارات على بلدة كفرنبل.", "2019-05-20")
    assert sides(evs, "attack") == {"russia"}


def test_the_coalition_planes_are_the_coalition():
    evs = events_of("نفذت طائرات التحالف غارات على مواقع التنظيم في مدينة الميادين.", "2017-09-10")
    assert sides(evs, "attack") == {"usa"}


def test_neutralising_fighters_is_a_toll_of_who_neutralised_them():
    """"تحييد 12 عنصراً": the Turkish ministry's word for fighters killed; "تحييد المدنيين" kills no one."""
    evs = events_of("وأعلنت القوات التركية تحييد 9 عناصر في مدينة تل رفعت.", "2022-11-21")
    assert ("casualties", "تل رفعت") in typed(evs)
    evs = events_of("ودعت المنظمات إلى تحييد المدنيين في مدينة تل رفعت.", "2022-11-21")
    assert "casualties" not in {e.type for e in evs}


def test_using_chemical_weapons_at_a_place_is_an_attack_there():
    evs = events_of("ونفت الحكومة استخدام أسلحة كيميائية في بلدة كفرزيتا.", "2014-04-12")
    assert {(e.type, e.polarity) for e in evs if e.place.name == "كفرزيتا"} == {("attack", "denied")}
    evs = events_of("واتهم ناشطون النظام باستخدام غاز الكلور في قصف حي جوبر.", "2017-03-20")
    assert ("attack", "جوبر") in typed(evs)


def test_a_cylinder_or_bombs_dropped_on_a_place():
    evs = events_of("ألقت مروحية أسطوانة تحوي غازا سامّا على بلدة سراقب.", "2018-02-04")
    assert ("attack", "سراقب") in typed(evs)
    assert "attack" not in {e.type for e in events_of("ألقت الشرطة القبض على رجل في مدينة الباب.")}


def test_the_wounded_told_with_a_possessive_suffix():
    """"أدى التفجير إلى إصابته بجروح": إصابة with a pronoun suffix is still a wound."""
    evs = events_of("انفجرت عبوة بسيارة قيادي في مدينة جرابلس ما أدى إلى إصابته بجروح.", "2021-03-09")
    assert ("casualties", "جرابلس") in typed(evs)


def test_a_strike_that_caused_no_toll_gives_no_casualties():
    """"لم تسفر الغارة عن سقوط ضحايا": like "دون وقوع خسائر", no toll (the strike stays)."""
    evs = events_of("وقال مسؤول إن الغارة على الباغوز لم تسفر عن سقوط ضحايا.", "2019-03-18")
    assert typed(evs) == {("attack", "الباغوز")}


def test_a_force_that_denies_or_announces_a_strike_as_a_verbal_noun_did_it():
    """"نفت الوزارة الروسية قصف X"، "أعلن الجيش التركي قصف مواقع في X": the verbal noun right after the
    force that speaks is its own act (a denial keeps the denier as agent, not its enemy); with "أن" and a
    subject of its own, or an agent after the noun, the speaker only reports."""
    evs = events_of("ونفت وزارة الدفاع الروسية قصف السوق في مدينة أريحا.", "2021-10-20")
    assert {(e.polarity, e.actor.side) for e in evs if e.type == "attack"} == {("denied", "russia")}
    evs = events_of("أعلن التحالف الدولي تنفيذ غارة على مدينة البوكمال.", "2018-11-02")
    assert sides(evs, "attack") == {"usa"}
    evs = events_of("ونفت قوات سوريا الديمقراطية قصف قوات النظام لمدينة منبج.", "2018-11-02")
    assert sides(evs, "attack") == {"government"}


def test_a_heliborne_raid_is_an_attack():
    evs = events_of("ونفذت قوات التحالف إنزالا جويا في بلدة ذيبان شرق دير الزور.", "2020-10-22")
    assert ("attack", "ذيبان") in typed(evs)
    assert sides(evs, "attack") == {"usa"}


def test_the_turkish_backed_factions_of_the_north_are_the_opposition():
    """Sultan Murad, Ahrar al-Sharqiya, al-Mu'tasim, Faylaq al-Sham: factions of the Syrian National Army."""
    evs = events_of("وخطف مسلحون من فرقة السلطان مراد رجلين في بلدة جنديرس.", "2021-04-08")
    assert {e.actor.side for e in evs if e.type == "other"} == {"opposition"}
    evs = events_of("واعتقل عناصر من أحرار الشرقية شابا في مدينة رأس العين.", "2021-04-08")
    assert {e.actor.side for e in evs if e.type == "other"} == {"opposition"}


def test_an_occupation_named_by_its_nationality_is_that_state():
    """"الاحتلال التركي" (Kurdish and opposition media): Turkey's forces, not Israel's, whose alias "الاحتلال"
    alone stays; the same for "الاحتلال الروسي" and "الاحتلال الأمريكي"."""
    evs = events_of("وقصفت مدفعية الاحتلال التركي قرية أم الكيف بريف تل تمر.", "2021-05-10")
    assert sides(evs, "attack") == {"turkey"}
    evs = events_of("واستهدفت مسيرة تابعة للاحتلال التركي سيارة في مدينة القامشلي.", "2022-07-22")
    assert sides(evs, "attack") == {"turkey"}
    evs = events_of("وقصف الاحتلال الروسي بلدة كفرنبل بعشرات الصواريخ.", "2019-05-20")
    assert sides(evs, "attack") == {"russia"}
    evs = events_of("وتوغلت قوات الاحتلال في بلدة جباتا الخشب.", "2025-06-01")
    assert {e.actor.side for e in evs} == {"israel"}
