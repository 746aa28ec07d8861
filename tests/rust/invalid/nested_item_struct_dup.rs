// invalid: two structs of one name in one block (E0428, items30)
async fn outer(x: u32) -> u32 {
    struct S(u32);
    let s = S(x);
    struct S(bool); //~ ERROR the name `S` is defined multiple times
    s.0
}
