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


def set_file(n):
    """The file of check set n (set 1 has no number in its name)."""
    return 'general_news_org.jsonl' if n == 1 else f'general_news_org_{n}.jsonl'


def check_sister_set(n, sister, parity, n_articles=30):
    """validate.py's checks of set n plus the checks every later set makes: no article shared with
    the earlier sets, ``n_articles`` articles, the candidate rule, the parity rule (int(sha1(id), 16) % 2 ==
    ``parity`` for every article), and no article shared with the sister set built at the same time
    from the other half, once that set exists."""
    import os
    import select_candidates as _s
    recs, ids = check(set_file(n))
    prev = {}
    earlier = [k for k in range(1, n) if k != sister]
    for k in earlier:
        prev[k] = {json.loads(l)["id"] for l in open(set_file(k), encoding='utf-8')}
        assert not (ids & prev[k]), f"overlap with set {k}"
    assert len(recs) == n_articles
    for r in recs:
        assert 800 <= len(r["text"]) <= 2500, r["id"]
        assert len(set(m.group(0) for m in _s.CUES.finditer(r["text"]))) >= 2, r["id"]
        assert _s.parity(r["id"]) == parity, ("parity", r["id"])
    if os.path.exists(set_file(sister)):   # the sister set, if already built
        other = {json.loads(l)["id"] for l in open(set_file(sister), encoding='utf-8')}
        assert not (ids & other), f"overlap with set {sister}"
        print(f"disjoint from sister set {sister} (", len(other), "ids )")
    else:
        print(f"sister set {sister} not built yet: run validate_{n}.py again once {set_file(sister)} exists")
    print(f"disjoint from sets 1-{earlier[-1]} (", ", ".join(str(len(prev[k])) for k in earlier),
          "ids ); parity rule holds; distinct surface forms:",
          len({r["text"][e["start"]:e["end"]] for r in recs for e in r["entities"]}))
    return recs, ids


if __name__ == "__main__":
    check(sys.argv[1] if len(sys.argv) > 1 else 'general_news_org.jsonl')
