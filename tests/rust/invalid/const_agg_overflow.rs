// invalid (const39): an overflow in a field of a struct const's initializer (E0080 at the operation)
struct Pt {
    x: u32,
    y: u8,
}
const P: Pt = Pt { x: 1, y: 200 + 100 }; //~ ERROR [E0080] attempt to compute `200_u8 + 100_u8`, which would overflow
fn f() -> u32 {
    P.x
}
