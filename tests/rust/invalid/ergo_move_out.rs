// invalid: a `mut` binding under the `&` default binding mode binds by value: a Guard moved out of a shared reference (E0507)
async fn f(n: u32) -> u32 {
    let o = Some(guard(n));
    match &o { //~ ERROR [E0507] cannot move out of a shared reference
        Some(mut g) => 1,
        None => 0,
    }
}
