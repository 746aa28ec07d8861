// covers: unit struct patterns (tops28): `U` naming a unit struct is its pattern (rustc: a leaf of no
// fields, no test), at the top of a match, inside a variant, a struct field and Option, in if let, and
// in async blocks (by `&` and `move`: nothing read, nothing captured by the pattern)
struct U;
struct V { a: u32, u: U }
enum E { X(U), Y }
//@ args: u1 3
//@ args: u1 1
async fn u1(n: u32) -> u32 {
    let u = U;
    yield_now().await;
    let k = match u { U => 1 };
    let e = if n > 2 { E::X(U) } else { E::Y };
    let v = V { a: n, u: U };
    let j = match v { V { a: 3, u: U } => 4, V { u: U, .. } => 5 };
    let o = Some(U);
    let i = if let Some(U) = o { 6 } else { 7 };
    k + j + i + match e { E::X(U) => 2, E::Y => 3 }
}
//@ args: u2 0
//@ args: u2 5
async fn u2(n: u32) -> u32 {
    let u = U;
    let v = V { a: n, u: U };
    let b = async { yield_now().await; let x = match u { U => 1 }; x + match v { V { a: 0, u: U } => 2, _ => 3 } };
    let c = async move { yield_now().await; match u { U => 10 } };
    b.await + c.await
}
