// invalid (ergo30): `&&Some(g)` peels both references of `&&o` and binds the Guard by value: E0507
async fn f(n: u32) -> u32 {
    let o = Some(guard(n));
    match &&o { //~ ERROR [E0507] cannot move out of a shared reference
        &&Some(g) => 1,
        _ => 0,
    }
}
