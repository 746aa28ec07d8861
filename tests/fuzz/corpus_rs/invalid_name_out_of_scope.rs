// invalid: use of a variable after its block ended
fn f() -> u32 {
    {
        let inner = 3u32;
    }
    inner //~ ERROR cannot find value `inner`
}
