"""Final selection for ORG check set 3 (indices into the per-topic candidate
lists of select_candidates_3.py: set-1 and set-2 ids excluded,
sha1("org-set-3:" + id) order) with the reading decision for every article
inspected.
Acceptance rule (as for sets 1 and 2): >= 2 distinct, unambiguous organisation
names by reading; the first accepted articles in order fill the topic quota."""
SELECTION_LOG = {
 "Kinh doanh": [(0, "reject: only So Tai nguyen Moi truong Nha dat Ha Noi (two spellings, one ORG)"),
                (1, "accept"),
                (2, "reject: only So Nong nghiep va Phat trien nong thon TP HCM"),
                (3, "accept"), (4, "accept"),
                (5, "reject: only FED (cac ngan hang thuong mai generic; Dow Jones = index)"),
                (6, "reject: only Caltex (two spellings of one company; JVC = product brand of a prize)"),
                (7, "accept")],
 "Vi tinh": [(0, "accept"),
             (1, "reject: no ORG (ministers' meeting = event; titles only)"),
             (2, "reject: forum Q&A, no ORG"),
             (3, "accept"),
             (4, "reject: only Relate (FriendsReunited = website/service)"),
             (5, "reject: forum Q&A, no ORG (software names, URLs)"),
             (6, "reject: software tip, no ORG"),
             (7, "accept"),
             (8, "reject: forum Q&A, no ORG"),
             (9, "accept")],
 "The thao": [(0, "accept"), (1, "accept"),
              (2, "reject: only national teams named by country (match context), no unambiguous ORG name"),
              (3, "reject: only Vien y hoc TDTT unambiguous; teams named by province; Vinamilk only inside the cup name"),
              (4, "reject: only FIFA unambiguous; the rest are national teams named by country (ranking)"),
              (5, "accept"), (6, "accept")],
 "Chinh tri Xa hoi": [(0, "accept"), (1, "accept"), (2, "accept"), (3, "accept")],
 "The gioi": [(0, "accept"),
              (1, "reject: only CIA unambiguous (Nha Trang = metonymy, phe Dan chu = faction)"),
              (2, "accept"), (3, "accept"),
              (4, "reject: Vatican = state; only benh vien Gemelli"),
              (5, "accept")],
 "Van hoa": [(0, "reject: no ORG (Cung Van hoa = venue; Hoi dong tham dinh, Ban to chuc generic)"),
             (1, "reject: only Bo Van hoa Thong tin Kuwait"),
             (2, "reject: no ORG"),
             (3, "reject: only LHQ"),
             (4, "accept"),
             (5, "reject: only Benh vien 103"),
             (6, "reject: only New York Times (LHP Berlin = event)"),
             (7, "reject: no ORG (royal family, persons)"),
             (8, "accept")],
 "Suc khoe": [(0, "reject: no named ORG"), (1, "reject: no ORG"),
              (2, "reject: only Dai hoc Thien chua giao Sacred Heart (journal title not counted, as set 1)"),
              (3, "reject: only BV Binh Dan"),
              (4, "accept"), (5, "accept")],
 "Phap luat": [(0, "reject: only UBND tinh Tien Giang (co so giao duc Ben Gia = lower-case facility)"),
               (1, "reject: only Kanaan unambiguous; its customers are named as brands (thuong hieu)"),
               (2, "accept"), (3, "accept")],
 "Doi song": [(0, "reject: only Trung tam Bao tro tre em Tam Binh"),
              (1, "reject: reader letter, no ORG"), (2, "reject: reader letter, no ORG"),
              (3, "reject: reader letter, no ORG"),
              (4, "reject: only one eatery (com tam Dong Xuan)"),
              (5, "reject: restaurants/cafes inside hotels described as venues; hotels = sites; no unambiguous ORG"),
              (6, "reject: no ORG"),
              (7, "reject: only one eatery name (Duong Thanh)"),
              (8, "reject: only one cafe (An Nam)"),
              (9, "reject: reader letter, no ORG"), (10, "reject: reader letter, no ORG"),
              (11, "reject: only So Y te"),
              (12, "reject: no ORG (khach san Hoang Ha = site)"),
              (13, "reject: reader letter, no ORG"),
              (14, "reject: only UBND xa Duyen Ha"),
              (15, "reject: reader letter, no ORG"),
              (16, "reject: only Dai hoc Y duoc TP HCM (Omron, Yamasu, ... = product brands)"),
              (17, "reject: weather report, no ORG"),
              (18, "accept"),
              (19, "reject: reader letter, no ORG"),
              (20, "reject: only benh vien Shea"),
              (21, "reject: only Truong Quoc te TP HCM"),
              (22, "reject: reader letter, no ORG"),
              (23, "reject: only TTC (source tag); stations and hotels as places"),
              (24, "reject: no ORG (apartment buildings, Phu My Hung as area)"),
              (25, "accept")],
 "Khoa hoc": [(0, "reject: only BVA"), (1, "accept"), (2, "accept")],
}
TARGET = {"Kinh doanh": 4, "Vi tinh": 4, "The thao": 4, "Chinh tri Xa hoi": 4, "The gioi": 4,
          "Van hoa": 2, "Suc khoe": 2, "Phap luat": 2, "Doi song": 2, "Khoa hoc": 2}
def selected():
    import select_candidates_3 as s
    by = s.candidates(); out = []
    for t in TARGET:
        acc = [i for i, why in SELECTION_LOG[t] if why == "accept"]
        assert len(acc) == TARGET[t], t
        assert [i for i, _ in SELECTION_LOG[t]] == list(range(len(SELECTION_LOG[t]))), t
        assert SELECTION_LOG[t][-1][1] == "accept", t   # reading stopped at the quota
        out += [by[t][i] for i in acc]
    return out
if __name__ == "__main__":
    for d in selected(): print(d["topic"], "|", d["id"], len(d["text"]))
