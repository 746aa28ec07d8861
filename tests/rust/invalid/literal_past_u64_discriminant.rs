// invalid (hunt30): a discriminant past u64::MAX is out of range for `isize`
enum E {
    A = 18446744073709551616, //~ ERROR literal out of range for `isize`
}
fn main() {
    let _ = E::A;
}
