// invalid (issue 22, tree27): `match s { _ => m }` in a nested block that captures only `m` (of the outer block): at the inner block, which captures something
struct S { a: u32, g: Guard }
async fn f(n: u32) -> u32 {
    let s = S { a: n, g: guard(n) };
    let h = s.g;
    let c = async { let m = s.a; async { match s { _ => m } }.await }; //~ ERROR [E0382] use of partially moved value: `s`
    c.await
}
