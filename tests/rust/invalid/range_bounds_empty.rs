// invalid: an exclusive range whose bounds are equal (empty)
fn f(o: Option<i32>) -> u32 {
    match o {
        Some(-5..-5) => 1, //~ ERROR [E0579] lower bound for range pattern must be less than upper bound
        _ => 2,
    }
}
