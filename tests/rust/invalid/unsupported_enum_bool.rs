// invalid: an enum with a bool payload (rustc may put the tag in its niche: not modelled)
enum E { A, B(bool) } //~ ERROR not supported
