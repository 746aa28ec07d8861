// invalid (issue 22, pmove26): an async block borrows a field of a captured non-`mut` struct as mutable: rustc names no binding for an upvar
struct S { a: u32, g: Guard }
async fn f(n: u32) -> u32 {
    let s = S { a: n, g: guard(n) };
    let b = async { let r = &mut s.a; *r = 3; 1 }; //~ ERROR [E0596] cannot borrow `s.a` as mutable, as it is not declared as mutable
    b.await
}
