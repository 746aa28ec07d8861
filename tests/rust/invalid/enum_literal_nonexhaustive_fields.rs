// invalid: literals in a tuple variant's and a struct variant's fields: the witnesses carry the missing
// range with the other fields' missing values (`true`) or `..`
enum E { A, B(u32, bool), C { x: u8, g: u32 } }
fn f(e: E) -> u32 {
    match e { //~ ERROR non-exhaustive patterns: `E::B(1_u32..=u32::MAX, true)` and `E::C { x: 0_u8..=254_u8, .. }` not covered
        E::B(0, true) => 1,
        E::B(_, false) => 1,
        E::A => 2,
        E::C { x: 255, .. } => 3,
    }
}
