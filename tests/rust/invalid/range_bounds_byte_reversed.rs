// invalid: a range of byte literals in the wrong order (E0030)
fn f(x: u8) -> u32 {
    match x {
        b'z'..=b'a' => 1, //~ ERROR [E0030] lower bound for range pattern must be less than or equal to upper bound
        _ => 2,
    }
}
