// invalid (pat35): `&S { g, .. }: &S` binds a field that is not Copy by value: E0507 at the pattern
struct S { g: Guard, k: u32 }
async fn f(&S { g, .. }: &S) -> u32 { //~ ERROR [E0507] cannot move out of a shared reference
    1
}
