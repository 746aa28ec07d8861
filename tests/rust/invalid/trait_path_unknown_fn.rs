// invalid (variant34): `Trait::zz(..)` naming no fn of the trait (edition 2021: the path's first
// segment is taken as a type)
trait T { fn m(&self) -> u32; }
struct S(u32);
impl T for S { fn m(&self) -> u32 { self.0 } }
fn f(s: S) -> u32 { T::zz(&s) } //~ ERROR [E0782] expected a type, found a trait
