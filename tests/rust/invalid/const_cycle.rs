// invalid: two consts defined by each other (E0391)
const X: u32 = Y + 1; //~ ERROR cycle detected when
const Y: u32 = X;
fn f() -> u32 {
    X
}
