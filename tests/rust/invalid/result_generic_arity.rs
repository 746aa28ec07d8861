// invalid: Result takes two type arguments
fn f(r: Result<u32>) -> u32 { //~ ERROR enum takes 2 generic arguments but 1 generic argument was supplied
    0
}
