"""Build bench/links/texts.jsonl and gold_events.jsonl from the stories written below (own wording,
invented outlets and details). Offsets are computed here from each event's evidence clause, so the
gold never drifts from the text. Run: python bench/links/build.py

Each story: wire copies of one agency (one chain however many outlets), local reporters, a monitor, a
denial, differing tolls, a place named by its district or spelled two ways, a report a day later ("أمس"),
a second happening of the same type in the same town on the same day (its own cluster), and one
unrelated article of the same week (its own story). Place facts (names, coordinates) are those of the
project's gazetteer (src/tawatur/data/gazetteer/curated.tsv, cited there)."""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent

PLACES = {  # key: (Arabic, English, aliases, lat, lon)
    "ariha": ("أريحا", "Ariha", ["اريحا"], 35.81, 36.61),
    "suwayda": ("السويداء", "As-Suwayda", ["Suwayda", "Sweida"], 32.71, 36.57),
    "waer": ("الوعر", "Al-Waer", ["حي الوعر"], 34.74, 36.66),
    "homs": ("حمص", "Homs", ["مدينة حمص"], 34.72, 36.72),
    "zahra": ("الزهراء", "Al-Zahraa", ["حي الزهراء"], 34.72, 36.74),
    "jableh": ("جبلة", "Jableh", ["Jablah"], 35.36, 35.93),
    "kafranbel": ("كفرنبل", "Kafranbel", ["كفر نبل"], 35.61, 36.56),
    "qamishli": ("القامشلي", "Qamishli", ["قامشلو"], 37.05, 41.23),
    "bukamal": ("البوكمال", "Albu Kamal", ["أبو كمال", "Abu Kamal"], 34.45, 40.92),
    "azaz": ("أعزاز", "Azaz", ["اعزاز", "عزاز", "A'zaz"], 36.59, 37.05),
    "albab": ("الباب", "Al-Bab", [], 36.37, 37.52),
    "afrin": ("عفرين", "Afrin", ["Efrin"], 36.51, 36.87),
}

