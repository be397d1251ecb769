"""Source reader: speakers, chains, roots, denials, scopes and continuations."""
from __future__ import annotations

from tawatur.clean.segment import segment
from tawatur.model import Article
from tawatur.read.actors import read_actors
from tawatur.read.sources import read_sources


def _read(text: str) -> Article:
    return read_sources(read_actors(segment(Article(id="t", raw=text, text=text))))


def _sources(text: str) -> list:
    return _read(text).mentions_of("source")


def _scope(text: str, m) -> str:
    return text[m.attrs["scope_start"]:m.attrs["scope_end"]]


def test_agency_quoting_anonymous_source_is_a_chain() -> None:
    text = "ونقلت سانا عن مصدر عسكري أن قوات الجيش صدت هجوماً على أطراف المدينة."
    (m,) = _sources(text)
    assert m.attrs["name_en"] == "SANA"
    assert m.attrs["chain"] == ["SANA", "military source"]
    assert m.attrs["root"] == "SANA"
    assert _scope(text, m) == "قوات الجيش صدت هجوماً على أطراف المدينة"


def test_officer_talking_to_wire_agency_has_agency_first() -> None:
    text = "وقال ضابط في جيش النظام لرويترز إن الوحدات تراجعت إلى خط دفاع ثان."
    (m,) = _sources(text)
    assert m.attrs["chain"] == ["Reuters", "army officer"]
    assert m.attrs["root"] == "Reuters"
    assert _scope(text, m).startswith("الوحدات تراجعت")


def test_actor_speaker_uses_actor_name_and_side() -> None:
    (m,) = _sources("أعلنت غرفة عمليات الجنوب اليوم سيطرتها على بلدة جديدة.")
    assert m.attrs["name_en"] == "Southern Operations Room"
    assert m.attrs["side"] == "opposition" and m.attrs["actor_id"] == "south_room"


def test_denial_verb_and_denial_phrase() -> None:
    (m,) = _sources("نفت وزارة الدفاع السورية انسحاب وحداتها من المدينة.")
    assert m.attrs["denial"] is True
    (m2,) = _sources("وأكد مصدر عسكري عدم صحة الأنباء عن سقوط التلة.")
    assert m2.attrs["denial"] is True
    (m3,) = _sources("وأكد مصدر عسكري سقوط التلة بعد اشتباكات.")
    assert m3.attrs["denial"] is False


def test_trailing_according_to_scopes_the_clause_before() -> None:
    text = "سيطرت الفصائل على ثلاث قرى في الريف الشرقي، بحسب المرصد السوري لحقوق الإنسان."
    (m,) = _sources(text)
    assert m.attrs["name_en"] == "Syrian Observatory for Human Rights"
    assert _scope(text, m).startswith("سيطرت الفصائل على ثلاث قرى")
    assert "بحسب" not in _scope(text, m)


def test_continuation_copies_previous_speaker() -> None:
    text = ("أفادت مصادر محلية بأن القصف طال حياً سكنياً. "
            "وأضافت المصادر أن عائلات عدة غادرت الحي ليلاً.")
    first, second = _sources(text)
    assert second.attrs["continues"] is True
    assert second.attrs["name_en"] == first.attrs["name_en"] == "local sources"
    assert _scope(text, second).startswith("عائلات عدة")


def test_two_attributions_in_one_sentence_split_scopes() -> None:
    text = ("أفادت مصادر محلية بأن القوات انسحبت من البلدة، "
            "بينما أكدت المعارضة أنها دخلت أحياءها الشرقية.")
    a, b = _sources(text)
    assert "أكدت" not in _scope(text, a)
    assert b.attrs["name_en"] == "opposition"


def test_verbal_noun_takes_the_possessor() -> None:
    text = "تقدمت المعارضة نحو المدينة مع إعلانها السيطرة على مبنى البلدية."
    (m,) = _sources(text)
    assert m.attrs["name_en"] == "opposition" and m.attrs["mode"] == "noun"
    assert _scope(text, m).startswith("السيطرة على مبنى")


