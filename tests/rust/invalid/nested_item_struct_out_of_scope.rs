// invalid: a struct of an inner block named after it (E0422, items30)
fn outer(x: u32) -> u32 {
    {
        struct S {
            a: u32,
        }
    }
    let s = S { a: x }; //~ ERROR cannot find struct, variant or union type `S` in this scope
    s.a
}
