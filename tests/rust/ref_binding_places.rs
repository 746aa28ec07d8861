// covers: `ref` / `ref mut` bindings (issue 22) on other scrutinees: a temporary (no loan), a field place
// (`if let E::A(_, ref mut b) = w.e`, `match w.e`), an array element (`match arr[i] { Some(ref q) => .. }`)
enum E { A(u32, u32), B { k: u8, v: u32 }, C }
struct W { e: E, n: u32 }
fn mke(n: u32) -> E {
    if n == 0 { E::C } else if n % 2 == 0 { E::A(n, n + 1) } else { E::B { k: (n % 9) as u8, v: n } }
}
//@ args: tmp 2
//@ args: tmp 3
async fn tmp(n: u32) -> u32 {
    let a = match mke(n) { E::A(ref mut a, _) => { *a += 1; *a } E::B { ref v, .. } => *v, E::C => 0 };
    let mut w = W { e: mke(n + 1), n: 4 };
    yield_now().await;
    if let E::A(_, ref mut b) = w.e { *b += w.n; }
    let c = match w.e { E::A(ref x, ref y) => *x + *y, E::B { ref mut k, .. } => { *k += 1; *k as u32 } E::C => 9 };
    let arr = [Some(n), None];
    let d = match arr[(n % 2) as usize] { Some(ref q) => *q, None => 5 };
    a + c + d + w.n
}