def test_saying_verb_without_any_speaker_gives_no_source() -> None:
    assert _sources("قال إن الطقس سيكون ماطراً غداً.") == []
    assert _sources("ذكرت أن الأسعار ارتفعت.") == []


def test_speaker_possessive_points_at_source_actor() -> None:
    art = _read("وقالت هيئة تحرير الشام إن قواتنا دخلت البلدة.")
    (ours,) = [m for m in art.mentions_of("actor") if m.text == "قواتنا"]
    assert ours.attrs["id"] == "hts" and ours.attrs["side"] == "opposition"


def test_affiliated_sources() -> None:
    (m,) = _sources("ذكر مصدران في الجيش السوري أن الطريق قطع.")
    assert m.attrs["name_en"] == "Syrian army sources"


def test_masdar_with_speaker_scopes_its_clause_only() -> None:
    text = "وبعد إعلان المعارضة المسلحة سيطرتها على البلدة، قصف الطيران جسراً قريباً."
    (m,) = _sources(text)
    assert m.attrs["name_en"] == "opposition"
    assert _scope(text, m) == "سيطرتها على البلدة"


def test_known_as_before_speaker() -> None:
    (m,) = _sources("وأعلنت ما تعرف بقوات سوريا الديمقراطية انتشارها في المدينة.")
    assert m.attrs["name_en"] == "SDF"


def test_outlets_own_correspondent_is_the_outlet() -> None:
    (m,) = _sources("وأفاد مراسل الأناضول بأن الفصائل دخلت قرية تل شعير صباح اليوم.")
    assert m.attrs["name_en"] == "Anadolu" and m.attrs["chain"] == ["Anadolu"]
    (m2,) = _sources("وقال مراسل الجزيرة على الحدود إن الدبابات عبرت المعبر.")
    assert m2.attrs["name_en"] == "Al Jazeera"


def test_bare_outlet_name_only_after_a_correspondent() -> None:
    (m,) = _sources("من جهته أفاد مراسل العالم أن وحدات الجيش تقدمت نحو التلال.")
    assert m.attrs["name_en"] == "Al-Alam"
    alone = _sources("وقال العالم الذي يراقب الحرب منذ سنوات إن المدينة سقطت.")
    assert not any(m.attrs["name_en"] == "Al-Alam" for m in alone)


def test_unnamed_or_dative_correspondent_stays_a_hop() -> None:
    (m,) = _sources("وقال مراسل ميداني إن الطريق قطع منذ الفجر.")
    assert m.attrs["name_en"] == "correspondent"
    (m2,) = _sources("وقال مراسل لرويترز إن الطريق قطع منذ الفجر.")
    assert m2.attrs["chain"] == ["Reuters", "correspondent"]


def test_ministries_and_media_by_nationality_are_named() -> None:
    (m,) = _sources("وقالت وزارة الداخلية السورية إن انفجاراً وقع قرب سوق المدينة.")
    assert m.attrs["name_en"] == "Syrian Ministry of Interior" and m.attrs["actor_id"] == "general_security"
    (m2,) = _sources("وذكرت وسائل إعلام روسية أن قافلة غادرت البلدة فجراً.")
    assert m2.attrs["name_en"] == "Russian media"


def test_monitor_verbs_documented_and_observed() -> None:
    text = "ووثق المرصد مقتل خمسة عناصر في قصف على القرية."
    (m,) = _sources(text)
    assert m.attrs["name_en"] == "Syrian Observatory for Human Rights"
    assert _scope(text, m).startswith("مقتل خمسة عناصر")
    (m2,) = _sources("ورصد المرصد السوري وصول تعزيزات إلى أطراف البلدة.")
    assert m2.attrs["name_en"] == "Syrian Observatory for Human Rights"


