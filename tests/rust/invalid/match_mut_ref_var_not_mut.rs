// invalid (mref39): `match &mut r` with r a `&mut T` not declared `mut`: rustc's borrow checker, E0596 at `&mut r`
fn f(r: &mut Option<u32>) -> u32 {
    match &mut r { //~ ERROR [E0596] cannot borrow `r` as mutable, as it is not declared as mutable
        Some(x) => { *x += 1; *x }
        None => 0,
    }
}
