// invalid: `let P { ref a, .. } = mkp(n);` in an inner block, a stored in x declared outside it and used
// after the block: the temporary (extended to the inner block) dies there (rustc E0716; temp33)
struct P { a: u32, g: Guard }
fn mkp(n: u32) -> P { P { a: n, g: guard(n) } }
fn f(n: u32) -> u32 {
    let x;
    {
        let P { ref a, .. } = mkp(n); //~ ERROR [E0716] temporary value dropped while borrowed
        x = a;
    }
    *x
}
