// invalid: a variant of several inside a struct pattern in `let` (E0005, three witnesses)
enum V { A(u8), B, C(u8), D }
struct S { v: V, n: u8 }
fn f(s: S) -> u8 {
    let S { v: V::B, n: z } = s; //~ ERROR [E0005] refutable pattern in local binding: patterns `S { v: V::A(_), .. }`, `S { v: V::C(_), .. }` and `S { v: V::D, .. }` not covered
    z
}
