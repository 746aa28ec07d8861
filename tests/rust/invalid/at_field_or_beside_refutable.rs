// invalid (pat36): `let W(x @ (0 | 1..=9) | x @ 11.., k) = w;` leaves `W(10_u32, _)`: rustc's E0005
struct W(u32, u32);
fn f(w: W) -> u32 {
    let W(x @ (0 | 1..=9) | x @ 11.., k) = w; //~ ERROR [E0005] refutable pattern in local binding
    x + k
}
