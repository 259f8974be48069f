"""Second-pass review aid: prints each article with ORG spans bracketed,
the span surfaces, and every cue-word / capitalised / all-caps hit that is
NOT inside an annotated span (to be re-read by hand).

Usage: python3 review.py [FILE.jsonl]   (default general_news_org.jsonl)
"""
import json, re, sys
CUE = re.compile(r"(?i:công ty|bộ|sở|tổng cục|cục|viện|trường|bệnh viện|ngân hàng|hội|câu lạc bộ|clb|ủy ban|uỷ ban|ubnd|tập đoàn|tổng công ty|báo|đài|đảng|liên đoàn|trung tâm|công an|tòa|toà|nxb|hãng|tổ chức|xí nghiệp|đội|khoa|phòng|ban)\b")
CAPS = re.compile(r"\b[A-ZĐÐ][A-ZĐÐ0-9&-]{1,}\b")
CAPSEQ = re.compile(r"(?<![.!?:\n\"“] )(?<!^)\b([A-ZĐÀ-Ỹ][\wÀ-ỹ-]*(?: [A-ZĐÀ-Ỹ][\wÀ-ỹ-]*)+)")
for r in map(json.loads, open(sys.argv[1] if len(sys.argv) > 1 else "general_news_org.jsonl", encoding="utf-8")):
    t = r["text"]; cov = [False]*len(t); out = []; last = 0
    for e in r["entities"]:
        for k in range(e["start"], e["end"]): cov[k] = True
        out.append(t[last:e["start"]] + "[[" + t[e["start"]:e["end"]] + "]]"); last = e["end"]
    out.append(t[last:])
    print("=" * 100); print(r["topic"], "|", r["id"], "| spans:", len(r["entities"]))
    print("".join(out).strip())
    print("-- SPANS:", " | ".join(t[e["start"]:e["end"]] for e in r["entities"]))
    miss = set()
    for rx in (CUE, CAPS):
        for m in rx.finditer(t):
            if not cov[m.start()]:
                miss.add(t[m.start():m.start()+40].split("\n")[0])
    print("-- UNCOVERED CUES:"); [print("   ", x) for x in sorted(miss)]
