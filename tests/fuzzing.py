"""A seeded mutator for the fuzz tests (issue 10): hostile variants of short Arabic news articles.

The articles below were written for these tests. ``mutate_text`` and ``mutate_bytes`` apply a few
random operations each: byte flips, truncation (also inside a UTF-8 sequence), control characters,
direction marks, huge numbers, markup, duplicated runs, cue words at a sentence end.
"""
from __future__ import annotations

import json
import random

ARTICLES = (
    "سيطرت فصائل المعارضة على بلدة كفرنبل في ريف إدلب الجنوبي صباح الأحد بعد اشتباكات استمرت ساعات "
    "مع قوات النظام، وقال ناشطون إن ثلاثة مقاتلين قتلوا في المعارك.",
    "قصفت طائرات حربية أحياء مدينة سراقب شرقي إدلب مساء السبت، وأفاد الدفاع المدني بمقتل مدنيين "
    "اثنين وإصابة سبعة آخرين، بينما نفت وزارة الدفاع استهداف المدنيين.",
    "انسحبت قوات النظام من حي الوعر في مدينة حمص يوم 12 آذار 2016 بموجب اتفاق رعته الأمم المتحدة، "
    "وخرجت مئات العائلات باتجاه ريف حماة الشمالي.",
    "تظاهر مئات الأهالي في مدينة درعا البلد يوم الجمعة رفضا للاعتقالات، وقالت مصادر محلية إن قوات "
    "الأمن أطلقت النار في الهواء لتفريقهم.",
    "أعلن المرصد السوري لحقوق الإنسان في تقرير أن تعزيزات عسكرية وصلت إلى محيط مدينة تدمر في ريف حمص الشرقي، "
    "تمهيدا لهجوم متوقع على مواقع التنظيم في البادية.",
    "نزحت عشرات العائلات من قرى جبل الزاوية نحو المخيمات الحدودية بعد قصف مدفعي متواصل، ولم "
    "يصدر أي تعليق من الجهات الرسمية حتى الآن.",
)

CONTROL = [chr(c) for c in (*range(0, 32), 0x7F, 0x85, 0x9F)]
MARKS = ["\u200f", "\u200e", "\u202b", "\u202e", "\u2066", "\u2069", "\u200b", "\u200d", "\ufeff",
         "\u061c", "\u0640" * 30, "\u064b\u064c\u064d" * 5]
HUGE = ["9" * 400, "1e309", "١٢٣٤٥٦٧٨٩٠" * 40, "-0", "NaN", "99999999999999999999 قتيلا",
        "9999-12-31", "0001-01-01", "31/02/2024", "2024-13-45"]
MARKUP = ["<script>alert(1)</script>", "<p>", "</p></div>", "<!--", "<![CDATA[", "&#0;", "&#x110000;",
          "<title>", "<?xml version='1.0'?>", "<rss><channel><item>", "\"}", "{\"text\":", "[[[[",
          "<a href='http://127.0.0.1:9/'>", "&amp;&lt;", "<img src=x onerror=alert(1)>"]
CUES = [" في ريف.", " في مدينة.", " محافظتي.", " قرب بلدة", " ريفي", "«قال.", "» .", " - ", "، ، ،"]
PUNCT = [".", "؟", "!", "،", "؛", "...", "«", "»", "\"", "\n", "\n\n\n", "\t", "\r"]
INSERTS = CONTROL + MARKS + HUGE + MARKUP + CUES + PUNCT


