"""First person in an interview's answer ("ج: دخلنا مدينة حمص") or a press speaker's line ("المتحدث: انسحبنا"):
the verb's subject is the guest, whose side is the body his title names at the article's head ("وهو قائد مجموعة في
X"), read at the event's day. Sentences written for task firstperson18 (bench/sentences/firstperson18.txt)."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def sides(text: str, day: str) -> dict[tuple[str, str], str]:
    art = analyze(Article(id="t", raw=text, published=day))
    return {(e.type, e.place.name): e.actor.side for e in art.events if e.place}


def test_an_answers_we_verbs_take_the_guests_side():
    got = sides("التقت الصحيفة العقيد أحمد، وهو قائد ميداني في الجيش السوري شارك في معارك البادية.\nس: متى وصلتم؟\n"
                "ج: دخلنا مدينة السخنة فجر الأحد، ثم تقدمنا نحو قرية الطيبة.", "2017-08-20")
    assert got[("enter", "السخنة")] == "government"
    assert got[("advance", "الطيبة")] == "government"


def test_the_guests_body_is_read_at_the_events_day():
    got = sides("في الذكرى الأولى للتحرير، التقينا أبا عمر، وهو قائد مجموعة في إدارة العمليات العسكرية.\n"
                "س: كيف وصلتم؟\nج: في السابع من كانون الأول 2024 دخلنا مدينة حمص من جهة حي الوعر.", "2025-12-08")
    assert got[("enter", "حمص")] == "opposition"


def test_a_press_speakers_line_is_an_answer():
    got = sides("نص المؤتمر الصحفي للمتحدث باسم قوات سوريا الديمقراطية في مدينة الحسكة.\nسؤال: ماذا جرى؟\n"
                "المتحدث: انسحبنا من قرية أم شعيفة فجر اليوم.", "2019-10-20")
    assert got[("withdraw", "أم شعيفة")] == "sdf"


def test_a_first_person_possessive_subject_in_a_speakers_line_is_the_speakers():
    got = sides("نص المؤتمر الصحفي للمتحدث باسم وزارة الداخلية في دمشق.\nسؤال: هل غادر المسلحون؟\n"
                "المتحدث: لا، وقواتنا منتشرة عند مداخل مدينة الضمير حتى الآن.", "2025-09-16")
    assert got[("deploy", "الضمير")] == "government"


def test_the_speakers_comrades_dead_in_a_clash_were_killed_by_the_other_party():
    got = sides("وقال قائد في حركة أحرار الشام إن ثلاثة من رفاقنا استشهدوا في الاشتباكات مع قوات النظام في بلدة عطشان.",
                "2015-10-20")
    assert got[("casualties", "عطشان")] == "government"


def test_a_guest_titled_with_no_body_takes_the_force_his_introduction_names():
    got = sides("بعد يومين من إعلان الجيش السوري استعادة مخيم اليرموك، تحدثنا مع أحد القادة الميدانيين في المعركة.\n"
                "س: متى بدأتم؟\nج: دخلنا حي الحجر الأسود قبل أسبوعين من جهته الجنوبية.", "2018-05-22")
    assert got[("enter", "الحجر الأسود")] == "government"
