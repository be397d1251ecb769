"""Task sources8: who says what, in constructions the attribution reader missed (the "source" figure): the
command of the internal security under its own name, a verb of expectation with its speaker, a count before
the speakers. The sentences are written for these tests."""
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
    return sources[0].attrs["chain"][0]


@pytest.mark.parametrize(("hop", "text"), [
    ("Internal Security Command", "أعلنت قيادة الأمن الداخلي في محافظة حماة منع التجول في المدينة حتى صباح الغد."),
    ("Internal Security Command", "وقالت قيادة الأمن الداخلي إن عناصرها أوقفوا مطلوبين في حي الورود."),
])
def test_internal_security_command(hop: str, text: str) -> None:
    assert _first_hop(text) == hop


@pytest.mark.parametrize(("hop", "text"), [
    ("local sources", "وتتوقع مصادر محلية أن تصل التعزيزات إلى البلدة قبل المساء."),
    ("SANA", "وتوقعت سانا أن تنتهي عمليات التمشيط في الحي خلال يومين."),
    ("activists", "ويتوقع ناشطون أن تستمر المعارك على أطراف القرية."),
])
def test_expectation_verb_reports(hop: str, text: str) -> None:
    assert _first_hop(text) == hop


def test_impersonal_expectation_names_no_speaker() -> None:
    assert not _read("ويتوقع أن تدخل القوات المدينة خلال ساعات.").mentions_of("source")


@pytest.mark.parametrize(("hop", "text"), [
    ("Reuters", "وقال ثلاثة مسؤولين لرويترز إن القصف استهدف مخزنا للذخيرة."),
    ("activists", "وأفاد عدد من الناشطين بأن الاشتباكات تجددت عند مدخل البلدة."),
    ("local sources", "وذكرت عدة مصادر محلية أن المقاتلين غادروا الحي ليلا."),
])
def test_count_before_speakers(hop: str, text: str) -> None:
    assert _first_hop(text) == hop


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


@pytest.mark.parametrize(("hop", "text"), [
    ("Syrian Ministry of Health", "وقالت وزارة الصحة إن المستشفى استقبل عشرات الجرحى."),
    ("Syrian Ministry of Emergency and Disaster Management",
     "وأعلنت وزارة الطوارئ وإدارة الكوارث أن فرقها أخمدت الحرائق في الغابات."),
    ("Syrian Ministry of Information", "وذكرت وزارة الإعلام في بيان أن الطريق أعيد فتحه."),
    ("Lebanese Ministry of Health", "وقالت وزارة الصحة اللبنانية إن الغارة أوقعت ضحايا."),
    ("Syrian Ministry of Interior", "وأفادت وزارة الداخلية بأن الدورية أوقفت المطلوبين."),  # its sources.tsv row
])
def test_ministry_of_a_portfolio(hop: str, text: str) -> None:
    assert _first_hop(text) == hop


def test_ministry_without_portfolio_names_no_one() -> None:
    assert not _read("وقالت وزارة إن الطريق أغلق.").mentions_of("source")


@pytest.mark.parametrize(("name", "hop", "text"), [
    ("opposition", "opposition source", "وذكر مصدر في المعارضة المسلحة أن المقاتلين دخلوا القرية."),
    ("Syrian Ministry of Defence", "Syrian Ministry of Defence source",
     "وقال مصدر في وزارة الدفاع إن الوحدات انتشرت في المدينة."),
    ("Syrian army sources", "Syrian army sources", "وقال مصدران في الجيش السوري إن الوحدات تقدمت نحو البلدة."),
])
def test_one_source_inside_a_body_speaks_for_it(name: str, hop: str, text: str) -> None:
    m = _read(text).mentions_of("source")[0]
    assert (m.attrs["name_en"], m.attrs["chain"]) == (name, [hop])


@pytest.mark.parametrize(("hop", "text"), [
    ("residents", "أظهرت مقاطع مصورة نشرها سكان على مواقع التواصل خروج الجنود من الثكنة."),
    ("Syrian state TV", "وأظهر مقطع مصور بثه التلفزيون السوري رفع العلم فوق المبنى."),
    ("social media", "وأظهرت مقاطع مصورة دخول المقاتلين إلى الساحة."),  # no poster named: the video's own label
])
def test_a_video_speaks_for_its_poster(hop: str, text: str) -> None:
    assert _first_hop(text) == hop


@pytest.mark.parametrize(("hop", "text"), [
    ("Hayat Tahrir al-Sham", "ووجهت هيئة تحرير الشام دعوة للعناصر في المدينة إلى ترك مواقعهم."),
    ("Military Operations Command", "وجهت قوات عملية ردع العدوان نداء أخيرا للجنود في الثكنة."),
])
def test_a_call_is_the_callers(hop: str, text: str) -> None:
    assert _first_hop(text) == hop


def test_verb_of_a_call_without_a_call_reports_nothing() -> None:
    assert not _read("ووجه الطيران ضربات على مواقع في محيط البلدة.").mentions_of("source")


@pytest.mark.parametrize(("hop", "text"), [
    ("field commander", "وقال قائد ميداني إن المعارك تركزت على أطراف القرية."),
    ("commander", "وقال قيادي عسكري إن المعارك تركزت على أطراف القرية."),
    ("Russian Reconciliation Centre", "وأعلن المركز الروسي للمصالحة فتح ممر لخروج المدنيين."),
    ("Russian coordination centre", "ونقلت سانا عن مركز التنسيق الروسي أن الغارات استهدفت مقرات للمسلحين."),
])
def test_english_names_of_speakers(hop: str, text: str) -> None:
    chain = _read(text).mentions_of("source")[0].attrs["chain"]
    assert hop in chain


@pytest.mark.parametrize(("hop", "text"), [
    ("Enab Baladi", "وعلمت عنب بلدي من مصادر محلية أن الطريق أغلق أمام المدنيين."),
    ("Syrian Observatory for Human Rights", "فيما علم المرصد السوري أن المقاتلين غادروا الحي ليلا."),
])
def test_learned_reports_with_a_complementizer(hop: str, text: str) -> None:
    assert _first_hop(text) == hop


def test_a_flag_is_no_report() -> None:
    assert not _read("ورفع الجنود علم النظام فوق مبنى البلدية.").mentions_of("source")


def test_recorded_is_a_monitors_report() -> None:
    assert _first_hop("وسجل المرصد السوري مقتل مدنيين في قصف على البلدة.") == "Syrian Observatory for Human Rights"
    assert not _read("وسجلت حالات نزوح من البلدة.").mentions_of("source")


@pytest.mark.parametrize(("hop", "text"), [
    ("National Liberation Front", "وقال الناطق العسكري باسم الجبهة الوطنية للتحرير إن المعارك توقفت."),
    ("Israeli army", "وقال المتحدث العسكري باسم الجيش الإسرائيلي إن القوات انسحبت من القرية."),
])
def test_military_spokesperson_speaks_for_the_body(hop: str, text: str) -> None:
    assert _first_hop(text) == hop
