// invalid: a stray `$` between operands
fn f() -> u32 {
    let x = 1 $ 2; //~ ERROR expected one of
    x
}
