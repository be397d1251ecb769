"""The place reader on sentences written for these tests: cues, lists, duals, locators, negatives."""
from __future__ import annotations

from tawatur.clean.segment import segment
from tawatur.model import Article, Mention
from tawatur.read.places import read_places


def places(text: str) -> list[Mention]:
    art = read_places(segment(Article(id="t", raw=text)))
    for m in art.mentions:
        assert text[m.start:m.end] == m.text  # offsets point into raw
    return art.mentions_of("place")


def names(text: str) -> list[str]:
    return [m.attrs["name_en"] or m.attrs["name"] for m in places(text)]


def test_clitics_are_stripped_from_span_and_name() -> None:
    ms = places("وصلت التعزيزات وبالرستن ثم لحمص صباحا.")
    assert [m.text for m in ms] == ["الرستن", "حمص"]
    assert [m.attrs["name"] for m in ms] == ["الرستن", "حمص"]
    assert all(m.attrs["resolved"] and m.attrs["lat"] for m in ms)


def test_dual_with_cue_and_locator() -> None:
    ms = places("دخل المقاتلون مدينتي الرستن وتلبيسة بريف حمص الشمالي فجرا.")
    assert [m.attrs["name_en"] for m in ms] == ["Al-Rastan", "Talbiseh", "Northern Homs countryside"]
    assert ms[0].attrs["cue"] == "مدينتي" and ms[0].attrs["group"] == ms[1].attrs["group"] >= 0
    assert ms[2].attrs["role"] == "locator" and ms[2].attrs["locates"] == 0
    assert ms[0].attrs["role"] == "main"


def test_list_without_cue() -> None:
    ms = places("غادرت الوحدات السخنة والفرقلس وتدمر خلال ساعات.")
    assert [m.attrs["name_en"] for m in ms] == ["Al-Sukhnah", "Al-Furqlus", "Palmyra"]
    assert len({m.attrs["group"] for m in ms}) == 1


def test_governorate_dual_resolves_to_governorates() -> None:
    ms = places("امتدت الاحتجاجات إلى محافظتي السويداء والقنيطرة.")
    assert [m.attrs["kind"] for m in ms] == ["governorate", "governorate"]
    assert [m.attrs["admin1"] for m in ms] == ["As-Suwayda", "Quneitra"]
    assert ms[0].attrs["geo_precision"] == 3


def test_two_countrysides_from_one_dual() -> None:
    ms = places("تتواصل الغارات على ريفي حماة الشمالي والجنوبي.")
    assert [m.attrs["name"] for m in ms] == ["ريف حماة الشمالي", "ريف حماة الجنوبي"]
    assert ms[1].text == "الجنوبي"


def test_city_and_its_countryside() -> None:
    ms = places("انتشرت القوات في حلب وريفها منذ الصباح.")
    assert [m.attrs["name"] for m in ms] == ["حلب", "ريف حلب"]
    assert ms[1].text == "ريفها" and ms[1].attrs["kind"] == "countryside"


def test_direction_locator() -> None:
    ms = places("سيطرت الفصائل على سراقب شرقي إدلب.")
    assert ms[0].attrs["name_en"] == "Saraqib" and ms[0].attrs["role"] == "main"
    assert ms[1].attrs["role"] == "locator" and ms[1].attrs["kind"] == "countryside"


def test_near_locator_and_unit_as_place() -> None:
    ms = places("قصفت المدفعية اللواء 52 قرب بلدة الحراك.")
    assert ms[0].attrs["kind"] == "unit" and ms[0].attrs["role"] == "main"
    assert ms[1].attrs["name_en"] == "Al-Hirak" and ms[1].attrs["role"] == "locator"
    assert ms[1].attrs["cue"] == "بلدة"


def test_a_country_is_not_located_by_the_place_after_it() -> None:
    # "قصفت تركيا محيط مدينة منبج": Turkey is the agent; Manbij is a place of its own, not Turkey's locator
    ms = places("قصفت تركيا محيط مدينة منبج أمس.")
    assert [m.attrs["role"] for m in ms] == ["main", "main"]
    assert ms[1].attrs["name_en"] == "Manbij"


