// invalid: an inclusive range whose lower bound exceeds its upper bound
fn f(x: u32) -> u32 {
    match x {
        9..=3 => 1, //~ ERROR [E0030] lower bound for range pattern must be less than or equal to upper bound
        _ => 2,
    }
}
