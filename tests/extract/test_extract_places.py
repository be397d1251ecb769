"""Which place a trigger takes: facilities, lists with unknown members, back-references by kind."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events_of(text: str, published: str = "2016-05-10"):
    art = analyze(Article(id="t", raw=text, published=published))
    return [(e.type, e.place.name, e.polarity) for e in art.events]


def test_a_facility_and_its_town_are_two_events() -> None:
    evs = events_of("وبسط عناصر التنظيم سيطرتهم الكاملة على مدينة تدمر، بما فيها السجن والمطار العسكري.")
    got = {p for t, p, _ in evs if t == "take_control"}
    assert got == {"تدمر", "مطار تدمر العسكري", "سجن تدمر"}


def test_a_list_of_unknown_villages_fans_out() -> None:
    evs = events_of('وقالت المصادر إن الفصائل حررت قرى "الحويز"، و"المشيرفة"، و"الربيعة" في ريف حلب الشمالي.')
    assert {p for t, p, _ in evs if t == "take_control"} == {"الحويز", "المشيرفة", "الربيعة"}


def test_the_town_is_the_last_town_not_the_last_city() -> None:
    evs = events_of("سيطرت القوات على بلدة صوران ثم دخلت مدينة حماة. وقصفت الطائرات البلدة ليلا.")
    assert ("attack", "صوران", "asserted") in evs
    assert ("attack", "حماة", "asserted") not in evs


def test_the_city_is_never_a_foreign_capital() -> None:
    evs = events_of("وصل الوفد إلى حمص قادما من بيروت. وقصفت الطائرات المدينة مساء.")
    assert ("attack", "حمص", "asserted") in evs
    assert not [e for e in evs if e[1] == "بيروت" and e[0] == "attack"]


def test_the_crossing_is_the_last_crossing() -> None:
    evs = events_of("سيطرت الفصائل على مدينة البوكمال ومعبر القائم. ثم انسحبت القوات من المعبر.")
    withdrawn = [p for t, p, _ in evs if t == "withdraw"]
    assert withdrawn and all(p != "البوكمال" for p in withdrawn)


def test_where_people_come_from_is_not_where_the_strike_hits() -> None:
    evs = events_of("انفجرت سيارة مفخخة استهدفت قافلة تقل أهالي نبل والزهراء في حي الحمدانية بحلب.")
    attacks = {p for t, p, _ in evs if t == "attack"}
    assert attacks and not attacks & {"نبل", "الزهراء"}
    # a departure keeps them
    evs = events_of("بدأ إجلاء أهالي نبل والزهراء صباح اليوم.")
    assert {p for t, p, _ in evs if t in ("displacement", "evacuation")} >= {"نبل"}


def test_a_foreign_capital_before_a_trigger_is_no_fallback_place() -> None:
    evs = events_of("وجاء ذلك تنفيذا لقرار موسكو الأخير بسحب مئات الجنود.")
    assert not [e for e in evs if e[1] == "موسكو"]


def test_outskirts_pronouns_point_back_at_the_town() -> None:
    evs = events_of("دخلت الفصائل مدينة سراقب صباحا. واندلعت اشتباكات عنيفة على تخومها ليلا.")
    assert ("attack", "سراقب", "asserted") in evs



def test_the_city_is_the_place_the_text_called_a_city() -> None:
    evs = events_of("دخلت الفصائل مدينة سراقب صباحا ثم بلدة كفرنبل. وقصفت الطائرات المدينة مساء.")
    assert ("attack", "سراقب", "asserted") in evs and ("attack", "كفرنبل", "asserted") not in evs


def test_a_road_linking_two_cities_does_not_make_them_the_last_city() -> None:
    evs = events_of("دخلت القوات مدينة يبرود الواقعة قرب الطريق الدولي الذي يربط دمشق بحمص. "
                    "وقصفت الطائرات المدينة مساء.")
    assert ("attack", "يبرود", "asserted") in evs


def test_a_force_some_kilometres_from_a_town_advances_on_it() -> None:
    evs = events_of("باتت قوات النظام على بعد 6 كلم من مدينة سراقب.")
    assert ("advance", "سراقب", "asserted") in evs
    assert not events_of("تقع البلدة على بعد 5 كم من مدينة حمص.")


def test_a_plural_cue_list_names_each_member_under_the_singular() -> None:
    """"أحياء X وY والشيخ Z": three neighbourhoods, each "حي ..." (not "أحياء ..."); "الشيخ" heads a name."""
    text = "وتمكنت القوات الحكومية من انتزاع السيطرة على أحياء الصاخور والحيدرية والشيخ خضر شرقي حلب."
    evs = analyze(Article(id="t", raw=text, published="2016-11-28")).events
    # the three are curated quarters since task places11: named as the gazetteer names them
    assert [e.place.name for e in evs if e.type == "take_control"] == ["الصاخور", "الحيدرية", "الشيخ خضر"]
    text = "وتمكنت القوات من انتزاع السيطرة على أحياء حطين والأندلس والشيخ فارس في الرقة."
    evs = analyze(Article(id="t", raw=text, published="2016-11-28")).events
    assert [e.place.name for e in evs if e.type == "take_control"] == ["حي حطين", "حي الأندلس", "حي الشيخ فارس"]


def test_a_time_span_between_commas_does_not_cut_the_verb_from_its_object() -> None:
    text = "وأفاد مراسلنا بأن القوات حررت، خلال الساعات الأخيرة، بلدات وقرى تلمنس ومعر شمارين وتقانة."
    evs = analyze(Article(id="t", raw=text, published="2019-12-28")).events
    assert [e.place.name for e in evs if e.type == "take_control"] == ["تلمنس", "معر شمارين", "تقانة"]


def test_a_village_the_article_introduced_is_read_again_without_its_cue() -> None:
    """"قرى جليغم وفافين" introduces two villages the gazetteer lacks; "باتجاه جليغم" names one again (task gaz25
    gave the gazetteer كباجب and عياش, the villages this test first named)."""
    text = "شنت الطائرات غارات على قرى جليغم وفافين. وواصلت وحدات الجيش تقدمها باتجاه جليغم."
    evs = analyze(Article(id="t", raw=text, published="2017-09-05")).events
    assert ("advance", "جليغم") in [(e.type, e.place.name) for e in evs]
    assert [m.rule for m in analyze(Article(id="t", raw="وواصلت وحدات الجيش تقدمها باتجاه جليغم.",
                                            published="2017-09-05")).mentions if m.kind == "place"] == []


def test_an_inclusion_keeps_the_place_its_back_reference_names() -> None:
    """"انسحبوا من نقاطهم في المدينة، بما فيها المطار والسجن": the city and each member."""
    text = ("دخل مسلحو التنظيم مدينة تدمر. وذكر ناشطون أن جنود الجيش انسحبوا من جميع نقاطهم في المدينة، "
            "بما فيها المطار العسكري وسجن تدمر.")
    evs = analyze(Article(id="t", raw=text, published="2015-05-21")).events
    withdrawn = [(e.place.name, e.rule.split()[1]) for e in evs if e.type == "withdraw"]
    assert [n for n, _ in withdrawn] == ["تدمر", "مطار تدمر العسكري", "سجن تدمر"]
    assert withdrawn[0][1] == "place:scope+including"


def test_a_neighbourhood_name_headed_by_sheikh_keeps_both_words() -> None:
    evs = analyze(Article(id="t", raw="واستولى المسلحون الأكراد على حي الشيخ فارس بمدينة حلب أمس.", published="2016-11-28")).events
    assert [e.place.name for e in evs] == ["حي الشيخ فارس"]


def test_entering_the_country_is_an_entry_at_its_crossing_or_none() -> None:
    text = "وأكد شهود عيان أن عربات تركية دخلت صباحا الأراضي السورية من معبر السلامة شمالي حلب."
    evs = analyze(Article(id="t", raw=text, published="2018-12-24")).events
    assert [(e.type, e.rule.split()[1]) for e in evs] == [("enter", "place:scope+crossing")]
    assert "السلامة" in evs[0].place.name
    text = "ودخلت قوات برية الأحد الأراضي السورية متجهة نحو منطقة عفرين."
    assert [e for e in analyze(Article(id="t", raw=text, published="2018-01-21")).events if e.type == "enter"] == []


def test_a_relative_clause_after_a_witness_place_only_describes_it() -> None:
    evs = analyze(Article(id="t", raw="وشهد وادي بردى الذي يقع فيه نبع عين الفيجة اشتباكات متقطعة أمس.",
                          published="2017-01-28")).events
    assert [(e.type, e.place.name) for e in evs] == [("attack", "وادي بردى")]


def test_a_share_of_its_area_points_back_at_the_town():
    evs = analyze(Article(id="s", raw="واقتحم الجيش فجر الإثنين مدينة الرستن، وأصبح يسيطر اليوم على ثلثي مساحتها.",
                          published="2018-03-08")).events
    taken = [e for e in evs if e.type == "take_control"]
    assert taken and "Rastan" in (taken[0].place.name_en or "")
    assert "backref" in taken[0].rule


def _places_of(text: str) -> list:
    return [(e.type, e.place) for e in analyze(Article(id="t", raw=text, published="2016-05-10")).events]


def test_a_building_named_by_an_institution_of_a_governorate_is_a_facility_in_it() -> None:
    # "مبنى" + a chain of annexed nouns closed by a place: the building, not the whole governorate
    got = _places_of("قصفت الطائرات مبنى مديرية تربية محافظة حماة صباح اليوم.")
    assert [(t, p.kind, p.admin1) for t, p in got] == [("attack", "building", "Hama")]
    assert got[0][1].name.startswith("مبنى مديرية") and got[0][1].lat is not None
    # a known name without the article closes the chain too
    got = _places_of("سيطر المقاتلون على مقر قيادة شرطة محافظة درعا بعد اشتباكات.")
    assert [(t, p.kind, p.admin1) for t, p in got] == [("take_control", "headquarters", "Daraa")]


def test_a_governorate_without_a_building_head_stays_the_governorate() -> None:
    got = _places_of("قصفت الطائرات محافظة حماة.")
    assert [(t, p.kind) for t, p in got] == [("attack", "governorate")]


def test_a_share_of_an_area_a_force_has_come_to_hold_is_a_takeover_there() -> None:
    got = _places_of("باتت الفصائل تسيطر على نصف مساحة درعا.")
    assert [(t, p.name) for t, p in got] == [("take_control", "درعا")]
    got = _places_of("وأصبحت قوات النظام تسيطر على معظم الغوطة الشرقية.")
    assert [(t, p.name) for t, p in got] == [("take_control", "الغوطة الشرقية")]
    # without a verb of becoming it is who holds the area now: status, no event
    assert _places_of("وتسيطر الفصائل على نصف مساحة درعا.") == []
