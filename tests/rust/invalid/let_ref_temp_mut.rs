// invalid: `let ref mut m = mk(n);` then `let a = &mut *m;` used after a second `&mut *m`: the reborrows
// through m conflict as any (rustc E0499 at the second; temp33)
fn mk(n: u32) -> u32 { n + 1 }
fn f(n: u32) -> u32 {
    let ref mut m = mk(n);
    let a = &mut *m;
    let b = &mut *m; //~ ERROR [E0499] cannot borrow `*m` as mutable more than once at a time
    *a + *b
}
