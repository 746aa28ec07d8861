// invalid: an enum variant of several in a `let` struct pattern (E0005)
enum K { On(u8), Off }
struct Dev { k: K, id: u8 }
fn f(d: Dev) -> u8 {
    let Dev { k: K::On(v), .. } = d; //~ ERROR refutable pattern in local binding
    v
}
