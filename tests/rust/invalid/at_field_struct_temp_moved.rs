// invalid: `S { k: a @ b, .. }` of a call's value: rustc's E0382 names no place (a temporary, bind31)
struct S { k: Guard, j: u8 }
fn mk(x: u32) -> S { S { k: guard(x), j: 0 } }
fn f(x: u32) -> u32 {
    match mk(x) { S { k: a @ b, .. } => 0 } //~ ERROR [E0382] use of moved value
}
