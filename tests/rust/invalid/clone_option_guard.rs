// invalid: `.clone()` of a Result whose error is a Guard: Guard is not Clone, rustc's E0599 (meth40)
fn f(r: Result<u8, Guard>) -> Result<u8, Guard> {
    r.clone() //~ ERROR [E0599] the method `clone` exists for enum `Result<u8, Guard>`, but its trait bounds were not satisfied
}
