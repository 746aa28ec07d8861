// invalid: `.clone()` of an array of Guards: Guard is not Clone (meth40)
fn f(a: [Guard; 2]) -> [Guard; 2] {
    a.clone() //~ ERROR [E0599] the method `clone` exists for array `[Guard; 2]`, but its trait bounds were not satisfied
}
