// invalid: `Some(x @ G::A(g))`: g moves out of the field, then x moves the whole of it (E0382, bind30)
enum G { A(Guard), B }
fn f(o: Option<G>) -> u32 {
    match o { Some(x @ G::A(g)) => 0, _ => 1 } //~ ERROR [E0382] use of partially moved value
}
