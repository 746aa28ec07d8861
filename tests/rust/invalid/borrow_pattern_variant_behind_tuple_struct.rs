// invalid: a tuple struct's field `p.1`: no tuple field named (char28: rustc's E0507 text, the place and its first variant)
enum E {
    A(Guard),
    C,
}
struct P(u8, E);
async fn f(p: &P) -> u32 {
    match p.1 { //~ ERROR [E0507] cannot move out of `p` as enum variant `A` which is behind a shared reference
        E::A(g) => 1,
        E::C => 0,
    }
}
