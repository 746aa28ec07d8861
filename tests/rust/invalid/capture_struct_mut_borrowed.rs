// invalid: the block holds `&s.a` (read by its struct pattern); the fn takes `&mut s` while the
// block lives
struct S { a: u32, b: u32 }
async fn f(n: u32) -> u32 {
    let mut s = S { a: n, b: 1 };
    let b = async { match s { S { a, .. } => a } };
    let r = &mut s; //~ ERROR [E0502] cannot borrow `s` as mutable because it is also borrowed as immutable
    r.b = 2;
    b.await
}
