"""Place reading of constructions the probe13 first-sight articles showed (bench/articles_probe13). Sentences
written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def places(text: str, published: str = "2025-03-22") -> list[str]:
    return [e.place.name for e in analyze(Article(id="p13r", raw=text, published=published)).events]


def test_an_illegal_crossing_is_no_place_named_ghayr() -> None:
    assert places("انتشرت قوات الجيش عند معبر غير نظامي على الحدود اللبنانية.") == []
    assert "غير" not in places("قال المصدر إن دورية رصدت محاولة لإدخال شحنة أسلحة عبر معبر غير شرعي.")


def test_a_unit_after_a_patrol_is_whose_patrol_not_a_place() -> None:
    assert places("وقال المصدر إن دورية من الفرقة 52 رصدت محاولة لإدخال شحنة أسلحة عبر الحدود.") == []
    assert places("تعرضت دوريتان من الفرقة 62 لهجوم مسلح قرب بلدة الشحيل.", "2025-09-02") == ["الشحيل"]


def test_the_turkish_general_staff_is_a_speaker() -> None:
    evs = analyze(Article(id="p13s", raw="وقالت رئاسة الأركان التركية في بيان إن طائرات تركية قصفت ستة عشر هدفاً "
                                         "للتنظيم في محيط بلدة تادف.", published="2017-02-23")).events
    assert [e.source.name_en for e in evs] == ["Turkish General Staff"]


def test_a_speaker_told_to_our_correspondent_is_the_first_hop() -> None:
    for text, want in (("عنوان\nوقال محافظ إدلب لمراسلنا إن القوات انسحبت من بلدة كفرنبل.", "Idlib governor"),
                       ("عنوان\nوقال مصدر عسكري، تحدث لمراسلنا، إن القوات انسحبت من بلدة كفرنبل.", "military source"),
                       ("عنوان\nوقال مصدر عسكري لرويترز إن القوات انسحبت من بلدة كفرنبل.", "Reuters")):
        evs = analyze(Article(id="p13c", raw=text, published="2016-10-16")).events
        assert [e.source.name_en for e in evs] == [want]


def test_a_road_after_a_town_of_residents_is_where_it_happened() -> None:
    assert places("اختُطف طبيب من أبناء مدينة شهبا على طريق دمشق - السويداء.", "2025-12-20") == ["طريق دمشق - السويداء"]
    assert places("قصفت القوات قرية المتونة على طريق دمشق - السويداء.", "2016-04-11") == ["المتونة"]


def test_the_border_guard_is_the_states_and_a_turkish_one_turkeys() -> None:
    def sides(text: str, day: str) -> list[str]:
        return [e.actor.side for e in analyze(Article(id="p13b", raw=text, published=day)).events]
    assert sides("اشتبكت قوات حرس الحدود مع مسلحين قرب بلدة نصيب.", "2015-05-31") == ["government"]
    assert sides("قتل حرس الحدود التركي ثلاثة لاجئين سوريين قرب بلدة خربة الجوز.", "2016-05-31") == ["turkey"]
