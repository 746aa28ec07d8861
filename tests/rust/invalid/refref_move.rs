// invalid (loan34): moving the place r borrows while `&r` is live
struct S { a: u32 }
fn f(n: u32) -> u32 {
    let s = S { a: n };
    let r = &s;
    let rr = &r;
    let t = s; //~ ERROR [E0505] cannot move out of `s` because it is borrowed
    rr.a + t.a
}
