// invalid: `let a @ ref b = x;` holds a loan of x by b: assigning x while b lives is E0506 (bind30)
fn f(mut x: u32) -> u32 {
    let a @ ref b = x;
    x = 5; //~ ERROR [E0506] cannot assign to `x` because it is borrowed
    a + *b + x
}
