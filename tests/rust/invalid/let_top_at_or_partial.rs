// invalid: `let v @ (E::A(k) | E::B(k)) = e;` with k not Copy: k moves out of e, then v moves e whole:
// rustc's E0382 "use of partially moved value" at v (bind31)
enum E { A(Guard), B(Guard) }
fn f(e: E) -> u32 {
    let v @ (E::A(k) | E::B(k)) = e; //~ ERROR [E0382] use of partially moved value: `e`
    0
}
