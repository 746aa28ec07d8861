// promo37: `&-5` is promoted as `&5` is: THIR folds the negation into the constant `-5_i32`, so the
// promoted body is `_1 = const -5_i32; _0 = &_1;` (`&-128i8`: `const i8::MIN`); `&-x` of a variable
// is no promotion: the `let`'s temporary, with Neg's overflow assert in debug and without it in release
fn take(r: &i32) -> i32 {
    *r
}

fn f(x: i32) -> i32 {
    let r = &-5;
    let m = &-128i8;
    let n = &-x;
    *r + take(&-6) + *m as i32 + *n
}
