// invalid: a top binding moves out of a place behind a reference (E0507)
struct P { a: u32, g: Guard }
fn f(p: &P) -> u32 {
    match *p { q => q.a } //~ ERROR [E0507] cannot move out of `*p` which is behind a shared reference
}
