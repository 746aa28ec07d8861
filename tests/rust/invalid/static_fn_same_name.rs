// invalid (hunt36): a static and a fn of one name at the top level share the value namespace (E0428,
// at the second); both were accepted and the fn was unreachable by name
static M: u32 = 2;
fn M() -> u32 { //~ ERROR the name `M` is defined multiple times
    3
}
async fn f() -> u32 {
    M
}
