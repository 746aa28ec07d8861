// invalid (issue 22, tree27): a literal inside a variant of a multi-variant enum field place `s.e`: `s.e.0` at the match's start
enum E { A(u32), B }
struct S { e: E, n: u32 }
fn f(mut s: S, c: u32) {
    let r = &mut s.e;
    match s.e { E::A(0) => observe(1), _ => observe(2) } //~ ERROR [E0503] cannot use `s.e.0` because it was mutably borrowed
    let q = r;
}