def test_list_then_region_locator() -> None:
    ms = places("تظاهر السكان في حرستا ودوما بالغوطة الشرقية.")
    assert [m.attrs["role"] for m in ms] == ["main", "main", "locator"]
    assert ms[2].attrs["kind"] in ("region", "area")


def test_unknown_after_cue_is_kept_unresolved() -> None:
    ms = places("قصفت الطائرات قرية زنبقة الخضراء أمس.")
    assert len(ms) == 1 and ms[0].attrs["resolved"] is False and ms[0].attrs["lat"] is None
    assert ms[0].text == "زنبقة" and ms[0].attrs["cue"] == "قرية"


def test_locator_chooses_between_homonyms() -> None:
    ms = places("اشتباكات في القحطانية بريف القنيطرة الشمالي.")
    assert ms[0].attrs["admin1"] == "Quneitra"
    ms = places("اشتباكات في القحطانية بريف الحسكة.")
    assert ms[0].attrs["admin1"] == "Al-Hasakah"


def test_hard_negatives_are_not_places() -> None:
    assert places("قالت وحدات حماية الشعب إن الاجتماع يوم السبت في شهر نيسان.") == []
    assert places("فتح الباب أمام السلام والحرية والنصر في الجنوب.") == []
    assert places("عين الصقر على تل صغير قرب جسر خشبي.") == []


def test_ambiguous_name_needs_cue_or_locator() -> None:
    assert names("سيطرت الفصائل على مدينة الباب.") == ["Al-Bab"]
    assert names("سيطرت على الباب بريف حلب الشرقي.")[0] == "Al-Bab"


def test_regions_and_countries_have_their_kind() -> None:
    ms = places("وصلت التعزيزات إلى شرق سوريا قادمة من العراق.")
    assert [m.attrs["kind"] for m in ms] == ["region", "country"]


def test_airports_crossings_neighbourhoods() -> None:
    ms = places("سيطرت على مطار التيفور ومعبر نصيب وحي الميدان في دمشق.")
    assert [m.attrs["kind"] for m in ms] == ["airport", "crossing", "neighbourhood", "city"]
    assert ms[3].attrs["role"] == "locator"


def test_punctuation_breaks_names_and_lists() -> None:
    ms = places("دخلوا حلب، وريف دمشق.")
    assert [m.attrs["name"] for m in ms] == ["حلب", "ريف دمشق"]
    assert ms[0].attrs["group"] == -1


def test_empty_article_is_returned_unchanged() -> None:
    art = read_places(Article(id="e", raw=""))
    assert art.mentions == []


def test_rule_names_the_entry() -> None:
    m = places("دخلوا تدمر.")[0]
    assert m.rule.endswith(m.attrs["id"]) and m.attrs["id"]


def test_facility_named_after_a_town_is_its_own_place_at_the_town() -> None:
    ms = places("أغلقت السلطات سجن تدمر ومطار حمص قبل أسبوع.")
    prison, airport = ms[0].attrs, ms[1].attrs
    assert (prison["name"], prison["kind"]) == ("سجن تدمر", "prison")
    assert prison["id"] != "t:palmyra" and prison["lat"] == 34.56 and prison["geo_precision"] == 1
    assert airport["kind"] == "airport" and ms[1].rule.startswith("facility:")


def test_bare_facility_belongs_to_the_town_named_around_it() -> None:
    ms = places("سيطر المسلحون على بلدة القريتين كلها، ومنها المطار والسجن.")
    assert [m.attrs["name"] for m in ms] == ["القريتين", "مطار القريتين", "سجن القريتين"]
    assert ms[1].attrs["lat"] == ms[0].attrs["lat"]
    # a bare head with no town anywhere is not a place an event can stand at
    lone = places("فتحوا السجن أمس.")
    assert all(m.attrs["role"] == "locator" for m in lone)


def test_facility_with_an_unknown_name_takes_its_locator_town() -> None:
    ms = places("اقتحم الجنود دوار الساعة والمستشفى الوطني في مدينة الرقة.")
    names_kinds = [(m.attrs["name"], m.attrs["kind"], m.attrs["role"]) for m in ms]
    assert names_kinds[0] == ("دوار الساعة", "square", "main")
    assert names_kinds[1][1:] == ("hospital", "main") and names_kinds[-1][2] == "locator"
    assert ms[0].attrs["lat"] == ms[-1].attrs["lat"]


