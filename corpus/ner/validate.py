"""Independent check of a check-set file (default general_news_org.jsonl) against the source corpus.

Usage: python3 validate.py [FILE.jsonl]
"""
import collections
import gzip
import json
import sys
import unicodedata


def check(path):
    """Validate every record of ``path``; return (records, ids)."""
    src = {}
    for l in gzip.open('/work/shared/data/vntc_sample_10k.jsonl.gz', 'rt'):
        d = json.loads(l); src[d['id']] = d
    recs = [json.loads(l) for l in open(path, encoding='utf-8')]
    per_topic = collections.defaultdict(lambda: [0, 0]); ids = set()
    for r in recs:
        assert set(r) == {"id", "topic", "text", "entities"}
        assert r["id"] not in ids; ids.add(r["id"])
        s = src[r["id"]]; assert s["text"] == r["text"] and s["topic"] == r["topic"]
        assert 800 <= len(r["text"]) <= 2500
        prev = (-1, -1)
        for e in r["entities"]:
            assert set(e) == {"start", "end", "type"} and e["type"] == "ORG"
            a, b = e["start"], e["end"]; t = r["text"][a:b]
            assert 0 <= a < b <= len(r["text"]), e
            assert t == t.strip(), t
            for ch in (t[0], t[-1]):
                assert not unicodedata.category(ch).startswith(("P", "Z", "S")), t
            assert (a, b) > prev and a >= prev[1], ("unsorted/overlap", t)
            # token boundaries: no partial words
            assert a == 0 or not r["text"][a-1].isalnum(), t
            assert b == len(r["text"]) or not r["text"][b].isalnum(), t
            prev = (a, b)
        per_topic[r["topic"]][0] += 1; per_topic[r["topic"]][1] += len(r["entities"])
    print("OK:", len(recs), "articles,", sum(v[1] for v in per_topic.values()), "ORG spans")
    for t, (n, k) in sorted(per_topic.items(), key=lambda x: -x[1][0]):
        print(f"  {t:18s} articles={n} spans={k}")
    return recs, ids


if __name__ == "__main__":
    check(sys.argv[1] if len(sys.argv) > 1 else 'general_news_org.jsonl')
