// warn (items31): non_local_definitions of impl blocks in a body for a type of the crate or of an
// outer body (at `impl`, in the late pass's source order among the naming lints), none for an
// impl in the type's own body; with dead_code and non_snake_case around them
struct Top(u32);
enum Mode { On, Off }
trait Get { fn get(&self) -> u32; }
fn f(x: u32) -> u32 {
    impl Top { fn n(&self) -> u32 { self.0 } fn Unused(&self) -> u32 { 1 } }
    let BadName = Top(x);
    BadName.n()
}
fn g(x: u32) -> u32 {
    impl Get for Mode { fn get(&self) -> u32 { match self { Mode::On => 1, Mode::Off => 0 } } }
    Mode::On.get() + x
}
async fn outer(x: u32) -> u32 {
    struct In(u32);
    impl In { fn same(&self) -> u32 { self.0 } }
    let b = async {
        impl In { fn k(&self) -> u32 { self.0 } }
        1
    };
    b.await + In(x).k() + In(x).same() + f(x) + g(x)
}
