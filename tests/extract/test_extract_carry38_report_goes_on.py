"""Task carry38: how far a reporter's attribution runs on. A sentence with no speaker of its own that goes on with the
one just before it ("و" + verb, "كما", "وأما") and tells more of the same kind of happening keeps that sentence's
reporter (a monitor, an agency, local sources); the article's own voice takes over at another kind of happening, a
recap ("وكانت ... قد"), a change of topic ("وفي سياق آخر") and after a party's own claim. Own sentences
(bench/sentences/carry38.txt), the convention of the shared gold."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def _sources(text: str, kind: str) -> dict[str, str]:
    events = analyze(Article(id="s", raw=text, published="2024-12-02")).events
    return {e.place.name: e.source.name_en for e in events if e.type == kind and e.place is not None}


def test_the_same_kind_of_happening_goes_on_with_the_monitor() -> None:
    got = _sources("أكد المرصد السوري لحقوق الإنسان في تقرير له أن قوات النظام دخلت مدينة خان شيخون بعد معارك عنيفة. ودخلت"
                   " القوات مساء اليوم بلدة التمانعة المجاورة", "enter")
    assert got["التمانعة"] == "Syrian Observatory for Human Rights"


def test_kama_goes_on_with_the_agency() -> None:
    got = _sources("ذكرت وكالة الأناضول أن طائرات روسية قصفت مدينة معرة النعمان صباح اليوم. كما قصفت الطائرات بلدة"
                   " كفرنبل بعد الظهر", "attack")
    assert got["كفرنبل"] == "Anadolu"


def test_another_kind_of_happening_is_the_articles() -> None:
    got = _sources("أكد المرصد السوري لحقوق الإنسان في تقرير له أن طائرات حربية قصفت بلدة كفرنبل. وسيطرت الفصائل مساء اليوم على"
                   " قرية الهبيط", "take_control")
    assert got["الهبيط"] == "the article"


def test_a_recap_and_a_change_of_topic_are_the_articles() -> None:
    got = _sources("ذكرت وكالة الأناضول أن طائرات روسية قصفت مدينة معرة النعمان. وكانت الطائرات قد قصفت بلدة كفرنبل"
                   " الأسبوع الماضي", "attack")
    assert got["كفرنبل"] == "the article"
    got = _sources("أكد المرصد السوري لحقوق الإنسان في تقرير له أن طائرات حربية قصفت بلدة كفرنبل. وفي سياق آخر، قصفت المدفعية"
                   " بلدة التمانعة", "attack")
    assert got["التمانعة"] == "the article"


def test_a_partys_own_claim_does_not_run_on() -> None:
    got = _sources("أعلنت غرفة عمليات الجنوب في بيان سيطرة مقاتليها على مدينة بصرى الشام. كما سيطرت الفصائل على بلدة الحراك",
                   "take_control")
    assert got["بصرى الشام"] == "Southern Operations Room"
    assert got["الحراك"] == "the article"


def test_a_day_of_its_own_before_the_report_is_background() -> None:
    got = _sources("أكد المرصد السوري لحقوق الإنسان في تقرير له أن قوات النظام سيطرت على مدينة تدمر اليوم. وسيطر التنظيم على مدينة"
                   " السخنة في أيار 2015", "take_control")
    assert got["السخنة"] == "the article"
