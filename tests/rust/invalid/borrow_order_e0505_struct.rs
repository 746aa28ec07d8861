// invalid: `s.g` moved out, then `s` moved while `&s.a` is live: E0505 and E0382 at one place,
// E0505 first as rustc
struct S { a: u32, g: Guard }
fn f(n: u32) -> u32 {
    let s = S { a: n, g: guard(n) };
    let r = &s.a;
    let h = s.g;
    let k = s; //~ ERROR [E0505] cannot move out of `s` because it is borrowed
    *r
}
