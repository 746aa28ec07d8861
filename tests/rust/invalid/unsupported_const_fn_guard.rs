// invalid (constfn40): a Guard held in a const fn: rustc's E0493 only where its drop is live (here it is
// moved out, and rustc accepts); the live-drop check needs move paths, not modelled: refused
const fn c(g: Guard) -> Guard { g } //~ ERROR not supported
fn f() -> Guard { c(guard(1)) }
