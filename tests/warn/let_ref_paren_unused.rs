// warns (pat36): rustc's unused_parens around a binding under a `let`'s reference pattern: `&mut (mut x)`,
// `&mut (w)`, `&(z)` (the parentheses of `&(mut v)` are necessary: `&mut v` would be another pattern)
fn f(n: u32) -> u32 {
    let mut y = n;
    let &mut (mut x) = &mut y;
    x += 1;
    let &mut (w) = &mut y;
    let &(z) = &y;
    let &(mut v) = &y;
    v += 1;
    x + w + z + v
}
fn main() { let _ = f(1); }
