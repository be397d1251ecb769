"""A force confronted, told by تصدّى لـ with the force after it (task missed43): "تصدى شبان لدورية X عند مدخل
بلدة Y" is a clash at Y, as "مواجهة" is; only an attack noun after it was read before. Sentences written for
these tests, read as eval/GUIDELINES.md decides them."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def attacks(text: str, published: str = "2024-05-20") -> set[str]:
    evs = analyze(Article(id="s", raw=text, published=published)).events
    return {e.place.name for e in evs if e.type == "attack" and e.place}


def test_a_patrol_or_gunmen_confronted_is_a_clash_at_the_place():
    """"وتصدى شبان من القرية لدورية ... عند مدخل بلدة X"، "التصدي لعناصر الميليشيا في حي X"."""
    assert attacks("وتصدى رجال من البلدة لدورية تابعة للفصيل عند مدخل بلدة البصيرة") == {"البصيرة"}
    assert any("الجورة" in n for n in attacks("واستطاع السكان التصدي لعناصر الميليشيا في حي الجورة بمدينة دير الزور"))


def test_a_phenomenon_rumours_or_a_goal_confronted_is_no_clash():
    """Guards: "التصدي لظاهرة ..."، "بالتصدي للشائعات"، "الاستعداد للتصدي لأي هجوم" name no force met."""
    assert not attacks("وطالب المحافظ بالتصدي لظاهرة تهريب الوقود في مدينة درعا")
    assert not attacks("وتعهد المجلس المحلي بالتصدي للشائعات المتداولة في بلدة البصيرة")
    assert not attacks("وحث القائد عناصره على الاستعداد للتصدي لأي هجوم على بلدة كنسبا")
