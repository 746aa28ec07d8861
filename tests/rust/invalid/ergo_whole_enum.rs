// invalid: `if let D { e: E::B { v, .. }, .. } = &mut d` borrows the whole of `d` while `v` lives:
// `d.n += 1` meanwhile is E0503 (its read first) (it was accepted: the loan was of `d.e`'s field only)
enum E { A(u32), B { k: u8, v: u32 } }
struct D { e: E, n: u32 }
async fn f(n: u32) -> u32 {
    let mut d = D { e: E::B { k: 1, v: n }, n: 0 };
    if let D { e: E::B { v, .. }, .. } = &mut d {
        d.n += 1; //~ ERROR [E0503] cannot use `d.n` because it was mutably borrowed
        *v += 1;
    }
    d.n
}
