// invalid: a mutable borrow of an immutable binding (E0596)
fn f() -> u32 {
    let x = 1u32;
    let r = &mut x; //~ ERROR cannot borrow `x` as mutable, as it is not declared as mutable
    *r
}
