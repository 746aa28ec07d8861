// invalid (variant34): an enum declared after a use of its variant, one variant named twice
fn f() -> E { E::A }
enum E { A, B(u32), A } //~ ERROR the name `A` is defined multiple times
