// invalid: an enum with a tuple variant has no `as` cast (E0605)
enum E { A, B(u32) }
fn f(e: E) -> u32 {
    e as u32 //~ ERROR non-primitive cast
}
