// invalid: a repeat expression of a non-Copy value (E0277)
fn f() -> u32 {
    let g = [guard(1); 2]; //~ ERROR the trait bound `Guard: Copy` is not satisfied
    3
}