def test_verb_with_preposition_before_complementizer_continues_the_speaker() -> None:
    text = "أفادت وكالة سانا بأن الجيش دخل التلة. ولفتت إلى أن الوحدات أمنت الطريق."
    first, second = _sources(text)
    assert second.attrs["name_en"] == first.attrs["name_en"] == "SANA"
    assert _scope(text, second) == "الوحدات أمنت الطريق"
    assert not [m for m in _sources("وأشار التقرير إلى خروج عشرات العائلات.") if m.attrs["name_en"] == "SANA"]


def test_according_to_what_the_speaker_reported() -> None:
    text = "دخلت الوحدات قرية تل حمام، وفق ما أفادت به وكالة سانا."
    (m,) = _sources(text)
    assert m.attrs["name_en"] == "SANA" and _scope(text, m) == "دخلت الوحدات قرية تل حمام"
    (m2,) = _sources("قصفت الطائرات الجسر وفق ما أعلنته وزارة الدفاع التركية.")
    assert m2.attrs["name_en"] == "Turkish Ministry of Defence"
    text3 = "ووفقا لما نقله المرصد السوري، فإن القوات انسحبت من التلة."
    (m3,) = _sources(text3)
    assert m3.attrs["name_en"] == "Syrian Observatory for Human Rights"
    assert _scope(text3, m3) == "القوات انسحبت من التلة"


def test_speaker_fronted_after_kana_and_before_qad() -> None:
    (m,) = _sources("وكان المرصد السوري ذكر أمس مقتل ستة عناصر في الاشتباكات.")
    assert m.attrs["name_en"] == "Syrian Observatory for Human Rights" and m.attrs["mode"] == "svo"
    (m2,) = _sources("وكان الجيش قد أعلن قبل يومين استعادته التلال المجاورة.")
    assert m2.attrs["name_en"] == "Syrian army"
    assert not _sources("وكان الجيش قد سيطر على التلال المحيطة.")


def test_spokesperson_director_or_office_speaks_for_the_body() -> None:
    (m,) = _sources("وقال مدير المرصد السوري إن القوات دخلت البلدة ليلاً.")
    assert m.attrs["name_en"] == "Syrian Observatory for Human Rights"
    (m2,) = _sources("وأكد المتحدث باسم وحدات حماية الشعب أن الطائرات ضربت قرية صغيرة.")
    assert m2.attrs["name_en"] == "YPG" and m2.attrs["actor_id"] == "ypg"
    (m3,) = _sources("وأوضح المركز الإعلامي التابع لقوات سوريا الديمقراطية أن مقاتليه صدوا الهجوم.")
    assert m3.attrs["name_en"] == "SDF"
    assert not _sources("وقال المتحدث باسم مصادر محلية إن الطريق مقطوع.")  # an anonymous body is no body


def test_quote_after_the_speakers_name_is_the_scope() -> None:
    text = "وصرح مدير المرصد السوري سامر خليل “دخلت الوحدات أحياء المدينة الشرقية بعد معارك” التي استمرت يومين."
    (m,) = _sources(text)
    assert _scope(text, m) == "دخلت الوحدات أحياء المدينة الشرقية بعد معارك"
    text2 = 'وأعلنت الفصائل سيطرتها على قرية "تل الورد" بعد معارك قصيرة.'
    (m2,) = _sources(text2)
    assert "بعد معارك قصيرة" in _scope(text2, m2)


def _sources_with_places(text: str) -> list:
    """The sources read after the places and persons (as the pipeline orders them)."""
    from tawatur.pipeline import get_stage
    a = Article(id="t", raw=text, text=text)
    for stage in ("segment", "places", "actors", "persons", "sources"):
        a = get_stage(stage)(a)
    return a.mentions_of("source")


def test_a_governorate_as_speaker_is_its_administration() -> None:
    text = ("قتل ثلاثة أشخاص بقصف على قرية في محافظة القنيطرة. "
            "وقالت المحافظة في بيان إن قوة عسكرية توغلت في القرية.")
    (m,) = _sources_with_places(text)
    assert m.attrs["name_en"] == "Quneitra Governorate"
    (m2,) = _sources_with_places("وأعلنت محافظة درعا عبر قناتها: “وحدات الجيش تنتشر في الأحياء الجنوبية من المدينة”.")
    assert m2.attrs["name_en"] == "Daraa Governorate"
    assert not _sources_with_places("سيطرت الفصائل على محافظة درعا بالكامل.")
    assert not _sources_with_places("وقالت المحافظة إن الطرق مقطوعة.")  # no governorate named before: no speaker


