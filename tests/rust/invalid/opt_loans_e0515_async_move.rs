// invalid (optloan35): an `async move` block returning `Some(&y)` of a variable moved into it (E0515)
async fn f(n: u32) -> u32 {
    let y = n;
    let b = async move { Some(&y) }; //~ ERROR [E0515] cannot return value referencing local data `y`
    match b.await { Some(r) => *r, None => 0 }
}
