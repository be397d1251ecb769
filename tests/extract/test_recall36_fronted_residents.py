"""A flight whose subject, told before its verb, is the residents of a place (task recall36): sentences written
for these tests, read as eval/GUIDELINES.md decides them (the origin and the destinations of a displacement
count)."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def displaced(text: str, published: str = "2019-05-12") -> set[str]:
    evs = analyze(Article(id="s", raw=text, published=published)).events
    return {e.place.name for e in evs if e.type == "displacement" and e.place}


def test_residents_pronoun_before_the_flight_names_its_origin():
    """"مئات من سكانها فروا نحو X" after a sentence about a town: they left the town, and went to X."""
    got = displaced("قصفت الطائرات الحربية بلدة سراقب فجر اليوم. وقال ناشطون إن المئات من سكانها هربوا نحو مدينة إدلب.")
    assert {"سراقب", "إدلب"} <= got


def test_residents_of_the_town_noun_and_of_a_named_town():
    """"عائلات من أهالي القرية نزحت باتجاه X" recalls the village; "سكان بلدة Y" names Y itself."""
    got = displaced("اقتحمت قوات النظام قرية الهبيط صباح اليوم. وأفاد ناشطون بأن عائلات من أهالي القرية نزحت "
                    "باتجاه مدينة خان شيخون.")
    assert {"الهبيط", "خان شيخون"} <= got
    got = displaced("قصفت الطائرات الحربية بلدة سراقب فجر اليوم. وقال ناشطون إن مئات من سكان بلدة سرمين فروا "
                    "نحو مدينة إدلب.")
    assert {"سرمين", "إدلب"} <= got
    assert "سراقب" not in got


def test_a_resident_who_speaks_is_not_who_fled():
    """"وقال أحد سكانها إن عائلات فرت نحو X": the complement clause has a subject of its own."""
    got = displaced("قصفت الطائرات الحربية بلدة سراقب فجر اليوم. وقال أحد سكانها إن عائلات كثيرة فرت نحو مدينة إدلب.")
    assert got == {"إدلب"}


def kinds(text: str, published: str = "2024-03-12") -> set[tuple[str, str]]:
    evs = analyze(Article(id="s", raw=text, published=published)).events
    return {(e.type, e.place.name) for e in evs if e.place}


def test_a_force_leaving_with_persons_taken_along_seized_them():
    """"انسحبت الدورية من X مصطحبة معها شابين": the persons taken away are other at X, beside the withdrawal."""
    got = kinds("وأفاد ناشطون بأن دورية إسرائيلية انسحبت من قرية الحميدية بعد ساعتين مصطحبة معها رجلين.")
    assert {("withdraw", "الحميدية"), ("other", "الحميدية")} <= got


def test_weapons_or_guests_taken_along_are_no_seizure():
    """Weapons or a delegation's guests taken along: no other event."""
    assert ("other", "الحميدية") not in kinds("وانسحب مقاتلو الفصائل من قرية الحميدية مصطحبين معهم أسلحتهم.")
    assert not any(t == "other" for t, _ in kinds("وغادر الوفد الأممي مدينة درعا مصطحباً معه عدداً من الصحفيين."))


def test_an_arrest_after_an_entry_is_at_the_place_entered():
    """"توغلت دورية في قرية X، قبل أن تعتقل شابين": the next step of the entry, at X; after a strike, nothing."""
    assert ("other", "الحميدية") in kinds("توغلت دورية إسرائيلية في قرية الحميدية صباح اليوم، قبل أن تعتقل ثلاثة شبان.")
    got = kinds("قصفت الطائرات المسيرة بلدة نوى صباح اليوم، قبل أن تعتقل القوات ثلاثة شبان.", "2025-04-20")
    assert ("other", "نوى") not in got
