// invalid (bc36): `let ref mut m @ 0.. = mk(n);` then `*m` assigned while a shared reborrow of it is
// still used: E0506
fn mk(n: u32) -> u32 { n + 1 }
async fn f(n: u32) -> u32 {
    let ref mut m @ 0.. = mk(n);
    let a = &*m;
    *m = 3; //~ ERROR [E0506] cannot assign to `*m` because it is borrowed
    *a
}
