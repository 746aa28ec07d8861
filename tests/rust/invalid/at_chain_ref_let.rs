// invalid: `let a @ ref b = x;`: rustc accepts it; the subset does not (a loan after `@` in `let`, bind30)
fn f(x: u32) -> u32 {
    let a @ ref b = x; //~ ERROR not supported
    a + *b
}
