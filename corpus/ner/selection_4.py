"""Final selection for ORG check set 4 (indices into the per-topic candidate
lists of select_candidates_4.py: set-1, set-2 and set-3 ids excluded, even
int(sha1(id), 16) only (parity rule), sha1("org-set-4:" + id) order) with the
reading decision for every article inspected.
Acceptance rule (as for sets 1-3): >= 2 distinct, unambiguous organisation
names by reading; the first accepted articles in order fill the topic quota.
Doi song: the parity rule leaves only 14 candidates, and reading all of them
gave ONE acceptable article (index 11). Its quota is therefore 1 and the freed
slot goes to the first 2-article topic in quota order, Van hoa (quota 3), so the
set still has 30 articles. strict=True as for set 3, except that a topic whose
candidate list was read to the end (Doi song) may end on a rejection."""
SELECTION_LOG = {
 "Kinh doanh": [(0, "accept"), (1, "accept"), (2, "accept"), (3, "accept")],
 "Vi tinh": [(0, "reject: only HP (Intel, AMD only inside product names Intel Xeon, AMD Opteron)"),
             (1, "accept"),
             (2, "reject: only Epson (Mickey = character; Endeavor = product)"),
             (3, "reject: only SavRow (NVIDIA, AMD only inside product names)"),
             (4, "accept"), (5, "accept"), (6, "accept")],
 "The thao": [(0, "accept"), (1, "accept"),
              (2, "reject: only national teams (U23 Myanmar, ...); BTC generic; the media committee of the host is a description"),
              (3, "accept"), (4, "accept")],
 "Chinh tri Xa hoi": [(0, "accept"), (1, "accept"), (2, "accept"), (3, "accept")],
 "The gioi": [(0, "accept"), (1, "accept"), (2, "accept"), (3, "accept")],
 "Van hoa": [(0, "accept"),
             (1, "reject: interview, no ORG"),
             (2, "accept"),
             (3, "reject: only phong tra ATB (one establishment)"),
             (4, "reject: interview, no ORG (Duyen Dang VN = programme)"),
             (5, "reject: only Cuc Bieu dien nghe thuat unambiguous (WPMA = award; Black Eyed Peas = band, in a related-link headline)"),
             (6, "reject: only benh vien Patong (Miss Universe = pageant; 'mot nha may san xuat bia cua Thai' generic)"),
             (7, "accept")],
 "Suc khoe": [(0, "reject: reader Q&A, no ORG"),
              (1, "reject: only Benh vien Nhi dong I"),
              (2, "reject: only Hoi Y hoc The duc the thao TP HCM"),
              (3, "accept"), (4, "accept")],
 "Phap luat": [(0, "accept"), (1, "accept")],
 "Doi song": [(0, "reject: reader letter, no ORG (VNEXPRESS only in the e-mail subject line)"),
              (1, "reject: only one eatery (Duong Thanh)"),
              (2, "reject: only TTC (source tag); stations and hotel as places"),
              (3, "reject: restaurants/cafes inside hotels described as venues; hotels = sites; no unambiguous ORG"),
              (4, "reject: reader letter, no ORG"),
              (5, "reject: only one cafe (An Nam)"),
              (6, "reject: reader letter, no ORG"),
              (7, "reject: only Thanh Nien (newspaper, twice); 'co quan bao dai' generic"),
              (8, "reject: only one eatery (com tam Dong Xuan)"),
              (9, "reject: reader letter, no ORG"), (10, "reject: reader letter, no ORG"),
              (11, "accept"),
              (12, "reject: buying guide, no ORG"),
              (13, "reject: weather report, no ORG")],
 "Khoa hoc": [(0, "reject: only Vien nghien cuu New England"),
              (1, "reject: only ISRO (To chuc Nghien cuu Khong gian An Do + acronym = one ORG); the Satish Dhawan space centre is described as a site (launch site, building)"),
              (2, "reject: only Dai hoc Ohio State"),
              (3, "accept"),
              (4, "reject: only Vien nghien cuu sinh hoc Salk"),
              (5, "accept")],
}
TARGET = {"Kinh doanh": 4, "Vi tinh": 4, "The thao": 4, "Chinh tri Xa hoi": 4, "The gioi": 4,
          "Van hoa": 3, "Suc khoe": 2, "Phap luat": 2, "Doi song": 1, "Khoa hoc": 2}
EXHAUSTED = {"Doi song"}   # candidate list read to the end


def selected():
    import select_candidates_4 as s
    from select_candidates import accepted
    return accepted(s.candidates(), SELECTION_LOG, TARGET, strict=True, exhausted=EXHAUSTED)


if __name__ == "__main__":
    for d in selected(): print(d["topic"], "|", d["id"], len(d["text"]))
