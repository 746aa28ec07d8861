// invalid (flow40): the pattern's binding is not in scope in the else block (E0425)
fn f(o: Option<u32>) -> u32 {
    let Some(x) = o else {
        return x; //~ ERROR [E0425] cannot find value `x` in this scope
    };
    x
}
