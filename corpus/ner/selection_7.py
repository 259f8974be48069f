"""Final selection for ORG check set 7 (indices into the per-topic candidate
lists of select_candidates_7.py: set-1 to set-5 ids excluded, parity rule
int(sha1(id), 16) % 2 == 1, sha1("org-set-7:" + id) order) with the reading
decision for every article inspected.
Acceptance rule (as for sets 1-5): >= 2 distinct, unambiguous organisation
names by reading; the first accepted articles in order fill the topic quota.
Doi song: after the exclusions and the parity rule only 15 candidates are
left (most of the odd-half Doi song candidates were read, and the good ones
taken, for set 5), and reading all of them gave NO acceptable article. As in
set 4 (selection_4.py), the freed slots go to the first 2-article topics in
quota order, one each: Van hoa (quota 3) and Suc khoe (quota 3), so the set
still has 30 articles. strict=True as for sets 3-5, except that the topic whose
candidate list was read to the end (Doi song) ends on a rejection."""
SELECTION_LOG = {
 "Kinh doanh": [(0, "accept"), (1, "accept"), (2, "accept"), (3, "accept")],
 "Vi tinh": [(0, "accept"), (1, "accept"),
             (2, "reject: only Samsung (cong ty Ban dan Samsung = its own semiconductor business; GDDR4, DRAM = products); rejected in set 5 for the same reason"),
             (3, "accept"),
             (4, "reject: only Samsung (Microsoft Word, Excel = products; 'chinh phu Han Quoc' lower-case generic)"),
             (5, "accept")],
 "The thao": [(0, "accept"),
              (1, "reject: only Real Madrid unambiguous (Brazil, Argentina = national teams named by country; Confederations Cup, World Cup = competitions)"),
              (2, "accept"),
              (3, "reject: only VnExpress (doan Viet Nam, Trung Quoc, Macau, Hong Kong = national delegations named by country; Cung the thao Quan Ngua = venue)"),
              (4, "accept"), (5, "accept")],
 "Chinh tri Xa hoi": [(0, "accept"), (1, "accept"), (2, "accept"), (3, "accept")],
 "The gioi": [(0, "accept"), (1, "accept"), (2, "accept"), (3, "accept")],
 "Van hoa": [(0, "reject: only VnExpress (Nha van hoa Thanh Nien = venue; 'Nhung nguoi thich dua' = programme)"),
             (1, "accept"), (2, "accept"), (3, "accept")],
 "Suc khoe": [(0, "accept"),
              (1, "reject: reader Q&A, no ORG"),
              (2, "accept"),
              (3, "reject: reader Q&A; only Dai hoc Y Duoc TP HCM (Lactomin, L-Bio M = products)"),
              (4, "accept")],
 "Phap luat": [(0, "accept"), (1, "accept")],
 "Doi song": [(0, "reject: reader letter, no ORG (VnExpress only inside an e-mail address; rejected in set 5 too)"),
              (1, "reject: only UBND xa Duyen Ha (rejected in set 5 too)"),
              (2, "reject: only Trung tam Bao tro tre em Tam Binh (rejected in set 5 too)"),
              (3, "reject: reader letter, no ORG"),
              (4, "reject: only Dai hoc Y duoc TP HCM (Omron, Yamasu, One touch ultra, Accu Check = product brands; rejected in set 5 too)"),
              (5, "reject: only one cafe (Bobby Brewers); Forgotten Children of VietNam = the owner's fund, not clearly an organisation (rejected in set 5 too)"),
              (6, "reject: no ORG (khach san Hoang Ha = site; co quan dieu tra generic; 'mot to bao' unnamed; rejected in set 5 too)"),
              (7, "reject: only benh vien Shea (rejected in set 5 too)"),
              (8, "reject: reader letter, no ORG (rejected in set 5 too)"),
              (9, "reject: no ORG (chung cu Hung Vuong = building; Phu My Hung as an area; rejected in set 5 too)"),
              (10, "reject: interview; only Truong Quoc te TP HCM (rejected in set 5 too)"),
              (11, "reject: reader letter, no ORG (rejected in set 5 too)"),
              (12, "reject: reader letter, no ORG"),
              (13, "reject: only So Y te (rejected in set 5 too); chinh quyen thon, can bo xa generic"),
              (14, "reject: no ORG (Blu = clothing label, nhan hieu; markets = sites; rejected in set 5 too)")],
 "Khoa hoc": [(0, "reject: only WCS (To chuc Bao ton dong vat hoang da + acronym = one ORG)"),
              (1, "accept"), (2, "accept")],
}
TARGET = {"Kinh doanh": 4, "Vi tinh": 4, "The thao": 4, "Chinh tri Xa hoi": 4, "The gioi": 4,
          "Van hoa": 3, "Suc khoe": 3, "Phap luat": 2, "Doi song": 0, "Khoa hoc": 2}
EXHAUSTED = {"Doi song"}   # candidate list read to the end, no article accepted
def selected():
    import select_candidates_7 as s
    from select_candidates import accepted
    return accepted(s.candidates(), SELECTION_LOG, TARGET, strict=True, exhausted=EXHAUSTED)
if __name__ == "__main__":
    for d in selected(): print(d["topic"], "|", d["id"], len(d["text"]))
