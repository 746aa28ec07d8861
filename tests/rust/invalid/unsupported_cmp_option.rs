// invalid: Option<u32> compared with `==`: core implements PartialEq for it (rustc accepts the program);
// not modelled: "not supported", not rustc's E0369 (which it gives for types without PartialEq)
async fn foo(x: u32) -> bool {
    let o = Some(x);
    o == None //~ ERROR comparing values of type `Option<u32>` with `==` is not supported
}
