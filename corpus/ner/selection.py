"""Final selection (indices into the per-topic sha1-ordered candidate list of
select_candidates.py) with the reading decision for every article inspected.
Acceptance rule: >= 2 distinct, unambiguous organisation names by reading."""
SELECTION_LOG = {
 "Kinh doanh": [(0, "reject: Bo Cong nghiep is the only clear ORG (dien luc Khanh Hoa borderline)"),
                (1, "accept"), (2, "reject: LG Card is the only named ORG"), (3, "accept"),
                (4, "reject: only EIU"), (5, "accept")],
 "Vi tinh": [(0, "accept"), (1, "reject: only Microsoft; rest are products"), (2, "accept"), (3, "accept")],
 "The thao": [(0, "accept"), (1, "accept"), (2, "accept")],
 "The gioi": [(0, "accept"), (1, "reject: only Dai phat thanh Ba Lan"), (2, "accept")],
 "Chinh tri Xa hoi": [(0, "accept"), (1, "accept"), (2, "accept")],
 "Van hoa": [(0, "reject: only MTV Asia"), (1, "reject: only DH San khau Dien anh"), (2, "accept"), (3, "accept")],
 "Suc khoe": [(0, "reject: only Benh vien Nhi Dong 1"), (1, "accept"), (2, "accept")],
 "Phap luat": [(0, "accept"), (1, "reject: only Bo Tu phap"), (2, "reject: no named ORG (HDXX generic)"), (3, "accept")],
 "Doi song": [(0, "accept"), (1, "reject: only Truong Quoc te TP HCM"), (2, "reject: only Thanh Nien"), (3, "accept")],
 "Khoa hoc": [(0, "accept"), (1, "reject: only one clear ORG (Hiep hoi ... My); journal title not counted"), (2, "accept")],
}
TARGET = {"Kinh doanh": 3, "Vi tinh": 3, "The thao": 3, "Chinh tri Xa hoi": 3, "The gioi": 2,
          "Van hoa": 2, "Suc khoe": 2, "Phap luat": 2, "Doi song": 2, "Khoa hoc": 2}
def selected():
    import select_candidates as s
    from select_candidates import accepted
    return accepted(s.candidates(), SELECTION_LOG, TARGET)
if __name__ == "__main__":
    for d in selected(): print(d["topic"], "|", d["id"], len(d["text"]))
