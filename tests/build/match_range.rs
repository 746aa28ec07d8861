// covers: range patterns (TestKind::Range: two compares into bool temps, a failed test's chain to the
// remainder; the FalseEdge's imaginary target keeps the remainder a block of its own), a literal
// bucketed beside ranges, an open and an exclusive range, a range inside Some, a range at the top of if let
fn classify(x: u8) -> u32 {
    match x {
        0..=9 => 1,
        10 => 2,
        11..20 => 3,
        200.. => 4,
        _ => 5,
    }
}
fn inner(o: Option<i32>) -> u32 {
    match o {
        Some(..0) => 1,
        Some(0) => 2,
        Some(k) => k as u32,
        None => 0,
    }
}
fn digit(x: u32) -> u32 {
    if let 48..=57 = x { x - 48 } else { 10 }
}
