// invalid: reference fields (they need lifetime parameters)
struct S { r: &u32 } //~ ERROR reference fields are not supported
