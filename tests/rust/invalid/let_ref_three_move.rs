// invalid (mref39): a Guard moved out under three shared layers: E0507 at the initializer
struct H { g: Guard, n: u32 }
fn f(h: &H) -> u32 {
    let rr = &h;
    let &&&H { g, .. } = &rr; //~ ERROR [E0507] cannot move out of a shared reference
    0
}