def test_units_by_number_but_not_a_force_named_by_its_unit() -> None:
    ms = places("استعاد الجيش الفوج 46 قرب بلدة الأتارب.")
    assert ms[0].attrs["name"] == "الفوج 46" and ms[0].attrs["kind"] == "unit"
    assert not [m for m in places("أرسلت القيادة دبابات الكتيبة 31 إلى الحدود.") if m.attrs["kind"] == "unit"]


def test_back_reference_to_the_last_crossing() -> None:
    ms = places("وصلت القافلة إلى معبر باب الهوى. ثم أغلق الحرس المعبر مساء.")
    assert ms[1].attrs["name"] == ms[0].attrs["name"] and ms[1].attrs["kind"] == "crossing"


def test_indefinite_adjective_is_not_a_facility_name() -> None:
    assert not [m for m in places("قصف الطيران مشفى ميدانياً في البلدة.") if m.attrs.get("facility")]


def test_list_after_a_plural_cue_keeps_unknown_members() -> None:
    ms = places('استعادت الفصائل قرى "الفرحانية"، و"تل الغزال"، و"جديدة السهل" في ريف حلب الشمالي.')
    assert [m.attrs["name"] for m in ms[:3]] == ["الفرحانية", "تل الغزال", "جديدة السهل"]
    assert len({m.attrs["group"] for m in ms[:3]}) == 1 and ms[3].attrs["role"] == "locator"
    ms = places("سيطرت الوحدات على بلدتي كفر عويد والمزيرعة ثم تقدمت.")
    assert [m.attrs["name"] for m in ms] == ["كفر عويد", "المزيرعة"]


def test_list_of_towns_and_villages_with_a_filler_and_a_new_cue() -> None:
    ms = places("قصفت المدفعية بلدات وقرى المحسنة وسعيدة ومحيط حقل الورد وقرى الطيبة والرويضة")
    got = [m.attrs["name"] for m in ms]
    assert got[:2] == ["المحسنة", "سعيدة"] and "حقل الورد" in got and got[-1] == "الرويضة"


def test_list_ends_at_a_verb_a_count_or_a_direction() -> None:
    assert [m.attrs["name"] for m in places("دخلوا قريتي الحمرا والبيضا وتقدموا نحو الجنوب")] == ["الحمرا", "البيضا"]
    assert places("سيطروا على 40 قرية كردية خلال يومين.") == []
    assert places("قصفوا قرى بشمال وشرق المنطقة، رابع هجوم هذا الشهر.") == []


def test_a_facility_of_the_place_just_named() -> None:
    ms = places("استعادت القوات بلدة الحويجة ومخيمها قبل الظهر.")
    assert [m.attrs["name"] for m in ms] == ["الحويجة", "مخيم الحويجة"]
    assert ms[1].attrs["kind"] == "camp" and ms[0].attrs["group"] == ms[1].attrs["group"]


def test_belonging_to_a_town_only_locates() -> None:
    ms = places("قصفت المدفعية قريتي الحمرا والبيضا التابعتين لبلدة شران مساء.")
    assert [m.attrs["role"] for m in ms] == ["main", "main", "locator"]


def test_unknown_mountain_keeps_its_cue_in_the_name() -> None:
    ms = places("تقدمت القوات نحو جبل الغرابة صباحا.")
    assert ms[0].attrs["name"] == "جبل الغرابة" and "الغرابة" in ms[0].attrs["aliases"]


def test_a_closing_quote_does_not_open_a_member() -> None:
    ms = places('حررت الفصائل قرى "الحويز"، و"المشيرفة"، القريبة من بلدة الراعي.')
    assert [m.attrs["name"] for m in ms if m.attrs["role"] == "main"] == ["الحويز", "المشيرفة"]


