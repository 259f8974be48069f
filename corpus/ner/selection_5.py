"""Final selection for ORG check set 5 (indices into the per-topic candidate
lists of select_candidates_5.py: set-1, set-2 and set-3 ids excluded, parity
rule int(sha1(id), 16) % 2 == 1, sha1("org-set-5:" + id) order) with the reading
decision for every article inspected.
Acceptance rule (as for sets 1-3): >= 2 distinct, unambiguous organisation
names by reading; the first accepted articles in order fill the topic quota."""
SELECTION_LOG = {
 "Kinh doanh": [(0, "accept"), (1, "accept"), (2, "accept"), (3, "accept")],
 "Vi tinh": [(0, "accept"),
             (1, "reject: only Samsung (cong ty Ban dan Samsung = its own semiconductor business; GDDR4, DRAM = products)"),
             (2, "accept"), (3, "accept"), (4, "accept")],
 "The thao": [(0, "reject: only FIFA (Lien doan Bong da The gioi FIFA and FIFA; World Cup = event)"),
              (1, "accept"), (2, "accept"), (3, "accept"), (4, "accept")],
 "Chinh tri Xa hoi": [(0, "accept"), (1, "accept"), (2, "accept"),
                      (3, "reject: only ADB (Quy danh cho cac nuoc dang phat trien (RPE) = a financing facility, not an organisation; nganh duong sat generic)"),
                      (4, "accept")],
 "The gioi": [(0, "accept"), (1, "accept"), (2, "accept"), (3, "accept")],
 "Van hoa": [(0, "accept"),
             (1, "reject: no ORG (beauty pageant; Hoa hau X = titles, BGK generic)"),
             (2, "accept")],
 "Suc khoe": [(0, "accept"), (1, "accept")],
 "Phap luat": [(0, "accept"), (1, "accept")],
 "Doi song": [(0, "reject: no ORG (apartment buildings; Phu My Hung as an area)"),
              (1, "reject: no ORG (Blu = clothing label, nhan hieu; markets = sites)"),
              (2, "reject: only So Y te"),
              (3, "reject: reader letter, no ORG (VnExpress only inside an e-mail address)"),
              (4, "reject: only Truong Quoc te TP HCM"),
              (5, "reject: only UBND xa Duyen Ha"),
              (6, "reject: only one cafe (Bobby Brewers); Forgotten Children of VietNam = the owner's fund, not clearly an organisation"),
              (7, "reject: only benh vien Shea"),
              (8, "reject: no ORG (khach san Hoang Ha = site)"),
              (9, "reject: only Dai hoc Y duoc TP HCM (Omron, Yamasu, ... = product brands)"),
              (10, "reject: reader letter, no ORG"),
              (11, "accept"),
              (12, "reject: only Trung tam Bao tro tre em Tam Binh"),
              (13, "reject: reader letter, no ORG"),
              (14, "accept")],
 "Khoa hoc": [(0, "accept"),
              (1, "reject: only Vien Ung thu Quoc gia and its own lab (one organisation); Plos Biology = journal title, not counted (as sets 1 and 3)"),
              (2, "accept")],
}
TARGET = {"Kinh doanh": 4, "Vi tinh": 4, "The thao": 4, "Chinh tri Xa hoi": 4, "The gioi": 4,
          "Van hoa": 2, "Suc khoe": 2, "Phap luat": 2, "Doi song": 2, "Khoa hoc": 2}
def selected():
    import select_candidates_5 as s
    from select_candidates import accepted
    return accepted(s.candidates(), SELECTION_LOG, TARGET, strict=True)
if __name__ == "__main__":
    for d in selected(): print(d["topic"], "|", d["id"], len(d["text"]))
