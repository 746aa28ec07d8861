// covers (scope33): a trait of a body is in scope in its block only (rustc's method probe considers the
// traits in scope at the call): traits of two sibling bodies with one method name, each implemented for a
// top-level struct and called inside its own body (`s.get()`, `Top::get(&s)`, in a nested fn and an async
// block of the body), so no E0034; a trait of an inner block used inside that block; an enum of the crate
//@ args: outer 3
//@ args: outer 0
//@ args: outer 5
struct Top(u32);
enum Mode { On(u32), Off }
async fn outer(x: u32) -> u32 {
    trait Get {
        fn get(&self) -> u32;
        async fn later(&mut self, k: u32) -> u32;
    }
    impl Get for Top {
        fn get(&self) -> u32 { self.0 + 1 }
        async fn later(&mut self, k: u32) -> u32 {
            yield_now().await;
            self.0 += k;
            self.get()
        }
    }
    impl Get for Mode {
        fn get(&self) -> u32 { match self { Mode::On(n) => *n, Mode::Off => 9 } }
        async fn later(&mut self, k: u32) -> u32 { yield_now().await; self.get() + k }
    }
    fn helper(t: &Top) -> u32 { t.get() * 2 }
    let mut t = Top(x);
    let a = t.get() + Top::get(&t) + helper(&t);
    let b = async { let mut m = Mode::On(x); let o = Mode::Off; m.later(2).await + Mode::get(&o) }.await;
    a + t.later(3).await + b + sibling(x) + inner_block(x)
}
fn sibling(x: u32) -> u32 {
    trait Other { fn get(&self) -> u32; }
    impl Other for Top { fn get(&self) -> u32 { self.0 * 10 } }
    let t = Top(x);
    t.get() + Top::get(&t)
}
fn inner_block(x: u32) -> u32 {
    let t = Top(x);
    let a = {
        trait Twice { fn twice(&self) -> u32; }
        impl Twice for Top { fn twice(&self) -> u32 { self.0 * 2 } }
        t.twice()
    };
    a + t.0
}
