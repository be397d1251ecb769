"""Sides of 2025-2026 news (issue 12, fold P; eval/GUIDELINES.md "Sides"): sentences written for these
tests. After 8 December 2024 the new authorities' forces are `government`; remnants and local groups are
`unknown`; a party the text names beats a default."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events_of(text: str, published: str = "2025-03-10"):
    return analyze(Article(id="s", raw=text, published=published)).events


def sides(evs, etype: str, place: str) -> set[str]:
    return {e.actor.side for e in evs if e.type == etype and e.place.name == place}


def test_an_unnamed_curfew_after_the_fall_is_the_incumbents():
    """A curfew or a road closure is an act of whoever holds the place: with no agent named, in 2025 the
    government, even in a story about the remnants of the former army."""
    text = ("هاجم مسلحون من فلول النظام حاجزا قرب مدينة جبلة أمس. "
            "وبعد ساعات فُرض حظر التجول في مدينة جبلة حتى إشعار آخر.")
    assert sides(events_of(text), "other", "جبلة") == {"government"}
    closed = events_of("وقال مصدر محلي إنه تقرر إغلاق طريق حمص – طرطوس بسبب الاشتباكات مع مسلحين من فلول النظام.")
    assert {e.actor.side for e in closed if e.type == "other"} == {"government"}


def test_a_named_agent_of_a_curfew_keeps_its_side():
    evs = events_of("وفرضت قوات سوريا الديمقراطية حظر التجول في مدينة الطبقة مساء أمس.")
    assert sides(evs, "other", "الطبقة") == {"sdf"}


def test_the_adversary_of_the_dead_is_the_force_named_with_them():
    """"مقتل عناصر من X في معارك مع Y": the dead of X were inflicted by Y, the force the sentence names,
    not by X's adversary of an older table (in 2025 the Turkish-backed factions fight the SDF)."""
    evs = events_of("أفاد المرصد بمقتل 12 عنصرا من فصائل الجيش الوطني في معارك مع قوات سوريا الديمقراطية "
                    "قرب مدينة منبج أمس.", "2025-01-15")
    assert sides(evs, "casualties", "منبج") == {"sdf"}
    # the table's adversary still holds when the text names no other force
    old = events_of("قتل 12 عنصرا من فصائل المعارضة قرب مدينة منبج أمس.", "2016-05-15")
    assert sides(old, "casualties", "منبج") == {"government"}


def test_a_clash_is_the_side_the_article_says_attacked():
    """"اشتباكات بين X و Y" goes to the first-named X, unless the article says who attacked."""
    told = ("أعلنت قوات سوريا الديمقراطية عن اشتباكات عنيفة بين مقاتليها وفصائل الجيش الوطني قرب سد تشرين. "
            "وأضافت أن فصائل الجيش الوطني شنت هجوما واسعا على قرية أبو قلقل.")
    assert sides(events_of(told, "2025-01-09"), "attack", "سد تشرين") == {"opposition"}
    untold = "أعلنت قوات سوريا الديمقراطية عن اشتباكات عنيفة بين مقاتليها وفصائل الجيش الوطني قرب سد تشرين."
    assert sides(events_of(untold, "2025-01-09"), "attack", "سد تشرين") == {"sdf"}


def test_the_noun_after_the_complementizer_is_the_subject_of_its_verb():
    """"أن مجموعات مسلحة مجهولة هاجمت حواجز للأمن العام": the groups attacked, the checkpoints' owner did not."""
    evs = events_of("وأوضح المتحدث باسم الوزارة أن مجموعات مسلحة مجهولة هاجمت حواجز للأمن العام "
                    "في مدينة جرمانا مساء أمس.", "2025-04-30")
    assert sides(evs, "attack", "جرمانا") == {"unknown"}


def _demonstrated_side(text: str, published: str) -> set[str]:
    art = analyze(Article(id="s", raw=text, published=published))
    return {m.attrs.get("side") for m in art.mentions_of("actor") if m.text.startswith(("هذه", "تلك"))}


def test_a_demonstrative_force_points_back_at_the_force_of_that_noun():
    """"وأكدت هذه القوات": the forces told before, the last whose name has that noun, not the last force."""
    text = ("أعلنت قوات سوريا الديمقراطية تقدمها في مدينة الرقة. وقالت إن عناصر تنظيم داعش انسحبوا من حي "
            "المشلب. وأكدت هذه القوات أنها سيطرت على الحي بالكامل.")
    assert _demonstrated_side(text, "2017-09-10") == {"sdf"}
    factions = ("وذكرت قسد أن فصائل تابعة لحكومة دمشق شنت هجمات متكررة على نقاطها قرب الطبقة. "
                "وأضافت أن محاولات هذه الفصائل دخول المدينة مستمرة.")
    assert _demonstrated_side(factions, "2026-01-20") == {"government"}


