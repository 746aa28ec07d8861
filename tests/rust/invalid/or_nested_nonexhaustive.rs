// invalid: nested or-pattern alternatives leave `B::P(A::Z(_))` uncovered
enum A { X(u32), Y, Z(u8) }
enum B { P(A), Q(u32), R }
fn f(b: B) -> u32 {
    match b { //~ ERROR non-exhaustive patterns: `B::P(A::Z(_))` not covered
        B::P(A::Y) | B::R => 1,
        B::P(A::X(k)) | B::Q(k) => k,
    }
}
