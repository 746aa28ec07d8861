// covers (mirimpl35): items in the bodies of fns whose names have angle groups: a struct of a trait
// impl's fn (`<Top as Get>::get::In`), a struct and an enum of a non-local impl's fn
// (`f::<impl Top>::n::S`, `f::<impl Top>::n::E`), a struct of its async fn's body
// (`f::<impl Top>::m::{closure#0}::Q`), and a non-local impl of a type of an outer body
// (`outer::{closure#0}::{closure#0}::<impl outer::{closure#0}::In>::k`); the textual IR prints and
// reads back every such name (an aggregate `f::<impl Top>::n::S { a: .. }`, as rustc prints it)
//@ args: af 3
//@ args: af 0
//@ args: outer 5
struct Top(u32);
enum Mode { On(u32), Off }
trait Get { fn get(&self) -> u32; }
impl Get for Top {
    fn get(&self) -> u32 { struct In { a: u32 } let i = In { a: self.0 }; i.a }
}
fn f(x: u32) -> u32 {
    impl Top {
        fn n(&self) -> u32 {
            struct S { a: u32 }
            enum E { A(u32), B }
            let s = S { a: self.0 };
            let e = if s.a > 1 { E::A(s.a) } else { E::B };
            match e { E::A(v) => v, E::B => 7 }
        }
        async fn m(&self) -> u32 { struct Q(u32); let q = Q(self.0); yield_now().await; q.0 + 1 }
    }
    Top(x).n()
}
fn g(x: u32, m: Mode) -> u32 {
    impl Get for Mode { fn get(&self) -> u32 { struct In2(u32); let i = In2(3); match self { Mode::On(v) => *v + i.0, Mode::Off => i.0 } } }
    Top(x).get() + m.get()
}
async fn af(x: u32) -> u32 {
    let t = Top(x);
    t.m().await + f(x) + g(x, Mode::On(x)) + g(x, Mode::Off)
}
async fn outer(x: u32) -> u32 {
    struct In(u32);
    let b = async {
        impl In { fn k(&self) -> u32 { struct K(u32); let k = K(self.0); k.0 * 2 } }
        yield_now().await;
        1
    };
    b.await + In(x).k()
}
