// invalid: an inclusive range pattern with no end bound inside a variant pattern (E0586)
async fn f(o: Option<u32>) -> u32 {
    match o {
        Some(5..=) => 1, //~ ERROR [E0586] inclusive range with no end
        _ => 2,
    }
}
