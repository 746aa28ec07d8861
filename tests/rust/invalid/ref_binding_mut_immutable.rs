// invalid: a `ref mut` binding of a field of a place not declared mutable (E0596, at the binding)
async fn f(n: u32) -> u32 {
    let o = Some(n);
    if let Some(ref mut v) = o { //~ ERROR [E0596] cannot borrow `o.0` as mutable, as `o` is not declared as mutable
        *v += 1;
    }
    0
}
