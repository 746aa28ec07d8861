// invalid (clone39): `repr(C)` on a fn (rustc's E0517, at the `C`)
#[repr(C)] //~ ERROR [E0517] attribute should be applied to a struct, enum, or union
fn f(a: u32) -> u32 {
    a
}
