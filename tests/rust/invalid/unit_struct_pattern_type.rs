// invalid: a unit struct's pattern against a u32 (E0308)
struct U;
fn f(n: u32) -> u32 {
    match n { U => 1, _ => 2 } //~ ERROR [E0308] mismatched types
}
