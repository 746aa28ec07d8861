// covers: bindings at the top of a pattern (issue 22, bind27) on scrutinees other than a variable: a struct
// field (`n @ 1..=3`, `c @ false`), an array element, a call's and an arithmetic temporary (`mut z`), and
// a field matched inside an async block (its place captured by `&`)
struct S { a: u32, b: bool }
fn g(x: u32) -> u32 { x * 3 }
//@ args: fld 1
//@ args: fld 4
async fn fld(x: u32) -> u32 {
    let s = S { a: x, b: x > 2 };
    let arr = [x, x + 1, x + 2];
    yield_now().await;
    let p = match s.a { 0 => 5, n @ 1..=3 => n, m => m + 1 };
    let q = match arr[1] { n => n * 2 };
    let r = match g(x) { 3 => 1, k => k };
    let t = match x + 1 { mut z => { z += 2; z } };
    let u = if let true = s.b { 1 } else { 0 };
    let v = match s.b { c @ false => c as u32, d => d as u32 + 10 };
    let bk = async { match s.a { w @ 0..=2 => w, _ => 9 } };
    p + q + r + t + u + v + bk.await
}
