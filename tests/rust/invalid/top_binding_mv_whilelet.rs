// invalid: a `while let` top binding moves the scrutinee each iteration (E0382)
fn f(o: Option<Guard>) -> u32 {
    while let v @ Some(_) = o { let _k = v; } //~ ERROR [E0382] use of moved value: `o`
    0
}
