// invalid: a mutable borrow of an element of an immutable array (E0596)
async fn f(i: usize) -> u32 {
    let a = [1u32, 2];
    let r = &mut a[i]; //~ ERROR cannot borrow `a[_]` as mutable, as `a` is not declared as mutable
    *r
}
