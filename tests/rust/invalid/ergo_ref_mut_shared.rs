// invalid: an explicit `ref mut` under the `&` default binding mode (E0596)
async fn f(n: u32) -> u32 {
    let o = Some(n);
    match &o {
        Some(ref mut x) => *x, //~ ERROR [E0596] cannot borrow data in a `&` reference as mutable
        None => 0,
    }
}
