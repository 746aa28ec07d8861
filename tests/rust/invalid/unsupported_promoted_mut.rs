// invalid: `&mut 5u32` is not promoted (rustc promotes shared borrows only; it extends this temporary to
// the block, which the subset does not for a constant: promo36)
fn f(n: u32) -> u32 {
    let r = &mut 5u32; //~ ERROR not supported
    *r += n;
    *r
}
