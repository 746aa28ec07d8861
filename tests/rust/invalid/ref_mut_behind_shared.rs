// invalid: a mutable reborrow through a shared reference (E0596)
fn f(r: &u32) {
    let m = &mut *r; //~ ERROR cannot borrow `*r` as mutable, as it is behind a `&` reference
}
