// invalid: ranges at the top of a match on u8 leave a gap and a single value: rustc's witnesses, the
// missing ranges split at every bound
fn f(x: u8) -> u32 {
    match x { //~ ERROR [E0004] non-exhaustive patterns: `10_u8`, `20_u8..=99_u8` and `200_u8..=u8::MAX` not covered
        0..=9 => 1,
        11..20 => 2,
        100..200 => 3,
    }
}
