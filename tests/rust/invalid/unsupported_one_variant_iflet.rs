// invalid: `if let` on a one-variant enum (irrefutable: valid Rust with a warning; not modelled)
enum W { A(u32) }
fn f(w: W) -> u32 {
    if let W::A(x) = w { x } else { 0 } //~ ERROR not supported
}