def test_inserted_according_to_covers_its_whole_clause() -> None:
    text = "وأدت الغارات وفق المرصد السوري إلى نزوح مئات العائلات من البلدة."
    (m,) = _sources(text)
    assert _scope(text, m).endswith("نزوح مئات العائلات من البلدة")
    text2 = "سيطرت الفصائل على قريتين بحسب المرصد، فيما انسحبت القوات من التلة."
    (m2,) = _sources(text2)
    assert "انسحبت" not in _scope(text2, m2)


def test_outlet_told_after_the_speakers_location_is_the_outer_hop() -> None:
    (m,) = _sources_with_places("وقال مصدر محلي في محافظة حماة لـرويترز إن الوحدات انسحبت من البلدة.")
    assert m.attrs["chain"] == ["Reuters", "local sources"]
    (m2,) = _sources_with_places("وقال مصدر محلي في حمص إن الوحدات انسحبت من البلدة.")
    assert m2.attrs["chain"] == ["local sources"]


def test_named_security_sources_and_their_back_reference() -> None:
    text = "قال مصدران أمنيان إن رتلاً عبر الجسر. وأوضح المصدر الأمني السوري أن الرتل دخل البلدة."
    first, second = _sources(text)
    assert first.attrs["name_en"] == "security sources"
    assert second.attrs["name_en"] == "Syrian security source"


def test_impersonal_passive_report_has_no_speaker() -> None:
    assert not _sources("ويُذكر أن الطائرات قصفت البلدة مطلع الشهر الماضي.")
    (m,) = _sources("ويذكر المرصد أن الطائرات قصفت البلدة مطلع الشهر الماضي.")
    assert m.attrs["name_en"] == "Syrian Observatory for Human Rights"


def test_the_regime_as_speaker_is_the_government_with_the_actors_side() -> None:
    (m,) = _sources("وأعلن النظام السوري أنه استعاد السيطرة على التلة.")
    assert m.attrs["name_en"] == "Syrian government"
    assert m.attrs["actor_id"] == "syr_regime_forces" and m.attrs["side"] == "government"


def test_a_demonstrative_force_can_speak_as_the_force_named() -> None:
    text = "وقالت قوات سوريا الديمقراطية إنها تتقدم. وأكدت هذه القوات أنها دخلت الحي الغربي."
    first, second = _sources(text)
    assert second.attrs["name_en"] == "SDF" and second.attrs["mode"] == "verb"


def test_words_before_the_reporting_preposition() -> None:
    text = ("أفاد مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية بأن آلافاً نزحوا. "
            "ولفت في تقريره، إلى أن كثيرين فروا من المدينة.")
    first, second = _sources(text)
    assert first.attrs["name_en"] == second.attrs["name_en"] == "OCHA"
    assert _scope(text, second) == "كثيرين فروا من المدينة"


def test_talked_of_and_plural_military_sources() -> None:
    text = "وتحدثت مصادر عسكرية عن انهيار دفاعات الفصيل في البلدة."
    (m,) = _sources(text)
    assert m.attrs["name_en"] == "military sources"
    (m2,) = _sources("وقال مصدر عسكري إن الوحدات تقدمت.")
    assert m2.attrs["name_en"] == "military source"
    denial = _sources("نفت وزارة الدفاع الأخبار التي تتحدث عن تراجع القوات.")
    assert len(denial) == 1 and denial[0].attrs["denial"]  # no speaker after تتحدث: no second attribution


