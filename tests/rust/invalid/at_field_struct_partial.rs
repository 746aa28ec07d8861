// invalid: `W { kk: a @ K { g, .. }, .. }`: g moves a field of w.kk, then a moves it whole: rustc's
// E0382 "use of partially moved value" naming `w.kk` (bind31)
struct K { g: Guard, j: u8 }
struct W { kk: K, n: u32 }
fn f(w: W) -> u32 {
    if let W { kk: a @ K { g, .. }, .. } = w { 1 } else { 0 } //~ ERROR [E0382] use of partially moved value: `w.kk`
}
