"""Sides the readers left wrong in bench/articles_heldout12 (task read12). Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze

HEAD = "أخبار البلدات\n\n"


def sides(text: str, day: str) -> set[tuple[str, str, str]]:
    evs = analyze(Article(id="a", raw=HEAD + text, published=day)).events
    return {(e.type, e.place.name, e.actor.side) for e in evs if e.place is not None}


def test_the_dead_of_both_parties_are_inflicted_by_neither():
    got = sides("وهاجم التنظيم حواجز قوات النظام في مدينة تدمر، وقتل 30 عنصرا من الطرفين.", "2015-05-20")
    assert ("casualties", "تدمر", "unknown") in got
    got = sides("وشنت الفصائل هجوما على قرية الحاضر، وسقط عشرات القتلى من كلا الجانبين خلال المعارك.", "2016-02-10")
    assert ("casualties", "الحاضر", "unknown") in got


def test_the_dead_of_one_named_force_keep_their_killer():
    got = sides("وهاجمت الفصائل قرية الحاضر وقتلت 20 عنصرا من قوات النظام.", "2016-02-11")
    assert ("casualties", "الحاضر", "opposition") in got


def test_a_toll_after_a_clause_of_result_is_the_named_striker_s():
    got = sides("واندلعت اشتباكات في حي جوبر، كما قصفت طائرات النظام الحربية حيي القابون وبرزة، "
                "ما أدى إلى مقتل أربعة مدنيين في حي القابون.", "2017-03-20")
    assert ("casualties", "القابون", "government") in got


def test_a_toll_after_a_clash_s_clause_of_result_stays_unknown():
    got = sides("واندلعت اشتباكات بين الفصائل وقوات النظام في قرية الحماميات، ما أدى إلى مقتل خمسة عناصر في القرية.",
                "2019-08-02")
    assert ("casualties", "الحماميات", "unknown") in got


def test_the_owner_of_strongholds_after_lam_is_no_agent_of_a_later_takeover():
    got = sides("استعاد الجيش السوري السيطرة على بلدة ربيعة، آخر المعاقل الكبرى للمسلحين في جبل التركمان، "
                "بعد أسبوعين فقط من استعادة بلدة سلمى.", "2016-01-25")
    assert ("take_control", "سلمى", "government") in got


def test_after_a_denial_qaailan_opens_the_denier_s_own_assertion():
    evs = analyze(Article(id="a", raw=HEAD + "ونفى مصدر عسكري سقوط تلة الحمرا بيد المسلحين، قائلا إن الجيش قصف "
                                        "تجمعاتهم في قرية الزارة.", published="2016-02-14")).events
    assert {(e.type, e.polarity) for e in evs if e.place is not None and e.place.name == "الزارة"} == {("attack", "asserted")}


def test_a_clash_verb_s_named_subject_is_the_clash_s_side():
    got = sides("نقل التلفزيون الرسمي عن مصدر عسكري نفيه دخول المسلحين إلى بلدة صيدنايا، "
                "قائلاً إن وحدات الجيش تشتبك مع فلولهم في محيط البلدة.", "2013-09-05")
    assert ("attack", "صيدنايا", "government") in got