def test_the_correspondent_again_is_the_outlet_named_before() -> None:
    text = ("وأفاد مراسل الجزيرة بأن الدبابات دخلت البلدة. "
            "ولا تزال الاشتباكات مستمرة في الأحياء الشرقية، حسب مراسلنا.")
    first, second = _sources(text)
    assert first.attrs["name_en"] == second.attrs["name_en"] == "Al Jazeera"
    (alone,) = _sources("ولا تزال الاشتباكات مستمرة في الأحياء الشرقية، حسب مراسلنا.")
    assert alone.attrs["name_en"] == "correspondent"  # our correspondent, no outlet named: the outlet's own (src28)
    # every later back-reference names the same outlet by the same rule (it does not wrap the one before)
    more = _sources(text + " ونوه المراسل إلى أن الطائرات قصفت التلال. وأشار المراسل إلى أن القصف توقف.")
    assert {m.attrs["name_en"] for m in more} == {"Al Jazeera"}
    assert len({m.rule.split("|", 1)[1] for m in more[1:]}) == 1


def test_subjectless_relay_extends_the_previous_speakers_chain() -> None:
    text = ("وذكرت وسائل الإعلام الرسمية أن الجيش يشن عملية في الريف الشمالي. "
            "ونقلت عن مصدر عسكري تأكيده أن عشرات المسلحين قتلوا.")
    first, second = _sources(text)
    assert second.attrs["name_en"] == "state media"
    assert second.attrs["chain"] == ["state media", "military source"]
    assert _scope(text, second) == "عشرات المسلحين قتلوا"
    assert not _sources("ونقلت عن مصدر عسكري تأكيده أن عشرات المسلحين قتلوا.")


def test_reports_a_named_outlet_published_are_the_outlets() -> None:
    text = "وتقول التقارير التي نشرتها صحيفة واشنطن بوست، إن الرتل عبر الحدود ليلاً."
    (m,) = _sources(text)
    assert m.attrs["name_en"] == "Washington Post" and _scope(text, m) == "الرتل عبر الحدود ليلاً"
    (m2,) = _sources("وتقول التقارير إن الرتل عبر الحدود ليلاً.")
    assert m2.attrs["name_en"] == "reports"


def test_the_agency_again_and_affiliated_to() -> None:
    text = ("سيطرت الوحدات على التلة، بحسب وكالة سانا. "
            "ونقلت الوكالة عن مصدر ميداني تابع للجيش قوله إن الوحدات تمشط المنطقة.")
    first, second = _sources(text)[:2]
    assert first.attrs["name_en"] == second.attrs["name_en"] == "SANA"
    assert not any(m.attrs["verb"] == "تابع" for m in _sources(text))


def test_the_agency_points_past_a_later_speaker_the_source_at_the_last() -> None:
    """"الوكالة" is a back-reference row that points at an agency (source_verbs.tsv, points_at): it skips
    the monitor quoted after the agency; "المصدر" points at the last speaker instead."""
    first = "ذكرت وكالة سانا أن الوحدات دخلت القرية. وقال المرصد السوري إن القصف توقف مساء. "
    agency = _sources(first + "ونقلت الوكالة عن ضابط أن الطريق فتح.")[-1]
    assert agency.attrs["name_en"] == "SANA"
    last = _sources(first + "وأوضح المصدر أن الطريق فتح.")[-1]
    assert last.attrs["name_en"] != "SANA"


def test_definite_head_of_earlier_speaker_points_back_at_it() -> None:
    """"وقالت الوزارة" after "وزارة الداخلية": the head noun, now definite, names the ministry again."""
    text = "أصدرت وزارة الداخلية بياناً عن الحادث. وقالت الوزارة إن دورية اعتقلت مسلحين في حي الوعر."
    first, second = _sources(text)
    assert second.attrs["name_en"] == first.attrs["name_en"] == "Syrian Ministry of Interior"
    assert "head-anaphor" in second.rule
    assert not second.attrs["continues"]
    assert _scope(text, second).startswith("دورية اعتقلت")


def test_plural_head_of_committees_points_back_at_them() -> None:
    text = "وقالت لجان التنسيق المحلية إن الجيش قصف المدينة. وذكرت اللجان أن ثلاثة مدنيين جرحوا."
    assert [m.attrs["name_en"] for m in _sources(text)] == ["Local Coordination Committees"] * 2


