// invalid (variant34): `Trait::m(&s, 1)` with one argument too many
trait T { fn m(&self) -> u32; }
struct S(u32);
impl T for S { fn m(&self) -> u32 { self.0 } }
fn f(s: S) -> u32 { T::m(&s, 1) } //~ ERROR [E0061] this function takes 1 argument but 2 arguments were supplied
