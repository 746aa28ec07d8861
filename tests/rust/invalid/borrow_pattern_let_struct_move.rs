// invalid (issue 22, pmove26): a `let` struct pattern moves a field out while the struct is borrowed (E0505 at the binding)
struct S { k: u32, g: Guard }
fn f() {
    let s = S { k: 1, g: guard(2) };
    let r = &s;
    let S { k, g } = s; //~ ERROR [E0505] cannot move out of `s.g` because it is borrowed
    let q = r;
}
