"""A sentence that continues the report before it ("وأضاف أن ..."، "وتابع ...") with no place of its own inherits
the last event's places; when that event has more than one, the salience model keeps the plausible ones (task
backref40b): the place a flight left, not its refuge; a town an event took, with the verdict in the provenance.
Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events_of(text: str, published: str) -> list:
    return analyze(Article(id="s", raw=text, published=published)).events


def places(evs, etype: str) -> set[str]:
    return {e.place.name for e in evs if e.type == etype and e.place}


def test_continuation_after_a_flight_stays_at_the_town_left():
    """"نزح ... من بلدة X إلى مدينة Y. وأضاف أن ...": the strike the speaker adds is at X, not at the refuge Y,
    and the rule names the model's features."""
    evs = events_of("فرت عائلات كثيرة من بلدة معرشورين إلى مدينة معرة مصرين ليلة أمس. وأضاف الناشط أن المدفعية "
                    "دمرت عدداً من البيوت صباح اليوم.", "2019-12-23")
    assert places(evs, "displacement") == {"معرشورين", "معرة مصرين"}
    assert places(evs, "attack") == {"معرشورين"}
    rule = next(e.rule for e in evs if e.type == "attack")
    assert "place:continuation+salience(" in rule and "took" in rule


def test_continuation_of_a_flight_from_two_towns_keeps_both_origins():
    """Two towns left and one refuge: the two origins, the refuge out."""
    evs = events_of("نزح السكان من بلدتي معرشمشة وتلمنس نحو مدينة سرمدا. وتابع المصدر أن قوات النظام اعتقلت "
                    "عدداً من الرجال.", "2019-12-24")
    assert places(evs, "other") == {"معرشمشة", "تلمنس"}


def test_guards_one_place_or_a_list_of_scenes_stand():
    """Guards: a flight's own continuation keeps origin and refuge; a strike on two villages told before keeps
    both; a continuation that names the refuge by a back-reference is there."""
    evs = events_of("هرب مئات المدنيين من بلدة معرشورين إلى مدينة معرة مصرين. وأضاف المصدر أن عائلات أخرى نزحت "
                    "معهم في الليلة ذاتها.", "2019-12-23")
    assert places(evs, "displacement") == {"معرشورين", "معرة مصرين"}
    evs = events_of("استهدفت المدفعية قريتي البارة وكنصفرة صباحاً. وأضاف المصدر أن رجلاً قتل.", "2019-06-11")
    assert places(evs, "casualties") == {"البارة", "كنصفرة"}
    evs = events_of("فرت عائلات كثيرة من بلدة معرشورين إلى مدينة معرة مصرين. وأضاف الناشط أن الطائرات استهدفت "
                    "المدينة بعد وصولهم.", "2019-12-23")
    assert places(evs, "attack") == {"معرة مصرين"}


def test_model_keeps_only_the_plausible_places():
    """The model's plausibility: a candidate an event took as its scene; a refuge and a locator are not."""
    from tawatur.extract.salience import Features
    origin = Features(kind="town", dist=1, took=True, lead=True)
    refuge = Features(kind="city", dist=1, lead=True)
    assert origin.score() > refuge.score()
    assert origin.describe() == "salience(kind=town,took,lead,dist=1)"
