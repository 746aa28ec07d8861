// issue 22 (tree27): what rustc 1.95 accepts of a match's tests while a `&mut` is live: rustc's tree makes
// no test for `_` arms (no discriminant read, no SwitchInt) nor for a range holding every value, a test
// only on the way to its arm and the arms after it, a place behind a reference tested in place, not moved
enum W { A(u32, u32), B }
enum E { A(u32), B }
struct S { e: E, k: u8, n: u32 }
fn enum_wild(mut w: W, c: u32) {
    let r = &mut w;
    match w { _ => observe(c) }
    let q = r;
}
fn enum_field_wild(mut s: S, c: u32) {
    let r = &mut s.e;
    match s.e { _ => observe(c) }
    let q = r;
}
fn int_wild(mut x: u32, c: u32) {
    let r = &mut x;
    match x { _ => observe(1) }
    *r = c;
}
fn full_range(mut s: S, c: u8) {
    let r = &mut s.k;
    match s { S { k: 0..=255, n: 1, .. } => observe(1), _ => observe(2) }
    *r = c;
}
fn full_range_var(mut x: u8, c: u8) {
    let r = &mut x;
    match x { 0..=255 => observe(1) }
    *r = c;
}
fn full_range_signed(mut x: i8, c: i8) {
    let r = &mut x;
    match x { -128..=127 => observe(2) }
    *r = c;
}
fn later_arm_test(mut s: S, c: u32) {
    let r = &mut s.n;
    match s {
        S { e: E::B, .. } => *r = c,
        S { e: E::A(0), n: 1, .. } => observe(1),
        _ => observe(2),
    }
}
fn discr_later_arm(mut x: u32, mut w: W, c: u32) {
    let r = &mut w;
    match x {
        0 => { let q = r; }
        _ => match w { W::A(0, _) => observe(1), _ => observe(2) },
    }
}
fn deref_tested(p: &mut W) {
    match *p { W::A(0, x) => observe(x), W::A(_, 1..=3) => observe(1), _ => observe(2) }
}
fn deref_int(p: &mut u32, c: u32) {
    match *p { 0 => *p = c, _ => observe(2) }
}
fn shared_tests(w: W) {
    let r = &w;
    match w { W::A(0, x) => observe(x), W::A(_, 1..=3) => observe(1), _ => observe(2) }
    let q = r;
}
