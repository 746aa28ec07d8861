// invalid: a tuple-variant pattern with too few fields
enum E { A, B(u32, u8) }
fn f(e: E) -> u32 {
    match e {
        E::A => 0,
        E::B(x) => x, //~ ERROR this pattern has 1 field, but the corresponding tuple variant has 2 fields
    }
}
