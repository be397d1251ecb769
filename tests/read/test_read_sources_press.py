"""Attribution as the press writes it: who is the first hop of sentences in the forms news reports use
("أفادت مصادر محلية لـX", "قال ناشطون", "بحسب ما أعلنت", "نقلت وكالة X عن Y", "قالت X في بيان", "زعمت",
"تداول ناشطون", "أظهرت مقاطع مصورة", a speaker in a headline); then, from CHAINS on, who says what on text
the rules were not written from (issue 12, task sources4): a statement before its speaker, a speaker located
in a place before the outlet that heard them, the document between "according to" and the speaker, sources
qualified by a nationality, an office with the state it serves, a head of a body, outlets known by their
name and the verb كتب. The sentences are written for these tests."""
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


PRESS = [
    ('Enab Baladi', 'أفادت مصادر محلية لـ عنب بلدي بأن قوات النظام قصفت بلدة كفرنبل صباح اليوم.'),
    ('Enab Baladi', 'وأفادت مصادر محلية لعنب بلدي أن الطيران استهدف سوق المدينة.'),
    ('Syria TV', 'وأكد مصدر في الفصائل لـ"تلفزيون سوريا" أن المقاتلين دخلوا القرية بعد اشتباكات قصيرة.'),
    ('Anadolu', 'وقال مصدر عسكري في الفصائل لوكالة الأناضول إن المعارك تتركز على أطراف البلدة.'),
    ('activists', 'قال ناشطون إن طائرات حربية قصفت قرية معرشورين بعد منتصف الليل.'),
    ('activists', 'وقال ناشطون محليون إن القصف طال بلدة التمانعة.'),
    ('activists', 'وقال ناشطون ميدانيون، إن الاشتباكات تجددت في حي جوبر.'),
    ('Turkish Ministry of Defence', 'وبحسب ما أعلنت وزارة الدفاع التركية، قتل جنديان في قصف على نقطة المراقبة.'),
    ('Turkish Ministry of Defence', 'وقتل جنديان تركيان في قصف على نقطة مراقبة قرب سراقب، بحسب ما أعلنت وزارة الدفاع التركية.'),
    ('Anadolu', 'وبحسب ما نقلته وكالة الأناضول عن مصادر عسكرية، فإن الجيش التركي أرسل تعزيزات إلى المنطقة.'),
    ('SANA', 'ووفقاً لما أوردته وكالة سانا، دخلت وحدات الجيش إلى البلدة.'),
    ('SANA', 'ونقلت وكالة سانا عن ضابط في الجيش أن الوحدات صدت الهجوم.'),
    ('Reuters', 'ونقلت وكالة "رويترز" عن مسؤول أمني أن الطريق أغلق بالكامل.'),
    ('AFP', 'ونقلت وكالة «فرانس برس» عن سكان أن القصف استمر طوال الليل.'),
    ('AFP', 'وصرح سامر الحلبي مدير المرصد لوكالة «فرانس برس» بأن المقاتلين اقتربوا من المطار.'),
    ('Syrian Observatory for Human Rights', 'وأوضح سامر الحلبي، مدير المرصد السوري، أن الغارات طالت البلدة.'),
    ('Syrian Observatory for Human Rights', 'وقدر المرصد السوري عدد النازحين من البلدة بأكثر من ألف شخص.'),
    ('Syrian Observatory for Human Rights', 'وأشار المرصد في تقرير له إلى أن الفصائل انسحبت من التلة.'),
    ('Syrian Observatory for Human Rights', 'كما وثق المرصد السوري مقتل ثلاثة مدنيين في القصف.'),
    ('Syrian Ministry of Interior', 'وقالت وزارة الداخلية السورية في بيان إن قواتها انتشرت في المدينة.'),
    ('SDF', 'وقالت قوات سوريا الديمقراطية في بيان لها إن مقاتليها صدوا الهجوم.'),
    ('state media', 'وزعمت وسائل إعلام النظام أن قواته سيطرت على التلة.'),
    ('activists', 'وتداول ناشطون مقاطع مصورة تظهر دخول الفصائل إلى مدينة حماة.'),
    ('activists', 'وتداول ناشطون عبر منصات التواصل صوراً لرتل عسكري يدخل البلدة.'),
    ('social media', 'وأظهرت مقاطع مصورة عناصر من الفصائل داخل المطار العسكري.'),
    ('social media', 'وأظهرت مقاطع مصورة متداولة انتشار الفصائل في شوارع المدينة.'),
    ('Syrian Observatory for Human Rights', 'المرصد: الفصائل تدخل قرية حزارين'),
    ('SANA', 'سانا: الجيش يستعيد السيطرة على بلدة التمانعة'),
    ('Enab Baladi', 'مصادر لـ"عنب بلدي": انسحاب قوات النظام من بلدة خان شيخون'),
    ('Russian Ministry of Defence', 'من جهتها، قالت وزارة الدفاع الروسية إن طائراتها دمرت مستودعات للأسلحة.'),
    ('Syrian state TV', 'ونقل التلفزيون السوري عن محافظ دير الزور أن الطريق فتح أمام المدنيين.'),
    ('Syrian Civil Defence', 'وقال الدفاع المدني السوري إن فرقه انتشلت ثلاثة جرحى من تحت الأنقاض.'),
    ('Sky News Arabia', 'وأفاد شهود عيان لـ"سكاي نيوز عربية" بأن دوي انفجارات سمع في المدينة.'),
    ('Al-Ikhbariya', 'وبثت قناة الإخبارية السورية مشاهد قالت إنها لدخول الجيش إلى البلدة.'),
    ('Al Jazeera', 'وأفاد مراسل الجزيرة بأن الفصائل سيطرت على الحاجز.'),
    ('Al Jazeera', 'وأفادت قناة الجزيرة نقلا عن مصادر ميدانية بأن الفصائل سيطرت على الحاجز.'),
    ('Al-Araby Al-Jadeed', 'وقال قيادي في هيئة تحرير الشام لـ"العربي الجديد" إن الهجوم بدأ فجرا.'),
    ('Al-Araby Al-Jadeed', 'وقال قيادي في الفصائل، طلب عدم ذكر اسمه، لـ"العربي الجديد"، إن الهجوم بدأ فجرا.'),
    ('RT', 'وقال موقع "روسيا اليوم" إن الحافلات خرجت من المدينة.'),
    ('RT', 'وذكرت قناة «روسيا اليوم» أن الجيش دخل البلدة.'),
    ('Hawar News Agency', 'وذكرت وكالة "هاوار" أن المقاتلين صدوا الهجوم.'),
    ('Hama governor', 'وقال محافظ حماة إن الطريق سيفتح غدا.'),
    ('Military Operations Command', 'وأعلنت إدارة العمليات العسكرية في بيان نشرته على قناتها في تلغرام أن مقاتليها دخلوا المدينة.'),
    ('Southern Operations Room', 'وأعلنت غرفة عمليات الجنوب أن مقاتليها دخلوا مدينة درعا.'),
    ('Hayat Tahrir al-Sham', 'في المقابل نفت هيئة تحرير الشام انسحاب مقاتليها من البلدة.'),
    ('Syrian Observatory for Human Rights', 'وأكد المرصد السوري لحقوق الإنسان، في بيان اليوم، أن الاشتباكات مستمرة.'),
    ('Syrian Observatory for Human Rights', 'وذكر المرصد السوري، ومقره بريطانيا، أن الاشتباكات مستمرة في محيط المطار.'),
    ('Syrian Observatory for Human Rights', 'وبحسب المرصد، فإن الاشتباكات أسفرت عن مقتل عشرة عناصر.'),
    ('Syrian Observatory for Human Rights', 'وقال المرصد الذي يتخذ من بريطانيا مقرا له إن الفصائل تقدمت.'),
    ('Reuters', 'وقال مصدران أمنيان لرويترز إن القوات انسحبت من النقطة.'),
    ('activists', 'وأفاد ناشطون بأن القصف استهدف بلدة كفرنبل.'),
    ('Enab Baladi', 'وقال الناشط الإعلامي محمد الأحمد لعنب بلدي إن الطيران قصف البلدة.'),
    ('local sources', 'وأفادت مصادر أهلية بأن الجيش انسحب من القرية.'),
    ('activists', 'ونشر ناشطون صوراً تظهر الدمار في البلدة.'),
    ('SANA', 'وأوردت سانا أن الجيش دخل البلدة بعد اشتباكات.'),
    ('Syrian Observatory for Human Rights', 'ونقل المرصد عن مصادر محلية أن الاشتباكات تواصلت حتى الصباح.'),
    ('Al-Alam', 'وذكر موقع العالم أن الجيش دخل البلدة.'),
    ('Al-Alam', 'ذكر مراسل العالم ان وحدات الجيش اقتحمت أطراف البلدة، وطهروا السوق القديم.'),
    ('Reuters', 'وقال شاهد عيان لـ"رويترز" إن القصف لم يتوقف.'),
    ('Syrian Observatory for Human Rights', 'وأورد المرصد السوري لحقوق الإنسان يوم الأحد أن الوحدات التركية بلغت أطراف البلدة.'),
    ('Syrian Observatory for Human Rights', 'وذكر سامر الحلبي مدير المرصد السوري أن الفصائل انسحبت من القرية.'),
    ('SDF', 'وأوضح فرهاد شامي المتحدث باسم قوات سوريا الديمقراطية أن الهجوم صد.'),
    ('Rif Dimashq governor', 'وأعلن محافظ ريف دمشق أن الحافلات دخلت البلدة لنقل المقاتلين.'),
    ('Syrian state TV', 'وقال محافظ درعا، في تصريح للتلفزيون الرسمي، إن الطريق فتح.'),
    ('SDF', 'وأكد مسؤول إعلامي في قسد أن المواجهات توقفت في القرية.'),
    ('Syrian National Army', 'وأفاد الإعلامي في الجيش الوطني السوري أبو خالد، لموقع محلي، بأن مقاتليهم دخلوا القرية.'),
    ('officials', 'وقال مسؤول محلي إن المياه قطعت عن الحي.'),
    ('activist', 'وأكد الناشط الإعلامي أحمد العلي أن الطيران قصف السوق.'),
    ('activist', 'وأكد الناشط الإعلامي في الجيش السوري الحر أن الطيران قصف السوق.'),
]


