// invalid: `let P { a: ref mut b, .. } = mkp(n);` in a loop's body left by `break`, b stored in x used after
// the loop (rustc E0716 at the temporary; temp33)
struct P { a: u32, g: Guard }
fn mkp(n: u32) -> P { P { a: n, g: guard(n) } }
fn f(n: u32) -> u32 {
    let mut x = &n;
    loop {
        let P { a: ref mut b, .. } = mkp(n); //~ ERROR [E0716] temporary value dropped while borrowed
        x = b;
        break;
    }
    *x
}
