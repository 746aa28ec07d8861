// invalid: a tuple variant given too many values
enum E { A, B(u32) }
fn f() -> E {
    E::B(1, 2) //~ ERROR this enum variant takes 1 argument but 2 arguments were supplied
}
