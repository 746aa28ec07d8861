// invalid: `a @ Some(ref mut b)` with b used after: the subpattern's `&mut` of `o.0` is made before a's
// copy of o: rustc's E0503 at a, naming o (bind31)
fn f(mut o: Option<u32>) -> u32 {
    match o { a @ Some(ref mut b) => { *b = 1; 0 } None => 1 } //~ ERROR [E0503] cannot use `o` because it was mutably borrowed
}
