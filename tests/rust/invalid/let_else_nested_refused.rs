// invalid (flow40): a nested pattern in `let`-`else` is refused (valid Rust the subset does not build yet)
fn f(o: Option<Option<u32>>) -> u32 {
    let Some(Some(x)) = o else { return 0; }; //~ ERROR not supported
    x
}
