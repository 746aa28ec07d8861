// covers: `let` or-patterns whose alternatives bind at the top (issue 22, bind30): `let (n | n) = x;` (the
// second alternative unreachable: rustc's `_2 = copy _1`, no test), `let (a @ E::A(k) | a @ E::B(k)) = e;`,
// `let (mut m @ 0..=255 | mut m @ 256..) = x;`, `let (p @ q | p @ q) = x;`, a struct that is not Copy moved
// by `w @ S { .. }`, a sync fn: each alternative a subcandidate that binds (not merged), bound per leaf
enum E { A(u32), B(u32) }
struct S { g: Guard, a: u32 }
fn mke(n: u32) -> E { if n % 2 == 0 { E::A(n) } else { E::B(n + 1) } }
//@ args: lets 3
//@ args: lets 4
async fn lets(x: u32) -> u32 {
    let (n | n) = x;
    yield_now().await;
    let e = mke(x);
    let (a @ E::A(k) | a @ E::B(k)) = e;
    let (mut m @ 0..=255 | mut m @ 256..) = x + 1;
    m += 1;
    let (p @ q | p @ q) = x;
    yield_now().await;
    let s = S { g: guard(x), a: x };
    let (w @ S { a: 0..=5, .. } | w @ S { .. }) = s;
    n + k + m + p + q + w.a + if let E::A(_) = a { 1 } else { 2 }
}
fn sync_lets(x: u8) -> u8 {
    let (n | n) = x;
    n
}
