"""Actor reader: lexicon entries, head + nationality, and possessive coreference."""
from __future__ import annotations

from tawatur.clean.segment import segment
from tawatur.model import Article
from tawatur.read.actors import read_actors


def _actors(text: str) -> list:
    art = read_actors(segment(Article(id="t", raw=text, text=text)))
    return art.mentions_of("actor")


def _by_text(text: str) -> dict[str, dict]:
    return {m.text: m.attrs for m in _actors(text)}


def test_named_actors_and_sides() -> None:
    got = _by_text("هاجمت هيئة تحرير الشام مواقع قوات النظام قرب مدينة في الشمال.")
    assert got["هيئة تحرير الشام"]["side"] == "opposition"
    assert got["قوات النظام"]["side"] == "government"


def test_offsets_point_into_raw_with_clitics() -> None:
    text = "وقصفت طائرات مجهولة مواقع للمعارضة وبعدها انسحب الثوار."
    for m in _actors(text):
        assert text[m.start:m.end] == m.text
    assert any(m.attrs["id"] == "rebels" for m in _actors(text))


def test_bare_army_is_syrian_but_israeli_army_is_not() -> None:
    got = _by_text("توغل الجيش الإسرائيلي في قرية حدودية، بينما انسحب الجيش من تلة قريبة.")
    assert got["الجيش الإسرائيلي"]["side"] == "israel"
    assert got["الجيش"]["side"] == "government"


def test_unknown_foreign_army_is_not_government() -> None:
    got = _by_text("أجرى الجيش اللبناني دوريات على الحدود.")
    assert got["الجيش اللبناني"]["side"] == "unknown"


def test_joint_air_force_takes_first_nation() -> None:
    text = "استهدف الطيران الحربي السوري الروسي تجمعات في ريف البلدة."
    m = _actors(text)[0]
    assert m.attrs["side"] == "government"
    assert m.attrs["joint"] == ["government", "russia"]


def test_turkish_forces_feminine_adjective() -> None:
    got = _by_text("دخلت القوات التركية إلى القرية صباحاً.")
    assert got["القوات التركية"]["side"] == "turkey"


def test_adjectives_extend_named_actor() -> None:
    got = _by_text("تقدمت الفصائل السورية المسلحة نحو البلدة.")
    assert got["الفصائل السورية المسلحة"]["id"] == "armed_factions"


def test_possessive_points_back_to_previous_sentence_actor() -> None:
    ms = _actors("أعلنت قوات سوريا الديمقراطية بدء هجوم جديد. وقالت إن قواتها تقدمت شرقاً.")
    coref = [m for m in ms if m.attrs.get("coref")]
    assert coref and coref[0].text == "قواتها"
    assert coref[0].attrs["side"] == "sdf" and coref[0].attrs["antecedent"] == "sdf"


def test_civilians_and_no_actor_in_plain_text() -> None:
    assert _by_text("نزح الأهالي من القرية.")["الأهالي"]["side"] == "civilians"
    assert _actors("ارتفعت أسعار الخبز في الأسواق هذا الأسبوع.") == []


def _dated(text: str, published: str | None) -> dict[str, dict]:
    art = read_actors(segment(Article(id="t", raw=text, text=text, published=published)))
    return {m.text: m.attrs for m in art.mentions_of("actor")}


def test_the_regime_is_the_former_government_and_its_remnants_are_unknown() -> None:
    text = "هاجمت عناصر النظام السابق حاجزاً للأمن العام قرب القرية، بعد سنوات من قصف قوات النظام لها."
    new = _dated(text, "2025-03-07")
    assert new["قوات النظام"]["side"] == "government"  # the Assad army, in a history of the war
    assert new["قوات النظام"]["actor_en"] == "Military Forces of Syria (2000-2024)"
    assert new["عناصر النظام السابق"]["side"] == "unknown"
    assert new["عناصر النظام السابق"]["actor_en"] == "Assad Regime Remnants (Syria)"
    assert new["لأمن العام"]["side"] == "government"  # the span starts after the proclitic لـ
    assert new["لأمن العام"]["actor_en"] == "Police Forces of Syria (2024-)"
    assert _dated(text, "2019-05-02")["لأمن العام"]["side"] == "opposition"  # HTS's service in Idlib


