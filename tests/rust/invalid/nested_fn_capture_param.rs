// invalid: a nested fn item inside an async block calling a parameter of the outer fn (E0434, items29)
fn outer(x: u32) -> u32 {
    let f = async move {
        fn inner(y: u32) -> u32 {
            y + x //~ ERROR can't capture dynamic environment in a fn item
        }
        inner(1)
    };
    0
}
