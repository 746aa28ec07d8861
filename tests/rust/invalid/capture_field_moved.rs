// invalid: `async move` moved the field s.g out (a field capture by value): s.g is gone after
struct S { a: u32, g: Guard }
async fn f() -> u32 {
    let s = S { a: 1, g: guard(2) };
    let fut = async move { let g = s.g; s.a };
    let h = s.g; //~ ERROR use of moved value: `s.g`
    fut.await
}
