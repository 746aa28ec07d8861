// invalid: the first moving binding in source order, a struct variant's named field (char28: rustc's E0507 text, the place and its first variant)
enum E {
    A(u32, Guard),
    B { h: u32, g: Guard },
    C,
}
async fn f(p: &E) -> u32 {
    match *p { //~ ERROR [E0507] cannot move out of `p.g` as enum variant `B` which is behind a shared reference
        E::C => 0,
        E::B { g, h } => 1,
        E::A(n, g) => n,
    }
}