def test_definite_noun_naming_no_earlier_speaker_is_not_an_anaphor() -> None:
    text = "أصدرت وزارة الداخلية بياناً عن الحادث. وقالت اللجان إن دورية اعتقلت مسلحين في حي الوعر."
    assert not any("head-anaphor" in m.rule for m in _sources(text))


def test_bare_witnesses_are_a_speaker() -> None:
    """"قال شهود" without "عيان" still names who saw it; before, the sentence fell to the article."""
    text = "وقال شهود إن عربات مدرعة مرت في الشارع الرئيسي لبلدة الحراك."
    (m,) = _sources(text)
    assert m.attrs["name_en"] == "witnesses"
    assert _scope(text, m).startswith("عربات مدرعة")


def test_the_agency_points_back_at_the_agency_of_the_same_sentence() -> None:
    # "الوكالة" names the agency quoted just before in the sentence, not the force the sentence opened with
    text = ("وأعلنت قوات النظام سيطرتها على بلدة رنكوس، بحسب وكالة سانا، ونقلت الوكالة عن ضابط في الجيش قوله إن "
            "وحدات من الجيش دخلت بلدة فليطا.")
    relay = [m for m in _sources(text) if m.text.startswith("نقلت")]
    assert [m.attrs["name_en"] for m in relay] == ["SANA"]


def test_the_army_general_command_speaks_as_the_syrian_army() -> None:
    (m,) = _sources("وأعلنت القيادة العامة للجيش أن وحداتها استعادت السيطرة على التلة.")
    assert m.attrs["name_en"] == "Syrian army"


def test_factions_named_by_their_backer_speak_as_opposition_factions() -> None:
    # the allegiance phrase keeps the actor (the Turkish-backed army, side opposition); as a speaker the
    # factions are "opposition factions", the army named as such stays "Syrian National Army"
    (m,) = _sources("وأعلنت الفصائل الموالية لأنقرة سيطرتها على قرية جديدة.")
    assert (m.attrs["name_en"], m.attrs["side"]) == ("opposition factions", "opposition")
    (m2,) = _sources("وقالت الفصائل المسلحة المدعومة من تركيا إنها صدت هجوماً على القرية.")
    assert m2.attrs["name_en"] == "opposition factions"
    (m3,) = _sources("وأعلن الجيش الوطني السوري سيطرته على قرية جديدة.")
    assert m3.attrs["name_en"] == "Syrian National Army"


def test_according_to_a_document_its_issuer_named_after_a_verb() -> None:
    # "وفق حصيلة جديدة أعلنها X": the document, an adjective of it, the verb whose object it is, the issuer
    text = "وارتفع عدد القتلى في القرية إلى عشرين، وفق حصيلة جديدة أعلنها المرصد السوري لحقوق الإنسان."
    (m,) = _sources(text)
    assert m.attrs["name_en"] == "Syrian Observatory for Human Rights"
    assert _scope(text, m).startswith("وارتفع عدد القتلى في القرية")
    (m2,) = _sources("وقتل سبعة مدنيين في القصف على السوق، بحسب تقرير نشره الدفاع المدني السوري.")
    assert m2.attrs["name_en"] == "Syrian Civil Defence"
    assert not _sources("وقتل سبعة مدنيين في القصف على السوق، بحسب حصيلة أولية.")


def test_a_spokesperson_of_a_body_named_before_by_its_head_noun() -> None:
    # "قيادة الوحدات": the head noun of "وحدات حماية الشعب" named in the sentence before, with its article
    text = "وتقدمت وحدات حماية الشعب نحو التلة. وقالت قيادة الوحدات في بيان إن مقاتليها صدوا الهجوم على القرية."
    (m,) = _sources(text)
    assert (m.attrs["name_en"], m.attrs["side"]) == ("YPG", "sdf")
    # a head noun no body named before has names no one
    assert not _sources("وقالت قيادة الوحدات في بيان إن مقاتليها صدوا الهجوم على القرية.")