def test_a_road_named_by_its_two_towns() -> None:
    ms = places("سيطر الجيش على الطريق الدولي دمشق - حلب بالكامل.")
    assert len(ms) == 1 and ms[0].attrs["kind"] == "road" and ms[0].attrs["id"] == "rd:m5"
    ms = places("قطعت الفصائل الطريق الرئيسي بين الرقة ودير الزور.")
    assert len(ms) == 1 and ms[0].attrs["name"] == "طريق الرقة - دير الزور"
    assert 35.2 < ms[0].attrs["lat"] < 35.8 and ms[0].attrs["geo_precision"] == 2


def test_lone_countryside_pronoun_is_the_last_towns_countryside() -> None:
    ms = places("دخلت الفصائل مدينة حماة. وقصفت المدفعية ريفها الشمالي بعد ساعات.")
    assert ms[-1].attrs["name"] == "ريف حماة الشمالي" and ms[-1].attrs["role"] == "main"
    lone = places("وقصفت المدفعية ريفها بعد ساعات.")
    assert lone and lone[0].attrs["role"] == "locator"


def test_facility_names_drop_describing_words_and_share_spellings() -> None:
    ms = places("تقدمت القوات في حي المرجة الاستراتيجي.")
    assert ms[0].attrs["name"] == "حي المرجة"
    a = places("دخلوا المشفى الوطني في مدينة حماة.")[0].attrs
    b = places("دخلوا المستشفى الوطني في مدينة حماة.")[0].attrs
    assert a["id"] == b["id"] and a["kind"] == "hospital"
    assert places("مدينة فقدت الكثير من أهلها.") == []


def test_a_crossing_named_after_the_town_across_the_border() -> None:
    ms = places("عبرت الشاحنات من معبر جلب كلس صباحا.")
    assert [m.attrs["name"] for m in ms] == ["جلب كلس"] and ms[0].attrs["kind"] == "crossing"


def test_road_between_two_unknown_villages_and_plural_countryside() -> None:
    ms = places("سيطرت الفصائل على الطريق بين قريتي الحمرا والبيضا مساء.")
    assert len(ms) == 1 and ms[0].attrs["kind"] == "road" and "الطريق بين الحمرا والبيضا" in ms[0].attrs["aliases"]
    ms = places("تتواصل الغارات على أرياف حماة منذ أيام.")
    assert ms[0].attrs["name"] == "ريف حماة"


def test_a_road_that_links_two_towns() -> None:
    ms = places("قطعوا الطريق السريع الذي يربط حلب بالرقة.")
    assert len(ms) == 1 and ms[0].attrs["kind"] == "road" and ms[0].attrs["name"] == "طريق حلب - الرقة"


def test_a_noun_joined_to_the_cue_is_not_a_name() -> None:
    ms = places("اشتباكات بمحيط مدينة وبساتين تلكلخ منذ الصباح.")
    assert [m.attrs["name"] for m in ms] == ["تلكلخ"]


def test_the_governorates_countrysides_by_back_reference() -> None:
    ms = places("دخلت الفصائل بلدة صوران. ثم تقدمت في ريفي المحافظة الشمالي والغربي.")
    assert [m.attrs["name"] for m in ms[1:]] == ["ريف حماة الشمالي", "ريف حماة الغربي"]
    assert ms[1].attrs["group"] == ms[2].attrs["group"] >= 0


def test_dual_area_cue_keeps_unknown_members() -> None:
    ms = places("وصلت الدورية إلى منطقتي الرفيد والعشة قبل الظهر.")
    assert [m.attrs["name"] for m in ms] == ["الرفيد", "العشة"] and ms[0].attrs["group"] == ms[1].attrs["group"]


def test_a_junction_named_after_a_town_lies_near_the_town() -> None:
    """"مثلث X" is the road junction named after X: a place of its own at X, part-of precision."""
    ms = places("واستعادت القوات مثلث حماة بعد معارك عنيفة.")
    junction = ms[0].attrs
    assert (junction["name"], junction["kind"]) == ("مثلث حماة", "junction")
    assert junction["geo_precision"] == 2 and ms[0].rule.startswith("facility:")


