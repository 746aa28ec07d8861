// invalid: `let a @ ref mut b = x;` with b used after: b's `&mut x` is made before a's copy: rustc's
// E0503 at a (bind31)
fn f(mut x: u32) -> u32 {
    let a @ ref mut b = x; //~ ERROR [E0503] cannot use `x` because it was mutably borrowed
    *b = 2;
    a
}
