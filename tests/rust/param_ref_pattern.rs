// covers (pat35): parameter patterns starting with `&` in fns and async fns: `&x: &u32`, `&mut y: &mut
// u32`, `&&z: &&u32`, `&S { a, .. }: &S`, `&W(a, b): &W`, `&mut W(c, _)`, beside plain parameters
// (rustc: a sync fn's pattern bound from the parameter without PlaceMention; an async fn's `let __argK =
// __argK; let PAT = __argK;` per parameter), bindings held across awaits and captured by an async block,
// methods' after `&self`
struct S { a: u32, b: u32 }
struct W(u32, u32);
impl S {
    fn get(&self, &k: &u32) -> u32 { self.a + k }
    async fn aget(&self, &mut k: &mut u32) -> u32 { yield_now().await; self.b + k }
}
fn one(&x: &u32) -> u32 { x + 1 }
fn two(&S { a, .. }: &S, n: u32, &W(c, d): &W) -> u32 { a + n + c + d }
fn three(&mut y: &mut u32, &&z: &&u32) -> u32 { let g = guard(y); y + z }
fn four(&mut W(c, _): &mut W, &S { b, a }: &S) -> u32 { c * 2 + b + a }
async fn five(&x: &u32, n: u32, &mut y: &mut u32) -> u32 {
    yield_now().await;
    x + n + y
}
async fn six(k: u32, &S { a, b }: &S, &W(c, _): &W) -> u32 {
    let g = guard(a);
    yield_now().await;
    let t = async move { yield_now().await; a + c }.await;
    b + k + t
}
//@ args: foo 3
//@ args: foo 7
async fn foo(n: u32) -> u32 {
    let s = S { a: n, b: 2 };
    let mut w = W(n, 4);
    let mut m = n + 5;
    let r = &n;
    let v = one(&n) + two(&s, n, &w) + three(&mut m, &r) + four(&mut w, &s);
    yield_now().await;
    v + five(&n, 1, &mut m).await + six(n, &s, &w).await + s.get(&n) + s.aget(&mut m).await
}
