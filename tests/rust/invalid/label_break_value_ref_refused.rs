// invalid (flow40): a loop whose value is a reference is refused as a block's or a match's is (valid Rust;
// the subset's reference values come from variables and borrows only)
fn f(n: u32) -> u32 {
    let x = n;
    let r = loop {
        if n > 1 { break &x; } //~ ERROR not supported
    };
    *r
}
