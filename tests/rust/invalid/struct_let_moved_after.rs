// invalid: the struct used whole after a `let` struct pattern moved its Guard out (E0382)
struct Pair { a: u32, g: Guard }
fn f(s: Pair) -> u32 {
    let Pair { a, g } = s;
    let t = s; //~ ERROR use of partially moved value: `s`
    a
}
