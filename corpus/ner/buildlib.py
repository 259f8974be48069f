"""Shared helpers for build_2.py and build_3.py: turn hand annotations
(surface, which) into offsets, check them and write a check-set file.

which = "all" -> every word-bounded occurrence of surface; a list -> 0-based
indices into the word-bounded occurrences; "not_before: X" / "not_after: X" /
"after: X" -> occurrences not followed / not preceded / preceded by the
word(s) X; "not_followed: X" -> occurrences not immediately followed by the
raw string X (no space)."""
import json


def word_occ(text, s):
    out, i = [], text.find(s)
    while i != -1:
        j = i + len(s)
        if (i == 0 or not text[i-1].isalnum()) and (j == len(text) or not text[j].isalnum()):
            out.append((i, j))
        i = text.find(s, i + 1)
    return out


def spans_for(text, s, which):
    occ = word_occ(text, s)
    if which == "all":
        return occ
    if isinstance(which, list):
        return [occ[k] for k in which]
    kind, arg = [x.strip() for x in which.split(":", 1)]
    if kind == "not_before":
        return [(i, j) for i, j in occ if not text[j:].startswith(" " + arg)]
    if kind == "not_after":
        return [(i, j) for i, j in occ if not text[:i].endswith(arg + " ")]
    if kind == "after":
        return [(i, j) for i, j in occ if text[:i].endswith(arg + " ")]
    if kind == "not_followed":
        return [(i, j) for i, j in occ if not text[j:].startswith(arg)]
    raise ValueError(which)


PUNCT = set(".,;:!?()[]{}\"'“”‘’-–—/")


def validate(rec):
    t, ents = rec["text"], rec["entities"]
    prev_end = -1
    for e in ents:
        s = t[e["start"]:e["end"]]
        assert s, e
        assert s == s.strip(), (rec["id"], s)
        assert s[0] not in PUNCT and s[-1] not in PUNCT, (rec["id"], s)
        assert e["start"] >= prev_end, ("overlap", rec["id"], s)
        assert e["type"] == "ORG"
        prev_end = e["end"]


def build(docs, ann, n_articles, out_path):
    """Offsets for every annotation item of every selected document; each item
    must hit something, no duplicate spans; write out_path (one JSON per line)."""
    recs = []
    for d in docs:
        t = d["text"]; ents = []
        for s, which in ann[d["id"]]:
            sp = spans_for(t, s, which)
            assert sp, (d["id"], s, which)      # every annotation item must hit something
            ents += sp
        assert len(ents) == len(set(ents)), ("duplicate span", d["id"])
        ents = sorted(ents)
        rec = {"id": d["id"], "topic": d["topic"], "text": t,
               "entities": [{"start": a, "end": b, "type": "ORG"} for a, b in ents]}
        validate(rec); recs.append(rec)
    assert len(recs) == n_articles and set(ann) == {r["id"] for r in recs}
    with open(out_path, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(recs), "articles,", sum(len(r["entities"]) for r in recs), "ORG spans")
    return recs
