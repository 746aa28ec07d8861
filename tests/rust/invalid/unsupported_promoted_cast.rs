// invalid: `&((K as i32) / -1)`: the dividend of a signed division by -1 is a cast's temporary, not a
// constant, so rustc does not promote it (validate_rvalue) and the `let` extends the temporary; the subset
// borrows no constant temporary it does not promote (promo39 promotes `&(K as u64)` and `&(7i32 / -1)`)
const K: u32 = 3;
fn f(n: i32) -> i32 {
    let r = &((K as i32) / -1); //~ ERROR not supported
    *r + n
}
