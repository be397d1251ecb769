"""Who says what on text the rules were not written from (issue 12, task sources4): a statement before its
speaker ("...، قال X لـY"), a speaker located in a place before the outlet that heard them ("قال سكان في
مدينة X لـY"), the document between "according to" and the speaker ("طبقا لبيان X"), sources qualified by a
nationality ("مصادر كردية"), an office with the state it serves ("وزير الدفاع التركي"), a head of a body
("رئيس المرصد"، "قيادة الجيش"), outlets known by their name ("شبكة شام"، "السويداء 24") and the verb كتب. The
sentences are written for these tests."""
from __future__ import annotations

import pytest

from tawatur.clean.segment import segment
from tawatur.model import Article
from tawatur.pipeline import analyze
from tawatur.read.actors import read_actors
from tawatur.read.persons import read_persons
from tawatur.read.places import read_places
from tawatur.read.sources import read_sources


def _read(text: str) -> Article:
    article = segment(Article(id="t", raw=text, text=text))
    return read_sources(read_persons(read_actors(read_places(article))))


def _first(text: str):
    sources = _read(text).mentions_of("source")
    assert sources, f"no attribution read in {text!r}"
    return sources[0]


def _scope(text: str, m) -> str:
    return text[m.attrs["scope_start"]:m.attrs["scope_end"]]


CHAINS = [
    ('Reuters', 'وقال سكان في مدينة الميادين لرويترز إن الغارات استمرت حتى الفجر.'),
    ('Reuters', 'وقال أحد الأهالي في بلدة الكسوة لوكالة رويترز إن الدوي سمع في كل الأحياء.'),
    ('Israeli army', 'وطبقا لبيان الجيش الإسرائيلي فإن مقاتلاته ضربت مواقع قرب مصياف.'),
    ('Syrian Civil Defence', 'وأصيب ستة مدنيين في القصف، بحسب بيان صادر عن الدفاع المدني.'),
    ('Syrian Observatory for Human Rights', 'ونزحت مئات العائلات من البلدة، بحسب تقرير للمرصد.'),
    ('Kurdish sources', 'وقصفت المدفعية التركية بلدة صرين، بحسب مصادر كردية.'),
    ('Turkish sources', 'وقالت مصادر تركية إن الجنود عبروا الحدود ليلا.'),
    ('Turkish defence minister', 'وقال وزير الدفاع التركي إن قوات بلاده ردت على القصف.'),
    ('Russian foreign minister', 'وقال وزير الخارجية الروسي سيرغي لافروف إن الاتفاق ما زال قائما.'),
    ('Syrian Observatory for Human Rights', 'وأكد رئيس المرصد السوري أن المعارك توقفت مساء.'),
    ('Syrian army', 'وأكدت قيادة الجيش السوري في بيان أن وحداتها أنهت العملية.'),
    ('Shaam News Network', 'وقالت شبكة شام الإخبارية إن المقاتلين غادروا الحي القديم.'),
    ('Suwayda 24', 'وأفادت شبكة السويداء 24 بأن المحتجين تجمعوا في الساحة.'),
    ('Al-Watan', 'وذكرت صحيفة الوطن أن الجيش عزز مواقعه شمال المدينة.'),
    ('state television', 'وقالت الإخبارية إن تعزيزات وصلت إلى المدينة.'),
    ('SDF', 'وكتب قائد قوات سوريا الديمقراطية على منصة إكس أن قواته صدت الهجوم.'),
    ('Syrian Ministry of Interior', 'وقالت وزارة الداخلية إن دوريات الأمن انتشرت في الأحياء الشرقية.'),
    ('Anadolu', 'قائد ميداني للأناضول: الفصائل تطوق البلدة من ثلاث جهات'),
    ('Anadolu', 'وقال قيادي ميداني للأناضول إن مقاتليه صدوا الهجوم.'),
    ('Al-Watan', 'مصدر عسكري لـ"الوطن": الجيش يتقدم في محيط البلدة'),
    ('Al-Modon', 'وقال مصدر محلي لـ «المدن» إن الحواجز أزيلت.'),
    ('Amaq', 'وقالت وكالة أعماق إن المهاجمين فجروا سيارة مفخخة.'),
    ('CNN', 'وقال مسؤول أمريكي لشبكة سي إن إن إن الغارة استهدفت قياديا في التنظيم.'),
    ('US officials', 'وقال مسؤول أمريكي إن الغارة استهدفت قياديا في التنظيم.'),
    ('Russian military source', 'وأكد مصدر عسكري روسي أن الدورية عادت إلى القاعدة.'),
    ('military source', 'وأكد مصدر عسكري سوري أن الدورية عادت إلى الثكنة.'),
    ('social media', 'وتحدثت صفحات محلية على فيسبوك عن انفجار قرب الجسر.'),
    ('medical sources', 'وقالت مصادر طبية إن المستشفى استقبل عشرين جريحا.'),
    ('Turkish defence minister', 'وطبقا لتصريحات وزير الدفاع التركي، فقد أصيب ثلاثة جنود في القصف.'),
    ('Reuters', 'وقال مسؤولون في الدفاع المدني لوكالة رويترز إن فرقهم أخلت المبنى.'),
    ('SANA', 'وقالت الوكالة السورية الرسمية إن الطريق أعيد فتحه.'),
]


