// invalid: `let a @ b = w.s;` of a field that is not Copy: b moves it, then a uses it (E0382, bind30)
struct S { g: Guard, a: u32 }
struct W { s: S, k: u32 }
fn f(w: W) -> u32 {
    let a @ b = w.s; //~ ERROR [E0382] use of moved value: `w.s`
    a.a + b.a
}
