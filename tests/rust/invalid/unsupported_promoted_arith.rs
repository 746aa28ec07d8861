// invalid: `&(1 + 2)`: rustc promotes arithmetic of constants into a body of several statements
// (`_2 = AddWithOverflow(const 1_u32, const 2_u32); _1 = move (_2.0: u32); _0 = &_1;`, the assert left
// in the fn in debug); promo37 promotes a single constant only
fn f(n: u32) -> u32 {
    let r = &(1u32 + 2); //~ ERROR not supported
    *r + n
}
