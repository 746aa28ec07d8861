// invalid: `let W { s: S { k: a @ b @ c, .. }, .. } = w;`: the first of rustc's two E0382 (at a)
// names `w.s.k` (bind31)
struct S { k: Guard, j: u8 }
struct W { s: S, n: u32 }
fn f(w: W) -> u32 {
    let W { s: S { k: a @ b @ c, .. }, .. } = w; //~ ERROR [E0382] use of moved value: `w.s.k`
    0
}
