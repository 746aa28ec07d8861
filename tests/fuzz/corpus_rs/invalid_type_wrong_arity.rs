// invalid: calling a fn with too many arguments
fn g(x: u32) -> u32 { x }
fn f() -> u32 {
    g(1, 2) //~ ERROR this function takes 1 argument but 2 arguments were supplied
}
