// invalid (constfn40): a const fn calling an associated fn that is not const (E0015)
struct S { a: u32 }
impl S { fn new(a: u32) -> S { S { a } } }
const fn c() -> u32 { let s = S::new(1); s.a } //~ ERROR [E0015] cannot call non-const associated function `S::new` in constant functions
fn f() -> u32 { c() }
