// invalid (bc36): `let ref mut m @ 0.. = mk(n);` then two `&mut *m` live at once: E0499
fn mk(n: u32) -> u32 { n + 1 }
async fn f(n: u32) -> u32 {
    let ref mut m @ 0.. = mk(n);
    let a = &mut *m;
    let b = &mut *m; //~ ERROR [E0499] cannot borrow `*m` as mutable more than once at a time
    *a += 1;
    *b
}
