"""Task sources8: who says what, in constructions the attribution reader missed (the "source" figure): the
command of the internal security under its own name, a verb of expectation with its speaker, a count before
the speakers, a report that is the object of a denial, a ministry of a portfolio, one source inside a body, a
video and its poster, a call and its caller, "learned" and "recorded", a military spokesperson, and English
names of speakers. The sentences are written for these tests."""
from __future__ import annotations

import pytest

from tawatur.clean.segment import segment
from tawatur.model import Article
from tawatur.read.actors import read_actors
from tawatur.read.persons import read_persons
from tawatur.read.places import read_places
from tawatur.read.sources import read_sources


def _read(text: str) -> Article:
    article = segment(Article(id="t", raw=text, text=text))
    return read_sources(read_persons(read_actors(read_places(article))))


def _first_hop(text: str) -> str:
    sources = _read(text).mentions_of("source")
    assert sources, f"no attribution read in {text!r}"
    return sources[0].attrs["name_en"]


FIRST_HOPS = [  # (construction, the first hop's English name, sentence)
    ("command", "Internal Security Command", "أعلنت قيادة الأمن الداخلي في محافظة حماة منع التجول في المدينة."),
    ("command", "Internal Security Command", "وقالت قيادة الأمن الداخلي إن عناصرها أوقفوا مطلوبين في حي الورود."),
    ("expects", "local sources", "وتتوقع مصادر محلية أن تصل التعزيزات إلى البلدة قبل المساء."),
    ("expects", "SANA", "وتوقعت سانا أن تنتهي عمليات التمشيط في الحي خلال يومين."),
    ("expects", "activists", "ويتوقع ناشطون أن تستمر المعارك على أطراف القرية."),
    ("count", "Reuters", "وقال ثلاثة مسؤولين لرويترز إن القصف استهدف مخزنا للذخيرة."),
    ("count", "activists", "وأفاد عدد من الناشطين بأن الاشتباكات تجددت عند مدخل البلدة."),
    ("count", "local sources", "وذكرت عدة مصادر محلية أن المقاتلين غادروا الحي ليلا."),
    ("ministry", "Syrian Ministry of Health", "وقالت وزارة الصحة إن المستشفى استقبل عشرات الجرحى."),
    ("ministry", "Syrian Ministry of Emergency and Disaster Management",
     "وأعلنت وزارة الطوارئ وإدارة الكوارث أن فرقها أخمدت الحرائق في الغابات."),
    ("ministry", "Syrian Ministry of Information", "وذكرت وزارة الإعلام في بيان أن الطريق أعيد فتحه."),
    ("ministry", "Lebanese Ministry of Health", "وقالت وزارة الصحة اللبنانية إن الغارة أوقعت ضحايا."),
    ("ministry", "Syrian Ministry of Interior", "وأفادت وزارة الداخلية بأن الدورية أوقفت المطلوبين."),  # its own row
    ("video", "residents", "أظهرت مقاطع فيديو نشرها سكان الحي صباحا خروج الجنود من الثكنة."),
    ("video", "Syrian state TV", "وأظهر مقطع مصور بثه التلفزيون السوري رفع العلم فوق المبنى."),
    ("video", "social media", "وأظهرت مقاطع مصورة دخول المقاتلين إلى الساحة."),  # no poster: the video's label
    ("call", "Hayat Tahrir al-Sham", "ووجهت هيئة تحرير الشام دعوة للعناصر في المدينة إلى ترك مواقعهم."),
    ("call", "Military Operations Command", "وجهت قيادة ردع العدوان نداء أخيرا للجنود في الثكنة."),
    ("learned", "Enab Baladi", "وعلمت عنب بلدي من مصادر محلية أن الطريق أغلق أمام المدنيين."),
    ("learned", "Syrian Observatory for Human Rights", "وعلم المرصد السوري من مصادره أن المقاتلين غادروا الحي ليلا."),
    ("recorded", "Syrian Observatory for Human Rights", "وسجل المرصد السوري مقتل مدنيين في قصف على البلدة."),
    ("spokesperson", "National Liberation Front", "وقال الناطق العسكري باسم الجبهة الوطنية للتحرير إن المعارك توقفت."),
    ("spokesperson", "Israeli army", "وقال المتحدث العسكري باسم الجيش الإسرائيلي إن القوات انسحبت من القرية."),
    ("name", "field commander", "وقال قائد ميداني إن المعارك تركزت على أطراف القرية."),
    ("name", "commander", "وقال قيادي عسكري إن المعارك تركزت على أطراف القرية."),
    ("name", "Russian Reconciliation Centre", "وأعلن المركز الروسي للمصالحة فتح ممر لخروج المدنيين."),
]


