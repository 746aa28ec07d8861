static LIMIT: u32 = 5;
async fn f(x: u32) -> u32 {
    let LIMIT = x; //~ ERROR let bindings cannot shadow statics
    LIMIT
}
