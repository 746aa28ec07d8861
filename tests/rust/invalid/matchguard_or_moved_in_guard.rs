// invalid: the guard of an arm with an or-pattern inside runs once per matching alternative: a move in it is E0382 at its next copy
async fn f(n: u32) -> u32 {
    let g = guard(n);
    let o = Some(n);
    match o {
        Some(1 | 2) if { let h = g; n > 1 } => 1, //~ ERROR [E0382] use of moved value: `g`
        _ => 0,
    }
}
