"""A person's post is no event place (task places8): a unit or a security branch after a role and "في"
("ضابطاً في الفرقة الرابعة"، "مساعداً سابقاً في فرع المخابرات الجوية") says where he served, not where he was
arrested or killed. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def _places(text: str, day: str = "2025-01-15") -> set[str]:
    return {e.place.name for e in analyze(Article(id="post", raw=text, published=day)).events if e.place is not None}


def test_a_unit_after_a_role_is_his_post_and_the_town_is_the_place() -> None:
    assert _places("واعتقلت قوى الأمن في مدينة بانياس ضابطا سابقا في الفرقة الرابعة.") == {"بانياس"}


def test_a_branch_after_a_role_is_no_place_and_its_town_only_locates_it() -> None:
    assert _places("واعتقل الأمن العام شابا عمل مساعدا في فرع المخابرات الجوية بحماة.") == set()


def test_a_unit_an_event_takes_is_still_a_place() -> None:
    assert any("الفوج 46" in n for n in _places("وسيطرت الفصائل على الفوج 46 غربي حلب.", "2012-11-19"))


def test_a_town_after_a_role_is_still_where_he_fell() -> None:
    assert "حمص" in _places("وقتل ضابط في حمص بانفجار عبوة ناسفة.", "2016-03-02")
