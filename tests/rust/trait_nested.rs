// covers (items31): trait items inside fn bodies: declared in an async fn's body and in a sync fn's,
// implemented there for a struct and an enum of the body (before or after the trait), an async trait fn;
// static calls `S::get(&s)`, method calls; rustc names the fns `<outer::{closure#0}::S as
// outer::{closure#0}::Get>::get` (trimmed to `<S as Get>::get` at calls), bodies `outer::{closure#0}::{impl#0}::get`
//@ args: outer 3
//@ args: outer 0
async fn outer(x: u32) -> u32 {
    struct S(u32);
    impl Get for S {
        fn get(&self) -> u32 { self.0 }
        async fn later(&mut self, k: u32) -> u32 {
            yield_now().await;
            self.0 += k;
            self.0
        }
    }
    trait Get {
        fn get(&self) -> u32;
        async fn later(&mut self, k: u32) -> u32;
    }
    enum Lvl { Hi(u32), Lo }
    impl Get for Lvl {
        fn get(&self) -> u32 { match self { Self::Hi(n) => *n + 10, Lvl::Lo => 1 } }
        async fn later(&mut self, k: u32) -> u32 {
            if let Lvl::Hi(n) = self { *n += k; }
            yield_now().await;
            self.get()
        }
    }
    let mut s = S(x);
    let a = S::get(&s) + s.get();
    let mut l = if x > 1 { Lvl::Hi(x) } else { Lvl::Lo };
    let b = l.later(3).await + Lvl::get(&l);
    a + s.later(2).await + b + sync_user(x)
}
fn sync_user(x: u32) -> u32 {
    trait Twice { fn twice(&self) -> u32; }
    struct W(u32);
    {
        impl Twice for W { fn twice(&self) -> u32 { self.0 * 2 } }
    }
    W(x).twice()
}
