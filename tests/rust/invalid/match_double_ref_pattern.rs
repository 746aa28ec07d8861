// invalid (hunt30): `&&y` in an arm is `& &y` (rustc's parser splits the `&&` token; rustc accepts it): the
// subset's reference pattern of a reference pattern, not "expected pattern, found `&&`"
fn main() {
    let x = 1u32;
    let r = &x;
    match &r {
        &&y => { let _ = y; } //~ ERROR a reference pattern of a reference or `ref` pattern is not supported
    }
}
