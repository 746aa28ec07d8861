// invalid (flow40): a `break` with a value out of a `while let` (E0571, the desugared loop's)
fn g(k: u32) -> Option<u32> { if k < 3 { Some(k) } else { None } }
fn f(n: u32) -> u32 {
    let mut k = 0;
    while let Some(v) = g(k) {
        k += 1;
        if v == n { break v; } //~ ERROR [E0571] `break` with value from a `while` loop
    }
    k
}
