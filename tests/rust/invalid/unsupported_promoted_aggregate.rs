// invalid: `&[&1, &2]`: rustc promotes the inner borrows and then the array of their promoted
// references; promo38 promotes aggregates of constants, not of borrows
fn f(n: u32) -> u32 {
    let r = &[&1u32, &2]; //~ ERROR not supported
    *r[0] + n
}
