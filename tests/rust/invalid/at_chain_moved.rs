// invalid: `a @ b` of a value that is not Copy: b moves the scrutinee, then a uses it (E0382, bind29)
enum G { A(Guard), B }
fn f(x: G) -> u32 {
    match x { a @ b => 0 } //~ ERROR [E0382] use of moved value: `x`
}
