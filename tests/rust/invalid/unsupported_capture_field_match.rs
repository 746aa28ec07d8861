// invalid: a match on a field of a captured variable (the scrutinee place `s.e` read through its
// patterns: not modelled)
enum E { X, Y(u32) }
struct S { a: u32, e: E }
async fn f() -> u32 {
    let s = S { a: 1, e: E::X };
    async { match s.e { E::X => 1, E::Y(k) => k } }.await //~ ERROR not supported
}
