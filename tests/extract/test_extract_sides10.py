"""Actor sides on whole articles (issue 12, task sides10): constructions where the side went to the wrong
force. Sentences written for these tests, with invented details; sides as eval/GUIDELINES.md sets them."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events_of(text: str, published: str):
    return analyze(Article(id="sd10", raw=text, published=published)).events


def sides(text: str, published: str, etype: str) -> set[str]:
    return {e.actor.side for e in events_of(text, published) if e.type == etype}


def test_a_siege_broken_is_the_breakers_not_the_besiegers_of_the_relative_clause():
    """"كسر الحصار الذي يفرضه Y": Y lays the siege (an advance of its own); whoever breaks it is another."""
    text = "أعلن الجيش السوري أن وحداته تمكنت من كسر الحصار الذي يفرضه تنظيم داعش على مدينة دير الزور."
    assert sides(text, "2017-09-05", "other") == {"government"}
    assert sides(text, "2017-09-05", "advance") == {"isis"}
    text = "وتمكنت الفصائل من كسر الحصار الذي فرضته قوات النظام على أحياء حلب الشرقية."
    assert sides(text, "2016-08-06", "other") == {"opposition"}
    assert sides(text, "2016-08-06", "advance") == {"government"}


def test_fighters_a_bus_carries_in_a_relative_clause_still_leave():
    # a relative clause that is no event of its own keeps naming who leaves
    text = "وغادرت الحافلات التي تقل المسلحين مدينة دوما باتجاه الشمال."
    assert "opposition" in sides(text, "2018-04-10", "withdraw")


def test_a_convoy_a_strike_hits_belongs_to_its_target_not_its_agent():
    """"غارات على أرتال للجيش": the force after ل owns the convoy struck; the striker is named before."""
    text = "طائرات مسيرة إسرائيلية تستهدف رتلاً للقوات الحكومية قرب بلدة الصورة الكبرى."
    assert sides(text, "2025-07-16", "attack") == {"israel"}
    text = "وكانت إسرائيل قد شنت أمس عدة غارات على أرتال للجيش السوري في محيط مدينة شهبا."
    assert sides(text, "2025-07-16", "attack") == {"israel"}


def test_an_assault_owned_after_lam_is_its_launchers_and_its_attackers_dead_the_repellers():
    """"صد محاولة تقدم لقوات النظام": the assault is the government's; "مقتل عشرة من المهاجمين" counts
    the attackers' dead, inflicted by the side that repelled them."""
    text = "وأعلنت جبهة النصرة أنها صدت محاولة تقدم لقوات النظام على جبهة بلدة العيس."
    assert sides(text, "2016-03-10", "attack") == {"government"}
    text = ("وأعلن جيش الإسلام أنه صد هجوماً لقوات النظام على أطراف بلدة حزرما، "
            "مؤكداً مقتل عشرة عناصر من المهاجمين.")
    assert sides(text, "2016-03-10", "attack") == {"government"}
    assert sides(text, "2016-03-10", "casualties") == {"opposition"}
    text = "وقالت قوات النظام إنها تصدت لهجوم شنه التنظيم على قرية الشيخ هلال وقتل فيه سبعة من المهاجمين."
    assert sides(text, "2016-03-10", "casualties") == {"government"}
    # the ل of a target after a site noun is unchanged: "غارات على مواقع لقسد" is Turkey's strike
    assert sides("وشنت الطائرات التركية غارات على مواقع لقسد في مدينة عين عيسى.", "2019-10-12",
                 "attack") == {"turkey"}


def test_a_hedged_nationality_still_names_the_strike():
    """"غارات جوية يرجح أنها روسية": a hedge between the strike and its adjective keeps the side."""
    text = "وذكرت مصادر محلية أن غارات جوية يرجح أنها روسية استهدفت بلدة موحسن فجر اليوم."
    assert sides(text, "2017-09-05", "attack") == {"russia"}
    text = "وأصيب طفلان في قصف مدفعي يرجح أنه تركي على بلدة عين عيسى."
    assert sides(text, "2019-10-20", "attack") == {"turkey"}


def test_alone_after_a_subject_is_no_conjunction():
    """"أن الشرطة الروسية وحدها ستنتشر": the و of وحدها is a root letter; the verb has its own subject and
    shares nothing with the denied entry before it."""
    text = ("ونفى قائد الفصيل أن يكون الجيش قد دخل بلدة الحراك، "
            "مؤكداً أن الشرطة العسكرية الروسية وحدها ستنتشر فيها.")
    assert sides(text, "2018-07-05", "deploy") == {"russia"}


def test_a_date_between_a_clash_and_its_parties_does_not_hide_the_first_named():
    text = ("تجددت الاشتباكات، مساء أمس الثلاثاء، بين قوات الأمن الداخلي التابعة لوزارة الداخلية "
            "ومقاتلين من قوات سوريا الديمقراطية في محيط حي الأشرفية.")
    assert sides(text, "2026-01-08", "attack") == {"government"}
    text = ("اندلعت اشتباكات، فجر اليوم، بين وحدات حماية الشعب ومسلحين من تنظيم داعش "
            "في حي غويران.")
    assert sides(text, "2015-06-25", "attack") == {"sdf"}


