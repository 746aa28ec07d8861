// invalid: an enum and a struct holding each other (E0072, reported once, at the first item as rustc does)
enum Link { Next(S), End } //~ ERROR recursive type `Link` has infinite size
struct S { link: Link }
fn f() -> u32 { 1 }
