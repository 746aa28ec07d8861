// invalid: `&s` while `&mut s.a` is live, after `s.g` was moved: E0502 and E0382 at one place, the
// conflict first as rustc
struct S { a: u32, g: Guard }
fn g(n: u32) -> u32 {
    let mut s = S { a: n, g: guard(n) };
    let r = &mut s.a;
    let h = s.g;
    let k = &s; //~ ERROR [E0502] cannot borrow `s` as immutable because it is also borrowed as mutable
    *r += 1;
    1
}
