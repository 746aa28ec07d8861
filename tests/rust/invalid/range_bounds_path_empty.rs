// invalid: an exclusive range whose upper bound is the type's minimum, written as a path (E0579)
async fn f(x: i16) -> u32 {
    match x {
        -5..i16::MIN => 1, //~ ERROR [E0579] lower bound for range pattern must be less than upper bound
        _ => 2,
    }
}
