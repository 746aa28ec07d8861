// invalid: assigning through a promoted negated literal's reference (promo37: `&-5` is rustc's promoted, a `&'static i32`)
fn f(n: i32) -> i32 {
    let r = &-5;
    *r = n; //~ ERROR [E0594] cannot assign to `*r`, which is behind a `&` reference
    *r
}
