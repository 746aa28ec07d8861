// covers (items31): impl blocks in a body for a type declared outside that body: a struct and an enum of
// the crate, a struct of an outer body (impl in an async block, in a nested fn); rustc names the inherent
// fns `f::<impl Top>::n` (the impl's parent body, then `<impl T>`), trait impls `<Top as Get>::get`,
// their bodies `f::{impl#0}::n`; calls by method, `Top::n2(&t)`, across fns (an impl is never scoped)
//@ args: outer 3
//@ args: outer 0
//@ args: af 9
struct Top(u32);
enum Mode { On(u32), Off }
trait Get { fn get(&self) -> u32; }
fn f(x: u32) -> u32 {
    impl Top {
        fn n(&self) -> u32 { self.0 }
        async fn m(&self) -> u32 { yield_now().await; self.0 }
    }
    Top(x).n()
}
fn g(x: u32) -> u32 {
    impl Get for Top { fn get(&self) -> u32 { self.0 * 2 } }
    impl Mode {
        fn val(self) -> u32 { match self { Self::On(v) => v, Self::Off => 7 } }
    }
    Top(x).get() + Mode::On(x).val()
}
async fn af(x: u32) -> u32 {
    impl Top { fn n2(&self) -> u32 { self.0 + 1 } }
    let t = Top(x);
    t.m().await + Top::n2(&t) + Mode::Off.val()
}
async fn outer(x: u32) -> u32 {
    struct In(u32);
    let b = async {
        impl In { fn k(&self) -> u32 { self.0 } }
        yield_now().await;
        1
    };
    fn inner() -> u32 {
        impl In { fn j(&self) -> u32 { self.0 } }
        2
    }
    b.await + In(x).k() + In(x).j() + inner() + af(x).await + f(x) + g(x)
}
