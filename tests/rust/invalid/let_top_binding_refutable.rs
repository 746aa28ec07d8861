// invalid: `let k @ 1..=5 = x;`, a refutable pattern under a top binding (E0005, bind29)
fn f(x: u8) -> u8 {
    let k @ 1..=5 = x; //~ ERROR [E0005] refutable pattern in local binding
    k
}
