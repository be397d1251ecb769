"""Sides of forces and constructions the gold sets hold few of (issue 12, task sides7): arms only one side
used, accusations. Sentences written for these tests, with invented details; sides as eval/GUIDELINES.md
sets them."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events_of(text: str, published: str):
    return analyze(Article(id="sd7", raw=text, published=published)).events


def sides(text: str, published: str, etype: str = "attack") -> set[str]:
    return {e.actor.side for e in events_of(text, published) if e.type == etype}


def test_a_barrel_bomb_or_helicopter_raid_is_the_governments_before_the_fall():
    """"ألقت المروحيات براميل متفجرة": only the Syrian Air Force flew helicopters and dropped barrels."""
    assert sides("وألقت المروحيات براميل متفجرة على بلدة معرة حرمة.", "2015-04-11") == {"government"}
    assert sides("وقصف الطيران المروحي قرية الهبيط صباح اليوم.", "2016-09-02") == {"government"}
    evs = events_of("وقتل خمسة مدنيين في قصف بالبراميل المتفجرة على مدينة اللطامنة.", "2017-02-03")
    assert {(e.type, e.actor.side) for e in evs} == {("attack", "government"), ("casualties", "government")}
    assert all(e.rule.endswith("side:sole-operator") for e in evs if e.type == "attack")


def test_the_arm_names_no_side_after_the_fall_nor_against_a_named_nationality():
    # after 8 December 2024 the former air force is gone: the arm says nothing
    assert sides("وقتل خمسة مدنيين في قصف بالبراميل المتفجرة على مدينة اللطامنة.", "2025-02-03") == {"unknown"}
    # a helicopter named Russian is Russia's
    assert sides("وقصفت مروحية روسية بلدة الهبيط.", "2016-02-02") == {"russia"}


def test_a_helicopter_shot_down_is_the_target_not_the_striker():
    """"أعلنت الفصائل إسقاط مروحية": the helicopter after a downing noun is what was hit."""
    assert "government" not in sides("وأعلنت فصائل المعارضة إسقاط مروحية فوق بلدة كفرزيتا.", "2014-05-20")


def test_the_accused_of_an_accusation_is_the_strikes_agent():
    """"اتهمت X Y بالوقوف وراء التفجير": Y is the alleged agent, X the accuser."""
    evs = events_of("واتهمت الإدارة الذاتية تركيا بالوقوف وراء تفجير سيارة مفخخة في مدينة رأس العين.",
                    "2020-10-02")
    assert {(e.type, e.actor.side) for e in evs} == {("attack", "turkey")}
    assert all(e.rule.endswith("side:accused") for e in evs)
    assert sides("واتهمت أنقرة قسد بتفجير عبوة ناسفة في مدينة الباب.", "2021-03-14") == {"sdf"}
    assert sides("واتهم المرصد قوات النظام بقتل أربعة مدنيين في بلدة كفرنبل.", "2019-05-06",
                 "casualties") == {"government"}
    assert sides("وحملت وزارة الدفاع تنظيم الدولة مسؤولية الهجوم على حافلة قرب مدينة السخنة.",
                 "2023-08-12") == {"isis"}


def test_a_force_after_an_accusation_with_no_link_is_not_made_the_agent():
    # "اتهم X Y" with no act linked after Y: the strike told later keeps its own agent
    evs = events_of("واتهمت المعارضة روسيا بعد ساعات من قصف الطيران الحربي التابع للنظام مدينة أريحا.",
                    "2019-07-01")
    assert {e.actor.side for e in evs if e.type == "attack"} == {"government"}


def test_an_unnamed_agent_is_not_the_force_it_fought():
    """"سيطر مقاتلون على القرية بعد معارك مع الجيش": the army is whom they fought, so they are its adversary."""
    evs = events_of("وسيطر مقاتلون على قرية المشرفة بعد معارك عنيفة مع الجيش.", "2014-02-10")
    assert {(e.type, e.actor.side) for e in evs} == {("take_control", "opposition")}
    assert all(e.rule.endswith("side:opponent-named") for e in evs)
    # "بالتنسيق مع الجيش" names an ally: the army's side stays
    evs = events_of("وسيطر مقاتلون على قرية المشرفة بالتنسيق مع الجيش.", "2014-02-10")
    assert {e.actor.side for e in evs} == {"government"}


def test_a_nationality_in_the_cause_of_a_toll_names_who_inflicted_it():
    """"أصيب أطفال بنيران تركية"، "قتل عناصر من X جراء غارات إسرائيلية": the strike's nationality, not the
    adversary of the force counted among the dead."""
    assert sides("وأصيب طفلان بنيران تركية في بلدة تل رفعت.", "2022-06-01", "casualties") == {"turkey"}
    evs = events_of("وقتل أربعة عناصر من الحرس الثوري في مصياف جراء غارات جوية إسرائيلية.", "2021-05-02")
    assert {e.actor.side for e in evs if e.type == "casualties"} == {"israel"}
    assert any(e.rule.endswith("side:cause-nationality") for e in evs)
    # a nationality of the place the toll is at is no cause
    assert "turkey" not in sides("وقتل شاب في قصف على مدينة غازي عنتاب التركية.", "2016-05-01", "casualties")


def test_gunmen_of_the_tribes_are_the_tribes():
    assert sides("وهاجم مسلحون من العشائر نقطة لقسد في بلدة ذيبان.", "2023-09-03") == {"unknown"}


def test_a_toll_of_a_covert_device_is_not_given_to_the_victims_enemy():
    """"قتل خمسة من عناصر X بانفجار لغم": who planted the mine is not told (eval/GUIDELINES.md: the side
    that inflicted casualties when stated, else unknown)."""
    evs = events_of("وقتل ثلاثة من عناصر قوات النظام بانفجار عبوة ناسفة قرب بلدة الشيخ مسكين.", "2020-04-09")
    assert {(e.type, e.actor.side) for e in evs} == {("attack", "unknown"), ("casualties", "unknown")}
    # a named agent after برصاص still counts
    assert sides("وقتل ثلاثة من عناصر قوات النظام برصاص مسلحين من العشائر قرب بلدة الشيخ مسكين.",
                 "2020-04-09", "casualties") == {"unknown"}
    assert sides("وقتل ثلاثة من عناصر قسد برصاص خلايا التنظيم في بلدة ذيبان.", "2021-04-09",
                 "casualties") == {"isis"}


def test_the_nationality_of_a_tolls_dead_is_not_who_killed_them():
    """"قتل 33 جندياً تركياً في غارة": تركياً is the soldiers' adjective (not the country), and the dead's
    nationality names no striker."""
    evs = events_of("وقتل 14 جنديا تركيا في غارة جوية على مواقعهم قرب بلدة كفرنبل.", "2020-03-01")
    assert {(e.type, e.actor.side) for e in evs} == {("attack", "unknown"), ("casualties", "unknown")}
    assert "turkey" not in sides("وأسرت الفصائل ضابطا روسيا قرب بلدة كفرنبل.", "2016-03-01", "other")
    # the country after a plural verb or as a subject is still the actor
    assert sides("واتهموا تركيا بقصف بلدة كفرنبل.", "2020-03-01") == {"turkey"}
    assert sides("وقصفت روسيا بلدة كفرنبل.", "2016-03-01") == {"russia"}


def test_the_dead_of_infighting_fell_to_the_force_they_fought():
    """"قتل عناصر من الهيئة في اشتباكات مع أحرار الشام": both opposition; the table's adversary of the
    opposition (the government) is not a party here."""
    evs = events_of("وقتل أربعة عناصر من هيئة تحرير الشام في اشتباكات مع حركة أحرار الشام في بلدة أريحا.",
                    "2017-07-21")
    assert {e.actor.side for e in evs if e.type == "casualties"} == {"opposition"}
    evs = events_of("وقتل أربعة عناصر من قوات النظام في اشتباكات مع تنظيم الدولة قرب بلدة السخنة.", "2017-07-21")
    assert {e.actor.side for e in evs if e.type == "casualties"} == {"isis"}


def test_strikes_of_unknown_origin_name_no_agent():
    """"بغارات مجهولة": the text says nobody is known to have struck; not the victims' enemy."""
    evs = events_of("وقتل 11 عنصرا من الميليشيات الإيرانية بغارات مجهولة قرب مدينة الميادين.", "2020-06-04")
    assert {(e.type, e.actor.side) for e in evs} == {("attack", "unknown"), ("casualties", "unknown")}


