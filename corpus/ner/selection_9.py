"""Final selection for ORG check set 9 (indices into the per-topic candidate
lists of select_candidates_9.py: set-1 to set-7 ids excluded, parity rule
int(sha1(id), 16) % 2 == 1, sha1("org-set-9:" + id) order) with the reading
decision for every article inspected.
Acceptance rule (as for sets 1-7): >= 2 distinct, unambiguous organisation
names by reading; the first accepted articles in order fill the topic quota.
Doi song: after the exclusions and the parity rule the same 15 candidates that
set 7 read (and accepted none of) are left. Reading all of them again gave NO
acceptable article. As in sets 4, 6 and 7, the freed slots go to the first
2-article topics in quota order, one each: Van hoa (quota 3) and Suc khoe
(quota 3), so the set still has 30 articles. strict=True as for sets 3-7,
except that the topic whose candidate list was read to the end (Doi song)
ends on a rejection."""
SELECTION_LOG = {
 "Kinh doanh": [(0, "accept"), (1, "accept"), (2, "accept"),
                (3, "reject: only Bo Cong nghiep unambiguous (nha may thuy dien Vinh Son = plant; 'dien luc Khanh Hoa' lower-case, not clearly a name; 'cac to chuc tin dung quoc te' generic)"),
                (4, "accept")],
 "Vi tinh": [(0, "accept"), (1, "accept"), (2, "accept"), (3, "accept")],
 "The thao": [(0, "accept"), (1, "accept"),
              (2, "reject: only CLB Liverpool (doi tuyen Anh = national team named by country; 'Canh sat' generic; BMW = the car)"),
              (3, "accept"), (4, "accept")],
 "Chinh tri Xa hoi": [(0, "accept"),
                      (1, "reject: interview, no ORG ('co quan thu y' generic; TP = the city)"),
                      (2, "accept"), (3, "accept"), (4, "accept")],
 "The gioi": [(0, "accept"),
              (1, "reject: only Bo Ngoai giao Nhat ('hang lu hanh' unnamed; 'chinh phu' lower-case generic)"),
              (2, "accept"), (3, "accept"), (4, "accept")],
 "Van hoa": [(0, "reject: interview; only TVB ('Giai dieu ban be' = programme; Festival Bien = event)"),
             (1, "reject: only Havard (LHP Cannes = event)"),
             (2, "reject: interview; only Cong ty Anh Viet"),
             (3, "accept"), (4, "accept"), (5, "accept")],
 "Suc khoe": [(0, "accept"), (1, "accept"), (2, "accept")],
 "Phap luat": [(0, "reject: only Cong An Nhan Dan (the source paper); 'Cong an', 'co quan cong an' = the force, generic"),
               (1, "accept"), (2, "accept")],
 "Doi song": [(0, "reject: reader letter, no ORG (VnExpress only inside an e-mail address; rejected in sets 5 and 7 too)"),
              (1, "reject: only UBND xa Duyen Ha (rejected in sets 5 and 7 too)"),
              (2, "reject: no ORG (chung cu Hung Vuong = building; Phu My Hung as an area; rejected in sets 5 and 7 too)"),
              (3, "reject: no ORG (Blu = clothing label, nhan hieu; markets = sites; rejected in sets 5 and 7 too)"),
              (4, "reject: only So Y te; chinh quyen thon, can bo xa generic (rejected in sets 5 and 7 too)"),
              (5, "reject: only one cafe (Bobby Brewers); Forgotten Children of VietNam = the owner's fund, not clearly an organisation (rejected in sets 5 and 7 too)"),
              (6, "reject: reader letter, no ORG (rejected in set 7 too)"),
              (7, "reject: reader letter, no ORG (rejected in set 7 too)"),
              (8, "reject: no ORG (khach san Hoang Ha = site; co quan dieu tra generic; 'mot to bao' unnamed; rejected in sets 5 and 7 too)"),
              (9, "reject: only Trung tam Bao tro tre em Tam Binh (rejected in sets 5 and 7 too)"),
              (10, "reject: only Dai hoc Y duoc TP HCM (Omron, Yamasu, One touch ultra, Accu Check = product brands; rejected in sets 5 and 7 too)"),
              (11, "reject: interview; only Truong Quoc te TP HCM (rejected in sets 5 and 7 too)"),
              (12, "reject: only benh vien Shea (rejected in sets 5 and 7 too)"),
              (13, "reject: reader letter, no ORG (rejected in set 7 too)"),
              (14, "reject: reader letter, no ORG (rejected in set 7 too)")],
 "Khoa hoc": [(0, "accept"),
              (1, "reject: only Vien Ung thu Quoc gia with its own lab (Phong thi nghiem da dang gene); Plos Biology = journal title, not counted (sets 1, 3, 5)"),
              (2, "accept")],
}
TARGET = {"Kinh doanh": 4, "Vi tinh": 4, "The thao": 4, "Chinh tri Xa hoi": 4, "The gioi": 4,
          "Van hoa": 3, "Suc khoe": 3, "Phap luat": 2, "Doi song": 0, "Khoa hoc": 2}
EXHAUSTED = {"Doi song"}   # candidate list read to the end, no article accepted
def selected():
    import select_candidates_9 as s
    from select_candidates import accepted
    return accepted(s.candidates(), SELECTION_LOG, TARGET, strict=True, exhausted=EXHAUSTED)
if __name__ == "__main__":
    for d in selected(): print(d["topic"], "|", d["id"], len(d["text"]))
