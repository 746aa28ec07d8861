// invalid: the scrutinee used after `if let v @ Some(_)` moved it (E0382)
fn f(o: Option<Guard>) -> u32 {
    if let v @ Some(_) = o { let _k = v; }
    let q = o; //~ ERROR [E0382] use of moved value: `o`
    0
}
