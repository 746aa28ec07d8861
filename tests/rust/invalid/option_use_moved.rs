// invalid: an Option<Guard> is not Copy: used after a move
fn take(o: Option<Guard>) {}
fn f() {
    let o = Some(guard(1));
    take(o);
    take(o); //~ ERROR use of moved value: `o`
}
