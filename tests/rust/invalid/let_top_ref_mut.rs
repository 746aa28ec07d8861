// invalid: `let ref mut m @ 0..=255 = x;` of a variable not declared `mut`: rustc's E0596 at the
// binding (bind31: `ref mut` with `@` in `let` is admitted)
fn f(x: u8) -> u8 {
    let ref mut m @ 0..=255 = x; //~ ERROR [E0596] cannot borrow `x` as mutable, as it is not declared as mutable
    *m
}
