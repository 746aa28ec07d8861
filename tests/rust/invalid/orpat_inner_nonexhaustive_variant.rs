// invalid: variant alternatives inside a variant pattern leave one variant uncovered
enum A { X(u32), Y, Z(u8) }
enum B { P(A), Q(u32), R }
fn f(b: B) -> u32 {
    match b { //~ ERROR [E0004] non-exhaustive patterns: `B::P(A::Z(_))` not covered
        B::P(A::X(_) | A::Y) => 1,
        B::Q(_) | B::R => 2,
    }
}