@pytest.mark.parametrize(("first_hop", "text"), PRESS)
def test_first_hop_of_press_attributions(first_hop: str, text: str) -> None:
    assert _first(text).attrs["name_en"] == first_hop


def test_estimate_verb_scopes_its_object() -> None:
    text = "وقدرت مصادر محلية عدد العائلات النازحة من القرية بنحو مئتي عائلة."
    m = _first(text)
    assert m.attrs["name_en"] == "local sources"
    assert _scope(text, m).startswith("عدد العائلات النازحة")


def test_circulated_footage_is_the_activists_report() -> None:
    text = "وتناقل ناشطون صورا لانفجار ضخم قرب مستودع الذخيرة."
    m = _first(text)
    assert m.attrs["name_en"] == "activists"
    assert _scope(text, m).startswith("صورا لانفجار")


def test_outlet_noun_before_a_quoted_name() -> None:
    text = 'وذكر موقع "روسيا اليوم" أن رتلا روسيا عبر الجسر.'
    m = _first(text)
    assert m.attrs["name_en"] == "RT"
    assert m.rule.split("|")[1].startswith("outlet-noun:")
    assert _scope(text, m) == "رتلا روسيا عبر الجسر"


def test_outlet_noun_alone_names_no_one() -> None:
    sources = _read("وقال موقع محلي إن الطريق قطع.").mentions_of("source")
    assert not any("outlet-noun:" in m.rule for m in sources)


