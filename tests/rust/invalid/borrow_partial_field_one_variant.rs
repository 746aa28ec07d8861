// invalid: the one-variant enum field `s.w` partially moved by a match, then moved whole
// (E0382 "partially moved `s.w`")
enum W { A(u32, Guard) }
struct S { a: u32, w: W }
async fn f(n: u32) -> u32 {
    let s = S { a: n, w: W::A(n, guard(n)) };
    match s.w { W::A(_, g) => { let h = g; } }
    let t = s.w; //~ ERROR [E0382] use of partially moved value: `s.w`
    1
}
