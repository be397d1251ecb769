"""Actor names real outlets use that the lexicons missed (task sides22): the north-east's internal security
named with its administration ("قوات الأمن الداخلي لشمال وشرق سوريا") is the SDF's, the bare name after the fall is
the new Interior Ministry's; the YPG as "الوحدات" after a fighters' noun; a navy with its nationality; the Islamic
State's own names ("جنود الخلافة"); Assad's loaded names ("ميليشيات الأسد") are the government to the fall and his
remnants after it; a state office holder's first person ("قال وزير الدفاع السوري: قواتنا") is that state's forces.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from tawatur.model import Article
from tawatur.pipeline import analyze


def _sides(text: str, day: str) -> list[str]:
    art = analyze(Article(id="s22", raw="أخبار\n\n" + text, published=day))
    return [e.actor.side for e in art.events]


@pytest.mark.parametrize("text,day,side", [
    ("وانتشرت قوات الأمن الداخلي التابعة للإدارة الذاتية في مدينة الرقة.", "2025-06-23", "sdf"),
    ("وقالت قوات الأمن الداخلي لشمال وشرق سوريا إنها انتشرت في أحياء مدينة الطبقة.", "2025-07-02", "sdf"),
    ("وانتشرت قوات الأمن الداخلي في أحياء مدينة حمص.", "2025-06-22", "government"),
    ("وقال ناشطون إن مقاتلي الوحدات دخلوا بلدة تل رفعت.", "2016-02-16", "sdf"),
    ("وأطلقت البحرية الأمريكية صواريخ على مطار الشعيرات.", "2017-04-07", "usa"),
    ("وقالت وكالة أعماق إن جنود الخلافة سيطروا على مدينة السخنة.", "2016-05-15", "isis"),
])
def test_a_name_of_the_lexicons_takes_its_side(text, day, side):
    assert _sides(text, day) == [side]


@pytest.mark.parametrize("day,side", [("2016-08-09", "government"), ("2025-03-10", "unknown")])
def test_assad_militias_are_his_remnants_after_the_fall(day, side):
    assert _sides("وقالت مصادر إن ميليشيات الأسد قصفت حي الوعر.", day) == [side]


@pytest.mark.parametrize("text,day,side", [
    ('وقال وزير الدفاع السوري: "قواتنا انتشرت في مدينة السويداء".', "2025-07-17", "government"),
    ("وقال وزير الدفاع التركي إن قواتنا سيطرت على مدينة تل أبيض.", "2019-10-14", "turkey"),
    ("وقال وزير الدفاع الروسي إن قواتنا قصفت مواقع في بلدة سراقب.", "2018-02-10", "russia"),
])
def test_an_office_holders_first_person_is_his_states_forces(text, day, side):
    assert _sides(text, day) == [side]
