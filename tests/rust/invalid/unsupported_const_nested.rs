// invalid: a struct const with a struct field (rustc builds a temporary for it; const39 admits scalar leaves)
struct Pt {
    x: u32,
    y: u32,
}
struct Line {
    a: Pt,
    b: Pt,
}
const L: Line = Line { a: Pt { x: 1, y: 2 }, b: Pt { x: 3, y: 4 } }; //~ ERROR not supported
fn f() -> u32 {
    L.a.x + L.b.y
}
