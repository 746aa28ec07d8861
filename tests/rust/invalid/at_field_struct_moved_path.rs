// invalid: `W { t: T(a @ b, _), .. }`: a tuple struct's field under a struct, moved twice by `@`;
// rustc's E0382 names the path of fields (`w.t.0`, bind31)
struct T(Guard, u8);
struct W { t: T, j: u32 }
fn f(w: W) -> u32 {
    match w { W { t: T(a @ b, _), .. } => 0 } //~ ERROR [E0382] use of moved value: `w.t.0`
}
