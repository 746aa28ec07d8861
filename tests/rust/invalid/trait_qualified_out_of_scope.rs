// invalid (scope33): `<S as Get>::get(..)` where the trait Get is of another fn's body (E0405)
struct S(u32);
fn f(x: u32) -> u32 {
    trait Get { fn get(&self) -> u32; }
    impl Get for S { fn get(&self) -> u32 { self.0 } }
    x
}
fn g(x: u32) -> u32 {
    let s = S(x);
    <S as Get>::get(&s) //~ ERROR cannot find trait `Get` in this scope
}