def test_outlet_heard_past_the_speakers_affiliation_and_anonymity() -> None:
    text = "وقال قيادي في الفصائل، فضل عدم الكشف عن هويته، لوكالة الأناضول إن مقاتليه تقدموا نحو التلة."
    m = _first(text)
    assert m.attrs["chain"][0] == "Anadolu"
    assert _scope(text, m) == "مقاتليه تقدموا نحو التلة"


def test_a_body_after_affiliated_to_is_no_outlet() -> None:
    text = "وذكر مكتب تنسيق الشؤون الإنسانية (أوتشا) التابع للأمم المتحدة في تقرير أن مئات الأسر فرت من القرى."
    m = _first(text)
    assert m.attrs["name_en"] == "OCHA"


def test_name_then_office_speaks_for_the_body() -> None:
    text = "وقال أحمد الخالد، الناطق باسم الدفاع المدني السوري، إن فرق الإنقاذ انتشلت جثتين."
    m = _first(text)
    assert m.attrs["name_en"] == "Syrian Civil Defence"
    assert _scope(text, m) == "فرق الإنقاذ انتشلت جثتين"


def test_name_without_office_is_no_speaker() -> None:
    text = "وقال أحمد الخالد، وهو من سكان الحي، إن القصف لم يتوقف."
    assert all(m.attrs.get("name_en") != "Syrian Civil Defence" for m in _read(text).mentions_of("source"))


