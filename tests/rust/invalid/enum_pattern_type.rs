// invalid: a variant of another enum as a pattern
enum E { A, B(u32) }
enum F { A, B }
fn f(e: E) -> u32 {
    match e {
        F::A => 0, //~ ERROR mismatched types
        _ => 1,
    }
}
