// invalid (optloan35): a move out of y while `Some(&y)` is live (E0505)
fn f(n: u32) -> u32 {
    let y = guard(1);
    let o = Some(&y);
    let z = y; //~ ERROR [E0505] cannot move out of `y` because it is borrowed
    match o { Some(r) => 1, None => 0 }
}
