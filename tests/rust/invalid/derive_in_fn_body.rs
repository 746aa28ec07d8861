// invalid: a derive on an item in a fn body is refused (rustc names its impl `f::<impl at ..>`)
fn f(a: u32) -> u32 {
    #[derive(Clone, Copy)] //~ ERROR `derive` on an item in a fn body is not supported
    struct L { v: u32 }
    let l = L { v: a };
    l.v
}
