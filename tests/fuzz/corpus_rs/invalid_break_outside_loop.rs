// invalid: `break` outside of a loop
fn f() {
    break; //~ ERROR `break` outside of a loop
}
