// invalid (constfn40): an async fn is no const fn (E0015)
async fn a() -> u32 { 1 }
const fn c() -> u32 { let _f = a(); 2 } //~ ERROR [E0015] cannot call non-const function `a` in constant functions
fn f() -> u32 { c() }
