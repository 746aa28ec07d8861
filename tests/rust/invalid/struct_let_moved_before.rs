// invalid: a `let` struct pattern binding a field moved out before (E0382)
struct Pair { a: u32, g: Guard }
fn f(s: Pair) -> u32 {
    let h = s.g;
    let Pair { a, g } = s; //~ ERROR use of moved value: `s.g`
    a
}
