// covers: unused_parens of a binding's subpattern (warn35): `k @ (_)`, `k @ (8)`, `v @ (E::B)`, inside a
// variant too; none around a range or an or-pattern (`k @ (0..=5)`, `k @ (6 | 7)`), as rustc's check_pat
enum E { A(u32), B }
fn f(x: u32, o: Option<u32>, e: E) -> u32 {
    let a = match x { k @ (_) => k, };
    let b = match x { k @ (0..=5) => k, k @ (6 | 7) => k + 1, k @ (8) => k, _ => 0 };
    let c = match o { Some(k @ (_)) => k, Some(k @ (1..=2)) => k, Some(k @ (3 | 4)) => k, None => 0 };
    let d = match e { E::A(k @ (5)) => k, v @ (E::B) => 0, _ => 1 };
    a + b + c + d
}
fn main() { f(1, None, E::B); }
