"""Deterministic candidate listing for the ORG check set.
Candidates: 800 <= len(text) <= 2500; ordered per topic by sha1(id).
Pre-filter (only to save reading time, not used for annotation): at least 2
distinct matches of simple ORG cue patterns. Articles are then read in this
order and the first ones judged (by reading) to contain >= 2 organisation
names are accepted."""
import gzip, json, hashlib, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
CUES = re.compile(r"(Công ty|Tập đoàn|Tổng công ty|Ngân hàng|Bộ [A-ZĐ]|Sở [A-ZĐ]|Cục |Tổng cục|Viện |Trường |Bệnh viện|Ủy ban|Uỷ ban|UBND|TAND|VKSND|Công an|Quốc hội|CLB|Câu lạc bộ|Liên đoàn|Hiệp hội|Hội [A-ZĐ]|Đài |Báo |báo [A-ZĐ]|Liên hợp quốc|\b[A-Z]{2,}\b)")
def load():
    for l in gzip.open('/work/shared/data/vntc_sample_10k.jsonl.gz', 'rt'):
        yield json.loads(l)
def parity(doc_id):
    """0 or 1: the half of the candidate space an article falls in (unsalted sha1 of its id). Sets 4
    and 5 were built at the same time from opposite halves, so they cannot share an article."""
    return int(hashlib.sha1(doc_id.encode()).hexdigest(), 16) % 2
def candidates(salt="", exclude_files=(), half=None):
    """Per-topic candidates ordered by sha1(salt + id); articles of the check sets named in
    exclude_files are left out (set 1: no salt, nothing excluded); half=0/1 keeps one parity half."""
    skip = set()
    for name in exclude_files:
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            skip |= {json.loads(l)["id"] for l in f}
    by = {}
    for d in load():
        if d['id'] in skip or (half is not None and parity(d['id']) != half):
            continue
        if 800 <= len(d['text']) <= 2500:
            cues = set(m.group(0) for m in CUES.finditer(d['text']))
            if len(cues) >= 2:
                by.setdefault(d['topic'], []).append(d)
    for t in by:
        by[t].sort(key=lambda d: hashlib.sha1((salt + d['id']).encode()).hexdigest())
    return by
def accepted(by, log, target, strict=False, exhausted=()):
    """The accepted articles of a selection log, topic by topic in quota order. strict: the log
    covers indices 0..k without gaps and reading stopped at the article that filled the quota;
    a topic in exhausted was instead read to the end of its candidate list (set 4's Doi song)."""
    out = []
    for t in target:
        acc = [i for i, why in log[t] if why == "accept"]
        assert len(acc) == target[t], t
        if strict and t in exhausted:
            assert [i for i, _ in log[t]] == list(range(len(by[t]))), t
        elif strict:
            assert [i for i, _ in log[t]] == list(range(len(log[t]))), t
            assert log[t][-1][1] == "accept", t   # reading stopped at the quota
        out += [by[t][i] for i in acc]
    return out
def show(by, argv):
    """CLI: print candidates START..START+N of TOPIC for reading."""
    topic = argv[1]; start = int(argv[2]); n = int(argv[3])
    for i, d in enumerate(by[topic][start:start+n], start):
        print(f"=== [{i}] {d['id']} len={len(d['text'])}")
        print(d['text'])
if __name__ == '__main__':
    show(candidates(), sys.argv)
