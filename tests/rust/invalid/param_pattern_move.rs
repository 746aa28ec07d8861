// invalid (pat35): `fn f(&g: &Guard)` moves the Guard out of the parameter's reference: rustc's E0507
// names no place (the parameter's local has no name), at the pattern
fn f(&g: &Guard) -> u32 { //~ ERROR [E0507] cannot move out of a shared reference
    1
}