def test_a_body_named_again_by_its_head_noun_as_the_subject_of_a_reporting_verb() -> None:
    text = "وسيطرت وحدات حماية الشعب على التلة. وقالت الوحدات في بيان إن مقاتليها صدوا هجوماً على القرية."
    (m,) = _sources(text)
    assert m.attrs["name_en"] == "YPG"
    # a speaker named before as a source keeps that name ("وقالت الوزارة" after "وزارة الداخلية")
    text = "وقالت وزارة الداخلية إن دورياتها انتشرت في المدينة. وقالت الوزارة إن الهدوء عاد إلى الأحياء."
    assert {m.attrs["name_en"] for m in _sources(text)} == {"Syrian Ministry of Interior"}


def test_so_called_written_as_one_word_before_the_speaker() -> None:
    # "مايسمى بالمرصد": the disparaging "so-called" of a pro-government outlet, often written as one word
    text = 'وزعم مايسمى بالمرصد لوكالة فرانس برس "خرج مقاتلو التنظيم من معظم أحياء البلدة".'
    (m,) = _sources(text)
    assert m.attrs["chain"] == ["AFP", "Syrian Observatory for Human Rights"]


def test_a_statement_of_the_body_named_before() -> None:
    # "وذكر بيان للوزارة": the document, then the dative ل on the ministry's head noun named before
    text = "وأعلنت وزارة الداخلية القبض على مطلوبين. وذكر بيان للوزارة أن دورية أوقفت الأول في حي الميدان."
    got = _sources(text)
    assert [m.attrs["name_en"] for m in got] == ["Syrian Ministry of Interior"] * 2
    assert got[1].text == "ذكر بيان للوزارة"


def test_a_monitor_counting_the_dead() -> None:
    text = "وأحصت الشبكة السورية لحقوق الإنسان مقتل عشرين شخصاً على الأقل، بينهم ستة في القرية."
    (m,) = _sources(text)
    assert m.attrs["name_en"] == "Syrian Network for Human Rights"
    assert _scope(text, m).startswith("مقتل عشرين شخصاً")


def test_a_liwa_brigade_speaks_by_its_transliterated_name() -> None:
    (m,) = _sources("وقال قائد في لواء التوحيد إن مقاتليه صدوا هجوماً على الحي.")
    assert m.attrs["name_en"] == "Liwa al-Tawhid"


def test_a_subjectless_verb_with_its_statement_after_in_a_statement() -> None:
    # "وقالت في بيان إن": the words between verb and complementizer are no speaker; the speaker is the one before
    text = "ونفت وزارة الدفاع خسارة التلة. وقالت في بيان مقتضب، إن وحداتها ما زالت تتمركز على التلة."
    got = _sources(text)
    assert [m.attrs["name_en"] for m in got] == ["Syrian Ministry of Defence"] * 2
    assert _scope(text, got[1]) == "وحداتها ما زالت تتمركز على التلة"


def test_a_verb_describing_a_posted_video_is_the_posters() -> None:
    # the video is the object before the subjectless verb; whoever posted it speaks, not the force named before
    text = "وتراجعت قوات النظام عن التلة، وتداولت صفحات محلية مقاطع مصورة قالت إنها لانسحاب الدبابات من التلة."
    said = [m for m in _sources(text) if m.text == "قالت"]
    assert [m.attrs["name_en"] for m in said] == ["social media"]
    # a subjectless verb after a force stays the force's
    (m,) = _sources("وتقدمت قوات النظام نحو التلة، وقالت إنها سيطرت على القرية.")
    assert m.attrs["name_en"] != "social media"


def test_said_in_it_after_a_recording() -> None:
    # "قال فيه إن": the resumptive "فيه" (in the recording) stands between the verb and its complementizer
    (m,) = _sources("وظهر قائد الفصائل في تسجيل قال فيه إن مقاتليه دخلوا القرية.")
    assert m.attrs["name_en"] == "opposition factions"