def test_neutral_army_name_follows_whoever_governs() -> None:
    text = "انتشر الجيش السوري في أحياء المدينة بعد انسحاب فلول النظام منها."
    assert _dated(text, "2016-12-20")["الجيش السوري"]["actor_en"] == "Military Forces of Syria (2000-2024)"
    new = _dated(text, "2026-01-19")
    assert new["الجيش السوري"]["actor_en"] == "Military Forces of Syria (2024-)"
    assert new["الجيش السوري"]["side"] == "government"
    assert new["فلول النظام"]["side"] == "unknown"


def test_hts_is_opposition_before_the_fall_and_the_government_after() -> None:
    text = "دخلت هيئة تحرير الشام إلى البلدة."
    assert _dated(text, "2024-12-01")["هيئة تحرير الشام"]["side"] == "opposition"
    assert _dated(text, "2024-12-08")["هيئة تحرير الشام"]["side"] == "opposition"
    assert _dated(text, "2025-01-15")["هيئة تحرير الشام"]["side"] == "government"


def test_undated_text_reads_the_base_actor() -> None:
    assert _dated("قصفت قوات النظام البلدة.", None)["قوات النظام"]["side"] == "government"


def test_local_groups_tribes_and_druze_factions_are_unknown_after_the_fall() -> None:
    got = _dated("اشتبك مسلحون دروز مع مقاتلي العشائر، وهاجمت مجموعات مسلحة نقطة للشرطة.", "2025-07-15")
    assert got["مسلحون دروز"]["side"] == "unknown"
    assert got["مقاتلي العشائر"]["side"] == "unknown"
    assert got["مجموعات مسلحة"]["side"] == "unknown"


def test_sdf_and_isis_wordings() -> None:
    got = _dated("قالت قسد إن عناصر التنظيم هاجموا نقطة لقوات سوريا الديموقراطية.", "2019-02-01")
    assert got["قسد"]["side"] == "sdf" and got["قسد"]["actor_en"] == "SDF: Syrian Democratic Forces"
    assert got["عناصر التنظيم"]["side"] == "isis"
    assert got["قوات سوريا الديموقراطية"]["side"] == "sdf"


def test_allegiance_phrase_is_one_mention() -> None:
    got = _dated("تقدمت الفصائل المسلحة الموالية لأنقرة نحو القرية.", "2019-10-12")
    assert list(got) == ["الفصائل المسلحة الموالية لأنقرة"]
    assert got["الفصائل المسلحة الموالية لأنقرة"]["side"] == "opposition"
    assert got["الفصائل المسلحة الموالية لأنقرة"]["actor_en"] == "Syrian National Army"
    planes = _dated("قصفت الطائرات الحربية التابعة للنظام أطراف البلدة.", "2016-08-01")
    assert planes["الطائرات الحربية التابعة للنظام"]["side"] == "government"
    mod = _dated("كذّبت وزارة الدفاع التابعة للحكومة السورية الخبر.", "2024-12-05")
    assert mod["وزارة الدفاع التابعة للحكومة السورية"]["id"] == "syr_mod"


def test_operation_name_takes_its_force_side_and_its_factions_are_opposition() -> None:
    got = _dated("أعلنت عملية نبع السلام السيطرة على القرية بعد تقدم فصائل درع الفرات.", "2019-10-20")
    assert got["عملية نبع السلام"]["side"] == "turkey"
    assert got["فصائل درع الفرات"]["side"] == "opposition"


def test_foreign_troops_with_a_plural_nationality() -> None:
    got = _dated("دخلت مدرعات تركية إلى البلدة بينما قتل جنود أتراك.", "2016-09-01")
    assert got["مدرعات تركية"]["side"] == "turkey"
    assert got["جنود أتراك"]["side"] == "turkey"


