// unsupported: methods of arrays (`a.len()`: rustc unsizes to a slice)
fn f() -> usize {
    let a = [1u32; 3];
    a.len() //~ ERROR method `len` of `[u32; 3]` is not supported
}
