// invalid: `&p` binds the Option<Guard> behind the reference by value: a move out of it (E0507)
async fn f(n: u32) -> u32 {
    let o = Some(guard(n));
    match &o { //~ ERROR [E0507] cannot move out of a shared reference
        None => 1,
        &p => 0,
    }
}
