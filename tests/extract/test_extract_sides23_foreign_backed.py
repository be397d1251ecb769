"""Sides guessed from context (task sides23): a verb with no subject of its own after "تنظيمات مدعومة من
الخارج" and its description (an asyndetic relative clause) is that group's, not the force of the sentence
before. State media's foreign-backed groups before 8 December 2024 are the armed opposition (actors.tsv,
armed_groups). Sentences written for these tests, with invented details."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def sides(text: str, published: str, etype: str) -> set[str]:
    return {e.actor.side for e in analyze(Article(id="sd23", raw=text, published=published)).events
            if e.type == etype}


def test_foreign_backed_groups_enter_not_the_army_of_the_sentence_before():
    text = ("انسحب الجيش السوري من بلدة صوران. وتتعرض البلاد منذ أيام لهجمات إرهابية متواصلة من تنظيمات مدعومة من الخارج "
            "تستخدم أسلحة حديثة من صواريخ وعربات مصفحة، تمكنت من الدخول إلى مدينة حماة.")
    assert sides(text, "2024-12-05", "enter") == {"opposition"}
    assert sides(text, "2024-12-05", "withdraw") == {"government"}


def test_groups_backed_by_foreign_states_or_regional_states():
    text = ("أكدت مصادر أن الجيش سحب وحداته من مدينة الرستن. وأصبحت البلاد هدفاً لهجمات شنتها تنظيمات مدعومة من "
            "الخارج بأسلحة متطورة، تمكنت من اختراق مدينة تلبيسة.")
    assert sides(text, "2024-12-06", "enter") == {"opposition"}
    text = ("أعاد الجيش انتشاره حول مدينة السفيرة. وتواجه البلاد اعتداءات إرهابية من جماعات مدعومة من دول إقليمية "
            "تملك معدات متطورة، تمكنت من اقتحام بلدة خان العسل.")
    assert sides(text, "2024-12-03", "enter") == {"opposition"}


def test_a_group_backed_by_a_named_state_is_still_that_states_client():
    # "مدعومة من إيران" names the backer: the allegiance reader decides it, not the foreign-backed phrase
    text = "وهاجمت جماعات مدعومة من إيران مواقع في بلدة البوكمال."
    assert "opposition" not in sides(text, "2019-05-02", "attack")


def test_a_fronted_frame_possessive_points_at_the_main_subject():
    """"وفي زحفها نحو X، وجهت قوات Y": the possessor is the main clause's subject, not the force before."""
    text = ("قالت مصادر إن قوات النظام انسحبت من مدينة السلمية. وفي زحفهم نحو مدينة حمص، وجه مقاتلو المعارضة نداء "
            "إلى السكان بالبقاء في منازلهم.")
    assert sides(text, "2024-12-06", "advance") == {"opposition"}
    text = ("استعاد الجيش السوري قرى في ريف حماة. وخلال زحفها باتجاه مدينة الطبقة، قالت قوات سوريا الديمقراطية إنها "
            "قتلت عشرات المسلحين.")
    assert sides(text, "2017-05-01", "advance") == {"sdf"}


def test_a_short_verb_with_its_object_is_still_no_possessive():
    # "قصفها" without a preposition before it is "bombed it": the object, not a possessor
    text = "تقدمت فصائل المعارضة نحو بلدة كفرنبل. وقصفها الطيران الحربي السوري بعد ساعات."
    assert sides(text, "2016-02-01", "attack") == {"government"}


def test_an_armed_convoy_of_no_named_force_is_an_armed_group_of_its_day():
    text = "انتشرت قوات الأمن العام في مدينة جبلة. وحاول رتل مسلح اقتحام قرية بيت ياشوط ليلاً."
    assert sides(text, "2025-03-08", "advance") == {"unknown"}
    text = "سيطرت قوات النظام على قرية البيضا. ودخل رتل مسلح إلى بلدة تلكلخ بعد ساعات."
    assert sides(text, "2013-05-02", "enter") == {"opposition"}
