// invalid: `p.clone()` with core's Clone (derived) and a trait of the crate's own with `clone`, both
// implemented for P (E0034 at the method name)
#[derive(Clone, Copy)]
struct P { a: u32 }
trait Dup { fn clone(&self) -> u32; }
impl Dup for P { fn clone(&self) -> u32 { self.a } }
fn f(p: P) -> u32 {
    let q = p.clone(); //~ ERROR [E0034] multiple applicable items in scope
    q.a
}
