// invalid: arrays of two lengths compared: core's PartialEq<[B; N]> for [A; N] has one N, rustc's E0277 at
// the operator (cmp39)
fn f(x: u8) -> bool {
    let a = [x, 1];
    let b = [x, 1, 2];
    a == b //~ ERROR [E0277] can't compare `[u8; 2]` with `[u8; 3]`
}