# (id, outlet, published, text, [events]); an event: (type, polarity, place, side, source, cluster, date,
# quantity, evidence clause)
ARTICLES = [
    # Story 1: an air strike on a market in Ariha (2020-01-15, a Wednesday)
    ("L101", "nabaa-shamal.net", "2020-01-15",
     "قالت وكالة رويترز إن طائرات حربية روسية قصفت سوقاً للخضار في مدينة أريحا جنوبي إدلب ظهر اليوم "
     "الأربعاء، ما أسفر عن مقتل 50 مدنياً وإصابة عشرات آخرين.",
     [("attack", "asserted", "ariha", "russia", "Reuters", "s1-strike", "2020-01-15", None,
       "طائرات حربية روسية قصفت سوقاً للخضار في مدينة أريحا"),
      ("casualties", "asserted", "ariha", "russia", "Reuters", "s1-toll", "2020-01-15", "50",
       "ما أسفر عن مقتل 50 مدنياً وإصابة عشرات آخرين")]),
    ("L102", "alraed-news.com", "2020-01-15",
     "ذكرت وكالة رويترز أن غارة جوية روسية أصابت سوقاً مزدحماً وسط أريحا اليوم، وأن عدد القتلى بلغ "
     "50 شخصاً.",
     [("attack", "asserted", "ariha", "russia", "Reuters", "s1-strike", "2020-01-15", None,
       "غارة جوية روسية أصابت سوقاً مزدحماً وسط أريحا"),
      ("casualties", "asserted", "ariha", "russia", "Reuters", "s1-toll", "2020-01-15", "50",
       "وأن عدد القتلى بلغ 50 شخصاً")]),
    ("L103", "idlib-voice.org", "2020-01-15",
     "أفاد مراسلنا في أريحا بأن حصيلة القصف الجوي الذي ضرب سوق المدينة ارتفعت إلى 42 قتيلاً من "
     "المدنيين بينهم أطفال، فيما واصلت فرق الدفاع المدني البحث تحت الأنقاض.",
     [("attack", "asserted", "ariha", "unknown", "our correspondent", "s1-strike", "2020-01-15", None,
       "القصف الجوي الذي ضرب سوق المدينة"),
      ("casualties", "asserted", "ariha", "unknown", "our correspondent", "s1-toll", "2020-01-15", "42",
       "ارتفعت إلى 42 قتيلاً من المدنيين")]),
    ("L104", "sy-observer.net", "2020-01-16",
     "بحسب المرصد السوري، بلغ عدد ضحايا الغارة الروسية على سوق أريحا أمس 50 قتيلاً، مرجحاً ارتفاع "
     "العدد بسبب وجود إصابات خطيرة.",
     [("attack", "asserted", "ariha", "russia", "SOHR", "s1-strike", "2020-01-15", None,
       "الغارة الروسية على سوق أريحا أمس"),
      ("casualties", "asserted", "ariha", "russia", "SOHR", "s1-toll", "2020-01-15", "50",
       "بلغ عدد ضحايا الغارة الروسية على سوق أريحا أمس 50 قتيلاً")]),
    ("L105", "moscow-arabic.net", "2020-01-16",
     "نفت وزارة الدفاع الروسية أن تكون طائراتها قد شنت أي غارة على مدينة أريحا يوم الأربعاء، واعتبرت "
     "أن ما تتداوله وسائل الإعلام عن مجزرة في السوق مفبرك.",
     [("attack", "denied", "ariha", "russia", "Russian Ministry of Defence", "s1-strike", "2020-01-15", None,
       "نفت وزارة الدفاع الروسية أن تكون طائراتها قد شنت أي غارة على مدينة أريحا يوم الأربعاء")]),
    ("L106", "shahba-press.net", "2020-01-15",
     "قصفت مدفعية قوات النظام مساء الأربعاء الأحياء الغربية لمدينة أريحا بعشرات القذائف، بحسب ناشطين "
     "محليين، ولم تسجل إصابات.",
     [("attack", "asserted", "ariha", "government", "local activists", "s1-shelling", "2020-01-15", None,
       "قصفت مدفعية قوات النظام مساء الأربعاء الأحياء الغربية لمدينة أريحا")]),
    ("L107", "suwayda-echo.net", "2020-01-17",
     "تظاهر مئات من أهالي مدينة السويداء أمام مبنى المحافظة اليوم الجمعة احتجاجاً على الغلاء وانهيار "
     "قيمة الليرة.",
     [("protest", "asserted", "suwayda", "civilians", "the article", "s1-other-protest", "2020-01-17", None,
       "تظاهر مئات من أهالي مدينة السويداء أمام مبنى المحافظة")]),
    # Story 2: a clash in the Waer district of Homs (2025-06-03, a Tuesday)
    ("M201", "homs-now.net", "2025-06-03",
     "اندلعت صباح اليوم اشتباكات عنيفة بين عناصر الأمن العام ومجموعة مسلحة في حي الوعر غربي مدينة حمص، "
     "بحسب ما أفاد مراسلنا هناك.",
     [("attack", "asserted", "waer", "government", "our correspondent", "s2-clash", "2025-06-03", None,
       "اندلعت صباح اليوم اشتباكات عنيفة بين عناصر الأمن العام ومجموعة مسلحة في حي الوعر")]),
    ("M202", "alkhabar-sy.com", "2025-06-03",
     "ذكرت وكالة سانا الرسمية أن وحدات من الأمن العام طاردت خلية مسلحة في الوعر "
     "بحمص واشتبكت معها، ما أدى إلى مقتل ثلاثة من أفرادها.",
     [("attack", "asserted", "waer", "government", "SANA", "s2-clash", "2025-06-03", None,
       "طاردت خلية مسلحة في الوعر بحمص واشتبكت معها"),
      ("casualties", "asserted", "waer", "government", "SANA", "s2-toll", "2025-06-03", "3",
       "ما أدى إلى مقتل ثلاثة من أفرادها")]),
    ("M203", "levant-wire.com", "2025-06-03",
     "نقلت وكالة سانا عن مصدر أمني أن ثلاثة مسلحين قتلوا اليوم خلال اشتباك مع الأمن العام في حي الوعر.",
     [("casualties", "asserted", "waer", "government", "SANA", "s2-toll", "2025-06-03", "3",
       "ثلاثة مسلحين قتلوا اليوم خلال اشتباك مع الأمن العام في حي الوعر"),
      ("attack", "asserted", "waer", "government", "SANA", "s2-clash", "2025-06-03", None,
       "خلال اشتباك مع الأمن العام في حي الوعر")]),
    ("M204", "alsouria-times.com", "2025-06-04",
     "شهدت مدينة حمص أمس اشتباكات بين الأمن العام ومسلحين مجهولين في أحد أحيائها الغربية، قتل فيها خمسة "
     "من المسلحين بحسب شهود عيان.",
     [("attack", "asserted", "homs", "government", "witnesses", "s2-clash", "2025-06-03", None,
       "شهدت مدينة حمص أمس اشتباكات بين الأمن العام ومسلحين مجهولين"),
      ("casualties", "asserted", "homs", "government", "witnesses", "s2-toll", "2025-06-03", "5",
       "قتل فيها خمسة من المسلحين")]),
    ("M205", "sohr-digest.net", "2025-06-04",
     "وثّق المرصد السوري مقتل أربعة مسلحين يوم الثلاثاء في مواجهات مع قوات الأمن العام "
     "داخل حي الوعر بحمص.",
     [("casualties", "asserted", "waer", "government", "SOHR", "s2-toll", "2025-06-03", "4",
       "مقتل أربعة مسلحين يوم الثلاثاء"),
      ("attack", "asserted", "waer", "government", "SOHR", "s2-clash", "2025-06-03", None,
       "في مواجهات مع قوات الأمن العام داخل حي الوعر بحمص")]),
    ("M206", "orontes-news.net", "2025-06-03",
     "انفجرت عبوة ناسفة مساء اليوم بسيارة مدنية في حي الزهراء بمدينة حمص، ما أدى إلى إصابة شخصين بجروح.",
     [("attack", "asserted", "zahra", "unknown", "the article", "s2-bomb", "2025-06-03", None,
       "انفجرت عبوة ناسفة مساء اليوم بسيارة مدنية في حي الزهراء"),
      ("casualties", "asserted", "zahra", "unknown", "the article", "s2-bomb-toll", "2025-06-03", "2",
       "ما أدى إلى إصابة شخصين بجروح")]),
    ("M207", "coast-daily.net", "2025-06-05",
     "فرضت السلطات حظر تجوال في مدينة جبلة اعتباراً من مساء اليوم وحتى صباح الغد بعد توتر أمني.",
     [("other", "asserted", "jableh", "government", "the article", "s2-other-curfew", "2025-06-05", None,
       "فرضت السلطات حظر تجوال في مدينة جبلة")]),
    # Story 3: Kafranbel taken, and the takeover denied (2020-02-25, a Tuesday)
    ("N301", "syria-news-today.com", "2020-02-25",
     "نقلت وكالة سانا أن الجيش العربي السوري بسط سيطرته اليوم على بلدة كفرنبل في ريف إدلب "
     "الجنوبي بعد معارك مع المجموعات الإرهابية.",
     [("take_control", "asserted", "kafranbel", "government", "SANA", "s3-taken", "2020-02-25", None,
       "بسط سيطرته اليوم على بلدة كفرنبل")]),
    ("N302", "damascus-post.com", "2020-02-25",
     "ذكرت سانا أن الجيش استعاد السيطرة على كفر نبل وعدد من التلال المحيطة بها.",
     [("take_control", "asserted", "kafranbel", "government", "SANA", "s3-taken", "2020-02-25", None,
       "الجيش استعاد السيطرة على كفر نبل")]),
    ("N303", "free-idlib.net", "2020-02-25",
     "نفى الناطق باسم الجبهة الوطنية للتحرير سيطرة قوات النظام على كفرنبل، وقال إن مقاتلي الفصائل ما "
     "زالوا يتصدون للهجوم على أطراف البلدة.",
     [("take_control", "denied", "kafranbel", "government", "National Liberation Front", "s3-taken",
       "2020-02-25", None, "نفى الناطق باسم الجبهة الوطنية للتحرير سيطرة قوات النظام على كفرنبل"),
      ("attack", "asserted", "kafranbel", "government", "National Liberation Front", "s3-assault",
       "2020-02-25", None, "يتصدون للهجوم على أطراف البلدة")]),
    ("N304", "alsharq-online.com", "2020-02-25",
     "قال مراسل وكالة فرانس برس في المنطقة إن قوات النظام دخلت كفرنبل مساء الثلاثاء بعد انسحاب مقاتلي الفصائل منها.",
     [("enter", "asserted", "kafranbel", "government", "AFP", "s3-enter", "2020-02-25", None,
       "قوات النظام دخلت كفرنبل مساء الثلاثاء"),
      ("withdraw", "asserted", "kafranbel", "opposition", "AFP", "s3-withdraw", "2020-02-25", None,
       "بعد انسحاب مقاتلي الفصائل منها")]),
    ("N305", "alaan-news.com", "2020-02-25",
     "أفادت وكالة فرانس برس بأن قوات النظام دخلت بلدة كفرنبل إثر انسحاب الفصائل المعارضة منها.",
     [("enter", "asserted", "kafranbel", "government", "AFP", "s3-enter", "2020-02-25", None,
       "قوات النظام دخلت بلدة كفرنبل"),
      ("withdraw", "asserted", "kafranbel", "opposition", "AFP", "s3-withdraw", "2020-02-25", None,
       "إثر انسحاب الفصائل المعارضة منها")]),
    ("N306", "sy-observer.net", "2020-02-26",
     "أكد المرصد السوري أن قوات النظام أحكمت أمس سيطرتها الكاملة على كفرنبل.",
     [("take_control", "asserted", "kafranbel", "government", "SOHR", "s3-taken", "2020-02-25", None,
       "قوات النظام أحكمت أمس سيطرتها الكاملة على كفرنبل")]),
    ("N307", "qamishli-voice.net", "2020-02-27",
     "خرجت مظاهرة في مدينة القامشلي اليوم تنديداً بانقطاع مياه الشرب منذ أسبوعين.",
     [("protest", "asserted", "qamishli", "civilians", "the article", "s3-other-protest", "2020-02-27", None,
       "خرجت مظاهرة في مدينة القامشلي اليوم")]),
    # Story 4: strikes on Albukamal (2024-02-03, a Saturday)
    ("P401", "euphrates-post.com", "2024-02-03",
     "قالت القيادة المركزية الأمريكية في بيان إن مقاتلاتها قصفت مستودعات أسلحة تابعة لفصائل موالية لإيران "
     "في مدينة البوكمال فجر اليوم.",
     [("attack", "asserted", "bukamal", "usa", "CENTCOM", "s4-us-strike", "2024-02-03", None,
       "مقاتلاتها قصفت مستودعات أسلحة تابعة لفصائل موالية لإيران في مدينة البوكمال")]),
    ("P402", "gulf-wire.net", "2024-02-03",
     "نقلت رويترز عن بيان للقيادة المركزية الأمريكية أن طائراتها ضربت مواقع لميليشيات مدعومة من إيران "
     "في أبو كمال.",
     [("attack", "asserted", "bukamal", "usa", "Reuters", "s4-us-strike", "2024-02-03", None,
       "طائراتها ضربت مواقع لميليشيات مدعومة من إيران في أبو كمال")]),
    ("P403", "deir-network.net", "2024-02-03",
     "أفادت شبكة محلية بأن غارات جوية استهدفت فجر اليوم مقرات للحرس الثوري الإيراني في مدينة البوكمال، "
     "وأدت إلى مقتل 7 عناصر.",
     [("attack", "asserted", "bukamal", "unknown", "local sources", "s4-us-strike", "2024-02-03", None,
       "غارات جوية استهدفت فجر اليوم مقرات للحرس الثوري الإيراني في مدينة البوكمال"),
      ("casualties", "asserted", "bukamal", "unknown", "local sources", "s4-us-toll", "2024-02-03", "7",
       "وأدت إلى مقتل 7 عناصر")]),
    ("P404", "sy-observer.net", "2024-02-03",
     "أحصى المرصد السوري مقتل 9 عناصر من الميليشيات الموالية لإيران في الضربات الأمريكية على البوكمال.",
     [("casualties", "asserted", "bukamal", "usa", "SOHR", "s4-us-toll", "2024-02-03", "9",
       "مقتل 9 عناصر من الميليشيات الموالية لإيران"),
      ("attack", "asserted", "bukamal", "usa", "SOHR", "s4-us-strike", "2024-02-03", None,
       "في الضربات الأمريكية على البوكمال")]),
    ("P405", "furat-today.net", "2024-02-03",
     "استهدفت طائرة مسيرة مجهولة مساء اليوم سيارة قرب الكورنيش في البوكمال، ما أدى إلى مقتل قيادي في "
     "ميليشيا موالية لإيران ومرافقه.",
     [("attack", "asserted", "bukamal", "unknown", "the article", "s4-drone", "2024-02-03", None,
       "استهدفت طائرة مسيرة مجهولة مساء اليوم سيارة قرب الكورنيش في البوكمال"),
      ("casualties", "asserted", "bukamal", "unknown", "the article", "s4-drone-toll", "2024-02-03", None,
       "ما أدى إلى مقتل قيادي في ميليشيا موالية لإيران ومرافقه")]),
    ("P406", "hasakah-news.net", "2024-02-06",
     "انتشرت دورية للقوات الروسية اليوم في شوارع مدينة القامشلي قادمة من مطارها.",
     [("deploy", "asserted", "qamishli", "russia", "the article", "s4-other-patrol", "2024-02-06", None,
       "انتشرت دورية للقوات الروسية اليوم في شوارع مدينة القامشلي")]),
    # Story 5: a car bomb in Azaz (2022-03-15, a Tuesday), three spellings of the town
    ("Q501", "azaz-today.net", "2022-03-15",
     "انفجرت سيارة مفخخة قرب دوار الكف في مدينة اعزاز شمالي حلب ظهر اليوم، ما أدى إلى مقتل 6 مدنيين.",
     [("attack", "asserted", "azaz", "unknown", "the article", "s5-bomb", "2022-03-15", None,
       "انفجرت سيارة مفخخة قرب دوار الكف في مدينة اعزاز"),
      ("casualties", "asserted", "azaz", "unknown", "the article", "s5-toll", "2022-03-15", "6",
       "ما أدى إلى مقتل 6 مدنيين")]),
    ("Q502", "shamal-press.com", "2022-03-15",
     "قال الدفاع المدني السوري إن فرقه انتشلت جثث 6 قتلى من موقع تفجير سيارة مفخخة وسط أعزاز.",
     [("casualties", "asserted", "azaz", "unknown", "Syrian Civil Defence", "s5-toll", "2022-03-15", "6",
       "انتشلت جثث 6 قتلى من موقع تفجير سيارة مفخخة وسط أعزاز"),
      ("attack", "asserted", "azaz", "unknown", "Syrian Civil Defence", "s5-bomb", "2022-03-15", None,
       "تفجير سيارة مفخخة وسط أعزاز")]),
    ("Q503", "levant-daily.net", "2022-03-15",
     "أفادت وكالة فرانس برس نقلاً عن مصادر طبية بأن 8 أشخاص قتلوا في انفجار سيارة ملغمة بمدينة عزاز.",
     [("casualties", "asserted", "azaz", "unknown", "AFP", "s5-toll", "2022-03-15", "8",
       "8 أشخاص قتلوا في انفجار سيارة ملغمة بمدينة عزاز"),
      ("attack", "asserted", "azaz", "unknown", "AFP", "s5-bomb", "2022-03-15", None,
       "انفجار سيارة ملغمة بمدينة عزاز")]),
    ("Q504", "orient-wire.net", "2022-03-15",
     "ذكرت فرانس برس أن انفجار سيارة ملغمة في أعزاز أوقع 8 قتلى.",
     [("attack", "asserted", "azaz", "unknown", "AFP", "s5-bomb", "2022-03-15", None,
       "انفجار سيارة ملغمة في أعزاز"),
      ("casualties", "asserted", "azaz", "unknown", "AFP", "s5-toll", "2022-03-15", "8",
       "أوقع 8 قتلى")]),
    ("Q505", "albab-news.net", "2022-03-15",
     "انفجرت عبوة ناسفة مساء اليوم في سوق مدينة الباب من دون أن توقع إصابات.",
     [("attack", "asserted", "albab", "unknown", "the article", "s5-albab", "2022-03-15", None,
       "انفجرت عبوة ناسفة مساء اليوم في سوق مدينة الباب")]),
    ("Q506", "afrin-post.net", "2022-03-17",
     "تظاهر عشرات من سكان مدينة عفرين اليوم للمطالبة بالإفراج عن معتقلين.",
     [("protest", "asserted", "afrin", "civilians", "the article", "s5-other-protest", "2022-03-17", None,
       "تظاهر عشرات من سكان مدينة عفرين اليوم")]),
]


