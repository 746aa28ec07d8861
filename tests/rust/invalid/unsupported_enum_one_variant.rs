// invalid: an enum of one variant (rustc lays it out as a struct: not modelled)
enum E { A(u32) } //~ ERROR not supported
