// invalid (pat36): `let &G1::A(g, k) = r;` moves the Guard field out from behind the reference: E0507
enum G1 { A(Guard, u32) }
fn f(r: &G1) -> u32 {
    let &G1::A(g, k) = r; //~ ERROR [E0507] cannot move out of `r` as enum variant `A` which is behind a shared reference
    k
}
