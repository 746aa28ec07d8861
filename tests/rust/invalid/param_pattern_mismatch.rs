// invalid (pat35): a parameter's `&x` against `&mut u32`: E0308 at the pattern
fn f(n: u32, &x: &mut u32) -> u32 { //~ ERROR [E0308] mismatched types
    x + n
}
