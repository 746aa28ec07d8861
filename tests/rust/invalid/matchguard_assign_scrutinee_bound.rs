// invalid: assigning the scrutinee in a guard whose arm binds a field of it (E0506: the ref-for-guard
// borrow of `(o as Some).0`)
async fn f(n: u32) -> u32 {
    let mut o = Some(n);
    match o {
        Some(x) if { o = None; x > 1 } => x, //~ ERROR [E0506] cannot assign to `o` because it is borrowed
        _ => 0,
    }
}
