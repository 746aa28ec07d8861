// invalid (match38): a user's parameter named `__arg0` (no parameter pattern at 0) is a variable like any
// other: moving out of `*__arg0` names it, as rustc's
fn f(__arg0: &Guard, k: u32) -> u32 {
    let &g = __arg0; //~ ERROR [E0507] cannot move out of `*__arg0` which is behind a shared reference
    let _h = g;
    k
}
