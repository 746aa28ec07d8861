// invalid: two fn items of one name in one block (E0428, items29)
fn outer() -> u32 {
    fn inner() -> u32 {
        1
    }
    let a = inner();
    fn inner() -> u32 { //~ ERROR the name `inner` is defined multiple times
        2
    }
    a
}
