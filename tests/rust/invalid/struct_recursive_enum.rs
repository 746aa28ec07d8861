// invalid: an enum and a struct holding each other (E0072, at the first item of the cycle as rustc reports it)
enum Link { Next(S), End } //~ ERROR infinite size
struct S { link: Link }
fn f() -> u32 { 1 }
