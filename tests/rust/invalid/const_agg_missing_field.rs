// invalid (const39): a struct const's initializer without every field (E0063)
struct Pt {
    x: u32,
    y: u32,
}
const P: Pt = Pt { x: 1 }; //~ ERROR [E0063] missing field `y` in initializer of `Pt`
fn f() -> u32 {
    P.x
}
