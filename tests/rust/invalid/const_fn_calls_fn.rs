// invalid (constfn40): a const fn calling a fn that is not const (E0015)
fn plain() -> u32 { 1 }
const fn c() -> u32 { plain() } //~ ERROR [E0015] cannot call non-const function `plain` in constant functions
fn f() -> u32 { c() }
