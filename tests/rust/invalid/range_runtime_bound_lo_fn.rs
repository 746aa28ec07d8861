// invalid: a range's lower bound naming a fn: E0029
fn h() -> u32 { 3 }
async fn f(x: u32) -> u32 {
    match x {
        h..=5 => 1, //~ ERROR [E0029] only `char` and numeric types are allowed in range patterns
        _ => 2,
    }
}
