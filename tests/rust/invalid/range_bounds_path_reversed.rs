// invalid: a range whose lower bound, an associated constant, is above its upper one (E0030)
fn f(x: u8) -> u32 {
    match x {
        u8::MAX..=0 => 1, //~ ERROR [E0030] lower bound for range pattern must be less than or equal to upper bound
        _ => 2,
    }
}