def test_a_deal_named_by_a_state_or_its_sponsor_is_that_states():
    """A deal no armed party is named for: its nationality adjective ("الاتفاق الروسي التركي", the first) or
    its sponsor ("برعاية روسية") names the side; a force of a later clause is no party to it."""
    text = "ودخل وقف لإطلاق النار في إدلب حيز التنفيذ أمس بموجب الاتفاق الروسي التركي."
    assert sides(text, "2020-03-10", "other") == {"russia"}
    text = ("تقع بلدة الكرك في ريف درعا الشرقي. وكانت البلدة قد خضعت في صيف 2018 لاتفاق تسوية برعاية روسية، "
            "عادت بموجبه قوات النظام إلى أطرافها.")
    assert sides(text, "2021-09-01", "other") == {"russia"}
    # with no state or sponsor named, a deal stays no one's
    assert sides("وتم الاتفاق على خروج المقاتلين من بلدة كفربطنا.", "2018-03-20", "other") == {"unknown"}


def test_the_russian_reconciliation_centre_is_russia():
    text = "وأعلن المركز الروسي للمصالحة فتح ممر إنساني قرب بلدة أبو الظهور لخروج المدنيين."
    assert sides(text, "2020-01-10", "other") == {"russia"}


def test_a_pronoun_on_the_complementizer_is_the_speaker_not_the_operation_it_fights_in():
    """"قالت فصائل تقاتل ضمن عملية X إنها سيطرت": the pronoun points at the speaker; the operation named
    inside the speaker's phrase is not the agent."""
    text = "وقالت فصائل من الجيش الحر تقاتل ضمن عملية درع الفرات إنها سيطرت بالكامل على مدينة الباب."
    assert sides(text, "2017-02-23", "take_control") == {"opposition"}
    text = "وأكدت قوات سوريا الديمقراطية المدعومة من التحالف أنها دخلت حي المشلب في الرقة."
    assert sides(text, "2017-06-08", "enter") == {"sdf"}


def test_civilians_a_corridor_serves_do_not_open_it():
    """"فتح ممر آمن لخروج المدنيين": the civilians after the purpose ل are whom it serves."""
    text = "وأعلنت قوات النظام فتح ممر آمن لخروج المدنيين من بلدة حمورية."
    assert sides(text, "2018-03-08", "other") == {"government"}


def test_a_backer_is_not_whom_a_toll_was_inflicted_by():
    """"نفذت القوات الحكومية بمساندة طيران التحالف عملية أسفرت عن مقتل 3 من عناصر التنظيم": the force the
    coalition backs fought the Islamic State's men here."""
    text = ("ونفذت القوات الحكومية بمساندة طيران التحالف الدولي عملية أمنية في محيط بلدة الشحيل "
            "أسفرت عن مقتل 3 من عناصر التنظيم.")
    assert sides(text, "2025-08-10", "casualties") == {"government"}


def test_a_batch_of_a_forces_fighters_is_who_leaves():
    """"بعد أسبوع من خروج آخر دفعة من مقاتلي حركة X منها": the batch's force leaves, not the force that
    enters in the main clause."""
    text = ("ودخلت الشرطة العسكرية الروسية مدينة حرستا بعد أسبوع من خروج آخر دفعة من مقاتلي "
            "حركة أحرار الشام منها نحو إدلب.")
    assert sides(text, "2018-04-01", "withdraw") == {"opposition"}
    assert sides(text, "2018-04-01", "enter") == {"russia"}


def test_an_aside_between_a_denier_and_the_act_it_denies_keeps_the_act_its_own():
    """"نفت القيادة العامة للجيش، في بيان لها، استخدام ...": the comma-enclosed aside does not part the
    force from the verbal noun it denies; the denied strike is still its own."""
    text = "ونفت القيادة العامة للجيش، في بيان لها، استخدام أي مواد كيميائية في بلدة اللطامنة."
    assert sides(text, "2017-04-05", "attack") == {"government"}
    text = "ونفت وزارة الدفاع التركية، في بيان، قصف مواقع مدنية في مدينة تل أبيض."
    assert sides(text, "2019-10-15", "attack") == {"turkey"}


def test_a_repelled_attack_with_no_launcher_named_is_the_repellers_adversarys():
    """"تصدت الفصائل لهجوم على X": who repels did not launch it; with no launcher named (no "شنته Y", no
    "لقوات Y") the attack is the repeller's adversary's."""
    assert sides("وتصدت فصائل المعارضة لهجوم على بلدة الهبيط.", "2016-05-02", "attack") == {"government"}
    # a named launcher still decides
    text = "وتصدت فصائل المعارضة لهجوم شنه تنظيم الدولة على بلدة مارع."
    assert sides(text, "2016-05-02", "attack") == {"isis"}