def test_a_word_that_announces_the_members_of_a_plural_cue() -> None:
    """"عدة قرى، منها X وY": a quantifier, a comma and منها / بينها / أبرزها open the cue's list, so its
    names are read, the gazetteer's and the ones it lacks."""
    assert [m.text for m in places("هاجم المسلحون عدة قرى، منها تل البرج وكفر سلام مساء أمس.")] == ["تل البرج", "كفر سلام"]
    assert [m.text for m in places("وقصفت الطائرات قرى عدة من بينها تل البرج وكفر سلام.")] == ["تل البرج", "كفر سلام"]
    assert names("وقصفت الطائرات عشرات البلدات، أبرزها كفرنبل وسراقب.") == ["Kafranbel", "Saraqib"]
    # منها after a plural that is not a place cue, or with no name after it, reads nothing
    assert places("وسقط عدد من القتلى، منها جثث لم يتعرف عليها أحد.") == []
    assert places("وزار الوفد عدة قرى، منها ما دمره القصف.") == []


def test_places_of_worship_schools_and_markets_are_facilities_at_their_town() -> None:
    ms = places("سقطت قذيفة على جامع الفاروق ومدرسة الأمل في بلدة كفرنبل.")
    got = [(m.attrs["name"], m.attrs["kind"], m.attrs["role"]) for m in ms]
    assert got[:2] == [("جامع الفاروق", "mosque", "main"), ("مدرسة الأمل", "school", "main")]
    assert got[2][2] == "locator" and ms[0].attrs["lat"] == ms[2].attrs["lat"] == ms[1].attrs["lat"]
    assert ms[0].attrs["geo_precision"] == 1 and ms[0].rule.startswith("facility:")
    market = places("احترق سوق الخضار في مدينة دوما.")[0].attrs
    assert (market["kind"], market["resolved"]) == ("market", True)


def test_a_facility_named_after_a_person_keeps_the_whole_name() -> None:
    ms = places("هاجم مسلحون مسجد الإمام زيد بن أبي سالم في مدينة حمص.")
    assert ms[0].attrs["name"] == "مسجد الإمام زيد بن أبي سالم" and ms[0].attrs["kind"] == "mosque"
    assert places("احتمى الأهالي في جامع عمر بن الخطاب بمدينة حماة.")[0].attrs["name"] == "جامع عمر بن الخطاب"
    church = places("أصيبت كنيسة السيدة مريم في حي باب توما بدمشق.")[0].attrs
    assert church["name"] == "كنيسة السيدة مريم" and church["resolved"]


def test_a_facility_lying_in_a_neighbourhood_takes_the_neighbourhood_town() -> None:
    ms = places("انفجرت عبوة قرب كنيسة مار توما الواقعة في حي القصور بمدينة حمص.")
    church, quarter = ms[0].attrs, ms[1].attrs
    assert church["kind"] == "church" and quarter["role"] == "locator"
    assert church["lat"] == places("مدينة حمص")[0].attrs["lat"]


def test_a_road_after_a_village_only_says_where_it_lies() -> None:
    ms = places("دارت اشتباكات قرب قرية الحمرا على طريق حماة - سلمية.")
    assert [(m.attrs["kind"], m.attrs["role"]) for m in ms] == [("village", "main"), ("road", "locator")]
    ms = places("سيطرت القوات على مدينة سراقب الواقعة على طريق حلب - دمشق.")
    assert ms[0].attrs["role"] == "main" and ms[1].attrs["role"] == "locator"
    # a road that is the object itself stays the place
    assert places("قطع المسلحون طريق حماة - سلمية.")[0].attrs["role"] == "main"


def test_a_two_word_name_after_a_cue_keeps_a_definite_second_word_ending_in_yn() -> None:
    assert [m.attrs["name"] for m in places("دخلت القوات قرية خربة العين وقرية تل الراشدين.")] \
        == ["خربة العين", "تل الراشدين"]


def test_restaurants_depots_factories_and_ports_are_facilities() -> None:
    assert places("سيطر الجنود على مطعم “الياسمين” شمال المدينة.")[0].attrs["name"] == "مطعم الياسمين"
    depot = places("دمرت الغارة مستودعات مهين.")[0].attrs
    assert (depot["kind"], depot["resolved"]) == ("depot", True)
    factory = places("استهدفت الغارة معمل السكر في مدينة تل سلحب.")
    assert factory[0].attrs["kind"] == "factory" and factory[1].attrs["role"] == "locator"
    port = places("رست السفينة في ميناء طرطوس. ثم أغلق الجيش الميناء.")
    assert port[1].attrs["name"] == port[0].attrs["name"] and port[1].attrs["kind"] == "port"


