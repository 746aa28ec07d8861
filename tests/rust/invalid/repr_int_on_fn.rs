// invalid (repr40): a primitive representation on a fn (E0517)
#[repr(u16)] //~ ERROR [E0517] attribute should be applied to an enum
fn f() -> u32 { 1 }
