// invalid (not supported, scope33): two traits of one name in one fn body (an inner block's shadows the
// body's; rustc accepts it, its paths differ by a disambiguator it does not print)
struct S(u32);
fn f(x: u32) -> u32 {
    trait Get { fn get(&self) -> u32; }
    impl Get for S { fn get(&self) -> u32 { self.0 } }
    {
        trait Get { fn get(&self) -> u32; } //~ ERROR two traits named `Get` in one function body are not supported
        impl Get for S { fn get(&self) -> u32 { self.0 + 1 } }
        let s = S(x);
        <S as Get>::get(&s)
    }
}
