// invalid (issue 22, pmove26): an async block assigns a field of a captured non-`mut` struct: rustc names no binding for an upvar ("as it is not declared as mutable")
struct S { a: u32, g: Guard }
async fn f(n: u32) -> u32 {
    let s = S { a: n, g: guard(n) };
    let b = async { s.a += 3; 1 }; //~ ERROR [E0594] cannot assign to `s.a`, as it is not declared as mutable
    b.await
}
