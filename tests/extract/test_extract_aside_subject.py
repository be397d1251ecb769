"""A place fronted as the subject of its verb with an aside between commas after its name ("وكانت بلدة X، جنوبي
Y، قد شهدت اشتباكات"): the subject is the place, not the aside's (task placeless41; sentences written for these
tests)."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events_of(text: str, published: str = "2021-05-20"):
    return analyze(Article(id="a", raw=text, published=published)).events


def places(evs, etype: str) -> list[str]:
    return [e.place.name for e in evs if e.type == etype]


def test_a_locating_aside_leaves_the_subject_the_place():
    evs = events_of("وكانت بلدة كفرنبل، جنوبي إدلب، قد شهدت منتصف الشهر الماضي اشتباكات بين فصيلين محليين")
    assert places(evs, "attack") == ["كفرنبل"]
    assert "place:aside-subject" in evs[0].rule


def test_a_describing_aside_too():
    evs = events_of("وكان حي بابا عمرو، أكبر أحياء حمص، قد شهد خلال الأيام الماضية قصفاً عنيفاً من المدفعية")
    assert places(evs, "attack") == ["بابا عمرو"]


def test_a_speakers_home_set_off_by_commas_gives_no_place():
    evs = events_of("وقال ناشط من بلدة كفرنبل، جنوبي إدلب، إن اشتباكات بين فصيلين اندلعت مساء أمس")
    assert not places(evs, "attack")
