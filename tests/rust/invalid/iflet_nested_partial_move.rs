// invalid: a Guard moved out by a nested `if let` pattern leaves the scrutinee partially moved
enum H { G(Guard), N }
fn f(o: Option<H>) -> u32 {
    if let Some(H::G(g)) = o { observe(1); }
    let p = o; //~ ERROR use of partially moved value: `o`
    0
}