@pytest.mark.parametrize(("construction", "hop", "text"), FIRST_HOPS)
def test_first_hop(construction: str, hop: str, text: str) -> None:
    assert _first_hop(text) == hop, construction


@pytest.mark.parametrize("text", [
    "ويتوقع أن تدخل القوات المدينة خلال ساعات.",  # impersonal: no one expects
    "وقالت وزارة إن الطريق أغلق.",  # a ministry of no portfolio
    "ووجه الطيران ضربات على مواقع في محيط البلدة.",  # the verb of a call without a call
    "ورفع الجنود علم النظام فوق مبنى البلدية.",  # a flag, no "learned"
    "وسجلت حالات نزوح من البلدة.",  # recorded, by no one
])
def test_no_speaker(text: str) -> None:
    assert not _read(text).mentions_of("source")


@pytest.mark.parametrize(("hop", "text"), [
    ("Syrian Ministry of Defence", "نفت وزارة الدفاع، الأربعاء، تقارير إعلامية تحدثت عن خروج قواتها من البلدة."),
    ("Syrian Ministry of Defence", "ونفت وزارة الدفاع في دمشق أنباء تحدثت عن سحب وحداتها من الريف."),
    ("Syrian Observatory for Human Rights", "ونفى المرصد السوري تقارير تحدثت عن دخول التنظيم إلى القرية."),
])
def test_denied_report_is_the_deniers(hop: str, text: str) -> None:
    sources = _read(text).mentions_of("source")
    assert [m.attrs["chain"][0] for m in sources] == [hop]
    assert sources[0].attrs["denial"]


def test_report_not_denied_keeps_its_speaker() -> None:
    text = "وأكدت الوزارة ذلك، فيما تحدثت تقارير إعلامية عن اشتباكات في محيط البلدة."
    assert "media reports" in [m.attrs["chain"][0] for m in _read(text).mentions_of("source")]


@pytest.mark.parametrize(("name", "hop", "text"), [
    ("opposition", "opposition source", "وذكر مصدر في المعارضة المسلحة أن المقاتلين دخلوا القرية."),
    ("Syrian Ministry of Defence", "Syrian Ministry of Defence source",
     "وقال مصدر في وزارة الدفاع إن الوحدات انتشرت في المدينة."),
    ("Syrian army sources", "Syrian army sources", "وقال مصدران في الجيش السوري إن الوحدات تقدمت نحو البلدة."),
])
def test_one_source_inside_a_body_speaks_for_it(name: str, hop: str, text: str) -> None:
    m = _read(text).mentions_of("source")[0]
    assert (m.attrs["name_en"], m.attrs["chain"]) == (name, [hop])


def test_coordination_centre_keeps_its_name_as_inner_hop() -> None:
    text = "ونقلت سانا عن مركز التنسيق الروسي أن الغارات استهدفت مقرات للمسلحين."
    assert _read(text).mentions_of("source")[0].attrs["chain"] == ["SANA", "Russian coordination centre"]


def test_a_ministry_noun_ending_the_sentence() -> None:
    assert _read("وأفاد الدفاع المدني بمقتل مدنيين، بينما نفت وزارة").mentions_of("source")


def test_the_agency_with_no_agency_quoted_before_is_not_the_force_named_before() -> None:
    # "وقالت الوكالة" in an outlet's own report: no agency was quoted, so it is not ISIS, the sentence's force
    text = "سيطر مقاتلو تنظيم الدولة على حي الصناعة في دير الزور. وقالت الوكالة إن الاشتباكات مستمرة في حي الجورة."
    assert all(m.attrs.get("side") != "isis" for m in _read(text).mentions_of("source"))
    # one quoted before is what it points at
    text = "ونقلت وكالة سانا عن مصدر أن الجيش دخل حي الصناعة. وقالت الوكالة إن الاشتباكات مستمرة في حي الجورة."
    assert [m.attrs["name_en"] for m in _read(text).mentions_of("source")][-1] == "SANA"
