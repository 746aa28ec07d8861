// invalid: integer literal with an invalid suffix
fn f() -> u32 {
    let x = 3abc; //~ ERROR invalid suffix `abc`
    1
}
