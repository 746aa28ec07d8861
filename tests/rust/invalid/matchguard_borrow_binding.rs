// invalid: `&mut` of a binding in its guard (E0596)
async fn f(n: u32) -> u32 {
    let o = Some(n);
    match o {
        Some(mut x) if { let r = &mut x; n > 1 } => x, //~ ERROR [E0596] cannot borrow `x` as mutable, as it is immutable for the pattern guard
        _ => 0,
    }
}
