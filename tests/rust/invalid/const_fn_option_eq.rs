// invalid (constfn40): `==` of Options is PartialEq::eq, not a const trait (E0658)
const fn c(o: Option<u32>) -> bool { o == None } //~ ERROR [E0658] cannot call conditionally-const operator in constant functions
fn f() -> bool { c(None) }
