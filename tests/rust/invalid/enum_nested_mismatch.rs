// invalid: a nested pattern of another enum than the field's
enum A { X(u32), Y }
enum B { P(A), R }
fn f(b: B) -> u32 {
    match b {
        B::P(B::R) => 1, //~ ERROR mismatched types
        _ => 0,
    }
}
