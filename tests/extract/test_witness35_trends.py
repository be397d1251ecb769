"""Task witness35: a place that "witnesses" a trend is not an event. A place as the subject of شهد/تشهد whose
witnessed thing carries a word of repetition or spread (متكررة، متفرقة، سلسلة، موجة، تصاعد، شبه يومية), told over a
long span (منذ أشهر، خلال السنوات الماضية، منذ سقوط النظام، منذ ذلك الحين) or with the present of habit, gives no
event at the place; a dated happening with شهد, one told with a short span (صباح اليوم، أمس), an example that names
its own place and a time subject stay events. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2025-06-10") -> list[tuple[str, str]]:
    evs = analyze(Article(id="witness35", raw=text, published=published)).events
    return [(e.type, e.place.name if e.place else "") for e in evs]


def test_a_repeated_happening_over_a_long_span_is_a_trend() -> None:
    assert events("وتشهد بلدات ريف درعا الغربي منذ أشهر عمليات اغتيال متكررة تطال عناصر سابقين في الفصائل") == []
    assert events("وشهدت قرى ريف إدلب الجنوبي خلال السنوات الماضية موجة اغتيالات طالت قادة ميدانيين") == []
    assert events("وتشهد مدينة جبلة منذ سقوط النظام سلسلة هجمات تستهدف دوريات الأمن العام") == []
    assert events("وتشهد محافظة القنيطرة خلال الأشهر الماضية ارتفاعاً في حوادث إطلاق النار") == []


def test_since_then_the_town_witnesses_a_trend_after_a_dated_event() -> None:
    got = events("يذكر أن الفصائل سيطرت على بلدة الصنمين عام 2018، ومنذ ذلك الحين تشهد البلدة اغتيالات شبه يومية")
    assert [t for t, _ in got] == ["take_control"]


def test_the_present_of_habit_with_a_repeated_happening_is_a_trend() -> None:
    assert events("وتشهد قرى ريف دير الزور الشرقي هجمات متكررة تتبناها خلايا التنظيم") == []
    assert events("ويشهد حي الوعر اعتقالات متفرقة تنفذها دوريات الأمن العام") == []


def test_a_short_span_or_a_dated_happening_stays_an_event() -> None:
    assert ("attack", "الصنمين") in events("وشهدت مدينة الصنمين قصفاً مدفعياً متكرراً صباح اليوم")
    assert ("attack", "داعل") in events("وشهدت بلدة داعل أمس اشتباكات عنيفة بين مسلحين محليين وقوات الأمن العام")
    assert ("attack", "الخالدية") in events("وشهد حي الخالدية ليل أمس اشتباكات متفرقة بين مجموعات مسلحة")


def test_an_example_of_the_trend_naming_its_place_is_an_event() -> None:
    got = events("وتشهد المنطقة منذ أشهر هجمات متفرقة، أبرزها هجوم على حاجز للأمن العام في بلدة الحراك الشهر الماضي")
    assert ("attack", "الحراك") in got


def test_a_long_span_without_repetition_and_a_time_subject_stay_events() -> None:
    assert ("attack", "دير حافر") in events("وتشهد جبهات دير حافر منذ أسابيع معارك عنيفة بين الجيش وقسد")
    got = events("وشهدت الأيام الماضية قصفاً مدفعياً متقطعاً على بلدتي كنسبا والكبانة")
    assert len([p for t, p in got if t == "attack"]) == 2  # (the gazetteer's spellings: "كنّسبّا"، "كباني")


def test_an_aside_on_the_place_and_a_span_since_a_happening() -> None:
    assert events("وشهدت بلدات ريف حماة الشمالي، الخاضعة لسيطرة الحكومة، هجمات متكررة خلال الأشهر الماضية") == []
    got = events("وشهدت مدينة السلمية منذ انسحاب الفصائل منها اشتباكات متفرقة بين مجموعات محلية")
    assert [t for t, _ in got] == ["withdraw"]  # the span's start is its own happening; the clashes a trend
    got = events("وتشهد المنطقة الواقعة شرق مدينة حمص اشتباكات متواصلة منذ فك الحصار عن مطار التيفور العسكري")
    assert [t for t, _ in got] == ["other"]  # the siege lifted at the airport, no clash at the area


def test_a_dated_start_of_repeated_attacks_stays_an_event() -> None:
    assert ("attack", "القصير") in events("وكانت مدينة القصير قد شهدت منذ أيار 2013 اعتداءات متكررة على حواجز الجيش")


def test_a_trend_counted_by_a_documenting_clause_is_a_tally_at_the_place() -> None:
    got = events("وتشهد محافظة القنيطرة منذ سنوات عمليات اغتيال وهجمات متكررة، وثق مكتب محلي منها أكثر من 40 عملية "
                 "خلال عام 2024 وحده")
    assert {t for t, _ in got} == {"attack", "casualties"}
    assert events("وتشهد محافظة القنيطرة منذ سنوات عمليات اغتيال وهجمات متكررة، في ظل انتشار السلاح") == []


def test_the_happening_a_span_starts_from_stays_an_event() -> None:
    got = events("وتشهد مدينة دير الزور معارك يومية منذ أن دخلها مقاتلو التنظيم في آذار الماضي")
    assert [t for t, _ in got] == ["enter"]


def test_a_wave_of_flight_is_the_displacement_itself() -> None:
    assert ("displacement", "سراقب") in events("وتشهد مدينة سراقب منذ أسابيع موجة نزوح واسعة نحو الحدود")
