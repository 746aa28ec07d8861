// invalid: `&Some(g)` binds by value: a Guard moved out of the reference (E0507)
async fn f(n: u32) -> u32 {
    let o = Some(guard(n));
    match &o { //~ ERROR [E0507] cannot move out of a shared reference
        &Some(g) => 1,
        &None => 0,
    }
}
