// covers (scope33): two traits of one name, one at the top level and one in a body: inside the body's
// block its own shadows the top-level one (the impl there is of the body's trait, `<R as Get>::get`
// names it), elsewhere the top-level one is named; both stay in scope for method calls of other names;
// `<S as T>::f(..)` with S or T declared in a body (`<outer::{closure#0}::In as outer::{closure#0}::Get>::get`)
//@ args: outer 3
//@ args: outer 0
struct S(u32);
struct R(u32);
trait Get { fn get(&self) -> u32; }
impl Get for S { fn get(&self) -> u32 { self.0 } }
fn f(x: u32) -> u32 {
    trait Get { fn other(&self) -> u32; }
    impl Get for S { fn other(&self) -> u32 { self.0 + 1 } }
    let s = S(x);
    s.get() + s.other() + <S as Get>::other(&s)
}
fn g(x: u32) -> u32 {
    trait Get { fn get(&self) -> u32; }
    impl Get for R { fn get(&self) -> u32 { self.0 + 2 } }
    let s = S(x);
    let r = R(x);
    s.get() + r.get() + <R as Get>::get(&r)
}
fn h(x: u32) -> u32 {
    let s = S(x);
    s.get() + <S as Get>::get(&s)
}
async fn outer(x: u32) -> u32 {
    struct In(u32);
    trait Get { async fn get(&self) -> u32; }
    impl Get for In {
        async fn get(&self) -> u32 { yield_now().await; self.0 * 3 }
    }
    enum Ev { A(u32), B }
    impl Get for Ev {
        async fn get(&self) -> u32 { match self { Ev::A(n) => *n, Ev::B => 4 } }
    }
    let i = In(x);
    let e = Ev::A(x);
    let a = <In as Get>::get(&i).await + <Ev as Get>::get(&e).await;
    a + f(x) + g(x) + h(x)
}
