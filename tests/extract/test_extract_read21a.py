"""Task read21a (heldout21, half a): the speaker's seat in a reporting clause, the plural ambush after "تعرض", and
a victim's force after "قيادي آخر في". Our own texts, invented details, real places."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def _events(text: str, day: str = "2025-07-02") -> list:
    return list(analyze(Article(id="x21a", raw=text, published=day)).events)


def test_the_speakers_seat_is_no_place_of_the_report() -> None:
    assert _events("وقال مسؤول أمني في طرطوس إن الحملة أسفرت عن القبض على تسعة مطلوبين") == []


def test_the_reports_own_place_still_counts() -> None:
    events = _events("وقال مسؤول أمني إن الحملة أسفرت عن القبض على تسعة مطلوبين في مدينة طرطوس")
    assert [(e.type, e.place.name) for e in events] == [("other", "طرطوس")]


def test_a_speaker_that_reports_its_own_act_acts_at_its_seat() -> None:
    events = _events("وقالت مجموعات محلية في مدينة جاسم إنها سيطرت بدورها على حواجز عسكرية عدة")
    assert [(e.type, e.place.name) for e in events] == [("take_control", "جاسم")]


def test_exposed_to_ambushes_is_an_attack() -> None:
    events = _events("وتعرضت دوريات الأمن العام لكمائن على طريق جبلة – القرداحة خلال الشهر الماضي")
    assert [e.type for e in events] == ["attack"]


def test_another_leader_in_the_group_is_its_victim_not_the_striker() -> None:
    events = _events("ولم تكن هذه أولى عمليات التحالف الدولي في المنطقة، إذ قُتل قيادي آخر في التنظيم بغارة مسيّرة "
                     "استهدفت سيارته قرب بلدة أطمة في أيار الماضي", "2025-08-14")
    assert {e.actor.side for e in events if e.type in ("attack", "casualties")} == {"usa"}


def test_residents_speak_from_where_it_happens() -> None:
    events = _events("ويقول سكان في بلدة مضايا إن القناصة يطلقون النار على كل من يقترب من أطراف البلدة", "2016-01-12")
    assert [(e.type, e.place.name) for e in events] == [("attack", "مضايا")]


def test_a_date_after_a_road_named_by_two_towns_is_the_events() -> None:
    events = _events("واختُطف ثلاثة مدنيين على طريق دمشق – السويداء في تموز الماضي", "2025-09-04")
    assert [str(e.date.value)[:7] for e in events] == ["2025-07"]


def test_a_date_after_an_unhyphenated_road_stays_the_events() -> None:
    events = _events("واختُطف ثلاثة مدنيين على طريق دمشق-السويداء في تموز الماضي", "2025-09-04")
    assert [str(e.date.value)[:7] for e in events] == ["2025-07"]