def test_a_tell_with_a_definite_name_is_a_hill_but_a_high_tell_is_none() -> None:
    ms = places("قصفت المدفعية سفح تل الزيتون قرب مدينة نوى.")
    assert (ms[0].attrs["name"], ms[0].attrs["kind"], ms[0].attrs["geo_precision"]) == ("تل الزيتون", "hill", 2)
    assert ms[0].attrs["lat"] == ms[1].attrs["lat"] and ms[1].attrs["role"] == "locator"
    assert not [m for m in places("تمركزت القوات على تل مرتفع قرب البلدة.") if m.attrs.get("kind") == "hill"]
    assert places("سيطر المقاتلون على تل رفعت.")[0].attrs["kind"] != "hill"  # the gazetteer's town


def test_a_hill_after_a_list_of_villages_is_its_own_place() -> None:
    got = [m.attrs["name"] for m in places("هاجمت الفصائل عدة قرى، منها تل السمن وتل بركة وتلة الرادار.")]
    assert got == ["تل السمن", "تل بركة", "تلة الرادار"]


def test_a_facility_of_the_town_just_named_with_a_ta_before_its_pronoun() -> None:
    ms = places("استعاد الجيش مدينة تدمر وقلعتها الأثرية في ريف حمص الشرقي.")
    assert [m.attrs["name"] for m in ms[:2]] == ["تدمر", "قلعة تدمر"]
    assert ms[1].attrs["kind"] == "castle" and ms[1].attrs["lat"] == ms[0].attrs["lat"]
    assert ms[-1].attrs["role"] == "locator"  # the adjective does not cut the locator off


def test_a_list_of_villages_goes_on_past_a_trigger_like_name_and_a_direction_adjective() -> None:
    got = [m.attrs["name"] for m in places("داهمت الدوريات قرى؛ المزيرعة والحويز ورفعين والعوينة الشرقي وخربو.")]
    assert got == ["المزيرعة", "الحويز", "رفعين", "العوينة الشرقي", "خربو"]
    # a verb after the names still ends the list
    assert len(places("سيطروا على قرى المزيرعة والحويز ورفعوا العلم فيها.")) == 2


def test_a_bare_facility_after_a_facility_named_after_a_town_belongs_to_that_town() -> None:
    ms = places("سيطر التنظيم على سجن تدمر والمطار العسكري.")
    assert [m.attrs["name"] for m in ms] == ["سجن تدمر", "مطار تدمر العسكري"]
    assert ms[1].attrs["role"] == "main" and ms[1].attrs["lat"] == ms[0].attrs["lat"]


def test_a_title_takes_a_name_but_not_a_preposition() -> None:
    assert places("قصفت الطائرات كنيسة السيدة في حي باب توما.")[0].attrs["name"] == "كنيسة السيدة"
    # the name علي folds like the preposition على: after a title it is the name
    assert places("احترق مسجد الإمام علي ببلدة تلكلخ.")[0].attrs["name"] == "مسجد الإمام علي"


def test_a_facility_said_again_without_its_title_is_the_same_facility() -> None:
    ms = places("انفجرت عبوة في مسجد الإمام زيد بن أبي سالم في مدينة حمص. وتظهر الصور الأضرار داخل مسجد زيد بن أبي سالم بحمص.")
    named = [m for m in ms if m.attrs["kind"] == "mosque"]
    assert len(named) == 2 and named[1].attrs["id"] == named[0].attrs["id"]
    assert named[1].rule.startswith("facility-short:")
    # another mosque of the town is not it
    other = places("انفجرت عبوة في مسجد الإمام زيد بن أبي سالم في مدينة حمص. ثم احترق مسجد خالد بن سالم بحمص.")
    assert len({m.attrs["id"] for m in other if m.attrs["kind"] == "mosque"}) == 2


