// invalid: a struct pattern's or-pattern field reads a field a Guard was moved out of (rustc E0382)
struct S { a: u32, g: Option<Guard> }
fn f(s: S) -> u32 {
    let h = s.g;
    match s { //~ ERROR [E0382] use of moved value: `s.g`
        S { g: Some(_) | None, .. } => 1,
    }
}
