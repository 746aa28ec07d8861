// invalid: two const items of one name in one block (E0428; accepted before consts35)
fn f() -> u32 {
    const K: u32 = 1;
    const K: u32 = 2; //~ ERROR the name `K` is defined multiple times
    K
}
