// invalid: `let ref r = mk(n);` in an inner block, r stored in x declared outside it and used after the
// block: the temporary dies at the block's end (rustc E0716 at the temporary; temp33)
fn mk(n: u32) -> u32 { n + 1 }
fn f(n: u32) -> u32 {
    let x;
    { let ref r = mk(n); x = r; } //~ ERROR [E0716] temporary value dropped while borrowed
    *x
}
