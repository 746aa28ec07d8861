// invalid (hunt36): a fn and a later const of one name at the top level (E0428, at the const)
fn limit() -> u32 {
    3
}
#[allow(non_upper_case_globals)]
const limit: u32 = 2; //~ ERROR the name `limit` is defined multiple times
async fn f() -> u32 {
    limit
}
