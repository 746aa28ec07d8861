// unsupported: an array as an enum payload (its niche could make rustc's layout niche-filling)
enum E { A, B([u8; 2]) } //~ ERROR an array as an enum field is not supported
fn f() -> u32 { 1 }
