// invalid (variant34): `Trait::m(&q)` where the argument's type does not implement the trait
trait T { fn m(&self) -> u32; }
struct S(u32);
struct Q(u32);
impl T for S { fn m(&self) -> u32 { self.0 } }
fn f(q: Q) -> u32 { T::m(&q) } //~ ERROR [E0277] the trait bound `Q: T` is not satisfied
