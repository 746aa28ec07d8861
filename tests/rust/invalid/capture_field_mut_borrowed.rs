// invalid: the block holds `&mut s.a` (an edition 2021 field capture) while the body reads s.a
struct S { a: u32, b: u32 }
async fn f() -> u32 {
    let mut s = S { a: 1, b: 2 };
    let fut = async { s.a += 1; };
    let x = s.a; //~ ERROR [E0503] cannot use `s.a` because it was mutably borrowed
    fut.await;
    x + s.b
}
