// invalid (consts35): a static and a const of one name in one scope (E0428)
const LIMIT: u32 = 1;
static LIMIT: u32 = 2; //~ ERROR the name `LIMIT` is defined multiple times
fn f() -> u32 {
    LIMIT
}
