// invalid (constfn40): a const fn calling a method that is not const (E0015, at the method's name)
struct S { a: u32 }
impl S { fn m(&self) -> u32 { self.a } }
const fn c(s: &S) -> u32 { s.m() } //~ ERROR [E0015] cannot call non-const method `S::m` in constant functions
fn f() -> u32 { c(&S { a: 1 }) }
