// invalid (flow40): a `ref` binding of let-else borrows the scrutinee place (E0506)
fn f(n: u32) -> u32 {
    let mut o = Some(n);
    let Some(ref r) = o else { return 0; };
    o = None; //~ ERROR [E0506] cannot assign to `o` because it is borrowed
    *r
}
