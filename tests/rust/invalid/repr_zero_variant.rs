// invalid (repr40): a primitive representation of an enum without variants (E0084)
#[repr(u8)] //~ ERROR [E0084] unsupported representation for zero-variant enum
enum E {}
fn f(e: E) -> u32 { 1 }
