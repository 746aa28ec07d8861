// invalid: `S { k: a @ b, .. }` of a field that is not Copy under structs alone: b moves s.k, then a
// uses it; rustc's E0382 names the place (bind31, at the binding, not the field's name)
struct S { k: Guard, j: u8 }
fn f(s: S) -> u32 {
    match s { S { k: a @ b, .. } => 0 } //~ ERROR [E0382] use of moved value: `s.k`
}
