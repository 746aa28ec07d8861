// invalid: match arm without `=>`
fn f(x: u32) -> u32 {
    match x {
        0 1, //~ ERROR expected one of
        _ => 2,
    }
}
