// covers (pat36): parameter patterns not starting with `&`: a struct pattern (`S { x, y }: S`, `S { x: mut
// q, .. }`), a tuple struct one (`W(a, _): W`), a one-variant enum's variant (`One::A(a, b): One`), a Guard
// field moved into a binding or left in the parameter (dropped with it), in sync fns, methods after `&self`
// / `self`, async fns (rustc's `let __argK = __argK; let PAT = __argK;` per parameter, in order) and an
// async fn whose pattern binding lives across awaits
struct S { x: u32, y: u32 }
struct W(u32, u32);
struct G { g: Guard, k: u32 }
enum One { A(u32, u32) }
fn f1(S { x, y }: S) -> u32 { x + y }
fn f2(W(a, _): W, n: u32) -> u32 { a + n }
fn f3(G { g, k }: G) -> u32 { let _h = g; k }
fn f4(n: u32, S { x: mut q, .. }: S) -> u32 { q += n; q }
fn f5(One::A(a, b): One) -> u32 { a * b }
fn f6(G { k, .. }: G) -> u32 { k + 1 }
impl S {
    fn m(&self, W(a, b): W) -> u32 { self.x + a + b }
    async fn am(self, S { x, .. }: S) -> u32 { yield_now().await; self.y + x }
}
//@ args: foo 3
//@ args: foo 0
async fn foo(n: u32) -> u32 {
    let w = W(n, 2);
    let s = S { x: n, y: 1 };
    let k = bar(S { x: 4, y: n }, W(n, 5), G { g: guard(n), k: 7 }).await;
    let j = async { f6(G { g: guard(9), k: n }) }.await;
    f1(S { x: n, y: 2 }) + f2(W(n, 1), 3) + f3(G { g: guard(n), k: 2 }) + f4(n, S { x: 1, y: 2 })
        + f5(One::A(n, 2)) + s.m(w) + k + j + S { x: 1, y: 2 }.am(S { x: n, y: 0 }).await
}
async fn bar(S { x, y }: S, W(_, b): W, G { g, .. }: G) -> u32 {
    yield_now().await;
    let _k = g;
    yield_now().await;
    x + y + b
}
