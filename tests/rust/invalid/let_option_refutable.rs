// invalid: `Some(z)` in `let` (E0005, witness `None`)
fn f(o: Option<u8>) -> u8 {
    let Some(z) = o; //~ ERROR [E0005] refutable pattern in local binding: pattern `None` not covered
    z
}
