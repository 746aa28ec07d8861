// invalid: a Guard field moved out twice
struct P { a: u32, g: Guard }
fn f() -> u32 {
    let p = P { a: 1, g: guard(2) };
    let g = p.g;
    let h = p.g; //~ ERROR use of moved value: `p.g`
    p.a
}
