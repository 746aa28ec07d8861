// invalid: `W { s: S { k: a @ b, .. }, .. }` matched on `*w` (w: &mut W): the move out from behind
// the reference is rustc's first error, E0507 at the scrutinee (bind31; not the double move's E0382)
struct S { k: Guard, j: u8 }
struct W { s: S, n: u32 }
fn f(w: &mut W) -> u32 {
    match *w { W { s: S { k: a @ b, .. }, .. } => 0 } //~ ERROR [E0507] cannot move out of `w.s.k` which is behind a mutable reference
}
