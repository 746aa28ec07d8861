// invalid: an enum as a struct field (the struct's niche would be the enum's tag: not modelled)
enum E { A, B(u32) }
struct S { e: E } //~ ERROR not supported
