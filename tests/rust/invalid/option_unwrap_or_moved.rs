// invalid: `unwrap_or` takes self by value: an Option<Guard> used after it is rustc's E0382 (meth40)
fn f(o: Option<Guard>) -> Option<Guard> {
    let _g = o.unwrap(); 
    o //~ ERROR [E0382] use of moved value: `o`
}
