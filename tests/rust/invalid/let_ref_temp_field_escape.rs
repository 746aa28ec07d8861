// invalid (pat35): `let ref r = mk(n).0;` in an inner block, r stored in x declared outside it and used
// after the block: the temporary under the field (extended to the inner block) dies there (rustc E0716)
struct W(u32, u32);
fn mk(n: u32) -> W { W(n, 2) }
fn f(n: u32) -> u32 {
    let x;
    {
        let ref r = mk(n).0; //~ ERROR [E0716] temporary value dropped while borrowed
        x = r;
    }
    *x
}
