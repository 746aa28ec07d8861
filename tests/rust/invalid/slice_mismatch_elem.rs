// invalid: an array of u32 where a slice of u8 is expected (slice40, E0308)
fn sum(s: &[u8]) -> usize {
    s.len()
}
fn f() -> usize {
    let a = [1u32, 2];
    sum(&a) //~ ERROR [E0308] mismatched types
}
