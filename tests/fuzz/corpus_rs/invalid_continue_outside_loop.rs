// invalid: `continue` outside of a loop
fn f(x: u32) {
    observe(x);
    continue; //~ ERROR `continue` outside of a loop
}
