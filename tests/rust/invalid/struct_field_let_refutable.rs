// invalid: a refutable struct pattern in `let` on a field (E0005)
struct S { a: u32, b: u32 }
struct O { s: S, n: u32 }
fn f(o: O) -> u32 {
    let S { a: 0, b } = o.s; //~ ERROR [E0005] refutable pattern in local binding
    b
}
