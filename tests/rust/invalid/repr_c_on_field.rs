// invalid (clone39): `repr(C)` on a struct's field (rustc's E0517, at the `C`)
struct S {
    #[repr(C)] //~ ERROR [E0517] attribute should be applied to a struct, enum, or union
    a: u32,
}
async fn foo(x: u32) -> u32 {
    let s = S { a: x };
    s.a
}
