"""Independent check of general_news_org_4.jsonl: validate.py's checks plus set 4's own
(disjoint from sets 1, 2 and 3, 30 articles, candidate rule and parity rule hold)."""
import json

import select_candidates as _s
from validate import check

recs, ids = check('general_news_org_4.jsonl')
prev = {}
for name in ('general_news_org.jsonl', 'general_news_org_2.jsonl', 'general_news_org_3.jsonl'):
    prev[name] = {json.loads(l)["id"] for l in open(name, encoding='utf-8')}
    assert not (ids & prev[name]), "overlap with " + name
assert len(recs) == 30
for r in recs:
    assert 800 <= len(r["text"]) <= 2500, r["id"]
    assert len(set(m.group(0) for m in _s.CUES.finditer(r["text"]))) >= 2, r["id"]
    # parity rule: set 4 keeps only ids whose unsalted sha1 is even (the sister set keeps the odd ones)
    assert _s.parity(r["id"]) == 0, ("parity", r["id"])
print("disjoint from set 1 (", len(prev['general_news_org.jsonl']), "ids ), set 2 (",
      len(prev['general_news_org_2.jsonl']), "ids ) and set 3 (", len(prev['general_news_org_3.jsonl']),
      "ids ); parity rule holds; distinct surface forms:",
      len({r["text"][e["start"]:e["end"]] for r in recs for e in r["entities"]}))
