"""Deterministic candidate listing for ORG check set 3.
Same candidate rule as select_candidates.py (800 <= len(text) <= 2500 and
>= 2 distinct hits of the same ORG cue regex, which only orders reading and is
not used for annotation). Differences, so that set 3 is an independent sample:
  * the set-1 and set-2 article ids (general_news_org.jsonl,
    general_news_org_2.jsonl) are excluded;
  * within each topic candidates are sorted by sha1(SALT + id), SALT = "org-set-3:".
Articles are read in this order and the first ones judged (by reading) to
contain >= 2 distinct, unambiguous organisation names are accepted.
Usage: python3 select_candidates_3.py TOPIC START N"""
import hashlib, json, os, sys
from select_candidates import CUES, load
SALT = "org-set-3:"
HERE = os.path.dirname(os.path.abspath(__file__))
def earlier_ids():
    ids = set()
    for name in ("general_news_org.jsonl", "general_news_org_2.jsonl"):
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            ids |= {json.loads(l)["id"] for l in f}
    return ids
def candidates():
    skip = earlier_ids(); by = {}
    for d in load():
        if d["id"] in skip:
            continue
        if 800 <= len(d["text"]) <= 2500:
            cues = set(m.group(0) for m in CUES.finditer(d["text"]))
            if len(cues) >= 2:
                by.setdefault(d["topic"], []).append(d)
    for t in by:
        by[t].sort(key=lambda d: hashlib.sha1((SALT + d["id"]).encode()).hexdigest())
    return by
if __name__ == "__main__":
    by = candidates()
    topic = sys.argv[1]; start = int(sys.argv[2]); n = int(sys.argv[3])
    for i, d in enumerate(by[topic][start:start+n], start):
        print(f"=== [{i}] {d['id']} len={len(d['text'])}")
        print(d["text"])
