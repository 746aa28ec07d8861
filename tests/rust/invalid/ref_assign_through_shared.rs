// invalid: assigning through a shared reference (E0594)
fn f(r: &u32) {
    *r = 1; //~ ERROR cannot assign to `*r`, which is behind a `&` reference
}
