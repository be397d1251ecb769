"""Who a denial's claim is attributed to (task read21b): a denier's speech participle after its object ("نفت سانا
سقوط المدينة، مؤكدة أن") leaves the object in the denier's span; a sentence-final "بحسب X" names the source of a
sentence whose verb only carries a speaker on; "وهو ما نفاه X" names its denier. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def sources(text: str, published: str = "2012-10-11") -> set[tuple[str, str, str, str]]:
    got = analyze(Article(id="r21b", raw=text, published=published)).events
    return {(e.type, e.polarity, e.place.name, e.source.name_en) for e in got}


def test_denier_participle_keeps_object_in_scope() -> None:
    text = "ونفت وكالة الأنباء السورية (سانا) سقوط مدينة سراقب، مؤكدة أن وحدات الجيش تلاحق المسلحين في بعض أحيائها"
    assert ("take_control", "denied", "سراقب", "SANA") in sources(text)
    text = "وأعلن الجيش السوري الحر سيطرته على بلدة حيش، لافتاً إلى أن مقاتليه غنموا دبابتين"
    assert sources(text) == {("take_control", "asserted", "حيش", "Free Syrian Army")}


def test_trailing_named_source_over_carried_speaker() -> None:
    text = ("وقال ناشطون إن التنظيم قصف بلدة الصور. ويُتوقع أن يرسل المجلس تعزيزات من بلدة الشحيل إلى بلدة البصيرة "
            "خلال ساعات، بحسب مصادر عسكرية")
    got = sources(text, "2014-04-15")
    assert ("deploy", "expected", "البصيرة", "military sources") in got
    # an aside inside the carried speaker's words leaves the speaker
    text = "وقال ناشطون إن التنظيم قصف بلدة الصور. وأضافوا أن المجلس، بحسب معلومات أولية، أرسل تعزيزات إلى بلدة البصيرة"
    assert ("deploy", "asserted", "البصيرة", "activists") in sources(text, "2014-04-15")


def test_back_pointing_denial_names_its_denier() -> None:
    text = "وزعمت حسابات مناصرة للتنظيم سيطرته على بلدة الصور، وهو ما نفاه ناشطون من أبنائها"
    got = {s for s in sources(text, "2014-04-15") if s[1] == "denied"}
    assert got == {("take_control", "denied", "الصور", "activists")}