def mutate_text(rng: random.Random, text: str, ops: int = 4) -> str:
    """``text`` after ``ops`` random edits (insertions, deletions, duplication, shuffles, cuts)."""
    for _ in range(ops):
        op = rng.randrange(7)
        pos = rng.randrange(len(text) + 1)
        if op <= 1:
            text = text[:pos] + rng.choice(INSERTS) + text[pos:]
        elif op == 2:  # duplicate a run, sometimes many times
            end = min(len(text), pos + rng.randrange(1, 80))
            text = text[:end] + text[pos:end] * rng.choice((1, 2, 5, 40)) + text[end:]
        elif op == 3:
            text = text[:pos]
        elif op == 4:
            text = text[:pos] + text[pos + rng.randrange(1, 30):]
        elif op == 5:
            words = text.split(" ")
            rng.shuffle(words)
            text = " ".join(words)
        else:
            text = text[:pos] + rng.choice(ARTICLES)[: rng.randrange(200)] + text[pos:]
    return text


def mutate_bytes(rng: random.Random, data: bytes, ops: int = 3) -> bytes:
    """``data`` after byte flips, truncations (anywhere, also mid-character) and raw insertions."""
    buf = bytearray(data)
    for _ in range(ops):
        if not buf:
            buf += rng.randbytes(rng.randrange(1, 20))
            continue
        op = rng.randrange(4)
        pos = rng.randrange(len(buf))
        if op == 0:
            buf[pos] ^= 1 << rng.randrange(8)
        elif op == 1:
            del buf[pos:]
        elif op == 2:
            buf[pos:pos] = rng.choice((b"\xff", b"\xc3", b"\x00", b"\xe2\x80", b"\xed\xa0\x80", b"\r\n",
                                       rng.randbytes(rng.randrange(1, 8))))
        else:
            buf[pos:pos] = rng.choice(INSERTS).encode("utf-8", "surrogatepass")
    return bytes(buf)


def article_text(rng: random.Random) -> str:
    """One or two of the articles, mutated."""
    text = " ".join(rng.sample(ARTICLES, rng.choice((1, 1, 2))))
    return mutate_text(rng, text, ops=rng.randrange(1, 6))


def file_bytes(rng: random.Random, ext: str) -> bytes:
    """A file of kind ``ext`` (txt, html, json, jsonl, xml) built from mutated articles, then
    mutated again as bytes."""
    texts = [article_text(rng) for _ in range(rng.randrange(1, 4))]
    if ext == "txt":
        body = "\n\n".join(texts)
    elif ext == "html":
        body = "<html><head><title>" + texts[0][:40] + "</title></head><body>" + "".join(
            f"<p>{t}</p>" for t in texts) + "</body></html>"
    elif ext == "json":
        recs = [_record(rng, t) for t in texts]
        body = json.dumps(recs if len(recs) > 1 else recs[0], ensure_ascii=rng.random() < 0.3)
    elif ext == "jsonl":
        body = "\n".join(json.dumps(_record(rng, t), ensure_ascii=rng.random() < 0.3) for t in texts)
    else:
        items = "".join(f"<item><title>{t[:30]}</title><description><![CDATA[<p>{t}</p>]]></description>"
                        f"<pubDate>{rng.choice(HUGE + ['Tue, 28 Jan 2020 09:00:00 +0000'])}</pubDate></item>"
                        for t in texts)
        body = f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>{items}</channel></rss>'
    data = body.encode("utf-8", "surrogatepass")
    return mutate_bytes(rng, data, ops=rng.randrange(0, 4)) if rng.random() < 0.7 else data


def _record(rng: random.Random, text: str) -> dict:
    rec: dict = {"id": mutate_text(rng, "خبر-1", 1) if rng.random() < 0.3 else f"r{rng.randrange(10**6)}",
                 "outlet": rng.choice(["عنب بلدي", "", "unknown", mutate_text(rng, "شبكة", 2)]),
                 "published": rng.choice(HUGE + ["2024-12-07", "yesterday", "", "2024-12-07T10:00:00Z"])}
    if rng.random() < 0.5:
        rec["text"] = text
    else:
        rec["html"] = rng.choice(("<p>{}</p>", "{}", "<div><script>x</script>{}</div>")).format(text)
    if rng.random() < 0.1:
        rec["title"] = rng.choice([None, 12, ["x"], {"a": 1}, text[:20]])
    return rec
