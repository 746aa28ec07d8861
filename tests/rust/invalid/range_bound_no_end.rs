// invalid: an inclusive range pattern with no end bound (rustc: E0586 at the `..=`)
fn f(x: u8) -> u32 {
    match x {
        0..= => 1, //~ ERROR [E0586] inclusive range with no end
        _ => 2,
    }
}
