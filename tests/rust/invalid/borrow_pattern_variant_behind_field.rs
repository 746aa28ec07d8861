// invalid: an enum field of a struct behind `&mut` (char28: rustc's E0507 text, the place and its first variant)
enum E {
    A(u32, Guard),
    B { h: u32, g: Guard },
    C,
}
struct S { a: u8, e: E }
async fn f(p: &mut S) -> u32 {
    match p.e { //~ ERROR [E0507] cannot move out of `p.e` as enum variant `A` which is behind a mutable reference
        E::A(n, g) => n,
        E::B { g, h } => 1,
        E::C => 0,
    }
}
