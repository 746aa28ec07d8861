// invalid: an alternative of the or-pattern under `@` of another type than the field (rustc E0308 at the
// alternative; bind32)
fn f(o: Option<u32>) -> u32 {
    match o { Some(n @ (1 | true)) => n, _ => 0 } //~ ERROR [E0308] mismatched types
}
