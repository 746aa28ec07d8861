// invalid: a Guard used in arithmetic
fn f() -> u32 {
    let g = guard(1);
    let y = g + 1; //~ ERROR cannot add
    1
}
