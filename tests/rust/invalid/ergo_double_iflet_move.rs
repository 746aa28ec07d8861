// invalid (ergo30): `if let Some(mut g) = &&o` moves the Guard out from behind the references: E0507
// at the scrutinee
async fn f(n: u32) -> u32 {
    let o = Some(guard(n));
    if let Some(mut g) = &&o { //~ ERROR [E0507] cannot move out of a shared reference
        return 1;
    }
    0
}
