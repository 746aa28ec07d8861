// invalid: assigning through an element of a promoted `&[&1, &2]` (promo39: the inner references are
// `&'static u32`s inside the promoted)
fn f(n: u32) -> u32 {
    let r = &[&1u32, &2];
    *(*r)[0] = n; //~ ERROR [E0594] cannot assign to `*r[_]`, which is behind a `&` reference
    *(*r)[1]
}
