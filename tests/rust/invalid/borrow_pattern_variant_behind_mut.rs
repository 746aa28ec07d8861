// invalid: a tuple variant's field moved out of `*p` (char28: rustc's E0507 text, the place and its first variant)
enum E {
    A(Guard),
    B,
}
async fn f(p: &mut E) -> u32 {
    match *p { //~ ERROR [E0507] cannot move out of `p` as enum variant `A` which is behind a mutable reference
        E::A(g) => 1,
        E::B => 2,
    }
}
