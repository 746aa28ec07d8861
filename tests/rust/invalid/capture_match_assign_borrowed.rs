// invalid: the block holds `&s.e` (a match reading it); assigning the field while the block lives
enum E { X, Y(u32) }
struct S { a: u32, e: E }
async fn f(n: u32) -> u32 {
    let mut s = S { a: n, e: E::Y(n) };
    let b = async { match s.e { E::X => 0, E::Y(k) => k } };
    s.e = E::X; //~ ERROR cannot assign to `s.e` because it is borrowed
    b.await
}
