// invalid (consts35): an associated const named without its type
struct S {
    a: u32,
}
impl S {
    const N: u32 = 3;
    fn get(&self) -> u32 {
        self.a + N //~ ERROR cannot find value `N` in this scope
    }
}
