"""Vocabulary of 2025-2026 security operations and lists that fan out (issue 12, fold P): sentences written
for these tests. GUIDELINES: a security sweep and closing roads are `other`, a security cordon is `deploy`."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events_of(text: str, published: str = "2025-03-10"):
    return analyze(Article(id="s", raw=text, published=published)).events


def types_at(evs, place: str) -> set[str]:
    return {e.type for e in evs if e.place.name == place}


def test_a_security_sweep_is_other_not_an_attack():
    launched = events_of("وأطلقت قوات الأمن العام حملة أمنية في مدينة تلكلخ بحثا عن مطلوبين.")
    assert types_at(launched, "تلكلخ") == {"other"}
    waged = events_of("وشنت قوات الأمن العام حملة أمنية في مدينة تلكلخ.")
    assert types_at(waged, "تلكلخ") == {"other"}
    # an offensive is still an attack
    assert "attack" in types_at(events_of("وشنت الفصائل حملة عسكرية على مدينة تلكلخ."), "تلكلخ")


def test_a_security_cordon_round_a_town_is_a_siege_as_the_verb_is():
    # task frame33: a cordon laid round a town is encircling it (GUIDELINES "Sieges"), no longer deploy
    evs = events_of("وفرضت قوى الأمن طوقا أمنيا حول مدينة جبلة مساء أمس.")
    assert types_at(evs, "جبلة") == {"advance"}
    siege = events_of("وقال المصدر إن الجيش يطوق مدينة جبلة من ثلاث جهات.")
    assert "advance" in types_at(siege, "جبلة")


def test_closing_the_ways_in_and_out_of_a_place_is_other():
    evs = events_of("وأغلقت الشرطة مداخل ومخارج حي الوعر في حمص بعد الحادث.")
    assert "other" in {e.type for e in evs if "الوعر" in e.place.name}


def test_each_pair_after_a_plural_road_head_is_a_road():
    evs = events_of("وأعلن مسؤول أمني إغلاق طرق حمص – طرطوس وحمص – حماة بسبب الاشتباكات.")
    names = {e.place.name_en or e.place.name for e in evs if e.type == "other"}
    assert "Homs-Tartus highway" in names
    assert any("حماة" in (e.place.name or "") and "طريق" in (e.place.name or "") for e in evs)
    assert not {"Homs", "Tartus", "Hama"} & names  # the towns only name the roads
    # with no dash the plural names the towns' own roads
    towns = events_of("وأغلقت السلطات طرق حمص وحماة.")
    assert {"Homs", "Hama"} <= {e.place.name_en for e in towns}


def test_a_semicolon_after_a_plural_cue_opens_its_list():
    evs = events_of("وأطلقت قوات الأمن حملة أمنية على قرى؛ المزيرعة والعباسية ومناطق أخرى بريف حمص الغربي.")
    places = {e.place.name for e in evs if e.type == "other"}
    assert {"المزيرعة", "العباسية"} <= places
    # one word after a semicolon that begins no list is no place
    assert not events_of("وسقطت القذائف على قرى؛ وهذا ما أكده الأهالي.")


def test_a_directional_countryside_may_name_the_governorate_in_full():
    evs = events_of("وأطلقت القوات حملة أمنية بريف محافظة حماة الشمالي صباح اليوم.")
    assert {e.place.name_en for e in evs} == {"Northern Hama countryside"}


def test_an_attempt_to_get_in_is_an_advance_not_an_entry():
    evs = events_of("وتجددت الاشتباكات بسبب محاولات مسلحين العبور إلى مدينة صحنايا ليلاً.")
    assert "advance" in types_at(evs, "صحنايا") and "enter" not in types_at(evs, "صحنايا")
    tried = events_of("وحاولت الفصائل الدخول إلى مدينة جرمانا فجر اليوم.")
    assert types_at(tried, "جرمانا") == {"advance"}
    # trying now is not done yet
    trying = events_of("وتحاول الفصائل الدخول إلى مدينة جرمانا.")
    assert {e.polarity for e in trying if e.place.name == "جرمانا"} == {"expected"}


def test_an_adjective_after_a_checkpoint_names_no_place():
    evs = events_of("وقتل عنصر جراء هجوم على حاجز عسكري بريف محافظة دير الزور.")
    assert all(e.place.name_en for e in evs)
    assert "attack" in {e.type for e in evs if e.place.name_en == "Deir ez-Zor countryside"}
    # a checkpoint with a name of its own is still a place
    named = events_of("وسيطرت القوات على حاجز الصوامع قرب مدينة الرستن.")
    assert any("الصوامع" in e.place.name for e in named)


def test_the_locator_of_a_locator_is_no_event_place():
    evs = events_of("وقتل خمسة أشخاص بقصف على بلدة جملة بمنطقة حوض اليرموك غرب درعا.")
    assert {e.place.name for e in evs} == {"جملة"}
    area = events_of("وقصفت المدفعية الإسرائيلية بلدات حوض اليرموك.")
    assert {e.place.name_en for e in area} == {"Yarmouk Basin"}


def test_encircling_fighters_inside_a_place_stays_a_siege():
    evs = events_of("وتواصل القوات تطويق مقاتلي التنظيم داخل محيط مطار الطبقة.")
    assert {e.type for e in evs if e.place.name_en == "Tabqa Airbase"} == {"advance"}
    # advancing inside a town is still an entry
    assert "enter" in types_at(events_of("وتقدمت القوات داخل مدينة يبرود."), "يبرود")


def test_agreeing_to_withdraw_is_expected():
    evs = events_of("وأعلن المجلس موافقة قواته على الانسحاب من مدينة منبج خلال أسبوع.")
    assert {e.polarity for e in evs if e.type == "withdraw"} == {"expected"}


def test_a_dam_named_with_its_former_name_is_one_place():
    evs = events_of("وقالت القيادة إن وحداتها سيطرت مساء أمس على كامل سد المنصورة (سد البعث سابقاً) شرقي الطبقة.")
    assert [e.place.name_en for e in evs if e.type == "take_control"] == ["Baath Dam"]


def test_a_countryside_direction_of_the_named_governorate():
    evs = events_of("واستمرت عمليات عسكرية في الريف الجنوبي من محافظة الحسكة منذ الصباح.")
    assert {e.place.name_en for e in evs} == {"Southern Al-Hasakah countryside"}
    west = events_of("وتواصلت عمليات عسكرية في الريف الغربي لمحافظة حمص.")
    assert {e.place.name_en for e in west} == {"Western Homs countryside"}


def test_where_the_wounded_are_taken_is_no_casualty_place():
    evs = events_of("وجرى نقل المصابين إلى المستشفى الوطني في حماة.")
    assert not evs
    hurt = events_of("وقتل ثلاثة مدنيين وجرح خمسة آخرون في قصف على مدينة حماة.")
    assert "casualties" in types_at(hurt, "حماة")


def test_the_prison_and_his_surroundings_point_at_the_last_prison():
    evs = events_of("وهاجمت الفصائل سجن الأقطان في الرقة. وقال البيان إن القوات صدت محاولات الوصول إلى السجن.")
    assert "advance" in {e.type for e in evs if e.place.name == "سجن الأقطان"}
    posted = events_of("وأعلنت الوزارة السيطرة على سجن الأقطان في الرقة، وقالت إن قوات الشرطة العسكرية تنتشر في محيطه.")
    assert "deploy" in {e.type for e in posted if e.place.name == "سجن الأقطان"}
    # with no prison named, "السجن" points at nothing
    assert not [e for e in events_of("وقالت القوات إنها وصلت إلى السجن.") if e.type == "enter"]


def test_a_town_named_with_its_countryside_locator_is_the_town():
    evs = events_of("وأعلن الجيش سيطرته على منطقة الرصافة في ريف الرقة الجنوبي.")
    assert {e.place.name_en for e in evs} == {"Resafa"}


def test_a_security_operation_carried_out_is_other_by_one_row():
    """"نفذت/أطلقت/بدأت ... عملية أمنية": every verb of carrying out an operation, perfect or imperfect,
    makes a security operation `other`, and one trigger row reads them all (two rows of the same
    construction were kept as one)."""
    sentences = ("وتطلق وزارة الداخلية عملية أمنية في مدينة تلكلخ منذ الصباح.",
                 "وبدأت قوى الأمن الداخلي عملية أمنية واسعة في مدينة جبلة.",
                 "وينفذ الأمن العام عمليات أمنية في مدينة تلكلخ بحثا عن مطلوبين.",
                 "وشنت قوات الأمن العام العملية الأمنية في مدينة جبلة فجر اليوم.")
    rows = set()
    for text, place in zip(sentences, ("تلكلخ", "جبلة", "تلكلخ", "جبلة"), strict=True):
        evs = events_of(text)
        assert types_at(evs, place) == {"other"}, text
        rows |= {e.rule.split()[0] for e in evs if e.place.name == place}
    assert len(rows) == 1, rows
