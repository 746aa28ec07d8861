// invalid: `&S(1)`: rustc promotes an aggregate of constants (`_1 = S(const 1_u32); _0 = &_1;`, an array
// `[const 1_u32, const 2_u32]`, a variant `E::A(const 1_u32)`, nested ones through temporaries); promo37
// promotes a single constant only
struct S(u32);
fn f(n: u32) -> u32 {
    let r = &S(1); //~ ERROR not supported
    r.0 + n
}
