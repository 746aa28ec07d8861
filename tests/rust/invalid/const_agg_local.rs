// invalid: a local of the fn around in a body's aggregate const's initializer (E0435; parsed after
// every item, the const still knows its fn)
struct P { a: u32 }
fn f(x: u32) -> u32 {
    const Q: P = P { a: x }; //~ ERROR [E0435] attempt to use a non-constant value in a constant
    Q.a
}
