"""Task frames40: trigger frames written from the language, where the object of the verb makes the event. A release
told by "أخلى سبيل" or by "أطلق"/"استعاد" with a captive as object, a swap told by "مبادلة"/"مقايضة", people handed
over by "سلّم", hostages taken, executions by hanging, stoning or beheading, the form-I raid verb "دهم", young men
taken for conscription by "سحب", curfews told by "منع التجول", crossings closed by suspending traffic, demolition,
arson by "حرق" or "أحرق" with an indefinite object, a salvo of rockets, a shelling told by "أمطر", munitions told by
"طالت", new posts set up ("استحدث"), understandings reached, civilians moved out told by the noun "إخلاء", and their
near-misses (bodies carried, looting, rain, civil campaigns, hacking, prices freed, a paper withdrawn). Sentences
written for these tests."""
from __future__ import annotations

import pytest

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2025-03-01") -> list[tuple[str, str]]:
    evs = analyze(Article(id="frames40", raw=text, published=published)).events
    return [(e.type, e.place.name if e.place else "") for e in evs]


def _has(got: list[tuple[str, str]], kind: str, place: str) -> bool:
    return any(t == kind and place in p for t, p in got)


FRAMES = [
    # (sentence, the event it gives, type at a place fragment; the types it must not give)
    ("وأخلت النيابة العامة سبيل خمسة عشر موقوفاً في مدينة حماة أمس", ("other", "حماة"), {"withdraw"}),
    ("وأطلق الخاطفون الرهائن الثلاثة في مدينة إنخل مساء الجمعة", ("other", "إنخل"), set()),
    ("واستعادت الشرطة مخطوفاً من أيدي عصابة في بلدة صيدنايا", ("other", "صيدنايا"), {"take_control"}),
    ("وتمت مبادلة أسرى بين الطرفين في مدينة السلمية", ("other", "السلمية"), set()),
    ("وسلّم الفصيل سبعة أسرى إلى الأمن العام في مدينة بصرى الشام", ("other", "بصرى الشام"), {"take_control"}),
    ("وأخذ المهاجمون ركاب الحافلة رهائن في بلدة الكسوة", ("other", "الكسوة"), set()),
    ("وشنقت الجماعة المتشددة شاباً في ساحة بلدة الشحيل", ("casualties", "الشحيل"), set()),
    ("وقطع المسلحون رأس جندي أسير في مدينة تدمر", ("casualties", "تدمر"), set()),
    ("ودهمت عناصر الأمن مستودعاً في حي الميدان بدمشق", ("other", "الميدان"), set()),
    ("وسحبت دوريات الشرطة العسكرية شباناً من الحافلات في مدينة جبلة للخدمة", ("other", "جبلة"), {"withdraw"}),
    ("وفرضت الشرطة منع التجول في مدينة شهبا ليلتين", ("other", "شهبا"), set()),
    ("وعلّقت السلطات حركة العبور في معبر باب السلامة يوم الاثنين", ("other", "باب السلامة"), set()),
    ("وهدمت الجرافات منازل الأهالي في حي جوبر", ("other", "جوبر"), set()),
    ("وعمد مسلحون إلى حرق محال تجارية في مدينة القرداحة", ("attack", "القرداحة"), set()),
    ("وأمطرت المدفعية قرية الهبيط بالقذائف منذ الفجر", ("attack", "الهبيط"), set()),
    ("وأطلقت الفصائل رشقة صواريخ على مدينة القرداحة", ("attack", "القرداحة"), set()),
    ("واستحدثت وزارة الدفاع نقطة جديدة قرب بلدة نوى", ("deploy", "نوى"), set()),
    ("وتوصل وجهاء مدينة الصنمين إلى تفاهم مع الحكومة", ("other", "الصنمين"), set()),
    ("وبدأ إخلاء سكان قرية الهبيط إلى المخيمات", ("displacement", "الهبيط"), {"withdraw"}),
    ("ونسفت قوات الاحتلال مبنى في بلدة كودنة", ("attack", "كودنة"), set()),
    ("واستقدم الجيش تعزيزات عسكرية إلى مدينة الصنمين", ("deploy", "الصنمين"), set()),
    ("وطالت قذائف الهاون أحياء مدينة السقيلبية", ("attack", "السقيلبية"), set()),
    ("وأحرق المسلحون بيوتاً في قرية الهبيط", ("attack", "الهبيط"), set()),
]


@pytest.mark.parametrize(("text", "want", "never"), FRAMES)
def test_a_frame_gives_its_event(text: str, want: tuple[str, str], never: set[str]) -> None:
    got = events(text)
    assert _has(got, *want), got
    assert not any(t in never for t, _ in got), got


NEAR_MISSES = [
    "ونقلت فرق الدفاع المدني جثامين الشهداء من مدينة جبلة",
    "ونفذ مسلحو الفصيل عمليات تعفيش في بلدة عين ترما",
    "وجرفت السيول سيارات وأراضي في سهل الغاب",
    "وتسبب سقوط أمطار غزيرة بغرق شوارع في مدينة طرطوس",
    "وأطلقت مديرية الصحة حملة تلقيح في مدينة دوما",
    "وشنت البلدية حملة نظافة في مدينة حماة",
    "وسحبت المحافظة ترخيص المطعم في مدينة اللاذقية",
    "واخترق قراصنة حسابات مديرية التربية في مدينة حلب",
    "وقررت الوزارة تحرير أسعار المحروقات في مدينة دمشق",
    "وأطلق الأهالي رشقات نارية ابتهاجاً في مدينة درعا",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_a_near_miss_gives_nothing(text: str) -> None:
    assert events(text) == []
