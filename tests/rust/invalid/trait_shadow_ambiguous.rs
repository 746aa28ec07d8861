// invalid (scope33): a body's trait shadows a top-level one of its name, but both are in scope for the
// method probe: `s.get()` with both implemented for S is ambiguous (E0034)
struct S(u32);
trait Get { fn get(&self) -> u32; }
impl Get for S { fn get(&self) -> u32 { self.0 } }
fn f(x: u32) -> u32 {
    trait Get { fn get(&self) -> u32; }
    impl Get for S { fn get(&self) -> u32 { self.0 + 1 } }
    let s = S(x);
    s.get() //~ ERROR multiple applicable items in scope
}
