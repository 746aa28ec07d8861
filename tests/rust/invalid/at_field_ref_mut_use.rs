// invalid: `Some(a @ ref mut b)` with b used after: b's `&mut` of the field first, then a's copy of
// it: rustc's E0503 at a, naming the field (`o.0`, bind31)
fn f(mut o: Option<u32>) -> u32 {
    match o { Some(a @ ref mut b) => { *b += 1; a } None => 0 } //~ ERROR [E0503] cannot use `o.0` because it was mutably borrowed
}
