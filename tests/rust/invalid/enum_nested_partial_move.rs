// invalid: a Guard moved out of a nested enum, the outer one used after (E0382)
enum H { G(Guard), N }
enum W { In(H), Out }
fn f(w: W) -> u32 {
    let a = match w { W::In(H::G(g)) => 1, _ => 0 };
    match w { W::Out => a, _ => 0 } //~ ERROR use of partially moved value: `w`
}
