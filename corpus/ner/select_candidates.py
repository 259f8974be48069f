"""Deterministic candidate listing for the ORG check set.
Candidates: 800 <= len(text) <= 2500; ordered per topic by sha1(id).
Pre-filter (only to save reading time, not used for annotation): at least 2
distinct matches of simple ORG cue patterns. Articles are then read in this
order and the first ones judged (by reading) to contain >= 2 organisation
names are accepted."""
import gzip, json, hashlib, re, sys
CUES = re.compile(r"(Công ty|Tập đoàn|Tổng công ty|Ngân hàng|Bộ [A-ZĐ]|Sở [A-ZĐ]|Cục |Tổng cục|Viện |Trường |Bệnh viện|Ủy ban|Uỷ ban|UBND|TAND|VKSND|Công an|Quốc hội|CLB|Câu lạc bộ|Liên đoàn|Hiệp hội|Hội [A-ZĐ]|Đài |Báo |báo [A-ZĐ]|Liên hợp quốc|\b[A-Z]{2,}\b)")
def load():
    for l in gzip.open('/work/shared/data/vntc_sample_10k.jsonl.gz', 'rt'):
        yield json.loads(l)
def candidates():
    by = {}
    for d in load():
        if 800 <= len(d['text']) <= 2500:
            cues = set(m.group(0) for m in CUES.finditer(d['text']))
            if len(cues) >= 2:
                by.setdefault(d['topic'], []).append(d)
    for t in by:
        by[t].sort(key=lambda d: hashlib.sha1(d['id'].encode()).hexdigest())
    return by
if __name__ == '__main__':
    by = candidates()
    topic = sys.argv[1]; start = int(sys.argv[2]); n = int(sys.argv[3])
    for i, d in enumerate(by[topic][start:start+n], start):
        print(f"=== [{i}] {d['id']} len={len(d['text'])}")
        print(d['text'])
