// invalid: signed ranges: the minimum side and a hole at zero
fn f(x: i32) -> u32 {
    match x { //~ ERROR [E0004] non-exhaustive patterns: `i32::MIN..=-11_i32` and `0_i32` not covered
        -10..0 => 1,
        1.. => 2,
    }
}
