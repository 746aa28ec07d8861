// invalid (clone39): `repr(C)` on a `let` statement (rustc's E0517, at the `C`)
async fn foo(x: u32) -> u32 {
    #[repr(C)] //~ ERROR [E0517] attribute should be applied to a struct, enum, or union
    let y = x + 1;
    y
}
