// invalid: `let ref r = mk(n).0;`: rustc extends the temporary under the field too; the subset refuses a
// field of a temporary there (temp33)
struct W(u32);
fn mk(n: u32) -> W { W(n) }
fn f(n: u32) -> u32 {
    let ref r = mk(n).0; //~ ERROR not supported
    *r
}
