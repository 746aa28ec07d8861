// invalid: use of a Guard after it was moved
fn f() {
    let g = guard(1);
    let h = g;
    let k = g; //~ ERROR use of moved value
}
