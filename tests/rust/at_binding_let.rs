// covers: `k @ p` in `let` statements (issue 22): a struct pattern whose range covers the field, a tuple struct
// with a Guard moved out beside the binding, an or-pattern of variants binding `y @` in each alternative (one
// irrefutable candidate, a leaf per alternative), an if-let chain in a sync fn
struct S { a: u32, b: u32 }
struct P(u8, Guard);
enum E { A(u32), B(u32) }
//@ args: lets 1
//@ args: lets 4
async fn lets(n: u32) -> u32 {
    let s = S { a: n, b: n + 1 };
    let S { a: x @ 0..=u32::MAX, b } = s;
    let p = P(n as u8, guard(n));
    yield_now().await;
    let P(k @ 0..=255, g) = p;
    let (E::A(y @ 0..) | E::B(y @ _)) = if n > 2 { E::A(n) } else { E::B(n) };
    x + b + k as u32 + y
}
fn chain(o: Option<u32>, q: Option<u8>) -> u32 {
    if let Some(k @ 1..=3) = o { k } else if let Some(j @ 7) = q { j as u32 } else { 0 }
}
//@ args: ch 2
async fn ch(n: u32) -> u32 { let a = chain(Some(n), Some(7)); yield_now().await; a + chain(None, Some(n as u8)) }
