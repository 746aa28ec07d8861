// invalid (const39): an aggregate const in a scalar const's initializer (E0308)
struct Pt {
    x: u32,
    y: u32,
}
const P: Pt = Pt { x: 1, y: 2 };
const X: u32 = P; //~ ERROR [E0308] mismatched types
fn f() -> u32 {
    X
}
