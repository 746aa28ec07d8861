// invalid: `k @ p` in a `let` whose subpattern is refutable (E0005)
struct S { a: u32, b: u32 }
fn f(s: S) -> u32 {
    let S { a: x @ 2, b } = s; //~ ERROR [E0005] refutable pattern in local binding
    x + b
}
