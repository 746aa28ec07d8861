// invalid (repr40): the variant after a `#[repr(u8)]` enum's 255 has no value (E0370)
#[repr(u8)]
enum E {
    A = 255,
    B, //~ ERROR [E0370] enum discriminant overflowed
}
fn f() -> E { E::A }