def test_units_with_a_nationality_are_that_countrys_force():
    """"انتشرت وحدات روسية": a verb before its subject; the units' nationality names the force."""
    assert sides("وانتشرت وحدات روسية في مدينة الميادين.", "2017-11-20", "deploy") == {"russia"}
    assert sides("وتمركزت وحدات إيرانية في مطار التيفور.", "2018-02-01", "deploy") == {"iran"}


def test_commanders_and_advisers_of_a_force_are_its_dead_not_the_striker():
    """"قتل ثلاثة من قادة الحرس الثوري في غارة إسرائيلية": قادة، مستشارين are members' nouns like عناصر."""
    evs = events_of("وقتل اثنان من قادة الحرس الثوري في غارة إسرائيلية قرب مطار دمشق الدولي.", "2023-11-02")
    assert {e.actor.side for e in evs} == {"israel"}
    evs = events_of("وقتل أربعة من مستشاري الحرس الثوري بقصف إسرائيلي على حي المزة.", "2022-12-02")
    assert {e.actor.side for e in evs} == {"israel"}


def test_an_unnamed_warplane_is_the_governments_only_before_the_coalition():
    """Until the coalition's first strikes (September 2014) only the Syrian Air Force struck from the air."""
    assert sides("وشن الطيران الحربي غارتين على بلدة سلقين.", "2013-04-02") == {"government"}
    assert sides("وشن الطيران الحربي غارتين على بلدة سلقين.", "2016-04-02") != {"government"}
    # a warplane shot down is the target
    assert "government" not in sides("وأعلن ناشطون إسقاط طائرة حربية فوق بلدة سلقين.", "2013-04-02")
