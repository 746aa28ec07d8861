// invalid (issue 22, pmove26): a `let` struct pattern copies a field while the struct is mutably borrowed (E0503 at the binding, the field named)
struct S { k: u32, g: Guard }
fn f() {
    let mut s = S { k: 1, g: guard(2) };
    let r = &mut s;
    let S { k, .. } = s; //~ ERROR [E0503] cannot use `s.k` because it was mutably borrowed
    let q = r;
}
