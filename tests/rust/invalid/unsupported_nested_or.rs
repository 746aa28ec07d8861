// invalid: a nested pattern inside an or-pattern
enum A { X(u32), Y }
enum B { P(A), Q(u32), R }
fn f(b: B) -> u32 {
    match b {
        B::P(A::Y) | B::R => 1, //~ ERROR nested patterns in or-patterns are not supported
        _ => 0,
    }
}
