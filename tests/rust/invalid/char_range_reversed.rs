// invalid: a char range whose bounds are out of order (diag27)
fn f(c: char) -> u32 {
    match c {
        'z'..='a' => 1, //~ ERROR [E0030] lower bound for range pattern must be less than or equal to upper bound
        _ => 0,
    }
}
