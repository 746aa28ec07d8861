// invalid (optloan35): an async block's value `Some(&y)` of its own local (E0515)
async fn f(n: u32) -> u32 {
    let b = async { let y = 5u32; Some(&y) }; //~ ERROR [E0515] cannot return value referencing local variable `y`
    match b.await { Some(r) => *r, None => 0 }
}