def gold_rows() -> tuple[list[dict], list[dict]]:
    texts, gold = [], []
    for aid, outlet, day, text, events in ARTICLES:
        texts.append({"id": aid, "url": f"https://{outlet}/news/{aid.lower()}", "outlet": outlet,
                      "published": day, "title": None, "text": text})
        for etype, pol, pk, side, source, cluster, date, qty, ev in events:
            start = text.find(ev)
            if start < 0 or text.find(ev, start + 1) >= 0:
                raise SystemExit(f"{aid}: evidence not found once: {ev}")
            name, name_en, aliases, lat, lon = PLACES[pk]
            row = {"article": aid, "type": etype, "polarity": pol, "place": name, "place_en": name_en,
                   "aliases": aliases, "lat": lat, "lon": lon, "actor_side": side, "source": source,
                   "cluster": cluster, "date": date, "evidence": ev, "evidence_start": start,
                   "evidence_end": start + len(ev)}
            if qty:
                row["quantity"] = qty
            gold.append(row)
    return texts, gold


def main() -> None:
    texts, gold = gold_rows()
    for name, rows in (("texts.jsonl", texts), ("gold_events.jsonl", gold)):
        (HERE / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                 encoding="utf-8")
    print(f"{len(texts)} articles, {len(gold)} gold events")


if __name__ == "__main__":
    main()
