// invalid: a range bound that is a constant of another integer type (E0308)
fn f(x: i64) -> u32 {
    match x {
        i32::MIN..=0 => 1, //~ ERROR [E0308] mismatched types
        _ => 2,
    }
}
