// invalid: an operation in a field of a struct const (rustc's body of the item holds its assert; const39
// admits literals and const items)
struct Pt {
    x: u32,
    y: u32,
}
const K: u32 = 4;
const P: Pt = Pt { x: K + 1, y: 2 }; //~ ERROR not supported
fn f() -> u32 {
    P.x
}
