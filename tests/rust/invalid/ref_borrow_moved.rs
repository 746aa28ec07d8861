// invalid: borrowing a moved Guard (E0382)
fn f() {
    let g = guard(1);
    let h = g;
    let r = &g; //~ ERROR borrow of moved value: `g`
}
