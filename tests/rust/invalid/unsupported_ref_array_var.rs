// invalid: an array of references not under a promoted `&` (`[&1u32, &2]`: rustc promotes each element on
// its own, `[move _3, copy _4]`) or holding a variable's borrow
fn f(n: u32) -> u32 {
    let x = 5u32;
    let r = &[&x, &2]; //~ ERROR not supported
    *(*r)[0] + n
}
