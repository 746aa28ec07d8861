// covers: every comparison operator, boolean results stored and returned
fn cmp(a: u32, b: u32) -> bool {
    let e = a == b;
    let n = a != b;
    let l = a < b;
    let le = a <= b;
    let g = a > b;
    let ge = a >= b;
    e == n && (l || le) && !(g && ge)
}
