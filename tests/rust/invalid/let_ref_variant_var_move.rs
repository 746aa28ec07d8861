// invalid (bc36): `let &E::A(k, g) = re;` through a `&E` variable, E a one-variant enum: k copies, g moves
// the Guard out of the reference: rustc's E0507 names the enum place and the variant
enum E { A(u32, Guard) }
async fn f(n: u32, re: &E) -> u32 {
    let &E::A(k, g) = re; //~ ERROR [E0507] cannot move out of `re` as enum variant `A` which is behind a shared reference
    k + n
}
