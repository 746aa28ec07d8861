// invalid: the struct used whole after a struct pattern moved a Guard out of it (E0382)
struct Pair { a: u32, g: Guard }
fn f(s: Pair) -> u32 {
    let r = match s { Pair { a: 0, g } => 1, _ => 2 };
    let t = s; //~ ERROR use of partially moved value: `s`
    r
}