def test_every_alias_points_at_one_canonical_actor_with_two_names() -> None:
    from tawatur.read.actors import actor_entries, canonical_actors, parse_periods, side_actor
    names = canonical_actors()
    for entry in actor_entries().values():
        for ident in [entry.actor, *(i for _, i in entry.periods)]:
            assert names[ident].name_en and names[ident].name_ar
    assert len({c.name_en for c in names.values()}) == len(names)
    assert side_actor("opposition").name_en == "Opposition Rebels (Syria)"
    assert side_actor("government", "2025-02-01").name_en == "Military Forces of Syria (2024-)"
    assert side_actor("government", "2024-12-08").name_en == "Military Forces of Syria (2000-2024)"
    assert parse_periods("2021-01-20>usa_2021;2017-01-20>usa_2017") == (("2017-01-20", "usa_2017"),
                                                                        ("2021-01-20", "usa_2021"))


def test_forces_of_the_free_army_are_not_the_syrian_army() -> None:
    got = _dated("حررت قوات الجيش السوري الحر قرية حدودية، ثم دخلت قوات الجيش السوري بلدة أخرى.", "2016-09-01")
    assert got["الجيش السوري الحر"]["side"] == "opposition"
    assert got["الجيش السوري"]["side"] == "government"


def test_a_coalition_led_by_kurdish_fighters_is_the_sdf() -> None:
    got = _dated("بعد أن سيطر تحالف تدعمه واشنطن ويقوده مقاتلون أكراد على بلدة في الشرق.", "2017-06-01")
    (text, attrs), = got.items()
    assert text == "تحالف تدعمه واشنطن ويقوده مقاتلون أكراد"
    assert attrs["side"] == "sdf" and attrs["actor_en"] == "SDF: Syrian Democratic Forces"


def test_gunmen_loyal_to_the_regime_are_a_pro_government_militia() -> None:
    got = _dated("قتل رجل برصاص مسلحين تابعين للنظام في قرية قرب حلب.", "2012-08-01")
    attrs = got["مسلحين تابعين للنظام"]
    assert attrs["side"] == "government" and attrs["actor_en"] == "NDF: National Defence Forces"


def test_an_undated_text_is_read_in_the_era_its_wording_belongs_to() -> None:
    from tawatur.read.actors import article_day
    text = "انتشرت عناصر الأمن العام في البلدة بعد هجوم شنته فلول النظام على حاجز."
    art = segment(Article(id="t", raw=text, text=text))
    assert article_day(art) == "2024-12-09"
    assert _dated(text, None)["عناصر الأمن العام"]["side"] == "government"
    art.published, art.meta["published_inferred"] = "2024-12-08", True  # the day it mentions, guessed
    assert article_day(art) == "2024-12-09"
    art.meta["published_inferred"] = False  # a date the outlet gave wins
    assert article_day(art) == "2024-12-08"
    assert _dated("قصفت قوات النظام البلدة.", None)["قوات النظام"]["side"] == "government"


def test_gunmen_belonging_to_an_armed_group_are_its_members() -> None:
    got = _dated("هاجم مسلحان يتبعان لتنظيم داعش نقطة للشرطة، وفر مسلحون ينتمون إلى تنظيم الدولة.", "2025-08-02")
    assert got["مسلحان يتبعان لتنظيم داعش"]["side"] == "isis"
    assert got["مسلحون ينتمون إلى تنظيم الدولة"]["side"] == "isis"
    # a state's generic client stays its client, not its own army
    client = _dated("تقدمت المجموعات المسلحة الموالية لتركيا نحو القرية.", "2019-10-12")
    assert client["المجموعات المسلحة الموالية لتركيا"]["side"] == "opposition"


def test_gunmen_of_a_named_armed_group_are_its_members() -> None:
    """"مسلحون من تنظيم الدولة": a partitive من after a one-word generic armed people noun names whose members
    they are; a place after من does not, nor a state force."""
    got = _dated("هاجم مسلحان من تنظيم الدولة كنيسة البلدة، واشتبك مسلحون من قسد مع دورية.", "2025-09-14")
    assert got["مسلحان من تنظيم الدولة"]["side"] == "isis"
    assert got["مسلحون من قسد"]["side"] == "sdf"
    got = _dated("وصل مسلحون من درعا إلى البلدة.", "2025-09-14")
    assert got["مسلحون"]["side"] == "unknown"


