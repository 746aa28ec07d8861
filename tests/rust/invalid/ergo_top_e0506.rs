// invalid: `w` binds the temporary `&mut m` (match ergonomics, a binding at the top): `m.v`
// assigned while `w` lives is E0506
struct S { k: u32, v: u32 }
async fn f(n: u32) -> u32 {
    let mut m = S { k: n, v: 1 };
    match &mut m {
        S { k: 0, .. } => 0,
        w => {
            m.v = 2; //~ ERROR [E0506] cannot assign to `m.v` because it is borrowed
            w.k
        }
    }
}
