// invalid: `if let` moving an Option's payload out of a field place after a match moved it, with a
// borrow in the fn (the error held back and reported by position): at the binding, as rustc
struct S { n: u32, o: Option<Guard> }
async fn f(s: S) -> u32 {
    let r = &s.n;
    match s.o { Some(g) => { let h = g; } None => {} }
    if let Some(g) = s.o { let h = g; } //~ ERROR [E0382] use of moved value
    *r
}
