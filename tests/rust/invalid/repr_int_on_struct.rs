// invalid (repr40): a primitive representation is an enum's only (E0517)
#[repr(u8)] //~ ERROR [E0517] attribute should be applied to an enum
struct S { a: u8 }
fn f() -> S { S { a: 1 } }
