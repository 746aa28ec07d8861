// invalid: a nested fn item reading a local of the fn around it (E0434, items29)
async fn outer(x: u32) -> u32 {
    let a = x + 1;
    fn inner() -> u32 {
        a + 1 //~ ERROR can't capture dynamic environment in a fn item
    }
    inner()
}
