// invalid: a match with nested patterns missing a variant of the outer enum: rustc reports only the
// missing outer variant while one is missing (the inner ones under a present variant are irrelevant)
enum A { X(u32), Y, Z(u8) }
enum B { P(A), Q(u32), R }
fn f(b: B) -> u32 {
    match b { //~ ERROR non-exhaustive patterns: `B::R` not covered
        B::P(A::X(k)) => k,
        B::Q(_) => 1,
    }
}
