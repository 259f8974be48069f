"""Final selection for ORG check set 2 (indices into the per-topic candidate
lists of select_candidates_2.py: set-1 ids excluded, sha1("org-set-2:" + id)
order) with the reading decision for every article inspected.
Acceptance rule (as for set 1): >= 2 distinct, unambiguous organisation names
by reading; the first accepted articles in order fill the topic quota."""
SELECTION_LOG = {
 "Kinh doanh": [(0, "accept"),
                (1, "reject: only So Tai nguyen Moi truong Nha dat Ha Noi (two spellings, one ORG)"),
                (2, "accept"),
                (3, "reject: only stock tickers (REE, GMD, ...) = securities, no organisation mention"),
                (4, "accept"), (5, "accept")],
 "Vi tinh": [(0, "accept"), (1, "reject: forum Q&A, no ORG (device names only)"),
             (2, "accept"), (3, "accept"), (4, "accept")],
 "The thao": [(0, "accept"), (1, "accept"),
              (2, "reject: only one unambiguous ORG (Than Cua Ong Quang Ninh); other teams named by province"),
              (3, "accept"),
              (4, "reject: only national teams named by country (match context), no unambiguous ORG name"),
              (5, "accept")],
 "Chinh tri Xa hoi": [(0, "accept"), (1, "accept"), (2, "accept"),
                      (3, "reject: no unambiguous ORG (one cafe name, fire report)"),
                      (4, "reject: no ORG (VAM 1 is an aircraft)"),
                      (5, "accept")],
 "The gioi": [(0, "reject: only Bo Dau mo (Baiji refinery = facility)"),
              (1, "reject: only LHQ / Lien hop quoc (one ORG)"),
              (2, "accept"), (3, "accept"), (4, "accept"), (5, "accept")],
 "Van hoa": [(0, "accept"),
             (1, "reject: only Dai Truyen hinh VN unambiguous (lower-case 'trung tam san xuat phim' sub-unit)"),
             (2, "reject: only Korea Pictures"),
             (3, "reject: no ORG (beauty contest, countries as contestants)"),
             (4, "accept")],
 "Suc khoe": [(0, "reject: only Benh vien Nhi Dong 2"), (1, "accept"), (2, "accept")],
 "Phap luat": [(0, "accept"), (1, "accept")],
 "Doi song": [(0, "reject: only Trung tam Bao tro tre em Tam Binh"), (1, "reject: only So Y te"),
              (2, "accept"),
              (3, "reject: only TTC (source tag); stations and a hotel as places"),
              (4, "reject: only one eatery name (Duong Thanh)"),
              (5, "accept")],
 "Khoa hoc": [(0, "accept"), (1, "accept")],
}
TARGET = {"Kinh doanh": 4, "Vi tinh": 4, "The thao": 4, "Chinh tri Xa hoi": 4, "The gioi": 4,
          "Van hoa": 2, "Suc khoe": 2, "Phap luat": 2, "Doi song": 2, "Khoa hoc": 2}
def selected():
    import select_candidates_2 as s
    from select_candidates import accepted
    return accepted(s.candidates(), SELECTION_LOG, TARGET)
if __name__ == "__main__":
    for d in selected(): print(d["topic"], "|", d["id"], len(d["text"]))
