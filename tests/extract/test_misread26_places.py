"""Misreads of place (task misread26). A summary toll that names one place among several: "قتل 30 شخصاً في
ريف إدلب، بينهم 12 في بلدة أريحا" gives Ariha 12 and the countryside 30, never Ariha the total; a share that
says who the dead were ("بينهم طفلان"، "بينهم 5 أطفال"، "بينهم 3 من عناصر ...") leaves the place after it the
whole toll. The town of an official's title ("محافظ المدينة") is no event's place."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def tolls(text: str) -> dict[str, str | None]:
    got = analyze(Article(id="t", raw=text, published="2024-05-20")).events
    return {e.place["name"] if isinstance(e.place, dict) else e.place.name: e.quantity
            for e in got if e.type == "casualties"}


def test_the_share_after_among_them_is_the_towns() -> None:
    got = tolls("قتل 30 شخصاً في قصف على ريف إدلب أمس، بينهم 12 في بلدة أريحا.")
    assert got["أريحا"] == "12"
    assert [q for p, q in got.items() if p != "أريحا"] == ["30"]


def test_of_them_and_a_list_of_shares() -> None:
    assert tolls("وثق ناشطون مقتل 40 شخصاً في محافظة درعا أمس، منهم 6 في بلدة طفس.")["طفس"] == "6"
    got = tolls("وأحصت الشبكة مقتل 18 مدنياً منذ بدء الحملة، من بينهم 7 في قرية الكبانة و5 في بلدة كنسبا.")
    assert sorted(got.values()) == ["5", "7"]  # (the gazetteer spells them كباني، كنّسبّا)


def test_a_share_killed_at_a_place_told_by_its_verb() -> None:
    got = tolls("وارتفع عدد القتلى منذ بدء الهجوم إلى 60، بينهم 11 قتلوا أمس في قصف على بلدة الدرباسية.")
    assert got["الدرباسية"] == "11"


def test_who_the_dead_were_is_no_share() -> None:
    assert list(tolls("قتل سبعة مدنيين، بينهم طفلان، في قصف على بلدة كفرنبل.").values()) == ["7"]
    assert list(tolls("قتل 12 مدنياً بينهم 5 أطفال في قصف على بلدة كفرنبل.").values()) == ["12"]
    assert list(tolls("قتل عشرة أشخاص بينهم 3 من عناصر الدفاع المدني في قصف على بلدة الصنمين.").values()) == ["10"]


def events_at(text: str, published: str = "2024-05-20") -> list[tuple[str, str]]:
    got = analyze(Article(id="t", raw=text, published=published)).events
    return sorted((e.type, e.place["name"] if isinstance(e.place, dict) else e.place.name) for e in got)


def test_the_town_of_an_officials_title_is_no_events_place() -> None:
    """"وأعلن محافظ المدينة أن ..." (task misread26): the governor's city is the seat of his office, not where
    the arrests he announces happened; "دخلت المدينة" in his words is the town entered."""
    assert events_at("سيطرت فصائل المعارضة على مدينة إدلب.\nوأعلن محافظ المدينة أن الفصائل اعتقلت عشرة أشخاص.") \
        == [("take_control", "إدلب")]
    got = events_at("قصفت قوات النظام مدينة نوى أمس.\nوقال محافظ المدينة إن قوات النظام دخلت المدينة فجر اليوم.")
    assert [t for t, _ in got] == ["attack", "enter"]


def test_a_unit_that_mourns_or_announces_is_no_place() -> None:
    """"تنعى قيادة الفرقة 66 الشهيد ..." (task misread26): the unit's command mourns its dead, it is not where
    they fell, and 66 is its name, no toll; a unit struck stays a place."""
    assert events_at("تنعى قيادة الفرقة 66 الشهيد الملازم أحمد العلي الذي ارتقى أثناء أداء واجبه.", "2025-05-20") == []
    assert events_at("أعلنت قيادة الفرقة 66 مقتل ثلاثة من عناصرها.", "2025-05-20") == []
    got = analyze(Article(id="t", raw="ونعت قيادة اللواء 47 ثلاثة من عناصرها قضوا في هجوم على حاجز قرب بلدة الصنمين.",
                          published="2025-05-20")).events
    assert {(e.type, e.quantity) for e in got if e.type == "casualties"} == {("casualties", "3")}
    assert [t for t, _ in events_at("قصفت طائرات مسيرة مقر الفرقة 66 قرب مدينة تدمر.", "2025-05-20")] == ["attack"]