def test_factions_of_the_damascus_government_after_the_fall() -> None:
    got = _dated("قالت الإدارة الذاتية إن الفصائل التابعة لحكومة دمشق قصفت القرية.", "2026-01-10")
    assert got["الفصائل التابعة لحكومة دمشق"]["side"] == "government"
    assert got["الفصائل التابعة لحكومة دمشق"]["actor_en"] == "Military Forces of Syria (2024-)"
    old = _dated("قصفت الميليشيات الموالية للحكومة السورية القرية.", "2015-05-01")
    assert old["الميليشيات الموالية للحكومة السورية"]["actor_en"] == "NDF: National Defence Forces"


def test_internal_security_and_the_kurdish_internal_security() -> None:
    got = _dated("انتشرت قوى الأمن الداخلي في المدينة بينما بقيت قوى الأمن الداخلي الكردية في القامشلي.",
                 "2025-05-03")
    assert got["قوى الأمن الداخلي"]["actor_en"] == "Police Forces of Syria (2024-)"
    assert got["قوى الأمن الداخلي الكردية"]["side"] == "sdf"


def test_forces_affiliated_to_turkey_are_its_syrian_factions() -> None:
    got = _dated("شنت القوات التابعة لتركيا هجوماً على القرية.", "2025-01-08")
    assert got["القوات التابعة لتركيا"]["side"] == "opposition"


def test_names_of_2025_parties() -> None:
    got = _dated("دعت سنتكوم إلى التهدئة، "
                 "بينما هاجمت مجموعات الهجري والعشائر البدوية قرى في الريف، وتبنت سرايا أنصار السنة التفجير، "
                 "وهاجم لواء درع الساحل دورية.", "2025-07-16")
    assert got["سنتكوم"]["side"] == "usa"
    assert got["مجموعات الهجري"]["actor_en"] == "Druze Communal Militia (Syria)"
    assert got["العشائر البدوية"]["actor_en"] == "Tribal Militia (Syria)"
    assert got["سرايا أنصار السنة"]["side"] == "unknown"
    assert got["سرايا أنصار السنة"]["actor_en"] == "Saraya Ansar al-Sunna"
    assert got["لواء درع الساحل"]["actor_en"] == "Assad Regime Remnants (Syria)"


def test_a_lone_gunman_is_an_actor_only_with_his_group() -> None:
    got = _dated("أطلق مسلح ينتمي لتنظيم داعش النار على دورية، وفجر انتحاري نفسه قرب الحاجز.", "2025-12-13")
    assert got["مسلح ينتمي لتنظيم داعش"]["side"] == "isis"
    assert "انتحاري" not in got


def test_quwa_is_a_plural_of_forces_like_quwwat() -> None:
    """"قوى الأمن" (broken plural of قوة) names the same security forces as "قوات الأمن"; the longer
    "قوى الأمن الداخلي" stays its own force."""
    new = _dated("وفرضت قوى الأمن طوقا حول الحي بعد ساعات من انتشار قوى الأمن الداخلي فيه.", "2025-05-02")
    assert new["قوى الأمن"]["side"] == "government"
    assert new["قوى الأمن"]["actor_en"] == _dated("وانتشرت قوات الأمن في الحي.", "2025-05-02")["قوات الأمن"]["actor_en"]
    assert "قوى الأمن الداخلي" in new  # the whole longer name, not its first two words
    assert _dated("وانتشرت قوى الأمن العام في الحي.", "2025-05-02")["قوى الأمن العام"]["side"] == "government"


def _coref_side(text: str) -> str:
    return next(m for m in _actors(text) if m.attrs.get("coref")).attrs["side"]


def test_a_possessive_agrees_with_its_antecedent() -> None:
    """"انسحاب قواته" agrees with a masculine force (الجيش، التنظيم), "قواتها" with a feminine one or a
    plural of things (الفصائل، الجماعات، قسد), even when a force of the other gender is named nearer."""
    masc = "ونفى الجيش السوري أنباء عن سيطرة الجماعات المسلحة على بلدة التل وعن انسحاب قواته منها."
    assert _coref_side(masc) == "government"
    fem = "وقالت الفصائل إن تنظيم داعش حاول التقدم نحو مواقع قواتها قرب بلدة مارع."
    assert _coref_side(fem) == "opposition"
    prior = "وأكد الجيش السوري تمسكه بمواقعه. وتحدثت الجماعات المسلحة عن انسحاب قواته من البلدة."
    assert _coref_side(prior) == "government"
    near = "وقالت الفصائل إن قواتها تقدمت نحو البلدة."
    assert _coref_side(near) == "opposition"