def test_headline_speaker_before_colon() -> None:
    text = "الدفاع المدني: انتشال خمسة أشخاص من تحت الأنقاض في بلدة سرمين"
    m = _first(text)
    assert m.attrs["name_en"] == "Syrian Civil Defence" and m.attrs["mode"] == "headline"
    assert _scope(text, m).startswith("انتشال خمسة أشخاص")


def test_governorate_dateline_is_no_headline_speaker() -> None:
    text = "محافظة درعا: اشتباكات متقطعة على أطراف بلدة طفس"
    assert all(m.attrs.get("mode") != "headline" for m in _read(text).mentions_of("source"))


def test_governor_named_by_province() -> None:
    text = "وقال محافظ حمص إن فرق الصيانة بدأت إصلاح خط الكهرباء."
    m = _first(text)
    assert m.attrs["name_en"] == "Homs governor"
    assert _scope(text, m).startswith("فرق الصيانة")


def test_role_before_dative_outlet_reads_no_person_name() -> None:
    article = _read('وقال قيادي في هيئة تحرير الشام لـ"العربي الجديد" إن الهجوم بدأ فجرا.')
    assert article.mentions_of("person") == []


def test_fronted_affiliated_source_after_kana_and_qad() -> None:
    text = 'وكان مصدر من "الجيش السوري الحر" قد صرح، صباح الأحد، بأن الفصائل صارت قريبة من دخول القرية.'
    m = _first(text)
    # one source inside a body speaks for it (task sources8); its hop stays the unnamed source
    assert m.attrs["name_en"] == "Free Syrian Army" and m.attrs["mode"] == "svo"
    assert m.attrs["chain"] == ["Free Syrian Army source"]
    assert _scope(text, m).startswith("الفصائل صارت قريبة")


@pytest.mark.parametrize(("text", "chain"), [
    ("وقال المرصد السوري، بحسب وكالة رويترز، إن الاشتباكات تجددت في البلدة.",
     ["Reuters", "Syrian Observatory for Human Rights"]),
    ("وأفاد المرصد - وفقا لوكالة الأنباء الألمانية - بأن القوات استعادت الطريق الدولي.",
     ["DPA", "Syrian Observatory for Human Rights"]),
    ("وقال المرصد السوري، بحسب مصادره، إن الاشتباكات تجددت في البلدة.", ["Syrian Observatory for Human Rights"]),
])
def test_inserted_according_to_names_the_outer_hop(text: str, chain: list[str]) -> None:
    assert _first(text).attrs["chain"] == chain


