// invalid (ergo31): `let &&x = &&g;` binds the Guard behind both references by value: rustc's E0507
// at the initializer
async fn f(n: u32) -> u32 {
    let g = guard(n);
    let &&x = &&g; //~ ERROR [E0507] cannot move out of a shared reference
    0
}
