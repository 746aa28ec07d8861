// covers (match38): a parameter named `__argK` beside a parameter pattern at position K (`fn f(__arg1:
// u32, P { a, .. }: P)`): the pattern's `__argK` is hygienic as rustc's (lower_coroutine_body_with_moved_
// arguments), so the user's `__arg1` is neither a repeat of it (was E0415) nor shadowed by it; sync fns,
// async fns, a method, the pattern before the named parameter, across an await
struct P { a: u32, b: u32 }
struct W(u32, u32);
fn f(__arg1: u32, P { a, .. }: P) -> u32 { __arg1 + a }
fn f2(W(x, _): W, __arg0: u32) -> u32 { __arg0 * 2 + x }
async fn g(__arg1: u32, P { a, b }: P) -> u32 {
    yield_now().await;
    __arg1 + a + b
}
async fn g2(P { a, .. }: P, __arg0: u32, W(c, __arg2): W) -> u32 {
    let k = __arg0 + c;
    yield_now().await;
    k + a + __arg2
}
impl P {
    fn m(&self, __arg2: u32, W(x, y): W) -> u32 { self.a + __arg2 + x + y }
}
async fn foo(n: u32) -> u32 {
    let p = P { a: n, b: 2 };
    let s = f(n + 1, P { a: 3, b: n }) + f2(W(n, 4), 5) + p.m(7, W(1, n));
    s + g(n, P { a: 1, b: 2 }).await + g2(P { a: n, b: 0 }, 9, W(2, n)).await
}
//@ args: foo 3
//@ args: foo 0
