// invalid: the `if` is inside a call whose argument carries r's loan: reassigning r does not end it (E0506)
fn g(p: &mut u32, n: u32) -> u32 { *p + n }
fn f(c: bool) -> u32 {
    let mut x = 1u32;
    let mut y = 2u32;
    let mut r = &mut x;
    let n = g(r, { if c { r = &mut y; x = 5; } 0 }); //~ ERROR [E0506] cannot assign to `x` because it is borrowed
    n
}
