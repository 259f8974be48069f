import json, re, unicodedata
from selection import selected
from annotations import ANN

from buildlib import spans_for, validate  # shared with build_2.py / build_3.py

recs = []
for d in selected():
    t = d["text"]; ents = []
    for s, which in ANN[d["id"]]:
        sp = spans_for(t, s, which)
        if which == "all" and s not in ("NLÐO", "NLĐO"):
            assert sp, (d["id"], s)
        ents += sp
    ents = sorted(set(ents))
    rec = {"id": d["id"], "topic": d["topic"], "text": t,
           "entities": [{"start": a, "end": b, "type": "ORG"} for a, b in ents]}
    validate(rec); recs.append(rec)
assert len(recs) == 24 and set(ANN) == {r["id"] for r in recs}
with open("general_news_org.jsonl", "w", encoding="utf-8") as f:
    for r in recs:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("wrote", len(recs), "articles,", sum(len(r["entities"]) for r in recs), "ORG spans")
