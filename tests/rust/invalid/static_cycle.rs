// invalid (hunt36): two statics defined by each other (E0391, at the first's initializer, in rustc's
// words for a static)
static M: u32 = N; //~ ERROR cycle detected when evaluating initializer of static `M`
static N: u32 = M + 1;
async fn f() -> u32 {
    M
}
