// invalid (constfn40): a fn both const and async
const async fn c() -> u32 { 1 } //~ ERROR functions cannot be both `const` and `async`
