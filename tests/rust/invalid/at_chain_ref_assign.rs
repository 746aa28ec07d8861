// invalid: `a @ ref b` holds a loan of x: assigning x while b lives is E0506 (bind30)
fn f(mut x: u32) -> u32 {
    match x { a @ ref b => { x = 5; a + *b } } //~ ERROR [E0506] cannot assign to `x` because it is borrowed
}
