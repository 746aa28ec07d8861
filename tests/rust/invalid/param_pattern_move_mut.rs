// invalid (pat35): an async fn's `&mut g: &mut Guard` parameter moves the Guard out (rustc's `let &mut g
// = __arg1;` names no place)
async fn f(n: u32, &mut g: &mut Guard) -> u32 { //~ ERROR [E0507] cannot move out of a mutable reference
    n
}
