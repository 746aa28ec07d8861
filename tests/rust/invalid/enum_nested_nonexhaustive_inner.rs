// invalid: every outer variant present, inner ones missing: rustc's witnesses through a struct
// variant's field, in variant order
enum A { X(u32), Y, Z(u8) }
enum C { S { a: A, n: u32 }, T }
fn f(c: C) -> u32 {
    match c { //~ ERROR non-exhaustive patterns: `C::S { a: A::X(_), .. }` and `C::S { a: A::Z(_), .. }` not covered
        C::S { a: A::Y, .. } => 1,
        C::T => 0,
    }
}
