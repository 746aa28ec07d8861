// invalid: a struct pattern inside the variant: its named field (char28: rustc's E0507 text, the place and its first variant)
struct T { g: Guard, k: u32 }
enum E {
    A(T),
    C,
}
async fn f(p: &E) -> u32 {
    match *p { //~ ERROR [E0507] cannot move out of `p.g` as enum variant `A` which is behind a shared reference
        E::A(T { k, g }) => k,
        E::C => 0,
    }
}
