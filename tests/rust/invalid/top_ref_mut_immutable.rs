// invalid: `ref mut` at the top of an arm on a place not declared mutable (E0596)
fn f(n: u32) -> u32 {
    let x = n;
    match x { ref mut m => { *m += 1; *m } } //~ ERROR [E0596] cannot borrow `x` as mutable, as it is not declared as mutable
}
