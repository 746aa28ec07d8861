// invalid: `&(K as u64)`: rustc promotes a cast of a constant (`_1 = const K as u64 (IntToInt)` in the
// promoted body); promo38 promotes operators, literals and aggregates of constants, not casts
const K: u32 = 3;
fn f(n: u64) -> u64 {
    let r = &(K as u64); //~ ERROR not supported
    *r + n
}
