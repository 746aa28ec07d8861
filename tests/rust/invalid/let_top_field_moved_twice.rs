// invalid: `let v @ S { g, .. } = w.s;`: g moves a field of w.s, then v the whole (E0382, bind30)
struct S { g: Guard, a: u32 }
struct W { s: S, k: u32 }
fn f(w: W) -> u32 {
    let v @ S { g, .. } = w.s; //~ ERROR [E0382] use of partially moved value: `w.s`
    v.a
}
