// invalid (issue 22, pmove26): an `if let` struct pattern's literal test reads the field at the pattern
struct S { k: u32, g: Guard }
fn f() {
    let mut s = S { k: 1, g: guard(2) };
    let r = &mut s;
    if let S { k: 0, .. } = s { observe(1); } //~ ERROR [E0503] cannot use `s.k` because it was mutably borrowed
    let q = r;
}
