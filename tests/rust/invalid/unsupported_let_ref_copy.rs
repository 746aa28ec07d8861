// unsupported (ergo31): `let &&x = &&g;` with a Copy value is accepted by rustc; references to
// references are not modelled
async fn f(n: u32) -> u32 {
    let g = n;
    let &&x = &&g; //~ ERROR reference patterns in `let` are not supported
    x
}
