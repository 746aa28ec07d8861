// invalid (variant34): `Trait::m(..)` of a trait of another fn's body: not visible there
struct S(u32);
fn g(s: &S) -> u32 {
    trait T { fn m(&self) -> u32; }
    impl T for S { fn m(&self) -> u32 { self.0 } }
    T::m(s)
}
fn f(s: S) -> u32 { T::m(&s) } //~ ERROR use of undeclared type `T`
