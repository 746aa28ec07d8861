// invalid: a struct and an enum of one name in one block (E0428, items30)
fn outer(x: u32) -> u32 {
    struct S {
        a: u32,
    }
    enum S { //~ ERROR the name `S` is defined multiple times
        A,
    }
    x
}
