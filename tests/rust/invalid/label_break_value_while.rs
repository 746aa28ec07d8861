// invalid (flow40): a `break` with a value out of a labeled `while` (rustc_passes loops, E0571)
fn f(n: u32) -> u32 {
    let mut i = 0;
    'w: while i < n {
        loop {
            i += 1;
            if i > 3 { break 'w i; } //~ ERROR [E0571] `break` with value from a `while` loop
        }
    }
    i
}
