// invalid: a range's lower bound naming nothing: rustc_resolve's E0425
async fn f(x: u32) -> u32 {
    if let z..5 = x { 1 } else { 2 } //~ ERROR [E0425] cannot find value `z` in this scope
}
