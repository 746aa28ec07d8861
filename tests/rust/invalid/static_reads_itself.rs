// invalid (hunt36): a static whose initializer reads it (E0080, at the read)
static M: u32 = 1 + M; //~ ERROR encountered static that tried to access itself during initialization
async fn f() -> u32 {
    M
}
