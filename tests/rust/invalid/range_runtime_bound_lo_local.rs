// invalid: a range's lower bound naming a local (rustc 1.95: E0080 from THIR's pattern lowering, at the name)
async fn f(x: u32, y: u32) -> u32 {
    match x {
        y..=5 => 1, //~ ERROR [E0080] runtime values cannot be referenced in patterns
        _ => 2,
    }
}
