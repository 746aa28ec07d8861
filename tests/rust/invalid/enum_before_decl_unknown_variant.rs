// invalid (variant34): a variant path before its enum's declaration naming no variant of it
fn f() -> E { E::D(1) } //~ ERROR no variant or associated item named `D` found for enum `E` in the current scope
enum E { A, B(u32) }
