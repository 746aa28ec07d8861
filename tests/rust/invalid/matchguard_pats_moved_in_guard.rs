// invalid: the guard of an arm of several patterns runs once per matching pattern: a move in it is E0382 (its second copy)
async fn f(n: u32) -> u32 {
    let g = guard(n);
    let o = Some(n);
    match o {
        Some(1) | Some(2) if { let h = g; n > 1 } => 1, //~ ERROR [E0382] use of moved value: `g`
        _ => 0,
    }
}
