// invalid: a field of a diverging expression
struct P { a: u32 }
fn f() -> u32 {
    (return 1).a //~ ERROR no field `a` on type `!`
}