def test_the_force_after_qiyam_is_the_agent_of_the_verbal_noun():
    """"بعد قيام X بإطلاق سراح عناصر من Y": X released them; Y, named after the head, is the released."""
    evs = events_of("وقال مصدر عسكري إن الجيش دخل مدينة الحسكة بعد قيام قوات سوريا الديمقراطية بإطلاق سراح عشرات "
                    "المعتقلين من تنظيم داعش في سجن غويران.", "2026-01-19")
    assert {e.actor.side for e in evs if e.type == "other"} == {"sdf"}


def test_whose_statement_it_is_does_not_attack():
    """"نفت الوزارة تصريحات X حول تعرض السجن لهجمات، وأكدت أن Y ...": X claims, Y opens a new clause;
    neither is the attacker of the denied attack."""
    evs = events_of("نفت وزارة الداخلية بيان قوات سوريا الديمقراطية عن تعرض سجن غويران في الحسكة (شمال "
                    "البلاد) لهجمات، وأكدت أن قسد تتحمل المسؤولية.", "2026-01-19")
    denied = [e for e in evs if e.type == "attack" and e.polarity == "denied"]
    assert denied and {e.actor.side for e in denied} == {"unknown"}


def test_a_bombing_is_the_group_the_article_identifies_its_attacker_with():
    """"فجر انتحاري نفسه ... وقالت الوزارة إن الانتحاري عضو في تنظيم X": the unnamed
    bomber's strike is X's; without the identification it stays an unidentified group's."""
    told = "فجر انتحاري نفسه في مسجد بمدينة حمص ظهر اليوم، ما أدى إلى سقوط عشرات الضحايا."
    def attack_sides(evs) -> set[str]:  # the mosque in the city: the place reader names the building
        return {e.actor.side for e in evs if e.type == "attack" and "حمص" in e.place.name}

    assert attack_sides(events_of(told, "2025-08-01")) == {"unknown"}
    named = told + " وقالت وزارة الداخلية إن الانتحاري عضو في تنظيم داعش."
    evs = events_of(named, "2025-08-01")
    assert attack_sides(evs) == {"isis"}
    assert "identified-attacker" in next(e.rule for e in evs if e.type == "attack")


def test_a_toll_whose_agent_is_not_said_does_not_push_out_one_whose_is():
    """A force picked as actor whose side the rules did not use ("قسد استطاعت تدمير دبابة، علاوة على
    إعطاب عربتين") names no agent of the toll: the toll the SDF claimed before stays the SDF's."""
    evs = events_of("أعلنت قسد مقتل 20 عنصرا من الفصائل الموالية لتركيا في اشتباكات قرب سد تشرين أمس. "
                    "وأضافت أن قسد استطاعت تدمير دبابة، علاوة على إصابة عربتين مصفحتين.", "2025-01-09")
    assert sides(evs, "casualties", "سد تشرين") == {"sdf"}


def test_a_demonstrative_toll_is_the_toll_told_before():
    """"أدت إلى هذه الحصيلة": the toll the article already told, inflicted by the same side."""
    evs = events_of("أعلنت قسد مقتل 30 عنصرا من الفصائل الموالية لتركيا في ريف منبج. وقالت قسد في بيان إن "
                    "الاشتباكات التي اندلعت أمس قرب سد تشرين أدت إلى هذه الحصيلة.", "2025-01-09")
    assert sides(evs, "casualties", "سد تشرين") == {"sdf"}


def test_a_toll_caused_by_a_named_strike_is_its_agents():
    """"أصيب ثلاثة مدنيين جراء إطلاق نار من قبل X": the strike after جراء caused the toll; "وسط" does not
    say so."""
    caused = events_of("وأصيب ثلاثة مدنيين في بلدة جباتا الخشب شمالي القنيطرة جراء إطلاق النار من قبل "
                       "القوات الإسرائيلية.", "2025-01-09")
    assert {e.actor.side for e in caused if e.type == "casualties"} == {"israel"}
    amid = events_of("وأصيب ثلاثة مدنيين في بلدة جباتا الخشب شمالي القنيطرة وسط إطلاق النار من قبل "
                     "القوات الإسرائيلية.", "2025-01-09")
    assert {e.actor.side for e in amid if e.type == "casualties"} == {"unknown"}


def test_verbs_chained_by_wa_share_a_local_groups_subject():
    """"إن قائد اللواء الثامن ينفذ تمرداً ...، ويحاصر مقرات الأمن العام، وينشر قناصين": the later verbs keep
    the subject of the first, a local group (unknown), not the story's main side; the force whose
    headquarters are besieged is an object, not the one who deploys."""
    text = ("وانتشرت قوات الأمن العام في بلدة الصنمين. وقال شهود إن قائد اللواء الثامن ينفذ تمرداً في مدينة "
            "جاسم، ويحاصر مقرات الأمن العام، وينشر قناصين على مداخل المدينة.")
    evs = events_of(text, "2025-03-20")
    assert sides(evs, "deploy", "الصنمين") == {"government"}
    assert sides(evs, "advance", "جاسم") == {"unknown"}
    assert sides(evs, "deploy", "جاسم") == {"unknown"}
