// invalid: `let a @ b = s;` of a value that is not Copy: b moves s, then a uses it (E0382, bind30)
struct S { g: Guard, a: u32 }
fn f(s: S) -> u32 {
    let a @ b = s; //~ ERROR [E0382] use of moved value: `s`
    a.a + b.a
}
