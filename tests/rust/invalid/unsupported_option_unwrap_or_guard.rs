// invalid: `unwrap_or` of an Option<Guard>: core drops the default it does not return, which the
// interpreter's model of the call does not: refused (meth40)
fn f(o: Option<Guard>) -> Guard {
    o.unwrap_or(guard(1)) //~ ERROR not supported
}
