// invalid: a struct used whole after one of its fields was moved out
struct P { a: u32, g: Guard }
fn take(p: P) -> u32 { p.a }
fn f() -> u32 {
    let p = P { a: 1, g: guard(2) };
    let g = p.g;
    take(p) //~ ERROR use of partially moved value: `p`
}