def test_a_village_spelled_with_ta_is_its_gazetteer_entry() -> None:
    """"جباتا الخشب" is how news of the Quneitra incursions spells the village the gazetteer files as "جباثا الخشب"
    (ث): a variant of the same entry, whole, not the one word a cue would take."""
    ms = places("وأقامت قوة إسرائيلية حاجزا على مدخل جباتا الخشب.")
    assert [m.attrs["name_en"] for m in ms] == ["Jubata al-Khashab"]


def test_a_police_post_in_a_town_takes_the_town_coordinates() -> None:
    # "مخفر الشرطة في بلدة X": the post lies in the town the locator names, one place, not two
    for text in ("هاجم مسلحون مخفر الشرطة في بلدة الصنمين.", "فجّر مجهولون مخفر الناحية في مدينة جاسم."):
        ms = places(text)
        post = ms[0].attrs
        assert post["kind"] == "post" and post["resolved"], text
        town = places(text.split(" في ")[1])[0].attrs
        assert post["lat"] == town["lat"], text


def test_a_road_s_end_does_not_place_a_facility_named_later() -> None:
    # "الطريق المؤدي إلى X": X is where the road leads, not where the story stands
    for road in ("قطعوا الطريق الشرقي المؤدي للعاصمة دمشق.", "قطعوا الطريق الواصل إلى مدينة حماة.",
                 "قطعوا الطريق المؤدية لحماة."):
        ms = places(f"هاجم مقاتلون مجمعا عسكريا في مدينة حلب. و{road} ثم سيطروا على كلية التسليح.")
        college = [m.attrs for m in ms if m.attrs.get("kind") == "college"][0]
        assert college["lat"] == ms[0].attrs["lat"], road
    # a town reached is where the story goes next
    ms = places("هاجم مقاتلون مجمعا عسكريا في مدينة حلب. ثم وصلوا إلى مدينة حماة وسيطروا على كلية التسليح.")
    assert [m.attrs for m in ms if m.attrs.get("kind") == "college"][0]["lat"] == ms[1].attrs["lat"]


def test_a_pronoun_after_a_cue_is_no_name() -> None:
    # "حاجز لهم": a checkpoint of theirs; the locator after it gives the place
    ms = places("قتل عنصران جراء هجوم على حاجز لهم في ريف حمص الشرقي.")
    assert [m.text for m in ms] == ["ريف حمص الشرقي"]


def test_an_adjective_describing_a_town_is_no_word_of_its_name() -> None:
    assert [m.attrs["name"] for m in places("سقطت قذائف على بلدة القصر الحدودية.")] == ["القصر"]
    # a side still names a sister village
    assert [m.attrs["name"] for m in places("قصفت القوات قرية دير الشرقي.")] == ["دير الشرقي"]


def test_a_purpose_noun_after_a_building_is_not_its_institution() -> None:
    ms = places("وقفة أمام مبنى المحافظة للمطالبة بالإفراج عن المعتقلين في مدينة السويداء.")
    assert ms[0].attrs["name"] == "مبنى المحافظة"
    assert places("اعتقل في فرع البادية للمخابرات العسكرية بتدمر.")[0].attrs["name"] == "فرع البادية للمخابرات العسكرية"


def test_a_facility_in_the_centre_of_a_town_or_in_the_capital_takes_its_coordinates() -> None:
    for text in ("استهدفت غارات مقر هيئة الأركان في وسط العاصمة دمشق.", "استهدفت غارات مقر هيئة الأركان في العاصمة دمشق.",
                 "انفجرت سيارة قرب مبنى البلدية في قلب مدينة إدلب."):
        ms = places(text)
        assert ms[0].attrs["resolved"] and ms[1].attrs["role"] == "locator", text


def test_a_site_at_a_town_s_edge_is_located_by_the_town() -> None:
    ms = places("وتمكن الثوار من تحرير حاجز البيطرة على أطراف بلدة تلبيسة.")
    assert [m.attrs["role"] for m in ms] == ["main", "locator"]
    # a village at the edge of an area stays two places
    ms = places("سيطرت الفصائل على قرية الزيارة على أطراف سهل الغاب.")
    assert [m.attrs["role"] for m in ms] == ["main", "main"]
