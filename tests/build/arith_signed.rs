// covers: signed division/remainder (zero and overflow asserts), negation, shifts with a signed rhs
fn signed(a: i32, b: i32, s: i8) -> i32 {
    let q = a / b;
    let r = a % b;
    let n = -a;
    let l = a << s;
    let h = a >> 3;
    q + r + n + l + h
}
