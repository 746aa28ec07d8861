// invalid (consts35): two associated consts of one name in one impl (E0201)
struct S;
impl S {
    const A: u32 = 1;
    const A: u32 = 2; //~ ERROR duplicate definitions with name `A`
}
fn f() -> u32 {
    S::A
}
