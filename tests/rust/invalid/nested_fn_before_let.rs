// invalid: a nested fn item naming a local declared after it: not in scope there (E0425, items29)
fn outer() -> u32 {
    fn inner() -> u32 {
        a //~ ERROR cannot find value `a` in this scope
    }
    let a = 1;
    inner() + a
}
