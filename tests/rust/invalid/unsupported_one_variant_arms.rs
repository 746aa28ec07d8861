// invalid: a one-variant enum's match with an arm after the irrefutable one (valid Rust: an
// unreachable-pattern warning; not modelled)
enum W { A(u32) }
fn f(w: W) -> u32 {
    match w {
        W::A(x) => x, //~ ERROR not supported
        _ => 0,
    }
}
