"""What looks like an event and is not, beside its twin that is one (task nonevent19): a verb of analysis fronted
before the happening, capacity, what a happening opens the way to, commemorations, court cases, dangers, a
condition with "إن لم", figures of speech and games read right after the trigger (cues.tsv hypo_after), road
accidents, links to other stories, spending time ("قضى طفولته"), submitting ("تقدم بمشروع"), a rank ("تقدم إلى
المركز"), intentions with "بصدد"/"تتهيأ", and a deal told as "ضمن اتفاق". Sentences written for these tests."""
from __future__ import annotations

import pytest

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str) -> set[tuple[str, str, str]]:
    evs = analyze(Article(id="nonevent19", raw=text, published=published)).events
    return {(e.type, e.place.name, e.polarity) for e in evs}


NONE = [
    ("ويعكس سقوط بلدة كفرنبودة ضعف دفاعات الفصائل.", "2019-05-10"),
    ("ويمثل دخول القوات التركية إلى مدينة جرابلس بداية مرحلة جديدة.", "2016-08-25"),
    ("وتقول الفصائل إنها قادرة على استعادة مدينة مورك خلال أيام.", "2019-08-20"),
    ("ويملك الجيش القدرة على شن غارات على مدينة أريحا.", "2020-01-11"),
    ("ويرى محللون أن سقوط حلب يفتح الطريق أمام تقدم الفصائل نحو مدينة حماة.", "2024-12-01"),
    ("وفي الذكرى الثامنة لقصف مدينة خان شيخون بالكيماوي خرج ناشطون بمعرض للصور.", "2025-04-04"),
    ("وأرجأت المحكمة النظر في قضية تفجير مدينة القامشلي.", "2023-10-02"),
    ("ونبه الأهالي إلى خطر تجدد القصف على بلدة الأتارب.", "2021-03-03"),
    ("وتوعد القائد بطرد المسلحين من بلدة الكرك إن لم ينسحبوا.", "2018-06-20"),
    ("وشنت قنوات موالية هجوماً إعلامياً على محافظ درعا.", "2022-02-02"),
    ("ووجه النائب قصفاً كلامياً لوزير الزراعة في دمشق.", "2022-02-03"),
    ("وسيطر فريق حطين على مجريات اللقاء في ملعب مدينة جبلة.", "2023-01-14"),
    ("ولقي شابان حتفهما في حادث سير على طريق حلب دمشق قرب مدينة سراقب.", "2022-05-05"),
    ("اقرأ أيضاً: الجيش يدخل مدينة القصير", "2013-06-06"),
    ("وقضى المهندس سنوات في مدينة حمص قبل أن يهاجر.", "2020-09-09"),
    ("وتقدمت المحافظة بمشروع لتأهيل طريق مدينة السلمية.", "2021-10-10"),
    ("وتقدم نادي الجيش إلى المركز الأول بعد فوزه في مدينة طرطوس.", "2021-10-11"),
]


@pytest.mark.parametrize("text,published", NONE)
def test_no_event(text: str, published: str) -> None:
    assert events(text, published) == set()


WANTED = [
    ("وسقطت بلدة كفرنبودة بيد قوات النظام.", "2019-05-09", ("take_control", "كفرنبودة", "asserted")),
    ("واستعادت الفصائل مدينة مورك.", "2019-08-21", ("take_control", "مورك", "asserted")),
    ("وأثبتت الفصائل قدرتها على الصمود، إذ صدت هجوماً على بلدة كباني.", "2019-06-01",
     ("attack", "كباني", "asserted")),
    ("وشنت قنوات موالية وطائرات حربية هجوماً على مدينة درعا.", "2022-02-02", ("attack", "درعا", "asserted")),
    ("وقصفت الطائرات الحربية المركز الإعلامي في مدينة إدلب.", "2017-06-01", ("attack", "إدلب", "asserted")),
    ("وباتت قوات النظام على مرمى حجر من بلدة اللطامنة.", "2019-08-10", ("advance", "اللطامنة", "asserted")),
    ("وتقدمت قوات النظام نحو مدينة السلمية.", "2021-10-10", ("advance", "السلمية", "asserted")),
    ("وقضى ثلاثة مدنيين بقصف على بلدة كفرنبل.", "2019-03-01", ("casualties", "كفرنبل", "asserted")),
    ("وأفادت مصادر بأن روسيا بصدد نشر قوات في مدينة منبج.", "2019-10-14", ("deploy", "منبج", "expected")),
    ("وتتهيأ قوات النظام لاقتحام مدينة داريا.", "2016-08-01", ("enter", "داريا", "expected")),
]


