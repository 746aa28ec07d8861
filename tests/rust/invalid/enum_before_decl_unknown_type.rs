// invalid (variant34): unknown types in source order when an enum declared later is parsed early
fn f() -> E { E::A }
fn g(x: Missing) -> u32 { 0 } //~ ERROR cannot find type `Missing` in this scope
enum E { A, B(Other) }
