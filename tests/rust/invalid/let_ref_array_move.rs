// invalid (ergo31): `let &x = &a;` of an array of Guards: rustc's E0508 at the initializer
async fn f(n: u32) -> u32 {
    let a = [guard(1), guard(n)];
    let &x = &a; //~ ERROR [E0508] cannot move out of type `[Guard; 2]`, a non-copy array
    0
}
