"""Which telling of one happening an article keeps (dedupe, issue 12): a telling attributed to a source is
kept over the article's own, unless the article's own states its day and the source tells another day; the
kept telling gives both source and date. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article, Event
from tawatur.pipeline import analyze

HEAD = "أخبار الميدان\n\n"


def told(text: str, etype: str, place: str) -> Event:
    (e,) = [e for e in analyze(Article(id="a", raw=HEAD + text, published="2017-04-23")).events
            if e.type == etype and e.place is not None and e.place.name == place]
    return e


def test_the_outlets_own_dated_telling_stays_over_a_source_telling_another_day():
    e = told("قصفت طائرات حربية روسية بلدة كفرنبل في ريف إدلب الجنوبي، اليوم الأحد، ما أدى إلى دمار واسع في المنازل.\n"
             "وقال ناشطون محليون إن الطائرات الروسية قصفت بلدة كفرنبل أمس السبت بعدة صواريخ.", "attack", "كفرنبل")
    assert (e.source.name_en, e.date.value, e.sentence) == ("the article", "2017-04-23", 0)


def test_an_undated_lead_gives_way_to_the_source_that_tells_it():
    # the lead borrows the news day of the body: no day of its own, the source's telling is the specific one
    e = told("قصفت المدفعية التركية قرية العريمة قرب منبج.\n"
             "وقالت قوات سوريا الديمقراطية في بيان إن المدفعية التركية قصفت قرية العريمة أمس السبت بعشرات القذائف.",
             "attack", "العريمة")
    assert (e.source.name_en, e.date.value, e.sentence) == ("SDF", "2017-04-22", 1)


def test_a_source_telling_the_same_day_is_still_the_more_specific_sentence():
    e = told("قصفت طائرات حربية روسية بلدة كفرنبل في ريف إدلب الجنوبي، اليوم الأحد.\n"
             "وقال ناشطون محليون إن الطائرات الروسية قصفت بلدة كفرنبل اليوم بعدة صواريخ.", "attack", "كفرنبل")
    assert e.source.name_en == "activists" and e.date.value == "2017-04-23"


def test_our_correspondent_reports_as_the_correspondent_and_its_dated_telling_stays():
    # "مراسلنا" with no outlet named before it: the outlet's own correspondent, "correspondent" as most own
    # article sets name it (task src28)
    e = told("قصفت المدفعية التركية، اليوم الأحد، قرية العريمة قرب منبج، ما أدى إلى إصابة أربعة مدنيين، حسب ما نقل مراسلنا.\n"
             "وقالت قوات سوريا الديمقراطية في بيان إن المدفعية التركية قصفت قرية العريمة أمس السبت.", "attack", "العريمة")
    assert (e.source.name_en, e.date.value, e.sentence) == ("correspondent", "2017-04-23", 0)
