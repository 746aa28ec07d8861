// invalid: the block holds `&s.a` (a literal tested in its struct pattern); the fn assigns the
// field while the block lives
struct S { a: u32, b: u32 }
async fn f(n: u32) -> u32 {
    let mut s = S { a: n, b: 1 };
    let b = async { match s { S { a: 0, .. } => 1, _ => 2 } };
    s.a = 5; //~ ERROR [E0506] cannot assign to `s.a` because it is borrowed
    b.await
}
