// warn28 / items29: rustc's warnings inside nested fn items: an unused variable and a non-snake-case
// name of an item, in source order with the outer fn's
async fn outer(x: u32) -> u32 {
    let unused = 1;
    fn Inner(y: u32) -> u32 {
        let z = 2;
        y
    }
    Inner(x)
}
