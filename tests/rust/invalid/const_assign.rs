// invalid: assigning to a const (E0070)
const LIMIT: u32 = 10;
fn f() -> u32 {
    LIMIT = 3; //~ ERROR invalid left-hand side of assignment
    LIMIT
}
