// invalid: `isize::MIN..=-1` and `0..` leave isize's values below the written MIN (rustc: `..isize::MIN`)
async fn f(x: isize) -> u32 {
    match x { //~ ERROR [E0004] non-exhaustive patterns: `..isize::MIN` not covered
        isize::MIN..=-1 => 1,
        0.. => 2,
    }
}