@pytest.mark.parametrize("text,published,want", WANTED)
def test_twin_is_event(text: str, published: str, want: tuple[str, str, str]) -> None:
    assert want in events(text, published)


def test_deal_named_with_dimn_is_manner() -> None:
    """"ضمن اتفاق" after a move tells how it came about, as "بموجب اتفاق": no agreement event of its own."""
    got = events("وخرج مقاتلو المعارضة من بلدة مضايا ضمن اتفاق المدن الأربع.", "2017-04-14")
    assert ("withdraw", "مضايا", "asserted") in got
    assert not any(t == "other" for t, _, _ in got)


def test_camp_named_by_its_dwellers_is_the_towns() -> None:
    """"مخيم النازحين في بلدة X" names no camp: the strike is at the town (read/places.py, camp_occupant_noun)."""
    got = events("وسقطت قذائف على مخيم النازحين في بلدة أطمة.", "2020-03-01")
    assert ("attack", "أطمة", "asserted") in got
    assert not any("النازحين" in p for _, p, _ in got)


def test_camp_with_a_name_stays() -> None:
    assert ("attack", "مخيم اليرموك", "asserted") in events("وقصفت قوات النظام مخيم اليرموك.", "2018-04-25")


def test_presence_after_where_describes_the_place() -> None:
    """"بلدة X حيث تتمركز القوات": status, as "التي تتمركز فيها"; a perfect after it stays a deployment."""
    assert events("ويقيم آلاف المدنيين في مدينة الباب حيث تنتشر الفصائل الموالية لتركيا.", "2019-01-05") == set()
    got = events("ووصلت القوات إلى مدينة الباب حيث تمركزت في مقر البلدية.", "2017-03-01")
    assert any(t == "deploy" and pol == "asserted" for t, _, pol in got)


NEGATED_INTENT = [
    ("وقال المتحدث إن الجيش لا ينوي دخول مدينة جاسم.", "2021-09-01"),
    ("وأكدت الفصائل أنها لا تخطط للانسحاب من بلدة طفس.", "2021-09-02"),
    ("وقالت الوزارة إنها لم تقرر بعد نشر قوات في مدينة شهبا.", "2025-06-01"),
    ("وأكد القائد أنه لا نية لديه لشن هجوم على مدينة الصنمين.", "2020-03-01"),
]


@pytest.mark.parametrize("text,published", NEGATED_INTENT)
def test_negated_intention_gives_none(text: str, published: str) -> None:
    assert events(text, published) == set()


def test_intention_and_decision_are_expected() -> None:
    assert ("enter", "جاسم", "expected") in events("وقال المتحدث إن الجيش ينوي دخول مدينة جاسم.", "2021-09-01")
    assert ("enter", "شهبا", "expected") in events("وقالت الوزارة إنها قررت دخول مدينة شهبا.", "2025-06-01")


def test_negated_intention_ends_at_a_comma() -> None:
    got = events("وقال الضابط إن القوة لا تنوي البقاء في بلدة جباتا الخشب، وإنها انسحبت منها فجراً.", "2025-02-01")
    assert ("withdraw", "جباثا الخشب", "asserted") in got  # (the gazetteer spells it with ث)


def test_acting_institution_sits_where_a_further_place_is_named() -> None:
    """"اعتقلت مديرية الأمن العام في حمص ... في حي X": Homs is the directorate's seat, the act is at X."""
    got = events("واعتقلت مديرية الأمن العام في حمص أربعة مطلوبين في حي الوعر.", "2025-03-01")
    assert ("other", "الوعر", "asserted") in got
    assert not any(p == "حمص" for _, p, _ in got)


def test_acting_institution_with_one_place_keeps_it() -> None:
    got = events("وداهمت قيادة الأمن الداخلي منازل في مدينة الميادين.", "2025-05-03")
    assert ("other", "الميادين", "asserted") in got