def test_a_speaker_in_a_quarter_the_gazetteer_lacks_still_spoke_to_the_outlet():
    """"قال سكان في حي X لرويترز": where the speakers are ("في حي" and a one-word name, known to the gazetteer
    or not) stands between them and the outlet they talked to; the outlet is the first hop."""
    m = _first("وأكد سكان في حي الفرقان لرويترز أن الجنود غادروا مواقعهم ليلا.")
    assert m.attrs.get("name_en") == "Reuters" or "رويترز" in m.text
    m = _first("وأكد سكان في حي الفرقان أن الجنود غادروا مواقعهم ليلا.")
    assert "رويترز" not in m.text


def test_revolution_networks_of_2011_are_their_own_sources():
    """"الهيئة العامة للثورة السورية" and "لجان التنسيق المحلية" are activist networks of the uprising's first
    years, not "الهيئة" (Hayat Tahrir al-Sham, founded 2017)."""
    m = _first("وذكرت الهيئة العامة للثورة السورية في بيان لها أن عشرات العائلات نزحت من حي الخالدية.")
    assert m.attrs.get("name_en") == "Syrian Revolution General Commission"
    m = _first("ووثقت لجان التنسيق المحلية مقتل عشرين شخصا في مدينة دوما.")
    assert m.attrs.get("name_en") == "Local Coordination Committees"


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
    ('Deir ez-Zor 24', 'وأفادت شبكة «دير الزور 24» المحلية بأن رتلاً عسكرياً وصل إلى البلدة.'),
    ('SDF', 'وقال المتحدث باسم حملة «غضب الفرات» إن المقاتلين صدوا الهجوم على الحي.'),
    ('Al-Ikhbariya', 'وقالت الإخبارية إن تعزيزات وصلت إلى المدينة.'),
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
    assert m.attrs["name_en"] == "field source"
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


# An anonymous source is named by what the text says of it, as the gold names it: "مصدر ميداني" is a field
# source, "مصادر مطلعة" informed sources, "شهود عيان" eyewitnesses (not residents), "مصدر عشائري" a tribal one.
QUALIFIED_ANONYMOUS = [
    ('field source', 'وقال مصدر ميداني إن الفصائل دخلت بلدة التح من جهتها الشرقية.'),
    ('field sources', 'وأكدت مصادر ميدانية أن الوحدات انسحبت من التلة قبل الفجر.'),
    ('informed sources', 'وتتحدث مصادر مطلعة عن انسحاب القوات من القرية خلال أيام.'),
    ('eyewitnesses', 'وقال شهود عيان إن رتلاً من الدبابات عبر الجسر صباحاً.'),
    ('residents', 'وقال سكان إن رتلاً من الدبابات عبر الجسر صباحاً.'),
    ('tribal source', 'ونفى مصدر عشائري أن يكون أبناء القبيلة هاجموا الحاجز.'),
    ('local network', 'وأفادت شبكة محلية بأن دورية تعرضت لإطلاق نار قرب الجسر.'),
    ('official sources', 'وقالت مصادر رسمية إن الطريق أعيد فتحه أمام السيارات.'),
    ('medical source', 'وقال مصدر طبي إن المستشفى استقبل سبعة جرحى.'),
    ('human rights organisations', 'وقتل في القصف عشرات المدنيين بحسب منظمات حقوقية.'),
]


@pytest.mark.parametrize(("name_en", "text"), QUALIFIED_ANONYMOUS)
def test_qualified_anonymous_sources_keep_their_qualifier(name_en: str, text: str) -> None:
    assert _first(text).attrs["name_en"] == name_en


def test_a_governorates_directorate_speaks_with_the_governorate_and_service() -> None:
    assert _first("وقالت مديرية الصحة في حماة إن المستشفى استقبل تسعة جرحى.").attrs["name_en"] == \
        "Hama Health Directorate"
    assert _first("وأفادت مديرية صحة درعا بأن الفرق نقلت المصابين.").attrs["name_en"] == "Daraa Health Directorate"
    # without a place the directorate is no one the reader can name
    assert not _read("وقالت مديرية الصحة إن المستشفى استقبل تسعة جرحى.").mentions_of("source")
