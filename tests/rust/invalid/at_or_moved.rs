// invalid: `w @ (G::A(g, _) | G::B(g))`: g moves out of the scrutinee, then w moves the whole of it
// (E0382, bind30)
enum G { A(Guard, u32), B(Guard), C }
fn f(x: G) -> u32 {
    match x { w @ (G::A(g, _) | G::B(g)) => 0, G::C => 1 } //~ ERROR [E0382] use of partially moved value: `x`
}
