// invalid: an array indexed by a u32 (E0277: only usize indexes)
fn f(i: u32) -> u32 {
    let a = [1u32; 3];
    a[i] //~ ERROR the type `[u32]` cannot be indexed by `u32`
}
