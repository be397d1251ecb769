"""A toll summed over a span (task sides21): "قتل 40 عنصراً من التنظيم في غارات مماثلة منذ مطلع العام" is
inflicted by no side the text states (GUIDELINES: casualties, the side that inflicted them when stated, else
unknown), neither the strike's guessed side nor the adversary of the dead, with or without a strike noun; a
span marker in another clause, or a killer named after برصاص, leaves the toll's side alone. Sentences written
for these tests."""
from __future__ import annotations

import pytest

from tawatur.model import Article
from tawatur.pipeline import analyze

HEAD = "أخبار المحافظات\n\n"


def toll_sides(text: str, day: str) -> dict[str, str]:
    """The side of each casualties event, by its place's name."""
    evs = analyze(Article(id="a", raw=HEAD + text, published=day)).events
    return {e.place.name if e.place else "": e.actor.side for e in evs if e.type == "casualties"}


@pytest.mark.parametrize("text,day,place,side", [
    ("قصفت طائرات حربية قرية الشحيل بريف دير الزور. وأفادت مصادر محلية بأن 40 عنصراً من التنظيم قتلوا في غارات "
     "مماثلة على ريف دير الزور منذ مطلع العام.", "2023-09-03", "ريف دير الزور", "unknown"),
    ("هاجمت فصائل المعارضة نقطة عسكرية قرب بلدة تادف. وقالت الشبكة إن ستين جندياً من قوات النظام قتلوا في هجمات "
     "على ريف حلب منذ اندلاع الحرب.", "2022-04-20", "ريف حلب", "unknown"),
    ("سيطرت قوات سوريا الديمقراطية على قرية الباغوز. وذكر ناشطون أن 25 مقاتلاً من التنظيم قضوا في القصف "
     "والاشتباكات في محيط هجين منذ بداية الأسبوع.", "2025-01-18", "هجين", "unknown"),
    ("شنت قوات النظام هجوماً على بلدة كفرنبودة في ريف حماة. وقال المرصد إن أكثر من مئة عنصر من الفصائل قتلوا "
     "في ريف حماة منذ بداية الشهر.", "2024-05-12", "ريف حماة", "unknown"),
    ("قصفت قوات النظام قرية كنصفرة. وقال الدفاع المدني إن عشرة مدنيين قتلوا برصاص قوات النظام في جبل الزاوية "
     "منذ بداية الشهر.", "2020-02-05", "جبل الزاوية", "government"),
    ("شنت قوات النظام هجوماً على بلدة اللطامنة. وقصفت بلدة كفرزيتا بالمدفعية، ما أدى إلى مقتل خمسة مدنيين، في "
     "وقت يعيش فيه الأهالي حصاراً منذ مطلع العام.", "2019-08-22", "كفرزيتا", "government"),
])
def test_span_toll_side(text: str, day: str, place: str, side: str) -> None:
    got = toll_sides(text, day)
    assert any(place in p and s == side for p, s in got.items()), got
