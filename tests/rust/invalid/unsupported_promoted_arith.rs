// invalid: `&((1i32 + 2) / -1)`: a signed division by -1 is promoted only under a constant dividend other
// than MIN (validate_rvalue); `1 + 2` is a temporary, so the `let` extends this one (rustc's MIR: `_3 =
// Div(move _4, const -1_i32); _2 = &_3;`); the subset borrows no constant temporary it does not promote
fn f(n: i32) -> i32 {
    let r = &((1i32 + 2) / -1); //~ ERROR not supported
    *r + n
}
