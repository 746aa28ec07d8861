// invalid (constfn40): the prelude's observe is no const fn (E0015)
const fn c(x: u32) -> u32 { observe(x); x } //~ ERROR [E0015] cannot call non-const function `observe` in constant functions
fn f() -> u32 { c(1) }