def test_bare_outlet_name_needs_its_quote_marks() -> None:
    """"للوطن" unquoted is "for the homeland": no outlet is read there."""
    assert _first("وقال مصدر للوطن إن الطريق فتح.").attrs["name_en"] == "sources"


def test_ministry_speaker_keeps_its_force() -> None:
    """The ministry named bare speaks as the ministry, and its own forces ("قواتها") stay General Security's."""
    m = _first("وقالت وزارة الداخلية إن قواتها انتشرت في الأحياء الشرقية.")
    assert m.attrs["name_en"] == "Syrian Ministry of Interior"
    assert m.attrs["actor_id"] == "general_security"


@pytest.mark.parametrize(("first_hop", "text"), CHAINS)
def test_first_hop_of_chains(first_hop: str, text: str) -> None:
    assert _first(text).attrs["name_en"] == first_hop


def test_statement_before_its_speaker_is_the_scope() -> None:
    text = '"انسحبت القوات من أطراف البلدة قبل الفجر"، قال مصدر ميداني لتلفزيون سوريا.'
    m = _first(text)
    assert m.attrs["name_en"] == "Syria TV"
    assert _scope(text, m) == "انسحبت القوات من أطراف البلدة قبل الفجر"


def test_unquoted_statement_before_its_speaker() -> None:
    text = "وسيطرت الفصائل على بلدة التح، قال مصدر ميداني."
    m = _first(text)
    assert m.attrs["name_en"] == "local sources"
    assert _scope(text, m) == "وسيطرت الفصائل على بلدة التح"


def test_speaker_with_a_statement_after_does_not_reach_back() -> None:
    text = "وسيطرت الفصائل على بلدة التح، وقال مصدر ميداني إن المعارك توقفت."
    m = _first(text)
    assert _scope(text, m) == "المعارك توقفت"


def test_document_without_a_speaker_names_no_one() -> None:
    text = "وبحسب بيان نشر اليوم، قصفت الطائرات البلدة."
    assert _read(text).mentions_of("source") == []


def test_office_without_the_state_it_serves_names_no_office() -> None:
    """"وزير الدفاع" alone could be any state's minister: no office speaker is made of it."""
    text = "وقال وزير الدفاع إن الجيش أنهى العملية."
    sources = _read(text).mentions_of("source")
    assert not any("office:" in m.rule for m in sources)


@pytest.mark.parametrize(("text", "etype", "source"), [
    ('"دخل مقاتلونا بلدة الصنمين دون قتال"، قال متحدث باسم غرفة عمليات الجنوب لوكالة فرانس برس.',
     "enter", "AFP"),
    ("وقال سكان في مدينة الميادين لرويترز إن غارات للتحالف استهدفت المدينة فجرا.", "attack", "Reuters"),
    ("وطبقا لبيان الجيش الإسرائيلي فإن طائراته أغارت على مواقع عسكرية في محيط مدينة مصياف.", "attack",
     "Israeli army"),
])
def test_event_takes_the_chain_first_hop(text: str, etype: str, source: str) -> None:
    events = analyze(Article(id="t", raw=text, published="2024-12-07")).events
    assert [e.source.name_en for e in events if e.type == etype] == [source]


def test_statement_before_a_back_reference_keeps_the_speaker() -> None:
    text = 'وقال مصدر عسكري إن الجيش دخل بلدة التح. "الطائرات قصفت بلدة حيش أيضا"، أضاف المصدر.'
    later = _read(text).mentions_of("source")[-1]
    assert later.attrs["name_en"] == "military source"
    assert _scope(text, later) == "الطائرات قصفت بلدة حيش أيضا"


def test_testimonies_of_residents_to_an_outlet() -> None:
    m = _first("وبحسب شهادات سكان لرويترز، فقد قصفت الطائرات بلدة حيش.")
    assert m.attrs["chain"] == ["Reuters", "residents"]