def test_a_plain_adjective_between_a_force_head_and_its_nationality() -> None:
    """"أرتال عسكرية تركية"، "دورية عسكرية روسية": the adjective does not cut the head from its nation."""
    got = _by_text("وأكدت مصادر أن 10 أرتال عسكرية تركية دخلت من المعبر، تبعتها دورية عسكرية روسية.")
    assert got["أرتال عسكرية تركية"]["side"] == "turkey"
    assert got["دورية عسكرية روسية"]["side"] == "russia"


def test_an_accusative_troop_head_takes_its_nationality() -> None:
    """"أن أرتالاً تركية دخلت": the accusative after أن (tanween alif) is still the head."""
    assert _by_text("وأكدت مصادر أن أرتالاً تركية دخلت من المعبر.")["أرتالاً تركية"]["side"] == "turkey"


def test_a_jihadist_epithet_names_the_jihadist_group_told_before() -> None:
    """"الجهاديون" after "تنظيم داعش" is the Islamic State again; after "هيئة تحرير الشام", that group."""
    isis = [m for m in _actors("هاجم تنظيم داعش بلدة في الريف الشرقي. ويتقدم الجهاديون نحو البلدة ببطء.")
            if m.rule == "coref:epithet"]
    assert [m.text for m in isis] == ["الجهاديون"] and isis[0].attrs["side"] == "isis"
    hts = [m for m in _actors("أعلنت هيئة تحرير الشام هجوما جديدا. وقصف الجهاديين مواقع الجيش في الصباح.")
           if m.rule == "coref:epithet"]
    assert [m.attrs["id"] for m in hts] == ["hts"]


def test_a_jihadist_epithet_with_no_group_told_before_names_none() -> None:
    got = _actors("ويتقدم الجهاديون نحو البلدة ببطء، وقالت قوات النظام إنها صدتهم.")
    assert not [m for m in got if m.rule == "coref:epithet"]


def test_the_people_s_protection_forces_are_the_ypg() -> None:
    """"قوات حماية الشعب" is a name reporters give the YPG (People's Protection Units) as well."""
    got = _by_text("وقالت مصادر إن قوات حماية الشعب الكردية صدت هجوما على قرية في الريف.")
    assert got["قوات حماية الشعب الكردية"]["id"] == "ypg"


def test_tribes_named_indefinite_are_tribal_fighters() -> None:
    """"سيطرت عشائر عربية على X": tribes named without the article are the tribal fighters (unknown after the
    fall), not a force of the story's main side. Sentence written for this test."""
    got = _dated("وسيطرت عشائر عربية على بلدة الشحيل، وقاتل مسلحون من عشائر المنطقة.", "2026-01-22")
    assert got["عشائر عربية"]["side"] == "unknown"
    assert got["عشائر عربية"]["id"] == "tribes"


def test_remnants_of_a_named_armed_group_are_that_groups() -> None:
    # task left11: only remnants of the former regime are unknown (GUIDELINES.md, Sides)
    got = _dated("وهاجمت فلول تنظيم داعش نقطة للجيش في البادية.", "2021-06-12")
    assert got["فلول تنظيم داعش"]["side"] == "isis"
    assert _dated("وقتل جنديان في هجوم لفلول داعش على موقع عسكري.", "2021-06-12")["فلول داعش"]["side"] == "isis"


def test_remnants_alone_or_of_the_old_army_stay_the_former_regimes() -> None:
    got = _dated("واشتبكت قوات الأمن مع فلول جيش الأسد في ريف المدينة.", "2025-03-07")
    assert got["فلول جيش الأسد"]["side"] == "unknown"
    assert _dated("وهاجمت فلول مسلحة حاجزاً للأمن العام.", "2025-03-07")["فلول مسلحة"]["side"] == "unknown"
