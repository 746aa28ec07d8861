// invalid: `S { k: a @ b, .. }` matched on `w.s` through `w: &W`: rustc's E0507 at the scrutinee
// (bind31)
struct S { k: Guard, j: u8 }
struct W { s: S, n: u32 }
fn f(w: &W) -> u32 {
    match w.s { S { k: a @ b, .. } => 0 } //~ ERROR [E0507] cannot move out of `w.s.k` which is behind a shared reference
}
