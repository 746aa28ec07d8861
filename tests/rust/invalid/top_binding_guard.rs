// invalid: a value that is not Copy bound whole at the top (rustc moves it; not in the subset)
struct S { a: u32 }
fn f(s: S) -> u32 {
    match s { t => t.a } //~ ERROR not supported
}
