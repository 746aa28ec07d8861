// invalid: missing `;` after a let statement
fn f() -> u32 {
    let x = 1 //~ ERROR expected `;`
    x
}
