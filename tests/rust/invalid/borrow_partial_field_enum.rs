// invalid: a Guard moved out of a variant of the multi-variant enum field `s.g` leaves `s.g`
// partially moved (rustc's move path `(s.g as B).0` below `s.g`): "use of partially moved value:
// `s.g`" (it said "use of moved value")
enum G { B(Guard), C }
struct S { a: u32, g: G }
async fn f(n: u32) -> u32 {
    let s = S { a: n, g: G::B(guard(n)) };
    match s.g { G::B(g) => { let h = g; } G::C => {} }
    let k = s.g; //~ ERROR [E0382] use of partially moved value: `s.g`
    1
}
