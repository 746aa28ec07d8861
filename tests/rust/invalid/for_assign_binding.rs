// invalid: the loop variable is immutable (a fresh binding each iteration): rustc's E0384 (for40)
fn f(n: u32) -> u32 {
    let mut s = 0;
    for i in 0..n {
        i += 1; //~ ERROR [E0384] cannot assign twice to immutable variable `i`
        s += i;
    }
    s
}
