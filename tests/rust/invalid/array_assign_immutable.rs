// invalid: assigning an element of an immutable array (E0594)
fn f(i: usize) -> u32 {
    let a = [1u32; 3];
    a[i] = 2; //~ ERROR cannot assign to `a[_]`, as `a` is not declared as mutable
    a[0]
}
