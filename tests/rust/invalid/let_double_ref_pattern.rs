// invalid (hunt30): `&&y` is two reference patterns (rustc's parser splits the `&&` token); rustc accepts
// it, the subset has no reference pattern in `let` (it said "expected pattern, found `&&`")
fn main() {
    let x = 5u8;
    let &&y = &&x; //~ ERROR reference patterns in `let` are not supported
    let _ = y;
}
