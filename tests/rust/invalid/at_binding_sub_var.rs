// invalid: `Some(x @ y)` of a value that is not Copy: y moves the field, then x uses it (E0382, bind30)
enum G { A(Guard), B }
fn f(o: Option<G>) -> u32 {
    match o { Some(x @ y) => 0, None => 1 } //~ ERROR [E0382] use of moved value
}
