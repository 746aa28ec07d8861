// invalid: an element of an array of references read as a value (not under `*` or a field access):
// rustc's MIR copies it (`_11 = copy _10[_12];`) where the subset's assignment would reborrow it
fn f(n: u32) -> u32 {
    let r = &[&1u32, &2];
    let mut s = *r;
    s[0] = s[1]; //~ ERROR not supported
    *s[0] + n
}
