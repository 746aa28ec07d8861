// covers: `Self` as the struct of its impl (vis39): `Self { .. }` literals and patterns, `Self(..)` of a tuple struct, a unit struct's `Self` pattern; the same MIR as the name (a unit struct's `Self` value is refused:
// rustc builds `const U` there)
//@ args: run 3
//@ args: run 0
#[derive(Clone, Copy)]
struct P { a: u32, b: u32 }
struct T(u32, u32);
struct U;
impl P {
    fn new(a: u32) -> Self { Self { a, b: 2 } }
    fn sum(&self) -> u32 { let Self { a, b } = *self; a + b }
    fn first(p: Self) -> u32 { match p { Self { a: 0, .. } => 100, Self { a, .. } => a } }
}
impl T {
    fn new(x: u32) -> Self { Self(x, x + 1) }
    fn get(&self) -> u32 { let Self(a, _) = *self; a }
}
impl U {
    fn make() -> Self { U }
    fn is(&self) -> u32 { match *self { Self => 7 } }
}
async fn run(x: u32) -> u32 {
    let p = P::new(x);
    yield_now().await;
    let t = T::new(x);
    let u = U::make();
    p.sum() + P::first(p) + t.get() + u.is()
}
