// invalid: the block writes `s.opt` (while let + assignment: captured by `&mut`) while the fn
// still uses a borrow of the field
struct S { a: u32, opt: Option<u32> }
async fn f(n: u32) -> u32 {
    let mut s = S { a: n, opt: Some(n) };
    let r = &s.opt;
    let b = async { while let Some(x) = s.opt { s.opt = None; } }; //~ ERROR cannot borrow `s.opt` as mutable because it is also borrowed as immutable
    let k = r;
    b.await;
    s.a
}
