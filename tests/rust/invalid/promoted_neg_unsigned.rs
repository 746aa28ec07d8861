// invalid: `&-5` where the reference's type makes the literal unsigned: rustc's E0600 on the negation, at
// the `-` (promo37: a negated literal is promoted only once typeck accepts it)
fn f() -> u32 {
    let r: &u32 = &-5; //~ ERROR [E0600] cannot apply unary operator `-` to type `u32`
    *r
}
