// invalid: the block holds a Guard across an await (its witness needs drop), so dropping it
// at the end of the scope uses its by-reference capture (E0506)
async fn f(x: u32) -> u32 {
    let mut v = x;
    let b = async {
        let g = guard(1);
        yield_now().await;
        v + 1
    };
    v = 5; //~ ERROR [E0506] cannot assign to `v` because it is borrowed
    v
}
