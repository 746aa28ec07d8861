// invalid: `&-K` of a const item is a `Neg` (its overflow assert before it in debug), which rustc promotes
// (`_1 = Neg(const K)` in the promoted body); promo37 promotes a negated literal only (`&-5`)
const K: i32 = 3;
fn f(n: i32) -> i32 {
    let r = &-K; //~ ERROR not supported
    *r + n
}
