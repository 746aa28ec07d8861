// invalid: usize and isize have no precise bounds in rustc's exhaustiveness check: the ranges are open
// (`4_usize..`, `..=-1_isize`)
fn f(o: Option<usize>, p: Option<isize>) -> u32 {
    let a = match o { Some(0) => 1, Some(3) => 1, None => 3, Some(_) => 4 };
    match p { //~ ERROR non-exhaustive patterns: `Some(..=-1_isize)` and `Some(1_isize..)` not covered
        Some(0) => 1,
        None => 3,
    }
}
