// invalid: a fn item of an inner block called outside it (E0425, items29)
fn outer() -> u32 {
    {
        fn inner() -> u32 {
            1
        }
    }
    inner() //~ ERROR cannot find function `inner` in this scope
}
