// invalid (variant34): a variant path before its enum's declaration, the enum's own parse error is
// reported where it stands, not at the use
fn f() -> E { E::B(1) }
fn g(e: E) -> u32 { match e { E::A => 0, E::B(x) => x } }
enum E { A, B(u32), 5 } //~ ERROR expected identifier, found `5`
