// invalid: call of an undeclared function
async fn f() -> u32 {
    nope(3).await //~ ERROR cannot find function `nope`
}
