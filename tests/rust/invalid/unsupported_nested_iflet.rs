// invalid: nested patterns in `if let` (a match is the supported form)
enum A { X(u32), Y }
enum B { P(A), R }
fn f(b: B) -> u32 {
    if let B::P(A::X(k)) = b { k } else { 0 } //~ ERROR nested patterns in `if let` are not supported
}
