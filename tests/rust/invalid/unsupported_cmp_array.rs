// invalid: arrays compared with `<`: core implements PartialOrd for `[u32; 2]` (rustc accepts it); not modelled
fn f(x: u32) -> bool {
    let a = [x, 1];
    a < [1, 2] //~ ERROR comparing values of type `[u32; 2]` with `<` is not supported
}
