// invalid: `let h @ (Some(_) | None) = g;` moves g whole (not Copy), then g is used: rustc's E0382
// (bind31)
fn f(g: Option<Guard>) -> u32 {
    let h @ (Some(_) | None) = g;
    if let Some(_) = g { 1 } else { 0 } //~ ERROR [E0382] use of moved value: `g`
}
