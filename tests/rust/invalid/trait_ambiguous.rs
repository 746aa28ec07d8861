// invalid: a method two traits provide (E0034)
struct S;
trait A { fn id(&self) -> u32; }
trait B { fn id(&self) -> u32; }
impl A for S { fn id(&self) -> u32 { 1 } }
impl B for S { fn id(&self) -> u32 { 2 } }
fn f(s: S) -> u32 {
    s.id() //~ ERROR multiple applicable items in scope
}
