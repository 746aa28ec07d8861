// invalid: an exclusive range to the type's minimum
fn f(x: i8) -> u32 {
    match x {
        ..-128 => 1, //~ ERROR [E0579] exclusive upper bound for a range bound cannot be the minimum
        _ => 2,
    }
}
